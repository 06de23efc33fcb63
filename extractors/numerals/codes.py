"""Reading question codes (``i๑๔``, ``e5``, ``o๒๓``): the letter from its shape, the digits by
the model."""
from __future__ import annotations

from typing import Optional

import cv2
import numpy as np

from extractors.numerals.glyphs import Glyph, features
from extractors.numerals.reading import _script_probs, segment
from extractors.numerals.training import load_model


def _tight(crop: np.ndarray) -> Optional[np.ndarray]:
    """A glyph mask cut to its ink (a glyph box can hold empty rows left by segmentation)."""
    rows, cols = np.nonzero(crop.any(axis=1))[0], np.nonzero(crop.any(axis=0))[0]
    if not len(rows) or not len(cols):
        return None
    return crop[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def _longest_run(row: np.ndarray) -> int:
    best = run = 0
    for v in row:
        run = run + 1 if v else 0
        best = max(best, run)
    return best


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
    crop = _tight(mask[g.y : g.y + g.h, g.x : g.x + g.w])
    if crop is None or not 0.6 < crop.shape[1] / crop.shape[0] < 1.5:
        return None
    h = crop.shape[0]
    mid = crop[int(h * 0.3) : int(h * 0.7) + 1]
    # the crossbar: a middle row inked across (one run over most of the width); a bold or
    # blurred o has middle rows mostly ink too, but with its hole between two strokes
    if mid.size and any(_longest_run(row) >= 0.8 * crop.shape[1] for row in mid):
        return "e"
    n_holes = _holes(crop)
    if n_holes == 0:  # a thin top stroke lost to blur leaves a one-pixel channel into the hole
        n_holes = _holes(cv2.morphologyEx(np.pad(crop.astype(np.uint8), 2), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)))
    return "o" if n_holes == 1 else None


def _stacked(mask: np.ndarray, g: Glyph) -> bool:
    """A glyph box holding ink of two text lines one above the other (a cell of two codes,
    ``i๒๒`` over ``i๒๓``: their digits' columns overlap and were merged into one glyph): a blank
    row band parts two inked parts each at least a fifth of the box high."""
    rows = mask[g.y : g.y + g.h, g.x : g.x + g.w].any(axis=1)
    runs, start = [], None
    for i, v in enumerate(list(rows) + [False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            runs.append(i - start)
            start = None
    return sum(1 for n in runs if n >= 0.2 * g.h) >= 2


def _holes(crop: np.ndarray) -> int:
    holes = cv2.findContours(crop.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)[1]
    return 0 if holes is None else int((holes[0][:, 3] >= 0).sum())


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
    if any(_stacked(mask, g) for g in body[1:]):
        return None  # two lines of codes in one cell: read line by line (``reread_column_codes``)
    others = [g for g in glyphs if g.kind != "digit"]
    first = body[0]
    bottom = max(g.y + g.h for g in body)
    if any(o.x > first.x + first.w and o.kind == "mark" and o.y < bottom for o in others):
        return None  # marks over the digits: Thai text (ink below them is the next line)
    letter = _letter(mask, first, glyphs)
    if letter is None:
        return None
    p1 = load_model().proba(features(mask, first, float(np.median([g.h for g in body])))[None])[0]
    if letter == "e":  # a Thai ๑ (a date: ๑๖ ม.ค.) has the crossbar-like loop of an e
        if p1[20] < 0.2 and float(p1[:20].max()) > 0.9:
            return None
    elif letter == "o":  # a Thai digit's loop is a hole too (``๑0 การป้องกัน…``); a ๐ is an o
        k = int(np.argmax(p1[:20]))
        if p1[20] < 0.2 and 1 <= k <= 9 and p1[k] > 0.9:
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


def _leading_code_span(gray: np.ndarray) -> Optional[tuple[str, list[float], int]]:
    """(code, confidences, the x its pixels end at) of :func:`read_leading_code`.

    ``read_code`` on the first cluster of glyphs of an image (a code followed, after a gap
    or not, by Thai text): the cluster ends at the first gap wider than a third of the digit
    height, or where Thai marks begin."""
    glyphs, _ = segment(gray)
    dig = [g for g in glyphs if g.kind == "digit"]
    if len(dig) < 2:
        return None
    # the code's own height: its first glyphs (the Thai text after it is x-height, shorter,
    # and would shrink the gap allowed between the code's Arabic digits)
    # (Thai digits are x-height themselves: never below the line's median)
    h0 = max(float(np.median([g.h for g in sorted(dig, key=lambda g: g.x)[:3]])), float(np.median([g.h for g in dig])))
    order = sorted(glyphs, key=lambda g: g.x)
    end = order[0].x + order[0].w
    prev = order[0]
    for g in order[1:]:
        # a narrow digit (an Arabic ``1``) keeps wide side bearings: ``i11`` spaces its ones
        # 0.45 of a digit height apart on a scan (the space before the text: 0.55 and more).
        # Not wider for other digits: a Thai letter after ``o๑`` (``ค``) reads as ``๑``.
        # (an Arabic ``1`` before a Thai digit, ``i1๔``: the Thai digits are x-height and make ``h0``
        # small, so the ``1`` is narrow for its own height: dev fresh35s 51108 p6, 200 dpi, ``i1๔`` read
        # ``i1`` by Tesseract and here, i14 passed as i1 with no flag about the code)
        narrow = prev.kind == g.kind == "digit" and (min(prev.w, g.w) < 0.45 * h0 or prev.w < 0.45 * prev.h)
        if g.x - end > (0.5 if narrow else 0.33) * h0:
            break
        end = max(end, g.x + g.w)
        if g.kind == "digit":
            prev = g  # (the i's dot is no glyph of the code's width)
    for n_keep in (end, ):
        crop = gray[:, : min(gray.shape[1], n_keep + max(2, int(0.15 * h0)))]
        r = read_code(crop)
        if r is not None:
            return r[0], r[1], crop.shape[1]
    # no gap (Tesseract glued the code to the text): try the first 2 and 3 digit-sized glyphs
    for k in (3, 2):
        if len(dig) > k:
            cut = dig[k].x
            r = read_code(gray[:, :cut])
            if r is not None and len(r[0]) == k:
                return r[0], r[1], cut
    return None


def read_leading_code(gray: np.ndarray) -> Optional[tuple[str, list[float]]]:
    """``read_code`` on the first cluster of glyphs of an image (a code followed, after a gap
    or not, by Thai text): the cluster ends at the first gap wider than a third of the digit
    height, or where Thai marks begin."""
    r = _leading_code_span(gray)
    return None if r is None else (r[0], r[1])


def read_code_run(gray: np.ndarray, most: int = 4) -> list[tuple[str, list[float]]]:
    """The codes opening a line image one after another (``i๒๐ i๒๑ ผู้รับ…``): each read by
    :func:`read_leading_code` from where the one before ended; stops at the first that does
    not read as a code."""
    out: list[tuple[str, list[float]]] = []
    x = 0
    while len(out) < most and x < gray.shape[1] - 2:
        r = _leading_code_span(gray[:, x:])
        if r is None:
            break
        out.append((r[0], r[1]))
        x += max(1, r[2])
    return out
