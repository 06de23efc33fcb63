"""Columns of a measures table fenced by rules across only, from its header naming roles (for
``extractors.rules_across``): the header cells found at the region's top (a header whose cells are
centred vertically starts above its line naming the roles) and the body's whitespace channels
under the gaps between them; under an upper cell over sub-columns, the sub-columns."""
from __future__ import annotations

import re
from statistics import median
from typing import Optional, Sequence

from extractors.spaced import _columns
from extractors.spaced_header import HEADER_GAP_EM, clusters, header_at, is_group, lead, lower_clusters, pieces
from extractors.spaced_header import _wraps as wraps
from extractors.text import Glyph
from extractors.unruled import text_lines

_DIGIT_RE = re.compile("[0-9๐-๙]")


def region_columns(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> Optional[tuple[list[float], float]]:
    """Column boundaries of a measures table fenced by rules across only (``region``), from
    its header cells and the whitespace channels of the lines below them, and the header's
    bottom; None when no measures header starts the region or its columns do not hold."""
    x0, top, x1, bottom = region
    lines = text_lines([g for g in glyphs if x0 <= g.cx <= x1 and top <= g.cy <= bottom])
    usual = lead(lines)
    for i in range(min(3, len(lines))):
        last = header_at(lines, i, usual, stacked=True)
        if last is None:
            continue
        # a header whose cells are centred vertically starts above its line naming the roles:
        # the taller cells' first lines (``ประเด็น/`` over ``ตัวชี้วัด``), inside the rules
        first = i
        while first > 0 and not _DIGIT_RE.search("".join(g.text for g in lines[first - 1].glyphs)) \
                and lines[first].top - lines[first - 1].bottom <= HEADER_GAP_EM * lines[first].size:
            first -= 1
        if first < i:
            i, last = first, wraps(lines, first, last, usual)
        header = lines[i:last + 1]
        ps = [p for k, ln in enumerate(header) for p in pieces(ln, i + k)]
        group = [p for p in ps if is_group(p.text)]
        cells = clusters([p for p in ps if p not in group] or ps)
        body = lines[last + 1:]
        if len(cells) < 2 or not body:
            return None
        size = median(ln.size for ln in header)
        cols = _columns(body, [(a[1], b[0]) for a, b in zip(cells, cells[1:])], size)
        lower = lower_clusters([p for p in ps if p not in group])
        if lower is not None and (len(lower) > len(cells) or cols is None and len(lower) >= 2):
            # an upper header cell over sub-columns (its words no group word: ``การดำเนินงาน`` over
            # ``ขั้นตอนหรือวิธีการปฏิบัติ | กรอบเวลา``): the sub-columns, where the body's
            # whitespace runs under each of them (dev seed 2414: steps and periods read as one column)
            cols = _columns(body, [(a[1], b[0]) for a, b in zip(lower, lower[1:])], size) or cols
        if cols is None:
            return None
        return cols, max(ln.bottom for ln in header)
    return None
