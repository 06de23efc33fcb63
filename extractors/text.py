"""Faithful page and cell text from pdfplumber chars (Thai-aware, no repair).

pdfplumber's own word clustering sorts chars by x and splits on x-gaps. Thai combining
marks (above/below vowels, tone marks) have their own, often zero-width or left-shifted,
boxes, so that yields ``ป ี๒๕๖๒`` (space before a mark) and ``วัสด)ุ`` (mark moved past the
next char). Here each combining mark is glued to the base char it follows in the content
stream, making a ``Glyph``; only glyphs are positioned, so marks never cause a space and
never move. A space is inserted only where the text layer has a space char or where two
glyphs are separated by a real gap (relative to the font size); a space char drawn on top
of a glyph (Excel padding) is ignored. Lines are glyphs with close centres or mostly
overlapping boxes, read top to bottom, left to right. Nothing else is changed: repair is
the normalize stage's job.

``text_rotation`` / ``upright_objects`` turn chars and edges of a page whose text runs
sideways (a /Rotate 90 page) into the text's own frame before any of this.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Sequence

# U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E: drawn above/below the preceding base char.
THAI_MARKS = frozenset([chr(0x0E31), *map(chr, range(0x0E34, 0x0E3B)), *map(chr, range(0x0E47, 0x0E4F))])

GAP_EM = 0.2  # a gap wider than this share of the font size is a word space
SCRIPT_GAP_EM = 0.26  # ...except where a number's digits change script (below)
MIN_GAP_PT = 1.0
LINE_EM = 0.4  # glyph centres closer than this share of the font size share a line
LINE_OVERLAP = 0.5  # ...as do glyph boxes overlapping by this share of the shorter height
_SPACES = re.compile(r" {2,}")
_BLANKS = frozenset(" \t\u00a0\u3000")


class Glyph:
    """A base char with the combining marks that follow it; positioned by the base's box."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "cx", "cy", "bold")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float, size: float,
                 bold: bool = False):
        self.text, self.x0, self.x1, self.top, self.bottom, self.size = text, x0, x1, top, bottom, size
        self.bold = bold  # drawn in a bold face (its font's name says so; OCR glyphs never are)
        self.cx = (x0 + x1) / 2  # centre, used for cell assignment and line clustering
        self.cy = (top + bottom) / 2

    def __repr__(self) -> str:  # debugging aid
        return f"Glyph({self.text!r}, {self.x0:.1f}-{self.x1:.1f}, {self.top:.1f})"


def is_mark(text: str) -> bool:
    """True when the text starts with a Thai combining mark (it belongs to the char before)."""
    return bool(text) and text[0] in THAI_MARKS


def _belongs_to(mark: dict, base: Glyph) -> bool:
    """Is this mark drawn on ``base`` (same line, horizontally at or inside the base)?"""
    tol = max(base.size, 1.0)
    return (
        base.x0 - tol <= mark["x0"] <= base.x1 + tol * 0.5
        and abs((mark["top"] + mark["bottom"]) / 2 - base.cy) <= tol
    )


def glyphs_from_chars(chars: Iterable[dict]) -> list[Glyph]:
    """Turn pdfplumber chars (content-stream order) into glyphs, marks glued to their base."""
    out: list[Glyph] = []
    for c in chars:
        t = c["text"]
        if not t:
            continue
        if out and t[0] in THAI_MARKS and _belongs_to(c, out[-1]) and out[-1].text not in _BLANKS:
            out[-1].text += t
            continue
        out.append(Glyph(t, c["x0"], c["x1"], c["top"], c["bottom"], c.get("size") or (c["bottom"] - c["top"]),
                         bool(_BOLD.search(c.get("fontname") or ""))))
    return out


# a bold face by its font's name (``BAAAAA+Norasi-Bold``, ``THSarabunNew,Bold``, ``Garuda-BoldOblique``)
_BOLD = re.compile(r"bold|heavy", re.I)


def _same_line(g: Glyph, ref: Glyph) -> bool:
    """Close centres, or boxes overlapping by most of the shorter height (a fallback
    font's glyph, e.g. a Lao lookalike, sits higher or lower than its Thai neighbours)."""
    if abs(g.cy - ref.cy) <= LINE_EM * max(min(g.size, ref.size), 1.0):
        return True
    overlap = min(g.bottom, ref.bottom) - max(g.top, ref.top)
    return overlap >= LINE_OVERLAP * min(g.bottom - g.top, ref.bottom - ref.top) > 0


def group_lines(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Cluster glyphs into lines (top to bottom), each line sorted left to right.

    Sorting is stable, so glyphs at the same x keep their content-stream order.
    """
    if not glyphs:
        return []
    order = sorted(glyphs, key=lambda g: g.cy)
    lines: list[list[Glyph]] = []
    line = [order[0]]
    for g in order[1:]:
        first = line[0]
        if abs(g.cy - first.cy) <= LINE_EM * min(g.size, first.size) or _same_line(g, first) or _same_line(g, line[-1]):
            line.append(g)
        else:
            lines.append(line)
            line = [g]
    lines.append(line)
    return [sorted(ln, key=lambda g: g.x0) for ln in lines]


def line_text(line: Sequence[Glyph]) -> str:
    """The text of one line: a space between two glyphs where there is a real gap.

    A gap is real when it is wider than ``GAP_EM`` × the font size, or when the text layer
    has a space char that sits *between* the two glyphs (a space char drawn on top of a
    glyph, as Excel does for padding, is ignored). Never a space before a combining mark,
    nor at a narrow seam where digits change script (``_script_seam``).
    """
    blanks = sorted(g.cx for g in line if g.text in _BLANKS)
    parts: list[str] = []
    right = None  # rightmost x1 so far
    for g in line:
        if g.text in _BLANKS:
            continue
        if right is not None and g.text[0] not in THAI_MARKS:
            gap = g.x0 - right
            k = bisect_left(blanks, right - 0.5)
            blank = k < len(blanks) and blanks[k] <= g.x0 + 0.5
            wide = gap > max(GAP_EM * g.size, MIN_GAP_PT)
            if wide and not blank and gap <= SCRIPT_GAP_EM * g.size and _script_seam(parts[-1], g.text):
                wide = False  # one number (or code) printed in two scripts
            if wide or blank:
                parts.append(" ")
        parts.append(g.text)
        right = g.x1 if right is None else max(right, g.x1)
    return _SPACES.sub(" ", "".join(parts)).strip()


_TH_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def _script_seam(left: str, right: str) -> bool:
    """A Thai digit next to an ASCII digit, letter or point (``๙|4.๔|5``, ``i|๑2``): Word and
    LibreOffice exports run the two scripts as separate text runs and leave a gap of about
    0.2 em between them, which is not a word space."""
    a, b = left[-1:], right[:1]
    if a in _TH_DIGITS:
        return b.isascii() and (b.isdigit() or b == ".")
    if b in _TH_DIGITS:
        return a.isascii() and (a.isalnum() or a == ".")
    return False


def lines_text(glyphs: Sequence[Glyph]) -> str:
    """Text of a region: its lines in reading order joined by ``\\n``, blank lines dropped."""
    out = (line_text(ln) for ln in group_lines(glyphs))
    return "\n".join(t for t in out if t)


# --- rotated pages (/Rotate 90/270, or landscape content drawn sideways) ------------------

def text_rotation(chars: Sequence[dict]) -> int:
    """How far the page's text is turned (0, 90, 180 or 270, clockwise as displayed),
    by majority of the chars' text matrices."""
    votes = {0: 0, 90: 0, 180: 0, 270: 0}
    step = max(1, len(chars) // 400)  # a sample is enough for a majority
    for c in chars[::step]:
        a, b, cc, d = c.get("matrix", (1, 0, 0, 1))[:4]
        if abs(b) < 1e-6 and abs(cc) < 1e-6:
            votes[0 if a > 0 else 180] += 1
        elif abs(a) < 1e-6 and abs(d) < 1e-6:
            votes[90 if b < 0 else 270] += 1
    return max(votes, key=lambda k: (votes[k], k == 0))


def upright_box(x0: float, top: float, x1: float, bottom: float, rot: int, width: float,
                height: float) -> tuple[float, float, float, float]:
    """A displayed box in the reading frame of text turned by ``rot`` (page ``width`` ×
    ``height`` as displayed): the inverse turn, so that the text runs left to right."""
    if rot == 90:
        return top, width - x1, bottom, width - x0
    if rot == 270:
        return height - bottom, x0, height - top, x1
    if rot == 180:
        return width - x1, height - bottom, width - x0, height - top
    return x0, top, x1, bottom


def upright_objects(objs: Iterable[dict], rot: int, width: float, height: float) -> list[dict]:
    """Chars or edges with their boxes turned into the reading frame (copies; edge
    orientation swapped for quarter turns). ``rot == 0`` returns them unchanged."""
    if not rot:
        return list(objs)
    out = []
    for o in objs:
        x0, top, x1, bottom = upright_box(o["x0"], o["top"], o["x1"], o["bottom"], rot, width, height)
        n = dict(o, x0=x0, top=top, x1=x1, bottom=bottom, width=x1 - x0, height=bottom - top)
        if rot in (90, 270) and o.get("orientation") in ("h", "v"):
            n["orientation"] = "v" if o["orientation"] == "h" else "h"
        out.append(n)
    return out
