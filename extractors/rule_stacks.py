"""Where tables ruled across only lie: stacks of horizontal rules of one extent, the stacks
inside a wider one dropped, and a stack holding several measures tables cut where each later
header starts (``extractors.rules_across`` then places their columns)."""
from __future__ import annotations

from typing import Sequence

from extractors.rules_across_plain import foot_header_top, plain_tops
from extractors.spaced_header import header_tops
from extractors.text import Glyph

TOL = 3.0  # snap/join/intersection tolerance, pdfplumber's default
MIN_RULE_ROWS = 3  # horizontal rules needed to call a stack of rules a table


def contains(bbox, x: float, y: float) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def rule_stacks(h_edges: Sequence[dict], taken: Sequence[tuple],
                min_rules: int = MIN_RULE_ROWS) -> list[tuple[float, float, float, float]]:
    """Regions fenced by ≥ ``min_rules`` horizontal rules of the same extent, outside ``taken``; a table of
    ``taken`` between two rules ends the stack above it (mirror seed 11171 docx: a results table's last row lost)."""
    free = [h for h in h_edges if not any(contains(b, (h["x0"] + h["x1"]) / 2, h["top"]) for b in taken)]
    free.sort(key=lambda h: (round(h["x0"]), round(h["x1"]), h["top"]))
    regions, stack = [], []
    for h in free + [None]:
        if stack and (h is None or abs(h["x0"] - stack[0]["x0"]) > TOL or abs(h["x1"] - stack[0]["x1"]) > TOL
                      or any(stack[-1]["top"] < b[1] < b[3] < h["top"] and b[0] < h["x1"] and h["x0"] < b[2] for b in taken)):
            if len(stack) >= min_rules:
                regions.append((stack[0]["x0"], stack[0]["top"], stack[0]["x1"], stack[-1]["top"]))
            stack = []
        if h is not None:
            stack.append(h)
    return regions


def outer(regions: Sequence[tuple]) -> list[tuple]:
    """The regions not lying within a wider one's width while overlapping its height: the
    rules under the group cells of a two-level header, one per table on a page of tables
    of one layout, stack up too, inside the tables' own stack."""
    return [r for r in regions if not any(o is not r and o[0] <= r[0] + TOL and r[2] <= o[2] + TOL
                                          and o[2] - o[0] > r[2] - r[0] + TOL and r[1] < o[3] and o[1] < r[3]
                                          for o in regions)]


def rules_across_at(region: tuple[float, float, float, float], h_edges: Sequence[dict]) -> list[float]:
    """Heights of the rules that run across the whole width of ``region``, top to bottom."""
    x0, top, x1, bottom = region
    return sorted(h["top"] for h in h_edges if abs(h["x0"] - x0) <= TOL and abs(h["x1"] - x1) <= TOL
                  and top - TOL <= h["top"] <= bottom + TOL)


def split_at_headers(region: tuple[float, float, float, float], h_edges: Sequence[dict],
                     glyphs: Sequence[Glyph]) -> list[tuple[float, float, float, float]]:
    """A stack of rules across holding several measures tables (one per measure, a heading
    between them) cut into one region per table: each later header starts at the rule just
    above it, and the table before ends at the rule before that one. A first header below
    the stack's first slab (the rule closing a row carried over from the page before, a
    heading, then the table) starts at the rule just above it too."""
    x0, top, x1, bottom = region
    tops = []  # by header words, and slabs printing the first slab's header again (whatever its words)
    foot = foot_header_top(glyphs, region, h_edges)  # the next table's header cut at the page's foot
    for t in sorted(header_tops(glyphs, region) + plain_tops(glyphs, region, h_edges) + ([foot] if foot else [])):
        if not tops or t - tops[-1] > TOL:
            tops.append(t)
    if not tops:
        return [region]
    ys = rules_across_at(region, h_edges)
    out, start = [], top
    for k, t in enumerate(tops):
        above = [y for y in ys if start < y <= t + 1]
        if k == 0 and len(above) == 1:  # the slab above it holds a heading, no row
            start = above[0]
        if len(above) < 2:
            continue
        out.append((x0, start, x1, above[-2]))
        start = above[-1]
    out.append((x0, start, x1, bottom))
    return [r for r in out if r[3] - r[1] > 2 * TOL]


HEADING_SIZE = 1.15  # × the body's median font size: a slab of lines this large is a heading, no row


def split_at_headings(region: tuple[float, float, float, float], h_edges: Sequence[dict],
                      glyphs: Sequence[Glyph]) -> list[tuple[float, float, float, float]]:
    """``region`` cut around each slab between two of its rules across that holds text in a
    larger size only (a heading between two tables, the second one's header cut at the page's
    foot): the table before ends at the rule above it, the next starts at the rule below it.
    Read as one table, the rest of a row the page break cut, the heading and the next header's
    upper titles left no common columns (dev seeds 20011 docx p7, 18412 docx p6: a measure's
    last steps unread)."""
    x0, top, x1, bottom = region
    inner = [g for g in glyphs if contains(region, g.cx, g.cy) and not g.text.isspace()]
    if not inner:
        return [region]
    sizes = sorted(g.size for g in inner)
    body = sizes[len(sizes) // 2]
    ys = rules_across_at(region, h_edges)
    out, start = [], top
    for a, b in zip(ys, ys[1:]):
        slab = [g for g in inner if a < g.cy < b]
        if slab and a - start > 2 * TOL and b < bottom - 2 * TOL and min(g.size for g in slab) >= HEADING_SIZE * body:
            out.append((x0, start, x1, a))
            start = b
    out.append((x0, start, x1, bottom))
    return [r for r in out if r[3] - r[1] > 2 * TOL]
