"""Reading a numeric cell: each digit glyph classified, ``.`` and ``-`` from geometry, the number
as printed with one confidence per character, and its ranked alternatives."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from extractors.numerals.glyphs import Glyph, glyph_features, segment as _segment
from extractors.numerals.mlp import ARABIC_DIGITS, CLASSES, THAI_DIGITS
from extractors.numerals.training import load_model

SPLIT_CONF = 0.85  # at most this sure of a digit cut out of a blob that also read as one digit
# A digit the classifier gives less than DIGIT_SURE is doubtful: its confidence is capped at DOUBTED,
# under the 0.9 line of every reader downstream (``low_confidence_ocr``). Calibrated in session 41 on
# 22 dev scans' score rows paired to their truth by code / indicator: of the rows whose score cell read
# at 0.9 or more (1544 right, 1 wrong), cells at 0.90-0.95 were 11 right and unflagged (0.7 % of the
# right values), at 0.95-0.97 5 right and 1 wrong (a mean check flags it), at 0.97 and over (a point's
# own confidence caps a decimal) none wrong; the wrong one the line is for: 61105 p1 ``๘๓.๓๗`` read
# ``๘๓.๗๗`` with no flag, its ``๗`` at 0.93 (runner-up ``๙``).
DIGIT_SURE, DOUBTED = 0.95, 0.89


def digit_conf(p: float) -> float:
    """A digit glyph's confidence from its class probability (``DIGIT_SURE``)."""
    return p if p >= DIGIT_SURE else min(p, DOUBTED)


def segment(gray: np.ndarray) -> tuple[list[Glyph], np.ndarray]:
    """``glyphs.segment`` with the shipped model deciding where touching digits are cut."""
    return _segment(gray, load_model())


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
    model = load_model()
    _, X = glyph_features(gray, model)
    if not len(X):
        return 0, 0.0, 0.0
    po = model.proba(X)[:, 20]
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
    model = load_model()
    feats = [glyph_features(g, model) for g in grays]
    allX = [X for _, X in feats if len(X)]
    raw_all = model.proba(np.concatenate(allX)) if allX else np.zeros((0, len(CLASSES)))
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
            conf.append(digit_conf(float(P[k, j])))
            k += 1
        else:
            text.append("." if g.kind == "dot" else "-")
            conf.append(c)
    s = "".join(text)
    kept = [g for g in glyphs if g.kind != "mark"]  # the glyphs ``conf`` is for, in order
    dig = [g for g in glyphs if g.kind == "digit"]
    if len(dig) >= 3:
        # a digit glyph far wider than the others: two digits run together, read as one
        # (narrow glyphs, an Arabic 1, do not set the measure: ``11.14`` has no wide digit)
        full = [g.w for g in dig if g.w >= 0.45 * g.h] or [g.w for g in dig]
        wmed = float(np.median(full))
        wide = {id(g) for g in dig if g.w > 1.6 * wmed}
        if wide:
            conf = [min(c, 0.6) if id(g) in wide else c for g, c in zip(kept, conf)]
    # a blob that read as one digit fairly well, read as two (``_split_wide``): both readings were
    # possible, so the split's digits stay doubtful (Garuda's ``๗`` at 38 px splits into two
    # confident ``๗``; ``๔1`` kerned into one blob is two)
    conf = [min(c, SPLIT_CONF) if g.split else c for g, c in zip(kept, conf)]
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
