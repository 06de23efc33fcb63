"""Predicates on one Thai run for the line stage (``thai_lines``): where its marks stand, whether
it reads, ends or starts the way a displaced mark leaves a run, and a safe place to cut it (split
from ``thai_lines`` at this seam, session 30; compiled with it)."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import CONSONANTS, HINT, MARKS, RX_TONE, SARA_AA, SARA_AM

UNK = thai_dict.UNKNOWN

_KEPT = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e48\u0e49\u0e4a\u0e4b")  # vowel marks, tones


def _kept(s: str) -> int:
    return sum(c in _KEPT for c in s)


def _shape(run: str) -> str:
    """Where ``run``'s marks stand (``m``) among its other characters (``c``), SARA AM
    decisions undone: it changes where a mark was moved, not where a glyph's name was
    substituted (อ้ read for อู: a font-map confusion leaves no artefact space)."""
    return "".join("m" if c in MARKS else "c" for c in _am_blind(run))


_RX_AM_TONE = re.compile(f"[{RX_TONE}](?=\u0e33)")


def _am_blind(run: str) -> str:
    """``run`` with its SARA AM decisions undone (lost nikhahit, ``ำ``/``า``, a tone
    restored before ``ำ``): what is left differs only where marks were moved."""
    return _RX_AM_TONE.sub("", run.replace(HINT, SARA_AM)).replace(SARA_AM, SARA_AA)


def _moved_at(raw: str, fixed: str, junction: int) -> bool:
    """The dictionary stage moved a mark within five characters before ``junction`` (where
    marks stand, not which: a substituted glyph name, ซุ read ซู in a name, moved nothing)."""
    return _shape(raw[:junction])[-5:] != _shape(fixed[:junction + len(fixed) - len(raw)])[-5:]


def _unread_at(s: str, j: int) -> bool:
    """A character no dictionary word covers within two characters before or three after
    position ``j`` of ``s``."""
    return any(j - 2 <= p <= j + 3 for p in thai_dict.unknown_positions(s))


def _is_bad(run: str) -> bool:
    """A run that does not read as dictionary words (a lone consonant — a list
    label or check-box letter — does not count)."""
    if HINT in run:
        return True
    if len(run) == 1 and run in CONSONANTS:
        return False
    return thai_dict.score(run) >= UNK


def _ends_broken(run: str) -> bool:
    """Run ends the way a Pango/x-sorted text layer leaves a moved mark."""
    return bool(run) and (run[-1] in MARKS or thai_dict.score(run) >= UNK)


def _safe_cut(run: str, cur: str, need: int) -> int:
    """A position at or past ``need`` where ``run`` and its repair ``cur`` agree up to it, a
    dictionary word of ``cur`` ends and no mark follows; 0 if there is none."""
    pos = 0
    for piece in thai_dict.segment(cur):
        pos += len(piece)
        if pos >= len(run) - 2 or pos >= len(cur) - 2:
            return 0
        if pos >= need and run[:pos] == cur[:pos] and run[pos] not in MARKS and run[pos] not in (SARA_AA, SARA_AM):
            return pos
    return 0


def _starts_broken(run: str) -> bool:
    return bool(run) and (run[0] in MARKS or run[0] in (SARA_AA, SARA_AM, HINT))
