"""A two-level header standing alone between two rules (at a page's foot, its body on the next
page), with the partial rule under its spanning title, on page images.

``rules.rule_grids`` reads such a header as a grid of one row, its columns from the white
channels through the whole row. The spanning title (``การดำเนินงาน`` over the last two columns)
closes the channel between the titles under it, so the two columns were read as one; the grid's
columns are what the next page's headerless top row is read in (``carried``), and that row was
lost: dev scan 49210 p3-p4 (300 dpi, horizontal rules, one table per measure), measure 3 gone.
Here the row is cut at the partial rule into the two header rows (the spanning title's cell
over the columns under it, the titles beside it one cell each over both rows, as
``columns.wide_table_grid`` cuts a header over a body), the columns under the spanning title
found in the lower row alone, the spanning cell's left edge at the partial rule's left end."""

from __future__ import annotations

from extractors import grid as G

SPAN_END_MM = 2.0  # the partial rule ends at the table's right (or left) edge within this


def split_lone_header(g: G.Grid, partial: list[tuple[int, int, int, int]], text_ink, scale: float) -> bool:
    """Cut the one-row grid ``g`` at a partial rule inside it (``partial``: (x0, y, x1, thickness)
    of the page's long horizontal rules); True when the grid changed (module doc)."""
    if g.ruled or len(g.ys) != 2:
        return False
    x0, x1 = g.xs[0], g.xs[-1]
    y0, y1 = g.ys
    mm = 300 * scale / 25.4
    t = max(4, int(10 * scale))
    inside = [p for p in partial if y0 + 3 * t < p[1] < y1 - 3 * t and p[0] > x0 + 10 * mm
              and abs(p[2] - x1) <= SPAN_END_MM * mm]
    if len(inside) != 1:
        return False
    px0, py, _, th = inside[0]
    left = G._infer_columns(text_ink, x0 + t, px0 - t, y0 + t, y1 - t, scale)
    under = G._infer_columns(text_ink, px0 + t, x1 - t, py + th + t, y1 - t, scale)
    if not under:
        return False
    xs = [x0] + left + [px0] + under + [x1]
    if len(xs) <= len(g.xs):
        return False
    k = len(left) + 1  # the first column under the spanning title
    nc = len(xs) - 1
    xs = _centred_edges(xs, text_ink, [(y0 + t, y1 - t)] * k + [(py + th + t, y1 - t)] * (nc - k), k)
    g.xs, g.ys = xs, [y0, py, y1]
    g.owner = [[(0, c) if c < k else (0, k) for c in range(nc)],
               [(0, c) if c < k else (1, c) for c in range(nc)]]
    return True


def _centred_edges(xs: list[int], text_ink, bands: list[tuple[int, int]], k: int) -> list[int]:
    """The inner edges moved to where the titles, centred in their columns, put them: a channel's
    middle is no body column's edge (a narrow title centred in a wide column leaves a wide blank
    on one side), and the next page's row, read in these columns, has its text start right of the
    edge (49210 p4: the edge 4.7 mm into the second column's text, the row not taken). From each
    known edge (the table's left, the partial rule's left end) rightwards, the next edge is as far
    right of the title's middle as the last is left of it; kept only where it falls in the blank
    between the title and the next one (a title printed flush left keeps the channel's middle)."""
    out = list(xs)

    def span(c: int) -> tuple[int, int] | None:
        a, b = bands[c]
        cols = (text_ink[a:b, out[c]:out[c + 1]] > 0).any(axis=0).nonzero()[0]
        return (out[c] + int(cols[0]), out[c] + int(cols[-1])) if len(cols) else None

    for c in range(len(out) - 2):
        if c + 1 == k:
            continue  # the partial rule's left end: known
        here, nxt = span(c), span(c + 1)
        if here is None or nxt is None:
            continue
        e = here[0] + here[1] - out[c]
        if here[1] < e < nxt[0] and e < out[c + 2]:
            out[c + 1] = e
    return out
