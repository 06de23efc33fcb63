"""Character error rate (CER) for evaluating Thai text repair.

Pure functions, no I/O. Edit distance uses Hyyrö's bit-parallel algorithm on
Python integers, so whole pages (tens of thousands of characters) are cheap.
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b`` (unit costs)."""
    if a == b:
        return 0
    if not a:
        return len(b)
    if not b:
        return len(a)
    # trim common prefix/suffix: repaired text is mostly identical to truth
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    j = 0
    n = min(len(a), len(b))
    while j < n and a[-1 - j] == b[-1 - j]:
        j += 1
    if j:
        a, b = a[:-j], b[:-j]
    if not a:
        return len(b)
    if not b:
        return len(a)
    # pattern = a (bit vector), text = b
    m = len(a)
    peq: dict[str, int] = {}
    for k, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << k)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def cer(hyp: str, ref: str, *, ignore_space: bool = False) -> float:
    """Character error rate of ``hyp`` against the reference ``ref``.

    With ``ignore_space`` all whitespace is removed from both first (the
    convention used for the PK-124960 ground truth, whose line breaks and
    layout differ from the PDF's).
    """
    if ignore_space:
        hyp, ref = _WS.sub("", hyp), _WS.sub("", ref)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(hyp, ref) / len(ref)


def corpus_cer(pairs, *, ignore_space: bool = False) -> float:
    """Micro-averaged CER over ``(hyp, ref)`` pairs (total edits / total ref chars)."""
    edits = total = 0
    for hyp, ref in pairs:
        if ignore_space:
            hyp, ref = _WS.sub("", hyp), _WS.sub("", ref)
        edits += edit_distance(hyp, ref)
        total += len(ref)
    return edits / total if total else 0.0
