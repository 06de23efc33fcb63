"""What carries a measures table read from spacing (``extractors.spaced``) or shading over a
page break: the table that ran to the bottom of its page (``Carry``: its columns, anchor,
header), how far its column boundaries may move to the next page's whitespace channels
(``carried_gaps``; a column past its edges: ``columns_beyond``), where its header printed
again at the next page's top ends (``carried_header_end``), and whether a header sits at
the page's foot (``at_page_foot``).
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Optional, Sequence

from extractors.spaced_header import (HEADER_GAP_EM, PLAIN_MAX_LINES, PLAIN_PIECE_CHARS, clusters, is_group,
                                      key, pieces, roles_of)
from extractors.spaced_rows import CHANNEL_EM, free_gap
from extractors.unruled import Line, furniture_only
from normalizers.tables.header_match import headers_match


@dataclass
class Carry:
    """A table read from spacing or shading that ran to the bottom of its page: its columns,
    for the next page (``source``: what drew its rows)."""

    x0: float
    x1: float
    cols: list[float]
    source: str = "spacing"  # spacing (header words), content (cell contents), shading, rules_across or ruled
    key: int = 0  # the column anchoring its rows (``key_column``: the measure's when the steps come first)
    loose: bool = False  # its body is a line or two under its header: boundaries of empty columns sit mid-gap
    head: tuple[tuple[str, ...], ...] = ()  # its header rows' cells (text), when it printed a header
    alone: bool = False  # its header alone at its page's foot (``header_alone``), no body under it


def at_page_foot(lines: Sequence[Line], last: int) -> bool:
    """Nothing but a page number below line ``last``: a header printed there heads a row the
    page break moved on whole (a Word row that may not break, a browser's row too tall)."""
    return furniture_only(lines[last + 1:])


CARRY_SLACK_EM = 1.5  # a carried column boundary may move this far (× font size) to this page's channel
LOOSE_SLACK_EM = 3.0  # ...or this far when the table above held a line or two (``Carry.loose``)
CARRY_SLACK_COL = 0.2  # ...and no further than this share of the narrower column beside it


OVERHANG_EM = 1.5  # × font size: how far a carried rest's last cell may run past the carried right edge


def overhangs_last_cell(ln: Line, carry: Carry, size: float) -> bool:
    """A line at most ``OVERHANG_EM`` past the carried table's right edge that starts right of
    its first column: the last cell's text set to its right (``(๙๔.๙๒ คะแนน)`` beside a step's
    rest, fresh33 47009 docx p7, where the table above ended its last column's words short of
    it: the rest left out, a step lost without a flag; fresh34 49020 docx p10, 1.2 em: the indicator's
    ``ปรับปรุงการทำางาน`` past the edge its shorter words gave on p9, a whole page of a row longer than
    two pages unread, measure 3 lost in a ``partial`` document). A page-wide line, a heading or a
    paragraph, starts at the margin, at the table's first column."""
    return bool(carry.cols) and ln.x0 > carry.cols[0] and ln.x1 <= carry.x1 + OVERHANG_EM * size


def carried_gaps(carry: Carry, size: float) -> list[tuple[float, float]]:
    """Where each column boundary of the table the page before ran off may lie on this page,
    once its first lines fit the carried boundaries exactly: around the carried boundary,
    which sat in the middle of that page's whitespace channel; a longer cell text further
    down may reach past it (this page's channel lies a little to one side), so the interval
    spans a share of the font size, bounded by the columns. (Tried only after an exact fit:
    justified prose at a page top has word gaps near any boundary.)"""
    xs = [carry.x0, *carry.cols, carry.x1]
    out = []
    for k, c in enumerate(carry.cols, start=1):
        em = LOOSE_SLACK_EM if carry.loose else CARRY_SLACK_EM
        w = min(em * size, CARRY_SLACK_COL * min(c - xs[k - 1], xs[k + 1] - c))
        out.append((c - max(w, 0.5), c + max(w, 0.5)))
    return out


def loose_left(carry: Carry, tol: float) -> float:
    """How far left of a carried table's left edge this page's rows may start: ``tol``, or for
    a loose carry (``Carry.loose``: its left edge is its first header word's, the column's body
    left empty on the page before) as far again as that word lies from the first boundary. A
    title centred over its column starts right of the column's text (a browser's centred
    header at the page's foot, its rows on the next page starting at the table's edge:
    mirror seeds 11013 and 11149 html)."""
    if not carry.loose or not carry.cols:
        return tol
    return max(tol, carry.cols[0] - carry.x0)


def mid_gaps(carry: Carry) -> list[tuple[float, float]]:
    """Where each boundary of a loose carry (``Carry.loose``: placed mid-gap between its header
    words) may lie on this page, when ``carried_gaps`` does not hold: anywhere between the
    middles of the columns beside it. A boundary beside a narrow column, whose share bounds
    its slack there, may lie further from the header words' gap than that (a long title
    wrapped ``มาตรการ`` | ``ที่`` read as two columns, fresh13 9105 html)."""
    xs = [carry.x0, *carry.cols, carry.x1]
    return [((xs[k - 1] + c) / 2, (c + xs[k + 1]) / 2) for k, c in enumerate(carry.cols, start=1)]


def columns_beyond(lines: Sequence[Line], carry: Carry, size: float) -> tuple[list[float], list[float]]:
    """(cuts left of, cuts right of) a loose carry's columns: text past its edges (its
    header words' ends) with a channel between it and the carried outer column's text is a
    column the header carried from the page before lacked (a header row the page break cut,
    its last cells printed on this page), not that column's longer lines."""
    tol, gap = CARRY_SLACK_EM * size, CHANNEL_EM * size
    ink = [g for ln in lines for g in ln.glyphs if not g.text.isspace()]
    right = [g.x0 for g in ink if g.x0 > carry.x1 + tol]
    left = [g.x1 for g in ink if g.x1 < carry.x0 - tol]
    r = free_gap(lines, carry.cols[-1] + gap, min(right), gap) if right and carry.cols else None
    lf = free_gap(lines, max(left), carry.cols[0] - gap, gap) if left and carry.cols else None
    # the carried outer column keeps ink of its own between the new cut and its boundary: else the
    # cut is that column's own channel, its text merely starting left of a centred title (dev seed
    # 45028 docx, no rules: a header alone at page 2's foot, measure 3's row on page 3 split into
    # an empty sliver column, the steps read as the period, the measure lost)
    if lf is not None and not any(lf < g.cx < carry.cols[0] for g in ink):
        lf = None
    if r is not None and not any(carry.cols[-1] < g.cx < r for g in ink):
        r = None
    return [] if lf is None else [lf], [] if r is None else [r]


def carried_header_end(lines: Sequence[Line], i: int, last: int, carry: Carry) -> int:
    """The last line of the header on lines ``i``..``last`` at the top of a page, when it is
    the carried table's header printed again (``Carry.head``, ``headers_match``) ending
    before ``last``: the lines after it are the first lines of the row the page break cut
    (in a Word table without cell padding they follow its tall cells closely and print no
    digit: ``งาน`` / ``ประชาสัมพันธ์`` under ``หน่วยงานที่รับ`` / ``ผิดชอบ``, fresh9 2805 docx).
    ``last`` when no shorter header prints the carried one."""
    bounds = [float("-inf"), *carry.cols, float("inf")]
    want = [list(row) for row in carry.head]
    for k in range(i, last):
        gs = sorted(((j, g) for j in range(i, k + 1) for g in lines[j].glyphs), key=lambda t: (t[0], t[1].x0))
        cols = ["".join(g.text for _, g in gs if bounds[c] <= g.cx < bounds[c + 1]) for c in range(len(bounds) - 1)]
        if headers_match(want, [cols], by_column=True, either_cut=False, max_cut=0):
            return k
    return last


_DIGIT = re.compile("[0-9๐-๙]")
LOWER_TITLE_CHARS = 20  # letters of a sub-column title naming no role, at most


def lower_header(lines: Sequence[Line], carry: Carry, usual: float) -> Optional[tuple[int, list[list[float]]]]:
    """(last line, cells) of a two-level header's lower row printed at the top of the page
    after its upper row, which stood alone at the foot of the page before (``Carry.alone``:
    ``ขั้นตอนหรือวิธีการปฏิบัติ | ช่วงระยะเวลา…`` under ``การดำเนินงาน``, fresh11 8039 html):
    lines stacked as closely as a header's, without digits or list marks, of short pieces,
    a piece naming a role, two cells side by side at least, two of them under one carried
    column (sub-columns), under the carried header's columns that named something (a group
    cell over them) and not under all of them (then it is a header of its own). None otherwise."""
    if not carry.alone or not carry.head or not carry.cols or not lines:
        return None
    last = None
    for j in range(min(len(lines), PLAIN_MAX_LINES)):
        ln = lines[j]
        if j and ln.top - lines[j - 1].bottom > max(HEADER_GAP_EM * ln.size, 1.25 * usual):
            break
        ps = pieces(ln, j)
        if _DIGIT.search("".join(g.text for g in ln.glyphs)) or any(
                len(key(p.text)) > PLAIN_PIECE_CHARS or p.text.lstrip()[:1] in "-–•*" for p in ps):
            break
        last = j
    if last is None or last + 1 >= len(lines):
        return None
    ps = [p for k in range(last + 1) for p in pieces(lines[k], k)]
    cells = clusters([p for p in ps if not is_group(p.text)] or ps)
    # titles naming no role: short ones on a line or two (dev seed 15855 html, unknown titles: the
    # lower row read as one cell in the group's carried column, four columns joined into the steps)
    plain = last <= 1 and all(len(key(p.text)) <= LOWER_TITLE_CHARS for p in ps)
    if len(cells) < 2 or not (plain or any(roles_of(p.text) for p in ps)):
        return None
    lo, hi = cells[0][0], cells[-1][1]
    xs = [carry.x0, *carry.cols, carry.x1]
    named = [k for k in range(len(xs) - 1) if xs[k] < hi and xs[k + 1] > lo]
    if not named or not all(any((row[k] if k < len(row) else "").strip() for row in carry.head) for k in named):
        return None
    if all(lo < c < hi for c in carry.cols):
        return None
    # sub-columns: two cells at least under one carried column (its right one: past its edge too);
    # one cell a column is the rest of a header row the break cut, each under its own title
    under = [sum(1 for c in carry.cols if c < (a + b) / 2) for a, b in cells]
    if len(set(under)) == len(under):
        return None
    return last, cells


def under_lower_gaps(carry: Carry, cells: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """Where the body's column boundaries lie under a header whose upper row was carried
    (``carry``, its header alone) and whose lower row's ``cells`` top this page: between
    the lower cells, and, for each carried boundary outside them, between the middles of the
    carried columns beside it (a header alone's boundaries sit mid-gap between its words,
    centred in their cells, not where the body's whitespace runs), short of the lower cells."""
    lo, hi = cells[0][0], cells[-1][1]
    xs = [carry.x0, *carry.cols, carry.x1]
    out = []
    for k, c in enumerate(carry.cols, start=1):
        a, b = (xs[k - 1] + c) / 2, (c + xs[k + 1]) / 2
        if c <= lo:
            out.append((a, min(b, lo)))
        elif c >= hi:
            out.append((max(a, hi), b))
    out += [(a[1], b[0]) for a, b in zip(cells, cells[1:])]
    return sorted(out)


def carried_lead(carry: Carry, cols: Sequence[float]) -> list[str]:
    """The carried header's text (its rows joined by lines) for each column between ``cols``:
    each carried column's text goes to the column holding its middle."""
    xs = [carry.x0, *carry.cols, carry.x1]
    out = [""] * (len(cols) + 1)
    for k in range(len(xs) - 1):
        text = "\n".join(row[k] for row in carry.head if k < len(row) and row[k].strip())
        if text:
            j = sum(1 for c in cols if c < (xs[k] + xs[k + 1]) / 2)
            out[j] = f"{out[j]}\n{text}" if out[j] else text
    return out
