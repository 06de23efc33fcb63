"""The single edits stage 2 of Thai repair tries on one Thai run (``thai_climb``): a mark moved
to the neighbouring consonant where a displaced mark is plausible (``spots``), ``ู``/tone shaper
confusions, a misnamed mark of the text's learned font map, ``ำ``/``า`` at lost-nikhahit
positions; each candidate in canonical mark order (ordered around the edit only), with a
marker that says how ``thai_climb`` takes it on a tie."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache
from typing import Final

from normalizers.thai import thai_dict
from normalizers.thai.thai_dict import common_prefix
from normalizers.thai.thai_chars import (
    CONSONANTS, MARKS, PAIR_READINGS, RX_CONS, RX_MARK, RX_TONE, RX_VOWEL_MARK, SARA_AA, SARA_AM, TONES,
    mark_rank, pair_reading_shown, two_below_vowels,
)
from normalizers.thai.thai_exact import canon, in_order, order_run
from normalizers.thai.thai_signs import Mode

# the vowel letters (no mark stands on one)
_VOWEL_LETTERS: Final = frozenset("\u0e30\u0e32\u0e33\u0e40\u0e41\u0e42\u0e43\u0e44\u0e45")


# Markers on a candidate's SARA AA, read by ``thai_climb``: a G2 ``ำ``→``า`` is taken on a
# tie; a lost-nikhahit position becomes ``า`` only if that removes unknown characters.
AA_PREFER: Final = "\ue001"
AA_STRICT: Final = "\ue002"
PREFER: Final = "\ue003"  # appended to a mark move that is taken on a tie
# appended to a substitution of this text's learned font map: among edits that lower the
# cost equally it wins over a shaper confusion or a move (จ่้ = จู่ under a map that names ู
# as ้, not จู้: both read)
LEARNED: Final = "\ue005"
TAILS = (PREFER, LEARNED)


_CONFUSE = {
    "\u0e39": "\u0e48\u0e49\u0e38",  # ู -> ่ ้ ุ (TLWG glyph-variant mix-ups)
    # not ุ -> ่ (บุนเซิน became บ่นเซิน) nor ุ -> ู: no reader of any pair set prints ุ for ู
    # (หุก became หูก, a word; clean text of every TLWG group of fresh14)
    "\u0e38": "",
    "\u0e48": "\u0e39",
    "\u0e49": "\u0e39",
}


_RX_ODD = re.compile(
    f"[{RX_VOWEL_MARK}][{RX_TONE}]?[{RX_VOWEL_MARK}]|[\u0e38\u0e39][{RX_TONE}]?[\u0e32\u0e33]"
    f"|[\u0e40-\u0e44][{RX_CONS}][\u0e38\u0e39]|[\u0e40-\u0e44\u0e30-\u0e33][{RX_MARK}]")
# the same matches, written to start with one character class (the union of the four first
# classes; each branch checks its own by a look-behind) so that the regex engine skips to the
# characters that can start a match instead of trying the four branches at every position
_RX_ODD_FAST = re.compile(
    f"[{RX_VOWEL_MARK}\u0e40-\u0e44\u0e30-\u0e33]"
    f"(?:(?<=[{RX_VOWEL_MARK}])[{RX_TONE}]?[{RX_VOWEL_MARK}]|(?<=[\u0e38\u0e39])[{RX_TONE}]?[\u0e32\u0e33]"
    f"|(?<=[\u0e40-\u0e44])[{RX_CONS}][\u0e38\u0e39]|(?<=[\u0e40-\u0e44\u0e30-\u0e33])[{RX_MARK}])")
# two tones on one base: the first was pushed right and the base's own tone followed a
# space (ไมน่ ้อย = ไม่น้อย); hot (a mark may go left), but no way out to the right
_RX_TWO_TONES = re.compile(f"[{RX_TONE}][{RX_TONE}]")
# a tone and THANTHAKHAT on one base (no word has it): the ์ of the consonant before was
# pushed right and the base's tone followed a space (ผลประโยชนส์ ่วน = ผลประโยชน์ส่วน)
_RX_TONE_SIGN = re.compile(f"[{RX_TONE}]\u0e4c")


# an upper vowel on the consonant after a tone: LibreOffice text read by pdfplumber pushes
# the vowel one consonant right, past the tone (ท่มี = ที่ม, น้ชี = นี้ช), and the next
# consonant's own mark after a space that stage 1 removed
_RX_PAST_TONE = re.compile(f"[\u0e48\u0e49](?<=[{RX_CONS}][\u0e48\u0e49])[{RX_CONS}][\u0e34-\u0e37]")
# (written to start with the tone, its consonant a look-behind: the engine tries far fewer
# positions than from every consonant; a match starts one character later than the pattern's
# first form, ``[CONS][่้][CONS][ิ-ื]``, whose matches are the same)


@lru_cache(maxsize=8192)
def spots(s: str, junctions: tuple[int, ...] = ()) -> tuple[frozenset[int], frozenset[int]]:
    """(hot, odd): ``hot`` the positions where a displaced mark is plausible: the end of a run that ends with a
    mark (a text layer puts the artefact space after a mark it pushed right; a run that
    ends with a consonant shows no such push: ``ปลายประสาทเมอร์เกิล``, ``บุนเซิน`` are names
    the dictionary lacks, and their marks were moved onto fragments that read), the
    junctions where runs were joined, and orthographically impossible clusters. Not the start of a run: a mark
    there that reads as it stands is how it was printed (``กร็องปลัส`` became ``ก็รองปลัส``,
    a name the dictionary lacks, when it was). ``odd``: the positions inside an orthographically
    impossible cluster; one scan of ``_RX_ODD`` gives both."""
    hot = set(range(max(0, len(s) - 4), len(s))) if s and _mark(ord(s[-1])) else set()
    if s[-1:] == "\u0e4c":  # a word's own last sign (สกีลส์): only it and the marks of its base
        k = len(s) - 2
        while k >= 0 and _mark(ord(s[k])):
            k -= 1
        hot = set(range(max(0, k), len(s)))
    for j in junctions:
        # a mark just after the junction (ท่ ี) may go left; the marks of the consonants
        # after it were printed on them (the artefact space follows a pushed mark)
        e = j
        while e < len(s) and _mark(ord(s[e])):
            e += 1
        hot.update(range(max(0, j - 4), min(len(s), e)))
    odd: list[int] = []
    for m in _RX_ODD_FAST.finditer(s):
        a, e = m.start(), m.end()
        hot.update(range(max(0, a - 3), min(len(s), e + 3)))
        odd.extend(range(a, e))
    # (each pattern searched only where its characters are: ่/้, two tones, ์)
    if "\u0e48" in s or "\u0e49" in s:
        for m in _RX_PAST_TONE.finditer(s):
            hot.update(range(m.start() - 1, m.end()))
    if s.count("\u0e48") + s.count("\u0e49") + s.count("\u0e4a") + s.count("\u0e4b") > 1:  # (RX_TONE)
        for m in _RX_TWO_TONES.finditer(s):
            hot.update(range(max(0, m.start() - 3), m.end()))
    if "\u0e4c" in s:
        for m in _RX_TONE_SIGN.finditer(s):
            hot.update(range(max(0, m.start() - 3), m.end()))
    return frozenset(hot), frozenset(odd)


@lru_cache(maxsize=8192)
def canonical(s: str) -> bool:
    """Whether ``s`` is in canonical mark order (``canon`` leaves it as it is)."""
    return in_order(s)


def _mark(o: int) -> bool:
    """Whether the code point ``o`` is a Thai mark (one of ``MARKS``). Tested on ``ord(s[i])``: compiled
    (mypyc), that reads the character as a number, where ``s[i] in MARKS`` makes a new one-character
    string of it (CPython keeps only Latin-1 ones) and hashes it."""
    return 0xE47 <= o <= 0xE4E or 0xE34 <= o <= 0xE3A or o == 0xE31


_CONS_TONES: Final = CONSONANTS | TONES
_RANK: Final = {ch: mark_rank(ch) for ch in MARKS}  # ``canon``'s order: vowel marks, tones, signs


def _canon_near(c: str, lo: int, hi: int, whole: bool) -> str:
    """``canon(c)`` for a candidate ``c`` made from a canonical run by changing ``c[lo:hi]``
    only: the mark runs outside the changed span were in canonical order already, so only
    the run(s) around it are ordered (``whole``: the run was not canonical, all of it is)."""
    if whole:
        return canon(c)
    a = lo
    while a > 0 and _mark(ord(c[a - 1])):
        a -= 1
    b = hi
    while b < len(c) and _mark(ord(c[b])):
        b += 1
    if b - a < 2:
        return c
    if b - a == 2:  # two marks on one base (the common case): in order already, or not
        x, y = c[a], c[a + 1]
        rx, ry = _RANK.get(x, -1), _RANK.get(y, -1)
        if rx >= 0 and ry >= 0 and (rx < ry or (rx == ry and x != y)):
            return c
    # canon(c[a:b]): each run of two or more marks in the span put in order (the runs at its
    # ends are whole: a and b were moved past the marks next to the change); a new string only
    # when a run changes
    pieces: list[str] = []
    k, last = a, 0
    while k < b:
        if not _mark(ord(c[k])):
            k += 1
            continue
        e = k + 1
        while e < b and _mark(ord(c[e])):
            e += 1
        if e - k >= 2:
            run = c[k:e]
            got = order_run(run)
            if got != run:
                pieces.append(c[last:k])
                pieces.append(got)
                last = e
        k = e
    if not pieces:
        return c
    pieces.append(c[last:])
    return "".join(pieces)


def _shaper_confusions(out: list[tuple[int, str]], s: str, i: int, ch: str, mode: Mode, whole: bool = True) -> None:
    """The mark ``ch`` at ``i`` read as each mark a shaper confuses it with (``_CONFUSE``, shaper
    modes only). The font map this text was learned to name ``alt`` as ``ch`` swaps the two
    names: ``ch`` read as ``alt`` wins a tie (ส่้ = สู่, not สู้, where the map prints ู for ้)."""
    for alt in _CONFUSE.get(ch, "") if mode.shaper else "":
        if alt == "\u0e39" and (ch, alt) not in mode.learned and any(
                new == alt and len(old) == 1 for old, new in mode.learned):
            # the map names ``ู``'s glyph another mark (every ู of fresh32's Pango groups read ่):
            # one glyph, one name -- this mark is no ู (ด้วก became ดูวก, ช้อบส์ ชูอบส์)
            continue
        if alt == "\u0e38" and not _tone_on_base(s, i) and (alt, ch) not in mode.learned:
            # ู printed for ุ only under a tone (กลู้ม = กลุ้ม), never alone: เหล่านุกูล
            # became เหล่านุกุล in every TLWG group of fresh14
            continue
        c = s[:i] + alt + s[i + 1:]
        if alt in "\u0e38\u0e39" and two_below_vowels(c, i):
            continue  # (see ``two_below_vowels``)
        c = _canon_near(c, i, i + len(alt), whole)
        out.append((i, c + LEARNED if (alt, ch) in mode.learned else c))


_UPPER = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37")
_VOWEL_MARK = _UPPER | {"\u0e38", "\u0e39"}
_PUSHED_LAST = _VOWEL_MARK | set(TONES)
_HIGH_LEADS = frozenset("\u0e02\u0e09\u0e10\u0e16\u0e1c\u0e1d\u0e28\u0e29\u0e2a\u0e2b")  # ข ฉ ฐ ถ ผ ฝ ศ ษ ส ห
_LOW_SONORANTS = frozenset("\u0e07\u0e0d\u0e19\u0e21\u0e22\u0e23\u0e25\u0e27")  # ง ญ น ม ย ร ล ว
def _tone_on_base(s: str, i: int) -> bool:
    """A tone among the marks next to index ``i`` (on one base with the mark there)."""
    return s[i + 1:i + 2] in TONES or (i > 0 and s[i - 1] in TONES)


def edits(s: str, near: Set[int], mode: Mode, junctions: tuple[int, ...] = (),
           am_choice: bool = False, hints: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """Single edits of Thai run ``s`` at positions in ``near`` (candidates to score), as
    (position, candidate) in order. Marks are moved between consonants only at hot
    positions (see ``spots``)."""
    out: list[tuple[int, str]] = []
    hot, odd = spots(s, junctions)
    # a mark just before an artefact space was pushed right over a consonant by the
    # shaper (หนิ โคน, วสั ดุ): in spacey text moving it back left is taken on a tie
    spaced = {j - 1 for j in junctions if j not in hints} if mode.spacey else set()
    n = len(s)
    # (a fragment of one or two characters, น้ at a line's end, may hold a mark PDFium set on it;
    # Pango text read by pdfplumber, spacey, pushes marks onto the next run)
    ends = sorted(junctions) + [n]
    fixed = set() if mode.spacey else {j for j, e in zip(ends, ends[1:]) if e - j > 2}
    # a tone that ends the run after a final consonant whose syllable has an upper vowel was
    # pushed past it (TLWG fonts via pdfplumber: จิบ๊ = จิ๊บ, วีด๊ = วี๊ด): no word ends with a
    # bare consonant and a tone there, so moving it back is taken on a tie
    if mode.moves and n >= 4 and s[-1] in TONES and s[-2] in CONSONANTS and s[-3] in _UPPER and s[-4] in CONSONANTS:
        spaced = spaced | {n - 1}
    # a text whose font pushes a word's last vowel mark one consonant right (``pushes_final_vowels``:
    # NotoSansThai via pdfplumber, อวชิ = อวิช, ภมุ = ภุม): where the dictionary reads both
    # alike, the mark goes back
    # (not onto the consonant that closes a MAI HAN AKAT syllable, เนตรรังษี is no รังีษ, nor
    # from a doubled consonant, a transliteration's ฟฟี: บะนอฟฟี is no นอฟีฟ); a tone too (เบย๊ =
    # เบ๊ย, แจก้ = แจ้ก, พรอ๊ พ = พร๊อพ), not onto a high consonant that leads a low sonorant: the
    # sonorant carries the tone of such a pair (อักษรนำ: แหว่, แหน่, แขม่)
    if (mode.pushes and n >= 3 and s[-1] in _PUSHED_LAST and s[-2] in CONSONANTS and s[-3] in CONSONANTS
            and s[-4:-3] != "\u0e31" and s[-3] != s[-2]
            and not (s[-1] in TONES and s[-3] in _HIGH_LEADS and s[-2] in _LOW_SONORANTS)):
        spaced = spaced | {n - 1}
    whole = not canonical(s)  # every edit is ordered locally when the run is canonical
    for i in sorted(near):
        if i >= len(s):
            continue
        ch = s[i]
        is_mark = _mark(ord(s[i]))
        if is_mark and mode.learned:  # this text's font map names the mark wrongly
            named = False
            for old, new in sorted(mode.learned):  # (a fixed order: ties go to the first)
                if s.startswith(old, i):
                    named = True
                    c = s[:i] + new + s[i + len(old):]
                    if not two_below_vowels(c, i):
                        out.append((i, _canon_near(c, i, i + len(new), whole) + LEARNED))
            if named and i in odd and len(mode.learned) > 1 and not mode.spacey and s[i - 1:i] not in _VOWEL_LETTERS:
                # in an impossible cluster (บูาน) a mark the map misnames is misnamed, not
                # displaced: not moved (ตาบลบูานแพง became ตาบลูบานแพง, บลู a word); not in
                # spacey (Pango) text, whose readers also push marks right; nor after a vowel
                # letter, where no renaming stands on a base (หนา้ = หน้า, not หนาู)
                continue
            if ch in "\u0e38\u0e39" and s[i + 1:i + 2] in ("\u0e48", "\u0e49"):
                # a below vowel and a tone on one base: the map that misnames one of them
                # misnames the pair (คู่มือ printed คุ้มือ, สู่ สุ้): any reading of the pair
                for pair in PAIR_READINGS.get(s[i:i + 2], ()):
                    if pair != s[i:i + 2] and pair_reading_shown(s[i:i + 2], pair, mode.learned):
                        out.append((i, s[:i] + pair + s[i + 2:]))
        if is_mark and (i not in hot or not mode.moves):
            _shaper_confusions(out, s, i, ch, mode, whole)
        elif is_mark:
            # base this mark sits on (none when the run starts with marks), the base before it
            b = i
            while b > 0 and _mark(ord(s[b])):
                b -= 1
            is_base = not _mark(ord(s[b]))
            pb = b - 1
            while pb >= 0 and _mark(ord(s[pb])):
                pb -= 1
            # a mark on the first consonant of a run joined across a space stood on its base
            # as printed: readers push marks right, onto or after the space, not onto the
            # next word (นต์ อินซ์ read นิ์ตอนซ์): it does not go back left across the junction
            has_prev = is_base and pb >= 0 and b not in fixed
            rest = s[:i] + s[i + 1:]
            # move this mark to the previous / next base; a move onto a base that already
            # has the same mark is no move (the duplicate would be dropped: a lost mark)
            if has_prev:
                c = _canon_near(rest[:pb + 1] + ch + rest[pb + 1:], pb + 1, i + 1, whole)
                if len(c) == n:
                    out.append((i, (c + PREFER if i in spaced else c)))
            # readers push marks right (Pango, LibreOffice, PDFium), never left: a mark
            # moves right only out of an impossible cluster (ตัิ: two vowels on one base),
            # not in a run that reads (บิลิช became บิลชิ, เซิน เซนิ: names the dictionary
            # lacks); and a mark printed before an artefact space belongs left of it:
            # never moved right across a junction
            nxt: list[int] = []  # the (up to three) bases after this one
            if i in odd and is_base:
                q = b + 1
                while q < n and len(nxt) < 3:
                    if not _mark(ord(s[q])):
                        nxt.append(q)
                    q += 1
            right = len(nxt) > 0 and not any(b < jn <= nxt[0] for jn in junctions)
            # out of an impossible cluster a mark may go up to three consonants right (a
            # floating mark placed on the wrong vowel's base: ชี้วีัดท่ = ชี้วัดที่)
            for step in range(1, 4) if right else ():
                if step > len(nxt) or any(b < jn <= nxt[step - 1] for jn in junctions):
                    break
                nb = nxt[step - 1] - 1  # index in ``rest``
                c = _canon_near(rest[:nb + 1] + ch + rest[nb + 1:], i, nb + 2, whole)
                if len(c) == n:
                    out.append((i, c))
            _shaper_confusions(out, s, i, ch, mode, whole)
            if b + 1 < i and any(mark_rank(c) == mark_rank(ch) for c in s[b + 1:i]):
                out.append((i, rest))  # drop a second mark of the same class on one base
            # move the whole mark cluster of this base
            j = b + 1
            e = j
            while e < len(s) and _mark(ord(s[e])):
                e += 1
            cluster = s[j:e]
            if len(cluster) > 1:
                body = s[:j] + s[e:]
                if has_prev:
                    c = _canon_near(body[:pb + 1] + cluster + body[pb + 1:], pb + 1, e, whole)
                    if len(c) == n:
                        out.append((i, (c + PREFER if e - 1 in spaced else c)))
                if right:
                    nb = nxt[0] - len(cluster)
                    c = _canon_near(body[:nb + 1] + cluster + body[nb + 1:], j, nxt[0] + 1, whole)
                    if len(c) == n:
                        out.append((i, c))
            if len(cluster) > 2 and has_prev and i == min(p for p in range(j, e) if p in near):
                # two clusters merged on one base (ผทู้ ่ี = ผู้ที่): move each vowel with
                # each tone/sign of the cluster to the previous base
                for v in (c for c in cluster if mark_rank(c) == 0):
                    for t in (c for c in cluster if mark_rank(c) > 0):
                        left = cluster.replace(v, "", 1).replace(t, "", 1)
                        c = _canon_near(s[:pb + 1] + v + t + s[pb + 1:j] + left + s[e:], pb + 1, e, whole)
                        if len(c) == n:
                            out.append((i, c))
        elif ch == SARA_AA and mode.g1 and i > 0 and s[i - 1] in _CONS_TONES:
            out.append((i, s[:i] + SARA_AM + s[i + 1:]))
            if mode.tone_am and s[i - 1] in CONSONANTS:
                # the tone drawn over the nikhahit went with it (Sarabun via pdftotext: ต่ำ
                # printed ตา, น้ำ printed นา): taken only where the run then costs less
                # (ตากว่า -> ต่ำกว่า; นาข้อมูล, where นำ and น้ำ tie, stays)
                for tone in "\u0e48\u0e49":
                    out.append((i, s[:i] + tone + SARA_AM + s[i + 1:]))
        elif ch == SARA_AM and (mode.g2 or am_choice):
            if i in hints:
                out.append((i, s[:i] + AA_STRICT + s[i + 1:]))
            elif mode.g2:
                out.append((i, s[:i] + AA_PREFER + s[i + 1:]))
            else:
                out.append((i, s[:i] + SARA_AA + s[i + 1:]))
            if am_choice and i > 0 and s[i - 1] in CONSONANTS:
                # a tone lost with the nikhahit (Pango prints ต่ำ and ดำ alike, C + two
                # spaces + า): on a dictionary tie the corpus frequency decides (ต่ำ 8930
                # against ตำ 767 in the TNC; นำ 46168 against น้ำ 34129 stays นำ)
                plain = thai_dict.am_frequency(s[i - 1] + SARA_AM)
                for tone in "\u0e49\u0e48":
                    c = s[:i] + tone + s[i:]
                    out.append((i, (c + PREFER if i in hints and thai_dict.am_frequency(
                        s[i - 1] + tone + SARA_AM) >= 3 * max(plain, 1) else c)))
    if _RX_LEAD_UPPER.search(s) is None:
        # no edit spells an upper vowel on the consonant of แ โ ใ ไ (or ั on เ's), nor ์ with a
        # vowel but ิ ุ: no word has it, and a run the dictionary lacks may read as short pieces
        # with it (นกแคสโซแวรี became แวีร)
        out = [(i, c) for i, c in out if _RX_LEAD_UPPER.search(c) is None]
    return out


_RX_LEAD_UPPER = re.compile(f"[\u0e41-\u0e44][{RX_CONS}][\u0e31\u0e34-\u0e37]|\u0e40[{RX_CONS}]\u0e31"
                            # (nor a THANTHAKHAT with a vowel but ิ or ุ on one base: ศักดิ์, พันธุ์)
                            f"|[\u0e31\u0e35-\u0e37\u0e39\u0e47][{RX_TONE}]?\u0e4c"
                            f"|[\u0e30\u0e32\u0e33\u0e40-\u0e45][{RX_MARK}]")  # (nor a mark after a vowel letter)


def one_confusion(s: str, c: str, learned: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """False when ``c`` differs from ``s`` by one substituted character that is no
    confusion a reader makes: two confusions chained (้ -> ู -> ่) turn one tone into
    another, which no shaper does (ปาปริก้า became ปาปริก่า)."""
    if len(s) != len(c):
        return True
    k = common_prefix(s, c)  # the first difference
    if k == len(s) or s[k + 1:] != c[k + 1:]:  # no difference, or more than one
        return True
    a, b = s[k], c[k]
    # (a pair reading the text's map shows renames one mark of the pair: อยุ่ = อยู่ under a map
    # that swaps ุ and ่ and prints ่ for ู)
    pair = s[k:k + 2]
    return (a not in _CONFUSE or b in _CONFUSE[a] or (a, b) in learned
            or (c[k:k + 2] in PAIR_READINGS.get(pair, ()) and pair_reading_shown(pair, c[k:k + 2], learned)))
