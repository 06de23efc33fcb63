"""Rows a page break cut at a rule: the lines of a row whose bottom rule is on the next page (under
a table's last rule, running to the end of the page's text) or whose top rule was on the page
before (over the first rule, starting the page's text), and the columns such a row's own
whitespace gives (``row_past_last_rule``, for tables ruled across only). Split from
``extractors.unruled`` (which keeps the line model and the shading/spacing rows)."""
from __future__ import annotations

from typing import Optional, Sequence

from extractors.text import Glyph
from extractors.unruled import (CELL_PAD_EM, MOVE_SLACK, REGION_GAP_EM, Line, channels, crosses, furniture_only,
                                occupied, text_lines)


def lines_past_rule(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> list[Line]:
    """The text lines under the last rule of ``region`` that follow each other closely inside
    its width and run to the end of the page's text (at most one short line, a page number,
    after them): a row whose bottom rule is on the next page. Empty when there are none."""
    x0, _, x1, bottom = region
    below = text_lines([g for g in glyphs if g.cy > bottom])
    if not below:
        return []
    size = below[0].size
    got: list[Line] = []
    for ln in below:
        ref = got[-1].bottom if got else bottom
        if ln.top - ref > 0.9 * size or ln.x0 < x0 - 1 or ln.x1 > x1 + 1:
            break
        got.append(ln)
    return got if furniture_only(below[len(got):]) else []


def lines_before_rule(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> list[Line]:
    """The text lines over the first rule of ``region`` that start the page's text (at most
    one short line, a running head, above them), follow each other closely inside its width
    and reach down to the rule: the rest of a row whose top rule is on the page before.
    Empty when there are none."""
    x0, top, x1, _ = region
    above = text_lines([g for g in glyphs if g.cy < top])
    if not above:
        return []
    got: list[Line] = []
    for ln in reversed(above):
        ref = got[-1].top if got else top
        if ref - ln.bottom > (0.9 if got else CELL_PAD_EM) * ln.size or ln.x0 < x0 - 1 or ln.x1 > x1 + 1:
            break  # a cell's last line sits a padding over its bottom rule; a heading further up
        got.append(ln)
    return got[::-1] if furniture_only(above[:len(above) - len(got)]) else []


def row_past_last_rule(glyphs: Sequence[Glyph], cols: Sequence[float],
                       region: tuple[float, float, float, float],
                       min_cols: int = 2) -> Optional[tuple[float, list[float]]]:
    """A row that continues below a table ruled across only, when its bottom rule is on the
    next page: the lines under the last rule follow each other closely inside the table's
    width and run to the end of the page's text (at most one short line, a page number, after
    them). The table's column boundaries, placed in the middle of the header's gaps, move to
    the row's own whitespace channels nearby; no line of the row may run across one. Returns
    (the row's bottom, the columns), or None when the table ends at its last rule. The row
    fills ``min_cols`` columns at least (one for the rest of a row the page before broke, under
    its table's header repeated: it may go on in its longest cell only)."""
    x0, top, x1, bottom = region
    got = lines_past_rule(glyphs, region)
    if not got:
        return None
    size = got[0].size
    own = channels([g for ln in got for g in ln.glyphs], x0, x1, REGION_GAP_EM * size)
    inside = [g for g in glyphs if x0 <= g.cx <= x1 and top <= g.cy <= bottom and not g.text.isspace()]
    moved = []
    xs = [x0, *cols, x1]
    row = [g for ln in got for g in ln.glyphs if not g.text.isspace()]
    for k, c in enumerate(cols, start=1):  # the boundary lies in the whitespace around c in the rows above
        lo = max((g.x1 for g in inside if g.cx < c), default=x0)
        hi = min((g.x0 for g in inside if g.cx > c), default=x1)
        if not any(g.x0 < c < g.x1 for g in row):  # already in the row's whitespace: only its own channel
            a = max((g.x1 for g in row if g.x1 <= c), default=x0)
            b = min((g.x0 for g in row if g.x0 >= c), default=x1)
            if sum(1 for d in cols if a <= d <= b) > 1:  # a column empty in this row: boundaries stay
                moved.append(c)
                continue
            lo, hi = max(lo, a), min(hi, b)
            near = [o for o in own if lo <= o <= hi]
            moved.append(min(near, key=lambda o: abs(o - c)) if near else c)
            continue
        near = [o for o in own if lo <= o <= hi]
        if not near:  # the rows above are a header (a wide cell's words reach into the gap): a channel close by
            reach = MOVE_SLACK * min(c - xs[k - 1], xs[k + 1] - c)
            near = [o for o in own if abs(o - c) <= reach]
        if not near:
            # header words centred in their cells leave their gap far from the cells' left-aligned
            # text: the row's one channel between the neighbouring boundaries, nearer this
            # boundary than any other, is the boundary
            between = [o for o in own if xs[k - 1] < o < xs[k + 1] and min(cols, key=lambda d: abs(d - o)) == c]
            near = between if len(between) == 1 else []
        moved.append(min(near, key=lambda o: abs(o - c)) if near else c)
    moved = sorted(set(moved))
    if len(moved) != len(cols) or any(crosses(ln, moved) for ln in got) or len(occupied(got, moved, x0, x1)) < min_cols:
        return None
    return max(ln.bottom for ln in got) + 1.0, moved
