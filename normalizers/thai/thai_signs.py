"""What a Thai text shows of its breakage: the patterns only a broken text layer or OCR
gives (``RX_BROKEN``), the signature words of a lost or extra SARA AM (G1, G2), and the
text-wide ``Mode`` that decides which ambiguous repairs the dictionary stage may make
(``text_mode``, ``line_mode``, ``line_needs_dict``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import (
    HINT, LAO_TABLE, PUA_TABLE, RX_CONS, RX_MARK, RX_TONE, RX_VOWEL_MARK, SARA_AM, SP, TONES, ZERO_WIDTH,
)

UNK = thai_dict.UNKNOWN
# ---------------------------------------------------------------- detection
_PUA_CHARS = "".join(map(chr, PUA_TABLE))
_LAO_CHARS = "".join(map(chr, LAO_TABLE))
# Any one character that is not Thai, a letter, a digit or a space: where it stands between
# a consonant and า it is a candidate for the nikhahit of ำ (PDFium gives ˸ Ě Ė ; ...).
ODD_NIK = "[^\\s\u0e00-\u0e7f0-9A-Za-z\ue000-\uf8ff\ufffd]"  # not PUA forms, not U+FFFD
# Where a tone belongs (thai_exact.odd_tones) a letter or a digit may stand for it too.
ODD_TONE = "[^\\s\u0e00-\u0e7f\ue000-\uf8ff\ufffd]"
# Anything that can only come from a broken text layer / OCR.
RX_BROKEN = re.compile(
    f"[{_PUA_CHARS}{ZERO_WIDTH}\ufffd\u0e4d]"  # PUA forms, ZW, U+FFFD, nikhahit
    "|(?<![\u0e24\u0e26])\u0e45"  # lakkhangyao, not that of ฤๅ / ฦๅ (Thai letters, สมปฤๅดี)
    f"|[{_LAO_CHARS}]"
    f"|{SP}+[{RX_MARK}\u0e33]"  # space before a combining mark / SARA AM
    f"|[{RX_CONS}][{RX_MARK}]*{SP}+\u0e32"  # ค าน า
    f"|[{RX_TONE}\u0e4c][{RX_VOWEL_MARK}]"  # tone before vowel mark
    f"|([{RX_MARK}])\\1"  # doubled mark
    f"|[{RX_TONE}][{RX_TONE}]"  # two tones
    f"|[{RX_VOWEL_MARK}][{RX_VOWEL_MARK}]"  # two vowel marks on one base
    f"|\u0e33[{RX_TONE}]"  # SARA AM before tone
    f"|\u0e40\u0e40"  # เเ
    f"|\u0e33\u0e32|\u0e32\u0e33"  # ำา, าำ
    f"|[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]"  # below vowel then า (หนูา)
    f"|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]"  # ไดู
    f"|(?:^|[^{RX_CONS}{RX_MARK}])[{RX_MARK}]"  # mark without a base
    f"|[{RX_CONS}]\u0e31[{RX_TONE}]?(?![{RX_CONS}{RX_TONE}])"  # MAI HAN-AKAT ending a word (ลบั)
    f"|(?<![\u0e40-\u0e44{RX_CONS}])[{RX_CONS}][{RX_CONS}][{RX_TONE}](?=[ \n][{RX_CONS}])"  # สว่ น
    # จัดท˸ารายงาน, การกĚากับ, ข้อค;าถาม; with a tone's stand-in: นĖĒา (น้ำ)
    f"|[{RX_CONS}][{RX_MARK}]*{ODD_NIK}(?:[{RX_TONE}]|{ODD_TONE})?\u0e32"
    f"|\u0e40[{RX_CONS}][{RX_TONE}]\u0e22\u0e35"  # เ-ีย's vowel pushed onto its ย, its tone left (เจ้ยี ม)
    f"|[\u0e31\u0e34-\u0e37][^\\s\x00-\x7f\u0e00-\u0e7f\ue000-\uf8ff\ufffd] ?[{RX_CONS}\u0e40-\u0e44]"  # พืĒนฐาน (not มี.ค.)
)
# Common words as printed with SARA AM lost (G1) or SARA AA shown as SARA AM (G2).
_G1_WORDS = ("สานัก ดาเนิน จานวน ประจาปี ลาดับ กาหนด คาถาม ตาบล อาเภอ อานาจ สาคัญ "
             "คาสั่ง ดาเนินการ ทาให้ กากับดูแล จาเป็น สาหรับ ชานาญ "
             "ผู้อานวยการ อานวย คาแนะนา ประจาเดือน สารวจ").split()
_G2_WORDS = ("กำร ควำม ตำม ประมำณ ข้อมูลข่ำวสำร ภำย "
             "สำธำรณ บริหำร บริกำร ประกำศ ผ่ำน จ่ำย มำตรกำร").split()
_RX_G1 = re.compile("|".join(sorted(_G1_WORDS, key=len, reverse=True)))
_RX_G2 = re.compile("|".join(sorted(_G2_WORDS, key=len, reverse=True)))
RX_FAST = re.compile(RX_BROKEN.pattern + "|" + _RX_G1.pattern + "|" + _RX_G2.pattern)

RX_THAI_NEAR = re.compile("[\u0e01-\u0e4e]")


@dataclass(frozen=True)
class Mode:
    dictionary: bool
    g1: bool
    g2: bool
    shaper: bool  # ู/ุ/tone glyph confusions (TLWG-style fonts) seen in the text
    spacey: bool  # the text layer puts spaces around displaced glyphs (ด  าเนิน, ต ้อง)
    moves: bool = True  # marks may be moved between consonants and runs joined
    # mark substitutions this text's font map makes (``learned_confusions``): (printed, true)
    learned: frozenset[tuple[str, str]] = frozenset()
    # G1 text whose tones over a nikhahit went with it (``tones_lost_with_nikhahit``)
    tone_am: bool = False
    # spacey text whose font pushes a word's vowel mark one consonant right (``pushes_final_vowels``)
    pushes: bool = False

    def __hash__(self) -> int:  # the dataclass's own hash, written out: compiled, not a Python frame
        return hash((self.dictionary, self.g1, self.g2, self.shaper, self.spacey, self.moves, self.learned,
                     self.tone_am, self.pushes))


# (a mark alone at the end of a line is PDFium's overhang, not the Pango space signature)
_SPACEY_CHARS = 600  # at least one signature per this many characters
_RX_SPACEY = re.compile(f"{SP}+[{RX_MARK}\u0e33](?![{RX_MARK}]*{SP}*(?:\n|$))|[{RX_CONS}][{RX_MARK}]*{SP}+[\u0e32\u0e33]")
RX_AA_SPACES = re.compile(f"[\u0e32\u0e33](?:(?<=[{RX_CONS}].)|(?<=[{RX_CONS}][{RX_TONE}].)){SP}{{2,}}"
                           f"(?=[\u0e01-\u0e4e])")  # ประจา  ปี, น้ำ  หนัก
# the same gap after a tone, in text that is not spacey (TLWG fonts via pdfplumber: รพ.น้า  ยืน =
# น้ำยืน, การประเมินต่า  โดยเฉพาะ = ต่ำ โดยเฉพาะ): the nikhahit under the tone was lost and its
# width left after the า; the gap may hold the word's real space too
RX_TONE_AA_GAP = re.compile(f"\u0e32(?<=[{RX_CONS}][{RX_TONE}]\u0e32){SP}{{2,}}(?=[\u0e01-\u0e4e])")
_RX_THAI_TAIL = re.compile("[\u0e01-\u0e4e]*\\Z")
_RX_THAI_HEAD = re.compile("[\u0e01-\u0e4e]*")


def aa_gaps(line: str, rx: re.Pattern[str]) -> str:
    """Each lost-nikhahit gap ``rx`` finds after ``า`` becomes a possible SARA AM (``HINT``),
    the runs around it joined only where the joined run reads better than the two apart
    (น้ำ|ตาล), else apart with one space: ต่ำ โดยเฉพาะ and น้ำ|ยืน read alike, and across the
    pair sets the gap held a real space as often as not (32 of 55 in text that is not spacey)."""
    def sub(m: re.Match[str]) -> str:
        left = _RX_THAI_TAIL.search(line, 0, m.start())
        right = _RX_THAI_HEAD.match(line, m.end())
        a = (left.group(0) if left else "") + SARA_AM
        b = right.group(0) if right else ""
        return HINT if thai_dict.score(a + b) < thai_dict.score(a) + thai_dict.score(b) else HINT + " "

    return rx.sub(sub, line)


# ำ drawn as า and a nikhahit after a tone (Word fonts via pdfplumber: นาำ้ อุ่น = น้ำอุ่น, ต่าำ กว่า =
# ต่ำกว่า) and one space: the nikhahit's overhang, an artefact space 37 times in 52 on the pair sets
# (real in word lists: ฉ่าำ วิทวัส, สระว่ายน้าำ การกระทำ); the space goes only where the joined run
# reads better (a tie, น้ำ|ยืน, keeps it: joining on a tie made word-list lines worse)
RX_AA_AM_SPACE = re.compile(f"(?<=[{RX_CONS}])[{RX_TONE}]?\u0e32[{RX_TONE}]?\u0e33[{RX_TONE}]?{SP}(?=[\u0e01-\u0e4e])")


def aa_am_spaces(line: str) -> str:
    """The space after each ``RX_AA_AM_SPACE`` SARA AM removed where the run before it (its
    ``าำ`` read as ``ำ``) and the run after it read better joined than apart."""
    def sub(m: re.Match[str]) -> str:
        left = _RX_THAI_TAIL.search(line, 0, m.start())
        right = _RX_THAI_HEAD.match(line, m.end())
        pair = m.group(0)[:-1]
        a = (left.group(0) if left else "") + "".join(c for c in pair if c in TONES) + SARA_AM
        b = right.group(0) if right else ""
        return pair if thai_dict.score(a + b) < thai_dict.score(a) + thai_dict.score(b) else m.group(0)

    return RX_AA_AM_SPACE.sub(sub, line)


_RX_SHAPER = re.compile(f"[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]"
                        f"|[{RX_TONE}][{RX_TONE}]")


def text_mode(text: str) -> Mode:
    """Decide, for the whole text, which ambiguous repairs are allowed."""
    broken = RX_BROKEN.search(text) is not None  # (only whether there is one: search stops there)
    g1_hits = len(_RX_G1.findall(text))
    g2_hits = len(_RX_G2.findall(text))
    am_words = text.count("\u0e33")
    g2 = g2_hits >= 2 and g2_hits * 2 >= am_words * 0.5
    n_spacey = len(_RX_SPACEY.findall(text))
    # the signature must be dense: Pango text shows it in nearly every line; a few stray
    # cases in a page of PDFium text (หน้ าที่) do not make every line spacey
    spacey = n_spacey >= 2 and n_spacey * _SPACEY_CHARS >= len(text)
    if spacey:  # and in many lines: a few lines of Pango text among others do not make a text spacey
        thai_lines = [x for x in text.split("\n") if RX_THAI_NEAR.search(x)]
        sig = sum(1 for x in thai_lines if _RX_SPACEY.search(x) or RX_AA_SPACES.search(x))
        spacey = sig * 3 >= len(thai_lines)
    shaper = bool(_RX_SHAPER.search(text)) or _shaper_by_dict(text)
    learned = learned_confusions(text) if broken or shaper else frozenset()
    g1 = g1_hits > 0 or (not spacey and g1_by_dict(text))
    return Mode(dictionary=broken or g1 or g2 or shaper or bool(learned), g1=g1, g2=g2,
                shaper=shaper, spacey=spacey, learned=learned, tone_am=g1 and tones_lost_with_nikhahit(text),
                pushes=spacey and pushes_final_vowels(text))


_RX_FINAL_VOWEL = re.compile(f"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]*[{RX_CONS}][{RX_CONS}][\u0e31\u0e34-\u0e39](?![\u0e01-\u0e4e])")


def pushes_final_vowels(text: str) -> bool:
    """Whether this text's font pushes a vowel mark one consonant right at a word's end (Pango
    read by pdfplumber, NotoSansThai: หกุ = หุก, อวชิ = อวิช; the artefact space after it falls on
    the word's own space): among the distinct runs that end consonant, consonant, vowel mark, the
    vowel moved back one consonant makes at least eight read that did not, twice as many as it
    breaks (every pair set: NotoSansThai 62-108 against 9-28; the TLWG fonts 0-1 against 1-15)."""
    mended = broken = 0
    for run in set(_RX_FINAL_VOWEL.findall(text)):
        moved = run[:-2] + run[-1] + run[-2]
        a, b = thai_dict.score(run) // UNK, thai_dict.score(moved) // UNK
        mended += b < a
        broken += a < b
    return mended >= _LEARN_MIN and mended >= 2 * broken


_RX_AA_AFTER = re.compile(f"[{RX_CONS}][{RX_TONE}]?\u0e32")
_RX_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_G1_MIN, _G1_FEWER = 3, 10  # distinct runs that must read once a SARA AA is SARA AM (or read in fewer words)


def _aa_runs(text: str) -> Iterator[str]:
    """The distinct Thai runs of ``text`` holding ``า``, the first ``_LEARN_RUNS`` of them."""
    seen: set[str] = set()
    for m in _RX_THAI_RUN.finditer(text):
        run = m.group(0)
        if run in seen or "\u0e32" not in run:
            continue
        seen.add(run)
        if len(seen) > _LEARN_RUNS:
            return
        yield run


def g1_by_dict(text: str) -> bool:
    """SARA AM lost (G1) in a text none of whose common G1 words (``_G1_WORDS``) is printed: no
    SARA AM (nor nikhahit) at all, and once one ``C (+ tone) + า`` is ``ำ`` three distinct runs
    that do not read read there (``ผลสาเร็จ``, ``ธารกานัล``), or ten read or read in fewer words
    (``ชาระหนี้``, ``มันสาปะหลัง``: fresh34's pdftotext groups; clean text without ``ำ``: 0-1,
    pdfplumber's gapped ``C␠␠า`` texts 3-8). The text's own runs and the dictionary decide."""
    if "\u0e33" in text or "\u0e4d" in text or "\u0e32" not in text:
        return False
    mended = fewer = 0
    for run in _aa_runs(text):
        base = thai_dict.score(run)
        for a in _RX_AA_AFTER.finditer(run):
            i = a.end() - 1
            cand = run[:i] + "\u0e33" + run[i + 1:]
            if _reads_near(cand, i, base // UNK) if base >= UNK else thai_dict.score(cand) < base:
                mended, fewer = mended + (base >= UNK), fewer + (base < UNK)
                break
        if mended >= _G1_MIN or mended + fewer >= _G1_FEWER:
            return True
    return False


def tones_lost_with_nikhahit(text: str) -> bool:
    """G1 text (SARA AM printed ``า``): whether a tone drawn over the nikhahit went with it
    (Sarabun via pdftotext prints ``ต่ำ`` as ``ตา``, ``น้ำ`` as ``นา``; TLWG fonts print ``ต่า``).
    Judged on the text's own runs by the dictionary: more places of ``C + า`` read better as
    ``C + tone + ำ`` (``ตากว่า``) than places of ``C + tone + า`` read better as ``C + tone + ำ``
    (``ต่ากว่า``). A TLWG font read by pdftotext keeps the tone in some clusters and loses it in
    others (fresh13: ``ต่ากว่า`` once, ``ชนชั้นตา`` and ``คลาคลา`` twice), and a single place is
    evidence where the tone never shows kept (Sarabun via pdftotext: fresh3, fresh5, fresh18);
    a text that keeps its tones more often than not (fresh, 7 against 1) is none. The climb
    takes tone + ``ำ`` only where the run then costs less."""
    lost = kept = 0
    for run in _aa_runs(text):
        base = thai_dict.score(run)
        for a in _RX_AA_AFTER.finditer(run):
            i = a.end() - 1
            if i - a.start() == 2:
                kept += thai_dict.score(run[:i] + "\u0e33" + run[i + 1:]) < base
            elif any(thai_dict.score(run[:i] + t + "\u0e33" + run[i + 1:]) < base for t in "\u0e48\u0e49"):
                lost += 1
    return lost > kept


# Below vowels and the two common tones: a font whose low tone glyphs (TLWG, TH Sarabun IT9)
# are first used inside another cluster gets a ToUnicode map that names them wrongly for the
# whole document (หน่วยงาน read หนุวยงาน, อยู่ read อยุ้, สูง read ส้ง).
_SUBST_MARKS = "\u0e38\u0e39\u0e48\u0e49"
_BELOW = ("\u0e38", "\u0e39")
_RX_MARK_RUN = re.compile(f"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]*[{_SUBST_MARKS}][\u0e01-\u0e4e]*")
_CONS_SET = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
_MARK_SET = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_RX_MARK_LINE = re.compile(f"\n(?=[{RX_MARK}])")
_RX_MARK_ONLY_LINE = re.compile(f"\n([{RX_MARK}]+)\n")  # ข้อม / ู / ล
_LEARN_RUNS = 400  # runs that do not read, looked at per text (bounds the cost)
_LEARN_MIN = 8  # distinct runs a substitution must mend


def _moved_left_reads(run: str, i: int, lo: int, hi: int) -> bool:
    """Whether the window of ``run`` reads near ``i`` once the mark at ``i`` (with the marks
    after it on the same base) moves to the consonant before its base."""
    b = i
    while b > 0 and run[b - 1] not in _CONS_SET:
        b -= 1
    b -= 1  # the base of the mark at i
    e = i
    while e < len(run) and run[e] in _MARK_SET:
        e += 1
    if b < 1 or run[b - 1] not in _CONS_SET:
        return False
    marks = run[b + 1:e]
    moved = run[:b] + marks + run[b] + run[e:]
    win = run[lo:hi]
    return _reads_near(moved[lo:hi], i - lo, thai_dict.score(win) // UNK)


def _unknown_near(win: str, k: int) -> bool:
    return any(abs(p - k) <= 3 for p in thai_dict.unknown_positions(win))


def _reads_near(cand: str, k: int, cost: int) -> bool:
    """Fewer unknown characters in ``cand`` than ``cost``, none within 3 of ``k``."""
    return thai_dict.score(cand) // UNK < cost and not _unknown_near(cand, k)


def learned_confusions(text: str) -> frozenset[tuple[str, str]]:
    """Mark substitutions (printed -> true, one mark or a pair of marks on one base, among
    ``ุ ู ่ ้``) this text's font map makes, judged by the dictionary over the whole text: a
    substitution is learned when it turns distinct runs (a window of 21 characters) that do not read there
    into runs that read there (no unknown character within three), at least eight, twice as often
    as its reverse and as any other substitute for the same mark
    (a mark lost or pushed elsewhere is mended about as well by ``ุ`` as by ``ู``).
    No list of words: the text's own runs and the dictionary decide, per document."""
    votes = confusion_votes(text, _LEARN_MIN)
    out = set()
    for (old, new), runs in votes.items():
        if len(runs) < _LEARN_MIN:
            continue
        back_runs = votes.get((new, old), set())
        rivals = [r for (o, n), r in votes.items() if o == old and n != new]
        rival = max(map(len, rivals), default=0)
        # a map that swaps two marks (``ู`` printed for ``้`` and ``้`` for ``ู``: ใหู, ถ้ก) mends
        # other runs each way: the reverse's evidence counts against it only where the
        # same runs read either way
        # (runs, not places, are counted: a long run may hold a mark of each kind, so the two
        # sets of a real swap may overlap; then each side needs twice the evidence in runs only
        # it mends: fresh8 TLWG, ้ printed ู, is no swap with its 8-10 runs ู printed ้, where
        # learning it broke ความรู้ใน)
        swap = len(back_runs) >= _LEARN_MIN and (back_runs.isdisjoint(runs) or (
            len(back_runs - runs) >= 2 * _LEARN_MIN and len(runs - back_runs) >= 2 * _LEARN_MIN))
        # in a swap a rival that mends the same runs is a tie there (ใหู: ให้ only, เจูา: เจ้า
        # and เจ่า): the runs only one of them mends decide
        own = min((len(runs - r) for r in rivals), default=len(runs))
        alone = max((len(r - runs) for r in rivals), default=0)
        # without a swap, a rival that mends most of the same runs (ุ named for ่: แตุ reads
        # แต่ and แต้) is outvoted where it does not: at least eight runs only this one mends,
        # three times as many as only the rival mends (fresh7, TLWG fonts: 48 runs against 37,
        # 12 of them its own against 1)
        if ((swap or len(runs) >= 2 * len(back_runs))
                and (len(runs) >= 2 * rival or (swap and own >= _LEARN_MIN // 2 and own >= 3 * alone)
                     or (own >= _LEARN_MIN and own >= 3 * alone)
                     # in a swap a mark printed for two true marks (่ for ุ and for ู, ุ for ่)
                     # leaves each reading its own runs: eight of them learn a below vowel (a
                     # learned reading wins a tie, and tones tie where vowels do not: ข้าว, ข่าว)
                     or (swap and own >= _LEARN_MIN and new in _BELOW))):
            out.add((old, new))
    # a mark the map prints for a swapped mark and for a third one (่ for ุ, whose glyph is
    # named ่, and for ู, when อยู่ was drawn before any other ู): the third reading is learned too
    # where it is a below vowel that mends runs the swapped reading does not (the dictionary
    # then chooses between ุ and ู, which rarely tie)
    for (old, new), runs in votes.items():
        mates = [n for (o, n) in out if o == old and (n, o) in out]
        if ((old, new) not in out and new in _BELOW and len(runs) >= _LEARN_MIN and mates
                and all(len(runs - votes[(old, n)]) >= _LEARN_MIN // 2 for n in mates)):
            out.add((old, new))
    # one glyph, one name: a below vowel the text prints as itself in runs that read (at least
    # eight distinct) has a glyph named for it, so a single tone is no misnamed form of it unless
    # the map swaps that tone with another mark (fresh33 Laksaman via pdfplumber: 51 ู, the pushed ่ of ที่หวัง,
    # เกลี่ย, รุ่ง mended as ู in nine runs; fresh32's subsets, which name ู's glyph ่, print no ู)
    swapped = {o for (o, n) in out if (n, o) in out}
    return frozenset(x for x in out if not (len(x[0]) == 1 and x[1] in _BELOW and x[0] not in _BELOW
                                            and x[0] not in swapped and _reads_as_printed(text, x[1])))


_RX_THAI_RUN_ANY = re.compile("[\u0e01-\u0e4e]+")


def _reads_as_printed(text: str, mark: str) -> bool:
    """Whether ``mark`` shows in at least ``_LEARN_MIN`` distinct Thai runs of ``text`` that read
    as printed (no unknown character)."""
    n = 0
    seen: set[str] = set()
    for m in _RX_THAI_RUN_ANY.finditer(text):
        run = m.group(0)
        if mark not in run or run in seen:
            continue
        seen.add(run)
        if thai_dict.score(run) < UNK:
            n += 1
            if n >= _LEARN_MIN:
                return True
    return False


def confusion_votes(text: str, need: int = 0) -> dict[tuple[str, str], set[str]]:
    """(printed, true) -> the distinct runs that substitution mends (see ``learned_confusions``).
    Fewer than ``need`` runs to look at: none (no substitution could reach ``need`` runs; a
    short text, a table cell, is not scored)."""
    votes: dict[tuple[str, str], set[str]] = {}
    seen: set[str] = set()
    # a mark a reader put on a line of its own (PDFium's overhang) belongs to the line before
    flat = _RX_MARK_LINE.sub("", _RX_MARK_ONLY_LINE.sub("\\1", text))
    todo: list[tuple[str, int]] = []
    for m in _RX_MARK_RUN.finditer(flat):
        run = m.group(0)
        if run in seen:
            continue
        seen.add(run)
        if len(seen) > _LEARN_RUNS:
            break
        # a line end is where readers drop or float marks (ข้อม / ู / ล): not evidence there
        tail = len(run) - 3 if m.end() == len(flat) or flat[m.end()] == "\n" else len(run)
        if any(run[i] in _SUBST_MARKS for i in range(max(0, tail))):
            todo.append((run, tail))
    if len(todo) < need:
        return votes
    for run, tail in todo:
        for i, a in enumerate(run):
            if a not in _SUBST_MARKS or i >= tail:
                continue
            lo, hi = max(0, i - 10), i + 11
            win = run[lo:hi]
            cost = thai_dict.score(win) // UNK
            if cost == 0 or not _unknown_near(win, i - lo):
                continue
            if _moved_left_reads(run, i, lo, hi):
                continue  # a mark pushed one consonant right (หนว่ยงาน), not a misnamed glyph
            two = run[i:i + 2] if i + 1 < len(run) and run[i + 1] in _SUBST_MARKS else ""
            alts = [(a, b) for b in _SUBST_MARKS if b != a]
            if two:  # a below vowel and a tone on one base
                alts += [(two, b1 + b2) for b1 in "\u0e38\u0e39" for b2 in "\u0e48\u0e49" if {b1, b2} != set(two)]
            for old, new in alts:
                cand = run[lo:i] + new + run[i + len(old):hi]
                if _reads_near(cand, i - lo, cost):  # the substitution mends the window there
                    votes.setdefault((old, new), set()).add(run)
    return votes


_RX_SARA_UU_RUN = re.compile("(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]*\u0e39[\u0e01-\u0e4e]*")


def _shaper_by_dict(text: str) -> bool:
    """TLWG fonts read by pdftotext/PDFium give ``ู`` for a tone (``สูวน``, ``หนูวยงาน``):
    a run with ``ู`` that does not read, and reads with fewer unknown characters once
    that ``ู`` is ``่``, shows the shaper mix-up even on a line of its own."""
    if "\u0e39" not in text:
        return False
    mended, read = 0, 0
    for run in set(_RX_SARA_UU_RUN.findall(text)):
        cost = thai_dict.score(run)
        if cost < UNK:
            read += 1
        elif thai_dict.score(run.replace("\u0e39", "\u0e48")) // UNK < cost // UNK:
            mended += 1
    # (a name the dictionary lacks, บูละ, among runs whose ู reads as printed is no such text)
    return mended > 0 and mended >= read


_RX_AM_SPLIT = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def line_needs_dict(raw: str, fixed: str, mode: Mode) -> bool:
    """Whether a line still shows breakage after the exact fixes.

    The dictionary stage moves marks between consonants; on a line whose only fault was
    exact (a split SARA AM ``ํา``, a PUA glyph) it could "improve" a correct proper noun
    the dictionary does not know (``อำเภอพิปูน``), so it runs only where breakage remains.
    """
    if mode.g1 or mode.g2 or mode.spacey or mode.shaper or mode.learned:
        return True  # systematic breakage in the text: any line may hide a displaced mark
    if RX_FAST.search(_RX_AM_SPLIT.sub("\\1\u0e33", raw)) or RX_FAST.search(_RX_AM_SPLIT.sub("\\1\u0e33", fixed)):
        return True
    if _RX_SHAPER.search(raw):
        return True
    return bool(mode.spacey and (_RX_SPACEY.search(raw) or RX_AA_SPACES.search(raw)))


_RX_SURE_AM = re.compile(f"\u0e4d[{RX_TONE}]?\u0e32|[{RX_TONE}]\u0e4d\u0e32|\u0e33[{RX_TONE}]|\ufffd\u0e32")


def line_mode(mode: Mode, lines: list[str], k: int) -> Mode:
    """The text-wide mode as it applies to line ``k``.

    A file given to ``ita repair`` may join text from several sources, so a text-wide
    signature is taken for a line only where the line does not contradict it: a SARA AM
    the reader spelled out (``ํา``, ``ำ`` before a tone, U+FFFD + ``า``) is a real one, so
    that line is no G2 line (G2 takes ``ำ``→``า`` on a dictionary tie: ``น้ำ`` became
    ``น้า`` when a G2 line was in the same text)."""
    raw = lines[k]
    g2 = mode.g2 and not _RX_SURE_AM.search(raw)
    if g2 == mode.g2:
        return mode
    return Mode(mode.dictionary, mode.g1, g2, mode.shaper, mode.spacey, mode.moves, mode.learned, mode.tone_am,
                mode.pushes)


# ---------------------------------------------------------------- G1 choices of the climb (thai_climb)
LOG3 = 1.0986  # log(3)
_RX_G1_AA = re.compile(f"(?<=[{RX_CONS}])[{RX_TONE}]?\u0e32")


def g1_pair(s: str, cost: int) -> str | None:
    """G1 text (SARA AM printed ``า``): two ``า`` of one run that are ``ำ`` where neither alone
    reads better (pdftotext: ``ร้องราทาเพลง`` = ``ร้องรำทำเพลง``, each of ``รำ``/``ทำ`` ties alone):
    the pair that makes the run read strictly best."""
    at = [m.end() - 1 for m in _RX_G1_AA.finditer(s)]
    if len(at) < 2 or len(at) > 6:
        return None
    best, best_cost = None, cost
    for x in range(len(at)):
        for y in range(x + 1, len(at)):
            i, j = at[x], at[y]
            cand = s[:i] + SARA_AM + s[i + 1:j] + SARA_AM + s[j + 1:]
            c = thai_dict.score(cand)
            if c < best_cost:
                best, best_cost = cand, c
    return best


def g1_gain(s: str, cand: str, i: int, win: int) -> float:
    """How much more common (log, unigram TNC model) the words around position ``i`` are in
    ``cand`` than in ``s`` (same length)."""
    lo, hi = max(0, i - win), i + win
    return thai_dict.corpus_logp(cand[lo:hi]) - thai_dict.corpus_logp(s[lo:hi])


def word_at(s: str, i: int, win: int) -> str:
    """The dictionary word of ``s`` (its segmentation around ``i``) that holds position ``i``."""
    lo = max(0, i - win)
    pos = lo
    for w in thai_dict.segment(s[lo:i + win]):
        if pos <= i < pos + len(w):
            return w
        pos += len(w)
    return ""
