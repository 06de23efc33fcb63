"""Header words Tesseract garbled, snapped back to the header vocabulary.

A table's column roles are decided by its header words (``normalizers/data/header_vocab.json``)
before its cell contents. On scans one OCR slip in a header word is enough to lose the whole
column: ``แนวทางการดลำเนินการ`` (a letter added before ``ำ``), ``แนวทางการคดำเนินการ``,
``วิธีการดำเน็นงาน`` (``ิ`` read ``็``) match no vocabulary word, and the steps of every measure
on the page are dropped. The mark edits of ``ocr_words`` do not reach them (an added letter
is not a mark).

``snap_vocab(run)`` looks, in one Thai run (no spaces) the dictionary does not fully cover,
for a stretch within a small edit distance of a vocabulary word of at least six letters, and
writes the word there, but only where the stretch itself holds a character no dictionary word
covers (so ``การดำเนินงาน``, a real word, is never made ``การดำเนินการ``) and the run then
segments with fewer uncovered characters. In a run the dictionary covers only one added
letter is taken out of a word of nine letters or more (``การดลำเนินการ`` reads as
``การ|ดล|ำ…``). Used on OCR'd table text only (via
``mend_ocr_text``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import partial_ratio_alignment

from normalizers.thai import thai_dict

_VOCAB = Path(__file__).resolve().parents[1] / "data" / "header_vocab.json"
_MIN_LEN = 6  # shorter words match too much by chance
_CUTOFF = 80.0  # partial_ratio of the word against its best window in the run


@lru_cache(maxsize=1)
def vocab_words() -> tuple[str, ...]:
    """The vocabulary's Thai words of at least ``_MIN_LEN`` letters the dictionary reads,
    longest first."""
    d = json.loads(_VOCAB.read_text(encoding="utf-8"))
    words: set[str] = set()
    for kinds in d["roles"].values():
        for kind in ("strong", "weak"):
            for w in kinds.get(kind, []):
                words.add(w[0] if isinstance(w, list) else w)
    words.update(d.get("group", []))
    words.update(d.get("header_row_words", []))
    words.update(d.get("exact", {}))
    out = {"".join(w.split()) for w in words}
    # broken spellings the vocabulary lists as reports print them (ผู้รับผิดขอบ) are not targets
    return tuple(sorted((w for w in out if len(w) >= _MIN_LEN and all("\u0e01" <= c <= "\u0e4e" for c in w)
                         and thai_dict.score(w) < thai_dict.UNKNOWN), key=lambda w: (-len(w), w)))


def _max_edits(word: str) -> int:
    return 1 if len(word) < 9 else 2 if len(word) < 15 else 3


def _best_span(word: str, run: str, start: int, end: int) -> tuple[int, int, int]:
    """(distance, start, end) of the stretch near ``run[start:end]`` closest to ``word``."""
    best = (len(word) + 1, start, end)
    for a in range(max(0, start - 2), min(len(run), start + 3)):
        for b in range(max(a + 1, end - 2), min(len(run), end + 2) + 1):
            d = Levenshtein.distance(word, run[a:b])
            if (d, abs(a - start) + abs(b - end)) < (best[0], abs(best[1] - start) + abs(best[2] - end)):
                best = (d, a, b)
    return best


def _best_snap(run: str, cost: int) -> tuple[str, int] | None:
    """The best single snap of ``run`` (fewest uncovered characters, then fewest edits, then
    fewest words: ``ผู้รับผิดชอบ`` before the listed misprint ``ผู้รับผิดขอบ``), or None."""
    covered = cost < thai_dict.UNKNOWN
    unknown = thai_dict.unknown_positions(run)
    best = None
    for word in vocab_words():
        if word in run or len(word) > len(run) + 1:
            continue
        al = partial_ratio_alignment(word, run, score_cutoff=_CUTOFF)
        if al is None:
            continue
        d, a, b = _best_span(word, run, al.dest_start, al.dest_end)
        if d == 0 or d > _max_edits(word) or abs(b - a - len(word)) > 1:
            continue  # too far, or a stretch of another length (a word cut by a line end)
        cand = run[:a] + word + run[b:]
        c = thai_dict.score(cand)
        if covered:
            # a run of dictionary words (``แนวทางการดลำเนินการ`` = ...|ดล|ำ...): only one added
            # letter is taken out, and only for a long word
            if not (len(word) >= 9 and d == 1 and b - a == len(word) + 1 and c <= cost):
                continue
        elif not any(a <= p < b for p in unknown) or c // thai_dict.UNKNOWN >= cost // thai_dict.UNKNOWN:
            continue  # the stretch reads as dictionary words (another word), or nothing gained
        key = (c // thai_dict.UNKNOWN, d, c)
        if best is None or key < best[0]:
            best = (key, cand, c)
    return None if best is None else (best[1], best[2])


@lru_cache(maxsize=8192)
def snap_vocab(run: str) -> str:
    """``run`` with garbled vocabulary words written as the vocabulary spells them."""
    if len(run) < _MIN_LEN - 1:
        return run
    cost = thai_dict.score(run)
    for _ in range(3):
        got = _best_snap(run, cost)
        if got is None:
            break
        run, cost = got
    return run
