"""Our own recognizer for numeric table cells (Thai and Arabic digits, ``.``, ``-``).

Tesseract's ``tha`` model cannot output ๔ ๖ ๗ ๘ ๙, so numeric cells of scanned reports are
read here instead. A cell image is cut into glyphs by connected components; ``.`` and ``-`` are
recognised by their geometry (a small blob on the baseline, a flat bar at mid height) and
digits by a tiny numpy MLP trained on glyphs rendered from real Thai fonts (Sarabun, Noto Sans
Thai, the TLWG fonts) with scan-like augmentation. One cell is one script: the script (Thai or
Arabic digits) is chosen for the whole number and every digit is read within it.

The model (``extractors/models/numerals.npz``) is built by ``python -m extractors.numerals
build``; nothing is downloaded at run time.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import cv2
import numpy as np

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
OTHER = "?"  # anything that is not a digit (Thai letters, Latin letters): the reject class
CLASSES = THAI_DIGITS + ARABIC_DIGITS + OTHER  # classifier outputs; "." and "-" are geometric
# negatives for the reject class: letters without marks, minus digit look-alikes (O, l, I...)
NEGATIVE_CHARS = "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤ" + "ACDEFGHJKLMNPRTUVWXYacdefhkmnprtuvwxy"
MODEL_PATH = Path(__file__).resolve().parent / "models" / "numerals.npz"
FEAT_SIDE = 20
_BUILDING = False  # set while build() makes samples (no model to consult yet)


@dataclass
class Glyph:
    """One segmented glyph of a cell: its box in the cell image and its kind."""

    x: int
    y: int
    w: int
    h: int
    kind: str  # "digit", "dot", "dash", or "mark" (ink that is none of these)


# --------------------------------------------------------------------------- ink and glyphs


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


def _split_wide(mask: np.ndarray, b: list[int], h0: float) -> list[list[int]]:
    """Split a component too wide for one digit (touching digits) where both halves read
    best as digits; the candidate cuts are the thinnest columns of its middle part."""
    x, y, w, h, a = b
    # while the model is being built there is none to ask: the thinnest column
    model = load_model() if MODEL_PATH.exists() and not _BUILDING else None
    soft = False  # a blob only somewhat wide: split only where both halves read well
    if w <= 1.55 * max(h, 0.8 * h0) or w < 6:
        if model is None or w <= 1.1 * max(h, 0.8 * h0) or w < 6:
            return [b]
        # two digits of the two scripts kerned into each other (Garuda's ``๔5``): the blob
        # reads as no digit well
        pw = model.proba(features(mask, Glyph(x, y, w, h, "digit"), h0)[None])[0]
        if float(pw[:20].max()) >= 0.8:
            return [b]
        soft = True
    cols = mask[y : y + h, x : x + w].sum(axis=0).astype(float)
    lo, hi = int(w * 0.25), int(w * 0.75)
    if hi <= lo:
        return [b]
    order = lo + np.argsort(cols[lo:hi], kind="stable")[:8]
    best, best_cut = -1.0, int(order[0])
    if model is not None:
        for cut in order:
            halves = [Glyph(x, y, int(cut), h, "digit"), Glyph(x + int(cut), y, w - int(cut), h, "digit")]
            halves = [_tight(mask, g) for g in halves]
            if any(g is None for g in halves):
                continue
            P = model.proba(np.stack([features(mask, g, h0) for g in halves]))
            score = float(P[:, :20].max(axis=1).min())
            if score > best:
                best, best_cut = score, int(cut)
    if soft and best < 0.9:
        return [b]
    left = [x, y, best_cut, h, a // 2]
    right = [x + best_cut, y, w - best_cut, h, a - a // 2]
    return _split_wide(mask, left, h0) + _split_wide(mask, right, h0)


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


def segment(gray: np.ndarray) -> tuple[list[Glyph], np.ndarray]:
    """Cut a cell image into glyphs, left to right; returns (glyphs, ink mask)."""
    mask = ink_mask(gray)
    if not mask.any():
        return [], mask
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
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
        if not any(c[3] > 1.8 * fh and c[4] >= 0.3 * fa for c in comps if c not in flat):
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
    for d in digits:
        split.extend(_split_wide(mask, d, h0))
    glyphs = [Glyph(d[0], d[1], d[2], d[3], "digit") for d in split]
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


def glyph_features(gray: np.ndarray) -> tuple[list[Glyph], np.ndarray]:
    """Segment a cell and compute features of its digit glyphs (rows of the returned array)."""
    glyphs, mask = segment(gray)
    dig = [g for g in glyphs if g.kind == "digit"]
    if not dig:
        return glyphs, np.zeros((0, FEAT_SIDE * FEAT_SIDE + 3), np.float32)
    h0 = float(np.median([g.h for g in dig]))
    return glyphs, np.stack([features(mask, g, h0) for g in dig])


# --------------------------------------------------------------------------- the classifier


class MLP:
    """A one-hidden-layer perceptron with softmax output (numpy only)."""

    def __init__(self, params: dict[str, np.ndarray]):
        self.p = params

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per feature row."""
        p = self.p
        z = (x - p["mu"]) / p["sd"]
        h = np.maximum(z @ p["W1"] + p["b1"], 0)
        o = h @ p["W2"] + p["b2"]
        o -= o.max(axis=1, keepdims=True)
        e = np.exp(o)
        return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> MLP:
    """Load the shipped model; build it first if it is missing (set-up step)."""
    if not Path(path).exists():
        build(Path(path))
    with np.load(path) as z:
        return MLP({k: z[k] for k in z.files})


def _script_probs(P: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Per digit glyph, the script it is printed in and its probabilities over the ten digit
    values (the reject class keeps the rest of the mass, so a glyph that looks like no digit
    keeps a low confidence).

    A value's probability is the sum of its Thai and Arabic classes: reports mix the scripts
    inside one number (``๑00.00``, ``94.๗๐``: a font drawing some digits as Thai ones), and the
    value does not depend on the script. The cell's script (the one most of its digits read
    as) is each glyph's script unless the glyph is clearly of the other one."""
    th, ar = P[:, :10], P[:, 10:20]
    score_th = np.log(th.sum(axis=1) + 1e-9).sum()
    score_ar = np.log(ar.sum(axis=1) + 1e-9).sum()
    cell = THAI_DIGITS if score_th >= score_ar else ARABIC_DIGITS
    sub = th + ar
    scripts = []
    for k in range(len(P)):
        j = int(np.argmax(sub[k]))
        own, alt = (th, ar) if cell is THAI_DIGITS else (ar, th)
        scripts.append(cell if own[k, j] >= alt[k, j] else (ARABIC_DIGITS if cell is THAI_DIGITS else THAI_DIGITS))
    return scripts, sub


def other_prob(gray: np.ndarray) -> tuple[int, float, float]:
    """(digit glyph count, mean, max) probability that a cell's digit-sized glyphs are not
    digits at all (letters): how a caller tells a number from a word."""
    _, X = glyph_features(gray)
    if not len(X):
        return 0, 0.0, 0.0
    po = load_model().proba(X)[:, 20]
    return len(X), float(po.mean()), float(po.max())


@dataclass
class CellReading:
    """Everything the recognizer says about one cell, computed once."""

    glyphs: list[Glyph]
    digits: list[str]  # per digit glyph, its script: THAI_DIGITS or ARABIC_DIGITS
    P: np.ndarray  # per digit glyph, probabilities over that script's digits (+ reject mass)
    other: np.ndarray  # per digit glyph, probability of not being a digit at all

    @property
    def n_digits(self) -> int:
        return len(self.P)


def analyse(gray: np.ndarray) -> CellReading:
    """Segment and classify a cell image once (see ``read_number`` / ``alternatives``)."""
    return analyse_many([gray])[0]


def analyse_many(grays: list[np.ndarray]) -> list[CellReading]:
    """``analyse`` for many cells with one classifier call (small matrix products are slow)."""
    feats = [glyph_features(g) for g in grays]
    allX = [X for _, X in feats if len(X)]
    raw_all = load_model().proba(np.concatenate(allX)) if allX else np.zeros((0, len(CLASSES)))
    out, k = [], 0
    for glyphs, X in feats:
        if len(X):
            raw = raw_all[k : k + len(X)]
            k += len(X)
            digits, P = _script_probs(raw)
            out.append(CellReading(glyphs, digits, P, raw[:, 20]))
        else:
            out.append(CellReading(glyphs, [], np.zeros((0, 10)), np.zeros(0)))
    return out


def _geom_conf(glyphs: list[Glyph]) -> list[float]:
    """Confidence for '.' and '-' glyphs: a point must sit between digits."""
    out = []
    for i, g in enumerate(glyphs):
        if g.kind == "dot":
            ok = 0 < i < len(glyphs) - 1 and glyphs[i - 1].kind == "digit" and glyphs[i + 1].kind == "digit"
            out.append(0.97 if ok else 0.5)
        elif g.kind == "dash":
            out.append(0.97 if len(glyphs) == 1 or i == 0 else 0.6)
        else:
            out.append(-1.0)
    return out


def read_number(gray: np.ndarray | CellReading) -> tuple[str, list[float]]:
    """Read a numeric cell image; returns the number as printed (Thai or Arabic digits, '.', '-')
    and one confidence (0..1) per character. An empty cell gives ("", [])."""
    r = gray if isinstance(gray, CellReading) else analyse(gray)
    glyphs, digits, P = r.glyphs, r.digits, r.P
    text, conf = [], []
    gc = _geom_conf(glyphs)
    marks = any(g.kind == "mark" for g in glyphs)
    k = 0
    for g, c in zip(glyphs, gc):
        if g.kind == "mark":
            continue
        if g.kind == "digit":
            j = int(np.argmax(P[k]))
            text.append(digits[k][j])
            conf.append(float(P[k, j]))
            k += 1
        else:
            text.append("." if g.kind == "dot" else "-")
            conf.append(c)
    s = "".join(text)
    dig = [g for g in glyphs if g.kind == "digit"]
    if len(dig) >= 3:
        # a digit glyph far wider than the others: two digits run together, read as one
        wmed = float(np.median([g.w for g in dig]))
        wide = {id(g) for g in dig if g.w > 1.6 * wmed}
        if wide:
            kept = [g for g in glyphs if g.kind != "mark"]
            conf = [min(c, 0.6) if id(g) in wide else c for g, c in zip(kept, conf)]
    if marks:  # stray ink the reading does not explain: keep it visible as doubt
        conf = [min(c, 0.85) for c in conf]
    if s.count(".") > 1:  # two points: keep the confident structure visible as low conf
        conf = [min(c, 0.5) if ch == "." else c for ch, c in zip(s, conf)]
    return s, conf


def alternatives(gray: np.ndarray | CellReading, n: int = 8) -> list[tuple[str, float]]:
    """Ranked readings of a numeric cell (best first) with their joint probability.

    Readings differ by at most two digits from the best one, each replaced by its runner-up
    class; '.' and '-' are kept as segmented.
    """
    r = gray if isinstance(gray, CellReading) else analyse(gray)
    glyphs, digits, P = r.glyphs, r.digits, r.P
    options: list[list[tuple[str, float]]] = []
    k = 0
    for g in glyphs:
        if g.kind == "mark":
            continue
        if g.kind == "digit":
            order = np.argsort(-P[k])[:3]
            options.append([(digits[k][j], float(P[k, j])) for j in order])
            k += 1
        else:
            options.append([("." if g.kind == "dot" else "-", 1.0)])
    if not options:
        return [("", 1.0)]
    cands: dict[str, float] = {}
    best = [o[0] for o in options]
    base = "".join(c for c, _ in best)
    cands[base] = float(np.prod([p for _, p in best]))
    idx = [i for i, o in enumerate(options) if len(o) > 1]
    for i in idx:
        for alt in options[i][1:]:
            seq = list(best)
            seq[i] = alt
            cands["".join(c for c, _ in seq)] = float(np.prod([p for _, p in seq]))
    for a, b in ((a, b) for a in idx for b in idx if a < b):
        seq = list(best)
        seq[a], seq[b] = options[a][1], options[b][1]
        cands["".join(c for c, _ in seq)] = float(np.prod([p for _, p in seq]))
    return sorted(cands.items(), key=lambda kv: -kv[1])[:n]


@dataclass
class SpanReading:
    """Digits read from a stretch of a text line (see ``read_span``)."""

    text: str
    conf: list[float]
    x0: int  # the read glyphs' extent in the image's columns
    x1: int


def read_span(gray: np.ndarray, x0: int, x1: int) -> Optional[SpanReading]:
    """Read the number printed around columns ``[x0, x1)`` of a strip of a text line.

    ``gray`` is a piece of the line somewhat wider than the number; ``[x0, x1)`` is where
    Tesseract's word boxes put it. Those boxes are only approximate (a digit boxed 7 px wide,
    another boxed over its neighbours), so the number is taken from the glyphs themselves:
    whole glyphs that the boxes half cover, minus glyphs at either end that read as letters
    (``(``, ``ศ``), plus confident digit glyphs that touch the number (a ``๖`` Tesseract gave
    as ``ว``). The script is chosen on the number's glyphs only, not on the letters around.
    Doubtful readings get low confidences: glyphs far from the number's height, points that
    are not between digits, glyphs cut out of a wider blob, Thai marks amid the digits.
    """
    glyphs, mask = segment(gray)
    glyphs = [g for g in glyphs if g.kind in ("digit", "dot", "mark")]
    dig = [g for g in glyphs if g.kind == "digit"]
    if not dig:
        return None
    model = load_model()
    h_all = float(np.median([g.h for g in dig]))
    raw = dict(zip(map(id, dig), model.proba(np.stack([features(mask, g, h_all) for g in dig]))))

    def other(g: Glyph) -> float:
        return float(raw[id(g)][20]) if g.kind == "digit" else 0.0

    def sure_digit(g: Glyph) -> bool:  # only the model's word is not enough: ไ reads as ๕
        if g.kind != "digit":
            return False  # (a point after a point: no reading of it)
        p = raw[id(g)]
        return (p[20] < 0.15 and float(p[:20].max()) > 0.85
                and 0.6 * hc <= g.h <= 1.4 * hc)

    body = [g for g in glyphs if g.kind != "mark"]
    core = [g for g in body if min(g.x + g.w, x1) - max(g.x, x0) >= 0.5 * min(g.w, max(x1 - x0, 1))]
    if not any(g.kind == "digit" for g in core):
        return None
    hc = float(np.median([g.h for g in core if g.kind == "digit"]))

    def letter_like(g: Glyph) -> bool:  # a letter, a bracket, a point: not where a number ends
        return g.kind != "digit" or other(g) > 0.5 or not 0.6 * hc <= g.h <= 1.4 * hc

    while core and letter_like(core[0]):
        core.pop(0)
    lead = None  # the letter of a question code (i๑๘): a narrow stem with a dot, read as a digit
    if len(core) >= 2 and core[0].kind == "digit" and _letter(mask, core[0], glyphs) == "i":
        lead = core.pop(0)
    while core and letter_like(core[0]):
        core.pop(0)
    while core and letter_like(core[-1]):
        core.pop()
    if not core:
        return None
    gap_max = 0.45 * float(np.median([g.h for g in core if g.kind == "digit"]))

    def grow(seq: list[Glyph], step: int) -> None:
        i = body.index(seq[0] if step < 0 else seq[-1]) + step
        while 0 <= i < len(body):
            g, edge = body[i], (seq[0] if step < 0 else seq[-1])
            gap = (edge.x - (g.x + g.w)) if step < 0 else (g.x - (edge.x + edge.w))
            if gap > gap_max:
                return
            if g.kind == "dot":  # only a point followed by a sure digit
                j = i + step
                if not (0 <= j < len(body) and sure_digit(body[j])):
                    return
            elif not sure_digit(g):
                return
            seq.insert(0, g) if step < 0 else seq.append(g)
            i += step

    grow(core, -1)
    grow(core, 1)
    digits_g = [g for g in core if g.kind == "digit"]
    hd = float(np.median([g.h for g in digits_g]))
    P = model.proba(np.stack([features(mask, g, hd) for g in digits_g]))
    script, sub = _script_probs(P)
    text, conf, k = [], [], 0
    H, W = mask.shape
    for i, g in enumerate(core):
        if g.kind == "dot":
            ok = 0 < i < len(core) - 1 and core[i - 1].kind == "digit" and core[i + 1].kind == "digit"
            text.append(".")
            conf.append(0.97 if ok else 0.5)
            continue
        j = int(np.argmax(sub[k]))
        c = float(sub[k, j])
        if not 0.6 * hd <= g.h <= 1.4 * hd:
            c = min(c, 0.5)  # a glyph much shorter or taller than the digits beside it
        if g.x <= 0 or g.x + g.w >= W:
            c = min(c, 0.5)  # cut by the edge of the strip
        for o in digits_g:
            if o is not g and (o.x + o.w == g.x or g.x + g.w == o.x):
                # cut out of one blob: two touching digits, or one wide digit (๙ ๖ ๘) cut in two
                # when the blob also reads as one digit
                u0, u1 = min(o.x, g.x), max(o.x + o.w, g.x + g.w)
                v0, v1 = min(o.y, g.y), max(o.y + o.h, g.y + g.h)
                pu = model.proba(features(mask, Glyph(u0, v0, u1 - u0, v1 - v0, "digit"), hd)[None])[0]
                if pu[20] < 0.15 and float(pu[:20].max()) > 0.9 and u1 - u0 < 1.8 * (v1 - v0):
                    c = min(c, 0.5)
        text.append(script[k][j])
        conf.append(c)
        k += 1
    if len(text) in (2, 3) and text[0] == "๐" and "." not in text:
        conf[0] = min(conf[0], 0.6)  # ๐ before digits in text: more likely a code's o (o๒๓)
    lo, hi = core[0].x, core[-1].x + core[-1].w
    i0 = body.index(core[0])
    if i0 > 0 and body[i0 - 1].kind == "digit" and core[0].x - (body[i0 - 1].x + body[i0 - 1].w) <= gap_max:
        # a question code's letter glued to its digits (i๒, e๒๔): by its shape, when it begins
        # a word (the อ of ข้อ๑ is round too)
        g = body[i0 - 1]
        starts = i0 < 2 or g.x - (body[i0 - 2].x + body[i0 - 2].w) > gap_max
        letter = "i" if g is lead else (_letter(mask, g, glyphs) if starts and other(g) > 0.5 and 0.6 * hd <= g.h <= 1.2 * hd
                                        else None)
        if letter is not None:
            text.insert(0, letter)
            conf.insert(0, 0.9)
            lo = g.x
    top = min(g.y for g in digits_g)
    bottom = max(g.y + g.h for g in digits_g)
    if any(g.kind == "mark" and lo <= g.x + g.w / 2 <= hi and top < g.y + g.h / 2 < bottom for g in glyphs):
        conf = [min(c, 0.6) for c in conf]  # ink amid the digits that the reading does not explain
    return SpanReading("".join(text), conf, lo, hi)


def _letter(mask: np.ndarray, g: Glyph, glyphs: list[Glyph]) -> Optional[str]:
    """The letter of a question code (i, e, o) from its shape, or None.

    ``i``: a narrow stem with a dot above it; ``e``: a round glyph with a filled crossbar in
    its middle rows; ``o``: a round glyph without one (a Thai ๐ written for o also reads o).
    """
    if g.w < 0.6 * g.h:  # serif fonts (Kinnari) give the stem feet
        # the dot of the i: ink just above the stem (too small to be kept as a glyph)
        x0, x1 = max(0, g.x - int(0.2 * g.h)), g.x + g.w + int(0.2 * g.h)
        above = mask[max(0, g.y - int(0.7 * g.h)) : max(0, g.y - 1), x0:x1]
        return "i" if above.sum() >= 3 else None
    if not 0.6 < g.w / g.h < 1.5:
        return None
    crop = mask[g.y : g.y + g.h, g.x : g.x + g.w]
    mid = crop[int(g.h * 0.3) : int(g.h * 0.7) + 1]
    if mid.size and (mid.mean(axis=1) > 0.6).any():
        return "e"
    holes = cv2.findContours(crop.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)[1]
    n_holes = 0 if holes is None else int((holes[0][:, 3] >= 0).sum())
    return "o" if n_holes == 1 else None


def read_code(gray: np.ndarray) -> Optional[tuple[str, list[float]]]:
    """Read a question-code cell (``i๑๔``, ``e5``, ``o๒๓``), or None when the cell is not one.

    Tesseract cannot read most Thai digits, so the digits come from our model and the letter
    from its shape; the letter's confidence is 0.9 (the normalizer can check it against the
    question text).
    """
    glyphs, mask = segment(gray)
    body = [g for g in glyphs if g.kind == "digit"]
    if not 2 <= len(body) <= 3 or any(g.kind == "dash" for g in glyphs):
        return None
    others = [g for g in glyphs if g.kind != "digit"]
    first = body[0]
    bottom = max(g.y + g.h for g in body)
    if any(o.x > first.x + first.w and o.kind == "mark" and o.y < bottom for o in others):
        return None  # marks over the digits: Thai text (ink below them is the next line)
    letter = _letter(mask, first, glyphs)
    if letter is None:
        return None
    if letter == "e":  # a Thai ๑ (a date: ๑๖ ม.ค.) has the crossbar-like loop of an e
        p1 = load_model().proba(features(mask, first, float(np.median([g.h for g in body])))[None])[0]
        if p1[20] < 0.2 and float(p1[:20].max()) > 0.9:
            return None
    h0 = float(np.median([g.h for g in body[1:]]))
    X = np.stack([features(mask, g, h0) for g in body[1:]])
    P = load_model().proba(X)
    if P[:, 20].max() > 0.3:
        return None
    digits, sub = _script_probs(P)
    idx = sub.argmax(axis=1)
    text = letter + "".join(digits[k][j] for k, j in enumerate(idx))
    return text, [0.9] + [float(sub[k, j]) for k, j in enumerate(idx)]


def read_leading_code(gray: np.ndarray) -> Optional[tuple[str, list[float]]]:
    """``read_code`` on the first cluster of glyphs of an image (a code followed, after a gap
    or not, by Thai text): the cluster ends at the first gap wider than a third of the digit
    height, or where Thai marks begin."""
    glyphs, _ = segment(gray)
    dig = [g for g in glyphs if g.kind == "digit"]
    if len(dig) < 2:
        return None
    h0 = float(np.median([g.h for g in dig]))
    order = sorted(glyphs, key=lambda g: g.x)
    end = order[0].x + order[0].w
    for g in order[1:]:
        if g.x - end > 0.33 * h0:
            break
        end = max(end, g.x + g.w)
    for n_keep in (end, ):
        crop = gray[:, : min(gray.shape[1], n_keep + max(2, int(0.15 * h0)))]
        r = read_code(crop)
        if r is not None:
            return r
    # no gap (Tesseract glued the code to the text): try the first 2 and 3 digit-sized glyphs
    for k in (3, 2):
        if len(dig) > k:
            cut = dig[k].x
            r = read_code(gray[:, :cut])
            if r is not None and len(r[0]) == k:
                return r
    return None


# --------------------------------------------------------------------------- building the model


def font_files() -> list[Path]:
    """Thai fonts used to build the model: Sarabun and Noto Sans Thai (pip font packages) and
    the Debian TLWG fonts. Only fonts that are present are returned."""
    out: list[Path] = []
    try:
        import fontpkg_sarabun

        d = Path(fontpkg_sarabun.__file__).parent / "files"
        out += [d / f"Sarabun-{w}.ttf" for w in ("Regular", "Bold", "Light", "Medium", "SemiBold", "Italic")]
    except ImportError:
        pass
    try:
        import fontpkg_noto_sans_thai

        out += sorted((Path(fontpkg_noto_sans_thai.__file__).parent / "files").glob("*.ttf"))
    except ImportError:
        pass
    tlwg = Path("/usr/share/fonts/truetype/tlwg")
    for name in ("Garuda", "Garuda-Bold", "Loma", "Loma-Bold", "Kinnari", "Kinnari-Bold", "Norasi", "Norasi-Bold",
                 "Laksaman", "Laksaman-Bold", "Sawasdee", "Sawasdee-Bold", "Umpush", "Umpush-Bold", "Waree",
                 "Waree-Bold", "TlwgTypo", "TlwgTypist", "Purisa"):
        out.append(tlwg / f"{name}.ttf")
    return [p for p in out if p.exists()]


def random_number(rng: np.random.Generator) -> str:
    """A random score-like string (``98.67``, ``100``, ``5.41``, ``2568``...) in Arabic digits."""
    r = rng.random()
    if r < 0.55:
        return f"{rng.uniform(0, 100):.2f}"
    if r < 0.7:
        return str(int(rng.integers(0, 10000)))
    if r < 0.85:
        return f"{rng.uniform(0, 10):.2f}"
    return "".join(rng.choice(list(ARABIC_DIGITS), size=int(rng.integers(1, 6))))


def render_text(text: str, font_path: Path, px: int, rng: np.random.Generator) -> np.ndarray:
    """Render a string in a font to a grayscale image with a white margin."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_path), px)
    l, t, r, b = font.getbbox(text)
    pad = int(px * 0.3) + 2
    img = Image.new("L", (r - l + 2 * pad, int(px * 1.6) + 2 * pad), 255)
    ImageDraw.Draw(img).text((pad - l, pad + int(px * 0.1)), text, font=font, fill=int(rng.integers(0, 60)))
    return np.array(img)


def degrade(img: np.ndarray, rng: np.random.Generator, strength: float = 1.0) -> np.ndarray:
    """Scan-like degradation of a grayscale image: rotation, blur, noise, morphology, JPEG."""
    h, w = img.shape
    ang = rng.uniform(-2.0, 2.0) * strength
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    out = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if rng.random() < 0.6 * strength:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 1.2))
    if rng.random() < 0.3 * strength:
        k = np.ones((2, 2), np.uint8)
        out = cv2.erode(out, k) if rng.random() < 0.5 else cv2.dilate(out, k)
    if rng.random() < 0.7 * strength:
        out = np.clip(out.astype(np.float32) + rng.normal(0, rng.uniform(3, 18), out.shape), 0, 255).astype(np.uint8)
    if rng.random() < 0.5 * strength:
        q = int(rng.integers(25, 80))
        _, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.imdecode(enc, cv2.IMREAD_GRAYSCALE)
    if rng.random() < 0.25 * strength:  # bilevel scan (CCITT fax style)
        t = rng.uniform(110, 170)
        out = np.where(out < t, 0, 255).astype(np.uint8)
    return out


def make_samples(n_strings: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Training samples from rendered, degraded numbers segmented exactly as at run time.

    Strings whose segmentation does not give one glyph per character are skipped, so labels
    are exact.
    """
    rng = np.random.default_rng(seed)
    fonts = font_files()
    X, y = [], []
    tr = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
    for _ in range(n_strings):
        s = random_number(rng)
        thai = rng.random() < 0.6
        text = s.translate(tr) if thai else s
        if rng.random() < 0.18:  # a word for the reject class
            text = "".join(rng.choice(list(NEGATIVE_CHARS), size=int(rng.integers(2, 6))))
        font = fonts[int(rng.integers(len(fonts)))]
        px = int(rng.integers(22, 70))
        img = degrade(render_text(text, font, px, rng), rng, strength=float(rng.uniform(0.3, 1.0)))
        glyphs, F = glyph_features(img)
        kinds = "".join("d" if g.kind == "digit" else g.kind[:2] for g in glyphs)
        want = "".join("d" if ch not in ".-" else ("do" if ch == "." else "da") for ch in text)
        if kinds != want:
            continue
        labels = [CLASSES.index(ch) if ch in CLASSES else len(CLASSES) - 1 for ch in text if ch not in ".-"]
        X.append(F)
        y.extend(labels)
    return np.concatenate(X), np.array(y)


def train_mlp(X: np.ndarray, y: np.ndarray, hidden: int = 160, epochs: int = 30, seed: int = 0) -> dict:
    """Train the MLP with Adam on softmax cross-entropy; returns its parameters."""
    rng = np.random.default_rng(seed)
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-3
    Z = (X - mu) / sd
    d, k = Z.shape[1], len(CLASSES)
    p = {"W1": rng.normal(0, math.sqrt(2 / d), (d, hidden)).astype(np.float32), "b1": np.zeros(hidden, np.float32),
         "W2": rng.normal(0, math.sqrt(2 / hidden), (hidden, k)).astype(np.float32), "b2": np.zeros(k, np.float32)}
    m = {kk: np.zeros_like(v) for kk, v in p.items()}
    v2 = {kk: np.zeros_like(v) for kk, v in p.items()}
    lr, b1, b2, t = 2e-3, 0.9, 0.999, 0
    Y = np.eye(k, dtype=np.float32)[y]
    for ep in range(epochs):
        order = rng.permutation(len(Z))
        for i in range(0, len(Z), 256):
            bi = order[i : i + 256]
            x, yy = Z[bi], Y[bi]
            hpre = x @ p["W1"] + p["b1"]
            h = np.maximum(hpre, 0)
            o = h @ p["W2"] + p["b2"]
            o -= o.max(axis=1, keepdims=True)
            pr = np.exp(o)
            pr /= pr.sum(axis=1, keepdims=True)
            go = (pr - yy) / len(bi)
            g = {"W2": h.T @ go + 1e-4 * p["W2"], "b2": go.sum(0)}
            gh = (go @ p["W2"].T) * (hpre > 0)
            g["W1"] = x.T @ gh + 1e-4 * p["W1"]
            g["b1"] = gh.sum(0)
            t += 1
            for kk in p:
                m[kk] = b1 * m[kk] + (1 - b1) * g[kk]
                v2[kk] = b2 * v2[kk] + (1 - b2) * g[kk] ** 2
                p[kk] -= lr * (m[kk] / (1 - b1**t)) / (np.sqrt(v2[kk] / (1 - b2**t)) + 1e-8)
        if ep == int(epochs * 0.7):
            lr *= 0.3
    p.update({"mu": mu.astype(np.float32), "sd": sd.astype(np.float32)})
    return p


def build(path: Path = MODEL_PATH, n_strings: int = 14000, seed: int = 0) -> dict:
    """Build the model from the installed Thai fonts and save it; returns held-out metrics."""
    global _BUILDING
    _BUILDING = True
    try:
        X, y = make_samples(n_strings, seed)
        Xv, yv = make_samples(max(1000, n_strings // 7), seed + 1)
    finally:
        _BUILDING = False
    params = train_mlp(X, y)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **params)
    load_model.cache_clear()
    P = MLP(params).proba(Xv)
    pred = P.argmax(1)
    conf = np.zeros((len(CLASSES), len(CLASSES)), int)
    for a, b in zip(yv, pred):
        conf[a, b] += 1
    return {"train": len(y), "valid": len(yv), "valid_acc": float((pred == yv).mean()), "confusion": conf}


def main(argv: list[str]) -> int:
    """``python -m extractors.numerals build`` builds the model and prints its confusion matrix."""
    if not argv or argv[0] != "build":
        print("usage: python -m extractors.numerals build", file=sys.stderr)
        return 2
    r = build()
    print(f"glyphs train={r['train']} valid={r['valid']} valid_acc={r['valid_acc']:.4f}")
    print("     " + " ".join(f"{c:>3}" for c in CLASSES))
    for i, row in enumerate(r["confusion"]):
        print(f"{CLASSES[i]:>3}  " + " ".join(f"{v:>3}" for v in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
