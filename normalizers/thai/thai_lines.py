"""Thai repair of a text, line by line with text-wide evidence: floating marks put back,
the exact fixes, and the dictionary stage on each line's Thai runs, which also removes
the artefact spaces a reader left after a displaced mark."""

from __future__ import annotations

import re
from typing import cast

from normalizers.thai import thai_dict, thai_float
from normalizers.thai.thai_chars import (
    CONSONANTS, HINT, MARKS, mark_rank, RX_CONS, RX_MARK, RX_TONE, SARA_AA, SARA_AM, SP,
)
from normalizers.thai.thai_am_gap import end_am, gap_spaces, left_gaps
from normalizers.thai.thai_climb import MAX_RUN, fix_run
from normalizers.thai.thai_exact import (
    RX_END_ODD_NIK, canon, exact_fixes, floating_nikhahit, odd_nikhahit, odd_nikhahit_chars, tone_past_space,
)
from normalizers.thai.thai_pushed import (
    RX_TWIN_VOWEL, ia_back, join_tall_spaces, pushes_shown, sara_i_sign_back, shows_pushed_mark, shows_pushed_vowel,
    sign_past_vowel, tall_space_evidence, thanthakhat_past_space, tone_past_final_set_back, twin_vowel,
)
from normalizers.thai.thai_signs import (
    RX_AA_AM_SPACE, RX_AA_SPACES, RX_BROKEN, RX_TONE_AA_GAP, Mode, aa_am_spaces, aa_gaps, line_mode, line_needs_dict,
    pushes_final_vowels, text_mode,
)
from normalizers.thai.thai_lost_tones import RX_TONE_GAP, gap_tones, lost_tones, tone_gaps
from normalizers.thai.thai_unpush import cluster_spaces, marks_by_odds, vowel_before_gap
from normalizers.thai.thai_runs import (
    _am_blind, _ends_broken, _is_bad, _kept, _moved_at, _safe_cut, _shape, _starts_broken, _unread_at,
)
from normalizers.thai.thai_tones import (
    RX_IA_PUSHED, RX_NIK_TONE_AA, shows_odd_tone, RX_SARA_U_TONE, RX_TONE_AA_NIK, ia_pushed, lead_below_vowel_tone,
    nikhahit_named_tone, odd_tones, sara_u_named_tone, tone_aa_nikhahit,
)

UNK = thai_dict.UNKNOWN
_RX_RUNS = re.compile("([\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e\ue000]+)")  # not ฯ ๆ
_RX_SPACES_ONLY = re.compile(f"{SP}+")


# a run whose last mark is one of these, moved back by the dictionary, was followed by the
# reader's artefact space (Pango, and LibreOffice text read by pdfplumber: เพ่อื ประโยชน์,
# ข้นั ตอน): a tie between joined and apart joins it
_UPPER_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37")


def _glue_fragments(parts: list[str], flags: set[str]) -> tuple[list[str], dict[int, tuple[int, ...]]]:
    """Glue a run that starts with า/ำ to the run before it when that one ends with a
    mark and only one space is between: no word starts with า/ำ, and the space is the
    artefact of a mark displaced one consonant right (``มกี ารบรกิ าร``). Returns the
    new parts and, per glued run index, the junction positions."""
    out = [parts[0]]
    glued: dict[int, tuple[int, ...]] = {}
    i = 1
    while i < len(parts):
        run, junctions = parts[i], cast(tuple[int, ...], ())
        while (i + 2 < len(parts) and run[-1] in MARKS and _RX_ONE_SPACE.fullmatch(parts[i + 1])
               and parts[i + 2][0] in (SARA_AA, SARA_AM)):
            junctions += (len(run),)
            run += parts[i + 2]
            flags.add("thai_repair:space_removed")
            i += 2
        if junctions:
            glued[len(out)] = junctions
        out.append(run)
        if i + 1 < len(parts):
            out.append(parts[i + 1])
        i += 2
    return out, glued


_RX_ONE_SPACE = re.compile(SP)
# Pango text read by pdfplumber sets a word's last mark after a space; where another space
# follows it (ซ ี เกมาอู, ธุ ์ อำเภอ, ให ้ ความ) that one is the word's real space: kept
# through the joins (a separator that is not only spaces), given back as a space
_KEEP_SPACE = "\ue004"
_RX_LONE_MARK = re.compile(f"{SP}(?<=[\u0e01-\u0e4e]{SP})([{RX_MARK}]+){SP}(?=[\u0e01-\u0e4e])")


# Pango text read by pdfplumber sets a word's LAST mark after the word's real space, before
# the next word (ศุกร ์ที่, การพงศร ีและ, ความรู ้เพื่อ); a mark pushed one consonant right
# leaves the same picture (หน ิโคน = หินโคน); an upper vowel and its tone go together (บุหร ี่การ,
# แบตเตอร ี่ฝั่ง: Noto Sans Thai via pdfplumber), before a digit or a bracket too (ชลบุร ี1 ชุด,
# ความรู ้(Knowledge))
_RX_LEAD_MARK = re.compile(f"(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*[\u0e01-\u0e2e][{RX_MARK}]?){SP}([{RX_MARK}]{{1,2}})(?=[\u0e01-\u0e2e\u0e40-\u0e440-9\u0e50-\u0e59(])")

_RX_SPACE_MARK = re.compile(f"{SP}[{RX_MARK}]")
RX_CONS_START = re.compile(f"[{RX_CONS}\u0e40-\u0e44]")
THANTHAKHAT = "\u0e4c"


def _word_mark_after_space(m: re.Match, mode: Mode) -> str:
    """The mark (or an upper vowel and its tone) goes back onto the last consonant before the space
    and the space is kept (as a real one, a word boundary) when the run before the space reads, or
    reads better, with the mark there as printed, and neither reads nor reads as well with the mark
    one consonant further left (the pushed-mark reading: หน ิโคน = หินโคน, where both read); else unchanged."""
    left, mark = m.group(1), m.group(2)
    k = len(left) - 1
    while left[k] not in CONSONANTS:
        k -= 1
    if any(c in left[k + 1:] for c in mark):
        return m.group(0)
    word = left[:k + 1] + "".join(sorted(left[k + 1:] + mark, key=mark_rank))
    if mark == THANTHAKHAT and k == len(left) - 1:
        # a thanthakhat after the space, the consonant before it bare: no reader pushes it a
        # consonant right, so it is that consonant's and the space is the word's (แนปป ์เบทส์)
        return word + _KEEP_SPACE
    base, cost = thai_dict.score(left), thai_dict.score(word)
    if cost >= base and cost >= UNK and not thai_dict.name_ends(word):
        # (a name the dictionary lacks reads when it ends with a known given or family name:
        # หงษ์ศร ีและ = หงษ์ศรี และ)
        return m.group(0)
    j = k - 1
    while j >= 0 and left[j] not in CONSONANTS:
        j -= 1
    if j >= 0:
        e = j + 1
        while e < len(left) and left[e] in MARKS:
            e += 1
        if not any(c in left[j + 1:e] for c in mark):
            alt = left[:j + 1] + "".join(sorted(left[j + 1:e] + mark, key=mark_rank)) + left[e:]
            alt_cost = thai_dict.score(alt)
            if alt_cost < UNK or alt_cost <= cost:
                return m.group(0)
    # nor when the two runs read better joined (ทีส่ ุด = ที่สุด): then the space is the artefact
    b = m.end()
    while b < len(m.string) and "\u0e01" <= m.string[b] <= "\u0e4e":
        b += 1
    right = canon(m.string[m.end():b])
    alone = thai_dict.score(fix_run(word, mode, set()))
    joined = thai_dict.score(fix_run(word + right, mode, set(), (len(word),)))
    if joined >= alone + thai_dict.score(fix_run(right, mode, set(), (0,))):
        return word + _KEEP_SPACE
    # ... nor read with what follows the next run's last mark and a space (its pushed mark's
    # artefact space, as the dictionary stage joins it): ดีกร ีดปู ระหน่งึ = ดีกรี ดูประหนึ่ง, not ดีกรีดู
    cuts: tuple[int, ...] = (0,)
    while right[-1:] in MARKS and b + 1 < len(m.string) and m.string[b] in " \t\u00a0" \
            and RX_CONS_START.match(m.string, b + 1):
        e = b + 1
        while e < len(m.string) and "\u0e01" <= m.string[e] <= "\u0e4e":
            e += 1
        cuts += (len(right),)
        right += canon(m.string[b + 1:e])
        b = e
    if len(cuts) == 1:
        return m.group(0)
    joined = thai_dict.score(fix_run(word + right, mode, set(), tuple(len(word) + c for c in cuts)))
    if joined < alone + thai_dict.score(fix_run(right, mode, set(), cuts)):
        return m.group(0)
    return word + _KEEP_SPACE


def _dict_stage(line: str, mode: Mode, flags: set[str], *, cell: bool = False, listy: bool = False) -> str:
    """Fix Thai runs of one line; join runs split by an artefact space."""
    parts = _RX_RUNS.split(line)  # even: separators, odd: Thai runs
    parts, glued = _glue_fragments(parts, flags)
    out: list[str] = [parts[0]]
    i = 1
    while i < len(parts):
        run = parts[i]
        raw_bad = _is_bad(run)
        junctions: tuple[int, ...] = glued.get(i, ())
        cur = fix_run(run, mode, flags, junctions)
        # try joining with following runs across pure-space separators
        while i + 2 < len(parts) and _RX_SPACES_ONLY.fullmatch(parts[i + 1]):
            nxt = parts[i + 2]
            if len(run) + len(nxt) > MAX_RUN:
                # a long run: its start, where the repair changed nothing, is set out at a
                # word boundary so its end can still be joined (ปฏิบัติเพียงเพ่อื ให้)
                cut = _safe_cut(run, cur, len(run) + len(nxt) - MAX_RUN)
                if not cut:
                    break
                out.append(cur[:cut])
                run, cur = run[cut:], cur[cut:]
                junctions = tuple(j - cut for j in junctions if j > cut)
                raw_bad = _is_bad(run)
            if i + 3 < len(parts) and parts[i + 3].startswith("."):
                break  # abbreviation such as พ.ศ.
            # a lone consonant after a run that ends with a mark is the rest of a word whose
            # mark a reader pushed right, then a space (Noto: การหนีเรยี น)
            nxt_bad = _is_bad(nxt) or (len(nxt) == 1 and run[-1] in MARKS)
            # both sides read as printed: in spacey text a run that ends with a mark may still
            # hold a mark pushed one consonant right before the artefact space, where short
            # junk words read the pieces (การทจุ รติ read กา|รท|จุ|รติ): tried, see ``soft`` below
            soft = not (raw_bad or nxt_bad)
            if soft and not (mode.spacey and mode.moves and run[-1] in MARKS and not cell and not junctions):
                break
            if not (cell or run[-1] in MARKS or _starts_broken(nxt)):
                break  # an artefact space follows a displaced mark; else it is a real space
            if not mode.moves and run[-1] not in MARKS:
                break
            joined_raw = run + nxt
            f2: set[str] = set()
            jn = junctions + (len(run),) + tuple(len(run) + j for j in glued.get(i + 2, ()))
            joined = fix_run(joined_raw, mode, f2, jn)
            nxt_fixed = fix_run(nxt, mode, set(), glued.get(i + 2, ()))
            sep_cost = thai_dict.score(cur) + thai_dict.score(nxt_fixed)
            join_cost = thai_dict.score(joined)
            # the dictionary stage moved marks near the run's end, where a reader leaves
            # the artefact space after a mark it pushed right (วสั ดุ อุปกรณ์), or moved the
            # upper vowel that ends the run once joined (หนิ โคน); a SARA AM restored in the
            # run, or a mark moved far from its end, says nothing of the space after it
            # (ดำเนินงานให้ ตอบสนอง, ดึกดำบรรพ์ ผัว, ขัว้ ฟ้าใต้ คงกระพัน)
            # (only the piece after the last junction when it is a word's length: a mark
            # moved back before an earlier space says nothing of this one, ทัง้ นี้ ประเด็น;
            # a piece of two characters is a fragment of the word split there, วสั ดุ อุปกรณ์)
            piece = len(run) - max(junctions, default=0)
            tail = min(5, piece) if piece > 2 else 5
            moved = run[-1] in MARKS and (_shape(run)[-tail:] != _shape(cur)[-tail:] or (
                run[-1] in _UPPER_VOWELS and _moved_at(joined_raw, joined, len(run))))
            # a space goes when the joined run reads better; when neither side has a
            # displaced mark at the junction, only if that leaves fewer unknown characters
            # (two proper nouns the dictionary lacks stay apart: วิลลี่ วิสุทธิกษัตริย์)
            if soft:  # joined only where the join moves a mark back before the junction and reads better
                take = join_cost < sep_cost and _moved_at(joined_raw, joined, len(run))
            elif not mode.moves:  # a space after an upper vowel (Kinnari ปิ ยมาภรณ์): only if it reads
                take = join_cost // UNK < sep_cost // UNK
            # a run that is one dictionary word as printed, before a space and a run that does
            # not read, whose last mark the join moved back but which still leaves unread
            # characters at the junction: the mark was printed where it stands and the space
            # is real, the word after it is one the dictionary lacks (หมิ่นเหม่ ดัช read
            # หมิ่นเห่|มด|ั|ช); a run of pieces (เก่ยี วเน่อื ง) is no such evidence
            elif thai_dict.score(run) == 1 and join_cost >= UNK and _unread_at(
                    joined, len(run) + len(joined) - len(joined_raw)):
                take = False
            else:
                # (a run that reads and whose last mark stayed, ให้ ความสำคัญ, is no sign of an
                # artefact space: joining it only because a compound reads is no repair)
                take = bool((join_cost < sep_cost and (
                    join_cost // UNK < sep_cost // UNK or cell or (run[-1] in MARKS and (moved or raw_bad))
                    or _starts_broken(nxt))) or (join_cost <= sep_cost and (_starts_broken(nxt) or (moved and (
                        cell or mode.spacey or run[-1] in _UPPER_VOWELS or _RX_TONE_TAIL.search(run))))))
            if (take and (not mode.spacey or (listy and not mode.pushes and run[-2:-1] in CONSONANTS)) and not cell
                    and run[-1] == _THANTHAKHAT and join_cost >= UNK and not _starts_broken(nxt)):
                # a word that ends with ์ before a clean run (ฟู้ดส์ มัฆ, คิลเลอร์ แห่ง; in a
                # spacey word list too, the ์ on a consonant, where the font pushes no final mark
                # right: แดทส์ ตัล; not NotoSansThai's อารท์ ส์ = อาร์ทส์, nor เซอรเ์ คิล): its ์
                # moved back only where the join then reads (รักษม์ ณี = รักษ์มณี)
                take = False
            if take and listy and join_cost == sep_cost and (sep_cost < UNK or len(nxt) > 2) and not _starts_broken(nxt) and not (
                    moved and joined == cur + nxt_fixed and thai_dict.name_across(joined, len(cur))):
                # (a word list: a tie keeps the space, unless a known given or family name spans it
                # in spacey text where the run's last mark moved back: นายชนิ โนรส = นายชินโนรส)
                take = False
            if take and not mode.spacey and _kept(joined) < _kept(cur) + _kept(nxt_fixed):
                take = False  # the join's repair dropped a vowel or tone the runs apart keep (งี่ จิบ๊: งิ่จบ๊)
            if (not take and mode.spacey and mode.moves and run[-1] in _PUSHED
                    and nxt[-1:] in _PUSHED):
                # neither join reads: a word cut in three by artefact spaces may (ประชาสมั พนั ธข์, ผา้ มว่ ง)
                three = _join_three(parts, i, run, cur, nxt, nxt_fixed, mode, jn, glued, listy)
                if three is not None:
                    run, cur, jn, f2 = three
                    raw_bad, junctions = raw_bad or nxt_bad or _is_bad(parts[i + 4]), jn
                    flags.update(f2)
                    flags.add("thai_repair:space_removed")
                    i += 4
                    continue
            if not take:
                break
            run, cur, raw_bad, junctions = joined_raw, joined, raw_bad or nxt_bad, jn
            if mode.moves:  # (the flags of the joined run's own repair; ``soft`` implies moves)
                flags.update(f2)
            flags.add("thai_repair:space_removed")
            i += 2
        out.append(cur)
        if i + 1 < len(parts):
            sep = parts[i + 1]
            if run[-1] in MARKS and cur[-1:] not in MARKS:
                # the run's last mark was displaced; the space it left before a closing
                # sign is an artefact too (ประเมนิ ฯ, ท่ีสดุ :, จรงิ )), and before ๆ in any
                # text (บ้งั ๆ = บั้งๆ: 54 of 55 such spaces across the pair sets; a word
                # whose last mark stays keeps its space, ดี ๆ)
                if cell or mode.spacey:
                    sep = _RX_SPACE_CLOSE.sub("", sep, count=1)
                sep = _RX_SPACE_YAMOK.sub("", sep, count=1)
            out.append(sep)
        i += 2
    return "".join(out).replace(HINT, SARA_AA)


_THANTHAKHAT = "\u0e4c"
_PUSHED = MARKS - {_THANTHAKHAT}  # a mark a reader pushes right (a word-final ์ is printed where it stands)


def _join_three(parts: list[str], i: int, run: str, cur: str, nxt: str, nxt_fixed: str, mode: Mode, jn: tuple[int, ...],
                glued: dict[int, tuple[int, ...]], listy: bool) -> tuple[str, str, tuple[int, ...], set[str]] | None:
    """A word that artefact spaces cut into three pieces, each after a pushed mark (Noto via
    pdfplumber: ประชาสมั พนั ธข์ = ประชาสัมพันธ์ข): neither the first two pieces nor each alone
    reads, the three joined do; in a word list (``listy``) they read as at most two words, fewer
    than apart. (the joined run, its repair, its junctions, its flags) or None."""
    if i + 4 >= len(parts) or not _RX_SPACES_ONLY.fullmatch(parts[i + 3]):
        return None
    nxt2 = parts[i + 4]
    if len(run) + len(nxt) + len(nxt2) > MAX_RUN or (i + 5 < len(parts) and parts[i + 5].startswith(".")):
        return None
    raw3 = run + nxt + nxt2
    jn3 = jn + (len(run) + len(nxt),) + tuple(len(run) + len(nxt) + j for j in glued.get(i + 4, ()))
    f3: set[str] = set()
    joined3 = fix_run(raw3, mode, f3, jn3)
    nxt2_fixed = fix_run(nxt2, mode, set(), glued.get(i + 4, ()))
    cost3 = thai_dict.score(joined3)
    sep3 = thai_dict.score(cur) + thai_dict.score(nxt_fixed) + thai_dict.score(nxt2_fixed)
    if not (cost3 < sep3 and (cost3 // UNK < sep3 // UNK or listy)):  # (a word list: fewer words, ขนสง่ สนิ ค้า)
        return None
    if not (_moved_at(raw3, joined3, len(run)) and _moved_at(raw3, joined3, len(run) + len(nxt))):
        return None  # a space stays unless the join moved the mark before it back (ประเพณี คณะสตั วแพทยศ์)
    # each of the two spaces must be needed: the last two pieces joined, the first apart, do
    # not read as well (วิสัยทัศน์ พนั ธ is a real space before a word cut in two)
    # (a word list: the three as at most two words, fewer than apart, ผา้ มว่ ง = ผ้าม่วง, not แห่|นิ|อห|อิ่ม;
    # 1461 of 1465 such spaces after a mark in dev NotoSansThai/pdfplumber are artefacts)
    apart = thai_dict.score(cur) + thai_dict.score(fix_run(nxt + nxt2, mode, set(), (len(nxt),)))
    if (listy and cost3 > 2) or (cost3 // UNK >= apart // UNK and not (listy and cost3 < apart)):
        return None
    return raw3, joined3, jn3, f3


_RX_CLEAN_SPACE = re.compile(f" (?<=[{RX_CONS}] )(?=[{RX_CONS}])")  # (the space first: the engine skips to spaces)
_CONS_CHARS = tuple(chr(c) for c in range(0x0E01, 0x0E2F))  # RX_CONS, counted by str.count (~4x a findall)


def _listy(text: str) -> bool:
    """A text whose words are set apart by spaces (word lists, names): many spaces between two
    bare consonants, where no reader leaves an artefact space."""
    return 100 * len(_RX_CLEAN_SPACE.findall(text)) >= LISTY_PER_100 * sum(map(text.count, _CONS_CHARS))


LISTY_PER_100 = 5


_RX_SPACE_YAMOK = re.compile(f"^{SP}+(?=\u0e46)")
_RX_SPACE_CLOSE = re.compile(f"^{SP}+(?=[:;,)\\]}}]|\u0e2f(?!\u0e25\u0e2f))")  # not before ฯลฯ


_RX_PANGO_AM = re.compile(f"[{RX_CONS}][{RX_MARK}]*{SP}+[\u0e32\u0e33]")
# Pango's own lost-nikhahit gap is two spaces wide (ด  าเนิน); PDFium sets a mark pushed
# right one space before า (กระเปุ าถือ = กระเป๋าถือ), which is no Pango evidence
_RX_PANGO_AM2 = re.compile(f"[{RX_CONS}][{RX_MARK}]*{SP}{{2,}}[\u0e32\u0e33]")
# ... but an upper vowel one space before า/ำ is a pdfplumber reader's pushed vowel (LibreOffice
# text in a Word font: ท่มี าจาก = ที่มาจาก, ท่กี ำาหนด), Pango-like evidence too; PDFium's
# one-space gaps follow a tone or a SARA U named for one (ต้ าน, กระเปุ าถือ)
_RX_PANGO_AM_VOWEL = re.compile(f"[{RX_CONS}][{RX_MARK}]*[\u0e31\u0e34-\u0e37]{SP}[\u0e32\u0e33]")
_RX_FLOATING = re.compile(f"(?:^|[ \t\u00a0\n])[{RX_MARK}]")


# (a tone pushed past the final consonant of a syllable with an upper vowel, ทัง้ สิน้: the
# space after it goes on a tie, as after an upper vowel pushed right: สกัดกัน้ การทุจริต =
# สกัดกั้นการทุจริต; not after a tone on a plain syllable, แผน่ ดูเหมือน, where real spaces
# were as common)
# a tone printed after the า of a lost nikhahit (Laksaman via pdfplumber: น  า้ ยืน, รองช  า้) stays
# after the SARA AM the dictionary restores, or comes back before it once more (ช้ำ้): one tone,
# before ำ, as the exact stage orders a typed ำ + tone
_RX_AM_TONE_AFTER = re.compile(f"([{RX_TONE}]?)\u0e33([{RX_TONE}])")


def _am_tone_order(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)) + SARA_AM if not m.group(1) or m.group(1) == m.group(2) else m.group(0)


_RX_TONE_TAIL = re.compile(f"[\u0e31\u0e34-\u0e37][{RX_CONS}][{RX_TONE}]$")
_RX_HEAD_RUN = re.compile("[\u0e01-\u0e4e]+")  # the Thai run a line starts with
_RX_MARKS_THEN_THAI = re.compile(f"[{RX_MARK}]+{SP}?[\u0e01-\u0e4e]")  # pdftotext's break at a mark (ป / ้ องกัน)
_RX_GOES_ON = re.compile(f"{SP}*[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")  # a line that starts with a mark or vowel



def repair_lines(text: str, flags: set[str], *, cell: bool = False) -> str:
    given_lines = text.split("\n")  # (the breakage the reader left, before the text-wide fixes below)
    if not cell:  # a vowel the reader set past a tone gap and a leading vowel (ข␠␠เี␠หล็ก)
        text = vowel_before_gap(text)
    if RX_NIK_TONE_AA.search(text):  # a map that names the nikhahit ่ำ (or ้ำ)
        text = nikhahit_named_tone(text)
    if RX_TONE_AA_NIK.search(text):  # that map, the word's tone named as it is (น้า่ำ)
        text = tone_aa_nikhahit(text)
    mended = [False] * (text.count("\n") + 1)
    if RX_IA_PUSHED.search(text):  # เ-ีย's vowel pushed onto its ย (เจ้ยี ม)
        # (a line it mended still shows breakage: the rest of its marks may be moved too)
        pushed = ia_pushed(text)
        mended = [a != b for a, b in zip(text.split("\n"), pushed.split("\n"))]
        text = pushed
    if shows_odd_tone(text):  # a reader's stand-in for a tone, decided for the whole text
        text = odd_tones(text)
    if RX_END_ODD_NIK.search(text):  # a nikhahit stand-in overhanging a line's end
        text = floating_nikhahit(text)
    if not cell and RX_TONE_GAP.search(text) and len(_RX_PANGO_AM.findall(text)) >= 2:
        # (in a word list whose font pushes no final mark right, a gap's real space is kept on a
        # tie: keep)
        spaced = not cell and _listy(text)
        pushes = pushes_final_vowels(text)
        text = tone_gaps(text, spaced, keep=spaced and not pushes, sure=not pushes, tones=gap_tones(text))
    given = text  # the tones it shows before any mark moves (lost_tones)
    lines = text.split("\n")
    floated: list[bool] = [False] * len(lines)
    if _RX_FLOATING.search(text):  # marks set apart from their base: back by dictionary first
        pulled = thai_float.pull_mark_lines(lines)
        # Pango/pdfplumber text (its lost-nikhahit signature ด  าเนิน) sets a mark after a
        # space only next to its base: there the old rule (attach it left) is right
        pango = len(_RX_PANGO_AM2.findall(text)) + len(_RX_PANGO_AM_VOWEL.findall(text)) >= 2
        cho = not pango and thai_float.cho_loses_marks("\n".join(pulled))
        nik = odd_nikhahit_chars(text) if cho else set()
        lines = [thai_float.cho_nikhahit(odd_nikhahit(x), nik, cho) if not pango and thai_float.has_floating(x) else x
                 for x in pulled]
        floated = [a != b for a, b in zip(pulled, text.split("\n"))]
        floated = [f or a != b for f, a, b in zip(floated, lines, pulled)]
        text = "\n".join(lines)  # the mode is judged on what is still broken
    mode = text_mode(text)  # (a ุ named for a tone is evidence of the font's glyph confusions)
    if RX_SARA_U_TONE.search(text):  # a tone glyph the font map names ุ (กระเปุาถือ, กุุย)
        text = sara_u_named_tone(text)
        lines = text.split("\n")
    if any(floated) and not mode.dictionary:
        mode = Mode(True, mode.g1, mode.g2, mode.shaper, mode.spacey, True, mode.learned, mode.tone_am, mode.pushes)
    # a text that sets a space before most of its marks (PowerPoint G3: ต ้องการ ถ ึง กรณ ีที่)
    # shows no word's last mark moved across a real space: there the space is the artefact
    lead = not cell and mode.spacey and mode.moves and 4 * len(_RX_SPACE_MARK.findall(text)) < sum(c in MARKS for c in text)
    listy = not cell and _listy(text)
    fixed_lines = []
    for line in lines:
        for old, new in sorted(mode.learned):
            if len(old) == 1 and old + old in line:  # ุุ: the second is the misnamed glyph (กลุ่ม)
                line = line.replace(old + old, old + new)
        if mode.spacey and mode.moves:  # a mark alone between two spaces (ซ ี เกมาอู)
            line = RX_TWIN_VOWEL.sub(twin_vowel, line)
            line = _RX_LONE_MARK.sub("\\1" + _KEEP_SPACE, line)
            if lead:
                # (a tone pushed onto the next consonant first: ทีม่ ีอยู่ = ที่มีอยู่, not ทีมี่ อยู่)
                line = sign_past_vowel(line)
                line = tone_past_space(thanthakhat_past_space(line, _KEEP_SPACE))
                line = _RX_LEAD_MARK.sub(lambda m: _word_mark_after_space(m, mode), line)
        if RX_AA_AM_SPACE.search(line):  # (ำ drawn as า + nikhahit after a tone: นาำ้ อุ่น)
            glued_aa = aa_am_spaces(line)
            if glued_aa != line:
                flags.add("thai_repair:space_removed")
            line = glued_aa
        if mode.dictionary:
            line = sara_i_sign_back(line)
        fixed = exact_fixes(line)
        if mode.spacey:
            fixed = RX_AA_SPACES.sub(HINT, fixed)
        elif mode.dictionary and RX_TONE_AA_GAP.search(fixed):
            fixed = aa_gaps(fixed, RX_TONE_AA_GAP)
        fixed_lines.append(fixed)
    pushed_ok = pushes_shown(given_lines, mode)  # (a clean page with one typo shows none)
    # (a text whose only signature is a lost SARA AM, pdftotext's, shows no pushed mark of its own:
    # a name that ends in an upper vowel, วัณย์ศิริ, is no pushed vowel there)
    pushed_still = pushed_ok and (not mode.g1 or pushes_shown(given_lines, Mode(
        mode.dictionary, False, mode.g2, mode.shaper, mode.spacey, mode.moves, mode.learned, mode.tone_am, mode.pushes)))
    needs = [mode.dictionary and (f or e or HINT in fixed or line_needs_dict(raw, fixed, mode)
                                  or (pushed_ok and (shows_pushed_vowel(fixed) or shows_pushed_mark(fixed, mode))))
             for raw, fixed, f, e in zip(lines, fixed_lines, floated, mended)]
    if cell and any(needs):
        needs = [mode.dictionary] * len(lines)  # one cell is one text: breakage anywhere counts
    # (An odd nikhahit is an exact fault and counts for nothing here; ำา does count: the
    # LibreOffice text layers that show it displace marks too.)
    # A line of text whose only systematic fault is a lost or extra SARA AM (G1/G2, e.g.
    # pdftotext) or shaper glyph mix-ups, and that shows no displaced mark itself, gets
    # only those edits: moving marks and joining runs there "repairs" proper nouns the
    # dictionary lacks (ทองเลี้ยน -> ทองเลยนี้, วิลลี่ วิสุทธิ -> วิลี่ลิวสุทธิ).
    out = []
    for k, (raw, fixed, need, f) in enumerate(zip(lines, fixed_lines, needs, floated)):
        if need:
            lm = line_mode(mode, lines, k) if not cell else mode
            still = (cell or lm.spacey or mended[k] or HINT in fixed or RX_BROKEN.search(fixed) is not None
                     or RX_BROKEN.search(odd_nikhahit(raw)) is not None
                     or (pushed_still and (shows_pushed_vowel(fixed) or shows_pushed_mark(fixed, mode))))
            lite = Mode(lm.dictionary, lm.g1, lm.g2, lm.shaper, lm.spacey, False, lm.learned, lm.tone_am, lm.pushes)
            stage = lm if still else lite
            # (a word pdftotext broke at a mark drawn left of its base, the mark pulled back onto
            # this line: read with the rest of its run on the next line, ฟ้ / า = ฟ้า, not ฟู)
            cont = (_RX_HEAD_RUN.match(fixed_lines[k + 1]) if f and k + 1 < len(lines) and fixed[-1:] in MARKS
                    and _RX_MARKS_THEN_THAI.match(given_lines[k + 1]) else None)
            whole = _dict_stage(fixed + cont.group(0), stage, flags, cell=cell, listy=listy) if cont else ""
            if cont and whole.endswith(cont.group(0)):
                fixed = whole[:len(whole) - len(cont.group(0))]
            else:
                fixed = _dict_stage(fixed, stage, flags, cell=cell, listy=listy)
        fixed = fixed.replace(HINT, SARA_AA).replace(_KEEP_SPACE, " ")
        if mode.dictionary:  # (a next line that starts with a mark or a following vowel goes on this one's run)
            fixed = lead_below_vowel_tone(tone_past_final_set_back(fixed, _RX_GOES_ON.match("".join(lines[k + 1:k + 2])) is not None))
        if SARA_AM in fixed:
            fixed = _RX_AM_TONE_AFTER.sub(_am_tone_order, fixed)
        out.append(fixed)
    if not cell and mode.dictionary:
        out = lost_tones(out, given)
        out = [ia_back(x) for x in out]
    if not cell and mode.dictionary and tall_space_evidence(text):
        joined = [join_tall_spaces(x, listy) for x in out]
        if joined != out:
            flags.add("thai_repair:space_removed")
        out = joined
    if not cell and mode.dictionary:  # a misspelt word the dictionary lacks: its marks by the text's odds
        out = [cluster_spaces(x) for x in marks_by_odds(given_lines, out)]
    if mode.spacey and mode.dictionary and len(RX_AA_SPACES.findall(text)) >= 2:  # the font loses ำ's nikhahit
        # (a gap that held the list's space; a line's last ำ, its gap dropped with the line's end)
        out = [end_am(r, left_gaps(gap_spaces(r, x) if listy else x, listy)) for r, x in zip(given_lines, out)]
    return "\n".join(out)
