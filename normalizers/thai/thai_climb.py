"""Stage 2 of Thai repair on one Thai run (no spaces): a hill climb over single edits
(``thai_edits``: a mark moved to the neighbouring consonant, ``ู``/tone shaper confusions,
``ำ``/``า`` at lost-nikhahit positions) that takes an edit only when the dictionary cost falls."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import HINT, MARKS, SARA_AA, SARA_AM
from normalizers.thai.thai_edits import (
    AA_PREFER, AA_STRICT, LEARNED, PREFER, TAILS, canonical, edits, one_confusion, spots,
)
from normalizers.thai.thai_exact import canon, renamed_and_moved
from normalizers.thai.thai_pushed import tail_tone_set_back
from normalizers.thai.thai_signs import LOG3, Mode, g1_gain, g1_pair, word_at

UNK = thai_dict.UNKNOWN


@lru_cache(maxsize=8192)
def _near_unknown(s: str) -> frozenset[int]:
    """Positions within 3 characters of a character no dictionary word covers."""
    near: set[int] = set()
    for pos in thai_dict.unknown_positions(s):
        near.update(range(max(0, pos - 3), min(len(s), pos + 4)))
    return frozenset(near)


_WIN: Final = 16


def _where(near: set[int], s: str, c: str) -> None:
    """Add the positions of character ``c`` in ``s`` to ``near`` (found by ``str.find``)."""
    i = s.find(c)
    while i >= 0:
        near.add(i)
        i = s.find(c, i + 1)


def _two_step(s: str, cost: int, firsts, mode: Mode, junctions, am_choice: bool) -> str | None:
    """When no single edit helps, try pairs (e.g. two marks each pushed one consonant
    right, ``ชวี้ดั``); the first edit is one of the least harmful single edits."""
    best, best_cost = None, cost
    aa = mode.g2 or am_choice  # only SARA AM edits carry the SARA AA markers
    seen = {s}  # (a pair reached twice, or back to ``s``, costs what it cost: scored once)
    for _, c1 in sorted(firsts, key=lambda x: x[0])[:8]:
        near = _near_unknown(c1)
        for _, c2 in edits(c1, near, mode, junctions, am_choice):
            if c2[-1:] in TAILS:  # a tie marker is appended, never inside
                c2 = c2[:-1]
            elif aa:
                c2 = c2.replace(AA_PREFER, SARA_AA).replace(AA_STRICT, SARA_AA)
            if c2 in seen:
                continue
            seen.add(c2)
            if not one_confusion(s, c2, mode.learned):
                continue
            c = thai_dict.score_edit(c1, c2)
            if c < best_cost:
                best, best_cost = c2, c
    return best


def _climb(s: str, mode: Mode, flags: set[str], junctions: tuple[int, ...] = (),
           am_choice: bool = False, hints: frozenset[int] = frozenset()) -> str:
    """Hill-climb single edits while the dictionary cost strictly improves."""
    cost = thai_dict.score(s)
    start = s
    aa = mode.g2 or am_choice  # only SARA AM edits carry the SARA AA markers
    for _ in range(8 + len(s) // 4):
        near = set(_near_unknown(s)) if cost >= UNK else set()
        if mode.g1:  # G1/G2 text: a lost/extra SARA AM may leave valid-looking words
            _where(near, s, SARA_AA)
        if mode.g2 or am_choice:
            _where(near, s, SARA_AM)
        # a mark at the end of the run or at a junction may have been pushed one
        # consonant right even when the result still segments (ประเมนิ = ประ|เม|นิ)
        if mode.moves:
            ends = [len(s) - 1, len(s) - 2] + [j + d for j in junctions for d in (-2, -1, 0, 1)]
            near.update(i for i in ends if 0 <= i < len(s) and s[i] in MARKS)
        if mode.shaper:  # ู/tone confusions may leave valid-looking words (สูวน)
            _where(near, s, "\u0e39")
        if mode.learned:  # a mark this text's font map names wrongly may leave words that read
            for c in {old[0] for old, _ in mode.learned}:
                _where(near, s, c)
        if not near:
            break
        best, best_key = None, (0, 0)
        firsts = []
        g1_ties: list[tuple[int, str]] = []  # G1 า -> ำ edits that leave the cost as it is
        for i, cand in edits(s, near, mode, junctions, am_choice, hints):
            margin, rank = 0, 1
            if cand.endswith(LEARNED):
                cand, rank = cand[:-1], 0
            if aa and AA_PREFER in cand:
                cand, margin = cand.replace(AA_PREFER, SARA_AA), 1
            elif aa and AA_STRICT in cand:
                cand, margin = cand.replace(AA_STRICT, SARA_AA), -(UNK - 1)
            elif cand.endswith(PREFER):
                cand, margin = cand[:-1], 1
            # score a window around the edit only (words are at most MAX_WORD long)
            delta = thai_dict.window_delta(s, cand, i, _WIN) - margin
            firsts.append((delta, cand))
            if delta < 0 and (delta, rank) < best_key:
                best, best_key = cand, (delta, rank)
            elif (delta == 0 and mode.g1 and s[i] == SARA_AA and cand[i:i + 1] == SARA_AM and len(cand) == len(s)
                  and sum(c not in MARKS for c in word_at(cand, i, _WIN)) >= 3):
                g1_ties.append((i, cand))
        if best is None and g1_ties:
            # G1 text (SARA AM lost): where ำ and า read alike (การจด|จา, การ|จดจำ; ฉ่า, ฉ่ำ),
            # ำ when its words are at least three times as common in the corpus; not in a
            # one-syllable word (นำ against นา, ห้ำ against ห้า: names such as ตำบลนาขุม and
            # numbers are as likely)
            i, cand = max(g1_ties, key=lambda t: g1_gain(s, t[1], t[0], _WIN))
            if g1_gain(s, cand, i, _WIN) >= LOG3:
                best = cand
        if best is None and mode.moves:
            best = tail_tone_set_back(s, cost, _WIN)
        if best is None and cost >= UNK:
            best = _two_step(s, cost, firsts, mode, junctions, am_choice)
        if best is None and mode.g1:
            best = g1_pair(s, cost)
        if best is None:
            break
        s, cost = best, thai_dict.score_edit(s, best)
    if not one_confusion(start, s, mode.learned):
        # steps that each read better but together turn one tone into another (โอเว่น ->
        # โอเวูน -> โอเวนู -> โอเวน้ -> โอเว้น): no reader substitutes a tone for a tone
        return start
    if s != start and renamed_and_moved(start, s, junctions):
        # a run printed well-formed whose repair renames a mark onto a bare base (ก่าง -> กางู,
        # เกิ้ก -> เกกุ): a misnamed glyph stays where it was drawn
        return start
    if s != start:
        flags.add("thai_repair:dict_fix")
    return s


MAX_RUN = 80  # longer runs are repaired in word-aligned chunks (the search is superlinear)


def fix_run(s: str, mode: Mode, flags: set[str], junctions: tuple[int, ...] = ()) -> str:
    """Stage 2 on one Thai run (no spaces); cached, documents repeat their words."""
    if len(s) > MAX_RUN:
        return "".join(fix_run(c, mode, flags) for c in _chunks(s))
    out, f = _fix_run_cached(s, mode, junctions)
    flags.update(f)
    return out


def _chunks(s: str, size: int = 48) -> list[str]:
    """Split a long run at dictionary word boundaries into pieces of about ``size``."""
    out, start, pos = [], 0, 0
    for piece in thai_dict.segment(s.replace(HINT, SARA_AM)):
        pos += len(piece)
        if pos - start >= size and pos < len(s) and s[pos] not in MARKS and s[pos] not in "\u0e32\u0e33":
            out.append(s[start:pos])
            start = pos
    if start < len(s):
        out.append(s[start:])
    return out


@lru_cache(maxsize=16384)
def _fix_run_cached(s: str, mode: Mode, junctions: tuple[int, ...]) -> tuple[str, frozenset[str]]:
    flags: set[str] = set()
    return _fix_run_uncached(s, mode, flags, junctions), frozenset(flags)


def _fix_run_uncached(s: str, mode: Mode, flags: set[str], junctions: tuple[int, ...] = ()) -> str:
    """A lost-nikhahit position starts as ``ำ`` (or ``า``) and the climb may turn any
    ``ำ`` of that run into ``า`` or tone + ``ำ``."""
    if HINT not in s:
        return _climb(s, mode, flags, junctions)
    flags.add("thai_repair:sara_am_guess")
    hints = frozenset(i for i, c in enumerate(s) if c == HINT)
    junctions = junctions + tuple(sorted(hints))
    best, best_cost, best_flags = s, -1, set()
    for start in (SARA_AM, SARA_AA):  # two starting points: greedy steps are single edits
        f: set[str] = set()
        r = _climb(canon(s.replace(HINT, start)), mode, f, junctions, True, hints)
        c = thai_dict.score(r)
        if start == SARA_AA:  # the printed spaces say a nikhahit was lost: ำ unless า reads better
            c += UNK - 1
        if best_cost < 0 or c < best_cost:
            best, best_cost, best_flags = r, c, f
    flags.update(best_flags)
    return best


def clear_caches() -> None:
    """Forget the memoised results of this module."""
    for f in (_fix_run_cached, _near_unknown, spots, canonical):
        f.cache_clear()
