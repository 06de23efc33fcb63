"""Measures tables ruled across only whose header words name no known role (a report's own
wording), for ``extractors.rules_across``: the header is the first slab between two rules,
the columns are where its cells leave whitespace channels through the body's slabs, and the
table is taken only when its columns hold what a measures table holds
(``extractors.measures_evidence``: periods, numbered steps, lists of units; no scores).

    first slab: lines without digits or list marks, short pieces  plain_header
      making ≥ PLAIN_MIN_CELLS cells side by side (the lowest
      pieces when an upper cell spans sub-columns)
    later slabs printing the same words: the header repeated by    plain_tops
      a table per measure (the region is cut there, as by words)
    slabs at the region's left edge: a heading between tables     (left out of the body)
    channels: for each gap between two header cells, the widest    plain_columns
      run of x free of the body's text that meets it

Tables read this way are flagged ``table_unruled:content`` as well (their rows carry it: the
columns were chosen from what the cells hold, not from header words).
"""
from __future__ import annotations

import re
from statistics import median
from typing import Optional, Sequence

from extractors.measures_evidence import RULED_KINDS, column_cells, holds_measures
from extractors.spaced_header import (PLAIN_MIN_CELLS, PLAIN_PIECE_CHARS, clusters, is_group, key, lower_clusters,
                                      numbered_title, pieces)
from extractors.text import Glyph
from extractors.rule_rows import lines_past_rule
from extractors.unruled import Line, text_lines

TOL = 3.0
CHANNEL_EM = 0.45  # a column channel through the body is at least this wide (× font size)
_DIGIT = re.compile("[0-9๐-๙]")


def rules_in(region: tuple[float, float, float, float], h_edges: Sequence[dict]) -> list[float]:
    """Heights of the rules running across the whole width of ``region``, top to bottom."""
    x0, top, x1, bottom = region
    return sorted({round(h["top"], 1) for h in h_edges if abs(h["x0"] - x0) <= TOL and abs(h["x1"] - x1) <= TOL
                   and top - TOL <= h["top"] <= bottom + TOL})


def _lines(glyphs: Sequence[Glyph], x0: float, x1: float, top: float, bottom: float) -> list[Line]:
    return text_lines([g for g in glyphs if x0 <= g.cx <= x1 and top < g.cy < bottom])


def _slabs(glyphs: Sequence[Glyph], region: tuple, h_edges: Sequence[dict]) -> list[tuple[float, float, list[Line]]]:
    ys = rules_in(region, h_edges)
    return [(a, b, _lines(glyphs, region[0], region[2], a, b)) for a, b in zip(ys, ys[1:])]


def _words(lines: Sequence[Line]) -> str:
    return key("".join(g.text for ln in lines for g in sorted(ln.glyphs, key=lambda g: g.x0)))


def header_cells(lines: Sequence[Line]) -> list[list[list[float]]]:
    """Candidate cell x-ranges of a header printed on ``lines`` (the lowest pieces only, when
    an upper cell spans sub-columns; then all pieces side by side), empty when the lines
    cannot be a header that names no role: a digit (but in a title numbered at its end,
    ``ส่วนที่ ๒``), a list mark, or a long piece."""
    if not lines or len(lines) > 6:
        return []
    ps = [p for k, ln in enumerate(lines) for p in pieces(ln, k)]
    if any(_DIGIT.search(p.text) and not numbered_title(p.text) for p in ps):
        return []
    if any(len(key(p.text)) > PLAIN_PIECE_CHARS or p.text.lstrip()[:1] in "-–•*" for p in ps):
        return []
    plain = [p for p in ps if not is_group(p.text)] or ps
    out = [clusters(plain)]
    lower = lower_clusters(plain)
    if lower is not None and lower != out[0]:
        # the lowest pieces first: an upper cell joined to one under it runs across their
        # channel (more cells), and one centred over the channel between two sub-column names
        # touches neither (fewer cells: read as a column of its own, it put a boundary inside a
        # sub-column and a row running on past the page's end fit no columns, dev seed 2303)
        out.insert(0, lower)
    return [c for c in out if len(c) >= PLAIN_MIN_CELLS]


def _heading(lines: Sequence[Line], x0: float) -> bool:
    """A slab whose text starts at the table's left edge (no cell padding): a heading."""
    return bool(lines) and all(ln.x0 <= x0 + 0.5 for ln in lines)


HEADING_SIZE = 1.08  # a heading's letters are at least this much larger (× the cells' size) than a row's


def foot_header_top(glyphs: Sequence[Glyph], region: tuple, h_edges: Sequence[dict]) -> Optional[float]:
    """Top of the header of the next measures table cut by the page break at the foot of
    ``region`` (a table per measure: the rest of a row, a heading, then that header's first
    row only, its other lines on the next page): the region's last slab printing header cells
    side by side (``header_cells``: no digit, no list mark, short pieces), right under a slab
    holding only a heading (one piece a line, in larger letters than the cells' or at the
    table's left edge), below slabs of rows. Header words need not be known: the upper row of a
    two-level header names few roles (fresh dev seed 8015 docx: ``ตัวชี้วัด | ข้อ |
    ประเด็นที่ต้อง | การนำผล…``, read with the rest of the row above as one two-column table).
    None when the region ends otherwise."""
    slabs = [s for s in _slabs(glyphs, region, h_edges) if s[2]]
    if len(slabs) < 3:
        return None
    above, foot = slabs[-2][2], slabs[-1][2]
    if slabs[-1][1] < region[3] - TOL or not header_cells(foot):
        return None
    size = median(ln.size for ln in foot)
    if any(len(pieces(ln, 0)) > 1 for ln in above) or len(above) > 2:
        return None  # cells side by side: a row, not a heading
    if not (_heading(above, region[0]) or all(ln.size >= HEADING_SIZE * size for ln in above)):
        return None
    return min(ln.top for ln in foot)


def heading_over_foot_header(glyphs: Sequence[Glyph], region: tuple, h_edges: Sequence[dict]) -> Optional[float]:
    """The rule closing the region's last row, when the last slab holds only a heading (one
    piece a line, at the table's left edge or in larger letters) and the lines under the
    region's last rule print nothing but lines of a header the region printed already: the
    next measure's table, its heading between two rules and its header row cut by the page
    break, its first lines at the page's foot (dev seed 15528 html: the heading and those lines
    read as rows of the table above, their words appended to a measure's steps). None else."""
    slabs = _slabs(glyphs, region, h_edges)
    if len(slabs) < 3 or not slabs[-1][2] or slabs[-1][1] < region[3] - TOL:
        return None
    above = slabs[-1][2]
    if len(above) > 2 or any(len(pieces(ln, 0)) > 1 for ln in above):
        return None
    past = lines_past_rule(glyphs, region)
    if not past or not header_cells(past):
        return None
    size = median(ln.size for ln in past)
    if not (_heading(above, region[0]) or all(ln.size >= HEADING_SIZE * size for ln in above)):
        return None
    seen = {_words([ln]) for s in slabs[:-1] for ln in s[2]}
    return slabs[-1][0] if all(_words([ln]) in seen for ln in past) else None


def plain_tops(glyphs: Sequence[Glyph], region: tuple, h_edges: Sequence[dict]) -> list[float]:
    """Tops of the slabs of ``region`` printing a header that names no role: the first
    slab's (when it can be a header) and each later slab printing the same words."""
    slabs = [s for s in _slabs(glyphs, region, h_edges) if s[2]]
    first = next((s for s in slabs if not _heading(s[2], region[0])), None)
    if first is not None and not header_cells(first[2]):
        # the first slab the rest of a row the page before broke: a header that two later slabs
        # or more print (one table per measure under a heading each; dev seed 15854 docx,
        # unknown titles: measures 4 and 5 read with that rest as one table, unmapped)
        heads = [s for s in slabs if s is not first and not _heading(s[2], region[0]) and header_cells(s[2])]
        words = [_words(s[2]) for s in heads]
        first = next((s for s, w in zip(heads, words) if words.count(w) >= 2), None)
        if first is not None:
            return [min(ln.top for ln in s[2]) for s, w in zip(heads, words) if w == _words(first[2])]
    if first is None or not header_cells(first[2]):
        return []
    words = _words(first[2])
    return [min(ln.top for ln in s[2]) for s in slabs if s is first or (s[0] > first[0] and _words(s[2]) == words)]


def _channel(lines: Sequence[Line], a: float, c: float, min_gap: float) -> Optional[float]:
    """A boundary in the widest run of x (≥ ``min_gap``) free of the text of ``lines`` that
    meets the interval (a, c) between two header cells: the middle of their overlap, so it
    cuts neither the body nor the header; None when there is none."""
    spans = sorted((g.x0, g.x1) for ln in lines for g in ln.glyphs)
    best, reach = None, a - 400.0
    for x0, x1 in [s for s in spans if s[1] > a - 400 and s[0] < c + 400] + [(c + 400.0, c + 400.0)]:
        if x0 - reach >= min_gap:
            lo, hi = max(reach, a), min(x0, c)
            if lo < hi and (best is None or hi - lo > best[1]):
                best = ((lo + hi) / 2, hi - lo)
        reach = max(reach, x1)
    return None if best is None else best[0]


def plain_columns(glyphs: Sequence[Glyph], region: tuple, h_edges: Sequence[dict],
                  trusted: bool = False) -> Optional[tuple[list[float], float]]:
    """(column boundaries, header bottom) of a measures table ruled across only whose first
    slab is a header naming no role, when its body (the slabs under it, or the lines run on
    below its only slab) leaves a channel under each gap between header cells and the
    columns hold a measures table's cells (``trusted``: the header repeated over the rest
    of a row the page before broke, which need hold nothing more); else None."""
    slabs = [s for s in _slabs(glyphs, region, h_edges) if s[2]]
    if not slabs or _heading(slabs[0][2], region[0]):
        return None
    head = slabs[0][2]
    words = _words(head)
    body = [s[2] for s in slabs[1:] if _words(s[2]) != words and not _heading(s[2], region[0])]
    below = _lines(glyphs, region[0], region[2], slabs[0][1], region[3] + TOL)
    if len(slabs) == 1 and below:  # the header's one row runs on past the page's end
        body = [below]
    if not body:
        return None
    size = median(ln.size for ln in head)
    flat = [ln for b in body for ln in b]
    for cells in header_cells(head):
        cols = [_channel(flat, a[1], b[0], CHANNEL_EM * size) for a, b in zip(cells, cells[1:])]
        if any(c is None for c in cols) or cols != sorted(set(cols)):
            continue
        rows = [[ln.glyphs for ln in b] for b in body]
        if trusted or holds_measures(column_cells(rows, cols), RULED_KINDS):
            return cols, max(ln.bottom for ln in head)
    return None


def group_rule_tops(region: tuple, cols: Sequence[float], h_edges: Sequence[dict], head_bottom: float) -> list[float]:
    """Where each column rule of ``cols`` starts: at the rule under an upper header cell
    spanning it (a rule inside the header, narrower than the table: a two-level header's group
    cell over its sub-columns), else at the region's top. A column rule drawn through the group
    cell would cut it, and the normalizer tells a two-level header whose words it does not know
    by that cell spanning its sub-columns (``merged_header_depth``)."""
    x0, top, x1, _ = region
    under = [h for h in h_edges if top + TOL < h["top"] < head_bottom and h["x0"] >= x0 - TOL
             and h["x1"] <= x1 + TOL and h["x1"] - h["x0"] < x1 - x0 - 2 * TOL]
    out = []
    for c in cols:
        over = [h["top"] for h in under if h["x0"] + TOL < c < h["x1"] - TOL]
        out.append(max(over) if over else top)
    return out


SNAP_GROUP = 12.0  # points: a column boundary this close to an end of a group cell's rule is that end


def snap_to_group_rules(region: tuple, cols: Sequence[float], h_edges: Sequence[dict], head_bottom: float) -> list[float]:
    """Column boundaries moved onto the ends of the rules under a two-level header's group cells
    (those ends are the printed column borders) when within ``SNAP_GROUP``: a boundary placed in
    the whitespace a few points off would leave a sliver of the sub-column under no rule, and its
    title cell would merge into the group cell above it."""
    x0, top, x1, _ = region
    ends = sorted({e for h in h_edges if top + TOL < h["top"] < head_bottom and h["x0"] >= x0 - TOL
                   and h["x1"] <= x1 + TOL and h["x1"] - h["x0"] < x1 - x0 - 2 * TOL for e in (h["x0"], h["x1"])})
    out = []
    for c in cols:
        near = min(ends, key=lambda e: abs(e - c), default=None)
        out.append(near if near is not None and abs(near - c) <= SNAP_GROUP else c)
    return out if out == sorted(set(out)) else list(cols)
