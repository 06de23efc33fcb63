"""A tool line (``IIT … | EIT … | OIT …``) whose keys OCR garbled around the one it read.

``keyvalue._Reader.tools`` splits a tool line at the tool names it reads. On a scanned summary
at 200 dpi the first and the last key may both come out as a few letters and bars glued to their
scores while only the middle one is read, the middle score itself garbled: the dev scan 53201
p1 (200 dpi) printed ``IIT ๗๗.๙๗ | EIT ๗๔.๘๕ | OIT ๖๙.๑๗`` and OCR read it
``[|โฆ๗๗.๙๗ | EIT ie.cé | 0|โ๖๙.๑๗``: the line was refused whole and all three tool scores were
lost (the document ``partial`` for its indicators only, the tools not named).

Here such a line is read by its bars: the line's spaced bars cut it into exactly three pieces;
every piece whose key is read names the tool of its place (IIT, EIT, OIT in that order) and at
least one does; every other piece is a few garbled letters, marks or bars (at most
``GARBLED_KEY_CHARS``) and then one two-decimal score ending the piece. Those scores are the
tools of their places, each flagged ``keyvalue_key_garbled:<tool>``; a piece that names its
tool is left to the ordinary reading (its score read, or garbled and read back from the overall).
"""
from __future__ import annotations

import re

_TOOLS = ("IIT", "EIT", "OIT")
GARBLED_KEY_CHARS = 6
_SPACED_BAR = re.compile(r"\s+\|\s*|\s*\|\s+")  # a bar with a space on either side
_KEYED = re.compile(r"^(IIT|EIT|OIT)(?![A-Za-z])")
# a garbled key (no digit-dot-digit in it) and one two-decimal score ending the piece
_GARBLED_PIECE = re.compile(r"^(?P<key>[^.]{0,10}?)\s*(?<![0-9.])(?P<num>[0-9]{1,3}\.[0-9]{2})"
                            r"\s*(?:คะแนน)?\s*$")


def _key_chars(key: str) -> int:
    return len(re.sub(r"[\s|]", "", key))


def read_by_bars(line: str) -> tuple[list[str], list[str]] | None:
    """(tool pieces as ``keyvalue`` reads them, flags) for a tool line cut by its spaced bars into
    exactly three pieces whose read keys name the tools of their places; None otherwise. ``line``
    has ASCII digits."""
    pieces = [p.strip() for p in _SPACED_BAR.split(line.strip().strip("|").strip())]
    if len(pieces) != 3 or not all(pieces):
        return None
    keyed = [(_KEYED.match(p).group(1) if _KEYED.match(p) else None) for p in pieces]
    if not any(keyed) or any(k is not None and k != t for k, t in zip(keyed, _TOOLS)):
        return None
    out, flags = [], []
    for piece, key, tool in zip(pieces, keyed, _TOOLS):
        if key is not None:
            out.append(piece + " |")
            continue
        m = _GARBLED_PIECE.match(piece)
        if not m or _key_chars(m.group("key")) > GARBLED_KEY_CHARS or re.search(r"[A-Za-z]{3}|[0-9]\s*$", m.group("key")):
            return None
        out.append(f"{tool} {m.group('num')} |")
        flags.append(f"keyvalue_key_garbled:{tool.lower()}")
    return out, flags
