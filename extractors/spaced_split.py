"""Two header cells printed closer than a piece gap, read as one (``extractors.spaced``).

A header's pieces are runs of a line's text split at a gap of ``PIECE_GAP_EM``. Two
neighbouring columns' titles set on one line may come closer than that (a wide font's
letters, or a long title centred over a narrow column: ``ผู้รับผิดชอบ/`` beside ``หมายเหตุ``,
a 0.5-em gap): one piece, one header cell, and the two columns' body text read into one cell
(``ทุกส่วน ดำเนิน⏎ราชการ การต่อ⏎เนื่อง``; fresh13 seed 9120 html). The body tells them apart: a
whitespace channel free of text in every body line, with body text on both sides of it inside
the one column, that meets a space-wide gap between the header glyphs right above it. Both
must hold: a column's own text is left-aligned or centred, so it never leaves such a channel,
and a title's words are never split where the body below runs on.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.spaced_header import SEQ_TITLES, key
from extractors.unruled import Line

CHANNEL_EM = 0.45  # a body channel at least this wide (× font size), as ``extractors.spaced``'s
HEADER_GAP_EM = 0.3  # a gap between header glyphs at least this wide (× font size): a space's
_NUMBER = re.compile(r"\(?[0-9๐-๙]{1,3}[.)]?")  # a row number as a numbers column prints it


def _free(spans: Sequence[tuple[float, float]], a: float, b: float, min_gap: float) -> list[tuple[float, float]]:
    """The intervals inside (a, b), at least ``min_gap`` wide, that no span covers, with a
    span on each side of them inside (a, b)."""
    spans = sorted(s for s in spans if s[1] > a and s[0] < b)
    out, reach = [], None
    for x0, x1 in spans:
        if reach is not None and x0 - reach >= min_gap:
            out.append((reach, x0))
        reach = x1 if reach is None else max(reach, x1)
    return out


def _inner_split(header: Sequence[Line], body: Sequence[Line], a: float, b: float, size: float) -> Optional[float]:
    """The x where the column (a, b) holds two columns under one header cell, or None."""
    body_spans = [(g.x0, g.x1) for ln in body for g in ln.glyphs if a < (g.x0 + g.x1) / 2 < b]
    head_spans = [(g.x0, g.x1) for ln in header for g in ln.glyphs if a < (g.x0 + g.x1) / 2 < b]
    if not body_spans or not head_spans:
        return None
    heads = _free(head_spans, a, b, HEADER_GAP_EM * size)
    best = None
    for lo, hi in _free(body_spans, a, b, CHANNEL_EM * size):
        for h0, h1 in heads:
            x0, x1 = max(lo, h0), min(hi, h1)
            # header text on both sides of the gap on one line (the merged piece), not a title's
            # wrapped lines beside each other
            if x1 > x0 and any(any(g.x1 <= x0 for g in ln.glyphs if a < g.x0) and any(g.x0 >= x1 for g in ln.glyphs
                                                                                    if g.x1 < b) for ln in header):
                if best is None or x1 - x0 > best[1] - best[0]:
                    best = (x0, x1)
    return None if best is None else (best[0] + best[1]) / 2


def split_merged(header: Sequence[Line], body: Sequence[Line], cols: Sequence[float], size: float) -> list[float]:
    """``cols`` with a boundary added inside each column whose one header cell is two
    (``_inner_split``)."""
    every = [*header, *body]
    x0, x1 = min(ln.x0 for ln in every) - 1.0, max(ln.x1 for ln in every) + 1.0
    xs = [x0, *cols, x1]
    out = list(cols)
    for a, b in zip(xs, xs[1:]):
        x = _inner_split(header, body, a, b, size)
        if x is not None:
            out.append(x)
    return sorted(out)


def _numbers_beside(body: Sequence[Line], lo: float, hi: float) -> bool:
    """Is the body text between ``lo`` and ``hi`` a row number on each line that has any
    (and on one line at least)?"""
    runs = ["".join(g.text for g in sorted(ln.glyphs, key=lambda g: g.x0) if lo < (g.x0 + g.x1) / 2 < hi).strip()
            for ln in body]
    runs = [r for r in runs if r]
    return bool(runs) and all(_NUMBER.fullmatch(r) for r in runs)


def numbers_column(header: Sequence[Line], body: Sequence[Line], cols: Sequence[float], size: float) -> list[float]:
    """``cols`` with the boundary beside an empty row-numbers column moved so that the numbers
    are its own. The channel between two header cells is taken where it is widest; a row
    number set a little apart from its narrow column's title (``ที่`` over the page's right
    edge, the numbers left of it) leaves a wider channel on its far side, and the numbers were
    read into the neighbour's cell (``สรุปผลการดำเนินงานเมื่อ ๑ สิ้นปีงบประมาณ``; fresh26 36021
    html). Moved only when the header cell is a numbers title (``ที่``, ``ลำดับ``: the vocabulary's
    exact ``seq`` words), the column has no body text, and what moves is a row number on every
    line where there is text (a channel at least ``CHANNEL_EM`` wide on its other side)."""
    every = [*header, *body]
    xs = [min(ln.x0 for ln in every) - 1.0, *cols, max(ln.x1 for ln in every) + 1.0]
    out = list(cols)
    for k in range(len(xs) - 1):
        a, b = xs[k], xs[k + 1]
        title = "".join(g.text for ln in header for g in sorted(ln.glyphs, key=lambda g: g.x0) if a < (g.x0 + g.x1) / 2 < b)
        if key(title) not in SEQ_TITLES or any(a < (g.x0 + g.x1) / 2 < b for ln in body for g in ln.glyphs):
            continue
        if k > 0:  # the numbers at the right end of the column on the left
            spans = [(g.x0, g.x1) for ln in body for g in ln.glyphs if xs[k - 1] < (g.x0 + g.x1) / 2 < a]
            free = _free(spans, xs[k - 1], a, CHANNEL_EM * size)
            if free and _numbers_beside(body, free[-1][1], a):
                out[k - 1] = (free[-1][0] + free[-1][1]) / 2
                continue
        if k + 1 < len(xs) - 1:  # the numbers at the left end of the column on the right
            spans = [(g.x0, g.x1) for ln in body for g in ln.glyphs if b < (g.x0 + g.x1) / 2 < xs[k + 2]]
            free = _free(spans, b, xs[k + 2], CHANNEL_EM * size)
            if free and _numbers_beside(body, b, free[0][0]):
                out[k] = (free[0][0] + free[0][1]) / 2
    return out


def carried_boundaries(header: Sequence[Line], body: Sequence[Line], cols: Sequence[float], carried: Sequence[float],
                       size: float) -> list[float]:
    """``cols`` with each boundary of the table the page before ran off (``carried``: its
    column boundaries) that a whitespace channel of this page's body holds, body text on both
    sides, no header glyph across it, and no boundary near: a header repeated at the page top
    without the title of an outer column (its upper row left at the foot of the page before, a
    tall title's cell among it), the column's text read into its neighbour's cell (unbiased
    fresh30 41007 html p5: ``- กองคลัง``, the units of a measure, read as its first step). The text
    left of the channel must be more than a list mark (a hanging indent is one column)."""
    if not body or not carried:
        return list(cols)
    every = [*header, *body]
    xs = [min(ln.x0 for ln in every) - 1.0, *cols, max(ln.x1 for ln in every) + 1.0]
    near = 2 * CHANNEL_EM * size
    out = list(cols)
    for c in carried:
        if not xs[0] < c < xs[-1] or any(abs(c - b) < near for b in cols):
            continue
        k = sum(1 for b in cols if b < c)
        a, b = xs[k], xs[k + 1]
        spans = [(g.x0, g.x1) for ln in body for g in ln.glyphs if a < (g.x0 + g.x1) / 2 < b]
        chan = [(lo, hi) for lo, hi in _free(spans, a, b, CHANNEL_EM * size) if lo <= c <= hi]
        if not chan:
            continue
        lo, hi = chan[0]
        if any(g.x0 < hi and g.x1 > lo for ln in header for g in ln.glyphs):
            continue
        left = "".join(g.text for ln in body for g in sorted(ln.glyphs, key=lambda g: g.x0) if a < (g.x0 + g.x1) / 2 < lo)
        if len(key(left)) < 3 or _NUMBER.fullmatch(left.strip()):
            continue
        out.append(c)
    return sorted(out)
