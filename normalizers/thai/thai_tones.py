"""Tones a reader renamed (issue 16): a character standing where a tone belongs (PDFium's
names for an unnamed glyph, ``odd_tones``; a bracket a font map names for a tone), a tone a
font map names before or after ``ำ``'s nikhahit (``nikhahit_named_tone``, ``tone_aa_nikhahit``),
a tone pushed past ``ีย`` or named ``ุ`` (``ia_pushed``, ``sara_u_named_tone``). Tones a reader
lost altogether are ``thai_lost_tones``'. Each is decided by position and the dictionary, never
by a list of the characters or words seen."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import RX_CONS, RX_MARK, RX_TONE, SARA_AM, SP
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
# every match of RX_ODD_TONE holds a character of ODD_TONE right after a Thai one (an upper vowel,
# a consonant, or the mark before an ODD_NIK): searched first, from that character, which the
# regex engine skips to (RX_ODD_TONE's branches open with look-behinds: tried at every position)
_GATE_ODD_TONE = re.compile(f"{ODD_TONE}(?<=[\u0e01-\u0e4e].)")


def shows_odd_tone(text: str) -> bool:
    """Whether ``RX_ODD_TONE`` finds a stand-in for a tone in ``text``."""
    return _GATE_ODD_TONE.search(text) is not None and RX_ODD_TONE.search(text) is not None


TONES4 = "\u0e49\u0e48\u0e4a\u0e4b"
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
        for tone in TONES4:
            g = []
            for _, left, right, am, _ in spots:
                # C + nikhahit stand-in + tone + า is read as C + tone + ำ
                joined = canon(left + tone + SARA_AM + right[1:] if am else left + tone + right)
                d = thai_dict.score(left) + thai_dict.score(right) - thai_dict.score(joined)
                g.append(d)
            gains[tone] = g
        tone = max(TONES4, key=lambda t: sum(max(0, x) for x in gains[t]))
        if strict and max(gains[tone]) < UNK:
            continue
        # a character no Thai text holds (not ASCII) that two places show to be this tone names
        # the glyph: it is that tone in its other places too, where the word is one the
        # dictionary lacks (PDFium on Garuda: พึĕงตนเอง, เครืĕอง show it; กิĕม = กิ่ม, ฝรึĕง = ฝรึ่ง)
        named = not strict and sum(x > 0 for x in gains[tone]) >= 2
        # between a nikhahit stand-in and า (น;1า) a character two places show to be this tone (a
        # whole unknown character less each) is it everywhere: a broken word beside it (ใชน;1า, its
        # tone overhanging the line's end) does not make it a printed digit (session 30)
        am_named = sum(x >= UNK for x in gains[tone]) >= 2
        for (k, _, _, am, gap), d in zip(spots, gains[tone]):
            if d > 0 or (am and (am_named or (d == 0 and not strict))) or (named and not am):
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
                else:
                    _spaced_tone(text, out, ch, tone)
                    _word_end_tone(text, out, ch, tone)
                    # after its syllable (TH Sarabun IT9 via pdfplumber: ``ขึน%``, ``ผึง% งาน``,
                    # ``นา้ำ%``): as a paired bracket there, where the run then reads better
                    _bracket_tone_at_word_end(text, out, ch, tone)
            else:
                # a letter or digit: spaced inside a word (PDFium on Noto: ``ขาตั 1 ง``) or alone at
                # the line's end (its overhang: ``ข้าหลวง 1``), only where a word then reads
                _spaced_tone(text, out, ch, tone)
                _overhang_letter(text, out, ch, tone)
    return "".join(out)


def _overhang_letter(text: str, out: list[str], ch: str, tone: str) -> None:
    """A letter or digit ``ch`` the dictionary has shown to name a tone glyph, alone after a space
    at a line's end (PDFium sets the overhang of the shifted tone over an upper vowel there:
    ``ขมินขึ1น ... ข้าหลวง 1`` = ขมิ้น): the tone over the bare upper vowel of the line where its
    run then holds the fewest unknown characters, at least one fewer; where none does, over the one
    whose run then reads as fewer words, or as well and more commonly (``เขตเลือกตัง ... 1`` =
    เขตเลือกตั้ง, ``ยิมงาม``); else the character stays (a printed ``ข้อ 1``)."""
    for m in re.finditer(f"(?<=[\u0e01-\u0e4e] ){re.escape(ch)}(?=\n|$)", text):
        k = m.start()
        if out[k] != ch or out[k - 1] != " ":
            continue
        start = text.rfind("\n", 0, k) + 1
        # the line as the other rules left it, each character's place in ``out``
        line, at = "", []
        for i in range(start, k - 1):
            for j, c in enumerate(out[i]):
                line += c
                at.append((i, j))
        best, best_gain = -1, UNK - 1
        tie, tie_gain = -1, (0, 0.0)
        for r in re.finditer("[\u0e01-\u0e4e]+", line):
            run = r.group(0)
            cost = thai_dict.score(run)
            for v in re.finditer(f"[\u0e31\u0e34-\u0e37](?![{RX_TONE}\u0e4c])", run):
                toned = canon(run[:v.end()] + tone + run[v.end():])
                gain = cost - thai_dict.score(toned)
                if gain > best_gain:
                    best, best_gain = r.start() + v.start(), gain
                elif 0 <= gain < UNK and (gain, thai_dict.corpus_logp(toned) - thai_dict.corpus_logp(run)) > tie_gain:
                    # (no run holds an unknown character less: the one that then reads as fewer
                    # words, or as well and more commonly: เขตเลือกตัง ... 1 = เขตเลือกตั้ง)
                    tie, tie_gain = r.start() + v.start(), (gain, thai_dict.corpus_logp(toned) - thai_dict.corpus_logp(run))
        best = best if best >= 0 else tie
        if best >= 0:
            i, j = at[best]
            out[i] = out[i][:j + 1] + tone + out[i][j + 1:]
            out[k - 1] = out[k] = ""


def _word_end_tone(text: str, out: list[str], ch: str, tone: str) -> None:
    """Punctuation ``ch`` the dictionary has shown to name a tone glyph inside words, right after
    the upper vowel that ends a word, before a space or the line's end (PDFium on Noto Sans Thai:
    ``เข้าที, เครื,องปรุง`` = เข้าที่ เครื่องปรุง, ``ลี, เลือก``): that tone where the word then
    reads strictly better; the space after it is the word's own and stays (a printed comma there,
    ``ดี, ``, makes no better word)."""
    for m in re.finditer(f"(?<=[{RX_CONS}][\u0e31\u0e34-\u0e37]){re.escape(ch)}(?=[ \t\u00a0\n]|$)", text):
        k = m.start()
        if out[k] != ch:
            continue
        left = run_left(text, k)
        if thai_dict.score(canon(left + tone)) <= thai_dict.score(left):
            out[k] = tone


def _spaced_tone(text: str, out: list[str], ch: str, tone: str) -> None:
    """Punctuation ``ch`` the dictionary has shown to name a tone glyph inside words, set with a
    space before or after it after an upper vowel (PDFium on Noto Sans Thai: ``หั , นแหลก``,
    ``ติดตั , ง``, ``เฝื, อน``): that tone, and the spaces go, where the run then holds fewer
    unknown characters than its two pieces."""
    for m in re.finditer(f"(?<=[{RX_CONS}][\u0e31\u0e34-\u0e37]) ?{re.escape(ch)} ?(?=[{RX_CONS}])", text):
        a, e = m.start(), m.end()
        if e - a < 2 or "".join(out[a:e]) != text[a:e]:
            continue
        left, right = run_left(text, a), run_right(text, e)
        joined = canon(left + tone + right)
        if thai_dict.score(left) + thai_dict.score(right) - thai_dict.score(joined) >= UNK:
            out[a:e] = [tone] + [""] * (e - a - 1)


# a run that ends in a consonant + ``ำ`` as a map that names the nikhahit glyph a tone + ``ำ``
# gives it after the ``า`` (``นา้ำ`` = ``นำ``), or as composed
_RX_AM_END = re.compile(f"(?<=[{RX_CONS}])(?:\u0e32[{RX_TONE}]?\u0e33|\u0e33)$")


def _toned_syllable(run: str, tone: str) -> str | None:
    """``run`` with ``tone`` where a shifted tone glyph set after its syllable belongs: over the upper
    vowel of one of its last two consonants (``_over_upper_vowel``), or, where ``run`` ends in a
    consonant + ``ำ``, before that ``ำ`` (``นา้ำ%`` = น้ำ); None where neither is."""
    word = _over_upper_vowel(run, tone)
    if word is None and (m := _RX_AM_END.search(run)):
        word = run[:m.start()] + tone + SARA_AM
    return word


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
    space was a tone in 3 places and read right in 2, too little to tell it from a printed comma.)
    Other punctuation (TH Sarabun IT9 via pdfplumber: ``ขึน%``, ``ผึง% งาน``, ``นา้ำ%`` = น้ำ) is
    read as a paired bracket, and where two of its places after a syllable read with at least one
    unknown character fewer each, the text names the tone glyph so: there it is that tone wherever
    the run then reads as well (``ขอบกัน%`` = ขอบกั้น, ``หิว%`` = หิ้ว)."""
    spots = []
    for m in re.finditer(f"(?<=[\u0e01-\u0e4e]){re.escape(ch)}(?=( [\u0e01-\u0e4e])|\\s|$)", text):
        k = m.start()
        left = run_left(text, k)
        j = k - len(left)
        word = _toned_syllable(left, tone) if out[k] == ch and "".join(out[j:k]) == left else None
        if word is None:
            continue
        sure = _unmatched(text, k) and _over_upper_vowel(left, tone) is not None
        word = canon(word)
        right = run_right(text, k + 2) if m.group(1) else ""
        spots.append((j, k, word, right, sure, thai_dict.score(left) - thai_dict.score(word)))
    named = ch not in "()" and sum(gain >= UNK for *_, gain in spots) >= 2
    for j, k, word, right, sure, gain in spots:
        if not sure and gain < UNK and not (named and gain >= 0):
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
    named = [t for t in TONES4 if len(re.findall(t + "\u0e33\u0e32", text)) >= 2
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
RX_TONE_AA_NIK = re.compile(f"(?:([{RX_TONE}]|{ODD_TONE})(?<=[{RX_CONS}].)\u0e32[{RX_TONE}]\u0e33"
                            f"|\u0e32(?<=[{RX_CONS}]\u0e32)[{RX_TONE}]\u0e33([{RX_TONE}]))({SP}?)")


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
RX_IA_PUSHED = re.compile(f"([{RX_TONE}])(?<=\u0e40[{RX_CONS}][{RX_TONE}])\u0e22\u0e35({SP}?)")


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
RX_SARA_U_TONE = re.compile(f"\u0e38(?<=[{RX_CONS}]\u0e38)(?:(\u0e38)|{SP}?\u0e32)")
_U_TONES = "\u0e4b\u0e48\u0e49\u0e4a"  # on a tie: the TLWG ๋ first
_TLWG_U = "\u0e4b\u0e4a"  # the TLWG fonts' low ๋ and ๊, both named ุ (กระเปุา = กระเป๋า, ตุาก = ต๊าก)


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
    if tone not in _TLWG_U:  # the map that names ่ so is learned from the whole text (learned_confusions)
        return text
    out: list[str] = []
    last = 0
    for k, end, left, right, printed in runs:
        # only where the run then has fewer unknown characters: a SARA U Pango pushed one
        # consonant right is not it (NotoSansThai: สธุ าสินี = สุธาสินี)
        # (after a SARA U, where no reading is Thai, on a tie too: กุุยๆ = กุ๋ยๆ)
        # (the TLWG fonts name both their low ๋ and low ๊ so: each place takes the one it reads best with)
        tone = min(_TLWG_U, key=lambda t: thai_dict.score(canon(left + t + right)))
        got = thai_dict.score(canon(left + tone + right)) // UNK
        if k < last or got > printed // UNK or (got == printed // UNK and text[k - 1] != "\u0e38"):
            continue
        out.append(text[last:k] + tone)
        last = k + 1
        if text[last:last + 1] in (" ", "\t", "\u00a0") and text[last + 1:last + 2] == "\u0e32":
            last += 1  # the space PDFium left between the pushed tone and its า
    out.append(text[last:])
    return "".join(out)


# A below vowel on the consonant of a leading-vowel syllable (TLWG fonts, every reader: ``แฟูม`` =
# แฟ้ม, ``ใถู`` = ใถ้, ``เซูม`` = เซ้ม): no Thai word holds one (none of the dictionary's words, none
# of the pair sets' true lines, none of the seed lines); it is the tone glyph the font map names
# ``ู`` or ``ุ`` (the shaper confusions of ``_CONFUSE`` in thai_edits).
_LEAD_TONES = "\u0e49\u0e48\u0e4a"  # ้ ่ ๊ (the TLWG low ๊ too: เจุง = เจ๊ง); on a tie in that order
_RX_LEAD_BELOW = re.compile(f"(?<=[\u0e40-\u0e44][{RX_CONS}])[\u0e38\u0e39]")


def lead_below_vowel_tone(line: str) -> str:
    """Each such below vowel is the tone (่ or ้) its run reads best with: the fewer unknown
    characters, then the commoner words (TNC), then ้ (the tone ู names on most dev places; so too
    where the run ends with it: the rest of the word may be on the next line, ``แฟู`` + ``ม``)."""
    def tone(m: re.Match) -> str:
        k = m.start()
        left, right = run_left(line, k), run_right(line, k + 1)
        if not right:
            return "\u0e49"
        forms = {t: canon(left + t + right) for t in _LEAD_TONES}
        return min(_LEAD_TONES, key=lambda t: (thai_dict.score(forms[t]) // UNK, -thai_dict.corpus_logp(forms[t])))
    return _RX_LEAD_BELOW.sub(tone, line)
