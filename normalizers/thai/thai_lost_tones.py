"""Tones a reader lost (issue 16): the gap Pango text read by pdfplumber leaves for a tone
glyph it could not name (``tone_gaps``), and a tone pdftotext dropped (``lost_tones``). The
tone goes back where the dictionary reads the run best, never by a list of the characters or
words seen. (Tones a reader renamed are ``thai_tones``'.)"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import MARKS, RX_CONS, RX_TONE, SARA_AA, SARA_AM, SP
from normalizers.thai.thai_exact import canon, run_left, run_right
from normalizers.thai.thai_tones import RX_CONS_SET, TONES4

UNK = thai_dict.UNKNOWN


# Pango text read by pdfplumber, TLWG fonts: the shifted tone glyph over an upper vowel is
# unnamed and read as a gap of two spaces. Where the gap falls depends on the font: before
# the next consonant, whose vowel is pushed right with its own artefact space (Kinnari:
# พ  นื ฐาน = พื้นฐาน, เก  ยี วพา), or after the vowel's syllable (Loma, Garuda: ชัน  ยศ =
# ชั้นยศ, บัดนี  ได้); before า a third space is the tone lost with the nikhahit (น   า = น้ำ,
# เลขชีก   าลัง = เลขชี้กำลัง).
_RX_NIK_GAP = re.compile(f"[{RX_CONS}](?={SP}{{2,}}\u0e32$)")
RX_TONE_GAP = re.compile(f"{SP}(?<=[\u0e01-\u0e4e]{SP}){SP}+(?=[\u0e01-\u0e4e])")
_UPPER = "\u0e31\u0e34\u0e35\u0e36\u0e37"
_RX_UPPER_BARE = re.compile(f"[\u0e31\u0e34-\u0e37](?![{RX_TONE}\u0e4c])")
_RX_PUSHED = re.compile(f"([{RX_CONS}])([\u0e31\u0e34-\u0e37])({SP}?)")


PUSHED = "\x00"  # the ``after`` of a reading that has the vowel pushed one consonant right (Noto)


def _gap_readings(left: str, gap: str, right: str, spaced: bool = False,
                  keep: bool = False, tones: str = "\u0e49\u0e48") -> list[tuple[str, str, int, str]]:
    """(reading, scored form, characters of ``right`` it takes, the run after it that a reading
    keeps apart: scored with it) of ``left`` + ``gap`` + ``right`` with the lost tone put back."""
    run = run_right(right, 0)
    out = []
    if run[:1] in TONES4 and run[1:2] in (SARA_AA, SARA_AM):
        # a gap before a tone and า is a lost nikhahit's, the tone printed after its gap
        # (Loma, Norasi: สันปันน  ้า = สันปันน้ำ, ริมน  ้า, เหยียบย  ่า): no tone was lost
        # there, and the exact stage reads C + tone + ำ (not ปั้นน้า, the gap read as a tone)
        return []
    if run[:1] in (SARA_AA, SARA_AM):
        if len(gap) < 3 or run[0] != SARA_AA:
            return []
        for tone in tones:
            if left[-1:] and left[-1] in RX_CONS_SET:
                out.append((left + tone + "  " + run, canon(left + tone + SARA_AM + run[1:]), len(run), ""))
            for v in _RX_UPPER_BARE.finditer(left, max(0, len(left) - 4)):
                c = left[:v.end()] + tone + left[v.end():]
                out.append((c + "  " + run, canon(c + SARA_AM + run[1:]), len(run), ""))
        return out
    for tone in tones:
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
            out.append((c + run, canon(c + run), len(run), PUSHED))
            if spaced:  # (a word list: the gap may hold the word's space too, หนาวสนั  หยดั = หนาวสั่น หยัด)
                out.append((c + " ", canon(c), 0, PUSHED))
    return out


def _unpushed(run: str) -> tuple[str, ...]:
    """``run``, and with its first upper vowel set back before the consonant it follows where
    that consonant follows another and the run then costs less (Noto via pdfplumber pushes a vowel
    one consonant right: ``พรกิ`` = ``พริก``)."""
    m = _RX_PUSHED_BACK.search(run)
    if m is None:
        return (run,)
    c = run[:m.start()] + m.group(2) + m.group(1) + run[m.end():]
    return (run, c) if thai_dict.score(c) < thai_dict.score(run) else (run,)


_RX_PUSHED_BACK = re.compile(f"(?<=[{RX_CONS}])([{RX_CONS}])([\u0e31\u0e34-\u0e37])")


def _tone_swap(a: str, b: str) -> bool:
    """``a`` and ``b`` differ only in one tone (``่`` for ``้``), at the same place."""
    return (len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
            and {x for x, y in zip(a, b) if x != y} | {y for x, y in zip(a, b) if x != y} == {"\u0e48", "\u0e49"})


def gap_tones(text: str) -> str:
    """The tones a ``RX_TONE_GAP`` of ``text`` may stand for: the unnamed glyph is one glyph, the
    shifted form of one tone (a WeasyPrint subset names the shifted glyphs it drew first by their
    cluster, and leaves the others unnamed: fresh33's TLWG subsets name ``่`` over an upper vowel
    11-26 times and ``้`` never). Where one tone never shows on an upper vowel (nor pushed past the
    consonant after it, ``หยัง่``) while the other shows there at least five times, only the one
    never shown; else either."""
    shown = {t: len(re.findall(f"[\u0e31\u0e34-\u0e37]{t}|{t}[\u0e31\u0e34-\u0e37]"
                               f"|(?<![\u0e31\u0e34-\u0e39][{RX_CONS}]){t}{SP}[\u0e31\u0e34-\u0e37]"
                               f"|[\u0e31\u0e34-\u0e37][{RX_CONS}]{t}(?![\u0e30\u0e32\u0e33\u0e45])", text))
             for t in "\u0e49\u0e48"}
    lost = [t for t in shown if shown[t] == 0 and max(shown.values()) >= 5]
    return lost[0] if len(lost) == 1 else "\u0e49\u0e48"


def tone_gaps(line: str, spaced: bool = False, again: bool = True, keep: bool = False, sure: bool = False,
              tones: str = "\u0e49\u0e48") -> str:
    """Each ``RX_TONE_GAP`` in Pango text: the lost tone goes back where the run then reads
    best (on a vowel just before the gap, or with the vowel pushed past the next consonant),
    when the run then costs no more than its printed pieces (in Pango text two spaces inside
    Thai are an unnamed glyph, not a printed space); a gap of three spaces before ``า`` always
    gives its tone back (two stay the nikhahit's), and so does a second gap after ``า``.
    A gap whose run the reading of the gap before took in is read in a second pass. With
    ``keep`` (a word list whose font pushes no final mark right) the space after the gap's
    word stays where the word and the run after it read as well apart as joined."""
    out: list[str] = []
    one = len(tones) == 1  # (the text names the other tone: a gap is this one, wherever it reads best)
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
            for tone in tones:
                cost = thai_dict.score(canon(head + tone + SARA_AM))
                if cost < best_cost or (best and cost == best_cost and thai_dict.corpus_logp(
                        canon(head + tone + SARA_AM)) > thai_dict.corpus_logp(canon(head + best + SARA_AM))):
                    best, best_cost = tone, cost  # (a tie: the commoner word)
            if best:
                # (the run after it as printed, or with the vowel Noto pushed past its consonant
                # back: น  า  พรกิ = น้ำพริก, ปลาน  า  จดื = ปลาน้ำจืด)
                joined = any(thai_dict.score(canon(head + best + SARA_AM + r)) < best_cost + thai_dict.score(r)
                             for r in _unpushed(run))
                out.append(line[last:base.end()])
                out.append(best + line[base.end():m.start()] + ("" if joined else " ") + run)
                last = m.end() + len(run)
            continue
        if m.start() - len(left) < last:
            # the run before this gap was rewritten with the last one: reading it again here
            # wrote it twice (คลาคล  า  ความย  งิ ใหญ่ gave ความยความยิ่งใหญ่)
            skipped = True
            continue
        readings = _gap_readings(left, m.group(0), right, spaced, keep, tones)
        if not readings:
            continue
        nik = right[:1] == SARA_AA
        best, best_cost, took, best_form = "", 1 << 30, 0, ""
        for reading, form, n, after in readings:
            # (a font that pushes no vowel right: the gap is a lost tone glyph for certain, and a
            # reading whose printed pieces hold unknown characters may cost the tone's own more)
            cost = thai_dict.score(form)
            apart = thai_dict.score(left) + sum(thai_dict.score(x) for x in re.split(SP, right[:n]) if x)
            allow = UNK if sure and after != PUSHED and apart >= UNK else 0
            after = "" if after == PUSHED else after
            total = cost + thai_dict.score(after) if after else cost
            if (nik or one or cost <= apart + allow) and total < best_cost:
                best, best_cost, took, best_form = reading, total, n, form
            elif ((nik or cost <= apart) and total == best_cost and n == took and _tone_swap(best, reading)
                  and thai_dict.corpus_logp(form) > thai_dict.corpus_logp(best_form)):
                best, best_form = reading, form  # the same place, the other tone: the commoner words
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
    return tone_gaps(got, spaced, False, keep, sure, tones) if skipped and again else got


# A Thai run with an upper vowel that carries no tone (nor ``์``).
_RX_BARE_RUN = re.compile(f"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]*[\u0e31\u0e34-\u0e37](?![{RX_TONE}\u0e4c])[\u0e01-\u0e4e]*")


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


TIE_GAIN = 0.0  # a tie goes to the toned reading only where its words are more common


def _tone_tie(run: str, tone: str) -> str:
    """``run``, which reads, with the text's lost ``tone`` on a bare upper vowel where the run
    then reads exactly as well and its words are more common in the corpus, the toned word one of
    at least three letters with other words beside it in the run (``เบียร์เปรียว``/``เบียร์เปรี้ยว``,
    ``ผีเสือดำ``/``ผีเสื้อดำ``, ``วัดบุญเลียง``): a run that is one word alone (``เลียม``/``เลี่ยม``,
    ``หมัน``/``หมั่น``) stays as printed, as likely a word list's rare word as the common one."""
    cost = thai_dict.score(run)
    if cost >= UNK:
        return run
    base = thai_dict.corpus_logp(run)
    best, best_gain = run, TIE_GAIN
    for v in _RX_UPPER_BARE.finditer(run):
        c = canon(run[:v.end()] + tone + run[v.end():])
        if thai_dict.score(c) != cost:
            continue
        gain = thai_dict.corpus_logp(c) - base
        if gain <= best_gain:
            continue
        pos = 0
        for w in thai_dict.segment(c):
            if pos <= v.end() < pos + len(w):
                if len(w) < len(c) and sum(ch not in MARKS for ch in w) >= 3:
                    best, best_gain = c, gain
                break
            pos += len(w)
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
        got = fixes[run][tone] if tone in fixes[run] else _tone_joins(run, tone)
        if got == run:
            return _tone_tie(run, tone)
        # a run may have lost the tone twice (เบียเลียง = เบี้ยเลี้ยง): once more on what is left bare,
        # where it still holds unknown characters as where it reads (ขมินขึน = ขมิ้นขึ้น)
        if not _RX_UPPER_BARE.search(got):
            return got
        again = _tone_fixes(got).get(tone) if thai_dict.score(got) >= UNK else None
        return again if again else _tone_joins(got, tone)

    return [_RX_BARE_RUN.sub(put, line) for line in lines]
