"""pdfplumber's lattice steps on a text-layer page, as small pure functions: the page's
drawn edges (``ruled_edges``; shading rects apart, ``shade_rects``), closing edges for a table
that runs off the page (``closing_edges``), merged edges → intersections → cells → tables
(``merged_edges``, ``cell_groups``), cells → a grid (``grid_of``) and glyphs → cell texts
(``fill_grid``). ``extractors.tables`` chains them with the rules-across, shading and spacing
readers."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from pdfplumber import table as pt
from pdfplumber import utils as pu

from extractors.rules_across import TOL, h_edge
from extractors.shading import is_shade
from extractors.text import Glyph, lines_text


EDGE_MIN = 3.0  # shortest edge kept after merging


@dataclass
class Grid:
    """A table's cell structure: row tops, column lefts, and cells by (row, col)."""

    bbox: tuple[float, float, float, float]
    ys: list[float]  # row tops
    xs: list[float]  # column lefts
    cells: dict[tuple[int, int], tuple[float, float, float, float]]  # (r, c) -> bbox of the cell starting there
    source: str = "ruled"  # ruled | shading | spacing | content: what drew the rows
    also: tuple[str, ...] = ()  # more flags of the table (table_unruled:content: columns from the cells alone)
    lead: tuple[str, ...] = ()  # per column, a header row's text carried from the page before (``spaced.Table.lead``)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.ys), len(self.xs)


# --- edges -------------------------------------------------------------------------------

def ruled_edges(page) -> list[dict]:
    """All horizontal/vertical edges drawn on the page (lines, rect sides, curve segments),
    except the sides of shading rects (``extractors.shading.is_shade``): a zebra band's
    outline is not a rule, and would cut an unshaded row out of its table."""
    edges = [pu.line_to_edge(ln) for ln in page.lines] + page.curve_edges
    edges += [e for r in page.rects if not is_shade(r) for e in pu.rect_to_edges(r)]
    return pu.filter_edges(edges, "v", min_length=1) + pu.filter_edges(edges, "h", min_length=1)


def shade_rects(page) -> list[dict]:
    """The page's shading rects (row bands of tables without rules, shaded headers)."""
    return [r for r in page.rects if is_shade(r)]


def _open_ends(v_edges: Sequence[dict], h_edges: Sequence[dict], end: str) -> list[tuple[float, float]]:
    """(x, y) of vertical-edge ends (``top``/``bottom``) that no horizontal edge closes."""
    hs = sorted(h_edges, key=lambda h: h["top"])
    tops = [h["top"] for h in hs]
    out = []
    for v in v_edges:
        y, x = v[end], v["x0"]
        lo, hi = bisect_right(tops, y - TOL - 1e-9), bisect_right(tops, y + TOL)
        if not any(hs[k]["x0"] - TOL <= x <= hs[k]["x1"] + TOL for k in range(lo, hi)):
            out.append((x, y))
    return out


def _crossed(v: dict, h_edges: Sequence[dict]) -> bool:
    """Does any horizontal edge meet the vertical edge ``v``?"""
    x = v["x0"]
    return any(v["top"] - TOL <= h["top"] <= v["bottom"] + TOL and h["x0"] - TOL <= x <= h["x1"] + TOL
               for h in h_edges)


def closing_edges(edges: Sequence[dict]) -> list[dict]:
    """Horizontal edges that close tables whose top or bottom rule is missing.

    Where two or more vertical rules end at the same height with nothing drawn across
    (a row cut by a page break), add a rule from the leftmost to the rightmost of them.
    """
    h_edges = [e for e in edges if e["orientation"] == "h"]
    # only rules that are part of a grid (crossed by some horizontal rule), not chart lines
    v_edges = [e for e in edges if e["orientation"] == "v" and _crossed(e, h_edges)]
    extra = []
    for end in ("top", "bottom"):
        ends = sorted(_open_ends(v_edges, h_edges, end), key=lambda p: p[1])
        group: list[tuple[float, float]] = []
        for p in ends + [(0.0, float("inf"))]:
            if group and abs(p[1] - group[0][1]) > TOL:
                if len(group) >= 2:
                    xs = [x for x, _ in group]
                    extra.append(h_edge(min(xs), max(xs), group[0][1]))
                group = []
            group.append(p)
    return extra


def merged_edges(edges: Sequence[dict]) -> list[dict]:
    """pdfplumber's snap + join, then drop edges shorter than ``EDGE_MIN``."""
    m = pt.merge_edges(list(edges), snap_x_tolerance=TOL, snap_y_tolerance=TOL,
                       join_x_tolerance=TOL, join_y_tolerance=TOL)
    return pu.filter_edges(m, min_length=EDGE_MIN)


def cell_groups(edges: Sequence[dict]) -> list[list[tuple[float, float, float, float]]]:
    """Cells (bboxes) grouped into tables, top to bottom (pdfplumber's lattice steps)."""
    inter = pt.edges_to_intersections(list(edges), TOL, TOL)
    return pt.cells_to_tables(pt.intersections_to_cells(inter))


# --- rules from text (tables ruled only horizontally, or boxed without inner rules) -----

def grid_of(cells: Sequence[tuple[float, float, float, float]]) -> Grid:
    """Rows and columns of a table from its cells (pdfplumber's convention: a cell sits at
    the row of its top and the column of its left edge; covered positions are None)."""
    ys = sorted({c[1] for c in cells})
    xs = sorted({c[0] for c in cells})
    yi, xi = {y: i for i, y in enumerate(ys)}, {x: i for i, x in enumerate(xs)}
    grid_cells = {(yi[c[1]], xi[c[0]]): c for c in cells}
    bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    return Grid(bbox=bbox, ys=ys, xs=xs, cells=grid_cells)


def fill_grid(grid: Grid, glyphs: Sequence[Glyph]) -> tuple[list[list[Optional[str]]], list[Glyph]]:
    """Cell texts of the grid from the glyphs whose centre lies in each cell.

    Returns the rows (None for covered positions) and the glyphs inside the table's bbox
    that fell in no cell (kept by the caller as page text, so no text is lost).
    """
    bx = sorted({v for c in grid.cells.values() for v in (c[0], c[2])})
    by = sorted({v for c in grid.cells.values() for v in (c[1], c[3])})
    slot: dict[tuple[int, int], tuple[int, int]] = {}
    for rc, (x0, top, x1, bottom) in grid.cells.items():
        for i in range(bx.index(x0), bx.index(x1)):
            for j in range(by.index(top), by.index(bottom)):
                slot[(i, j)] = rc
    bucket: dict[tuple[int, int], list[Glyph]] = {rc: [] for rc in grid.cells}
    stray = []
    for g in glyphs:
        i, j = bisect_right(bx, g.cx) - 1, bisect_right(by, g.cy) - 1
        rc = slot.get((i, j))
        if rc is None:
            stray.append(g)
        else:
            bucket[rc].append(g)
    n_rows, n_cols = grid.shape
    rows: list[list[Optional[str]]] = [[None] * n_cols for _ in range(n_rows)]
    for (r, c), gs in bucket.items():
        rows[r][c] = lines_text(gs)
    return rows, stray


def drop_empty_rows(rows: list[list[Optional[str]]]) -> list[list[Optional[str]]]:
    """Rows with at least one non-empty cell."""
    return [r for r in rows if any(c for c in r)]


def is_box(grid: Grid) -> bool:
    """A single-cell "table" is a frame around text (it stays page text)."""
    return len(grid.cells) <= 1
