"""Reading the digits of a stretch of a text line (a number amid words, where Tesseract's boxes
are only approximate)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from extractors.numerals.codes import _letter
from extractors.numerals.glyphs import Glyph, features
from extractors.numerals.reading import _script_probs, digit_conf, segment
from extractors.numerals.training import load_model


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
        c = digit_conf(float(sub[k, j]))
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
