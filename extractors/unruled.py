"""Tables drawn without column rules: rows from shading bands or spacing, columns from text.

Two kinds of evidence place a table that has no grid of rules:

* **shading** (``extractors.shading``): a stack of shaded bands of one width. Each band is a
  row (all its lines, so a wrapped cell stays in its row); the space between two bands is the
  unshaded row between them; an unshaded header above the first band or a last row below the
  last band is taken when its lines fit the columns and sit at the table's row spacing.
* **rules across only** (``rule_stacks.rule_stacks``): the rules fence rows, but a booktabs-style
  table rules only its header and its end, so a fenced slab may hold many rows; they are
  split where the vertical spacing (or a new entry in the first column) says a row starts.

Columns come from the per-cell shading cuts when the shading has them, else from whitespace
channels that run through every line of the table (``tables.text_columns`` with a narrower
minimum gap: the region is already known to be a table). A line with a glyph across a column
boundary is not a row of the table. Results are ``Grid`` objects filled like ruled ones.
"""
from __future__ import annotations

import re

from statistics import median
from typing import Optional, Sequence

from extractors.shading import Band, common_cuts
from extractors.text import Glyph, group_lines

REGION_GAP_EM = 0.4  # minimum whitespace channel (× font size) inside a known table region
ROW_GAP_EM = 0.25  # a vertical gap this much (× font size) wider than the line gap starts a row
HEADING_SIZE = 1.08  # a line this much larger (× the table's font size) is a heading, not a row
PADDED_EM = 0.3  # a band's padding this much (× font size) or more: its table's rows part at a wide gap
PITCH_SLACK = 1.3  # lines further apart than this × the table's line pitch are not one row
MOVE_SLACK = 0.3  # × the narrower column beside it: how far a header-placed boundary may move to a row's channel
CELL_PAD_EM = 0.4  # a cell's last line sits at most this far (× font size) over the rule under it


class Line:
    """A text line: its glyphs (left to right) and box."""

    __slots__ = ("glyphs", "x0", "x1", "top", "bottom", "size")

    def __init__(self, glyphs: Sequence[Glyph]):
        self.glyphs = list(glyphs)
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        self.size = median(g.size for g in glyphs)


def text_lines(glyphs: Sequence[Glyph]) -> list[Line]:
    """Lines of non-blank glyphs, top to bottom."""
    gs = [g for g in glyphs if not g.text.isspace()]
    return [Line(ln) for ln in group_lines(gs)]


WORD_GAP_EM = 0.2  # glyphs closer than this (× font size) are one run of text


def moved_off_runs(lines: Sequence[Line], xs: Sequence[float], slack: float, spaces: bool = True) -> Optional[list[float]]:
    """The inner boundaries of ``xs`` moved off the runs of text of ``lines`` that straddle them
    (glyphs less than 0.4 of the text size apart make one run; ``spaces``: space glyphs count),
    each to the side the run's middle lies on; None when one would move by more than ``slack``
    of the narrower column beside it. No lines (a region with no text): nothing to move off."""
    if not lines:
        return list(xs[1:-1])
    size = lines[0].size
    spans = sorted((g.x0, g.x1) for ln in lines for g in ln.glyphs if spaces or not g.text.isspace())
    runs: list[list[float]] = []
    for a, b in spans:
        if runs and a - runs[-1][1] < 0.4 * size:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    out = []
    for j in range(1, len(xs) - 1):
        c = xs[j]
        for a, b in runs:
            if a < c < b:
                c = b + 1.0 if (a + b) / 2 < c else a - 1.0
        if abs(c - xs[j]) > slack * min(xs[j] - xs[j - 1], xs[j + 1] - xs[j]):
            return None
        out.append(c)
    return out


def crosses(line: Line, cols: Sequence[float]) -> bool:
    """Does the line's text run across a column boundary (a glyph straddling it, or two
    glyphs on either side of it with no more than a letter gap between them)?"""
    gs = line.glyphs
    for x in cols:
        if any(g.x0 + 0.5 < x < g.x1 - 0.5 for g in gs):
            return True
        left = [g for g in gs if g.cx < x]
        right = [g for g in gs if g.cx >= x]
        if left and right:
            a, b = max(left, key=lambda g: g.x1), min(right, key=lambda g: g.x0)
            if b.x0 - a.x1 < WORD_GAP_EM * line.size:
                return True
    return False


def spans_left(line: Line, cols: Sequence[float]) -> bool:
    """A row whose first cells are merged: a label that starts in the first column and runs
    across inner column boundaries, and a value alone in the last column (an indicator
    heading ``ตัวชี้วัดที่ ๒ การใช้งบประมาณ … ๘๑.๗๘`` between the question rows of a table
    whose merged cell has no rule or shading of its own)."""
    if len(cols) < 2 or crosses(line, cols[-1:]) or not crosses(line, cols[:-1]):
        return False
    return any(g.cx < cols[0] for g in line.glyphs) and any(g.cx >= cols[-1] for g in line.glyphs)


def occupied(lines: Sequence[Line], cols: Sequence[float], x0: float, x1: float) -> set[int]:
    """Indexes of the columns (bounded by ``x0``, ``cols``, ``x1``) that hold text."""
    bounds = [x0, *cols, x1]
    out = set()
    for ln in lines:
        for g in ln.glyphs:
            for i in range(len(bounds) - 1):
                if bounds[i] <= g.cx < bounds[i + 1]:
                    out.add(i)
                    break
    return out


def channels(glyphs: Sequence[Glyph], x0: float, x1: float, min_gap: float) -> list[float]:
    """Middles of the vertical whitespace channels ≥ ``min_gap`` wide through all ``glyphs``."""
    spans = sorted((max(g.x0, x0), min(g.x1, x1)) for g in glyphs if not g.text.isspace())
    if not spans:
        return []
    cols, reach = [], spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= min_gap:
            cols.append((a + reach) / 2)
        reach = max(reach, b)
    return cols


def _inside(g: Glyph, x0: float, top: float, x1: float, bottom: float) -> bool:
    return x0 <= g.cx <= x1 and top <= g.cy <= bottom


def _pitch(lines: Sequence[Line]) -> float:
    """Typical distance between the tops of consecutive lines of one row."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top]
    size = median(ln.size for ln in lines) if lines else 12.0
    small = [s for s in steps if 0.9 * size <= s <= 2.2 * size]  # staggered cells give tiny steps
    return max(median(small), 1.15 * size) if small else 1.45 * size


def _starts_row(line: Line, cols: Sequence[float], x0: float) -> bool:
    """A line that can open a row: text in the first column and in another one."""
    first = cols[0] if cols else float("inf")
    return any(g.cx < first for g in line.glyphs) and len(occupied([line], cols, x0, float("inf"))) >= 2


def _extend(lines: Sequence[Line], cols: Sequence[float], x0: float, x1: float, edge: float,
            pad: float, pitch: float, down: bool, carried: bool = False, size: float = 0.0) -> list[float]:
    """Unshaded rows just below (``down``) or above a band edge: their boundaries, from the
    edge outwards (empty when there is none). Lines are taken while they fit the columns and
    follow each other at the table's line pitch; they are cut into rows where a new entry
    starts in the first column (``spaced_rows``); each row must fill two columns, but for
    the first row below a ``carried`` stack (a header repeated over the rest of a row the
    page before broke, which may fill one column only). A line in a larger font than the
    table's text (``size``) is a heading: no row goes past it. The first row below may fill
    one column only too when it is the last text of the page (``furniture_only`` under it): a row the page break cut, its other cells continuing on the next page
    (fresh25 34011 html: a zebra row's unshaded first part held only its unit, lost)."""
    near = [ln for ln in lines if ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1]
    near.sort(key=lambda ln: ln.top, reverse=not down)
    got: list[Line] = []
    for ln in near:
        mid = (ln.top + ln.bottom) / 2  # a line box may reach a point or two into the band
        if down and mid < edge or not down and mid > edge:
            continue
        ref = got[-1] if got else None
        if ref is None:
            dist = ln.top - edge if down else edge - ln.bottom
            if dist > pad + 0.6 * ln.size + 2:
                break
        elif abs(ln.top - ref.top) > pitch * PITCH_SLACK + (0 if down or not _starts_row(ref, cols, x0) else 2 * pad):
            break  # lines of one row follow at the pitch; above a row's first line, a row gap is fine
        if crosses(ln, cols) and not spans_left(ln, cols) or size and ln.size > HEADING_SIZE * size:
            break
        got.append(ln)
    got.sort(key=lambda ln: ln.top)
    # above the first band: a first row and a header, told apart where a new first-column
    # entry starts; below the last band: one row unless wider gaps show several (a first
    # column of list items must not cut a row into its items)
    starts = spaced_rows(got, cols, x0, anchor=not down, by_column=True)
    if not down and len(starts) > 1 and pad >= PADDED_EM * median(ln.size for ln in got) \
            and not wide_gaps(got, ROW_GAP_EM, by_column=True):
        # rows drawn with a padding part at a wide gap: lines at one pitch above the first band are
        # one row (two unshaded rows of a zebra never meet; fresh37 55016 html p7: a measure's row
        # atop the page, each of its first lines opening the first column, cut into three rows,
        # its first line a table of its own and the row read as two measures)
        starts = [0]
    rows = [got[a:b] for a, b in zip(starts, starts[1:] + [len(got)])]
    if not down:
        rows.reverse()
    out: list[float] = []
    for k, row in enumerate(rows):  # from the edge outwards; stop at the first row that is not one
        cut = down and k == 0 and len(rows) == 1 and furniture_only(
            [ln for ln in lines if ln.top > max(r.bottom for r in row)])
        if len(occupied(row, cols, x0, x1)) < (1 if (carried or cut) and down and k == 0 else 2):
            break
        if down:
            out.append(max(ln.bottom for ln in row) + pad)
        else:
            out.append(min(ln.top for ln in row) - pad)
    if down and out:  # rows below meet at the middle of the gap between them
        for i, row in enumerate(rows[1:len(out)], start=1):
            out[i - 1] = (max(ln.bottom for ln in rows[i - 1]) + min(ln.top for ln in row)) / 2
    elif out:
        for i, row in enumerate(rows[1:len(out)], start=1):
            out[i - 1] = (min(ln.top for ln in rows[i - 1]) + max(ln.bottom for ln in row)) / 2
    return out


def _band_metrics(stack: Sequence[Band], lines: Sequence[Line], near: Sequence[Line] = ()) -> tuple[float, float]:
    """(padding above a band's first line, line pitch inside bands) of a shading stack; where
    the bands hold a single line, the pitch of the lines ``near`` the stack (a lone shaded row
    says nothing about the spacing of the unshaded rows around it)."""
    size = median(ln.size for ln in lines) if lines else 12.0
    in_band = [[ln for ln in lines if b.top <= (ln.top + ln.bottom) / 2 <= b.bottom] for b in stack]
    pads = [min(ln.top for ln in ls) - b.top for b, ls in zip(stack, in_band) if ls]
    pad = max(0.0, median(pads)) if pads else 0.2 * size
    inside = [ln for ls in in_band for ln in ls]
    return pad, _pitch(inside if len(inside) >= 2 or not near else sorted([*inside, *near], key=lambda ln: ln.top))


def split_stack(stack: Sequence[Band], glyphs: Sequence[Glyph]) -> list[list[Band]]:
    """A stack cut where the space between two bands is not one unshaded row: its text does
    not start a padding below the upper band, end a padding above the lower one and run at
    the line pitch in between (two tables one under the other, a heading between them)."""
    x0, x1 = min(b.x0 for b in stack), max(b.x1 for b in stack)
    lines = text_lines([g for g in glyphs if x0 <= g.cx <= x1 and stack[0].top <= g.cy <= stack[-1].bottom])
    pad, pitch = _band_metrics(stack, lines)
    one = [b.height for b in stack if sum(1 for ln in lines if b.top <= (ln.top + ln.bottom) / 2 <= b.bottom) == 1]
    if len(one) == len(stack) >= 2:
        # bands of one line each tell no line pitch but their height: a Word row's line takes its
        # whole leading (Norasi's is twice its letters': a two-line row between two bands was
        # taken for a heading, the question table cut under its header; mirror seed 11344 docx)
        pitch = max(pitch, 0.9 * median(one))
    # the space under a band's last line (a Word row keeps its line's leading below the text)
    bpads = [b.bottom - max(ln.bottom for ln in ls) for b in stack
             if (ls := [ln for ln in lines if b.top <= (ln.top + ln.bottom) / 2 <= b.bottom])]
    bpad = median(bpads) if bpads else pad
    out = [[stack[0]]]
    for a, b in zip(stack, stack[1:]):
        gap = [ln for ln in lines if a.bottom <= (ln.top + ln.bottom) / 2 <= b.top]
        slack = pad + 0.35 * (gap[0].size if gap else 12.0) + 1.5  # a row's text sits a padding off the bands
        if not gap:
            ok = b.top - a.bottom <= 2 * pad + 2
        else:
            steps = [abs(v.top - u.top) for u, v in zip(gap, gap[1:])]
            ok = gap[0].top - a.bottom <= slack and b.top - gap[-1].bottom <= slack + max(0.0, bpad - pad) and \
                all(st <= pitch * PITCH_SLACK for st in steps)
        if ok:
            out[-1].append(b)
        else:
            out.append([b])
    return out


def stack_rows(stack: Sequence[Band], glyphs: Sequence[Glyph],
               carried: bool = False) -> Optional[tuple[list[float], list[float]]]:
    """Row boundaries (tops of each row, then the table's bottom) and column boundaries
    (inner cuts) of the table a shading stack draws, or None when it is no table (one column,
    a lone row, or text running across the columns). ``carried``: the stack heads the page
    in the columns of a table the page before ran off (see ``_extend``)."""
    x0, x1 = min(b.x0 for b in stack), max(b.x1 for b in stack)
    top, bottom = stack[0].top, stack[-1].bottom
    region = [g for g in glyphs if _inside(g, x0, top, x1, bottom) and not g.text.isspace()]
    if not region:
        return None
    size = median(g.size for g in region)
    cols = common_cuts(stack) or channels(region, x0, x1, REGION_GAP_EM * size)
    if not cols:
        return None
    lines = text_lines(region)
    # text may span columns inside a band shaded cell by cell (a merged header cell has its
    # own rect); anywhere else a line running across a column boundary is no table row
    celled = [b for b in stack if len(b.rects) > 1]
    loose_lines = [ln for ln in lines if not any(b.top <= (ln.top + ln.bottom) / 2 <= b.bottom for b in celled)]
    crossing = [ln for ln in loose_lines if crosses(ln, cols)]
    if any(not spans_left(ln, cols) for ln in crossing) or 2 * len(crossing) > len(lines):
        return None  # (rows whose first cells are merged: a minority, each a label and a value)
    others = text_lines([g for g in glyphs if not g.text.isspace() and not _inside(g, x0, top, x1, bottom)])
    near = [ln for ln in others if ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1 and top - 4 * size <= ln.top <= bottom + 4 * size]
    pad, pitch = _band_metrics(stack, lines, near)
    bounds: list[float] = []
    for i, b in enumerate(stack):
        bounds.append(b.top)
        if i + 1 < len(stack) and stack[i + 1].top - b.bottom > 1.0:
            bounds.append(b.bottom)  # the unshaded row between two bands
    bounds.append(bottom)
    above = _extend(others, cols, x0, x1, top, pad, pitch, down=False, size=size)[:2]  # first row, header
    if len(above) == 2 and _numbered_cells(others, cols, x0, x1, above[1], above[0]) >= 2:
        # no header holds numbers in two cells (an entry's number, a date): between the page's top and
        # the first band, unshaded, two rows of a zebra table cannot follow each other, so they are one
        # (dev seed 45027 docx, zebra: measure 3's row cut after its first line, read as two measures)
        above = above[1:]
    bounds[:0] = above[::-1]
    bounds += _extend(others, cols, x0, x1, bottom, pad, pitch, down=True, carried=carried, size=size)[:1]
    rows_with_text = sum(1 for a, b in zip(bounds, bounds[1:])
                         if any(a <= g.cy <= b and x0 <= g.cx <= x1 for g in glyphs))
    if rows_with_text < 2:
        return None
    return bounds, cols


_YEAR = re.compile("(?:25|๒๕)[0-9๐-๙]{2}")
_DIGIT = re.compile("[0-9๐-๙]")


def _numbered_cells(lines: Sequence[Line], cols: Sequence[float], x0: float, x1: float, top: float,
                    bottom: float) -> int:
    """How many columns hold a number other than a Buddhist year (a header may name years in
    several cells: ``คะแนน ปี ๒๕๖๖``) in ``lines`` between ``top`` and ``bottom``."""
    xs = [x0, *cols, x1]
    ink = [g for ln in lines if top <= (ln.top + ln.bottom) / 2 <= bottom for g in ln.glyphs]
    cells = ["".join(g.text for g in ink if a <= g.cx < b) for a, b in zip(xs, xs[1:])]
    return sum(1 for c in cells if _DIGIT.search(_YEAR.sub("", c)))


def furniture_only(lines: Sequence[Line]) -> bool:
    """At most one short line (a page number, a running head): none of the page's own text."""
    return len(lines) <= 1 and all(len(ln.glyphs) <= 10 for ln in lines)


def _spans(line: Line) -> list[tuple[float, float]]:
    """The x extents of a line's runs of text (glyphs closer than an em are one run)."""
    out: list[list[float]] = []
    for g in sorted(line.glyphs, key=lambda g: g.x0):
        if out and g.x0 - out[-1][1] <= g.size:
            out[-1][1] = max(out[-1][1], g.x1)
        else:
            out.append([g.x0, g.x1])
    return [(a, b) for a, b in out]


def _column_gaps(lines: Sequence[Line]) -> list[Optional[float]]:
    """For each line after the first, the gap to the nearest line above it with text over the
    same x (its own column), or None when no line above shares its x."""
    spans = [_spans(ln) for ln in lines]
    out: list[Optional[float]] = []
    for i in range(1, len(lines)):
        above = next((j for j in range(i - 1, -1, -1)
                      if any(a < d and c < b for a, b in spans[i] for c, d in spans[j])), None)
        out.append(None if above is None else lines[i].top - lines[above].bottom)
    return out


def wide_gaps(lines: Sequence[Line], em: float, by_column: bool = False) -> set[int]:
    """Indexes of the lines (of two or more) after a vertical gap wider than the tightest one
    by ``em`` × the font size: a row's padding. Empty when the gaps are all of one size.
    ``by_column`` (the unshaded rows next to a shading stack): where cells' lines are staggered
    (a line reaching into the one above it: one column's paragraphs spaced otherwise than its
    neighbour's), each line's gap is measured to the line above it in its own column. The gaps
    between staggered lines of two columns are no line gap, and made every ordinary line gap
    look like a row's padding (fresh23 24048 docx: the rest of a row carried onto the next page
    cut after its first line, the rest of the page lost). Slabs between rules keep the plain
    gaps (measured on 29002 docx, a zebra row broken over a page: neither reading is right)."""
    gaps: list[Optional[float]] = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    if by_column and gaps and min(g for g in gaps if g is not None) < 0:
        gaps = _column_gaps(lines)
    known = [g for g in gaps if g is not None]
    if not known:
        return set()
    size = median(ln.size for ln in lines)
    g_min = min(known)
    return {i + 1 for i, g in enumerate(gaps) if g is not None and g > g_min + em * size}


def spaced_rows(lines: Sequence[Line], cols: Sequence[float], x0: float, anchor: bool = True,
                by_column: bool = False) -> list[int]:
    """Indexes of the lines (top to bottom) that start a new row, inside a region whose rows
    are not separated by rules. A row starts where the first column gets a new entry while
    another column starts too (a wrapped cell, or a new paragraph inside one cell, continues
    in fewer columns); when the region's vertical gaps are of two sizes (row padding), only
    after a wide gap."""
    if not lines:
        return []
    if len(lines) < 2:
        return [0]
    wide = wide_gaps(lines, ROW_GAP_EM, by_column)
    starts = [0]
    for i, ln in enumerate(lines[1:], start=1):
        if wide and i not in wide or not wide and not anchor:
            continue
        if _starts_row(ln, cols, x0):
            starts.append(i)
    return starts


def split_slab(glyphs: Sequence[Glyph], cols: Sequence[float], x0: float, top: float, bottom: float) -> list[float]:
    """Boundaries inside one ruled slab (between ``top`` and ``bottom``) where rows without a
    rule of their own start; empty when the slab is one row."""
    lines = text_lines([g for g in glyphs if top <= g.cy <= bottom])
    starts = spaced_rows(lines, cols, x0)
    return [(lines[i - 1].bottom + lines[i].top) / 2 for i in starts[1:]]


def _snap(v: float, xs: Sequence[float], tol: float = 2.5) -> float:
    near = min(xs, key=lambda x: abs(x - v))
    return near if abs(near - v) <= tol else v


def stack_cells(stack: Sequence[Band], bounds: Sequence[float], cols: Sequence[float],
                x0: float, x1: float, glyphs: Sequence[Glyph] = ()) -> list[tuple[float, float, float, float]]:
    """Cell boxes of a shaded table: a band shaded cell by cell keeps its rects as cells (a
    header cell merged over rows or columns stays one cell); other rows are cut by ``cols``,
    but for the boundaries a row's label runs across (``spans_left``: its first cells merged).
    Coordinates are snapped to the row and column boundaries so the grid lines up."""
    xs = [x0, *cols, x1]
    out = []
    for top, bottom in zip(bounds, bounds[1:]):
        band = next((b for b in stack if len(b.rects) > 1 and abs(b.top - top) <= 1.5 and abs(b.bottom - bottom) <= 1.5), None)
        if band is not None:
            ys = sorted({top, bottom, *(y for r in band.rects for y in (r[1], r[3]))})
            cells = [(_snap(r[0], xs), _snap(r[1], ys), _snap(r[2], xs), _snap(r[3], ys)) for r in band.rects]
            # an unshaded row inside the band (joined to it by a cell merged over rows)
            for a, b in zip(ys, ys[1:]):
                for c0, c1 in zip(xs, xs[1:]):
                    mx, my = (c0 + c1) / 2, (a + b) / 2
                    if not any(c[0] <= mx <= c[2] and c[1] <= my <= c[3] for c in cells):
                        cells.append((c0, a, c1, b))
            out += cells
        else:
            lines = text_lines([g for g in glyphs if _inside(g, x0, top, x1, bottom)])
            merged = {x for ln in lines if spans_left(ln, cols) for x in cols if crosses(ln, [x])}
            row_xs = [x for x in xs if x not in merged]
            out += [(a, top, b, bottom) for a, b in zip(row_xs, row_xs[1:])]
    return out
