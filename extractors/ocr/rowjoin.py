"""Rows of a table without rules that the page text read column by column, joined again.

A score table too small for the table finders (a row or two that a page break moved to a page
of its own, a one-row table under its header) is page text. ``blocks.page_blocks`` cuts each
text line at wide gaps and chains segments that sit under each other into blocks, so such a
table's columns become blocks of their own, read one after the other: ``๐42`` / ``๐43``, then
both question texts, then ``87.15`` / ``41.38`` (fresh21s 21605 p6, fresh20s 20304 p5: the
questions lost, their lines carrying no score). The text layer of a born-digital page gives
the same table as one line per row (``o42 มาตรการ… 87.15``).

``join_rows`` puts such cells back on their row's line, by geometry and by what the cells
hold, never by position alone: a segment read as a bare number (a score, ``87.15``) goes to
the end of the nearest segment on its left that shares most of its height (the row's text),
and a segment read as a bare question code (``๐42``, ``i7``) to the start of the nearest one on
its right. Each partner takes one number and one code. Words keep their own boxes; only the
line id (and the reading order inside the line) changes.
"""
from __future__ import annotations

import re

from extractors.ocr.tess import Word

_NUMBER = re.compile(r"^[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?$")
_CODE = re.compile(r"^[iIeEoO๐0][0-9๐-๙]{1,2}$")
# reading order inside a joined line: the code, the row's own words, then the number
# (leader words of a line use offsets up to 2 * LEADER_SEQ, 2_000_001)
_TEXT_SEQ, _NUMBER_SEQ = 10_000_000, 20_000_000
MIN_SHARE = 0.5  # vertical overlap of two segments, as a share of the lower one's height


def _text(ws: list[Word]) -> str:
    return "".join(w.text for w in sorted(ws, key=lambda w: (w.seq, w.left))).strip()


def _share(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ov = min(a[3], b[3]) - max(a[1], b[1])
    return ov / max(1, min(a[3] - a[1], b[3] - b[1]))


def join_rows(words: list[Word], boxes: list[tuple[int, int, int, int] | None], block: list[int]) -> list[Word]:
    """``words`` (line id ``(block, 0, k)``, ``k`` indexing ``boxes``: each segment's x0, y0, x1,
    y1 in page pixels, None for a segment left alone (a dotted-leader line); ``block``: each
    segment's block) with number and code segments moved onto their row's line. Returns the
    same words (changed in place)."""
    by: dict[int, list[Word]] = {}
    for w in words:
        if boxes[w.line[2]] is not None:
            by.setdefault(w.line[2], []).append(w)
    kinds = {}
    for k, ws in by.items():
        t = _text(ws)
        if _CODE.match(t):  # first: Tesseract reads ``o42`` as ``042``, no score has a leading zero
            kinds[k] = "code"
        elif _NUMBER.match(t):
            kinds[k] = "number"
    if not kinds:
        return words
    partner: dict[int, int] = {}
    taken: set[tuple[int, str]] = set()
    for k in sorted(kinds, key=lambda k: boxes[k][1]):
        kind, bk = kinds[k], boxes[k]
        if kind == "number":
            cand = [j for j in by if j != k and j not in kinds and block[j] != block[k]
                    and boxes[j][2] <= bk[0] and _share(boxes[j], bk) >= MIN_SHARE]
            best = max(cand, key=lambda j: boxes[j][2], default=None)
        else:
            cand = [j for j in by if j != k and j not in kinds and block[j] != block[k]
                    and boxes[j][0] >= bk[2] and _share(boxes[j], bk) >= MIN_SHARE]
            best = min(cand, key=lambda j: boxes[j][0], default=None)
        if best is None or (best, kind) in taken:
            continue
        # nothing between them on that row: no other segment sharing the row lies in the gap
        lo, hi = (boxes[best][2], bk[0]) if kind == "number" else (bk[2], boxes[best][0])
        if any(j not in (k, best) and lo <= (boxes[j][0] + boxes[j][2]) / 2 <= hi
               and _share(boxes[j], bk) >= MIN_SHARE for j in by):
            continue
        taken.add((best, kind))
        partner[k] = best
    if not partner:
        return words
    for j in set(partner.values()):
        for w in by[j]:
            w.seq = (w.seq if w.seq >= 0 else 0) + _TEXT_SEQ
    for k, j in partner.items():
        line = by[j][0].line
        for w in by[k]:
            w.line = line
            if kinds[k] == "number":
                w.seq = (w.seq if w.seq >= 0 else 0) + _NUMBER_SEQ
            else:
                w.seq = max(0, w.seq)
    return words
