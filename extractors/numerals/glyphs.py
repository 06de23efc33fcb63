"""Cutting a number's image into glyphs: ink mask, connected components, points and dashes by
their geometry, touching digits split; and the feature vector of a digit glyph."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import cv2
import numpy as np

from extractors.cvsafe import components
from extractors.numerals.mlp import MLP

FEAT_SIDE = 20
FAIR_SINGLE = 0.8  # a somewhat wide blob reading as one digit this well is split only where its halves read better
SURE_SINGLE = 0.97  # a somewhat wide blob that reads as one digit this well is one digit
SURE_HALVES = 0.97  # ... below it, it is two when both halves read at least this well (and better)
DIGIT_ASPECT = 0.68  # a digit's usual width over the cell's digit height (Arabic 25 px at 38 px)
WIDE_VS_CELL = 1.8  # a blob this many times the width of the cell's other digits is two of them
DASH_MAX_H = 10  # px: a dash stroke is thinner at 200-300 dpi (a flat blob this high needs no glyphs beside it)


@dataclass
@dataclass
class Glyph:
    """One segmented glyph of a cell: its box in the cell image and its kind."""

    x: int
    y: int
    w: int
    h: int
    kind: str  # "digit", "dot", "dash", or "mark" (ink that is none of these)
    split: bool = False  # one half of a blob that read as one digit fairly well (``_split_wide``)


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (uint8 0/1) of a cell image: dark strokes on a light background.

    The background is flattened first (divide by a dilated copy), so a pale highlighter or a
    light stamp tint is not mistaken for ink.
    """
    g = gray.astype(np.float32)
    h = g.shape[0]
    k = max(3, int(h * 0.35) | 1)
    bg = cv2.dilate(g, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    norm = np.clip(g / np.maximum(bg, 1.0), 0, 1)
    dark = 1.0 - norm
    if dark.max() < 0.25:
        return np.zeros(gray.shape, np.uint8)
    u8 = (dark * 255).astype(np.uint8)
    t, _ = cv2.threshold(u8, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    t = max(t, 60)
    return (u8 > t).astype(np.uint8)


def _merge_overlapping(boxes: list[list[int]]) -> list[list[int]]:
    """Merge boxes whose x-ranges overlap by more than half of the narrower one."""
    boxes = sorted(boxes, key=lambda b: b[0])
    out: list[list[int]] = []
    for b in boxes:
        if out:
            p = out[-1]
            ov = min(p[0] + p[2], b[0] + b[2]) - max(p[0], b[0])
            if ov > 0.5 * min(p[2], b[2]):
                x0, y0 = min(p[0], b[0]), min(p[1], b[1])
                x1, y1 = max(p[0] + p[2], b[0] + b[2]), max(p[1] + p[3], b[1] + b[3])
                out[-1] = [x0, y0, x1 - x0, y1 - y0, p[4] + b[4]]
                continue
        out.append(list(b))
    return out


def _split_wide(mask: np.ndarray, b: list[int], h0: float, model: Optional[MLP],
                wref: float = 0.0) -> list[list[int]]:
    """Split a component too wide for one digit (touching digits) where both halves read
    best as digits; the candidate cuts are the thinnest columns of its middle part and, with
    a model, every column of it. Without a model (while it is being built) the cut is the
    thinnest column. ``wref``: the width of the cell's other digits (0: unknown); a blob
    twice as wide is two digits whenever its halves read well, however well it reads as one."""
    x, y, w, h, a = b[:5]
    soft = False  # a blob only somewhat wide: split only where both halves read well
    single = 0.0
    twice = wref > 0 and w >= WIDE_VS_CELL * wref
    if w <= 1.55 * max(h, 0.8 * h0) or w < 6:
        if model is None or w <= 1.1 * max(h, 0.8 * h0) or w < 6:
            return [b]
        # two digits of the two scripts kerned into each other (Garuda's ``๔5``): the blob
        # reads as no digit well
        pw = model.proba(features(mask, Glyph(x, y, w, h, "digit"), h0)[None])[0]
        single = float(pw[:20].max())
        if single >= SURE_SINGLE and not twice:
            return [b]
        soft = True
    cols = mask[y : y + h, x : x + w].sum(axis=0).astype(float)
    lo, hi = int(w * 0.25), int(w * 0.75)
    if hi <= lo:
        return [b]
    order = lo + np.argsort(cols[lo:hi], kind="stable")[:8]
    best, best_cut, searched = -1.0, int(order[0]), False
    if model is not None:
        # a somewhat wide blob twice the cell's digit width: every cut of the middle half, not
        # only the thinnest columns (a Thai digit kerned into an Arabic one, ``๗9``, is thinnest
        # inside the ``๗``: fresh38s 57100). Elsewhere the thinnest only: tight halves read
        # any part of Garuda's wide ``๗`` as a sure ``๓`` (``๗3`` came out ``๗๗3``)
        cuts, feats = [], []
        thin = set(order.tolist())
        more = [c for c in range(lo, hi) if c not in thin] if soft and twice else []
        for cut in [int(c) for c in order] + more:
            halves = [_tight(mask, g) for g in (Glyph(x, y, cut, h, "digit"), Glyph(x + cut, y, w - cut, h, "digit"))]
            if any(g is None for g in halves):
                continue
            cuts.append(cut)
            feats.extend(features(mask, g, h0) for g in halves)
        if cuts:
            P = model.proba(np.stack(feats))[:, :20].max(axis=1).reshape(-1, 2).min(axis=1)
            k = int(np.argmax(P))  # the first best: the thinnest columns come first
            best, best_cut = float(P[k]), cuts[k]
            searched = best_cut in more
    # both readings were possible, or the cut is no thin column (only its halves' reading says so)
    doubt = soft and (single >= FAIR_SINGLE or searched)
    if soft and twice and best >= 0.9:
        pass  # twice the cell's digit width, both halves read well: two digits, doubtful
    elif soft and (best < 0.9 or doubt and best <= max(single, SURE_HALVES)):
        # a blob that reads as one digit fairly well is split only where both halves read
        # better still (Garuda's ``๔1`` kerned into one blob read ``๓`` at 0.89: fresh25s 34102,
        # 200 dpi, ``๔1.88`` → ``๓.88``; its halves read ``๔`` and ``1`` at 1.0)
        return [b]
    left = [x, y, best_cut, h, a // 2]
    right = [x + best_cut, y, w - best_cut, h, a - a // 2]
    tight = [_tight(mask, Glyph(*half[:4], "digit")) for half in (left, right)]
    if (doubt or soft and twice) and all(g is not None for g in tight):
        # the halves boxed as they were read (a Thai digit is shorter than an Arabic one beside
        # it: kept at the blob's height, fresh38s 57100's ``๓`` read ``๒``); doubtful (``split``)
        # when both readings were possible
        left, right = ([g.x, g.y, g.w, g.h, half[4]] + ([1] if doubt else []) for g, half in zip(tight, (left, right)))
    return _split_wide(mask, left, h0, model, wref) + _split_wide(mask, right, h0, model, wref)


def _digit_width(digits: list[list[int]], h0: float) -> float:
    """The width of one digit in a cell: the median width of its full-width digit blobs no wider
    than tall, from at least two of them (else a digit's usual width at the cell's height)."""
    ws = [d[2] for d in digits if 0.45 * d[3] <= d[2] <= 1.1 * max(d[3], 0.8 * h0)]
    return float(np.median(ws)) if len(ws) >= 2 else DIGIT_ASPECT * h0


def _tight(mask: np.ndarray, g: Glyph) -> Optional[Glyph]:
    """The glyph box shrunk to its ink, or None when it holds none."""
    sub = mask[g.y : g.y + g.h, g.x : g.x + g.w]
    ys, xs = np.nonzero(sub)
    if len(xs) < 4:
        return None
    return Glyph(g.x + int(xs.min()), g.y + int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1), g.kind)


def _host(glyphs: list[Glyph], x: int, w: int, cy: float) -> Optional[Glyph]:
    """The digit-sized glyph a small component belongs to: it overlaps the glyph's columns by
    half its width and its centre lies inside the glyph's rows."""
    for g in glyphs:
        ov = min(g.x + g.w, x + w) - max(g.x, x)
        if ov >= 0.5 * w and g.y <= cy <= g.y + g.h:
            return g
    return None


def segment(gray: np.ndarray, model: Optional[MLP] = None) -> tuple[list[Glyph], np.ndarray]:
    """Cut a cell image into glyphs, left to right; returns (glyphs, ink mask). The model,
    when given, decides where touching digits are cut apart."""
    mask = ink_mask(gray)
    if not mask.any():
        return [], mask
    n, _, stats, _ = components(mask, connectivity=8)
    comps = [list(map(int, stats[i][:5])) for i in range(1, n)]
    H, W = mask.shape
    # drop ruling-line remnants: components spanning most of the cell edge
    comps = [c for c in comps if not (c[3] > 0.85 * H and c[2] < 0.15 * c[3]) and not (c[2] > 0.9 * W and c[3] < 0.1 * c[2])]
    if not comps:
        return [], mask
    flat = [c for c in comps if c[2] > 2.0 * c[3] and c[2] >= 3 and c[4] >= 0.55 * c[2] * c[3]]
    if flat:  # a cell holding only dashes (specks beside them are ignored)
        fa = max(c[4] for c in flat)
        fh = max(c[3] for c in flat)
        # a dash is thin beside the other glyphs: a flat blob as tall as the glyphs next to it
        # (a bold word on a grey band, the band's edge) is no dash, however big its area
        beside = [c for c in comps if c not in flat and c[3] >= 0.6 * fh and c[4] >= 0.1 * fh * fh]
        if not any(c[3] > 1.8 * fh and c[4] >= 0.3 * fa for c in comps if c not in flat) and not (
                fh >= DASH_MAX_H and len(beside) >= 2):
            return [Glyph(c[0], c[1], c[2], c[3], "dash") for c in sorted(flat) if c[4] >= 0.3 * fa], mask
    max_h = max(c[3] for c in comps)
    big = [c for c in comps if c[3] >= 0.5 * max_h and c[4] >= 0.05 * max_h * max_h]
    if not big:
        big = [max(comps, key=lambda c: c[4])]
    h0 = float(np.median([c[3] for c in big]))
    top = float(np.median([c[1] for c in big]))
    base = float(np.median([c[1] + c[3] for c in big]))
    line_h = max(base - top, 1.0)
    digits, small = [], []
    for c in comps:
        if c[3] >= 0.5 * h0 and c[4] >= 0.04 * h0 * h0 and not (c[2] > 1.6 * c[3] and c[3] < 0.4 * h0):
            digits.append(c)
        else:
            small.append(c)
    digits = _merge_overlapping(digits)
    split: list[list[int]] = []
    wref = _digit_width(digits, h0)
    for d in digits:
        split.extend(_split_wide(mask, d, h0, model, wref))
    glyphs = [Glyph(d[0], d[1], d[2], d[3], "digit", len(d) > 5) for d in split]
    for c in small:
        x, y, w, h, a = c
        cy = y + h / 2
        host = _host(glyphs, x, w, cy)
        if host is not None and h < 0.5 * h0 and a >= 0.02 * h0 * h0 and not (
                w <= 0.45 * h0 and y + h >= base - 0.3 * line_h and host.x + host.w < x + w):
            # a fragment of a broken glyph (noise, thin strokes): part of it, not a mark
            x1, y1 = max(host.x + host.w, x + w), max(host.y + host.h, y + h)
            host.x, host.y = min(host.x, x), min(host.y, y)
            host.w, host.h = x1 - host.x, y1 - host.y
            continue
        if a < max(3, 0.006 * h0 * h0):
            continue  # speck of noise
        if w <= 0.45 * h0 and h <= 0.45 * h0 and y + h >= base - 0.3 * line_h and 0.4 < w / max(h, 1) < 2.5:
            if any(g.x <= x + w / 2 <= g.x + g.w for g in glyphs):
                continue  # a detached piece of a digit, not a point
            glyphs.append(Glyph(x, y, w, h, "dot"))
        elif w > 1.6 * h and a >= 0.55 * w * h and w >= 0.3 * h0 and top + 0.2 * line_h <= cy <= base - 0.15 * line_h:
            if any(g.x <= x + w / 2 <= g.x + g.w for g in glyphs):
                continue
            glyphs.append(Glyph(x, y, w, h, "dash"))
        elif a >= 0.02 * h0 * h0 and not any(g.x - 1 <= x and x + w <= g.x + g.w + 1 and g.y <= y + h / 2 <= g.y + g.h for g in glyphs):
            glyphs.append(Glyph(x, y, w, h, "mark"))  # unexplained: a Thai mark, a stamp speck
    glyphs.sort(key=lambda g: g.x)
    return glyphs, mask


def features(mask: np.ndarray, g: Glyph, h0: float) -> np.ndarray:
    """Feature vector of one digit glyph: its ink, square-padded and scaled, plus shape ratios."""
    crop = mask[g.y : g.y + g.h, g.x : g.x + g.w].astype(np.float32)
    s = max(g.w, g.h)
    sq = np.zeros((s, s), np.float32)
    oy, ox = (s - g.h) // 2, (s - g.w) // 2
    sq[oy : oy + g.h, ox : ox + g.w] = crop
    sq = cv2.resize(sq, (FEAT_SIDE, FEAT_SIDE), interpolation=cv2.INTER_AREA)
    extra = np.array([math.log(max(g.w, 1) / max(g.h, 1)), g.h / max(h0, 1.0) - 1.0, crop.mean()], np.float32)
    return np.concatenate([sq.ravel(), extra])


def glyph_features(gray: np.ndarray, model: Optional[MLP] = None) -> tuple[list[Glyph], np.ndarray]:
    """Segment a cell and compute features of its digit glyphs (rows of the returned array). A
    cell cropped to nothing (a grid cell narrower than the inset taken off its edges: scan29's unseen
    40100 p2, 300 dpi, whose OpenCV error lost the whole page) holds no glyph."""
    if gray.size == 0:
        return [], np.zeros((0, FEAT_SIDE * FEAT_SIDE + 3), np.float32)
    glyphs, mask = segment(gray, model)
    dig = [g for g in glyphs if g.kind == "digit"]
    if not dig:
        return glyphs, np.zeros((0, FEAT_SIDE * FEAT_SIDE + 3), np.float32)
    h0 = float(np.median([g.h for g in dig]))
    return glyphs, np.stack([features(mask, g, h0) for g in dig])
