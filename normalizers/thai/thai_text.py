"""Repair broken Thai text from PDF text layers and OCR, losing nothing.

Public API (stable): ``repair``, ``repair_cell``, ``assess`` / ``TextQuality``,
``repair_stream``. All pure except ``repair_stream``.

Two stages:
1. Exact, table-driven fixes that are safe on any text (PUA presentation forms,
   SARA AM composition, Lao lookalikes in Thai runs, zero-width characters,
   spaces before combining marks, mark order/duplicates, ``เเ``).
2. Dictionary decisions (``normalizers.thai.thai_dict``) for what is ambiguous —
   lost/extra SARA AM, marks attached to the wrong consonant, ``ู``/tone
   confusions, artefact spaces — run only where the text shows breakage, so
   clean text takes a fast path and is returned unchanged.
Thai digits are never converted; NFKC is never applied; nothing is deleted
except zero-width characters, duplicated marks and artefact whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Set
from functools import lru_cache
from typing import cast

from normalizers.thai import thai_dict, thai_float
from normalizers.thai.thai_chars import (
    CONSONANTS, LAO_TABLE, MARKS, PUA_TABLE, RX_CONS, RX_MARK,
    RX_TONE, RX_VOWEL_MARK, SARA_AA, SARA_AM, TONES, ZERO_WIDTH, is_pua, mark_rank,
)

__all__ = ["repair", "repair_block", "repair_cell", "assess", "TextQuality", "repair_stream"]

UNK = thai_dict.UNKNOWN
_HINT = "\ue000"  # internal: a SARA AA that may be a SARA AM with lost nikhahit
_SP = "[ \t\u00a0]"

# ---------------------------------------------------------------- detection
_PUA_CHARS = "".join(map(chr, PUA_TABLE))
_LAO_CHARS = "".join(map(chr, LAO_TABLE))
# Any one character that is not Thai, a letter, a digit or a space: where it stands between
# a consonant and า it is a candidate for the nikhahit of ำ (PDFium gives ˸ Ě Ė ; ...).
_ODD_NIK = "[^\\s\u0e00-\u0e7f0-9A-Za-z\ue000-\uf8ff\ufffd]"  # not PUA forms, not U+FFFD
# Anything that can only come from a broken text layer / OCR.
_RX_BROKEN = re.compile(
    f"[{_PUA_CHARS}{ZERO_WIDTH}\ufffd\u0e4d\u0e45]"  # PUA forms, ZW, U+FFFD, nikhahit, lakkhangyao
    f"|[{_LAO_CHARS}]"
    f"|{_SP}+[{RX_MARK}\u0e33]"  # space before a combining mark / SARA AM
    f"|[{RX_CONS}][{RX_MARK}]*{_SP}+\u0e32"  # ค าน า
    f"|[{RX_TONE}\u0e4c][{RX_VOWEL_MARK}]"  # tone before vowel mark
    f"|([{RX_MARK}])\\1"  # doubled mark
    f"|[{RX_TONE}][{RX_TONE}]"  # two tones
    f"|[{RX_VOWEL_MARK}][{RX_VOWEL_MARK}]"  # two vowel marks on one base
    f"|\u0e33[{RX_TONE}]"  # SARA AM before tone
    f"|\u0e40\u0e40"  # เเ
    f"|\u0e33\u0e32"  # ำา
    f"|[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]"  # below vowel then า (หนูา)
    f"|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]"  # ไดู
    f"|(?:^|[^{RX_CONS}{RX_MARK}])[{RX_MARK}]"  # mark without a base
    f"|[{RX_CONS}]\u0e31[{RX_TONE}]?(?![{RX_CONS}{RX_TONE}])"  # MAI HAN-AKAT ending a word (ลบั)
    f"|(?<![\u0e40-\u0e44{RX_CONS}])[{RX_CONS}][{RX_CONS}][{RX_TONE}](?=[ \n][{RX_CONS}])"  # สว่ น
    f"|[{RX_CONS}][{RX_MARK}]*{_ODD_NIK}[{RX_TONE}]?\u0e32"  # จัดท˸ารายงาน, การกĚากับ, ข้อค;าถาม
)
# Common words as printed with SARA AM lost (G1) or SARA AA shown as SARA AM (G2).
_G1_WORDS = ("สานัก ดาเนิน จานวน ประจาปี ลาดับ กาหนด คาถาม ตาบล อาเภอ อานาจ สาคัญ "
             "คาสั่ง ดาเนินการ ทาให้ กากับดูแล จาเป็น สาหรับ ชานาญ "
             "ผู้อานวยการ อานวย คาแนะนา ประจาเดือน สารวจ").split()
_G2_WORDS = ("กำร ควำม ตำม ประมำณ ข้อมูลข่ำวสำร ภำย "
             "สำธำรณ บริหำร บริกำร ประกำศ ผ่ำน จ่ำย มำตรกำร").split()
_RX_G1 = re.compile("|".join(sorted(_G1_WORDS, key=len, reverse=True)))
_RX_G2 = re.compile("|".join(sorted(_G2_WORDS, key=len, reverse=True)))
_RX_FAST = re.compile(_RX_BROKEN.pattern + "|" + _RX_G1.pattern + "|" + _RX_G2.pattern)

# ---------------------------------------------------------------- exact fixes
_RX_ZW = re.compile(f"[{ZERO_WIDTH}]")
# (the space between a mark and ำ is left to the dictionary stage: see _RX_LOST_AM)
_RX_SPACE_MARK = re.compile(f"(?<=[\u0e01-\u0e4e]){_SP}+(?=[{RX_MARK}])"
                            f"|(?<=[\u0e01-\u0e4e])(?<![{RX_MARK}]){_SP}+(?=\u0e33)")
# A space between a consonant and า/ำ is a lost nikhahit (ค าน า, ด  าเนิน, น้  ำ), but a
# single space after a mark is the artefact space of a displaced mark (มกี ารบรกิ าร).
_RX_LOST_AM = re.compile(f"(?<=[{RX_CONS}])((?:[{RX_MARK}]+{_SP}{{2,}})|{_SP}+)[\u0e32\u0e33]")
_RX_NIK_AA = re.compile(f"\u0e4d([{RX_TONE}]?)\u0e32")
_RX_TONE_NIK_AA = re.compile(f"([{RX_TONE}])\u0e4d\u0e32")
_RX_FFFD_AA = re.compile("\ufffd+\u0e32")
_RX_AM_TONE = re.compile(f"\u0e33([{RX_TONE}])")
_RX_MARK_RUN = re.compile(f"[{RX_MARK}]{{2,}}")
_RX_LAKKHANG = re.compile("(?<![\u0e24\u0e26])\u0e45")
_RX_THAI_NEAR = re.compile("[\u0e01-\u0e4e]")


def _map_lao(s: str) -> str:
    """Map Lao lookalikes to Thai, only for characters inside/next to a Thai run."""
    out = list(s)
    for i, ch in enumerate(s):
        if ord(ch) in LAO_TABLE:
            left = s[max(0, i - 2):i]
            right = s[i + 1:i + 3]
            if _RX_THAI_NEAR.search(left) or _RX_THAI_NEAR.search(right):
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


_RX_ODD_NIK = re.compile(f"([{RX_CONS}][{RX_MARK}]*)({_ODD_NIK})([{RX_TONE}]?)\u0e32")
_RX_THAI_RUN_L = re.compile("[\u0e01-\u0e4e]*$")
_RX_THAI_RUN_R = re.compile("^[\u0e01-\u0e4e]*")


def _odd_nikhahit(s: str) -> str:
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
        if thai_dict.score(_canon(joined)) <= apart:
            out.append(s[last:m.start()])
            out.append(m.group(1) + m.group(3) + SARA_AM)
            last = m.end()
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


def _exact_fixes(s: str) -> str:
    """Stage 1: deterministic repairs that cannot damage clean text."""
    if _RX_ODD_NIK.search(s):
        s = _odd_nikhahit(s)
    if any("\uf700" <= c <= "\uf89e" for c in s):
        s = s.translate(PUA_TABLE)
    if _RX_ZW.search(s):
        s = _RX_ZW.sub("", s)
    if any("\u0e80" <= c <= "\u0eff" for c in s):
        s = _map_lao(s)
    s = _RX_FFFD_AA.sub(SARA_AM, s)
    s = _RX_LOST_AM.sub(lambda m: m.group(1).rstrip(" \t\u00a0") + _HINT, s)
    s = _RX_SPACE_MARK.sub("", s)
    s = _RX_TONE_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _RX_NIK_AA.sub(lambda m: m.group(1) + SARA_AM, s)
    s = _RX_AM_TONE.sub(lambda m: m.group(1) + SARA_AM, s)
    s = s.replace("\u0e40\u0e40", "\u0e41")
    if "\u0e33\u0e32" in s:  # ำ drawn as nikhahit + า and read as ำ plus the า again (LibreOffice)
        s = s.replace("\u0e33\u0e32", SARA_AM)
    s = _RX_LAKKHANG.sub(SARA_AA, s)
    s = _RX_MARK_RUN.sub(_order_marks, s)
    return s


# ---------------------------------------------------------------- dictionary stage
_CONFUSE = {
    "\u0e39": "\u0e48\u0e49\u0e38",  # ู -> ่ ้ ุ (TLWG glyph-variant mix-ups)
    "\u0e38": "\u0e39\u0e48",
    "\u0e48": "\u0e39",
    "\u0e49": "\u0e39",
}


def _canon(s: str) -> str:
    return _RX_MARK_RUN.sub(_order_marks, s)


@lru_cache(maxsize=8192)
def _bases(s: str) -> tuple[tuple[int, ...], dict[int, int]]:
    """Positions of the non-mark characters of ``s``, and each one's rank among them."""
    bases = tuple(i for i, c in enumerate(s) if c not in MARKS)
    return bases, {b: k for k, b in enumerate(bases)}


_RX_ODD = re.compile(
    f"[{RX_VOWEL_MARK}][{RX_TONE}]?[{RX_VOWEL_MARK}]|[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]"
    f"|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]|[\u0e40-\u0e44\u0e30-\u0e33][{RX_MARK}]")


@lru_cache(maxsize=8192)
def _hot(s: str, junctions: tuple[int, ...] = ()) -> frozenset[int]:
    """Positions where a displaced mark is plausible: the ends of the run (where a
    text layer puts the artefact space) and orthographically impossible clusters."""
    hot = set(range(0, min(3, len(s)))) | set(range(max(0, len(s) - 4), len(s)))
    for j in junctions:
        hot.update(range(max(0, j - 4), min(len(s), j + 4)))
    for m in _RX_ODD.finditer(s):
        hot.update(range(max(0, m.start() - 3), min(len(s), m.end() + 3)))
    return frozenset(hot)


def _edits(s: str, near: Set[int], mode: _Mode, junctions: tuple[int, ...] = (),
           am_choice: bool = False, hints: frozenset[int] = frozenset()):
    """Single edits of Thai run ``s`` at positions in ``near`` (candidates to score).
    Marks are moved between consonants only at hot positions (see ``_hot``)."""
    bases, base_rank = _bases(s)
    hot = _hot(s, junctions)
    # a mark just before an artefact space was pushed right over a consonant by the
    # shaper (หนิ โคน, วสั ดุ): in spacey text moving it back left is taken on a tie
    spaced = {j - 1 for j in junctions if j not in hints} if mode.spacey else set()
    n = len(s)
    for i in sorted(near):
        if i >= len(s):
            continue
        ch = s[i]
        if ch in MARKS and (i not in hot or not mode.moves):
            for alt in _CONFUSE.get(ch, "") if mode.shaper else "":
                yield i, _canon(s[:i] + alt + s[i + 1:])
        elif ch in MARKS:
            # base this mark sits on
            b = i
            while b > 0 and s[b] in MARKS:
                b -= 1
            k = base_rank.get(b, -1)
            rest = s[:i] + s[i + 1:]
            # move this mark to the previous / next base; a move onto a base that already
            # has the same mark is no move (the duplicate would be dropped: a lost mark)
            if k > 0:
                pb = bases[k - 1]
                c = _canon(rest[:pb + 1] + ch + rest[pb + 1:])
                if len(c) == n:
                    yield i, (c + _PREFER if i in spaced else c)
            # a mark printed before an artefact space belongs left of it: never moved right
            # across a junction
            right = 0 <= k < len(bases) - 1 and not any(b < jn <= bases[k + 1] for jn in junctions)
            if right:
                nb = bases[k + 1] - 1  # index in ``rest``
                c = _canon(rest[:nb + 1] + ch + rest[nb + 1:])
                if len(c) == n:
                    yield i, c
            for alt in _CONFUSE.get(ch, "") if mode.shaper else "":
                yield i, _canon(s[:i] + alt + s[i + 1:])
            if b + 1 < i and any(mark_rank(c) == mark_rank(ch) for c in s[b + 1:i]):
                yield i, rest  # drop a second mark of the same class on one base
            # move the whole mark cluster of this base
            j = b + 1
            e = j
            while e < len(s) and s[e] in MARKS:
                e += 1
            cluster = s[j:e]
            if len(cluster) > 1:
                body = s[:j] + s[e:]
                if k > 0:
                    pb = bases[k - 1]
                    c = _canon(body[:pb + 1] + cluster + body[pb + 1:])
                    if len(c) == n:
                        yield i, (c + _PREFER if e - 1 in spaced else c)
                if right:
                    nb = bases[k + 1] - len(cluster)
                    c = _canon(body[:nb + 1] + cluster + body[nb + 1:])
                    if len(c) == n:
                        yield i, c
            if len(cluster) > 2 and k > 0 and i == min(p for p in range(j, e) if p in near):
                # two clusters merged on one base (ผทู้ ่ี = ผู้ที่): move each vowel with
                # each tone/sign of the cluster to the previous base
                pb = bases[k - 1]
                for v in (c for c in cluster if mark_rank(c) == 0):
                    for t in (c for c in cluster if mark_rank(c) > 0):
                        left = cluster.replace(v, "", 1).replace(t, "", 1)
                        c = _canon(s[:pb + 1] + v + t + s[pb + 1:j] + left + s[e:])
                        if len(c) == n:
                            yield i, c
        elif ch == SARA_AA and mode.g1 and i > 0 and s[i - 1] in CONSONANTS | TONES:
            yield i, s[:i] + SARA_AM + s[i + 1:]
        elif ch == SARA_AM and (mode.g2 or am_choice):
            if i in hints:
                yield i, s[:i] + _AA_STRICT + s[i + 1:]
            elif mode.g2:
                yield i, s[:i] + _AA_PREFER + s[i + 1:]
            else:
                yield i, s[:i] + SARA_AA + s[i + 1:]
            if am_choice and i > 0 and s[i - 1] in CONSONANTS:
                yield i, s[:i] + "\u0e49" + s[i:]
                yield i, s[:i] + "\u0e48" + s[i:]




@lru_cache(maxsize=8192)
def _near_unknown(s: str) -> frozenset[int]:
    """Positions within 3 characters of a character no dictionary word covers."""
    near: set[int] = set()
    for pos in thai_dict.unknown_positions(s):
        near.update(range(max(0, pos - 3), min(len(s), pos + 4)))
    return frozenset(near)


_WIN = 16
# Markers on a candidate's SARA AA, read by ``_climb``: a G2 ``ำ``→``า`` is taken on a
# tie; a lost-nikhahit position becomes ``า`` only if that removes unknown characters.
_AA_PREFER = "\ue001"
_AA_STRICT = "\ue002"
_PREFER = "\ue003"  # appended to a mark move that is taken on a tie


def _two_step(s: str, cost: int, firsts, mode: _Mode, junctions, am_choice: bool) -> str | None:
    """When no single edit helps, try pairs (e.g. two marks each pushed one consonant
    right, ``ชวี้ดั``); the first edit is one of the least harmful single edits."""
    best, best_cost = None, cost
    for _, c1 in sorted(firsts, key=lambda x: x[0])[:8]:
        near = _near_unknown(c1)
        for _, c2 in _edits(c1, near, mode, junctions, am_choice):
            c2 = c2.replace(_AA_PREFER, SARA_AA).replace(_AA_STRICT, SARA_AA).replace(_PREFER, "")
            c = thai_dict.score_edit(c1, c2)
            if c < best_cost:
                best, best_cost = c2, c
    return best


def _climb(s: str, mode: _Mode, flags: set[str], junctions: tuple[int, ...] = (),
           am_choice: bool = False, hints: frozenset[int] = frozenset()) -> str:
    """Hill-climb single edits while the dictionary cost strictly improves."""
    cost = thai_dict.score(s)
    for _ in range(8 + len(s) // 4):
        near = set(_near_unknown(s)) if cost >= UNK else set()
        if mode.g1 or mode.g2:  # G1/G2 text: a lost/extra SARA AM may leave valid-looking words
            near.update(i for i, c in enumerate(s)
                        if (c == SARA_AA and mode.g1) or (c == SARA_AM and mode.g2))
        if am_choice:
            near.update(i for i, c in enumerate(s) if c == SARA_AM)
        # a mark at the end of the run or at a junction may have been pushed one
        # consonant right even when the result still segments (ประเมนิ = ประ|เม|นิ)
        if mode.moves:
            ends = [len(s) - 1, len(s) - 2] + [j + d for j in junctions for d in (-2, -1, 0, 1)]
            near.update(i for i in ends if 0 <= i < len(s) and s[i] in MARKS)
        if mode.shaper:  # ู/tone confusions may leave valid-looking words (สูวน)
            near.update(i for i, c in enumerate(s) if c == "\u0e39")
        if not near:
            break
        best, best_delta = None, 0
        firsts = []
        for i, cand in _edits(s, near, mode, junctions, am_choice, hints):
            margin = 0
            if _AA_PREFER in cand:
                cand, margin = cand.replace(_AA_PREFER, SARA_AA), 1
            elif _AA_STRICT in cand:
                cand, margin = cand.replace(_AA_STRICT, SARA_AA), -(UNK - 1)
            elif cand.endswith(_PREFER):
                cand, margin = cand[:-1], 1
            # score a window around the edit only (words are at most MAX_WORD long)
            lo, hi = max(0, i - _WIN), i + _WIN
            win = s[lo:hi]
            delta = thai_dict.score_edit(win, cand[lo:hi + len(cand) - len(s)]) - thai_dict.score(win) - margin
            firsts.append((delta, cand))
            if delta < best_delta:
                best, best_delta = cand, delta
        if best is None and cost >= UNK:
            best = _two_step(s, cost, firsts, mode, junctions, am_choice)
        if best is None:
            break
        s, cost = best, thai_dict.score(best)
        flags.add("thai_repair:dict_fix")
    return s


_MAX_RUN = 80  # longer runs are repaired in word-aligned chunks (the search is superlinear)


def _fix_run(s: str, mode: _Mode, flags: set[str], junctions: tuple[int, ...] = ()) -> str:
    """Stage 2 on one Thai run (no spaces); cached, documents repeat their words."""
    if len(s) > _MAX_RUN:
        return "".join(_fix_run(c, mode, flags) for c in _chunks(s))
    out, f = _fix_run_cached(s, mode, junctions)
    flags.update(f)
    return out


def _chunks(s: str, size: int = 48) -> list[str]:
    """Split a long run at dictionary word boundaries into pieces of about ``size``."""
    out, start, pos = [], 0, 0
    for piece in thai_dict.segment(s.replace(_HINT, SARA_AM)):
        pos += len(piece)
        if pos - start >= size and pos < len(s) and s[pos] not in MARKS and s[pos] not in "\u0e32\u0e33":
            out.append(s[start:pos])
            start = pos
    if start < len(s):
        out.append(s[start:])
    return out


@lru_cache(maxsize=16384)
def _fix_run_cached(s: str, mode: _Mode, junctions: tuple[int, ...]) -> tuple[str, frozenset[str]]:
    flags: set[str] = set()
    return _fix_run_uncached(s, mode, flags, junctions), frozenset(flags)


def _fix_run_uncached(s: str, mode: _Mode, flags: set[str], junctions: tuple[int, ...] = ()) -> str:
    """A lost-nikhahit position starts as ``ำ`` (or ``า``) and the climb may turn any
    ``ำ`` of that run into ``า`` or tone + ``ำ``."""
    if _HINT not in s:
        return _climb(s, mode, flags, junctions)
    flags.add("thai_repair:sara_am_guess")
    hints = frozenset(i for i, c in enumerate(s) if c == _HINT)
    junctions = junctions + tuple(sorted(hints))
    best, best_cost, best_flags = s, -1, set()
    for start in (SARA_AM, SARA_AA):  # two starting points: greedy steps are single edits
        f: set[str] = set()
        r = _climb(_canon(s.replace(_HINT, start)), mode, f, junctions, True, hints)
        c = thai_dict.score(r)
        if start == SARA_AA:  # the printed spaces say a nikhahit was lost: ำ unless า reads better
            c += UNK - 1
        if best_cost < 0 or c < best_cost:
            best, best_cost, best_flags = r, c, f
    flags.update(best_flags)
    return best


_RX_RUNS = re.compile("([\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e\ue000]+)")  # not ฯ ๆ
_RX_SPACES_ONLY = re.compile(f"{_SP}+")


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


_RX_ONE_SPACE = re.compile(_SP)


def _dict_stage(line: str, mode: _Mode, flags: set[str], *, cell: bool = False) -> str:
    """Fix Thai runs of one line; join runs split by an artefact space."""
    parts = _RX_RUNS.split(line)  # even: separators, odd: Thai runs
    parts, glued = _glue_fragments(parts, flags)
    out: list[str] = [parts[0]]
    i = 1
    while i < len(parts):
        run = parts[i]
        raw_bad = _is_bad(run)
        junctions: tuple[int, ...] = glued.get(i, ())
        cur = _fix_run(run, mode, flags, junctions)
        # try joining with following runs across pure-space separators
        while (i + 2 < len(parts) and _RX_SPACES_ONLY.fullmatch(parts[i + 1])
               and len(run) + len(parts[i + 2]) <= _MAX_RUN):
            nxt = parts[i + 2]
            if i + 3 < len(parts) and parts[i + 3].startswith("."):
                break  # abbreviation such as พ.ศ.
            nxt_bad = _is_bad(nxt)
            if not (raw_bad or nxt_bad):
                break
            if not (cell or run[-1] in MARKS or _starts_broken(nxt)):
                break  # an artefact space follows a displaced mark; else it is a real space
            if not mode.moves and run[-1] not in MARKS:
                break
            joined_raw = run + nxt
            f2: set[str] = set()
            jn = junctions + (len(run),) + tuple(len(run) + j for j in glued.get(i + 2, ()))
            joined = _fix_run(joined_raw, mode, f2, jn)
            nxt_fixed = _fix_run(nxt, mode, set(), glued.get(i + 2, ()))
            sep_cost = thai_dict.score(cur) + thai_dict.score(nxt_fixed)
            join_cost = thai_dict.score(joined)
            moved = run[-1] in MARKS and cur != run.replace(_HINT, SARA_AA)
            # a space goes when the joined run reads better; when neither side has a
            # displaced mark at the junction, only if that leaves fewer unknown characters
            # (two proper nouns the dictionary lacks stay apart: วิลลี่ วิสุทธิกษัตริย์)
            if not mode.moves:  # a space after an upper vowel (Kinnari ปิ ยมาภรณ์): only if it reads
                if join_cost // UNK < sep_cost // UNK:
                    run, cur, raw_bad, junctions = joined_raw, joined, raw_bad or nxt_bad, jn
                    flags.add("thai_repair:space_removed")
                    i += 2
                    continue
                break
            if (join_cost < sep_cost and (join_cost // UNK < sep_cost // UNK or cell or
                                          run[-1] in MARKS or _starts_broken(nxt))) \
                    or (join_cost <= sep_cost and (_starts_broken(nxt) or (moved and (cell or mode.spacey)))):
                run, cur, raw_bad, junctions = joined_raw, joined, raw_bad or nxt_bad, jn
                flags.update(f2)
                flags.add("thai_repair:space_removed")
                i += 2
                continue
            break
        out.append(cur)
        if i + 1 < len(parts):
            sep = parts[i + 1]
            if (cell or mode.spacey) and run[-1] in MARKS and cur[-1:] not in MARKS:
                # the run's last mark was displaced; the space it left before a closing
                # sign is an artefact too (ประเมนิ ฯ, ท่ีสดุ :, จรงิ ))
                sep = _RX_SPACE_CLOSE.sub("", sep, count=1)
            out.append(sep)
        i += 2
    return "".join(out).replace(_HINT, SARA_AA)


_RX_SPACE_CLOSE = re.compile(f"^{_SP}+(?=[:;,)\\]}}]|\u0e2f(?!\u0e25\u0e2f))")  # not before ฯลฯ


def _is_bad(run: str) -> bool:
    """A run that does not read as dictionary words (a lone consonant — a list
    label or check-box letter — does not count)."""
    if _HINT in run:
        return True
    if len(run) == 1 and run in CONSONANTS:
        return False
    return thai_dict.score(run) >= UNK


def _ends_broken(run: str) -> bool:
    """Run ends the way a Pango/x-sorted text layer leaves a moved mark."""
    return bool(run) and (run[-1] in MARKS or thai_dict.score(run) >= UNK)


def _starts_broken(run: str) -> bool:
    return bool(run) and (run[0] in MARKS or run[0] in (SARA_AA, SARA_AM, _HINT))


# ---------------------------------------------------------------- public API
@dataclass(frozen=True)
class _Mode:
    dictionary: bool
    g1: bool
    g2: bool
    shaper: bool  # ู/ุ/tone glyph confusions (TLWG-style fonts) seen in the text
    spacey: bool  # the text layer puts spaces around displaced glyphs (ด  าเนิน, ต ้อง)
    moves: bool = True  # marks may be moved between consonants and runs joined


# (a mark alone at the end of a line is PDFium's overhang, not the Pango space signature)
_SPACEY_CHARS = 600  # at least one signature per this many characters
_RX_SPACEY = re.compile(f"{_SP}+[{RX_MARK}\u0e33](?![{RX_MARK}]*{_SP}*(?:\n|$))|[{RX_CONS}][{RX_MARK}]*{_SP}+[\u0e32\u0e33]")
_RX_AA_SPACES = re.compile(f"(?:(?<=[{RX_CONS}])|(?<=[{RX_CONS}][{RX_TONE}]))[\u0e32\u0e33]{_SP}{{2,}}"
                           f"(?=[\u0e01-\u0e4e])")  # ประจา  ปี, น้ำ  หนัก
_RX_SHAPER = re.compile(f"[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]"
                        f"|[{RX_TONE}][{RX_TONE}]")


def _mode(text: str) -> _Mode:
    """Decide, for the whole text, which ambiguous repairs are allowed."""
    broken = len(_RX_BROKEN.findall(text))
    g1_hits = len(_RX_G1.findall(text))
    g2_hits = len(_RX_G2.findall(text))
    am_words = len(re.findall("\u0e33", text))
    g2 = g2_hits >= 2 and g2_hits * 2 >= am_words * 0.5
    n_spacey = len(_RX_SPACEY.findall(text))
    # the signature must be dense: Pango text shows it in nearly every line; a few stray
    # cases in a page of PDFium text (หน้ าที่) do not make every line spacey
    spacey = n_spacey >= 2 and n_spacey * _SPACEY_CHARS >= len(text)
    if spacey:  # and in many lines: a few lines of Pango text among others do not make a text spacey
        thai_lines = [x for x in text.split("\n") if _RX_THAI_NEAR.search(x)]
        sig = sum(1 for x in thai_lines if _RX_SPACEY.search(x) or _RX_AA_SPACES.search(x))
        spacey = sig * 3 >= len(thai_lines)
    shaper = bool(_RX_SHAPER.search(text)) or _shaper_by_dict(text)
    return _Mode(dictionary=broken > 0 or g1_hits > 0 or g2 or shaper, g1=g1_hits > 0, g2=g2,
                 shaper=shaper, spacey=spacey)


_RX_SARA_UU_RUN = re.compile("[\u0e01-\u0e4e]*\u0e39[\u0e01-\u0e4e]*")


def _shaper_by_dict(text: str) -> bool:
    """TLWG fonts read by pdftotext/PDFium give ``ู`` for a tone (``สูวน``, ``หนูวยงาน``):
    a run with ``ู`` that does not read, and reads with fewer unknown characters once
    that ``ู`` is ``่``, shows the shaper mix-up even on a line of its own."""
    if "\u0e39" not in text:
        return False
    for m in _RX_SARA_UU_RUN.finditer(text):
        run = m.group(0)
        cost = thai_dict.score(run)
        if cost >= UNK and thai_dict.score(run.replace("\u0e39", "\u0e48")) // UNK < cost // UNK:
            return True
    return False


_RX_AM_SPLIT = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def _line_needs_dict(raw: str, fixed: str, mode: _Mode) -> bool:
    """Whether a line still shows breakage after the exact fixes.

    The dictionary stage moves marks between consonants; on a line whose only fault was
    exact (a split SARA AM ``ํา``, a PUA glyph) it could "improve" a correct proper noun
    the dictionary does not know (``อำเภอพิปูน``), so it runs only where breakage remains.
    """
    if mode.g1 or mode.g2 or mode.spacey or mode.shaper:
        return True  # systematic breakage in the text: any line may hide a displaced mark
    if _RX_FAST.search(_RX_AM_SPLIT.sub("\\1\u0e33", raw)) or _RX_FAST.search(_RX_AM_SPLIT.sub("\\1\u0e33", fixed)):
        return True
    if _RX_SHAPER.search(raw):
        return True
    return bool(mode.spacey and (_RX_SPACEY.search(raw) or _RX_AA_SPACES.search(raw)))


_RX_PANGO_AM = re.compile(f"[{RX_CONS}][{RX_MARK}]*{_SP}+[\u0e32\u0e33]")
_RX_FLOATING = re.compile(f"(?:^|[ \t\u00a0\n])[{RX_MARK}]")


_RX_SURE_AM = re.compile(f"\u0e4d[{RX_TONE}]?\u0e32|[{RX_TONE}]\u0e4d\u0e32|\u0e33[{RX_TONE}]|\ufffd\u0e32")


def _line_mode(mode: _Mode, lines: list[str], k: int) -> _Mode:
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
    return _Mode(mode.dictionary, mode.g1, g2, mode.shaper, mode.spacey, mode.moves)


def _repair_lines(text: str, flags: set[str], *, cell: bool = False) -> str:
    lines = text.split("\n")
    floated: list[bool] = [False] * len(lines)
    if _RX_FLOATING.search(text):  # marks set apart from their base: back by dictionary first
        pulled = thai_float.pull_mark_lines(lines)
        # Pango/pdfplumber text (its lost-nikhahit signature ด  าเนิน) sets a mark after a
        # space only next to its base: there the old rule (attach it left) is right
        pango = len(_RX_PANGO_AM.findall(text)) >= 2
        lines = [thai_float.place(_odd_nikhahit(x)) if not pango and thai_float.has_floating(x) else x
                 for x in pulled]
        floated = [a != b for a, b in zip(pulled, text.split("\n"))]
        floated = [f or a != b for f, a, b in zip(floated, lines, pulled)]
        text = "\n".join(lines)  # the mode is judged on what is still broken
    mode = _mode(text)
    if any(floated) and not mode.dictionary:
        mode = _Mode(True, mode.g1, mode.g2, mode.shaper, mode.spacey)
    fixed_lines = []
    for line in lines:
        fixed = _exact_fixes(line)
        if mode.spacey:
            fixed = _RX_AA_SPACES.sub(_HINT, fixed)
        fixed_lines.append(fixed)
    needs = [mode.dictionary and (f or _line_needs_dict(raw, fixed, mode))
             for raw, fixed, f in zip(lines, fixed_lines, floated)]
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
            lm = _line_mode(mode, lines, k) if not cell else mode
            still = (cell or lm.spacey or _HINT in fixed or _RX_BROKEN.search(fixed) is not None
                     or _RX_BROKEN.search(_odd_nikhahit(raw)) is not None)
            lite = _Mode(lm.dictionary, lm.g1, lm.g2, lm.shaper, lm.spacey, False)
            fixed = _dict_stage(fixed, lm if still else lite, flags, cell=cell)
        out.append(fixed.replace(_HINT, SARA_AA))
    return "\n".join(out)


def clear_caches() -> None:
    """Forget every memoised result here and in ``thai_dict`` (for benchmarks of cold runs)."""
    thai_dict.clear_caches()
    for f in (_fix_run_cached, _near_unknown, _bases, _hot):
        f.cache_clear()


def repair(text: str) -> str:
    """Repair a Thai text layer or OCR output. Pure; keeps the number of lines;
    returns clean text unchanged (same object)."""
    if not text or not _RX_FAST.search(text):
        return text
    return _repair_lines(text, set())


# ---------------------------------------------------------------- cells
_NO_PHRASE_END = frozenset(
    "ใน ของ ที่ ซึ่ง การ ความ แก่ แห่ง ต่อ กับ โดย จาก เพื่อ ให้ ถึง ตาม ด้วย และ หรือ แต่ "
    "ทั้ง มี เป็น ได้แก่ คือ ว่า หาก ถ้า เมื่อ ผู้ ผล ข้อ ตัว ระบบ ของหน่วยงาน".split())
_NO_PHRASE_START = frozenset("ๆ ของ แล้ว ไว้ ด้วย ได้ อยู่ ขึ้น ลง".split())
_RX_CELL_JOIN = re.compile(f"([\u0e01-\u0e4e]+)({_SP}*\n{_SP}*|{_SP}+)(?=([\u0e01-\u0e4e]+))")


def _junction_words(left: str, right: str) -> tuple[str, str, bool]:
    """Last word of ``left``, first word of ``right``, and whether a dictionary word
    spans the junction when they are joined."""
    seg_l = thai_dict.segment(left)
    seg_r = thai_dict.segment(right)
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
    if _RX_FAST.search(s):
        s = _repair_lines(s, flags, cell=True)
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
    s = re.sub(f"{_SP}*\n{_SP}*", " ", s).strip()
    return s, sorted(flags)


# ---------------------------------------------------------------- assess
@dataclass(frozen=True)
class TextQuality:
    """Whether a page's text layer can be repaired (else: read it with OCR)."""

    usable: bool
    reason: str | None  # no_text | custom_encoding | latin_mojibake | unmapped_pua
    thai_ratio: float = 0.0  # Thai letters / all letters
    letters: int = 0
    pua_unmapped: int = 0
    replacement_chars: int = 0
    detail: dict = field(default_factory=dict)


_RX_LATIN_WORD = re.compile(r"[A-Za-z]+")
_COMMON_EN = frozenset(
    "the of and to in for is on by with at as from or be are this that it an no not was "
    "ita oit iit eit pdf www http https com org go th e service open data integrity "
    "transparency assessment page total score id you we he she they have has had will "
    "can all one two date name report year office department government public "
    "information we our your his her its which who what when where there their".split())


def assess(text: str) -> TextQuality:
    """Judge a page's text layer: usable (possibly after ``repair``) or not.

    Not usable: no text; custom font encodings (``1>@01>1/0@1@>@1``: punctuation
    and digits where letters should be); Latin mojibake from an OCR run as English
    (many Latin "words" that are not words, with odd punctuation inside); Private
    Use Area code points outside the Thai presentation-form table.
    """
    t = text or ""
    letters = sum(1 for c in t if c.isalpha() and not ("\u0e00" <= c <= "\u0e7f") or
                  "\u0e01" <= c <= "\u0e4e")
    thai = sum(1 for c in t if "\u0e01" <= c <= "\u0e4e")
    pua_all = [c for c in t if is_pua(c)]
    unmapped = sum(1 for c in pua_all if ord(c) not in PUA_TABLE and not 0xF020 <= ord(c) <= 0xF0FF)
    fffd = t.count("\ufffd")
    nonspace = sum(1 for c in t if not c.isspace())
    ratio = thai / letters if letters else 0.0
    detail: dict = {}
    if nonspace < 3:
        return TextQuality(False, "no_text", ratio, letters, unmapped, fffd, detail)
    if unmapped and unmapped >= max(3, 0.02 * nonspace) :
        return TextQuality(False, "unmapped_pua", ratio, letters, unmapped, fffd, detail)
    if fffd > max(5, 0.05 * nonspace) and fffd > thai * 0.1:
        return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    symbols = sum(1 for c in t if c in "<>@/\\`^{}|~[]_=;:#$%&*+")
    digits = sum(1 for c in t if "0" <= c <= "9")
    detail.update(symbols=symbols, digits=digits)
    if thai < 0.05 * nonspace:
        # custom encoding: symbol-heavy runs with few letters
        if symbols >= 0.15 * nonspace and letters < 0.5 * nonspace:
            return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
        words = _RX_LATIN_WORD.findall(t)
        if len(words) >= 5:
            known = sum(1 for w in words if w.lower() in _COMMON_EN or (w.isupper() and len(w) <= 6))
            vowelless = sum(1 for w in words if len(w) >= 3 and not re.search("[aeiouyAEIOUY]", w))
            odd = sum(1 for w in re.findall(r"\S+", t)
                      if re.search(r"[A-Za-z][^A-Za-z0-9\s.,()\-'/]+[A-Za-z]", w))
            detail.update(latin_words=len(words), known=known, vowelless=vowelless, odd=odd)
            if ((odd + vowelless) >= 0.25 * len(words) and known < 0.5 * len(words)) or \
                    (len(words) >= 20 and known < 0.1 * len(words)):
                return TextQuality(False, "latin_mojibake", ratio, letters, unmapped, fffd, detail)
        if symbols >= 0.25 * nonspace:
            return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    elif symbols > thai and symbols >= 0.2 * nonspace:
        return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    return TextQuality(True, None, ratio, letters, unmapped, fffd, detail)


BLOCK_BYTES = 256_000  # ``repair_stream`` / ``ita repair`` repair at most about this much as one text


def repair_block(lines: list[str]) -> list[str]:
    """Repair lines (without their line ends) as one text, as ``repair`` repairs a page,
    and give one line back per line."""
    if not lines:
        return []
    fixed = repair("\n".join(lines)).split("\n")
    if len(fixed) != len(lines):  # repair keeps the line count; never lose a line if not
        fixed = [repair(x) for x in lines]
    return fixed


def repair_stream(inp, out) -> None:
    """``ita repair``: read UTF-8 lines from ``inp``, write them repaired to ``out`` (same
    number of lines, same order), repaired as one text a page at a time (a block ends
    before a line that starts with a form feed, or after about ``BLOCK_BYTES``)."""
    block: list[str] = []
    ends: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        out.write("".join(f + e for f, e in zip(repair_block(block), ends)))
        block.clear()
        ends.clear()
        size = 0

    for line in inp:
        body = line.rstrip("\r\n")
        if block and (body.startswith("\f") or size > BLOCK_BYTES):
            flush()
        block.append(body)
        ends.append(line[len(body):])
        size += len(line)
    flush()
