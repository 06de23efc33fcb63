"""Page text outside tables: blocks in reading order, cut into our own lines."""

from __future__ import annotations
import cv2
import numpy as np
from extractors.ocr.words import DIGITS, DIGIT_LOOKALIKES
from extractors.ocr.lines import TextLine, _lines_of_components, ink_components, text_components
from extractors.ocr.tess import Word
from extractors.ocr.leaders import find_leaders, leader_mask


def _tighten(w: Word, ln: TextLine, thr: int = 160) -> None:
    """Fit a word's box to its ink rows: psm 7 gives many one-character words the whole line
    height (marks of the neighbours included), and the digit re-reading crops by that box."""
    a = max(0, w.left - ln.x0)
    b = min(ln.img.shape[1], w.left - ln.x0 + w.width)
    if b <= a:
        return
    if all(ch in DIGITS or ch in DIGIT_LOOKALIKES for ch in w.text):
        # psm 7 boxes of single digits are often narrower than the glyph: widen to its ink
        cols = (ln.img < thr).any(axis=0)
        while a > 0 and cols[a - 1]:
            a -= 1
        while b < len(cols) and cols[b]:
            b += 1
        w.left, w.width = ln.x0 + a, b - a
    rows = np.nonzero((ln.img[:, a:b] < thr).any(axis=1))[0]
    if rows.size:
        w.top, w.height = ln.y0 + int(rows[0]), int(rows[-1] - rows[0] + 1)


def _segments(ln: TextLine, col_gap: float, thr: int = 160, leaders: list[tuple[int, int]] = ()) -> list[TextLine]:
    """A text line cut at blank gaps at least ``col_gap`` wide (side-by-side columns: two
    names of a signature block, a label and its value far apart). A dotted leader (``leaders``:
    x spans in page pixels, its dots already removed from the line) is no gap: the key, the
    leader and the value stay one segment, which records where the leader was."""
    ink = ln.img < thr
    cols = ink.any(axis=0)
    spans_ld = []
    for a, b in leaders:
        a, b = max(0, a - ln.x0), min(ln.img.shape[1], b - ln.x0)
        if b > a:
            cols = cols.copy()
            cols[a:b] = True
            spans_ld.append((a, b))
    xs = np.nonzero(cols)[0]
    if xs.size == 0:
        return []
    cuts = [int(xs[0])]
    gaps = np.nonzero(np.diff(xs) > col_gap)[0]
    spans = []
    for gi in gaps:
        spans.append((cuts[-1], int(xs[gi]) + 1))
        cuts.append(int(xs[gi + 1]))
    spans.append((cuts[-1], int(xs[-1]) + 1))
    out = []
    for a, b in spans:
        rows = np.nonzero(ink[:, a:b].any(axis=1))[0]
        if rows.size == 0:
            continue  # a leader alone
        ld = [(la - a, lb - a) for la, lb in spans_ld if a <= la and lb <= b]
        leader = (ld[0][0], ld[-1][1]) if ld else None
        out.append(TextLine(ln.img[rows[0] : rows[-1] + 1, a:b], ln.x0 + a, ln.y0 + int(rows[0]), leader))
    return out


def _box(ln: TextLine) -> tuple[int, int, int, int]:
    return ln.x0, ln.y0, ln.x0 + ln.img.shape[1], ln.y0 + ln.img.shape[0]


def _reading_order(boxes: list[tuple[int, int, int, int]], tol: float) -> list[int]:
    """Indices of block boxes in reading order by recursive XY cuts: bands top to bottom
    (a horizontal cut no box crosses), inside a band columns left to right."""
    def cut(idx: list[int], axis: int) -> list[list[int]]:
        lo, hi = (1, 3) if axis == 0 else (0, 2)
        idx = sorted(idx, key=lambda i: (boxes[i][lo], boxes[i][hi]))
        parts, end = [[idx[0]]], boxes[idx[0]][hi]
        for i in idx[1:]:
            if boxes[i][lo] >= end - tol:
                parts.append([i])
            else:
                parts[-1].append(i)
            end = max(end, boxes[i][hi])
        return parts

    def order(idx: list[int], depth: int = 0) -> list[int]:
        if len(idx) <= 1 or depth > 50:
            return sorted(idx, key=lambda i: (boxes[i][1], boxes[i][0]))
        for axis in (0, 1):
            parts = cut(idx, axis)
            if len(parts) > 1:
                return [i for p in parts for i in order(p, depth + 1)]
        return sorted(idx, key=lambda i: (boxes[i][1], boxes[i][0]))

    return order(list(range(len(boxes))))


def page_blocks(gray: np.ndarray, thr: int = 160) -> list[list[TextLine]]:
    """Text of a page as blocks of line segments, blocks in reading order, lines top to
    bottom inside each.

    Lines come from ``split_lines`` (marks kept with their line); a line is cut into segments
    at wide blank gaps; a segment continues the block of the segment above when each is the
    other's only x-overlapping neighbour across the gap (one column going on), so a signature
    block with two names side by side makes two blocks, read one after the other, instead of
    one merged line. Long thin rules (underlines, separators) and picture-sized components
    (logos, emblems) are left out."""
    comps = ink_components(gray, thr)
    if comps is None:
        return []
    ink, lab, st, keep = comps
    leaders = find_leaders(ink, st, keep)
    dots = leader_mask(len(keep), leaders)
    keep = keep & ~dots  # a leader's dots would make the typical glyph height a dot's
    if not keep.any():
        return []
    h0 = float(np.median(st[1:, cv2.CC_STAT_HEIGHT][keep]))
    lines = _lines_of_components(gray, lab, st, text_components(st, keep))
    if not lines:
        return []
    lh = float(np.median([ln.img.shape[0] for ln in lines]))
    col_gap = 1.5 * lh
    by_line: dict[int, list[tuple[int, int]]] = {}
    for ld in leaders:  # each leader to the line whose band holds its dots
        cy = (ld.y0 + ld.y1) / 2
        near = [(abs(cy - (ln.y0 + ln.img.shape[0] * 0.75)), k) for k, ln in enumerate(lines)
                if ln.y0 <= cy <= ln.y0 + ln.img.shape[0]]
        if near:
            by_line.setdefault(min(near)[1], []).append((ld.x0, ld.x1))
    segs = [sg for k, ln in enumerate(lines) for sg in _segments(ln, col_gap, thr, sorted(by_line.get(k, [])))]
    # no body-sized ink: specks of noise, a lone mark
    segs = [sg for sg in segs if sg.img.shape[0] >= 0.3 * lh and int((sg.img < thr).sum()) >= 0.1 * h0 * h0]
    if not segs:
        return []
    boxes = [_box(sg) for sg in segs]
    m = len(segs)

    def overlaps(a, b) -> bool:
        return min(boxes[a][2], boxes[b][2]) - max(boxes[a][0], boxes[b][0]) > 0

    def nearest(a: int, below: bool) -> list[int]:
        """Segments x-overlapping ``a`` on the nearest row below (above) it, within a line gap."""
        if below:
            cand = [b for b in range(m) if b != a and boxes[b][1] >= boxes[a][1] + 0.5 * lh and overlaps(a, b)
                    and boxes[b][1] - boxes[a][3] <= lh]
            if not cand:
                return []
            top = min(boxes[b][1] for b in cand)
            return [b for b in cand if boxes[b][1] < top + 0.5 * lh]
        cand = [b for b in range(m) if b != a and boxes[b][1] <= boxes[a][1] - 0.5 * lh and overlaps(a, b)
                and boxes[a][1] - boxes[b][3] <= lh]
        if not cand:
            return []
        bot = max(boxes[b][1] for b in cand)
        return [b for b in cand if boxes[b][1] > bot - 0.5 * lh]

    parent = list(range(m))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(m):
        nb = nearest(a, True)
        if len(nb) == 1 and nearest(nb[0], False) == [a]:
            parent[find(nb[0])] = find(a)
    groups: dict[int, list[int]] = {}
    for a in range(m):
        groups.setdefault(find(a), []).append(a)
    blocks = [sorted(g, key=lambda a: (boxes[a][1], boxes[a][0])) for g in groups.values()]
    bboxes = [(min(boxes[a][0] for a in g), min(boxes[a][1] for a in g),
               max(boxes[a][2] for a in g), max(boxes[a][3] for a in g)) for g in blocks]
    return [[segs[a] for a in blocks[i]] for i in _reading_order(bboxes, 0.25 * lh)]
