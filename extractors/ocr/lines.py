"""Cutting a cell or block image into text lines (marks kept with their line)."""

from __future__ import annotations
import statistics
from dataclasses import dataclass
import cv2
import numpy as np

from extractors.cvsafe import components


@dataclass
class TextLine:
    """One text line of an image, cut out for a single-line Tesseract read: ``img`` holds
    only the line's own connected components (marks included), ``x0, y0`` its place."""

    img: np.ndarray
    x0: int
    y0: int
    leader: tuple[int, int] | None = None  # x span of a dotted leader (dots removed), in ``img``


def split_lines(gray: np.ndarray, thr: int = 160) -> list[TextLine]:
    """Cut an image of text into lines by connected components, each stacked mark kept with
    the line it belongs to.

    Tesseract's own row finder (psm 3/4/6) puts the row of tone marks stacked over upper
    vowels (``ที่ เสี่ยง ขั้น``) on a text line of its own, which it then reads as Latin
    ghosts (``a``, ``wa``) while the real line loses its marks. Here glyph bodies (components
    at least 0.6 x-height tall) make the lines and every smaller component (marks, upper and
    lower vowels) joins the line whose body band is nearest, so Tesseract reads each line
    whole (psm 7) with its marks."""
    ink = (gray < thr).astype(np.uint8)
    n, lab, st, _ = components(ink, connectivity=8)
    if n <= 1:
        return []
    return _lines_of_components(gray, lab, st, st[1:, cv2.CC_STAT_AREA] >= 3)


def _lines_of_components(gray: np.ndarray, lab: np.ndarray, st: np.ndarray, keep: np.ndarray) -> list[TextLine]:
    """``split_lines`` on connected components already found (``keep``: those that count)."""
    n = len(st)
    ys, hs = st[1:, cv2.CC_STAT_TOP], st[1:, cv2.CC_STAT_HEIGHT]
    if not keep.any():
        return []
    h0 = float(np.median(hs[keep]))
    body = [i for i in range(n - 1) if keep[i] and hs[i] >= 0.6 * h0]
    if not body:
        body = [i for i in range(n - 1) if keep[i]]
    # bodies clustered into lines by their vertical centres
    body.sort(key=lambda i: ys[i] + hs[i] / 2)
    groups: list[list[int]] = []
    for i in body:
        c = ys[i] + hs[i] / 2
        if groups:
            g = groups[-1]
            gc = statistics.median([float(ys[j] + hs[j] / 2) for j in g])
            if abs(c - gc) < 0.6 * h0:
                g.append(i)
                continue
        groups.append([i])
    # a tall glyph whose top rises into the mark row above its line (ใ, a digit, ชี joined
    # to its vowel) can cluster with that row or make a "line" of its own; whatever reaches
    # down into the lower half of the next line's bodies sits on that line's baseline and
    # belongs to it
    hb = float(np.median([hs[i] for i in body]))
    for k in range(len(groups) - 1):
        nxt = groups[k + 1]
        if float(np.median([hs[j] for j in nxt])) < 0.7 * hb:
            continue  # only into a line of text, never into a row of marks
        top = float(np.median([ys[j] for j in nxt]))
        bot = float(np.median([ys[j] + hs[j] for j in nxt]))
        mid = (top + bot) / 2
        move = [i for i in groups[k] if mid <= ys[i] + hs[i] <= bot + 0.3 * (bot - top)]
        if move:
            groups[k] = [i for i in groups[k] if i not in move]
            nxt.extend(move)
    groups = [g for g in groups if g]
    # a "line" of short components only is a row of marks (ู ้ under/over tight lines)
    if len(groups) > 1:
        groups = [g for g in groups if float(np.median([hs[j] for j in g])) >= 0.7 * hb] or groups
    if len(groups) > 1:
        # the same, judged against the line right below (a bigger heading on a page of text:
        # its marks are as tall as the page's letters): short components just over it
        kept: list[list[int]] = []
        below = None  # (core top, body height) of the nearest line kept below
        for g in reversed(groups):
            hg = float(np.median([hs[j] for j in g]))
            bottom = float(np.median([ys[j] + hs[j] for j in g]))
            if below is not None and hg < 0.7 * below[1] and below[0] - bottom <= 0.6 * below[1]:
                continue
            kept.append(g)
            below = (float(np.median([ys[j] for j in g])), hg)
        groups = kept[::-1]
    if len(groups) > 1:
        # a blurred stacked mark (ี่ as one blob) is as tall as a small letter, so a row of
        # them passes the tests above; it still ends where the line below begins, which a
        # line of text never does (the line gap is half a line or more). Blur on a shaded
        # row (zebra tables at 200 dpi) merges an upper vowel and its tone into a blob as
        # tall as the letters, and there can be more than three in a line.
        kept = []
        for k, g in enumerate(groups):
            if k + 1 < len(groups) and len(g) <= max(3, len(groups[k + 1]) // 4) and max(hs[j] for j in g) <= hb:
                nxt = groups[k + 1]
                if float(np.median([ys[j] + hs[j] for j in g])) >= float(np.median([ys[j] for j in nxt])) - 0.25 * hb:
                    continue
            kept.append(g)
        groups = kept
    cores = [(float(np.median([ys[j] for j in g])), float(np.median([ys[j] + hs[j] for j in g]))) for g in groups]
    owner = np.zeros(n, np.int32)  # label -> 1-based line
    for k, g in enumerate(groups):
        owner[np.array(g) + 1] = k + 1
    # marks stack up to two deep above a line (upper vowel + tone) but one deep below, so
    # distance above a line's body counts half: a tone of the next line sits nearer to the
    # descender-free bottom of the line above than to its own body
    xs, ws = st[1:, cv2.CC_STAT_LEFT], st[1:, cv2.CC_STAT_WIDTH]
    small = [i for i in range(n - 1) if keep[i] and not owner[i + 1]]
    for i in small:
        c = ys[i] + hs[i] / 2
        cost = [max((a - c) / 1.0, (c - b) / 0.5, 0.0) for a, b in cores]
        owner[i + 1] = int(np.argmin(cost)) + 1
    # a mark resting on another mark (tone over an upper vowel) follows that mark's line
    # (geometry of each pair tested once, vectorised: a page holds thousands of marks)
    if small:
        sm = np.array(small)
        sy, sh, sx, sw = ys[sm], hs[sm], xs[sm], ws[sm]
        gap_y = sy[None, :] - (sy + sh)[:, None]  # [i, j]
        overlap = np.minimum((sx + sw)[:, None], (sx + sw)[None, :]) - np.maximum(sx[:, None], sx[None, :])
        rests = (sy[None, :] > sy[:, None]) & (gap_y >= -2) & (gap_y <= 0.35 * h0) & (overlap > 0)
        np.fill_diagonal(rests, False)
        cand = [(a, np.nonzero(rests[a])[0]) for a in range(len(small)) if rests[a].any()]
        core_top = np.array([a for a, _ in cores])
        for _ in range(2):
            for a, js in cand:
                own = owner[sm[js] + 1]
                ok = (sy[js] + sh[js] / 2) < core_top[own - 1]
                if ok.any():
                    owner[sm[a] + 1] = own[np.nonzero(ok)[0][-1]]
    line_of = owner[lab]
    # each line's box from its components' boxes (no full-image mask per line)
    lab_ok = np.nonzero(owner[1:])[0]
    out = []
    for k in range(1, len(groups) + 1):
        mine = lab_ok[owner[lab_ok + 1] == k]
        x0, y0 = int(xs[mine].min()), int(ys[mine].min())
        x1, y1 = int((xs[mine] + ws[mine]).max()), int((ys[mine] + hs[mine]).max())
        m = line_of[y0:y1, x0:x1] == k
        mm = cv2.dilate(m.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        sub = np.where(mm, gray[y0:y1, x0:x1], 255).astype(np.uint8)
        out.append(TextLine(sub, x0, y0))
    return out


def page_line_height(gray: np.ndarray) -> float:
    """Typical height of a text line of a page (rows of ink between blank rows), in pixels."""
    ink = (gray < 128).sum(axis=1) > 2
    runs, run = [], 0
    for v in ink:
        if v:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    runs = [r for r in runs if r >= 8]
    return float(np.median(runs)) if runs else 0.0


def ink_components(gray: np.ndarray, thr: int = 160):
    """``(ink, labels, stats, keep)`` of the connected ink components of ``gray`` (specks under
    3 px dropped from ``keep``), or None when there is no ink."""
    ink = (gray < thr).astype(np.uint8)
    n, lab, st, _ = components(ink, connectivity=8)
    if n <= 1:
        return None
    keep = st[1:, cv2.CC_STAT_AREA] >= 3
    return (ink, lab, st, keep) if keep.any() else None


def text_components(st: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """``keep`` without rules (long and thin) and pictures (far taller than any text), judged
    against the median height of the kept components."""
    hs, ws = st[1:, cv2.CC_STAT_HEIGHT], st[1:, cv2.CC_STAT_WIDTH]
    h0 = float(np.median(hs[keep]))
    return keep & ~(((ws > 8 * h0) & (hs < 0.6 * h0)) | (hs > 8 * h0))
