"""Put Thai marks that a PDF reader set apart from their base back on it, by dictionary.

PDFium (NotoSansThai, TLWG fonts) and pdfplumber/pdftotext (TLWG fonts) give a mark
whose glyph was drawn left of its base, or overhanging the line, as a character of its
own after a space, often far from its base: ``เช่อมั ื น`` (``เชื่อมั่น``),
``เลื่อนขั ่ น``, ``ส่วนตัว ้`` (the ``้`` of an earlier ``ใช้``). Here a mark cluster
standing after whitespace (a "floating" mark: no Thai text has one) is taken out, and
each of its marks is put on the consonant of the line where the dictionary cost falls
the most (a mark no placement improves goes, on a tie, to the nearest consonant left of
where it was printed: ``ขันตอน`` -> ``ขั้นตอน``); a space that the floating mark stood next to goes when the two runs read
better joined than apart (``มั น`` -> ``มัน``). A mark no placement improves stays
where it was printed, attached to the character before it, as before.

Pure functions, no I/O; only called on lines that have a floating mark.
"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict
from normalizers.thai.thai_chars import CONSONANTS, MARKS, RX_MARK, mark_rank

UNK = thai_dict.UNKNOWN

_RX_FLOAT = re.compile(f"(?:(?<=[ \\t\\u00a0])|^)[{RX_MARK}]+(?=[ \\t\\u00a0]|$)")
_RX_MARK_FIRST = re.compile(f"^[ \\t\\u00a0]*[{RX_MARK}]+")
_THAI = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
_TONE_SET = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_MAX_FLOATS = 12  # marks per line searched (bounds the cost on garbage)
_SARA_I = "\u0e34"
_UPPER_VOWELS = ("\u0e31", "\u0e34", "\u0e35", "\u0e36", "\u0e37")
_THANTHAKHAT = "\u0e4c"


def has_floating(line: str) -> bool:
    """True when ``line`` has a mark cluster right after whitespace or at its start."""
    return _RX_FLOAT.search(line) is not None


def pull_mark_lines(lines: list[str]) -> list[str]:
    """A line that starts with marks continues the line before it (pdftotext breaks the
    line at a mark drawn left of its base; PDFium puts an overhanging mark on a line of
    its own): the marks go to the end of the line before, onto its last character when
    the line went on after them, else after a space, where ``place`` finds their base.
    The number of lines is kept."""
    out = list(lines)
    for k in range(1, len(out)):
        m = _RX_MARK_FIRST.match(out[k])
        prev = out[k - 1].rstrip()
        if m and len(prev.strip()) >= 3 and prev[-1] in _THAI:  # not a vertical stamp (ด / ่ว)
            marks = m.group(0).strip(" \t\u00a0")
            rest = out[k][m.end():].lstrip(" \t\u00a0")
            # text after the marks: pdftotext broke the line at a mark drawn left of its
            # base, the last character before the break (ป / ้ องกัน); marks alone: PDFium's
            # overhang, whose base may be anywhere in the line (a floating mark)
            on_last = bool(rest) or (k + 1 < len(out) and _word_runs_on(prev, marks, out[k + 1]))
            out[k - 1] = prev + ("" if on_last else " ") + marks
            out[k] = rest
    return out


_RX_LAST_RUN = re.compile("(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]+$")
_RX_FIRST_RUN = re.compile("^[\u0e01-\u0e4e]+")


def _word_runs_on(prev: str, marks: str, nxt: str) -> bool:
    """Marks alone on a line between two lines of one word (PDFium broke the line at the
    mark, LibreOffice text: ``การค / ้ / าขาย``, ``กวาดต / ้ / อน``): the last run of the line
    before, the marks on its last consonant, and the first run of the line after read with
    fewer unknown characters than the two runs apart. There the marks go on that consonant,
    not anywhere in the line as an overhang (``กวาดตอน``, and ``บ้าน`` for ``บาน`` far away)."""
    a, b = _RX_LAST_RUN.search(prev), _RX_FIRST_RUN.match(nxt)
    if a is None or b is None or prev[-1] not in CONSONANTS:
        return False
    left, right = a.group(0), b.group(0)
    joined = thai_dict.score(left + "".join(sorted(marks, key=mark_rank)) + right)
    return joined // UNK < (thai_dict.score(left) + thai_dict.score(right)) // UNK


def _run_at(s: str, i: int) -> tuple[int, int]:
    """Bounds of the Thai run of ``s`` around index ``i``."""
    a = i
    while a > 0 and s[a - 1] in _THAI:
        a -= 1
    b = i
    while b < len(s) and s[b] in _THAI:
        b += 1
    return a, b


def _place_one(s: str, mark: str, tie_before: int = -1, slot: int = -1, sara_i: bool = False,
               upper: bool = False) -> tuple[int, int]:
    """The best placement of ``mark`` on a consonant of ``s``: (cost change, index of
    the consonant, -1 for none).
    With ``tie_before`` >= 0 a placement that keeps the cost counts too, the nearest one
    left of index ``tie_before`` first (a floating mark is displaced for certain).
    With ``sara_i`` only a consonant whose one mark is SARA I is a base; with ``upper`` only
    one whose one mark is an upper vowel."""
    best_delta, best = (1 if tie_before >= 0 else 0), -1
    best_dist = len(s) + 1
    best_reads = False
    # the run just before where the mark was printed (its slot), not at the line's end
    # (PDFium's overhang: a mark there may belong anywhere in the line)
    near = _run_at(s, slot - 1) if 0 < slot < len(s) and s[slot - 1] in _THAI else (-1, -1)
    rank = mark_rank(mark)
    for i, c in enumerate(s):
        if c not in CONSONANTS:
            continue
        e = i + 1
        while e < len(s) and s[e] in MARKS:
            e += 1
        if any(mark_rank(x) == rank for x in s[i + 1:e]) or (sara_i and s[i + 1:e] != _SARA_I) or (
                upper and s[i + 1:e] not in _UPPER_VOWELS):
            continue
        cluster = "".join(sorted(s[i + 1:e] + mark, key=mark_rank))
        a, b = _run_at(s, i)
        # the base's own marks in canonical order on both sides: a placement gets no credit
        # for the order a reader gave them (ผู้, PDFium: ผู้์ติดยาเสพติด for a ์ of กายสิทธิ)
        old = s[a:i + 1] + "".join(sorted(s[i + 1:e], key=mark_rank)) + s[e:b]
        new = s[a:i + 1] + cluster + s[e:b]
        cost = thai_dict.score(new)
        delta = cost - thai_dict.score(old)
        dist = tie_before - i if 0 <= i < tie_before else len(s) + i
        # a placement that makes the run just before the mark's slot read as words beats
        # one elsewhere that only makes an unknown run less unknown (ตามท่ ี วสท.: ตามที่,
        # not วสีท)
        # (or, in a run another fault keeps unread, leaves the mark's base and its marks read:
        # แผนระดับท่ ี 1 after สอดคลูอง is ระดับที่, not ท่มี ี earlier in the line made ที่มีี)
        reads = delta < 0 and (a, b) == near and (cost < UNK or not any(
            i - a <= p <= e - a for p in thai_dict.unknown_positions(new)))
        if (reads and not best_reads) or (reads == best_reads and (
                delta < best_delta or (tie_before >= 0 and delta == best_delta and dist < best_dist))):
            best_delta, best, best_dist, best_reads = delta, i, dist, reads
    return (best_delta, best) if best_delta <= 0 else (0, -1)


def _word_final_sara_i(s: str) -> int:
    """The last consonant of ``s`` with SARA I alone that ends a run (not เ-ิ), where a
    thanthakhat costs no more than on the line's last character, where it would stay
    otherwise (กัญภัคดิ เหลือกาฬ และ จินดาวรรณ ์: กัญภัคดิ์, a name the dictionary lacks); -1 for none."""
    if not s or s[-1] not in _THAI:
        return -1
    a, _ = _run_at(s, len(s) - 1)
    last = s[a:]
    at_end = thai_dict.score(last + _THANTHAKHAT) - thai_dict.score(last)
    for i in range(len(s) - 2, 0, -1):
        if s[i] in CONSONANTS and s[i + 1] == _SARA_I and s[i + 2:i + 3] not in _THAI and s[i - 1] != "\u0e40":
            a, b = _run_at(s, i)
            run = s[a:b]
            if thai_dict.score(run + _THANTHAKHAT) - thai_dict.score(run) <= at_end:
                return i
    return -1


def _join_spaces(s: str, slots: list[int], tie: list[bool] | None = None) -> str:
    """Remove the space at a slot where the runs around it read better joined (where ``tie``
    says so: no worse)."""
    for n, p in enumerate(slots):
        if 0 < p < len(s) - 1 and s[p] in " \t\u00a0" and s[p - 1] in _THAI and s[p + 1] in _THAI:
            a, _ = _run_at(s, p - 1)
            _, b = _run_at(s, p + 1)
            left, right = s[a:p], s[p + 1:b]
            # the space goes when the joined word reads and the split does not
            joined = thai_dict.score(left + right) // UNK
            if joined < (thai_dict.score(left) + thai_dict.score(right)) // UNK + (
                    tie is not None and tie[n] and left[-1] != _THANTHAKHAT):
                s = s[:p] + s[p + 1:]
                for m in range(len(slots)):
                    if slots[m] > p:
                        slots[m] -= 1
    return s


def _insert(s: str, i: int, mark: str, slots: list[int]) -> str:
    """``s`` with ``mark`` on the base at ``i``; slots after it move one right."""
    e = i + 1
    while e < len(s) and s[e] in MARKS:
        e += 1
    for m in range(len(slots)):
        if slots[m] > i:
            slots[m] += 1
    return s[:i + 1] + "".join(sorted(s[i + 1:e] + mark, key=mark_rank)) + s[e:]


_RX_LEAD = re.compile(f"(?<=[\u0e01-\u0e4e])[ \\t\u00a0]([{RX_MARK}]+)(?=[\u0e01-\u0e2e])")


def has_leading(line: str) -> bool:
    """True when a mark stands after a space and before a Thai letter (``ลาสาร ีและ``)."""
    return _RX_LEAD.search(line) is not None


def unlead(line: str) -> str:
    """A mark printed after a space, before a word, belongs left of the space: the space
    goes only when the joined word reads and the split does not (``ต ้อง`` -> ``ต้อง``),
    else the mark moves left of it and the space stays (``ลาสาร ีและ`` -> ``ลาสารี และ``)."""
    out: list[str] = []
    last = 0
    for m in _RX_LEAD.finditer(line):
        a, _ = _run_at(line, m.start() - 1)
        _, b = _run_at(line, m.end())
        left = line[a:m.start()] + m.group(1)
        right = line[m.end():b]
        out.append(line[last:m.start()])
        if thai_dict.score(left + right) // UNK < (thai_dict.score(left) + thai_dict.score(right)) // UNK:
            out.append(m.group(1))
        else:
            out.append(m.group(1) + m.group(0)[0])
        last = m.end()
    out.append(line[last:])
    return "".join(out)


_RX_RUN = re.compile("[\u0e01-\u0e4e]+")
_RX_SPACE_BEFORE_FLOAT = re.compile(f"[ \\t\u00a0]+(?=[{RX_MARK}]+(?:[ \\t\u00a0]|$))")


def _line_cost(s: str) -> int:
    return sum(thai_dict.score(m.group(0)) for m in _RX_RUN.finditer(s))


def place(line: str, bare_cho: bool = False) -> str:
    """Put the floating marks of ``line`` back on their bases (see module doc). The
    result is kept only when the line reads better than with each cluster simply
    attached to the character before it (``วิเคราะห ์ ตัว`` -> ``วิเคราะห์ ตัว``).
    ``bare_cho``: the text's ``ช`` lost its upper marks (``cho_loses_marks``): a cluster
    overhanging the line's end goes first on a bare ``ช`` where that reads no worse."""
    found = list(_RX_FLOAT.finditer(line))
    if not found or sum(len(m.group(0)) for m in found) > _MAX_FLOATS:
        return line
    moved, overhang = _place(line, found, bare_cho)
    attached = _RX_SPACE_BEFORE_FLOAT.sub("", line)
    # (a thanthakhat overhang set on a SARA I wins a tie: it is not the last word's)
    if _line_cost(moved) < _line_cost(attached) or (overhang and _line_cost(moved) == _line_cost(attached)):
        return moved
    return line


_CHO = "\u0e0a"
_UPPER = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")
_RX_CHO = re.compile("\u0e0a")
_RX_CHO_ODD = re.compile("(?<=\u0e0a[ \t\u00a0])[^\\s\u0e00-\u0e7f0-9A-Za-z\ue000-\uf8ff\ufffd](?=[ \t\u00a0])"
                         "|(?<=[\u0e01-\u0e4e][ \t\u00a0])[^\\s\u0e00-\u0e7f0-9A-Za-z\ue000-\uf8ff\ufffd]$")
_RX_CHO_TONE = re.compile(f"(\u0e0a[ \\t\u00a0][{RX_MARK}]+[ \\t\u00a0])([^\\s\u0e00-\u0e7f0-9A-Za-z\ue000-\uf8ff\ufffd])(?=[\u0e01-\u0e2e])")
_RX_END_FLOAT = re.compile(f"[ \\t\\u00a0][{RX_MARK}]+$", re.M)


def cho_loses_marks(text: str) -> bool:
    """Whether ``text`` shows PDFium's Noto Sans Thai picture: the marks over ``ช`` drawn
    elsewhere (after a space, or overhanging the line's end: ตัวช ้ วัด, ใชจ่าย ... ้). In the
    dev pair sets' group texts fewer than 12 % of its ``ช`` carry an upper mark there (0-11 %),
    11-61 % in every other font x reader group; at least 10 ``ช``, and at least two lines that
    end with a mark cluster after a space (14-25 a text there, 0-2 in the others)."""
    n = len(_RX_CHO.findall(text))
    if n < 10 or len(_RX_END_FLOAT.findall(text)) < 2:
        return False
    up = sum(1 for m in _RX_CHO.finditer(text) if text[m.end():m.end() + 1] in _UPPER)
    return up * 100 < 12 * n


def _run_delta(s: str, i: int, cluster: str) -> int:
    """The cost change of the run around the base at ``i`` with ``cluster`` on it."""
    e = i + 1
    while e < len(s) and s[e] in MARKS:
        e += 1
    a, b = _run_at(s, i)
    new = s[a:i + 1] + "".join(sorted(s[i + 1:e] + cluster, key=mark_rank)) + s[e:b]
    return thai_dict.score(compose_am(new)) - thai_dict.score(s[a:b])


_NIKHAHIT = "\u0e4d"
_RX_NIK_AA = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32|([\u0e48-\u0e4b])\u0e4d\u0e32")


def compose_am(s: str) -> str:
    """``s`` with a nikhahit set before ``า`` (and a tone) written as ``ำ``."""
    return _RX_NIK_AA.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", s) if _NIKHAHIT in s else s


def cho_nikhahit(line: str, stand_ins: set[str], bare_cho: bool) -> str:
    """``place`` for a line of PDFium's Noto Sans Thai text (``bare_cho``) where a character the
    text uses as ``ำ``'s nikhahit (``stand_ins``) stands alone after a ``ช`` and a space, another
    displaced cluster (ช ั านัญ ช ; ่อย่อ = ชำนัญ ชื่อย่อ): there it is that nikhahit, placed as
    the other floats are (``_cho_cascade``); where one is left unplaced, ``place`` of the line as
    printed."""
    if not bare_cho:
        return place(line, bare_cho)
    marked = _RX_CHO_ODD.sub(lambda m: _NIKHAHIT if m.group(0) in stand_ins else m.group(0), line)
    got = compose_am(place(marked, bare_cho)) if marked != line else line
    if _NIKHAHIT in got or marked == line:
        got, marked = place(line, bare_cho), line
    m = _RX_CHO_TONE.search(marked)
    if m is None:
        return got
    # a tone's stand-in (not Thai, right before the consonant) after a ช and its displaced cluster
    # (ช ั ,นชม ช ื างซ่อม = ชื่นชม ช่างซ่อม): the ช's own tone, the one that reads best placed
    best, best_cost = got, _line_cost(got)
    for tone in "\u0e48\u0e49\u0e4a\u0e4b":
        c = compose_am(place(marked[:m.start(2)] + tone + marked[m.end(2):], bare_cho))
        cost = _line_cost(c)
        if cost < best_cost and _NIKHAHIT not in c:
            best, best_cost = c, cost
    return best


def _cho_overhang(s: str, cluster: str, slots: list[int]) -> int:
    """Where an overhanging ``cluster`` goes in PDFium's Noto Sans Thai text: each displaced
    cluster is printed where the next one's base is (ขอเชญ ... เช ิ ง ... ครั ิ ง ... ้ =
    ขอเชิญ, เชิง, ครั้ง), so the line's last one belongs to the base right before the slot of
    the float before it, where that reads no worse; else the bare ``ช`` (no upper mark, no float
    after it) where it reads best and no worse, the leftmost on a tie; -1 for none."""
    if len(slots) > 1:
        i = slots[-2] - 1
        while i > 0 and s[i] in MARKS:
            i -= 1
        if (0 <= i and s[i] in CONSONANTS and not any(x in _UPPER for x in s[i + 1:slots[-2]])
                and _run_delta(s, i, cluster) <= 0):
            return i
    best, best_delta = -1, 1
    for i, c in enumerate(s):
        if c != _CHO or s[i + 1:i + 2] in _UPPER or (i + 1) in slots[:-1]:
            continue
        e = i + 1
        while e < len(s) and s[e] in MARKS:
            e += 1
        if any(x in _UPPER for x in s[i + 1:e]):
            continue
        delta = _run_delta(s, i, cluster)
        if delta < best_delta:
            best, best_delta = i, delta
    return best


def _final_bare_cho(s: str, slots: list[int]) -> int:
    """The last ``ช`` of ``s`` that ends a Thai run bare (no mark, no float after it) where a
    thanthakhat on it costs no more than its own character (a word the dictionary knows, ราช, does
    not take it); -1 for none."""
    for i in range(len(s) - 1, -1, -1):
        if (s[i] == _CHO and (i + 1 == len(s) or s[i + 1] not in _THAI) and (i + 1) not in slots[:-1]
                and _run_delta(s, i, _THANTHAKHAT) <= UNK):
            return i
    return -1


def _cho_cascade(s: str, clusters: list[str], slots: list[int], pending: list[tuple[int, str]], placed: set[int]) -> str:
    """PDFium's Noto Sans Thai: each displaced cluster of upper marks is printed where the next
    one's base is, so a float that follows another float's bare ``ช`` (no upper mark of its
    own) is that ``ช``'s, where it reads no worse there (ชนไก่ ชวร์ ช ั านัญ ช ; ่อย่อ ช ื างทาสี
    = ... ชำนัญ ชื่อย่อ ช่างทาสี). ``slots`` move and ``placed`` grows with the marks set."""
    for n in range(1, len(clusters)):
        cl = clusters[n]
        if not all(c in _UPPER for c in cl) or any(c == n and k in placed for k, (c, _) in enumerate(pending)):
            continue
        i = slots[n - 1] - 1
        while i > 0 and s[i] in MARKS:
            i -= 1
        if i < 0 or s[i] != _CHO or any(x in _UPPER for x in s[i + 1:slots[n - 1]]):
            continue
        e = i + 1
        while e < len(s) and s[e] in MARKS:
            e += 1
        if e + 1 < len(s) and s[e] in " \t\u00a0" and s[e + 1] in MARKS:
            # the ช's own marks after the float's space (ช ้ ่นกลิ ื ่น = ชื่นกลิ่น): no run starts
            # with a mark, the space goes
            t = s[:e] + s[e + 1:]
            if _run_delta(t, i, cl) > 0:
                continue
            s = t
            for m in range(len(slots)):
                if slots[m] > e:
                    slots[m] -= 1
        elif _run_delta(s, i, cl) > 0:
            continue
        for k, (c, ch) in enumerate(pending):
            if c == n and k not in placed:
                s = _insert(s, i, ch, slots)
                placed.add(k)
    return s


def _place(line: str, found: list[re.Match[str]], bare_cho: bool = False) -> tuple[str, bool]:
    pieces: list[str] = []
    slots: list[int] = []
    clusters: list[str] = []
    last, length = 0, 0
    for m in found:
        s0 = m.start()
        while s0 > last and line[s0 - 1] in " \t\u00a0":
            s0 -= 1
        pieces.append(line[last:s0])
        length += s0 - last
        slots.append(length)
        clusters.append(m.group(0))
        last = m.end()
    pieces.append(line[last:])
    s = _join_spaces("".join(pieces), slots)
    pending = [(n, ch) for n, cl in enumerate(clusters) for ch in cl]
    placed: set[int] = set()
    # a vowel printed after a consonant that has a tone but no vowel, right before the space,
    # is that consonant's (LibreOffice text read by pdfplumber draws the tone first: ง่ ี = งี่,
    # ท่ ี = ที่), where the dictionary knows the word or not: not a far base it would complete
    # (ช้นื -> ชี้นื); not at the line's end, where PDFium's overhang may belong anywhere
    for k, (n, ch) in enumerate(pending):
        p = slots[n]
        if (mark_rank(ch) == 0 and 2 <= p < len(s) and s[p - 1] in _TONE_SET and s[p - 2] in CONSONANTS
                and all(c != n or j == k or mark_rank(x) != 0 for j, (c, x) in enumerate(pending))):
            s = _insert(s, p - 2, ch, slots)
            placed.add(k)
    # a thanthakhat alone at the line's end is PDFium's overhang of the ์ it draws over a
    # SARA I (TLWG fonts, LibreOffice text: นายวสุวัตติ แก้วสูงเนิน และ เจตนจันทร์ ์ =
    # วสุวัตติ์; ศักดิ์, สิทธิ์, โพธิ์): it goes on a consonant with SARA I where that does
    # not read worse, the nearest one left first, before any other base the dictionary likes
    # (สุรสิทธิสัตย์วงษ์, จันท์วารา)
    end = len(clusters) - 1
    overhang = False
    if clusters and clusters[end] == _THANTHAKHAT and slots[end] == len(s):
        k = next(j for j, (c, _) in enumerate(pending) if c == end)
        # (PDFium's Noto Sans Thai, where ช loses its marks: a bare ช that ends a run takes it first
        # where that reads no worse, คลัตช ... ์ = คลัตช์, not ขัติ์)
        i = _final_bare_cho(s, slots) if bare_cho else -1
        if i < 0:
            delta, i = _place_one(s, _THANTHAKHAT, slots[end], slots[end], sara_i=True)
        if i < 0:
            i = _word_final_sara_i(s)
        if i >= 0:
            s = _insert(s, i, _THANTHAKHAT, slots)
            placed.add(k)
            overhang = True
    if bare_cho:
        s = _cho_cascade(s, clusters, slots, pending, placed)
    if bare_cho and clusters and slots[end] == len(s) and all(c in _UPPER for c in clusters[end]) and not any(
            c == end for k, (c, _) in enumerate(pending) if k in placed):
        i = _cho_overhang(s, clusters[end], slots)
        if i >= 0:
            for k, (c, ch) in enumerate(pending):
                if c == end and k not in placed:
                    s = _insert(s, i, ch, slots)
                    placed.add(k)
    # a tone alone at the line's end is PDFium's overhang of the shifted tone glyph it draws over
    # an upper vowel (TH Sarabun IT9, LibreOffice text: ฉัตรสามชัน ... สคิบ ้ = ชั้น, not แท้นท์ค):
    # it goes on a consonant whose one mark is an upper vowel where one reads better
    hang = bool(clusters) and slots[end] == len(s) and clusters[end] in _TONE_SET
    while True:
        best_delta, best_i, best_k = 0, -1, -1
        for k, (n, ch) in enumerate(pending):
            if k in placed:
                continue
            i = -1
            if hang and n == end:
                delta, i = _place_one(s, ch, slot=slots[n], upper=True)
            if i < 0:
                delta, i = _place_one(s, ch, slot=slots[n])
            if delta < best_delta:
                best_delta, best_i, best_k = delta, i, k
        if best_k < 0:
            break
        s = _insert(s, best_i, pending[best_k][1], slots)
        placed.add(best_k)
    for k, (n, ch) in enumerate(pending):  # the rest on a tie, nearest left of its slot
        if k not in placed:
            delta, i = _place_one(s, ch, slots[n])
            if hang and n == end:  # (the overhang: over an upper vowel where that reads as commonly)
                _, j = _place_one(s, ch, slots[n], upper=True)
                if j >= 0 and (i < 0 or thai_dict.corpus_logp(_insert(s, j, ch, list(slots)))
                               >= thai_dict.corpus_logp(_insert(s, i, ch, list(slots)))):
                    i = j
            if i >= 0:
                s = _insert(s, i, ch, slots)
                placed.add(k)
    # (PDFium's Noto Sans Thai text: a float's spaces are its own, 39 of 40 in the dev pair
    # sets; not a thanthakhat's, nor one after a thanthakhat, which ends a word: สวัสดิ ์ ์
    # สารพัด, สนศักดิ ิ ์ และ)
    s = _join_spaces(s, slots, [bare_cho and _THANTHAKHAT not in cl for cl in clusters])
    # unplaced marks stay where they were printed, on the character before them
    for n in range(len(clusters) - 1, -1, -1):
        rest = "".join(ch for k, (c, ch) in enumerate(pending) if c == n and k not in placed)
        if rest:
            p = slots[n]
            s = s[:p] + (rest if p > 0 and s[p - 1] in _THAI else " " + rest) + s[p:]
    return s, overhang
