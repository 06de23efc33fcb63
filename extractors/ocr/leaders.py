"""Dotted leaders on page images (``i12 ………… 78.45``, ``คะแนนรวม ........ 84.21``).

A leader is a row of small, solid, evenly spaced dots with no ink right above or below them.
Left in the page, its dots are hundreds of tiny components: they drag the page's typical glyph
height down so far that Thai marks become "lines" of their own, and Tesseract reads the dots as
letters (``cecccsss``, ``UCL``). Found here, the dots are kept out of line finding; the line
is read as its key (Tesseract), a leader (written ``......``, the normalizer's leader mark) and
its value (the numeral recognizer, with a confidence, when it is a number).
"""

from __future__ import annotations
from dataclasses import dataclass
import cv2
import numpy as np
from extractors.ocr.lines import TextLine
from extractors.ocr.tess import Word

MIN_DOTS = 5


@dataclass
class Leader:
    x0: int  # first dot's left edge
    x1: int  # last dot's right edge
    y0: int
    y1: int
    comps: list[int]  # component indices (0-based, as in ``st[1:]``)


def find_leaders(ink: np.ndarray, st: np.ndarray, keep: np.ndarray) -> list[Leader]:
    """Leaders among the connected components of a binarized page (``st``: OpenCV stats with
    the background row first, ``keep``: components that count)."""
    xs, ys = st[1:, cv2.CC_STAT_LEFT], st[1:, cv2.CC_STAT_TOP]
    ws, hs, area = st[1:, cv2.CC_STAT_WIDTH], st[1:, cv2.CC_STAT_HEIGHT], st[1:, cv2.CC_STAT_AREA]
    if keep.sum() < MIN_DOTS:
        return []
    ref = float(np.percentile(hs[keep], 90))  # a tall letter's height, whatever the dots' share
    if ref < 6:
        return []
    cand = keep & (hs <= 0.3 * ref) & (ws <= 0.3 * ref) & (ws <= 2.5 * hs) & (hs <= 2.5 * ws) & (area >= 0.4 * ws * hs)
    idx = np.nonzero(cand)[0]
    if len(idx) < MIN_DOTS:
        return []
    # nothing right above (a tone mark has its consonant below it, a dot has nothing)
    ii = cv2.integral((ink > 0).astype(np.uint8))
    H, W = ink.shape
    up, down = int(0.7 * ref), int(0.35 * ref)

    def ink_in(x0, y0, x1, y1):
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        if x1 <= x0 or y1 <= y0:
            return 0
        return int(ii[y1, x1] - ii[y0, x1] - ii[y1, x0] + ii[y0, x0])

    iso = [i for i in idx if ink_in(xs[i], ys[i] - up, xs[i] + ws[i], ys[i] - 1) <= 2
           and ink_in(xs[i], ys[i] + hs[i] + 1, xs[i] + ws[i], ys[i] + hs[i] + down) <= 2]
    if len(iso) < MIN_DOTS:
        return []
    iso.sort(key=lambda i: ys[i] + hs[i] / 2)
    rows: list[list[int]] = []
    for i in iso:
        c = ys[i] + hs[i] / 2
        if rows and abs(c - np.mean([ys[j] + hs[j] / 2 for j in rows[-1][-8:]])) <= 0.15 * ref:
            rows[-1].append(i)
        else:
            rows.append([i])
    out = []
    for row in rows:
        row.sort(key=lambda i: xs[i])
        chain = [row[0]]
        for i in row[1:] + [None]:
            if i is not None and xs[i] - (xs[chain[-1]] + ws[chain[-1]]) <= 1.0 * ref:
                chain.append(i)
                continue
            if len(chain) >= MIN_DOTS and _regular(chain, xs, ws):
                out.append(Leader(int(xs[chain[0]]), int(xs[chain[-1]] + ws[chain[-1]]),
                                  int(min(ys[j] for j in chain)), int(max(ys[j] + hs[j] for j in chain)), list(chain)))
            if i is not None:
                chain = [i]
    return out


def _regular(chain: list[int], xs: np.ndarray, ws: np.ndarray) -> bool:
    """Dots at a steady pitch (an ellipsis' dots pair up, so allow some spread)."""
    centres = np.array([xs[i] + ws[i] / 2 for i in chain], float)
    d = np.diff(centres)
    return bool(d.min() > 0 and d.max() <= 3.0 * np.median(d))


def leader_mask(n_comps: int, leaders: list[Leader]) -> np.ndarray:
    m = np.zeros(n_comps, bool)
    for ld in leaders:
        m[ld.comps] = True
    return m


LEADER_SEQ = 1_000_000  # reading order of a leader inside its line: after the key, before the value
LEADER_TEXT = "......"


def _trim(ln: TextLine, a: int, b: int, thr: int = 160) -> TextLine | None:
    """The part ``a:b`` of a line, cut to its ink (None when blank)."""
    sub = ln.img[:, a:b]
    ink = sub < thr
    cols, rows = np.nonzero(ink.any(axis=0))[0], np.nonzero(ink.any(axis=1))[0]
    if cols.size == 0 or int(ink.sum()) < 8:
        return None
    return TextLine(sub[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1], ln.x0 + a + int(cols[0]), ln.y0 + int(rows[0]))


def leader_parts(lines: list[TextLine], img: np.ndarray) -> tuple[list[tuple[int, TextLine, bool]], list[Word]]:
    """What to read of each line: ``(line index, image part, part is after a leader)`` for
    Tesseract, and words already read (``Word.fixed``, line ids ``(0, 0, k)``): each leader as
    ``......``, and a value after a leader that is one number read by the numeral recognizer
    (its confidence the least sure digit's, x100 as Tesseract's)."""
    from extractors import numerals
    from extractors.ocr.cells import looks_numeric

    reads: list[tuple[int, TextLine, bool]] = []
    extra: list[Word] = []
    values: list[tuple[int, TextLine]] = []
    for k, ln in enumerate(lines):
        if ln.leader is None:
            reads.append((k, ln, False))
            continue
        la, lb = ln.leader
        left = _trim(ln, 0, la)
        right = _trim(ln, lb, ln.img.shape[1])
        if left is not None:
            reads.append((k, left, False))
        h = ln.img.shape[0]
        extra.append(Word(LEADER_TEXT, ln.x0 + la, ln.y0 + h // 2, max(1, lb - la), max(1, h // 4), 95.0,
                          (0, 0, k), seq=LEADER_SEQ, fixed=True))
        if right is not None:
            values.append((k, right))
    readings = numerals.analyse_many([v.img for _, v in values]) if values else []
    for (k, part), rd in zip(values, readings):
        if looks_numeric(rd) and any(g.kind == "digit" for g in rd.glyphs):
            text, cc = numerals.read_number(rd)
            if text and any(ch.isdigit() for ch in text):
                conf = float(min(cc)) if cc else 0.5
                extra.append(Word(text, part.x0, part.y0, part.img.shape[1], part.img.shape[0], 100.0 * conf,
                                  (0, 0, k), seq=LEADER_SEQ + 1, fixed=True))
                continue
        reads.append((k, part, True))
    return reads, extra
