"""Tones a reader lost or renamed (issue 16): a character standing where a tone belongs
(PDFium's names for an unnamed glyph, ``odd_tones``), the gap Pango text read by pdfplumber
leaves for a tone glyph it could not name (``tone_gaps``), and a tone pdftotext dropped
(``lost_tones``). Each is decided by position and the dictionary, never by a list of the
characters or words seen."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import RX_CONS, RX_MARK, RX_TONE, SARA_AA, SARA_AM, SP
from normalizers.thai.thai_exact import canon, odd_nikhahit, run_left, run_right
from normalizers.thai.thai_signs import ODD_NIK, ODD_TONE

UNK = thai_dict.UNKNOWN
RX_CONS_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))


# A character that is not Thai (nor a space, a PUA form or U+FFFD) where a tone belongs:
# after an upper vowel and before a consonant (PDFium: พืĒนฐาน, เกี1ยว; the shifted tone glyph
# these fonts leave unnamed), between a reader's nikhahit stand-in and า (นĖĒา, น;1า = น้ำ),
# or between a consonant and the upper vowel or ำ the tone sits over (pdfplumber on LibreOffice
# Kinnari: พWืนฐาน, นWำ, ชWัน: the tone glyph's map names a letter, and a vowel mark never
# follows anything but its consonant).
RX_ODD_TONE = re.compile(f"(?<=[\u0e31\u0e34-\u0e37])({ODD_TONE})(?= ?[{RX_CONS}\u0e40-\u0e44])"
                          f"|(?<=[{RX_CONS}])([{RX_MARK}]*{ODD_NIK})({ODD_TONE})(?=\u0e32)"
                          f"|(?<=[{RX_CONS}])({ODD_TONE})(?=[\u0e31\u0e33-\u0e37])")
_TONES4 = "\u0e49\u0e48\u0e4a\u0e4b"
# PDFium sets a space before that stand-in over an upper vowel (Garuda: ทองพันชั ĕง = ชั่ง): a
# character no Thai text holds (not ASCII) between the vowel and a consonant; the space goes.
_RX_SPACED_ODD_TONE = re.compile(f"(?<=[\u0e31\u0e34-\u0e37]) (?=[^\\s\x00-\x7f\u0e00-\u0e7f\ue000-\uf8ff\ufffd][{RX_CONS}])")


def _inside(text: str, k: int) -> bool:
    """``text[k]`` stands between two Thai characters (no space), after or before an upper vowel."""
    return (0 < k < len(text) - 1 and "\u0e01" <= text[k - 1] <= "\u0e4e" and "\u0e01" <= text[k + 1] <= "\u0e4e"
            and (text[k - 1] in _UPPER_V or text[k + 1] in _UPPER_V))


_UPPER_V = "\u0e31\u0e34\u0e35\u0e36\u0e37"


def odd_tones(text: str) -> str:
    """A character standing where a tone belongs (``RX_ODD_TONE``) is that tone as a reader
    mapped an unnamed glyph, decided by position and the dictionary: one character is one
    glyph, so the tone is the one that makes all its places in the text read best, and each
    place takes it only where the Thai run then costs less than the two runs the character
    splits it into. A letter or a digit is a tone only when one of its places shows it: there
    the run has fewer unknown characters with it (``พื1นฐาน``; not ``ปี1ครั้ง``). Which
    characters were seen does not matter."""
    text = odd_nikhahit(text)  # the runs around a tone end where a nikhahit stand-in stands
    text = _RX_SPACED_ODD_TONE.sub("", text)
    places: dict[str, list[tuple[int, str, str, bool, int]]] = {}
    for m in RX_ODD_TONE.finditer(text):
        am = m.group(3) is not None
        before = m.group(4) is not None  # read before the vowel it sits over (พWืน, นWำ)
        k = m.start(3) if am else m.start(4) if before else m.start(1)
        left = run_left(text, m.start(0))
        if am:
            left += m.group(2)[:-1]  # the consonant's marks, without the nikhahit stand-in
        if not am and text[k].isascii() and not text[k].isalnum() and not _inside(text, k):
            # ASCII punctuation after a vowel is printed punctuation (ปฏิบัติ: ส่วน); set inside a
            # Thai run, no space either side, it may be a tone glyph's name (LibreOffice TH Sarabun
            # IT9 via pdfplumber: ที(พึง = ที่พึง; PDFium on Noto: เครื,อง), decided as a letter is
            continue
        gap = 0 if am or before or text[k + 1] != " " else 1  # PDFium: a space after it (พืĜ นฐาน)
        if gap and text[k].isascii():
            continue
        right = run_right(text, k + 1 + gap)
        places.setdefault(text[k], []).append((k, left, right, am, gap))
    if not places:
        return text
    out = list(text)
    for ch, spots in places.items():
        strict = ch.isascii()
        gains: dict[str, list[int]] = {}
        for tone in _TONES4:
            g = []
            for _, left, right, am, _ in spots:
                # C + nikhahit stand-in + tone + า is read as C + tone + ำ
                joined = canon(left + tone + SARA_AM + right[1:] if am else left + tone + right)
                d = thai_dict.score(left) + thai_dict.score(right) - thai_dict.score(joined)
                g.append(d)
            gains[tone] = g
        tone = max(_TONES4, key=lambda t: sum(max(0, x) for x in gains[t]))
        if strict and max(gains[tone]) < UNK:
            continue
        # a character no Thai text holds (not ASCII) that two places show to be this tone names
        # the glyph: it is that tone in its other places too, where the word is one the
        # dictionary lacks (PDFium on Garuda: พึĕงตนเอง, เครืĕอง show it; กิĕม = กิ่ม, ฝรึĕง = ฝรึ่ง)
        named = not strict and sum(x > 0 for x in gains[tone]) >= 2
        for (k, _, _, am, gap), d in zip(spots, gains[tone]):
            if d > 0 or (am and d == 0 and not strict) or (named and not am):
                out[k] = tone
                if gap:  # the space after it goes with it
                    out[k + 1] = ""
                elif text[k + 1] != SARA_AM and out[k + 1] == text[k + 1] and "\u0e31" <= text[k + 1] <= "\u0e37":
                    out[k], out[k + 1] = "", text[k + 1] + tone  # the tone after the vowel it was read before
        if strict and sum(x >= UNK for x in gains[tone]) >= 2:
            # a letter the dictionary shows to be this tone in two places names the tone glyph
            # in the whole text: alone after a Thai character (TH Sarabun IT9 via pdfplumber
            # sets it after the syllable: ชันW ยศ, นาำW) it is that tone too, and the mark
            # moves that follow decide where it goes
            for m in re.finditer(f"(?<=[\u0e01-\u0e4e]){re.escape(ch)}(?![A-Za-z0-9])"
                                 + ("" if ch.isalnum() else "(?=[\u0e01-\u0e4e])"), text):
                k = m.start()
                if out[k] != ch:
                    continue
                j = k
                while j > 0 and text[j - 1] in "\u0e32\u0e33" and k - j < 2:
                    j -= 1
                if j < k and SARA_AM in text[j:k] and j > 0 and text[j - 1] in RX_CONS_SET:
                    out[k], out[j] = "", tone + out[j]  # before its SARA AM (นาำW = น้ำ)
                else:
                    out[k] = tone
            if not ch.isalnum():
                # alone after a space at a line's end it is that tone glyph's overhang, which
                # PDFium sets there (สันนิษฐาน , = a tone of the line): the overhang rules place it
                for m in re.finditer(f"(?<=[\u0e01-\u0e4e] ){re.escape(ch)}(?=\n|$)", text):
                    out[m.start()] = tone
                if ch in "()":
                    _bracket_tone_at_word_end(text, out, ch, tone)
    return "".join(out)


def _over_upper_vowel(run: str, tone: str) -> str | None:
    """``run`` with ``tone`` over the upper vowel of one of its last two consonants (the last such),
    where the shifted tone glyph a reader leaves unnamed is drawn; None if neither has one."""
    seen = 0
    for i in range(len(run) - 1, -1, -1):
        if run[i] in RX_CONS_SET:
            if i + 1 < len(run) and run[i + 1] in _UPPER_V:
                return run[:i + 2] + tone + run[i + 2:]
            seen += 1
            if seen == 2:
                return None
    return None


def _unmatched(text: str, k: int) -> bool:
    """``text[k]`` is a bracket its line does not pair: a ``)`` with no ``(`` before it, a ``(``
    with no ``)`` after it."""
    start, end = text.rfind("\n", 0, k) + 1, text.find("\n", k)
    return ")" not in text[k + 1:end if end >= 0 else len(text)] if text[k] == "(" else (
        text[k] == ")" and "(" not in text[start:k])


def _bracket_tone_at_word_end(text: str, out: list[str], ch: str, tone: str) -> None:
    """A bracket ``ch`` the dictionary has shown to name a tone glyph (LibreOffice Kinnari and TH
    Sarabun IT9 via pdfplumber: ``เพ)ือน``, ``ที(พึง``), set after a Thai run whose last syllables
    hold an upper vowel -- over which that shifted glyph is drawn -- before a space or the line's
    end: LibreOffice's tone drawn after its syllable (``นัง) ลง`` = นั่งลง, ``หนาวสัน(`` = หนาวสั่น).
    A bracket its line does not pair is that tone, over the upper vowel; a paired one only where
    the run then holds at least one unknown character fewer. The space after it goes as ``_joins``
    says. (PDFium's ``,`` for Noto's tone is left alone there: on the dev sets a comma before a
    space was a tone in 3 places and read right in 2, too little to tell it from a printed comma.)"""
    for m in re.finditer(f"(?<=[\u0e01-\u0e4e]){re.escape(ch)}(?=( [\u0e01-\u0e4e])|\\s|$)", text):
        k = m.start()
        left = run_left(text, k)
        j = k - len(left)
        word = _over_upper_vowel(left, tone) if out[k] == ch and "".join(out[j:k]) == left else None
        if word is None:
            continue
        word = canon(word)
        right = run_right(text, k + 2) if m.group(1) else ""
        if not _unmatched(text, k) and thai_dict.score(left) - thai_dict.score(word) < UNK:
            continue
        join = bool(right) and _joins(word, right)
        out[j:k + 1 + join] = [word] + [""] * (k - j + join)  # (same length: out stays aligned with text)


# LibreOffice text read by pdfplumber (fresh13, Kinnari and TH Sarabun IT9): the map names the
# nikhahit glyph a tone and ``ำ`` (``่ำ`` in fresh13 and fresh19, ``้ำ`` in fresh20: which tone
# varies by document), so every ``ำ`` of the text follows that tone and the ``า`` after it stays
# (``ค่ำาถาม`` = ``คำถาม``, ``ส่ำานัก`` = ``สำนัก``, ``ค้ำาน้ำาหน้า`` = ``คำนำหน้า``).
RX_NIK_TONE_AA = re.compile(f"[{RX_TONE}]\u0e33\u0e32")


def nikhahit_named_tone(text: str) -> str:
    """In a text whose every ``ำ`` follows one tone and that shows that tone + ``ำา`` at least
    twice (the map names the nikhahit glyph that tone + ``ำ``), each tone + ``ำา`` after a consonant
    loses the tone; the ``า`` is left to the SARA AM rules. No dictionary: in such a text a word's
    own tone over ``ำ`` is drawn before the ``า`` (``ต่า่ำ``, ``น้า้ำ``: ``RX_TONE_AA_NIK``), so
    consonant + named tone + ``ำา`` is a toneless ``ำ`` (``ค้ำาน้ำาหน้า`` = คำนำหน้า, ``ผาค่ำา`` = ผาคำ,
    where ``ค้ำ`` and ``ค่ำ`` are words too: on every dev set each such place read without it)."""
    named = [t for t in _TONES4 if len(re.findall(t + "\u0e33\u0e32", text)) >= 2
             and text.count(t + SARA_AM) == text.count(SARA_AM)]
    if not named:
        return text
    return re.sub(f"(?<=[{RX_CONS}]){named[0]}(?=\u0e33\u0e32)", "", text)


# The same map with the word's tone named as it is: the glyphs come tone, า, nikhahit (``น้า่ำ``
# = ``น้ำ``, fresh13 and fresh19 word-Kinnari via pdfplumber; ``น้า้ำ`` fresh20; ``นา่ำ้`` TH
# Sarabun IT9; a tone's stand-in ``ก)า่ำ`` = ``ก่ำ``, left to ``odd_tones``): a tone and า, or า
# and a tone, about a second tone no Thai spells. The nikhahit glyph drawn last leaves a space
# after it more often than not (น้า่ำ หนวก = น้ำหนวก, น้า่ำ อบ = น้ำอบ; but ทดน้า่ำ ผูกพัทธสีมา): it
# goes as ``_joins`` says.
RX_TONE_AA_NIK = re.compile(f"(?<=[{RX_CONS}])(?:([{RX_TONE}]|{ODD_TONE})\u0e32[{RX_TONE}]\u0e33"
                            f"|\u0e32[{RX_TONE}]\u0e33([{RX_TONE}]))({SP}?)")


def _joins(word: str, nxt: str) -> bool:
    """Whether the artefact-prone space between ``word`` and the run ``nxt`` after it goes: the
    two read strictly better joined, or as well and ``nxt`` is a piece of a word (one or two
    characters: เจี้ย ม). (A run that does not read alone is no such evidence: a rare word, or
    one still broken, เยี้ย ริท, โป่งน้ำ เน้อื แท้.)"""
    joined = thai_dict.score(canon(word + nxt))
    apart = thai_dict.score(word) + thai_dict.score(canon(nxt))
    return joined < apart or (joined == apart and len(nxt) <= 2)


def tone_aa_nikhahit(text: str) -> str:
    """Each ``RX_TONE_AA_NIK`` reads tone + ``ำ``; the space after it goes as ``_joins`` says."""
    out: list[str] = []
    last = 0
    for m in RX_TONE_AA_NIK.finditer(text):
        tone = m.group(1) or m.group(2)
        word = run_left(text, m.start()) + tone + SARA_AM
        out.append(text[last:m.start()] + tone + SARA_AM)
        last = m.end()
        nxt = run_right(text, m.end()) if m.group(3) else ""
        if not nxt or not _joins(word, nxt):
            out.append(m.group(3))
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# The upper vowel of เ-ีย pushed onto its ย, the tone left on the consonant (TLWG fonts and
# LibreOffice Kinnari via pdfplumber: เจ้ยี ม = เจี้ยม, แม่เบ้ยี = แม่เบี้ย, เห่ยี วๆ = เหี่ยวๆ): no
# Thai word spells เ + consonant + tone + ยี. The artefact space the pushed vowel leaves after it
# goes as ``_joins`` says.
RX_IA_PUSHED = re.compile(f"(?<=\u0e40[{RX_CONS}])([{RX_TONE}])\u0e22\u0e35({SP}?)")


def ia_pushed(text: str) -> str:
    """Each ``RX_IA_PUSHED`` reads ี + tone + ย; the space after it as ``tone_aa_nikhahit``."""
    out: list[str] = []
    last = 0
    for m in RX_IA_PUSHED.finditer(text):
        left = run_left(text, m.start())
        if "\u0e39" in left:
            continue  # a run with a ู, the TLWG shaper's name for a tone, is the climb's (เอูงเถ้ยี ว)
        fixed = "\u0e35" + m.group(1) + "\u0e22"
        word = left + fixed
        out.append(text[last:m.start()] + fixed)
        last = m.end()
        nxt = run_right(text, m.end()) if m.group(2) else ""
        if not nxt or not _joins(word, nxt):
            out.append(m.group(2))
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# A SARA U no Thai spells: before า (กระเปุาถือ, PDFium กระเปุ าถือ), or after another SARA U
# (กุุยๆ). A font map names a tone glyph ุ there: the TLWG fonts name the low or left-shifted
# ๋ so (กระเป๋า, กุ๋ย: every reader of fresh8/fresh14), the font of fresh2/fresh7 its ่
# (อยุาง = อย่าง, กลุุม = กลุ่ม).
RX_SARA_U_TONE = re.compile(f"(?<=[{RX_CONS}])\u0e38(?:(\u0e38)|{SP}?\u0e32)")
_U_TONES = "\u0e4b\u0e48\u0e49\u0e4a"  # on a tie: the TLWG ๋ first


def sara_u_named_tone(text: str) -> str:
    """Each ``RX_SARA_U_TONE`` place gets the one tone that makes all the text's places read
    best (one glyph has one name; on a tie ``_U_TONES`` order), where its Thai run then costs
    no more than as printed; a space between the tone and its า goes with it."""
    places = list(RX_SARA_U_TONE.finditer(text))
    costs = dict.fromkeys(_U_TONES, 0)
    runs: list[tuple[int, int, str, str, int]] = []
    for m in places:
        k = m.start(1) if m.group(1) else m.start()  # the misnamed ุ (the second of ุุ)
        end = m.end()
        left = run_left(text, k)
        right = (text[k + 1:end].lstrip(" \t\u00a0") if not m.group(1) else "") + run_right(text, end)
        printed = thai_dict.score(canon(left + "\u0e38" + right))
        runs.append((k, end, left, right, printed))
        for t in _U_TONES:
            costs[t] += thai_dict.score(canon(left + t + right))
    if not runs:
        return text
    tone = min(_U_TONES, key=lambda t: costs[t])
    if tone != "\u0e4b":  # the map that names ่ so is learned from the whole text (learned_confusions)
        return text
    out: list[str] = []
    last = 0
    for k, end, left, right, printed in runs:
        # only where the run then has fewer unknown characters: a SARA U Pango pushed one
        # consonant right is not it (NotoSansThai: สธุ าสินี = สุธาสินี)
        # (after a SARA U, where no reading is Thai, on a tie too: กุุยๆ = กุ๋ยๆ)
        got = thai_dict.score(canon(left + tone + right)) // UNK
        if k < last or got > printed // UNK or (got == printed // UNK and text[k - 1] != "\u0e38"):
            continue
        out.append(text[last:k] + tone)
        last = k + 1
        if text[last:last + 1] in (" ", "\t", "\u00a0") and text[last + 1:last + 2] == "\u0e32":
            last += 1  # the space PDFium left between the pushed tone and its า
    out.append(text[last:])
    return "".join(out)


# Pango text read by pdfplumber, TLWG fonts: the shifted tone glyph over an upper vowel is
# unnamed and read as a gap of two spaces. Where the gap falls depends on the font: before
# the next consonant, whose vowel is pushed right with its own artefact space (Kinnari:
# พ  นื ฐาน = พื้นฐาน, เก  ยี วพา), or after the vowel's syllable (Loma, Garuda: ชัน  ยศ =
# ชั้นยศ, บัดนี  ได้); before า a third space is the tone lost with the nikhahit (น   า = น้ำ,
# เลขชีก   าลัง = เลขชี้กำลัง).
_RX_NIK_GAP = re.compile(f"[{RX_CONS}](?={SP}{{2,}}\u0e32$)")
RX_TONE_GAP = re.compile(f"(?<=[\u0e01-\u0e4e]){SP}{{2,}}(?=[\u0e01-\u0e4e])")
_UPPER = "\u0e31\u0e34\u0e35\u0e36\u0e37"
_RX_UPPER_BARE = re.compile(f"[\u0e31\u0e34-\u0e37](?![{RX_TONE}\u0e4c])")
_RX_PUSHED = re.compile(f"([{RX_CONS}])([\u0e31\u0e34-\u0e37])({SP}?)")


def _gap_readings(left: str, gap: str, right: str, spaced: bool = False,
                  keep: bool = False) -> list[tuple[str, str, int, str]]:
    """(reading, scored form, characters of ``right`` it takes, the run after it that a reading
    keeps apart: scored with it) of ``left`` + ``gap`` + ``right`` with the lost tone put back."""
    run = run_right(right, 0)
    out = []
    if run[:1] in _TONES4 and run[1:2] in (SARA_AA, SARA_AM):
        # a gap before a tone and า is a lost nikhahit's, the tone printed after its gap
        # (Loma, Norasi: สันปันน  ้า = สันปันน้ำ, ริมน  ้า, เหยียบย  ่า): no tone was lost
        # there, and the exact stage reads C + tone + ำ (not ปั้นน้า, the gap read as a tone)
        return []
    if run[:1] in (SARA_AA, SARA_AM):
        if len(gap) < 3 or run[0] != SARA_AA:
            return []
        for tone in "\u0e49\u0e48":
            if left[-1:] and left[-1] in RX_CONS_SET:
                out.append((left + tone + "  " + run, canon(left + tone + SARA_AM + run[1:]), len(run), ""))
            for v in _RX_UPPER_BARE.finditer(left, max(0, len(left) - 4)):
                c = left[:v.end()] + tone + left[v.end():]
                out.append((c + "  " + run, canon(c + SARA_AM + run[1:]), len(run), ""))
        return out
    for tone in "\u0e49\u0e48":
        if run[:1] and run[0] in _UPPER and left[-1:] and left[-1] in RX_CONS_SET:  # Noto: เก  ียวพา
            c = left + run[0] + tone + run[1:]
            out.append((c, canon(c), len(run), ""))
        m = _RX_PUSHED.match(right)
        if m and left[-1:] and left[-1] in RX_CONS_SET:  # พ  นื ฐาน
            rest = run_right(right, m.end())
            c = left + m.group(2) + tone + m.group(1)
            if keep and m.group(3) and rest:
                # a word list: the space after the pushed vowel may be the word's own (ส  งั ติดต้งั =
                # สั่ง ติดตั้ง); kept where the word and the run after it read as well apart
                out.append((c + m.group(3), canon(c), m.end(), rest))
            out.append((c + rest, canon(c + rest), m.end() + len(rest), ""))
        for v in _RX_UPPER_BARE.finditer(left, max(0, len(left) - 4)):  # ชัน  ยศ, บัดนี  ได้
            c = left[:v.end()] + tone + left[v.end():]
            if keep and run:  # a word list: the gap may hold the word's space too (พรึบ  ไส้ดินสอ)
                out.append((c + " ", canon(c), 0, run))
            out.append((c + run, canon(c + run), len(run), ""))
        if (len(left) >= 2 and left[-1] in _UPPER and left[-2] in RX_CONS_SET and left[:-2][-1:]
                and left[-3] in RX_CONS_SET):
            # Noto: the vowel pushed one consonant right, its tone lost (ความยงิ  ใหญ่ = ความยิ่งใหญ่)
            c = left[:-2] + left[-1] + tone + left[-2]
            out.append((c + run, canon(c + run), len(run), ""))
            if spaced:  # (a word list: the gap may hold the word's space too, หนาวสนั  หยดั = หนาวสั่น หยัด)
                out.append((c + " ", canon(c), 0, ""))
    return out


def tone_gaps(line: str, spaced: bool = False, again: bool = True, keep: bool = False) -> str:
    """Each ``RX_TONE_GAP`` in Pango text: the lost tone goes back where the run then reads
    best (on a vowel just before the gap, or with the vowel pushed past the next consonant),
    when the run then costs no more than its printed pieces (in Pango text two spaces inside
    Thai are an unnamed glyph, not a printed space); a gap of three spaces before ``า`` always
    gives its tone back (two stay the nikhahit's), and so does a second gap after ``า``.
    A gap whose run the reading of the gap before took in is read in a second pass. With
    ``keep`` (a word list whose font pushes no final mark right) the space after the gap's
    word stays where the word and the run after it read as well apart as joined."""
    out: list[str] = []
    last = 0
    skipped = False
    for m in RX_TONE_GAP.finditer(line):
        if m.start() < last:
            continue
        left = run_left(line, m.start())
        right = line[m.end():m.end() + 40]
        base = _RX_NIK_GAP.search(line, max(0, m.start() - 8), m.start()) if left == SARA_AA else None
        if base is not None and base.end() < last:
            continue  # the gap before the า was read already (a tone put back there)
        if base is not None:
            # a second gap after a lost nikhahit's (น  า  มัน = น้ำมัน): the tone lost with it
            run = run_right(right, 0)
            head = run_left(line, base.end())
            best, best_cost = "", thai_dict.score(head + SARA_AM) + 1
            for tone in "\u0e49\u0e48":
                cost = thai_dict.score(canon(head + tone + SARA_AM))
                if cost < best_cost:
                    best, best_cost = tone, cost
            if best:
                joined = thai_dict.score(canon(head + best + SARA_AM + run)) < best_cost + thai_dict.score(run)
                out.append(line[last:base.end()])
                out.append(best + line[base.end():m.start()] + ("" if joined else " ") + run)
                last = m.end() + len(run)
            continue
        if m.start() - len(left) < last:
            # the run before this gap was rewritten with the last one: reading it again here
            # wrote it twice (คลาคล  า  ความย  งิ ใหญ่ gave ความยความยิ่งใหญ่)
            skipped = True
            continue
        readings = _gap_readings(left, m.group(0), right, spaced, keep)
        if not readings:
            continue
        nik = right[:1] == SARA_AA
        best, best_cost, took = "", 1 << 30, 0
        for reading, form, n, after in readings:
            cost = thai_dict.score(form)
            apart = thai_dict.score(left) + sum(thai_dict.score(x) for x in re.split(SP, right[:n]) if x)
            total = cost + thai_dict.score(after) if after else cost
            if (nik or cost <= apart) and total < best_cost:
                best, best_cost, took = reading, total, n
            elif not n and best and cost <= apart and cost + thai_dict.score(run_right(right, 0)) <= best_cost:
                best, took = reading, n  # the gap's space kept: the run after it as printed reads as well
        if best:
            out.append(line[last:m.start() - len(left)])
            out.append(best)
            last = m.end() + took
    if not out:
        return line
    out.append(line[last:])
    got = "".join(out)
    return tone_gaps(got, spaced, False, keep) if skipped and again else got


# A Thai run with an upper vowel that carries no tone (nor ``์``).
_RX_BARE_RUN = re.compile(f"[\u0e01-\u0e4e]*[\u0e31\u0e34-\u0e37](?![{RX_TONE}\u0e4c])[\u0e01-\u0e4e]*")


def _tone_fixes(run: str) -> dict[str, str]:
    """For each tone, ``run`` with that tone put on one of its bare upper vowels where the
    run then has fewer unknown characters (the best place), if any; for a run that reads,
    where it then reads as fewer words (``_tone_joins``)."""
    cost = thai_dict.score(run)
    out: dict[str, str] = {}
    if cost < UNK:
        return out
    for tone in "\u0e49\u0e48":
        best, best_cost = "", cost // UNK
        for v in _RX_UPPER_BARE.finditer(run):
            c = canon(run[:v.end()] + tone + run[v.end():])
            k = thai_dict.score(c)
            if k // UNK < best_cost:
                best, best_cost = c, k // UNK
        if best:
            out[tone] = best
    return out


def _tone_joins(run: str, tone: str) -> str:
    """``run``, which reads, with the text's lost ``tone`` on the bare upper vowel where the
    run then reads as fewer dictionary words (pdftotext of TLWG fonts: ``ความยิงใหญ่`` reads
    ความ|ยิง|ใหญ่ and ความ|ยิ่งใหญ่, ``ทีพึงประสงค์`` ที|พึง|ประสงค์ and ที่พึงประสงค์,
    ``หนาวสัน``, ``วิงรอก``, ``ชันยศ``, ``เลขชีกำลัง``); else ``run``."""
    cost = thai_dict.score(run)
    best, best_cost = run, cost
    if cost >= UNK:
        return run
    for v in _RX_UPPER_BARE.finditer(run):
        c = canon(run[:v.end()] + tone + run[v.end():])
        k = thai_dict.score(c)
        if k < best_cost:
            best, best_cost = c, k
    return best


def lost_tones(lines: list[str], raw: str) -> list[str]:
    """A tone the reader dropped from an upper vowel (pdftotext of TLWG fonts, whose shifted
    tone glyph it cannot name: ``พืนฐาน``, ``ขึนไป``, ``เกียว``). Only in a text that shows it
    in at least two distinct runs that read with fewer unknown characters with the tone; one
    glyph is one tone, the one that mends most runs, and it goes back into every run it
    mends so, and into a run that reads already only where it then reads as fewer words
    (``ความยิงใหญ่``, ``ชันยศ``: ``_tone_joins``). A lost tone never shows on
    an upper vowel in the text, while the other tone shows there at least five times (the
    reader names one shifted glyph and not the other), in either order (LibreOffice text sets
    the tone before the vowel: ``ท่ี``), in ``raw``, the text before any mark moved."""
    shown = {t: len(re.findall(f"[\u0e31\u0e34-\u0e37]{t}|{t}{SP}?[\u0e31\u0e34-\u0e37]", raw)) for t in "\u0e49\u0e48"}
    lost = [t for t in shown if shown[t] == 0 and max(shown.values()) >= 5]
    if not lost:
        return lines
    fixes: dict[str, dict[str, str]] = {}
    for line in lines:
        for m in _RX_BARE_RUN.finditer(line):
            run = m.group(0)
            if run not in fixes:
                fixes[run] = _tone_fixes(run)
    counts = {t: sum(1 for f in fixes.values() if t in f) for t in lost}
    tone = max(counts, key=lambda t: counts[t])
    if counts[tone] < 2:
        return lines

    def put(m: re.Match[str]) -> str:
        run = m.group(0)
        return fixes[run][tone] if tone in fixes[run] else _tone_joins(run, tone)

    return [_RX_BARE_RUN.sub(put, line) for line in lines]
