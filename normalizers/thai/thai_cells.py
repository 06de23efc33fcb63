"""Thai repair of one table cell: its wrapped lines repaired as one text, then wrap
breaks and wrap-only spaces joined where the dictionary says the text reads across."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import SP
from normalizers.thai.thai_lines import repair_lines
from normalizers.thai.thai_signs import RX_FAST

UNK = thai_dict.UNKNOWN

_NO_PHRASE_END = frozenset(
    "ใน ของ ที่ ซึ่ง การ ความ แก่ แห่ง ต่อ กับ โดย จาก เพื่อ ให้ ถึง ตาม ด้วย และ หรือ แต่ "
    "ทั้ง มี เป็น ได้แก่ คือ ว่า หาก ถ้า เมื่อ ผู้ ผล ข้อ ตัว ระบบ ของหน่วยงาน".split())
_NO_PHRASE_START = frozenset("ๆ ของ แล้ว ไว้ ด้วย ได้ อยู่ ขึ้น ลง".split())
_RX_CELL_JOIN = re.compile(f"([\u0e01-\u0e4e]+)({SP}*\n{SP}*|{SP}+)(?=([\u0e01-\u0e4e]+))")


def _junction_words(left: str, right: str) -> tuple[str, str, bool]:
    """Last word of ``left``, first word of ``right``, and whether a dictionary word
    spans the junction when they are joined."""
    seg_l = thai_dict.segment(left)
    seg_r = thai_dict.segment(right)
    # (the joined text's cost array starts as ``left``'s: only the rest is filled, then memoised)
    thai_dict.score_edit(left, left + right)
    joined = thai_dict.segment(left + right)
    cut = len(left)
    pos = 0
    spans = False
    for piece in joined:
        if pos < cut < pos + len(piece) and thai_dict.is_word(piece):
            spans = True
        pos += len(piece)
    return (seg_l[-1] if seg_l else ""), (seg_r[0] if seg_r else ""), spans


def repair_cell(text: str) -> tuple[str, list[str]]:
    """Repair one table cell (wrapped lines joined by ``\\n``) and return it as one
    line, plus flags for the decisions made.

    Line-wrap breaks and wrap-only spaces between Thai text are removed where the
    joined text reads as dictionary words (a word spans the break, or the left
    side ends with a word that cannot end a phrase); real phrase spaces and the
    space between Latin/number tokens are kept.
    """
    if text is None:
        return text, []
    flags: set[str] = set()
    s = text.replace("\r\n", "\n").replace("\r", "\n")
    if RX_FAST.search(s):
        s = repair_lines(s, flags, cell=True)
    # wrap breaks and wrap spaces between Thai runs
    pieces: list[str] = []
    last = 0
    for m in _RX_CELL_JOIN.finditer(s):
        left, gap, right = m.group(1), m.group(2), m.group(3)
        lw, rw, spans = _junction_words(left, right)
        if "\n" in gap:
            joiner = ""  # a wrap inside a Thai run: Thai words are not space-separated
            if not spans and thai_dict.score(left[-6:] + right[:6]) >= UNK:
                flags.add("thai_repair:wrap_join_uncertain")
        else:
            join = spans or lw in _NO_PHRASE_END or rw in _NO_PHRASE_START
            joiner = "" if join else gap
            if join:
                flags.add("thai_repair:wrap_space_removed")
        pieces.append(s[last:m.start(2)])
        pieces.append(joiner)
        last = m.end(2)
    pieces.append(s[last:])
    s = "".join(pieces)
    s = re.sub(f"{SP}*\n{SP}*", " ", s).strip()
    return s, sorted(flags)
