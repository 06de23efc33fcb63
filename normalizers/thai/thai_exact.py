"""Stage 1 of Thai repair: exact, table-driven fixes that are safe on any text (PUA
presentation forms, SARA AM composition, a reader's stand-in for the nikhahit of ``ำ``,
Lao lookalikes in Thai runs, zero-width characters, spaces before combining marks, mark
order and duplicates, ``เเ``)."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import (
    HINT, LAO_TABLE, MARKS, PUA_TABLE, RX_CONS, RX_MARK, RX_TONE, SARA_AA, SARA_AM, SP, ZERO_WIDTH,
    mark_rank,
)
from normalizers.thai.thai_signs import ODD_NIK, RX_BROKEN, RX_THAI_NEAR

# ---------------------------------------------------------------- exact fixes
_RX_ZW = re.compile(f"[{ZERO_WIDTH}]")
# (the space between a mark and ำ is left to the dictionary stage: see _RX_LOST_AM)
_RX_SPACE_MARK = re.compile(f"(?<=[\u0e01-\u0e4e]){SP}+(?=[{RX_MARK}])"
                            f"|(?<=[\u0e01-\u0e4e])(?<![{RX_MARK}]){SP}+(?=\u0e33)")
# A space between a consonant and า/ำ is a lost nikhahit (ค าน า, ด  าเนิน, น้  ำ), but a
# single space after a mark is the artefact space of a displaced mark (มกี ารบรกิ าร).
# an upper vowel pushed one consonant right, past the tone, and the next consonant's own
# (same) vowel after a space (LibreOffice and TLWG Pango text via pdfplumber: ท่มี ีราคา =
# ที่มีราคา): removing the space would set the vowel twice on one base and drop one
_RX_PAST_TONE_TWICE = re.compile(f"([{RX_CONS}])([\u0e48\u0e49])([{RX_CONS}])([\u0e34-\u0e37]){SP}\\4")
_RX_LOST_AM = re.compile(f"(?<=[{RX_CONS}])((?:[{RX_MARK}]+{SP}{{2,}})|{SP}+)[\u0e32\u0e33]")
# two spaces, a tone, า after a consonant (น  ้ายืน: TLWG text via pdfplumber): the gap is
# the lost nikhahit's glyph; like ``C␠␠า`` a possible SARA AM, the dictionary decides
_RX_LOST_AM_TONE = re.compile(f"(?<=[{RX_CONS}]){SP}{{2,}}([{RX_TONE}])\u0e32")
_RX_NIK_AA = re.compile(f"\u0e4d([{RX_TONE}]?)\u0e32")
_RX_TONE_NIK_AA = re.compile(f"([{RX_TONE}])\u0e4d\u0e32")
_RX_FFFD_AA = re.compile("\ufffd+\u0e32")
_RX_AM_TONE = re.compile(f"\u0e33([{RX_TONE}])")
_RX_MARK_RUN = re.compile(f"[{RX_MARK}]{{2,}}")
_RX_LAKKHANG = re.compile("(?<![\u0e24\u0e26])\u0e45")
# the same tone twice on a consonant that has no vowel mark (ไปส่่การ, คู่ read as ค่่)
_RX_TONE_TWICE = re.compile(f"(?<=[{RX_CONS}])([\u0e48\u0e49])\\1")
# Gates: a part every match of the pattern named holds, searched first; these start with one
# character class, so the regex engine skips to where they can match (the patterns that open
# with a look-behind or a consonant class try every position)
_GATE_LOST_AM = re.compile(f"{SP}[\u0e32\u0e33]")  # _RX_LOST_AM
_GATE_LOST_AM_TONE = re.compile(f"{SP}{SP}[{RX_TONE}]\u0e32")  # _RX_LOST_AM_TONE
_GATE_PAST_TONE_TWICE = re.compile(f"[\u0e34-\u0e37]{SP}[\u0e34-\u0e37]")  # _RX_PAST_TONE_TWICE
_GATE_SPACE_MARK = re.compile(f"{SP}[{RX_MARK}\u0e33]")  # _RX_SPACE_MARK
_GATE_ODD_NIK = re.compile(f"{ODD_NIK}[{RX_TONE}]? ?\u0e32")  # _RX_ODD_NIK


def _map_lao(s: str) -> str:
    """Map Lao lookalikes to Thai, only for characters inside/next to a Thai run."""
    out = list(s)
    for i, ch in enumerate(s):
        if ord(ch) in LAO_TABLE:
            left = s[max(0, i - 2):i]
            right = s[i + 1:i + 3]
            if RX_THAI_NEAR.search(left) or RX_THAI_NEAR.search(right):
                out[i] = LAO_TABLE[ord(ch)]
    return "".join(out)


_RANK = {chr(c): mark_rank(chr(c)) for c in range(0x0E31, 0x0E4F)}  # every RX_MARK character


def _rank(o: int) -> int:
    """``_RANK`` of the character with code point ``o`` (``mark_rank``: vowel marks 0, tones 1, the
    rest 2), read off the number (compiled, ``ord(s[i])`` makes no one-character string)."""
    if o == 0x0E31 or 0x0E34 <= o <= 0x0E3A or o == 0x0E47 or o == 0x0E4D:
        return 0
    return 1 if 0x0E48 <= o <= 0x0E4B else 2


def in_order(s: str) -> bool:
    """``canon(s) == s``: every run of two or more marks is as ``order_run`` leaves it (no new
    string is made)."""
    for m in _RX_MARK_RUN.finditer(s):
        run = m.group(0)
        if order_run(run) != run:
            return False
    return True


def _order_marks(m: re.Match) -> str:
    """Canonical mark order on one base: vowel mark, tone, sign; drop exact duplicates.
    Two different tones are kept for the dictionary stage (``ผ้่`` is ``ผู้``)."""
    return order_run(m.group(0))


def order_run(marks: str) -> str:
    """``canon`` of a string of two or more marks only (one whole mark run, as ``_RX_MARK_RUN``
    matches it): what ``_order_marks`` gives for it, without the regex search."""
    if len(marks) == 2:  # (the common case: two marks in order already)
        oa, ob = ord(marks[0]), ord(marks[1])
        ra, rb = _rank(oa), _rank(ob)
        if ra < rb or (ra == rb and oa != ob):
            return marks
    seen: list[str] = []
    for ch in marks:
        if ch not in seen:
            seen.append(ch)
    seen.sort(key=mark_rank)
    return "".join(seen)


# (PDFium on a tall consonant sets a space between the tone and า: ใจปĚ้ า = ใจป้ำ; the space goes)
_RX_ODD_NIK = re.compile(f"([{RX_CONS}][{RX_MARK}]*)({ODD_NIK})([{RX_TONE}]?)(?:(?<=[{RX_TONE}]) )?\u0e32")


def run_left(s: str, end: int) -> str:
    """The Thai run of ``s`` that ends at ``end`` (scanned back: linear in the run only)."""
    i = end
    while i > 0 and "\u0e01" <= s[i - 1] <= "\u0e4e":
        i -= 1
    return s[i:end]


def run_right(s: str, start: int) -> str:
    """The Thai run of ``s`` that starts at ``start``."""
    i = start
    while i < len(s) and "\u0e01" <= s[i] <= "\u0e4e":
        i += 1
    return s[start:i]


def odd_nikhahit(s: str) -> str:
    """A character that is not Thai standing between a consonant (with its marks) and
    ``า`` is the nikhahit of ``ำ`` as a reader mapped it (PDFium: ``จัดท˸ารายงาน``,
    ``การกĚากับ``, ``ข้อค;าถาม``), decided by position and the dictionary: the Thai run
    read with ``ำ`` must cost no more than the two runs the character splits it into
    (a run that starts with ``า`` is never a word). Which characters were seen does
    not matter."""
    out: list[str] = []
    last = 0
    for m in _RX_ODD_NIK.finditer(s):
        left = run_left(s, m.start()) + m.group(1)
        right = run_right(s, m.end())
        joined = left + m.group(3) + SARA_AM + right
        apart = thai_dict.score(left) + thai_dict.score(m.group(3) + SARA_AA + right)
        if thai_dict.score(canon(joined)) <= apart:
            out.append(s[last:m.start()])
            out.append(m.group(1) + m.group(3) + SARA_AM)
            last = m.end()
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


# a nikhahit stand-in alone at a line's end (PDFium's overhang: ดุลชาระหนี้ ติดกับดัก ;)
RX_END_ODD_NIK = re.compile(f"[ \t\u00a0]({ODD_NIK})[ \t\u00a0]*$", re.M)
_RX_AA_BASE = re.compile(f"[{RX_CONS}][{RX_MARK}]*\u0e32")


def odd_nikhahit_chars(text: str) -> set[str]:
    """The characters ``text`` uses as the nikhahit of ``ำ`` inside words (``odd_nikhahit``'s
    test: the run reads no worse with ``ำ``)."""
    used = set()
    for m in _RX_ODD_NIK.finditer(text):
        left, right = run_left(text, m.start()) + m.group(1), run_right(text, m.end())
        if thai_dict.score(canon(left + m.group(3) + SARA_AM + right)) <= (
                thai_dict.score(left) + thai_dict.score(m.group(3) + SARA_AA + right)):
            used.add(m.group(2))
    return used


def floating_nikhahit(text: str) -> str:
    """A character the text uses as the nikhahit of ``ำ`` inside words (``odd_nikhahit``:
    ``ธารก;านัล``) standing alone at the end of a line is PDFium's overhang of a nikhahit of
    that line (``ดุลชาระหนี้ ตลกฝืด ตัวยุ่ง ติดกับดัก ;``, ``ความชานาญการทหาร ;``): it goes onto
    the ``C + า`` of the line whose run reads best with ``ำ`` (strictly better than with
    ``า``), else stays as printed. The text's own in-word stand-ins and the dictionary
    decide, not a list of characters."""
    used = odd_nikhahit_chars(text)
    if not used:
        return text

    out = []
    for line in text.split("\n"):
        end = RX_END_ODD_NIK.search(line)
        if end is not None and end.group(1) in used:
            best, where = 0, -1
            for a in _RX_AA_BASE.finditer(line, 0, end.start()):
                i = a.end() - 1
                left = run_left(line, i)
                run = left + run_right(line, i)
                delta = thai_dict.score(canon(left + SARA_AM + run[len(left) + 1:])) - thai_dict.score(run)
                if delta < best:
                    best, where = delta, i
            if where >= 0:
                line = line[:where] + SARA_AM + line[where + 1:end.start()]
        out.append(line)
    return "\n".join(out)


# a tone printed after the next consonant, whose own below vowel follows a space (Laksaman
# via pdfplumber: ทีส่ ุด = ที่สุด, ทีม่ ี = ที่มี): the tone goes back onto the consonant with
# the upper vowel when the run then costs no more (stage 1 would set it on the next one)
# (also on a bare consonant, Sarabun via pdfplumber: แมล่ ูกอ่อน = แม่ลูกอ่อน, only where the run
# then reads strictly better: a tone on the consonant before the below vowel is as common)
_RX_TONE_PAST_SPACE = re.compile(f"([{RX_CONS}][\u0e34-\u0e37]?)([{RX_CONS}])([{RX_TONE}]){SP}([{RX_MARK}])")
# its core, a tone, a space, a mark: a search that stops only at tones tells first whether
# there can be a match (the full pattern stops at every consonant)
_RX_TONE_SPACE_MARK = re.compile(f"[{RX_TONE}]{SP}[{RX_MARK}]")


def tone_past_space(s: str) -> str:
    out: list[str] = []
    last = 0
    for m in _RX_TONE_PAST_SPACE.finditer(s):
        left = run_left(s, m.start())
        right = run_right(s, m.end())
        back = canon(left + m.group(1) + m.group(3) + m.group(2) + m.group(4) + right)
        there = canon(left + m.group(1) + m.group(2) + m.group(4) + m.group(3) + right)
        if thai_dict.score(back) < thai_dict.score(there) + (len(m.group(1)) == 2):
            out.append(s[last:m.start()])
            out.append(m.group(1) + m.group(3) + m.group(2) + m.group(4))
            last = m.end()
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


def tone_twice(s: str) -> str:
    """The same tone twice on a bare consonant: TLWG-style fonts draw ``ู`` with a glyph
    that readers map to a tone (``ภู`` read as ``ภ่``), so ``ส่่`` is ``สู่`` read with
    its lower vowel as a tone. The first tone becomes ``ู`` or ``ุ``, or is dropped as a
    plain duplicate, whichever makes the Thai run cost least in the dictionary (on a tie:
    ``ู``, the vowel whose glyph is misread). Clean text never holds a doubled tone."""
    out: list[str] = []
    last = 0
    for m in _RX_TONE_TWICE.finditer(s):
        left = run_left(s, m.start())
        right = run_right(s, m.end())
        tone = m.group(1)
        best, best_cost = "", -1
        for alt in ("\u0e39" + tone, "\u0e38" + tone, tone):
            cost = thai_dict.score(canon(left + alt + right))
            if best_cost < 0 or cost < best_cost:
                best, best_cost = alt, cost
        out.append(s[last:m.start()])
        out.append(best)
        last = m.end()
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


def exact_fixes(s: str) -> str:
    """Stage 1: deterministic repairs that cannot damage clean text."""
    if _GATE_ODD_NIK.search(s) and _RX_ODD_NIK.search(s):
        s = odd_nikhahit(s)
    if any("\uf700" <= c <= "\uf89e" for c in s):
        s = s.translate(PUA_TABLE)
    if _RX_ZW.search(s):
        s = _RX_ZW.sub("", s)
    if any("\u0e80" <= c <= "\u0eff" for c in s):
        s = _map_lao(s)
    s = _RX_FFFD_AA.sub(SARA_AM, s)
    if _GATE_LOST_AM.search(s):
        s = _RX_LOST_AM.sub(lambda m: m.group(1).rstrip(" \t\u00a0") + HINT, s)
    if _GATE_LOST_AM_TONE.search(s):
        s = _RX_LOST_AM_TONE.sub(lambda m: m.group(1) + HINT, s)
    if _RX_TONE_SPACE_MARK.search(s) and _RX_TONE_PAST_SPACE.search(s):
        s = tone_past_space(s)
    if _GATE_PAST_TONE_TWICE.search(s):
        s = _RX_PAST_TONE_TWICE.sub(lambda m: m.group(1) + m.group(4) + m.group(2) + m.group(3) + m.group(4), s)
    if _GATE_SPACE_MARK.search(s):
        s = _RX_SPACE_MARK.sub("", s)
    s = _RX_TONE_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _RX_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    if "\u0e32\u0e33" in s:  # ำ drawn as า + nikhahit (Word fonts via pdfplumber), before its tone
        s = s.replace("\u0e32\u0e33", SARA_AM)  # moves (นาำ้ อุ่น = น้ำอุ่น, not น้าำ)
    s = _RX_AM_TONE.sub(lambda m: m.group(1) + SARA_AM, s)
    s = s.replace("\u0e40\u0e40", "\u0e41")
    if "\u0e33\u0e32" in s:  # ำ drawn as nikhahit + า and read as ำ plus the า again (LibreOffice)
        s = s.replace("\u0e33\u0e32", SARA_AM)
    if "\u0e32\u0e33" in s:  # the same pair in the other order after a tone (น้าำ กร่อย = น้ำกร่อย)
        s = s.replace("\u0e32\u0e33", SARA_AM)
    s = _RX_LAKKHANG.sub(SARA_AA, s)
    if ("\u0e48\u0e48" in s or "\u0e49\u0e49" in s) and _RX_TONE_TWICE.search(s):
        s = tone_twice(s)
    s = _RX_MARK_RUN.sub(_order_marks, s)
    return s


def canon(s: str) -> str:
    return _RX_MARK_RUN.sub(_order_marks, s)


_RX_MARKS = re.compile(f"[{RX_MARK}]+")  # (sub: the marks taken out; str.translate is slower)


def _placed(s: str) -> tuple[str, list[tuple[str, int]]]:
    """(the characters of ``s`` that are no mark, each mark with the index of the one it follows)."""
    base: list[str] = []
    marks: list[tuple[str, int]] = []
    for k in range(len(s)):
        o = ord(s[k])  # (compiled: the character's number, no one-character string made)
        if 0xE47 <= o <= 0xE4E or 0xE34 <= o <= 0xE3A or o == 0xE31:  # one of MARKS
            marks.append((s[k], len(base) - 1))
        else:
            base.append(s[k])
    return "".join(base), marks


def renamed_and_moved(start: str, got: str, junctions: tuple[int, ...] = ()) -> bool:
    """Whether ``got``, a repair of the run ``start`` printed well-formed (canonical order, no
    impossible cluster), holds no more marks and one of a name no mark it took away had (a
    renamed glyph) on a base that bore no mark (renamed and moved: ก่าง -> กางู, บ่าน -> บานู,
    เกิ้ก -> เกกุ), where a reader's misnamed glyph stays on its base (ข้อม่ล = ข้อมูล)."""
    # (the bases first, at C speed)
    if len(got) > len(start) or _RX_MARKS.sub("", start) != _RX_MARKS.sub("", got):
        # (more marks: one restored, a tone lost with the nikhahit)
        return False
    m0, m1 = _placed(start)[1], _placed(got)[1]
    gone, came = list(m0), []
    for x in m1:
        if x in gone:
            gone.remove(x)
        else:
            came.append(x)
    names, spots = {c for c, _ in gone}, {at for _, at in m0}
    # (a mark on the base just before an artefact space was pushed there: นอู ย = น้อย)
    pushed = {len(_RX_MARKS.sub("", start[:j])) - 1 for j in junctions}
    if any(at in pushed for _, at in gone) or not any(c not in names and at not in spots for c, at in came):
        return False
    # (printed well-formed: checked last, the broken-text search costs most)
    return canon(start) == start and RX_BROKEN.search(start) is None
