"""Finding tables on a text-layer page: a chain of small pure functions, pdfplumber style.

    edges (page lines, rect sides, curves)            ruled_edges
      + closing edges where a table runs off the page  closing_edges
      + column rules guessed from text for tables      extractors.rules_across (across_edges),
        ruled only horizontally (or only boxed)        text_columns / column_rules
    → merged edges → intersections → cells → tables   cell_groups (pdfplumber's own steps)
    → grid (rows × cols, merged cells None)           grid_of
    → glyphs assigned to cells, lines joined by \\n    fill_grid
    → RawTable (empty rows dropped)                   to_raw_table

The lattice steps (edges to cells to cell texts) live in ``extractors.lattice``.

Cell text is built from ``extractors.text`` glyphs (Thai marks glued to their base), once
per page, so nothing is re-read per cell. A row split by a page break (Word/weasyprint
leave its bottom or top rule undrawn) is closed by ``closing_edges`` so each half stays in
its page's table. Tables without column rules whose rows are shaded (zebra stripes, a shaded
header) are read from their shading bands and text alignment (``extractors.unruled``) after
the ruled ones, from the glyphs those left: ``shaded_grids``.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.lattice import (Grid, cell_groups, closing_edges, drop_empty_rows, fill_grid, grid_of, is_box,
                                merged_edges, ruled_edges, shade_rects)
from extractors.column_refit import REFIT, REFIT_MIN_COLS, Known, hidden_splits, refit_columns
from extractors.model import RawTable
from extractors.shading import bands, common_cuts, stacks
from extractors.rules_across import TOL, across_edges, column_rules, contains, h_edge, rule_joints, text_columns
from extractors.spaced import key_column, slab_splits, spaced_tables
from extractors.spaced_carry import Carry
from extractors.spaced_rows import anchor_column
from extractors.spaced_header import roles_of
from extractors.unruled import split_slab, split_stack, stack_cells, stack_rows
from extractors.text import Glyph, glyphs_from_chars, text_rotation, upright_objects

__all__ = ["carry_of", "find_tables", "known_of", "tables_and_stray"]


def carried_row_edges(edges: Sequence[dict], glyphs: Sequence[Glyph], carry: Optional[Carry]) -> list[dict]:
    """Rules across that close the middle of a ruled row a page break cut on both sides: a
    page whose only rules are vertical ones, crossed by nothing, of one height, standing on
    the column boundaries of the ruled table that ran off the page before (``carry``, source
    ``ruled``: its header alone at that page's foot, say), with text between them. The row's
    top and bottom are where its rules end (hdr9-unk 3026 html: a tall row of a measure's
    table over three pages, its middle page read as no table)."""
    if carry is None or carry.source != "ruled" or any(e["orientation"] == "h" for e in edges):
        return []
    v = [e for e in edges if e["orientation"] == "v"]
    xs = [carry.x0, *carry.cols, carry.x1]
    if len(v) < 3 or any(not any(abs(e["x0"] - x) <= 2 * TOL for x in xs) for e in v):
        return []
    top, bottom = min(e["top"] for e in v), max(e["bottom"] for e in v)
    if any(abs(e["top"] - top) > TOL or abs(e["bottom"] - bottom) > TOL for e in v):
        return []
    x0, x1 = min(e["x0"] for e in v), max(e["x0"] for e in v)
    if abs(x0 - carry.x0) > 2 * TOL or abs(x1 - carry.x1) > 2 * TOL:
        return []
    if not any(x0 < g.cx < x1 and top < g.cy < bottom and not g.text.isspace() for g in glyphs):
        return []
    return [h_edge(x0, x1, top), h_edge(x0, x1, bottom)]


# --- the chain ---------------------------------------------------------------------------

def find_grids(base: Sequence[dict], glyphs: Sequence[Glyph], carry: Optional[Carry] = None) -> list[Grid]:
    """Grids of the ruled tables drawn by edges ``base``, including horizontally-ruled and
    boxed ones (``glyphs`` place the column rules those lack). ``carry``: a table ruled
    across only that ran off the page before; the rest of its last row at the top of this
    page is read in its columns."""
    if not base:
        return []
    edges = merged_edges(list(base))
    edges = edges + closing_edges(edges) + carried_row_edges(edges, glyphs, carry)
    grids = [grid_of(cs) for cs in cell_groups(edges)]
    extra: list[dict] = []
    for g in grids:  # boxed tables without inner vertical rules: columns from the text
        if g.shape[1] == 1 and g.shape[0] >= 2:
            cols = text_columns(glyphs, g.bbox)
            if cols:
                extra += column_rules(g.bbox, cols)
    h_edges = [e for e in edges if e["orientation"] == "h"]
    got = across_edges(h_edges, [g.bbox for g in grids], glyphs, carry, rule_joints(base))
    extra += got.edges
    across, open_rows, headed = got.regions, got.open_rows, got.headed
    if extra:
        edges = merged_edges(edges + extra)
        grids = [grid_of(cs) for cs in cell_groups(edges)]
    for g in grids:  # ruled across only: rows between two rules may be several (booktabs)
        if any(abs(g.bbox[0] - r[0]) <= TOL and abs(g.bbox[1] - r[1]) <= TOL for r in across):
            g.source = "rules_across"
            if any(abs(g.bbox[0] - r[0]) <= TOL and abs(g.bbox[1] - r[1]) <= TOL for r in got.content):
                g.also = ("table_unruled:content",)
    return [split_rows(g, glyphs, open_rows, headed, any(_at(g, r) for r in got.continued))
            if g.source == "rules_across" else g for g in grids if not is_box(g)]


def _at(grid: Grid, region: tuple) -> bool:
    return abs(grid.bbox[0] - region[0]) <= TOL and grid.bbox[1] - TOL <= region[1] <= grid.bbox[3]


def split_rows(grid: Grid, glyphs: Sequence[Glyph], open_rows: Sequence[float] = (),
               headed: Sequence[float] = (), continued: bool = False) -> Grid:
    """A grid ruled across only, with slabs holding several rows (a booktabs table rules its
    header and its end only) split where ``unruled.split_slab`` finds rows; unchanged when
    every slab is one row or the grid has merged cells. A slab holding a header found by its
    words (bottoms in ``headed``) is not split: its staggered lines are one header."""
    n_rows, n_cols = grid.shape
    if len(grid.cells) != n_rows * n_cols or n_cols < 2:
        return grid
    x0, x1 = grid.bbox[0], grid.bbox[2]
    inner = [g for g in glyphs if contains(grid.bbox, g.cx, g.cy)]
    cols = grid.xs[1:]
    ys = [*grid.ys, grid.bbox[3]]
    out = [ys[0]]
    # its header was found by its words, or it goes on with a measures-wide table of the page
    # before (Word rows with no cell padding: a wrapped cell's next line is no new row, dev seed 1100 docx)
    measures = continued or any(grid.bbox[1] < h <= grid.bbox[3] for h in headed)
    key = 0
    for top, bottom in zip(ys, ys[1:]):
        # (a header's bottom a hair under its rule is no header in the slab below it: dev seed
        # 15638 html, the first body slab read as the header, its steps column taken as the anchor)
        if any(top + TOL < h <= bottom + TOL for h in headed):
            key = key_column(inner, cols, top, bottom)  # a header's staggered lines are one row
        elif not any(abs(bottom - b) <= TOL for b in open_rows):  # a row run over the page break is one row
            out += slab_splits(inner, cols, top, bottom, key) if measures else split_slab(inner, cols, x0, top, bottom)
        out.append(bottom)
    if len(out) == len(ys):
        return grid
    split = bounds_grid(out, cols, x0, x1, "rules_across")
    split.also = grid.also
    return split


def bounds_grid(ys: Sequence[float], cols: Sequence[float], x0: float, x1: float, source: str) -> Grid:
    """A plain grid (no merged cells) from row boundaries (tops, then the bottom) and inner
    column boundaries."""
    xs = [x0, *cols, x1]
    cells = {(r, c): (xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(ys) - 1) for c in range(len(xs) - 1)}
    return Grid(bbox=(x0, ys[0], x1, ys[-1]), ys=list(ys[:-1]), xs=xs[:-1], cells=cells, source=source)


def shaded_grids(shades: Sequence[dict], glyphs: Sequence[Glyph], taken: Sequence[tuple],
                 carry: Optional[Carry] = None) -> list[Grid]:
    """Grids of the tables whose rows are drawn by shading only (outside the ``taken``
    bboxes of ruled tables), from the ``glyphs`` no ruled table took. With ``carry`` (a
    table that ran off the page before), a lone band at the top of the page in its columns
    is the rest of its last row (``carried_band``)."""
    free = [r for r in shades if not any(contains(b, (r["x0"] + r["x1"]) / 2, (r["top"] + r["bottom"]) / 2)
                                         for b in taken)]
    out = []
    for k, stack in enumerate(part for st in stacks(bands(free)) for part in split_stack(st, glyphs)):
        found = stack_rows(stack, glyphs, carry is not None and heads_carried(stack, glyphs, carry))
        if found:
            ys, cols = found
            x0, x1 = min(b.x0 for b in stack), max(b.x1 for b in stack)
            grid = grid_of(stack_cells(stack, ys, cols, x0, x1, glyphs))
            grid.source = "shading"
            out.append(grid)
        elif carry is not None and carried_band(stack, glyphs, carry):
            b = stack[0]
            out.append(bounds_grid([b.top, b.bottom], carry.cols, b.x0, b.x1, "shading"))
        elif header_band_at_foot(stack, glyphs):
            b = stack[0]
            grid = bounds_grid([b.top, b.bottom], b.cuts, b.x0, b.x1, "shading")
            grid.also = (HEADER_ALONE,)
            out.append(grid)
    return out


HEADER_ALONE = "table_header_alone"  # a table flag: its rows are all header rows (``header_band_at_foot``)
TITLE_CHARS = 40  # letters (no spaces) of a column title at most, however it wraps


def header_band_at_foot(stack, glyphs: Sequence[Glyph]) -> bool:
    """Is ``stack`` one band shaded cell by cell (three columns or more), with short titles
    (``TITLE_CHARS``, no number but a group title's) in two of its cells or more and nothing
    but a page number under it (a zebra table's body row at a page's foot holds longer cells
    or a period: hdr9-unk 3015): a table's header alone at its
    page's foot, its rows moved on to the next page (hdr9-unk 3010 docx: a measure's table
    whose titles name no role, its row on the next page lost)? It carries its columns
    (``carry_of``) whatever its words, and is flagged ``table_header_alone`` so its row is
    read as column titles (``normalizers.tables.grid.build_table``), not as a body row."""
    if len(stack) != 1 or len(stack[0].cuts) < 2:
        return False
    b = stack[0]
    xs = [b.x0, *b.cuts, b.x1]
    inside = [g for g in glyphs if b.x0 <= g.cx <= b.x1 and b.top <= g.cy <= b.bottom and not g.text.isspace()]
    cells = ["".join(g.text for g in inside if xs[i] <= g.cx < xs[i + 1]) for i in range(len(xs) - 1)]
    if sum(1 for x in cells if x) < 2 or any(len(x) > TITLE_CHARS for x in cells):
        return False  # titles are short: a body row's cells (a name, steps) run longer
    digits = [len(_DIGIT.findall(x)) for x in cells]
    if sum(1 for d in digits if d) > 1 or sum(digits) > 2:
        return False  # a body row's period, numbers; a group title's number at most (``ส่วนที่ ๒``)
    below = [g for g in glyphs if g.cy > b.bottom and not g.text.isspace()]
    return len(below) <= 10 and len({round(g.cy) for g in below}) <= 1


def heads_carried(stack, glyphs: Sequence[Glyph], carry: Carry) -> bool:
    """Does ``stack`` (its header repeated) head the page in the carried table's width and
    column cuts, with no text of the page above it? The row under it may then be the rest of
    the row the page before broke, filling one column only."""
    b = stack[0]
    if abs(b.x0 - carry.x0) > 3 * TOL or abs(b.x1 - carry.x1) > 3 * TOL:
        return False
    cuts = common_cuts(stack)
    if len(cuts) != len(carry.cols) or any(abs(u - v) > 2 * TOL for u, v in zip(cuts, carry.cols)):
        return False
    return not any(g.cy < b.top and not g.text.isspace() for g in glyphs)


def carried_band(stack, glyphs: Sequence[Glyph], carry: Carry) -> bool:
    """Is ``stack`` one band, in the carried table's width and column cuts, with no text of
    the page above it (the rest of a row that a page break cut)?"""
    if len(stack) != 1:
        return False
    b = stack[0]
    if abs(b.x0 - carry.x0) > 3 * TOL or abs(b.x1 - carry.x1) > 3 * TOL:
        return False
    if b.cuts and (len(b.cuts) != len(carry.cols) or any(abs(u - v) > 2 * TOL for u, v in zip(b.cuts, carry.cols))):
        return False
    inside = [g for g in glyphs if b.x0 <= g.cx <= b.x1 and b.top <= g.cy <= b.bottom and not g.text.isspace()]
    return bool(inside) and not any(g.cy < b.top and not g.text.isspace() for g in glyphs)


def _area(grid: Grid) -> float:
    x0, top, x1, bottom = grid.bbox
    return (x1 - x0) * (bottom - top)


def spaced_grids(glyphs: Sequence[Glyph], carry: Optional[Carry] = None, stop: float = float("inf")) -> list[Grid]:
    """Grids of the header-anchored tables drawn without rules or shading
    (``extractors.spaced``), from the ``glyphs`` no ruled or shaded table took (a carried
    rest ends above ``stop``)."""
    out = []
    for t in spaced_tables(glyphs, carry, stop):
        grid = grid_of(t.cells)
        grid.source, grid.lead = t.source, t.lead
        out.append(grid)
    return out


def carry_of(table: Optional[RawTable], page_height: float, before: Optional[Carry] = None,
             page_rest: str = "") -> Optional[Carry]:
    """The columns of a table read from spacing or shading, or ruled across only, that runs to
    its page's bottom (the next page may continue it without a header), else None. Its
    boundaries are loose (``Carry.loose``: the next page's lines may move them, and its edges)
    when its columns come from its header words more than from its body (``_loose``). A table
    without a header, alone on its page under the carry of the page ``before`` in as many
    columns, goes on continuing that table: its anchor column and header are that table's. Such a
    continuation ending high on a page with nothing else printed (``page_rest``, the page's text
    outside its tables, holds no letter): the rest of a row, its next row moved on whole to the page
    after, so that page goes on the same table (dev seed 29029 html, unknown titles: two measures and
    an indicator lost, unflagged)."""
    kinds = ("rules_across", "spacing", "content", "shading")  # ruled across, its columns from its cells: rules_across
    if table is not None and table.col_x and not any(f.startswith("table_unruled:") for f in table.flags):
        # a ruled table run to its page's foot: the next page may hold its row's middle, ruled
        # by its column rules only (``carried_row_edges``)
        if table.bbox[3] < 0.75 * page_height or len(table.col_x) < 4:
            return None
        return Carry(table.col_x[0], table.col_x[-1], list(table.col_x[1:-1]), "ruled")
    if table is None or not {f"table_unruled:{k}" for k in kinds} & set(table.flags) or not table.col_x:
        return None
    key, n_head = _header_key(table)
    if not n_head and HEADER_ALONE in table.flags:  # titles naming no role, its row moved on whole
        n_head = len(table.rows)  # (dev seed 15655 html, unknown words: measure 1's row lost, unflagged)
    # a page-long continuation (a row longer than a page: fresh13 9121 html, its steps column first,
    # the third page's rest of the row in the steps column alone) anchors where its table did
    inherit = n_head == 0 and before is not None and before.source != "ruled" and len(before.cols) == len(table.col_x) - 2
    if inherit:
        key = before.key
    alone = 0 < n_head == len(table.rows)  # a header alone, its row moved on whole
    if table.bbox[3] < 0.75 * page_height and not alone:
        if inherit and not re.search(r"[^\W\d_]", page_rest):
            return before  # only a row's rest on its page: the next row was moved on to the next
        return None  # (a header alone, nothing under it on its page, carries wherever it stands)
    source = next(k for k in kinds if f"table_unruled:{k}" in table.flags)
    # a table read by its contents names no role in its header: its header rows are its first
    # rows without a digit (``_plain_head_rows``), carried so the page after can tell it printed again
    n_text = n_head or (_plain_head_rows(table) if source == "content" else 0)
    # (its boundaries loose as a header naming roles would make them: a body of a line or two under
    # its titles, or an outer column left empty; mirror 13064 html: its edge a centred title's, the
    # row's rest on the next page starting at the table's edge, a measure lost)
    loose = n_text > 0 and (alone or _loose(table.rows[n_text:]))
    head = before.head if inherit else tuple(tuple(x or "" for x in row) for row in table.rows[:n_text])
    return Carry(table.col_x[0], table.col_x[-1], list(table.col_x[1:-1]), source, key, loose, head, alone)


def _loose(body: Sequence[Sequence[Optional[str]]]) -> bool:
    """Do a carried table's column boundaries come from its header words rather than its
    ``body``? So when the body (not counting a sub-header row: no digit, a role named,
    ``ผู้รับผิดชอบ | งบประมาณ`` under a group cell) is a line or two of a row (boundaries of
    the columns it left empty sit mid-gap between header words), or leaves an outer column
    empty (the table's edge there is its header words'). The next page's lines then place
    them (``spaced_carry.carried_gaps``; a column past the edges: ``spaced_carry.columns_beyond``)."""
    rows = [row for row in body if not _sub_header(row)]
    lines = sum(max((len((x or "").splitlines()) for x in row), default=0) for row in rows)
    outer_empty = bool(rows) and any(all(not (row[c] or "").strip() for row in rows) for c in (0, -1))
    return lines <= 2 or outer_empty


def _sub_header(row: Sequence[Optional[str]]) -> bool:
    """A header's second row (sub-column titles under a group cell): no digit, a role named."""
    return not any(_DIGIT.search(x or "") for x in row) and any(x and roles_of(x) for x in row)


_DIGIT = re.compile("[0-9๐-๙]")


def _header_key(table: RawTable) -> tuple[int, int]:
    """(the column anchoring the rows of ``table`` by its header row(s), the number of header
    rows): ``spaced_rows.anchor_column`` of the cells' text; (0, 0) when its first rows name no
    roles (a continuation without its header)."""
    head: list[str] = [""] * len(table.rows[0]) if table.rows else []
    n = 0
    for row in table.rows[:2]:
        named = [c for c, x in enumerate(row) if x and roles_of(x)]
        if len(named) < 2 or any(_DIGIT.search(x or "") for x in row):
            break
        head = [h + " " + (x or "") for h, x in zip(head, row)]
        n += 1
    if not n:
        return _steps_first_key(table.rows), 0
    return anchor_column(head), n


def _plain_head_rows(table: RawTable) -> int:
    """The header rows of a table read by its contents (``spaced._by_content``: a header of
    words naming no role): its first rows (two at most) holding no digit in two or more cells
    (a group title's number aside: ``ส่วนที่ ๒`` over its sub-columns, two digits at most in
    one cell; mirror 13896 docx: the header not carried, its repeat on the next page read
    into the rest of the row under it)."""
    n = 0
    for row in table.rows[:2]:
        digits = [len(_DIGIT.findall(x or "")) for x in row]
        if sum(1 for x in row if (x or "").strip()) < 2 or sum(1 for d in digits if d) > 1 or sum(digits) > 2:
            break
        n += 1
    return n


def _steps_first_key(rows: Sequence[Sequence[Optional[str]]]) -> int:
    """The anchor column of a table whose header names no roles (its words unknown, or no
    header), by its cells: where every numbered first cell holds a list of items (steps) beside
    other cells, the steps come first and the next column anchors the rows (the rest of the row
    the page broke then continues in the steps column alone; mirror seed 9400 docx), else 0."""
    from normalizers.tables.cells import STEPS, cell_type

    firsts = [r for r in rows if len(r) > 1 and _DIGIT.search(r[0] or "") and any((x or "").strip() for x in r[1:])]
    if firsts and all(cell_type((r[0] or "").replace("\n", " "), r[0] or "") == STEPS for r in firsts):
        return 1
    # steps led by dashes (no digit): the rows under a header of titles (no digit, no list item)
    body = [r for r in rows if len(r) > 1 and (r[0] or "").strip() and any((x or "").strip() for x in r[1:])
            and _DIGIT.search("".join(x or "" for x in r))]
    if body and all(_LIST_DASH.match(r[0] or "") and cell_type((r[0] or "").replace("\n", " "), r[0] or "") == STEPS
                    for r in body):
        return 1
    return 0


_LIST_DASH = re.compile(r"^\s*[-–•]")


def tables_and_stray(edges: Sequence[dict], glyphs: Sequence[Glyph], page_no: int,
                     shades: Sequence[dict] = (), carry: Optional[Carry] = None,
                     known: Sequence[Known] = ()) -> tuple[list[RawTable], list[Glyph]]:
    """RawTables of a page (its ruled ``edges``, shading rects ``shades`` and ``glyphs``) and
    the glyphs that belong to no table cell (the page's text). Each glyph goes to one table at
    most: for a table drawn inside another's cell, the outer cell keeps the text (so it stays
    with its row) and the inner table, left empty, is dropped. Ruled tables first, then the
    shaded ones from what is left. Tables come top to bottom; a table without column rules is
    flagged ``table_unruled:<what drew its rows>``. A table without column rules as wide as a
    ``known`` measures table of the pages before, with fewer columns, may take its columns
    (``refit``)."""
    found: list[tuple[Grid, list]] = []
    taken: set[int] = set()
    stray_all: list[Glyph] = []

    def take(grid: Grid) -> None:
        mine = [g for g in glyphs if id(g) not in taken and contains(grid.bbox, g.cx, g.cy)]
        grid = refit(grid, mine, known)
        rows, stray = fill_grid(grid, mine)
        taken.update(map(id, mine))
        stray_all.extend(stray)
        if grid.lead and rows:  # the upper header row the page before printed, over this page's lower one
            rows[0] = [x if x is None or not a else f"{a}\n{x}" if x.strip() else a for a, x in zip(grid.lead, rows[0])]
        rows = drop_empty_rows(rows)
        if rows:
            found.append((grid, rows))

    for grid in sorted(find_grids(edges, glyphs, carry), key=_area, reverse=True):
        take(grid)
    if shades:
        free = [g for g in glyphs if id(g) not in taken]
        for grid in shaded_grids(shades, free, [f[0].bbox for f in found],
                                 carry if carry is not None and carry.source == "shading" else None):
            take(grid)
    free = [g for g in glyphs if id(g) not in taken]
    first = min((g.top for g in free if not g.text.isspace()), default=0.0)
    if carry is not None and (carry.source not in ("spacing", "content", "shading", "rules_across")
                              or carry.source == "rules_across" and found
                              or any(f[0].bbox[1] < first for f in found)):
        carry = None  # a spaced or shaded table's unshaded rest, and only above anything else on the page;
        # a table ruled across goes on here only over a whole page without a rule (one row's middle)
    # a carried rest lies above the first table drawn on the page (hdr9-unk 3017 html: headings
    # between per-indicator shaded tables and a score left at the page's foot read as one)
    stop = min((f[0].bbox[1] for f in found), default=float("inf"))
    for grid in spaced_grids(free, carry, stop):
        take(grid)
    found.sort(key=lambda f: (round(f[0].bbox[1]), f[0].bbox[0]))
    tables = [RawTable(page=page_no, index=i, bbox=tuple(grid.bbox), rows=rows, method="text",
                       col_x=[*grid.xs, grid.bbox[2]],
                       flags=([] if grid.source == "ruled" else [f"table_unruled:{grid.source}"]) + list(grid.also))
              for i, (grid, rows) in enumerate(found)]
    outside = [g for g in glyphs if id(g) not in taken]
    return tables, outside + stray_all


def refit(grid: Grid, glyphs: Sequence[Glyph], known: Sequence[Known]) -> Grid:
    """``grid`` (a table without column rules) in the columns of a ``known`` table of the pages
    before (``column_refit.refit_columns``), or with the columns ``column_refit.hidden_splits``
    finds inside its own, flagged ``table_columns_refit``; else unchanged (``_recut``)."""
    if grid.source == "ruled" or grid.shape[1] < 2 or HEADER_ALONE in grid.also:
        return grid  # (a shaded header alone: its cells are drawn, a group title's over its sub-columns: fresh19 19400 docx p11)
    cols = refit_columns(grid.bbox, grid.xs[1:], known, glyphs) if known else None
    if cols is None:  # two printed columns in one, their whitespace too narrow for a column gap
        xs = [*grid.xs, grid.bbox[2]]
        inner = [g for g in glyphs if contains(grid.bbox, g.cx, g.cy)]
        more = [x for a, b in zip(xs, xs[1:]) for x in hidden_splits(a, b, inner)]
        cols = sorted([*grid.xs[1:], *more]) if more else None
    if cols is None:
        return grid
    out = grid_of(_recut(grid, cols))
    out.source, out.also, out.lead = grid.source, (*grid.also, REFIT), ()
    return out


def _recut(grid: Grid, cols: Sequence[float]) -> list[tuple[float, float, float, float]]:
    """``grid``'s cells in the inner column bounds ``cols``: each cell's sides moved onto the
    nearest bound; a cell of one column cut at the bounds inside it, a cell spanning columns (a
    group title over a header's sub-columns) kept whole, as the table that gave the bounds
    printed it."""
    bounds = [grid.bbox[0], *cols, grid.bbox[2]]
    old = [*grid.xs, grid.bbox[2]]
    out = []
    for x0, top, x1, bottom in grid.cells.values():
        a, b = (min(bounds, key=lambda x: abs(x - v)) for v in (x0, x1))
        if a >= b:
            continue  # a sliver column between two bounds: its text falls in the cells beside it
        span = sum(1 for x in old if x0 - 0.5 <= x < x1 - 0.5)
        inside = [x for x in bounds if a < x < b] if span == 1 else []
        edges = [a, *inside, b]
        out += [(u, top, v, bottom) for u, v in zip(edges, edges[1:])]
    return out


def known_of(tables: Sequence[RawTable]) -> list[Known]:
    """The columns of the measures-wide ``tables`` without column rules read under a header
    naming roles, or by their contents under titles naming none (not refitted themselves), for
    the pages after (``refit``)."""
    out = []
    for t in tables:
        if not t.col_x or len(t.col_x) - 1 < REFIT_MIN_COLS or REFIT in t.flags \
                or not any(f.startswith("table_unruled:") for f in t.flags):
            continue
        # (a header naming no role: the table read by its contents, ``table_unruled:content``)
        n_head = _title_rows(t.rows) or (_plain_head_rows(t) if "table_unruled:content" in t.flags else 0)
        if n_head:
            head = "".join(x or "" for row in t.rows[:n_head] for x in row)
            out.append(Known(t.col_x[0], t.col_x[-1], tuple(t.col_x[1:-1]), "".join(head.split())))
    return out


def _title_rows(rows: Sequence[Sequence[Optional[str]]]) -> int:
    """How many of the first rows (two at most) are column titles: no digit, two cells or more
    with text, and two columns or more whose titles (rows joined) name a role; 0 when none."""
    n = 0
    for row in rows[:2]:
        if sum(1 for x in row if (x or "").strip()) < 2 or any(_DIGIT.search(x or "") for x in row):
            break
        n += 1
    named = sum(1 for c in range(len(rows[0])) if roles_of(" ".join(row[c] or "" for row in rows[:n]))) if n else 0
    return n if named >= 2 else 0


def find_tables(page, glyphs: Optional[Sequence[Glyph]] = None) -> list[RawTable]:
    """The tables on a pdfplumber page, as RawTables (cells raw, wrapped lines joined by \\n).

    On a page whose text runs sideways, cells are read in the text's reading frame and the
    bboxes are in that frame (see ``extractors.text.upright_objects``).
    """
    rot = text_rotation(page.chars)
    w, h = float(page.width), float(page.height)
    if glyphs is None:
        glyphs = glyphs_from_chars(upright_objects(page.chars, rot, w, h))
    edges = upright_objects(ruled_edges(page), rot, w, h)
    shades = upright_objects(shade_rects(page), rot, w, h)
    return tables_and_stray(edges, glyphs, page.page_number, shades)[0]
