"""A measures table's columns refitted from another part of the same document: a part read
apart on a later page (its own header cut, or its header alone at the page's foot, or a title
missing over a column whose title stayed on the page before) gets fewer columns from its own
words and whitespace than the table has, and two printed columns read as one cell cannot be
split by any later role choice. The document's earlier measures-wide tables without column
rules, read under a header naming roles (``Known``), give the columns of a part as wide as
they are when

    the part prints that table's header again (its titles' letters all there), and its body
      lines (lines whose letters are not all the header's) fit the known columns, or        _repeated
    every boundary the part found lies near one of the known table's, and none of its lines
      runs across the known columns once they are moved off the runs that straddle them     _subset

The refitted grid is flagged ``table_columns_refit`` (it reaches the rows read through it).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional, Sequence

from extractors.rule_stacks import TOL, contains
from extractors.text import Glyph
from extractors.unruled import Line, crosses, moved_off_runs, text_lines

REFIT = "table_columns_refit"  # a table flag: its columns taken from an earlier part of the document
REFIT_MIN_COLS = 5  # measures-wide tables only (a score table has 2-4 columns)
NEAR = 15.0  # points: a boundary found this close to a known one is that one
HEAD_SHARE = 0.9  # share of a known header's letters a part must print to repeat that header
FIT_SLACK = 0.3  # × the narrower column beside it: how far a known boundary may move to this part's text


@dataclass(frozen=True)
class Known:
    """An earlier table's columns: its edges, inner boundaries and header letters (no spaces)."""

    x0: float
    x1: float
    cols: tuple[float, ...]
    head: str


def refit_columns(region: tuple[float, float, float, float], cols: Sequence[float], known: Sequence[Known],
                  glyphs: Sequence[Glyph]) -> Optional[list[float]]:
    """The inner column boundaries of ``region`` (found: ``cols``) taken from a ``known`` table
    as wide as it with more columns (see the module docstring), else None."""
    x0, _, x1, _ = region
    same = sorted((k for k in known if abs(k.x0 - x0) <= 3 * TOL and abs(k.x1 - x1) <= 3 * TOL
                   and len(k.cols) > len(cols)), key=lambda k: -len(k.cols))
    if not same:
        return None
    lines = text_lines([g for g in glyphs if contains(region, g.cx, g.cy)])
    if not lines:
        return None
    letters = Counter(c for ln in lines for g in ln.glyphs for c in g.text if not c.isspace())
    for k in same:
        got = _repeated(k, lines, letters, x0, x1)
        if got is None:
            got = _subset(k, cols, lines, x0, x1)
        if got is not None:
            return got
    return None


def _repeated(k: Known, lines: Sequence[Line], letters: Counter, x0: float, x1: float) -> Optional[list[float]]:
    """``k``'s columns when the region prints ``k``'s header again and its other lines fit them."""
    need = Counter(k.head)
    if not need or sum((need & letters).values()) < HEAD_SHARE * sum(need.values()):
        return None
    body = [ln for ln in lines if Counter(c for g in ln.glyphs for c in g.text if not c.isspace()) - need]  # not the header's
    if not body:
        return list(k.cols)
    return _fitted(body, [x0, *k.cols, x1])


def _subset(k: Known, cols: Sequence[float], lines: Sequence[Line], x0: float, x1: float) -> Optional[list[float]]:
    """``k``'s columns when every boundary found (two at least) lies near one of them and the
    region's lines fit them."""
    if len(cols) < 2 or not all(any(abs(c - d) <= NEAR for d in k.cols) for c in cols):
        return None
    return _fitted(lines, [x0, *k.cols, x1])


def _fitted(lines: Sequence[Line], xs: Sequence[float]) -> Optional[list[float]]:
    """The inner boundaries of ``xs`` moved off the runs of text of ``lines`` straddling them
    (to the side the run's middle lies on), None when one would move more than ``FIT_SLACK``
    of the narrower column beside it or a line still runs across one."""
    out = moved_off_runs(lines, xs, FIT_SLACK)
    if out is None or out != sorted(set(out)) or any(crosses(ln, out) for ln in lines):
        return None
    return out


ALIGN = 0.6  # points: runs starting this close start at one x (text set left in its cell)
SPLIT_SUPPORT = 3  # lines, each with text both sides, whose right-hand run starts at that x
SPLIT_GAP = 2.0  # points of clear channel at least between the left-hand text and that x
RUN_GAP_EM = 0.2  # × font size: a gap this wide ends a run of text
MIN_SIDE_EM = 1.5  # × font size: each side of a split at least this wide


def hidden_splits(x0: float, x1: float, glyphs: Sequence[Glyph]) -> list[float]:
    """Boundaries inside one column (``x0``..``x1``, ``glyphs`` its text) between two printed
    columns read as one, their whitespace narrower than a column gap (a cell padding on each
    side: dev seeds 21203 html, steps and target; 19402 html, steps, period and budget): an x
    where the text of ``SPLIT_SUPPORT`` lines or more, each with text left of it, starts again
    (left-set text of the next column), every glyph of the column ending ``SPLIT_GAP`` before it
    or starting at it, the lines' left-hand and right-hand texts not one repeated word (three
    different of each, so no ``ไตรมาส | ที่ 2`` pattern of one cell), and a left-hand text no
    list mark only on two of them (a hanging indent after ``1.`` is no column)."""
    lines = text_lines([g for g in glyphs if x0 <= g.cx < x1])
    if len(lines) < SPLIT_SUPPORT:
        return []
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    starts: list[tuple[float, str, str]] = []  # (x, left text, right text) of each run after the first
    for ln in lines:
        gs = sorted(ln.glyphs, key=lambda g: g.x0)
        for k in range(1, len(gs)):
            if gs[k].x0 - max(g.x1 for g in gs[:k]) >= RUN_GAP_EM * ln.size:
                starts.append((gs[k].x0, "".join(g.text for g in gs[:k]), "".join(g.text for g in gs[k:])))
    every = [g for ln in lines for g in ln.glyphs]
    out: list[float] = []
    for sx in sorted({round(s[0], 1) for s in starts}):
        if sx - x0 < MIN_SIDE_EM * size or x1 - sx < MIN_SIDE_EM * size or (out and sx - out[-1] < MIN_SIDE_EM * size):
            continue
        here = [s for s in starts if abs(s[0] - sx) <= ALIGN]
        # (three different left-hand texts, their numbers aside: ``ตัวชี้วัดที่ 1 | การปฏิบัติหน้าที่``,
        # ``i3 | เจ้าหน้าที่…`` are one cell's label and text, not two columns: dev seed 10419 html)
        if len(here) < SPLIT_SUPPORT or len({_NUMBERS.sub("", s[1]) for s in here}) < 3 or len({s[2] for s in here}) < 3:
            continue
        if sum(1 for s in here if len(_LETTERS.findall(s[1])) >= 3) < 2:
            continue  # list marks alone on the left: a hanging indent
        left = [g for g in every if g.x0 < sx - ALIGN]
        if any(g.x1 > sx - SPLIT_GAP for g in left):
            continue  # some text runs across: no channel
        edge = max(g.x1 for g in left) if left else x0
        out.append((edge + sx) / 2)
    return out


_LETTERS = re.compile("[ก-ฮa-zA-Z]")
_NUMBERS = re.compile("[0-9๐-๙.()\\s]")
