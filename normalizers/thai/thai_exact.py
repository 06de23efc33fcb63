"""Stage 1 of Thai repair: exact, table-driven fixes that are safe on any text (PUA
presentation forms, SARA AM composition, a reader's stand-in for the nikhahit of ``ำ``,
Lao lookalikes in Thai runs, zero-width characters, spaces before combining marks, mark
order and duplicates, ``เเ``)."""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import (
    HINT, LAO_TABLE, PUA_TABLE, RX_CONS, RX_MARK, RX_TONE, SARA_AA, SARA_AM, SP, ZERO_WIDTH,
    mark_rank,
)
from normalizers.thai.thai_signs import ODD_NIK, ODD_TONE, RX_THAI_NEAR

UNK = thai_dict.UNKNOWN
RX_CONS_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))

# ---------------------------------------------------------------- exact fixes
_RX_ZW = re.compile(f"[{ZERO_WIDTH}]")
# (the space between a mark and ำ is left to the dictionary stage: see _RX_LOST_AM)
_RX_SPACE_MARK = re.compile(f"(?<=[\u0e01-\u0e4e]){SP}+(?=[{RX_MARK}])"
                            f"|(?<=[\u0e01-\u0e4e])(?<![{RX_MARK}]){SP}+(?=\u0e33)")
# A space between a consonant and า/ำ is a lost nikhahit (ค าน า, ด  าเนิน, น้  ำ), but a
# single space after a mark is the artefact space of a displaced mark (มกี ารบรกิ าร).
_RX_LOST_AM = re.compile(f"(?<=[{RX_CONS}])((?:[{RX_MARK}]+{SP}{{2,}})|{SP}+)[\u0e32\u0e33]")
_RX_NIK_AA = re.compile(f"\u0e4d([{RX_TONE}]?)\u0e32")
_RX_TONE_NIK_AA = re.compile(f"([{RX_TONE}])\u0e4d\u0e32")
_RX_FFFD_AA = re.compile("\ufffd+\u0e32")
_RX_AM_TONE = re.compile(f"\u0e33([{RX_TONE}])")
_RX_MARK_RUN = re.compile(f"[{RX_MARK}]{{2,}}")
_RX_LAKKHANG = re.compile("(?<![\u0e24\u0e26])\u0e45")
# the same tone twice on a consonant that has no vowel mark (ไปส่่การ, คู่ read as ค่่)
_RX_TONE_TWICE = re.compile(f"(?<=[{RX_CONS}])([\u0e48\u0e49])\\1")


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


def _order_marks(m: re.Match) -> str:
    """Canonical mark order on one base: vowel mark, tone, sign; drop exact duplicates.
    Two different tones are kept for the dictionary stage (``ผ้่`` is ``ผู้``)."""
    marks = m.group(0)
    seen: list[str] = []
    for ch in marks:
        if ch not in seen:
            seen.append(ch)
    seen.sort(key=mark_rank)
    return "".join(seen)


_RX_ODD_NIK = re.compile(f"([{RX_CONS}][{RX_MARK}]*)({ODD_NIK})([{RX_TONE}]?)\u0e32")
_RX_THAI_RUN_L = re.compile("[\u0e01-\u0e4e]*$")
_RX_THAI_RUN_R = re.compile("^[\u0e01-\u0e4e]*")


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
        left = _RX_THAI_RUN_L.search(s, 0, m.start()).group(0) + m.group(1)  # type: ignore[union-attr]
        right = _RX_THAI_RUN_R.match(s[m.end():]).group(0)  # type: ignore[union-attr]
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


# A character that is not Thai (nor a space, a PUA form or U+FFFD) where a tone belongs:
# after an upper vowel and before a consonant (PDFium: พืĒนฐาน, เกี1ยว; the shifted tone glyph
# these fonts leave unnamed), or between a reader's nikhahit stand-in and า (นĖĒา, น;1า = น้ำ).
RX_ODD_TONE = re.compile(f"(?<=[\u0e31\u0e34-\u0e37])({ODD_TONE})(?= ?[{RX_CONS}\u0e40-\u0e44])"
                          f"|(?<=[{RX_CONS}])([{RX_MARK}]*{ODD_NIK})({ODD_TONE})(?=\u0e32)")
_TONES4 = "\u0e49\u0e48\u0e4a\u0e4b"


def odd_tones(text: str) -> str:
    """A character standing where a tone belongs (``RX_ODD_TONE``) is that tone as a reader
    mapped an unnamed glyph, decided by position and the dictionary: one character is one
    glyph, so the tone is the one that makes all its places in the text read best, and each
    place takes it only where the Thai run then costs less than the two runs the character
    splits it into. A letter or a digit is a tone only when one of its places shows it: there
    the run has fewer unknown characters with it (``พื1นฐาน``; not ``ปี1ครั้ง``). Which
    characters were seen does not matter."""
    text = odd_nikhahit(text)  # the runs around a tone end where a nikhahit stand-in stands
    places: dict[str, list[tuple[int, str, str, bool, int]]] = {}
    for m in RX_ODD_TONE.finditer(text):
        am = not m.group(1)
        k = m.start(3) if am else m.start(1)
        left = _RX_THAI_RUN_L.search(text, 0, m.start(0)).group(0)  # type: ignore[union-attr]
        if am:
            left += m.group(2)[:-1]  # the consonant's marks, without the nikhahit stand-in
        if not am and text[k].isascii() and not text[k].isalnum():
            continue  # ASCII punctuation after a vowel is printed punctuation (ปฏิบัติ: ส่วน)
        gap = 0 if am or text[k + 1] != " " else 1  # PDFium: a space after it (พืĜ นฐาน)
        if gap and text[k].isascii():
            continue
        right = _RX_THAI_RUN_R.match(text[k + 1 + gap:]).group(0)  # type: ignore[union-attr]
        places.setdefault(text[k], []).append((k, left, right, am, gap))
    if not places:
        return text
    out = list(text)
    for ch, spots in places.items():
        strict = ch.isascii() and ch.isalnum()
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
        for (k, _, _, am, gap), d in zip(spots, gains[tone]):
            if d > 0 or (am and d == 0 and not strict):
                out[k] = tone
                if gap:  # the space after it goes with it
                    out[k + 1] = ""
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


def _gap_readings(left: str, gap: str, right: str) -> list[tuple[str, str, int]]:
    """(reading, scored form, characters of ``right`` it takes) of ``left`` + ``gap`` +
    ``right`` with the lost tone put back."""
    run = _RX_THAI_RUN_R.match(right).group(0)  # type: ignore[union-attr]
    out = []
    if run[:1] in (SARA_AA, SARA_AM):
        if len(gap) < 3 or run[0] != SARA_AA:
            return []
        for tone in "\u0e49\u0e48":
            if left[-1:] and left[-1] in RX_CONS_SET:
                out.append((left + tone + "  " + run, canon(left + tone + SARA_AM + run[1:]), len(run)))
            for v in _RX_UPPER_BARE.finditer(left, max(0, len(left) - 4)):
                c = left[:v.end()] + tone + left[v.end():]
                out.append((c + "  " + run, canon(c + SARA_AM + run[1:]), len(run)))
        return out
    for tone in "\u0e49\u0e48":
        if run[:1] and run[0] in _UPPER and left[-1:] and left[-1] in RX_CONS_SET:  # Noto: เก  ียวพา
            c = left + run[0] + tone + run[1:]
            out.append((c, canon(c), len(run)))
        m = _RX_PUSHED.match(right)
        if m and left[-1:] and left[-1] in RX_CONS_SET:  # พ  นื ฐาน
            rest = _RX_THAI_RUN_R.match(right[m.end():]).group(0)  # type: ignore[union-attr]
            c = left + m.group(2) + tone + m.group(1) + rest
            out.append((c, canon(c), m.end() + len(rest)))
        for v in _RX_UPPER_BARE.finditer(left, max(0, len(left) - 4)):  # ชัน  ยศ, บัดนี  ได้
            c = left[:v.end()] + tone + left[v.end():] + run
            out.append((c, canon(c), len(run)))
    return out


def tone_gaps(line: str) -> str:
    """Each ``RX_TONE_GAP`` in Pango text: the lost tone goes back where the run then reads
    best (on a vowel just before the gap, or with the vowel pushed past the next consonant),
    when the run then costs no more than its printed pieces (in Pango text two spaces inside
    Thai are an unnamed glyph, not a printed space);
    a gap of three spaces before ``า`` always gives its tone back (two stay the nikhahit's)."""
    out: list[str] = []
    last = 0
    for m in RX_TONE_GAP.finditer(line):
        if m.start() < last:
            continue
        left = _RX_THAI_RUN_L.search(line, 0, m.start()).group(0)  # type: ignore[union-attr]
        right = line[m.end():m.end() + 40]
        if left == SARA_AA and _RX_NIK_GAP.search(line, 0, m.start()):
            # a second gap after a lost nikhahit's (น  า  มัน = น้ำมัน): the tone lost with it
            base = _RX_NIK_GAP.search(line, 0, m.start())
            run = _RX_THAI_RUN_R.match(right).group(0)  # type: ignore[union-attr]
            head = _RX_THAI_RUN_L.search(line, 0, base.end()).group(0)  # type: ignore[union-attr]
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
        readings = _gap_readings(left, m.group(0), right)
        if not readings:
            continue
        nik = right[:1] == SARA_AA
        best, best_cost, took = "", 1 << 30, 0
        for reading, form, n in readings:
            cost = thai_dict.score(form)
            apart = thai_dict.score(left) + sum(thai_dict.score(x) for x in re.split(SP, right[:n]) if x)
            if (nik or cost <= apart) and cost < best_cost:
                best, best_cost, took = reading, cost, n
        if best:
            out.append(line[last:m.start() - len(left)])
            out.append(best)
            last = m.end() + took
    if not out:
        return line
    out.append(line[last:])
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
        left = _RX_THAI_RUN_L.search(s, 0, m.start()).group(0)  # type: ignore[union-attr]
        right = _RX_THAI_RUN_R.match(s[m.end():]).group(0)  # type: ignore[union-attr]
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
    if _RX_ODD_NIK.search(s):
        s = odd_nikhahit(s)
    if any("\uf700" <= c <= "\uf89e" for c in s):
        s = s.translate(PUA_TABLE)
    if _RX_ZW.search(s):
        s = _RX_ZW.sub("", s)
    if any("\u0e80" <= c <= "\u0eff" for c in s):
        s = _map_lao(s)
    s = _RX_FFFD_AA.sub(SARA_AM, s)
    s = _RX_LOST_AM.sub(lambda m: m.group(1).rstrip(" \t\u00a0") + HINT, s)
    s = _RX_SPACE_MARK.sub("", s)
    s = _RX_TONE_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _RX_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _RX_AM_TONE.sub(lambda m: m.group(1) + SARA_AM, s)
    s = s.replace("\u0e40\u0e40", "\u0e41")
    if "\u0e33\u0e32" in s:  # ำ drawn as nikhahit + า and read as ำ plus the า again (LibreOffice)
        s = s.replace("\u0e33\u0e32", SARA_AM)
    if "\u0e32\u0e33" in s:  # the same pair in the other order after a tone (น้าำ กร่อย = น้ำกร่อย)
        s = s.replace("\u0e32\u0e33", SARA_AM)
    s = _RX_LAKKHANG.sub(SARA_AA, s)
    if _RX_TONE_TWICE.search(s):
        s = tone_twice(s)
    s = _RX_MARK_RUN.sub(_order_marks, s)
    return s


def canon(s: str) -> str:
    return _RX_MARK_RUN.sub(_order_marks, s)
