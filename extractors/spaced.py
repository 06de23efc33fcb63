"""Measures tables drawn with no rules and no shading: header anchored, columns and rows from
the text's alignment (camelot's "stream" idea, held to a known header).

A table without any drawn structure is only told from prose by how its text lines up. To
stay clear of prose and of the score tables other readers take (``normalizers.tables.lines``),
a table is read here only where a **header** anchors it: a few tightly stacked lines whose
short pieces name at least ``MIN_ROLES`` different measures-table roles (the strong words of
``normalizers/data/header_vocab.json``: measure, steps, period, responsible, …), side by side.

    header lines → pieces (runs of text split at a column-wide gap) → header cells: pieces
                   of the header lines overlapping in x (a piece naming a *group* word and
                   spanning several cells is the upper level of a two-level header)
    body lines   → the lines below the header, taken while they follow closely and leave,
                   between every two neighbouring header cells, a whitespace channel free of
                   text in all of them (text-edge alignment); the column boundary is placed
                   in that channel
    rows         → where the vertical gap between lines is a row's padding wider than the
                   line gap inside a cell; in a body without such gaps, where the anchor
                   (first) column starts a numbered entry ``(1)``/``1.``/``๑)``
    continuation → lines at the top of the next page that fit the same columns, when the
                   table ran to the bottom of its page (``Carry``); headerless, so the
                   normalizer stitches them to the table above

Results are ``extractors.tables.Grid``-shaped tuples (bbox, row tops, column lefts, cells),
built by the caller; flagged ``table_unruled:spacing``.

Where no header names the roles (a report's own wording, or labels like ``(ก)``), a table is
still started from what its lines **hold** (``plain_header_ends``): a header-like block
(tightly stacked lines without digits, short pieces making at least ``PLAIN_MIN_CELLS``
cells side by side) over a body whose columns hold a measures table's kinds of cells
(``extractors.measures_evidence``: periods, steps, lists of units; no scores). Those tables
are flagged ``table_unruled:content``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Optional, Sequence

from extractors.measures_evidence import column_cells, holds_measures
from extractors.text import Glyph
from extractors.unruled import Line, text_lines, wide_gaps

VOCAB_FILE = Path(__file__).resolve().parents[1] / "normalizers" / "data" / "header_vocab.json"
MEASURE_ROLES = ("measure", "steps", "period", "responsible", "analysis", "follow_up", "measure_analysis")
MIN_ROLES = 3  # distinct roles a header must name
PIECE_GAP_EM = 0.6  # a gap this wide (× font size) separates two pieces of a line
HEADER_GAP_EM = 0.9  # header lines follow each other within this gap (× font size)
BODY_GAP_EM = 1.0  # body lines follow each other within this gap (× font size)
CHANNEL_EM = 0.45  # a column channel in the body is at least this wide (× font size)
ROW_GAP_EM = 0.2  # a gap this much wider than the tightest line gap is a row's padding
PLAIN_MIN_CELLS = 3  # header cells side by side of a header that names no role
PLAIN_PIECE_CHARS = 40  # longest piece (letters, no marks) of such a header's line
PLAIN_MAX_LINES = 5  # lines of such a header
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\\s]")
_DIGIT = re.compile("[0-9๐-๙]")
_SEQ = re.compile(r"^\s*[0-9๐-๙]{1,2}\s*$")
_NUMBERED = re.compile(r"^\s*(?:\(\s*[0-9๐-๙]{1,2}\s*\)|[0-9๐-๙]{1,2}\s*[.)])")


def key(text: str) -> str:
    """Text as compared with header words: no spaces, no Thai marks (broken text layers drop
    or move them), ำ as า (a broken ำ prints as า)."""
    return _MARKS.sub("", text.replace("ำา", "ำ").replace("ำ", "า"))


def _load() -> tuple[dict[str, list[str]], list[str]]:
    data = json.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    words: dict[str, list[str]] = {}
    for role in MEASURE_ROLES:
        strong = data["roles"].get(role, {}).get("strong", [])
        words[role] = [k for k in (key(w[0] if isinstance(w, list) else w) for w in strong) if len(k) >= 3]
    return words, [key(w) for w in data.get("group", [])]


ROLE_WORDS, GROUP_WORDS = _load()


@dataclass
class Piece:
    """A run of one line's text without a column-wide gap."""

    glyphs: list[Glyph]
    line: int

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


def pieces(line: Line, index: int) -> list[Piece]:
    gs = sorted(line.glyphs, key=lambda g: g.x0)
    out = [Piece([gs[0]], index)]
    for g in gs[1:]:
        if g.x0 - out[-1].x1 >= PIECE_GAP_EM * line.size:
            out.append(Piece([g], index))
        else:
            out[-1].glyphs.append(g)
    return out


def roles_of(text: str) -> set[str]:
    k = key(text)
    return {r for r, ws in ROLE_WORDS.items() if any(w in k for w in ws)}


def is_group(text: str) -> bool:
    k = key(text)
    return any(w in k for w in GROUP_WORDS)


@dataclass
class Table:
    """A spaced table found on a page: header rows (None when headerless), row boundaries,
    column boundaries and the cells' boxes."""

    bbox: tuple[float, float, float, float]
    ys: list[float]  # row boundaries: tops of each row, then the bottom
    cols: list[float]  # inner column boundaries
    cells: list[tuple[float, float, float, float]]
    runs_off: bool  # the body runs to the last text line of the page
    source: str = "spacing"  # what started it: header words (spacing) or cell contents (content)


@dataclass
class Carry:
    """A table read from spacing or shading that ran to the bottom of its page: its columns,
    for the next page (``source``: what drew its rows)."""

    x0: float
    x1: float
    cols: list[float]
    source: str = "spacing"  # spacing (header words), content (cell contents) or shading


def lead(lines: Sequence[Line]) -> float:
    """The usual vertical gap between consecutive lines (a Word export at 1.5 spacing leaves
    gaps wider than a font size inside one cell)."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if b.top > a.bottom]
    return median(gaps) if gaps else 0.0


def _names_role(text: str) -> bool:
    """Does a piece start with a role's (or a group's) header word, as a header cell does?"""
    k = key(text)
    return any(k.startswith(w) for ws in ROLE_WORDS.values() for w in ws) or any(k.startswith(w) for w in GROUP_WORDS)


def _header_at(lines: Sequence[Line], i: int, usual: float = 0.0) -> Optional[int]:
    """Index of the last line of a header starting at line ``i``, or None when none starts
    there. Header lines follow each other closely, print no digit, and the header names at
    least ``MIN_ROLES`` roles in pieces side by side; it runs to the last line with a piece
    that starts with a header word, then on through lines that only wrap its cells' words."""
    roles: set[str] = set()
    spots: list[tuple[float, float]] = []
    last = None
    j = i
    while j < len(lines) and j - i <= 12:
        ln = lines[j]
        if j > i and ln.top - lines[j - 1].bottom > max(HEADER_GAP_EM * ln.size, 1.25 * usual):
            break
        if _DIGIT.search("".join(g.text for g in ln.glyphs)):
            break  # a body line: dates, numbered entries, indicator numbers
        ps = pieces(ln, j)
        if j == i and not any(_names_role(p.text) for p in ps):
            return None
        for p in ps:
            rs = set() if is_group(p.text) else roles_of(p.text)
            if rs and len(p.text) <= 60 and not any(a < p.x1 and p.x0 < b for a, b in spots):
                roles |= rs
                spots.append((p.x0, p.x1))
        if any(_names_role(p.text) for p in ps):
            last = j
        j += 1
    if last is None or len(roles) < MIN_ROLES:
        return None
    return _wraps(lines, i, last, usual)


def _wraps(lines: Sequence[Line], i: int, last: int, usual: float = 0.0) -> int:
    """The header's last line, past ``last`` through up to three lines that wrap header cells:
    as close as the header's own lines, no digit, no list mark, each piece inside (± an em) the x-range
    of a header piece above it."""
    head = [p for k in range(i, last + 1) for p in pieces(lines[k], k)]
    inner = [lines[k].top - lines[k - 1].bottom for k in range(i + 1, last + 1)]
    tight = (max(inner) if inner else max(HEADER_GAP_EM * lines[i].size, 1.25 * usual)) + 0.5
    k = last + 1
    while k < len(lines) and k - last <= 3:
        ln = lines[k]
        if ln.top - lines[k - 1].bottom > tight or _DIGIT.search("".join(g.text for g in ln.glyphs)):
            break
        em = ln.size
        if any(p.text.lstrip()[:1] in "-–•*" for p in pieces(ln, k)):
            break  # a list item: a body cell
        if not all(any(h.x0 - em <= p.x0 and p.x1 <= h.x1 + em for h in head) for p in pieces(ln, k)):
            break
        head += pieces(ln, k)
        k += 1
    return k - 1


def plain_header_ends(lines: Sequence[Line], i: int, usual: float = 0.0) -> list[int]:
    """Possible last lines (longest header first) of a header starting at line ``i`` whose
    words need name no role: lines stacked as closely as a header's, without digits or list
    marks, of short pieces, making at least ``PLAIN_MIN_CELLS`` cells side by side."""
    ends = []
    j = i
    while j < len(lines) and j - i < PLAIN_MAX_LINES:
        ln = lines[j]
        if j > i and ln.top - lines[j - 1].bottom > max(HEADER_GAP_EM * ln.size, 1.25 * usual):
            break
        ps = pieces(ln, j)
        if _DIGIT.search("".join(g.text for g in ln.glyphs)) or any(
                len(key(p.text)) > PLAIN_PIECE_CHARS or p.text.lstrip()[:1] in "-–•*" for p in ps):
            break
        ends.append(j)
        j += 1
    out = []
    for last in reversed(ends):
        ps = [p for k in range(i, last + 1) for p in pieces(lines[k], k)]
        if len(_clusters([p for p in ps if not is_group(p.text)] or ps)) >= PLAIN_MIN_CELLS:
            out.append(last)
    return out


def _header_cells(lines: Sequence[Line], i: int, last: int):
    """(header lines, group pieces, column clusters, font size) of the header on lines i..last:
    pieces naming a group of sub-columns are left out of the clusters (unless all are)."""
    header = lines[i:last + 1]
    ps = [p for k, ln in enumerate(header) for p in pieces(ln, i + k)]
    group = [p for p in ps if is_group(p.text)]
    return header, group, _clusters([p for p in ps if p not in group] or ps), median(ln.size for ln in header)


def _by_content(lines: Sequence[Line], i: int, usual: float, trusted: bool) -> Optional[tuple[int, Table]]:
    """(index past the body, table) of a table under a header that names no role starting at
    line ``i`` (``plain_header_ends``), taken when its body holds a measures table's cells or,
    ``trusted``, when it continues one at the top of the page (its header repeated). A header
    naming roles a few lines below goes first (its table is read by its words)."""
    if any(_header_at(lines, k, usual) is not None for k in range(i + 1, min(len(lines), i + PLAIN_MAX_LINES + 1))):
        return None
    for last in plain_header_ends(lines, i, usual):
        if last + 1 >= len(lines):
            continue
        header, group, cells, size = _header_cells(lines, i, last)
        gaps = [(a[1], b[0]) for a, b in zip(cells, cells[1:])]
        end, cols = _body(lines, last + 1, gaps, size, first_gap=max(1.6 * size, 1.4 * usual), usual=usual)
        if cols is None or end == last + 1:
            continue
        body = lines[last + 1:end]
        starts = row_starts(body, cols)
        rows = [[ln.glyphs for ln in body[a:b]] for a, b in zip(starts, starts[1:] + [len(body)])]
        if not (trusted or holds_measures(column_cells(rows, cols))):
            continue
        t = _table(header, body, cols, group, lines)
        if t is not None:
            t.source = "content"
            return end, t
    return None


def _clusters(ps: Sequence[Piece]) -> list[list[float]]:
    """x-ranges of header cells: pieces overlapping in x joined."""
    spans = sorted([p.x0, p.x1] for p in ps)
    out: list[list[float]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _free_gap(lines: Sequence[Line], a: float, c: float, min_gap: float) -> Optional[float]:
    """The x of a whitespace channel (≥ ``min_gap`` wide) free of text in all ``lines`` that
    meets the interval (a, c); None when there is none."""
    spans = sorted((g.x0, g.x1) for ln in lines for g in ln.glyphs if g.x1 > a - 400 and g.x0 < c + 400)
    best, reach = None, a - 400.0
    for x0, x1 in spans + [(c + 400.0, c + 400.0)]:
        if x0 - reach >= min_gap:
            lo, hi = max(reach, a), min(x0, c)
            if lo < hi and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
        reach = max(reach, x1)
    return None if best is None else (best[0] + best[1]) / 2


def _columns(lines: Sequence[Line], gaps: Sequence[tuple[float, float]], size: float) -> Optional[list[float]]:
    cols = []
    for a, c in gaps:
        x = _free_gap(lines, a, c, CHANNEL_EM * size)
        if x is None:
            return None
        cols.append(x)
    return cols


def _body(lines: Sequence[Line], start: int, gaps: Sequence[tuple[float, float]], size: float,
          first_gap: float, usual: float = 0.0) -> tuple[int, Optional[list[float]]]:
    """(end index, column boundaries) of the body lines from ``start``."""
    end, cols = start, None
    while end < len(lines):
        ln = lines[end]
        gap = ln.top - lines[end - 1].bottom if end > 0 else 0.0
        if gap > (first_gap if end == start else max(BODY_GAP_EM * size, 1.4 * usual)):
            break
        got = _columns(lines[start:end + 1], gaps, size)
        if got is None:
            break
        cols, end = got, end + 1
    return end, cols


def _occupied(ln: Line, bounds: Sequence[float]) -> set[int]:
    return {sum(1 for b in bounds if g.cx >= b) for g in ln.glyphs}


def row_starts(body: Sequence[Line], cols: Sequence[float]) -> list[int]:
    """Indexes of the body lines that start a row. Where the vertical gaps are of two sizes,
    a row starts after a gap wider than the tightest by a row's padding, on a line with text
    in the anchor (first) column or in two columns (a wide gap inside one cell, between two
    paragraphs, starts nothing). Without such gaps (Word tables have no cell padding), a row
    starts where the anchor column starts a numbered entry or resumes after an empty line."""
    if len(body) < 2:
        return [0]
    wide = wide_gaps(body, ROW_GAP_EM)
    anchor = [bool(_occupied(ln, cols) & {0}) for ln in body]
    starts = [0]
    for i, ln in enumerate(body[1:], start=1):
        if wide:
            if i in wide and (anchor[i] or len(_occupied(ln, cols)) >= 2):
                starts.append(i)
            continue
        first = "".join(g.text for g in sorted(ln.glyphs, key=lambda g: g.x0) if g.cx < cols[0])
        if anchor[i] and (_NUMBERED.match(first) or _SEQ.match(first) or not anchor[i - 1]):
            starts.append(i)
    return starts


def _grid(header: Sequence[Line], body: Sequence[Line], cols: list[float], x0: float, x1: float,
          group: Sequence[Piece]) -> tuple[list[float], list[tuple[float, float, float, float]]]:
    """(row boundaries, cell boxes) of a table: header rows (a group row over its sub-columns
    when there is one) and body rows."""
    xs = [x0, *cols, x1]
    starts = row_starts(body, cols)
    rows = [body[a:b] for a, b in zip(starts, starts[1:] + [len(body)])]
    ys: list[float] = []
    cells: list[tuple[float, float, float, float]] = []
    body_top = body[0].top - 1.0
    if header:
        h_top = min(ln.top for ln in header) - 1.0
        body_top = (max(ln.bottom for ln in header) + body[0].top) / 2
        spans = []
        for p in group:
            c0 = sum(1 for b in cols if p.x0 > b)
            c1 = sum(1 for b in cols if p.x1 > b)
            if c1 > c0:
                spans.append((c0, c1, max(g.bottom for g in p.glyphs) + 0.5))
        ys.append(h_top)
        if spans:
            split = max(s[2] for s in spans)
            ys.append(split)
            under = set()
            for c0, c1, _ in spans:
                cells.append((xs[c0], h_top, xs[c1 + 1], split))
                under.update(range(c0, c1 + 1))
            for c in range(len(xs) - 1):
                if c in under:
                    cells.append((xs[c], split, xs[c + 1], body_top))
                else:
                    cells.append((xs[c], h_top, xs[c + 1], body_top))
        else:
            cells += [(xs[c], h_top, xs[c + 1], body_top) for c in range(len(xs) - 1)]
    tops = [body_top] + [(rows[k - 1][-1].bottom + rows[k][0].top) / 2 for k in range(1, len(rows))]
    bottom = body[-1].bottom + 1.0
    for t, b in zip(tops, tops[1:] + [bottom]):
        cells += [(xs[c], t, xs[c + 1], b) for c in range(len(xs) - 1)]
    ys += tops + [bottom]
    return ys, cells


def _table(header: Sequence[Line], body: Sequence[Line], cols: list[float], group: Sequence[Piece],
           page_lines: Sequence[Line]) -> Optional[Table]:
    every = [*header, *body]
    x0 = min(min(ln.x0 for ln in body), cols[0] - 1) - 1.0
    x0 = min(x0, min(ln.x0 for ln in every) - 1.0)
    x1 = max(ln.x1 for ln in every) + 1.0
    if len(set().union(*(_occupied(ln, cols) for ln in body))) < 2:
        return None
    ys, cells = _grid(header, body, cols, x0, x1, group)
    below = [ln for ln in page_lines if ln.top > body[-1].bottom]
    runs_off = len(below) <= 1 and all(len(ln.glyphs) <= 10 for ln in below)  # a page number at most
    return Table((x0, ys[0], x1, ys[-1]), ys, cols, cells, runs_off)


def spaced_tables(glyphs: Sequence[Glyph], carry: Optional[Carry] = None) -> list[Table]:
    """The header-anchored tables without rules among ``glyphs`` (those no ruled or shaded
    table took), top to bottom; with ``carry``, first the continuation at the top of the page
    of the table that ran off the page before."""
    lines = text_lines(glyphs)
    usual = lead(lines)
    out: list[Table] = []
    i = 0
    if carry is not None and lines:
        gaps = [(c - 0.5, c + 0.5) for c in carry.cols]
        size = median(ln.size for ln in lines)
        fit = [ln for ln in lines if ln.x0 >= carry.x0 - 2 and ln.x1 <= carry.x1 + 2]
        if fit and fit[0] is lines[0] and _header_at(lines, 0, usual) is None and (
                carry.source != "content" or _by_content(lines, 0, usual, True) is None):
            end, cols = _body(lines, 0, gaps, size, first_gap=0.0, usual=usual)
            if end > 0 and cols is not None:
                t = _table([], lines[:end], cols, [], lines)
                if t is not None:
                    t.source = "content" if carry.source == "content" else "spacing"
                    out.append(t)
                    i = end
    while i < len(lines):
        last = _header_at(lines, i, usual)
        if last is None:
            got = _by_content(lines, i, usual, trusted=carry is not None and carry.source == "content" and i == 0)
            if got is None:
                i += 1
            else:
                out.append(got[1])
                i = got[0]
            continue
        header, group, cells, size = _header_cells(lines, i, last)
        if len(cells) < 2 or last + 1 >= len(lines):
            i = last + 1
            continue
        gaps = [(a[1], b[0]) for a, b in zip(cells, cells[1:])]
        end, cols = _body(lines, last + 1, gaps, size, first_gap=max(1.6 * size, 1.4 * usual), usual=usual)
        if cols is None or end == last + 1:
            i = last + 1
            continue
        t = _table(header, lines[last + 1:end], cols, group, lines)
        if t is not None:
            out.append(t)
        i = end
    return out


def region_columns(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> Optional[tuple[list[float], float]]:
    """Column boundaries of a measures table fenced by rules across only (``region``), from
    its header cells and the whitespace channels of the lines below them, and the header's
    bottom; None when no measures header starts the region or its columns do not hold."""
    x0, top, x1, bottom = region
    lines = text_lines([g for g in glyphs if x0 <= g.cx <= x1 and top <= g.cy <= bottom])
    usual = lead(lines)
    for i in range(min(3, len(lines))):
        last = _header_at(lines, i, usual)
        if last is None:
            continue
        header = lines[i:last + 1]
        ps = [p for k, ln in enumerate(header) for p in pieces(ln, i + k)]
        group = [p for p in ps if is_group(p.text)]
        cells = _clusters([p for p in ps if p not in group] or ps)
        body = lines[last + 1:]
        if len(cells) < 2 or not body:
            return None
        size = median(ln.size for ln in header)
        cols = _columns(body, [(a[1], b[0]) for a, b in zip(cells, cells[1:])], size)
        if cols is None:
            return None
        return cols, max(ln.bottom for ln in header)
    return None


def header_tops(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> list[float]:
    """Tops of the measures headers (``_header_at``) inside ``region``, top to bottom: the
    first one, and later ones that print the same words (a table per measure repeats its
    header; body lines naming three roles do not make a header)."""
    x0, top, x1, bottom = region
    lines = text_lines([g for g in glyphs if x0 <= g.cx <= x1 and top <= g.cy <= bottom])
    out, i, usual, first = [], 0, lead(lines), None
    while i < len(lines):
        last = _header_at(lines, i, usual)
        if last is None:
            i += 1
            continue
        words = key("".join(g.text for ln in lines[i:last + 1] for g in sorted(ln.glyphs, key=lambda g: g.x0)))
        if first is None or words == first:
            out.append(lines[i].top)
            first = words
        i = last + 1
    return out


def slab_splits(glyphs: Sequence[Glyph], cols: Sequence[float], top: float, bottom: float) -> list[float]:
    """Boundaries inside one ruled slab of a measures table (between ``top`` and ``bottom``)
    where rows without a rule of their own start (``row_starts``); empty when it is one row."""
    lines = text_lines([g for g in glyphs if top <= g.cy <= bottom])
    if not lines or not cols:
        return []
    return [(lines[i - 1].bottom + lines[i].top) / 2 for i in row_starts(lines, cols)[1:]]
