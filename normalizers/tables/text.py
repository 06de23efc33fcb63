"""Matching keys that survive broken Thai text layers (shared by tables, indicators, places)."""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_LOOSE = re.compile(r"[\s\u0e31\u0e32\u0e33\u0e47-\u0e4d]")


def squash(s: str) -> str:
    """Text with all whitespace removed, for tolerant matching."""
    return _SPACES.sub("", s or "")


def loose(s: str) -> str:
    """A matching key that survives broken text layers: whitespace, SARA AA/AM, NIKHAHIT,
    MAI HAN-AKAT and tone marks removed (``ดาเนินงาน``, ``ดําเนินงาน``, ``ดำเนินงาน`` agree)."""
    return _LOOSE.sub("", s or "")
