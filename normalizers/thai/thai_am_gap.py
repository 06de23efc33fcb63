"""The real space a lost-nikhahit gap may hold, in a word list (issue 16).

NotoSansThai text read by pdfplumber loses the nikhahit of ``ำ`` and prints its width as two
spaces after the ``า`` (``ประจา  ปี``), whether or not a real space follows: ``สระว่ายน้า  การกระทา``
is ``สระว่ายน้ำ การกระทำ``, ``บา  เพญ็ ตน`` is ``บำเพ็ญตน``. The exact stage joins every such gap
(``RX_AA_SPACES``), which is right in running text. In a text whose words are set apart by
spaces (``_listy``: word lists, names), once the line is repaired, the joined ``ำ`` is read
against the dictionary and the corpus on both sides: where no dictionary word nor known name
spans the junction and both sides end and start with words the Thai National Corpus knows,
the gap held the list's space too and it is put back.
"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import CONSONANTS, MARKS, RX_CONS, RX_TONE, SARA_AM, SP

# a ``ำ`` (after its consonant and tone) joined to the next Thai syllable
_RX_AM_JOINED = re.compile(f"(?<=[{RX_CONS}])[{RX_TONE}]?\u0e33(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_RX_THAI_TAIL = re.compile("[\u0e01-\u0e4e]*\\Z")
_RX_THAI_HEAD = re.compile("[\u0e01-\u0e4e]*")


# the gap as printed: two spaces or more after a SARA AA of a Thai word (its tone may stand apart: กะโซน่ ้า  การ)
_RX_GAP = re.compile(f"(?<=[\u0e01-\u0e4e])[\u0e32\u0e33]{SP}{{2,}}(?=[\u0e01-\u0e4e])")


def _gap_bases(raw: str) -> list[str]:
    """The consonant before each lost-nikhahit gap of ``raw`` (marks and spaces between skipped)."""
    out = []
    for m in _RX_GAP.finditer(raw):
        i = m.start() - 1
        while i >= 0 and raw[i] not in CONSONANTS and (raw[i] in MARKS or raw[i] == " "):
            i -= 1
        if i >= 0 and raw[i] in CONSONANTS:
            out.append(raw[i])
    return out


def _crossed(run: str, k: int) -> bool:
    """Whether the dictionary reading of ``run`` has a word spanning position ``k``."""
    at = 0
    for piece in thai_dict.segment(run):
        if at < k < at + len(piece):
            return True
        at += len(piece)
        if at >= k:
            return False
    return False


def _known_at(run: str, k: int) -> bool:
    """Whether the pieces of ``run``'s dictionary reading ending at ``k`` and starting there are
    both words: of the dictionary, or counted by the corpus (``corpus_logp`` of a word it lacks
    is its floor)."""
    pieces = thai_dict.segment(run)
    at, left, right = 0, "", ""
    for piece in pieces:
        if at + len(piece) == k:
            left = piece
        if at == k:
            right = piece
        at += len(piece)
    floor = thai_dict.corpus_logp("\ue001")  # a piece no corpus word matches
    return all(w and (thai_dict.is_word(w) or thai_dict.corpus_logp(w) > floor) for w in (left, right))


def gap_spaces(raw: str, fixed: str) -> str:
    """``fixed`` (the repaired line of ``raw``) with the list's space put back after each ``ำ``
    joined across a lost-nikhahit gap of ``raw`` where neither a dictionary word nor a known name
    spans the junction and the corpus knows the words on both sides."""
    bases = _gap_bases(raw)
    if not bases or SARA_AM not in fixed:
        return fixed
    cuts = []
    for m in _RX_AM_JOINED.finditer(fixed):
        base = fixed[m.start() - 1]
        if base not in bases:
            continue
        bases.remove(base)
        left = _RX_THAI_TAIL.search(fixed, 0, m.end())
        right = _RX_THAI_HEAD.match(fixed, m.end())
        a = left.group(0) if left else ""
        b = right.group(0) if right else ""
        run, k = a + b, len(a)
        if _crossed(run, k) or thai_dict.name_across(run, k) or not _known_at(run, k):
            continue
        cuts.append(m.end())
    for at in reversed(cuts):
        fixed = fixed[:at] + " " + fixed[at:]
    return fixed


# NotoSansThai via pdfplumber: a ``ำ`` that ends a line lost its nikhahit and the gap with it (the
# reader drops a line's trailing spaces): ``ท่อน้า``, ``อ่างเก็บน้า``, ``ข้าราชการประจา``
_RX_END_AA = re.compile(f"[{RX_CONS}][{RX_TONE}]?\u0e32\\Z")
_RX_END_RUN = re.compile("[\u0e01-\u0e4e]+\\Z")


def end_am(raw: str, fixed: str) -> str:
    """``fixed`` (the repaired line of ``raw``, in a text whose font loses the nikhahit with a gap)
    with the ``า`` that ends both read as ``ำ`` where the dictionary reads the line's last run
    strictly better so (fewer unknown characters or words: ``ท่อ|น้า`` = ``ท่อน้ำ``; ``ป้า`` stays)."""
    if not (_RX_END_AA.search(raw.rstrip(" \t\u00a0")) and _RX_END_AA.search(fixed)):
        return fixed
    run = _RX_END_RUN.search(fixed)
    if run is None:
        return fixed
    aa = run.group(0)
    am = aa[:-1] + SARA_AM
    return fixed[:-1] + SARA_AM if thai_dict.score(am) < thai_dict.score(aa) else fixed


# a gap the exact stage could not read as one, its ``า`` after an artefact space or before a tone the
# reader set after it (ธจ์ า  กัดเขต, อยูบ่ า  รุง, พรา่  เพร่อื), still two spaces after the repaired ``า``
_RX_LEFT_GAP = re.compile(f"(?<=[{RX_CONS}])[{RX_TONE}]?\u0e32{SP}{{2,}}(?=[\u0e01-\u0e4e])")


def left_gaps(fixed: str, listy: bool) -> str:
    """``fixed`` (a repaired line, in a text whose font loses the nikhahit with a gap) with each
    lost-nikhahit gap still left after a ``า`` (``ไม่จา  กัด``) read as ``ำ`` where the dictionary
    reads the runs around it at least as well so, joined where that reads better (on a tie too,
    but in a word list: ``ไม่จำกัด``, ``อยู่บำรุง``); else as printed."""
    def sub(m: re.Match[str]) -> str:
        left = _RX_THAI_TAIL.search(fixed, 0, m.start())
        right = _RX_THAI_HEAD.match(fixed, m.end())
        head = left.group(0) if left else ""
        b = right.group(0) if right else ""
        aa = head + m.group(0).rstrip(" \t\u00a0")
        am = aa[:-1] + SARA_AM
        joined, apart = thai_dict.score(am + b), thai_dict.score(am) + thai_dict.score(b)
        if min(joined, apart) > min(thai_dict.score(aa) + thai_dict.score(b), thai_dict.score(aa + b)):
            return m.group(0)
        mark = m.group(0).rstrip(" \t\u00a0")[:-1] + SARA_AM
        return mark if joined < apart or (joined == apart and not listy) else mark + " "

    return _RX_LEFT_GAP.sub(sub, fixed)
