"""Evidence, in a line's text, of a mark a reader pushed one consonant right before an artefact
space (an upper vowel or tone set after the next consonant: ``เพ่อื ประโยชน์``, ``ทัง้ สิน้``), which
gives the line the dictionary stage's mark moves; the twin upper vowel such a push leaves
(``มติ ิ``); and the space after an upper vowel on a tall consonant (``เป็ นธรรม``)."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import CONSONANTS, LEADING, MARKS, RX_CONS, RX_MARK, RX_TONE, SP, TONES
from normalizers.thai.thai_exact import canon
from normalizers.thai.thai_signs import RX_BROKEN, Mode

UNK = thai_dict.UNKNOWN
_RX_NEXT_RUN = re.compile(f"{SP}([\u0e01-\u0e4e]+)")

_RX_VOWEL_END = re.compile(f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[\u0e34-\u0e37][{RX_TONE}]?){SP}")  # whole runs


PUSH_LINES_PER = 20  # a text shows displaced marks in at least one line of this many


def pushes_shown(lines: list[str], mode: Mode) -> bool:
    """Whether a line that shows no breakage of its own may still be given mark moves on the
    evidence of ``shows_pushed_vowel`` / ``shows_pushed_mark`` (a clean run that ends with an
    upper vowel or a tone and does not read looks like a pushed mark): only in a text whose
    breakage is systematic -- a signature of the whole text (G1, G2, spacey, shaper, learned
    confusions) or broken lines in at least one line of ``PUSH_LINES_PER``. One typo on a page
    of clean text (``น้ำหนัา``, ``อาวุูธ`` in word lists) made every line's rare syllables
    "pushed" (``ไรต่ ลอดร์ด`` -> ``ไร่ตลอดร์ด``, ``นกแคสโซแวรี`` -> ``นกแคสโซแวีร``)."""
    if mode.g1 or mode.g2 or mode.spacey or mode.shaper or mode.learned:
        return True
    return sum(1 for x in lines if RX_BROKEN.search(x)) * PUSH_LINES_PER >= len(lines)


def shows_pushed_vowel(line: str) -> bool:
    """A run that ends with an upper vowel (and a tone) before a space and does not read:
    the vowel was pushed one consonant right, past the tone (LibreOffice text read by
    pdfplumber: ``เพ่อื ประโยชน์``, ``การซ้อื เจ้าสาว``). Such a line gets the mark moves,
    not only the SARA AM and shaper edits of a line that shows no displaced mark."""
    for m in _RX_VOWEL_END.finditer(line):
        run = m.group(1)
        if len(run) >= 3 and run[-1] not in TONES and thai_dict.score(run) >= UNK:
            nxt = _RX_NEXT_RUN.match(line, m.end() - 1)
            if not _reads_set_back(run, nxt.group(1) if nxt else ""):
                continue
            return True
    return False


def _reads_set_back(run: str, after: str) -> bool:
    """``run`` read across the space with the run ``after`` it, or with the marks of its last
    consonant set back on the consonant before (over its own marks), leaves fewer unread
    characters (``เพ่อื`` = ``เพื่อ``, ``เคร่อื งผูก`` = ``เครื่องผูก``, Kinnari ``เปิ ดเผย``): a name the
    dictionary lacks that ends with an upper vowel (``คาริมเอลอาห์มาดี``) shows no pushed vowel."""
    cost = thai_dict.score(run) // UNK
    if after and thai_dict.score(run + after) // UNK < cost + thai_dict.score(after) // UNK:
        return True
    k = len(run) - 1
    while k > 0 and run[k] in MARKS:
        k -= 1
    j = k - 1
    while j >= 0 and run[j] in MARKS:
        j -= 1
    if j < 0 or run[j] not in CONSONANTS:
        return False
    back = canon(run[:j + 1] + run[k + 1:] + run[j + 1:k + 1])
    return (thai_dict.score(back) // UNK < cost
            or (after != "" and thai_dict.score(back + after) // UNK < cost + thai_dict.score(after) // UNK))



# a run that ends with a consonant carrying upper marks only, before a space or the line end
_RX_MARK_END = re.compile(f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[{RX_CONS}][\u0e31\u0e34-\u0e37\u0e47-\u0e4b]+)(?={SP}|$)")


def shows_pushed_mark(line: str, mode: Mode) -> bool:
    """A run whose last marks, set back on the consonant before (over its own marks), make
    it read where it did not, alone or with the run after the space (``ทัง้ สิน้``,
    ``ซึง่ กัน``, ``หนว่ ยงาน``, ``เก่ยี วกับ``: a reader that sorts glyphs by x put a tone or an
    upper vowel after the next consonant, then the artefact space; ``เก่ยี`` even reads as
    ``เก่|ยี``): the line gets the mark moves (like ``shows_pushed_vowel``). Not where the
    text's font map misnames the mark and its learned reading does as well (``ซ้บีร้`` = ``ซูบีรู``)."""
    for m in _RX_MARK_END.finditer(line):
        run = m.group(1)
        k = len(run) - 1
        while run[k] in MARKS:
            k -= 1
        j = k - 1
        while j >= 0 and run[j] in MARKS:
            j -= 1
        if j < 0 or run[j] not in CONSONANTS:
            continue
        marks = run[k + 1:]
        back = canon(run[:j + 1] + marks + run[j + 1:k + 1])
        cost, back_cost = thai_dict.score(run), thai_dict.score(back)
        nxt = _RX_NEXT_RUN.match(line, m.end())  # the rest of the word after the space
        after = nxt.group(1) if nxt else ""
        # (or, the mark set back, the two runs joined leave fewer unread characters than apart
        # and than joined as printed: the run after the space may hold a pushed mark of its own,
        # ให้หนว่ ยงานสง่ เสริม; not a PDFium overhang space, แรงพื้ นฐาน)
        joined = thai_dict.score(back + after)
        if not ((back_cost < UNK <= cost) or joined < UNK <= cost + thai_dict.score(after)
                or (UNK <= cost and joined // UNK < (cost + thai_dict.score(after)) // UNK - 1
                    and joined // UNK < thai_dict.score(run + after) // UNK)):
            continue  # only where the mark set back makes the run (and the next) read
        if any(old == marks and thai_dict.score(run[:k + 1] + new) // UNK <= back_cost // UNK
               and (thai_dict.score(run[:k + 1] + new) + thai_dict.score(after)) // UNK <= joined // UNK
               for old, new in mode.learned):
            # the misnamed mark reads as well as the pushed one, with the run after the space too
            # (fresh32, ู's glyph named ่: บรัน่ ดี is บรั่นดี, not บรันู ดี; เอีย่ ม is เอี่ยม)
            continue
        return True
    return False


# an upper vowel pushed one consonant right onto a consonant whose own copy of the same vowel
# the reader then set after the artefact space (Pango text read by pdfplumber: มติ ิ = มิติ,
# ราชนิ ิกลุ = ราชินิกุล, ธติ ิพทั ธ์ = ธิติพัทธ์): two glyphs were drawn, so the first goes back
# one consonant left where that reads at least as well as one vowel dropped
# (with the tone of the first base pushed along: ยกี่ ี = ยี่กี)
RX_TWIN_VOWEL = re.compile(f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[{RX_CONS}])([{RX_CONS}])([\u0e31\u0e34-\u0e37])([{RX_TONE}]?){SP}\\3"
                           f"([\u0e01-\u0e4e]*)")


def twin_vowel(m: re.Match) -> str:
    head, cons, vowel, tone, tail = m.groups()
    moved = canon(head + vowel + tone + cons + vowel + tail)
    if thai_dict.score(moved) <= thai_dict.score(canon(head + cons + vowel + tone + tail)):
        return moved
    return m.group(0)


# A space after an upper vowel on a tall consonant (ป ฝ ฟ ฬ, whose upper vowels sit shifted
# left): Kinnari and Umpush as pdftotext and PDFium read them (ประจำปี งบประมาณ, เป็ นธรรม,
# ขนมปั งเนื้อ). Not before an abbreviation (ปี พ.ศ.).
_RX_TALL_SPACE = re.compile(f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[\u0e1b\u0e1d\u0e1f\u0e2c][\u0e31\u0e34-\u0e37\u0e47][{RX_TONE}]?){SP}"
                            f"([\u0e01-\u0e4e]+)(?![\u0e01-\u0e4e.])")


def tall_space_evidence(text: str) -> int:
    """How often ``text`` shows a space after an upper vowel on a tall consonant where the
    run read across the space has fewer unknown characters than its two halves
    (``เป็ นธรรม``): a reader's artefact, not a space that was printed."""
    n = 0
    for m in _RX_TALL_SPACE.finditer(text):
        left, right = m.group(1), m.group(2)
        if thai_dict.score(left + right) // UNK < (thai_dict.score(left) + thai_dict.score(right)) // UNK:
            n += 1
    return n


def join_tall_spaces(line: str, listy: bool = False) -> str:
    """In a text that shows the tall-consonant space (``tall_space_evidence``), each such
    space goes where the joined run reads at least as well (``ประจำปี งบประมาณ``: both read);
    in a word list (``listy``), not where both halves read as words and the joined run reads no
    better: a space between two words there is the list's own (``ปี๋ ป่ายปีน``, ``อโรมาเธอราปี
    ฮิปโปเครทิส``; ``ปั ญญะสังข์`` and ``ปิ ม`` still go)."""
    def sub(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        a, b, joined = thai_dict.score(left), thai_dict.score(right), thai_dict.score(left + right)
        if listy and a < UNK and b < UNK and joined >= a + b:
            # (unless the run after a second such space joins on too: ปี แล้วปี เล่า = ปีแล้วปีเล่า)
            nxt = _RX_TALL_NEXT.match(line, m.end()) if _RX_TALL_END.search(right) else None
            if nxt is None or thai_dict.score(left + right + nxt.group(1)) >= a + b + thai_dict.score(nxt.group(1)):
                return m.group(0)
        if joined <= a + b:
            return left + right
        return m.group(0)
    return _RX_TALL_SPACE.sub(sub, line)


_RX_TALL_END = re.compile(f"[\u0e1b\u0e1d\u0e1f\u0e2c][\u0e31\u0e34-\u0e37\u0e47][{RX_TONE}]?$")
_RX_TALL_NEXT = re.compile(f"{SP}([\u0e01-\u0e4e]+)(?![\u0e01-\u0e4e.])")


LOG100 = 4.6052  # log(100)


def tail_tone_set_back(s: str, cost: int, win: int) -> str | None:
    """A tone that ends run ``s`` (dictionary cost ``cost``) after two consonants behind a leading
    vowel, in text whose reader may have moved marks (``Mode.moves``: Noto Sans Thai and TH Sarabun
    via pdfplumber, ``แหง่ ชาติ``): the tone was pushed past the final consonant. The
    dictionary reads both (ห leads ง: แหง่ is in the word list), so the tone goes back onto the
    first consonant only where the run reads whole either way and the words around it are at
    least 100 times as common in the corpus (แห่ง; a run the dictionary does not read, the
    word-list syllable โซล่, is no such tie: โซ่|ล reads no better). The run with the tone set
    back, or None."""
    n = len(s)
    if cost >= UNK or n < 4 or s[-1] not in TONES or s[-2] not in CONSONANTS or s[-3] not in CONSONANTS or s[-4] not in LEADING:
        return None
    cand = s[:-2] + s[-1] + s[-2]
    if thai_dict.score(cand) != cost:
        return None
    lo = max(0, n - 1 - win)
    if thai_dict.corpus_logp(cand[lo:]) - thai_dict.corpus_logp(s[lo:]) < LOG100:
        return None
    return cand


# A run that ends with a toned syllable pushed apart (none of the dictionary's words, none of the
# pair sets' true lines, none of the seed lines ends so): a tone after the final consonant of a
# syllable whose upper vowel sits on the consonant before (``จัก๊ จิ๋ว``, ``ตัว้ เต้ง``: the tone was
# pushed one consonant right, past the final), or an upper vowel after the consonant that follows a
# toned one (``ซ้วิ``, ``ก้มิ``, ``เจ้อื``: the vowel was pushed past the tone; not after แ-ไ, whose
# syllable may end with the tone: ได้ดี).
_RX_TONE_PAST_FINAL = re.compile(f"(?<=[{RX_CONS}][\u0e31\u0e34-\u0e37])([{RX_CONS}])([{RX_TONE}])(?![\u0e01-\u0e4e])"
                                 f"|(?<![\u0e41-\u0e44][{RX_CONS}])(?<![\u0e41-\u0e44][{RX_CONS}]{{2}})(?<=[{RX_CONS}])([{RX_TONE}])"
                                 f"([{RX_CONS}])([\u0e31\u0e34-\u0e37])(?![\u0e01-\u0e4e])")


# every match holds a tone that ends its run, or that a consonant and an upper vowel end it after:
# searched first, from the tone, which the regex engine skips to
_GATE_TONE_PAST_FINAL = re.compile(f"[{RX_TONE}](?:[{RX_CONS}][\u0e31\u0e34-\u0e37])?(?![\u0e01-\u0e4e])")


def tone_past_final_set_back(line: str, continued: bool = False) -> str:
    """Each such syllable is put back together by position: the tone onto the upper vowel, the vowel
    onto its consonant before the tone (the dictionary often reads the pushed form better: จัก + a
    lone ๊ against the unknown จั๊ก). Not where the run goes on after a space and the two read with
    fewer unknown characters joined (``ดีฝ่ อ`` = ดีฝ่อ: the word's own tone, the space the
    reader's), nor at the line's end when the line goes on (``continued``: pdftotext's next line
    holds this run's marks and vowel, ``ศรีฟ`` + ``้ า``)."""
    if _GATE_TONE_PAST_FINAL.search(line) is None:
        return line

    def back(m: re.Match) -> str:
        e = m.end()
        if continued and e == len(line):
            return m.group(0)
        if line[e:e + 1] == " ":
            run = line[:e].rsplit(" ", 1)[-1]
            nxt = _RX_NEXT_RUN.match(line, e)
            if nxt and run and thai_dict.score(run + nxt.group(1)) // UNK < (
                    thai_dict.score(run) + thai_dict.score(nxt.group(1))) // UNK:
                return m.group(0)
        if m.group(1):
            return m.group(2) + m.group(1)
        return m.group(5) + m.group(3) + m.group(4)
    return _RX_TONE_PAST_FINAL.sub(back, line)


# Pango text read by pdfplumber (NotoSansThai) sets a word's last thanthakhat after the word's
# real space, glued to the next word (ชวั ร ์ชา  นัญ = ชัวร์ ชำนัญ, ฮิวเมอร ์เขยี ต = ฮิวเมอร์ เขียต): in
# every pair set (dev) each of the 145 such places has a real space after the thanthakhat, and no
# other font x reader group shows the picture
_RX_THANTHAKHAT_PAST_SPACE = re.compile(f"([{RX_CONS}]){SP}\u0e4c(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def thanthakhat_past_space(line: str, keep: str) -> str:
    """``C ์X`` -> ``C์`` + ``keep`` (the marker of a real space, kept through the joins) + ``X``."""
    return _RX_THANTHAKHAT_PAST_SPACE.sub("\\1\u0e4c" + keep, line) if "\u0e4c" in line else line


# a thanthakhat pushed one consonant right, the vowel of the consonant it then sits on after the
# space (Noto Sans Thai via pdfplumber: เบอรล์ ิน = เบอร์ลิน, ศูนยบ์ ูรณาการ = ศูนย์บูรณาการ)
_RX_SIGN_PAST_VOWEL = re.compile(
    f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[{RX_CONS}])([{RX_CONS}])\u0e4c{SP}([{RX_MARK}]+)([\u0e01-\u0e4e]*)")


def _sign_past_vowel(m: re.Match) -> str:
    """``C1 C2์ V…`` -> ``C1์ C2V…`` joined, where that run holds fewer unknown characters than
    the one stage 1 would make (``C1 C2V์…``); else unchanged."""
    head, c2, marks, rest = m.group(1), m.group(2), m.group(3), m.group(4)
    moved = canon(head + "\u0e4c" + c2 + marks + rest)
    stays = canon(head + c2 + marks + "\u0e4c" + rest)
    # (a vowel but ิ ุ under one ์ is no Thai spelling, ฮับสบู์รก์: there a tie moves it too)
    odd = any(x in "\u0e31\u0e35\u0e36\u0e37\u0e39\u0e47" for x in marks)
    if thai_dict.score(moved) // UNK < thai_dict.score(stays) // UNK + odd:
        return moved
    return m.group(0)


# the thanthakhat over a SARA I (one glyph, ธิ์) printed after the next consonant, an artefact
# space after it (pdfplumber on TLWG fonts and LibreOffice's Word exports: ศักดิศ์ รี = ศักดิ์ศรี,
# โพธิก์ รุณา = โพธิ์กรุณา)
_RX_SARA_I_SIGN_PAST = re.compile(
    f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e4e]*[{RX_CONS}]\u0e34)([{RX_CONS}])\u0e4c{SP}([\u0e01-\u0e4e]+)")


def _sara_i_sign_back(m: re.Match) -> str:
    """``Cิ C2์ X`` -> ``Cิ์C2X`` where the joined run reads (no unknown character) and the two runs
    as printed do not; else unchanged."""
    head, c2, rest = m.group(1), m.group(2), m.group(3)
    joined = canon(head + "\u0e4c" + c2 + rest)
    apart = thai_dict.score(head + c2 + "\u0e4c") + thai_dict.score(rest)
    if thai_dict.score(joined) < UNK <= apart:
        return joined
    return m.group(0)


# SARA II of เ-ีย set on the ย (Noto Sans Thai and LibreOffice's TH Sarabun IT9 via pdfplumber push
# it one consonant right: เพยี เทพ = เพียเทพ, เจยี้ ม = เจี้ยม): no Thai word has it but after ห
# (เหยียด: ห leads ย)
_RX_IA_ON_YO = re.compile(f"\u0e40([\u0e01-\u0e2a\u0e2c-\u0e2e])\u0e22\u0e35([{RX_TONE}]?)")


def _ia_back(m: re.Match) -> str:
    """``เCยี`` -> ``เCีย`` (with the tone): spelling decides, not the dictionary, which reads the
    pushed form as two short words (เพ|ยี)."""
    return "\u0e40" + m.group(1) + "\u0e35" + m.group(2) + "\u0e22"


def sign_past_vowel(line: str) -> str:
    """Each ``_RX_SIGN_PAST_VOWEL`` of ``line`` read by ``_sign_past_vowel``."""
    return _RX_SIGN_PAST_VOWEL.sub(_sign_past_vowel, line) if "\u0e4c" in line else line


def sara_i_sign_back(line: str) -> str:
    """Each ``_RX_SARA_I_SIGN_PAST`` of ``line`` read by ``_sara_i_sign_back``."""
    return _RX_SARA_I_SIGN_PAST.sub(_sara_i_sign_back, line) if "\u0e4c" in line else line


def ia_back(line: str) -> str:
    """Each ``_RX_IA_ON_YO`` of ``line`` read by ``_ia_back``."""
    return _RX_IA_ON_YO.sub(_ia_back, line) if "\u0e22\u0e35" in line else line
