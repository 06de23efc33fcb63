"""Table grids from ruling lines in a page image.

Scanned tables are found from their ruling lines: long horizontal and vertical strokes are
isolated by morphological opening, grouped into tables, and clustered into row and column
boundaries. A boundary that is missing between two cells (a merged header, a name cell that
spans two rows) makes those cells one. When a table has only its frame (few or no inner
lines), columns come from vertical white gaps and rows from gaps between text lines.

All coordinates are pixels of the (deskewed) page image; ``scale`` = dpi / 300.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from extractors.cvsafe import components


@dataclass
class Grid:
    """One table: its row/column boundaries and which cells are merged."""

    xs: list[int]  # column boundaries, left to right (outer frame included)
    ys: list[int]  # row boundaries, top to bottom
    # owner[r][c] = (r0, c0): the top-left cell of the merged cell that (r, c) belongs to
    owner: list[list[tuple[int, int]]] = field(default_factory=list)
    ruled: bool = True  # False when columns/rows were inferred from white space

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def cell_box(self, r: int, c: int) -> tuple[int, int, int, int]:
        """Pixel box (x0, y0, x1, y1) of the merged cell whose top-left is (r, c)."""
        r1, c1 = r, c
        while r1 + 1 < len(self.ys) - 1 and self.owner[r1 + 1][c] == (r, c):
            r1 += 1
        while c1 + 1 < len(self.xs) - 1 and self.owner[r][c1 + 1] == (r, c):
            c1 += 1
        return self.xs[c], self.ys[r], self.xs[c1 + 1], self.ys[r1 + 1]


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink mask (uint8 0/255) of a page: adaptive threshold that survives uneven scans."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)


def deskew_angle(ink: np.ndarray, max_deg: float = 2.5) -> float:
    """Page skew in degrees (rotate by the opposite to straighten), by projection profiles."""
    h, w = ink.shape
    f = 1000.0 / max(w, 1)
    small = cv2.resize(ink, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    center = (sw / 2, sh / 2)

    def score(a: float) -> float:
        M = cv2.getRotationMatrix2D(center, a, 1.0)
        rot = cv2.warpAffine(small, M, (sw, sh), flags=cv2.INTER_NEAREST)
        prof = rot.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(prof) ** 2))

    angles = np.arange(-max_deg, max_deg + 1e-9, 0.25)
    best = max(angles, key=score)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    return float(max(fine, key=score))


def rotate(img: np.ndarray, angle: float, border: int = 255) -> np.ndarray:
    """Rotate an image about its centre, keeping its size (white border)."""
    if abs(angle) < 0.02:
        return img
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    bv = (border,) * 3 if img.ndim == 3 else border
    return cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv)


def line_slopes(ink: np.ndarray, scale: float) -> tuple[float | None, float | None]:
    """Median slopes (dy/dx of long horizontal rules, dx/dy of long vertical rules), or None.

    Scans are often sheared as well as rotated (measured: rules at 0.75° and 0.15°), so the
    two directions are measured separately.
    """
    hm, vm = line_masks(ink, scale)
    out: list[float | None] = []
    for m, horiz in ((hm, True), (vm, False)):
        n, lab, st, _ = components(m, connectivity=8)
        ks = []
        for i in range(1, n):
            x, y, w, h, _ = st[i]
            if (w if horiz else h) < 400 * scale:
                continue
            ys, xs = np.nonzero(lab[y : y + h, x : x + w] == i)
            if len(xs) < 50:
                continue
            ks.append(np.polyfit(xs, ys, 1)[0] if horiz else np.polyfit(ys, xs, 1)[0])
        out.append(float(np.median(ks)) if ks else None)
    return out[0], out[1]


def straighten(img: np.ndarray, angle: float, shear: float, border: int = 255) -> np.ndarray:
    """Rotate by ``angle`` degrees then shear x by ``-shear`` * (y - centre) (one warp)."""
    if abs(angle) < 0.02 and abs(shear) < 3e-4:
        return img
    h, w = img.shape[:2]
    R = np.vstack([cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), [0, 0, 1]])
    S = np.array([[1, -shear, shear * h / 2], [0, 1, 0], [0, 0, 1]], float)
    M = (S @ R)[:2]
    bv = (border,) * 3 if img.ndim == 3 else border
    return cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv)


def line_masks(ink: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling-line masks of an ink mask."""
    hk = max(15, int(75 * scale))
    vk = max(12, int(50 * scale))
    # close small breaks (scan noise, JPEG) before opening
    hm = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 1)))
    hm = cv2.morphologyEx(hm, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (hk, 1)))
    vm = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 5)))
    vm = cv2.morphologyEx(vm, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, vk)))
    return hm, vm


def _segments(mask: np.ndarray, horizontal: bool) -> list[tuple[float, int, int]]:
    """Line segments of a line mask as (position, start, end)."""
    n, _, stats, _ = components(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if horizontal:
            out.append((y + h / 2, int(x), int(x + w)))
        else:
            out.append((x + w / 2, int(y), int(y + h)))
    return out


def _cluster(segs: list[tuple[float, int, int]], tol: float) -> list[tuple[int, list[tuple[int, int]]]]:
    """Group segments at about the same position: [(position, [(start, end), ...]), ...]."""
    segs = sorted(segs)
    groups: list[list[tuple[float, int, int]]] = []
    for s in segs:
        if groups and s[0] - groups[-1][-1][0] <= tol:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [(int(round(np.median([s[0] for s in g]))), [(s[1], s[2]) for s in g]) for g in groups]


def _seeded(segs: list[tuple[float, int, int]], min_len: float, tol: float):
    """Cluster the long segments, then attach short segments lying on those positions."""
    long_ = [sg for sg in segs if sg[2] - sg[1] >= min_len]
    clusters = _cluster(long_, tol)
    out = []
    for p, sps in clusters:
        extra = [(s, e) for q, s, e in segs if e - s < min_len and abs(q - p) <= tol]
        out.append((p, sps + extra))
    return out


def _coverage(spans: list[tuple[int, int]], a: int, b: int) -> float:
    """Fraction of [a, b] covered by the given spans."""
    if b <= a:
        return 0.0
    cov = np.zeros(b - a, bool)
    for s, e in spans:
        s, e = max(s, a), min(e, b)
        if e > s:
            cov[s - a : e - a] = True
    return float(cov.mean())


def _gaps(profile: np.ndarray, min_gap: int) -> list[int]:
    """Centres of runs of zeros at least min_gap long, excluding the ends."""
    out, run = [], 0
    for i, v in enumerate(profile):
        if v == 0:
            run += 1
        else:
            if run >= min_gap and i - run > 0:
                out.append(i - run // 2)
            run = 0
    return out


def _meets_a_rule(spans: list[tuple[int, int]], xs: list[int], tol: int) -> bool:
    """Whether a horizontal line's pieces start or end at a column rule. A row rule runs
    from rule to rule; underlined text (``ถูกต้อง``, 153 px in v000c of the scanned corpus)
    stops short of them by the cell's padding."""
    return any(abs(end - x) <= tol for s, e in spans for end in (s, e) for x in xs)


def _owners(xs, ys, hlines, vlines, tol) -> list[list[tuple[int, int]]]:
    """Merge cells whose separating line is missing; returns owner (top-left) of every cell."""
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(nr) for c in range(nc)}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    def spans_near(lines, pos):
        return [sp for p, sps in lines if abs(p - pos) <= tol for sp in sps]

    for r in range(nr):
        for c in range(1, nc):
            if _coverage(spans_near(vlines, xs[c]), ys[r] + tol, ys[r + 1] - tol) < 0.5:
                union((r, c - 1), (r, c))
    for r in range(1, nr):
        for c in range(nc):
            if _coverage(spans_near(hlines, ys[r]), xs[c] + tol, xs[c + 1] - tol) < 0.5:
                union((r - 1, c), (r, c))
    return [[find((r, c)) for c in range(nc)] for r in range(nr)]


def _infer_columns(text_ink: np.ndarray, x0: int, x1: int, y0: int, y1: int, scale: float) -> list[int]:
    prof = text_ink[y0:y1, x0:x1].sum(axis=0)
    return [x0 + g for g in _gaps(prof, max(8, int(30 * scale)))]


def _infer_rows(text_ink: np.ndarray, x0: int, x1: int, y0: int, y1: int, scale: float) -> list[int]:
    prof = text_ink[y0:y1, x0:x1].sum(axis=1)
    return [y0 + g for g in _gaps(prof, max(3, int(8 * scale)))]


def _cut_part(hl, vl, h: int, scale: float) -> bool:
    """A row that a page break cut on both sides of one rule, or on both sides (the part of a
    long row on the next page: column rules from the page's top edge of the table down to the
    rule under the row, no rule over it; seed 15005 p4, the rest of a steps cell): at most one
    horizontal rule, but at least three column rules running (nearly) the whole height
    together. Such a part is a table of its own (``_open_ends`` closes it), not page text."""
    if len(hl) > 1 or len(vl) < 3:
        return False
    full = [sp for _, sp in vl if sum(e - s for s, e in sp) >= 0.8 * h]
    return len(full) >= 3 and h >= 80 * scale


def _open_ends(ys, hl, vl, xs, scale):
    """A table cut by a page break has no rule under its last row (or over its first): when
    the column rules run on past the last (first) horizontal rule, their end closes the row."""
    if len(vl) < 2:
        return ys, hl
    ends = [max(e for _, e in sp) for _, sp in vl]
    starts = [min(s for s, _ in sp) for _, sp in vl]
    bottom, top = int(np.median(ends)), int(np.median(starts))
    gap = max(20, int(40 * scale))
    if not ys:  # no rule at all (a row's middle part): the column rules' ends close it
        return ([top, bottom], [(top, [(xs[0], xs[-1])]), (bottom, [(xs[0], xs[-1])])]) if bottom - top > gap else (ys, hl)
    if bottom - ys[-1] > gap:
        ys = ys + [bottom]
        hl = hl + [(bottom, [(xs[0], xs[-1])])]
    if ys[0] - top > gap:
        ys = [top] + ys
        hl = [(top, [(xs[0], xs[-1])])] + hl
    return ys, hl


def find_grids(ink: np.ndarray, scale: float = 1.0, masks: tuple[np.ndarray, np.ndarray] | None = None) -> list[Grid]:
    """Tables of a page from its ink mask (0/255), top to bottom (``masks``: precomputed
    ``line_masks(ink, scale)``)."""
    hm, vm = masks if masks is not None else line_masks(ink, scale)
    lines = cv2.dilate(cv2.bitwise_or(hm, vm), np.ones((5, 5), np.uint8))
    n, labels, stats, _ = components(lines, connectivity=8)
    H, W = ink.shape
    text_ink = cv2.bitwise_and(ink, cv2.bitwise_not(cv2.dilate(cv2.bitwise_or(hm, vm), np.ones((3, 3), np.uint8))))
    tol = max(4, int(10 * scale))
    grids: list[Grid] = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < 0.15 * W or h < max(40, 60 * scale):
            continue
        region = labels[y : y + h, x : x + w] == i
        hseg = _segments(((hm[y : y + h, x : x + w] > 0) & region).astype(np.uint8), True)
        vseg = _segments(((vm[y : y + h, x : x + w] > 0) & region).astype(np.uint8), False)
        # a boundary is seeded by a long rule (text strokes make short vertical segments);
        # shorter pieces near a seed count towards its coverage
        hl = _seeded(hseg, min(0.15 * w, 150 * scale), tol)
        vl = _seeded(vseg, min(0.3 * h, 200 * scale), tol)
        hl = [(p + y, [(s + x, e + x) for s, e in sp]) for p, sp in hl]
        vl = [(p + x, [(s + y, e + y) for s, e in sp]) for p, sp in vl]
        cut = len(hl) < 2 and _cut_part(hl, vl, h, scale)
        if len(hl) < 2 and not cut:
            continue
        xs = [p for p, _ in vl] if len(vl) >= 2 else [x, x + w]
        if len(vl) >= 2:  # an underline long enough to seed a rule touches no column rule
            hl = [h for k, h in enumerate(hl) if k in (0, len(hl) - 1) or _meets_a_rule(h[1], xs, tol)]
        ys = [p for p, _ in hl]
        ys, hl = _open_ends(ys, hl, vl, xs, scale)
        if len(ys) < 2:
            continue
        ruled = True
        if len(xs) <= 2:  # frame only: columns from white gaps
            xs = [xs[0]] + _infer_columns(text_ink, xs[0] + tol, xs[-1] - tol, ys[0] + tol, ys[-1] - tol, scale) + [xs[-1]]
            vl = vl + [(p, [(ys[0], ys[-1])]) for p in xs[1:-1]]
            ruled = False
        if not ruled or (len(ys) <= 2 and not cut):  # rows from the white gaps between text lines, per band
            new_ys = [ys[0]]
            for a, b in zip(ys, ys[1:]):
                new_ys += _infer_rows(text_ink, xs[0] + tol, xs[-1] - tol, a + tol, b - tol, scale) + [b]
            hl = hl + [(p, [(xs[0], xs[-1])]) for p in new_ys if p not in ys]
            ys = new_ys
            ruled = False
        if len(xs) < 2 or len(ys) < 2:
            continue
        g = Grid(xs=xs, ys=ys, ruled=ruled)
        g.owner = _owners(xs, ys, hl, vl, tol)
        grids.append(g)
    grids += _rules_only_parts(vm, grids, W, tol, scale)
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return grids


def _rules_only_parts(vm: np.ndarray, grids: list[Grid], W: int, tol: int, scale: float) -> list[Grid]:
    """The middle part of a row that runs over three pages (seed 15005 p9): column rules from
    the page's top to its foot and no horizontal rule, so no connected frame. At least three
    long vertical rules sharing their ends, spanning 15 % of the page's width, outside every
    table found: one row between their ends."""
    segs = [sg for sg in _segments((vm > 0).astype(np.uint8), False) if sg[2] - sg[1] >= 300 * scale]
    segs = [sg for sg in segs if not any(g.xs[0] - tol <= sg[0] <= g.xs[-1] + tol and sg[1] < g.ys[-1] and sg[2] > g.ys[0]
                                         for g in grids)]
    out = []
    used: set[int] = set()
    for i, (_, a, b) in enumerate(segs):
        if i in used:
            continue
        near = max(2 * tol, 0.02 * (b - a))  # a page left a little skewed: the ends step along it
        group = [k for k, (_, s, e) in enumerate(segs) if k not in used and abs(s - a) <= near and abs(e - b) <= near]
        xs = sorted(int(round(segs[k][0])) for k in group)
        if len(xs) < 3 or xs[-1] - xs[0] < 0.15 * W:
            continue
        used.update(group)
        top, bottom = int(np.median([segs[k][1] for k in group])), int(np.median([segs[k][2] for k in group]))
        g = Grid(xs=xs, ys=[top, bottom], ruled=True)
        g.owner = [[(0, c) for c in range(len(xs) - 1)]]
        out.append(g)
    return out
