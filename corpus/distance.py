"""Edit distances the corpus scorer pairs and measures text with (corpus/score.py): the plain
Levenshtein distance and the substring (semi-global) distance of a name to the closest piece
of a row's text."""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert/delete/substitute = 1): rapidfuzz's (a dependency of the project,
    ``normalizers.fields.units`` uses it too)."""
    return Levenshtein.distance(a, b)


def substring_distance(a: str, b: str) -> int:
    """Edits to turn ``a`` into the closest piece of ``b`` (a name printed after other words of
    a row whose columns ran together still counts): Sellers' semi-global edit distance, the
    minimum over every end position in ``b`` with a free start, computed with Myers' bit-vector
    recurrences (Hyyrö's formulation; one pass over ``b`` with Python integers as bit vectors).
    Same result as the textbook table (``substring_distance_table``, kept for the test)."""
    m = len(a)
    if m == 0:
        return 0
    peq: dict[str, int] = {}
    for i, ca in enumerate(a):
        peq[ca] = peq.get(ca, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    best = m
    for cb in b:
        eq = peq.get(cb, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & mask  # row 0 costs nothing anywhere in b: nothing shifts in
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
        if score < best:
            best = score
    return best


def substring_distance_table(a: str, b: str) -> int:
    """The same distance by the full dynamic-programming table (slow; the reference)."""
    prev = [0] * (len(b) + 1)
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return min(prev)
