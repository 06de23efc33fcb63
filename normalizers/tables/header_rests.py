"""A header's wrapped word rests: the row under a table's header that only holds the ends of
column titles a narrow cell wrapped onto a line of their own, read as a row where a table
without rules is cut into rows by the gaps between lines (``normalizers.tables.grid``)."""
from __future__ import annotations

from functools import lru_cache

from normalizers.tables.header_rows import HEADER_WORDS, _title_like
from normalizers.tables.text import squash
from normalizers.tables.vocab import vocab

REST_LEN = 6  # letters: the longest rest of a header word wrapped onto a line of its own
REST_WORD_LEN = 10  # a whole word wrapped beside such a rest (``ดำเนินการ``: fresh36 53017 docx)


def header_word_rests(cells: list[list[str]], top: int, depth: int) -> list[tuple[int, int]]:
    """The row under a header that only holds the rests of header words its cells wrapped
    (``ผู้รับผิดชอบ/หน่วย`` over ``งาน``, read as a row of its own where a table without rules
    is cut into rows by the gaps between lines: dev seed 17286 docx, the unit ``งาน`` glued to
    the first measure's units). Each filled cell is short, lies under a header cell, and
    completes a vocabulary word that the header cell ends in the middle of, or, beside such a
    rest, is a vocabulary word of its own; at most half the row is filled. Returns ``(column,
    header row)`` per rest, or [] when the row is no such rest."""
    if not (top < depth < len(cells) - 1):
        return []
    row = cells[depth]
    filled = [c for c, x in enumerate(row) if x.strip()]
    if not filled or len(row) < 3 or 2 * len(filled) > len(row):
        return []
    out, completed = [], False
    for c in filled:
        rest = squash(row[c])
        if len(rest) > REST_WORD_LEN or not _title_like(rest) or any(ch.isdigit() for ch in rest):
            return []
        up = next((r for r in range(depth - 1, top - 1, -1) if c < len(cells[r]) and cells[r][c].strip()), None)
        if up is None:
            return []
        if completes_word(squash(cells[up][c]), rest):
            completed = True
        elif rest not in _vocab_words():
            return []
        out.append((c, up))
    return out if completed else []


@lru_cache(maxsize=1)
def _vocab_words() -> frozenset[str]:
    return frozenset ({w for _, w, _, _ in vocab().words} | set(HEADER_WORDS))


def completes_word(upper: str, rest: str) -> bool:
    """Whether ``rest`` (squashed, short) completes a vocabulary word that the header cell
    ``upper`` (squashed) ends in the middle of (``…/หน่วย`` + ``งาน``)."""
    if not rest or len(rest) > REST_LEN or not _title_like(rest) or any(ch.isdigit() for ch in rest):
        return False
    words = {w for w in _vocab_words() if len(w) >= 4}
    joined = upper + rest
    return any(joined.endswith(w) and len(w) > len(rest) for w in words)
