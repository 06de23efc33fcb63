"""Split list-like cells: responsible units (``ผู้รับผิดชอบ``) and implementation steps.

Cells arrive repaired but may still hold wrap spaces/newlines inside a name
(``กองสวัสดิการ สังคม``, ``ทุกส่วน ราชการ``). A space is a separator only when the next
piece starts a new unit (``กอง…``, ``สำนัก…``, ``งาน…``, …) and the text so far is a
complete unit; otherwise it is a wrap and is removed.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from normalizers.tables.vocab import role_words

_DIG = "0-9๐-๙"
_ANY_DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙"

# the vocabulary (unit heads, incomplete pieces, known multi-word units) is data
_DATA = Path(__file__).resolve().parents[1] / "data"
_VOCAB = json.loads((_DATA / "units.json").read_text(encoding="utf-8"))
_HEADS = tuple(_VOCAB["heads"])  # words that start a new responsible unit / person
_INCOMPLETE = frozenset(_VOCAB["incomplete"])  # a piece that is only one of these continues
_TRAILING_CONNECTORS = ("ทุก", "และ", "ของ", "ด้าน")
KNOWN_UNITS = tuple(_VOCAB["known_units"])
_UNIT_TAILS = tuple(_VOCAB["unit_tails"])  # may follow a known unit in a longer name of its own
# a responsible column's own header words: never a unit (a header repeated in a continued row)
_HEADER_WORDS = frozenset(w for kind in ("strong", "weak") for w in role_words("responsible", kind))
_ROLE_PREFIXES = ("หัวหน้า", "เจ้าหน้าที่", "ผู้อำนวยการ", "พนักงาน", "ผู้บริหาร")

_RX_BULLET = re.compile(r"(?:(?<=\s)|^)[-–—•·●▪○*]+\s*")
# a dash closing a line after its text bullets nothing (``- งาน -`` / ``บริหาร``): a stray mark
# of the next column (a budget's ``-``) read into the cell, or a wrap hyphen; not a new unit
_RX_LINE_END_DASH = re.compile(r"(?<=\S)[ \t]+[-–—]+[ \t]*(?=\n|$)")
_RX_NUMBERING = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[(]))\(?[{_DIG}]{{1,2}}\s*[.)](?![{_DIG}])\s*")
_RX_GLUED_AND = re.compile(r"และ(?=(?:กอง|สำนัก|งาน|ฝ่าย|หน่วย)\S)")
_RX_DASH_HEAD = re.compile(r"-(?=\s*(?:กอง|สำนัก|งาน|ฝ่าย))")
_RX_SEP = re.compile(r"[/,;()\[\]|、，]")
_HEADS_ALT = "|".join(re.escape(h) for h in _HEADS)
# list numbers without their dot, as OCR leaves them: at a line start before a unit
# (``๒ กองคลัง``, ``2งานนิติการ``), or glued to the end of the unit before the next one
# (``กองสวัสดิการสังคม๒ กองคลัง``). No unit name starts with a digit.
_RX_LINE_NUM = re.compile(rf"(?:^|(?<=\n))[ \t]*[{_DIG}]{{1,2}}[ \t]*(?=(?:{_HEADS_ALT}))")
_RX_GLUED_NEXT_NUM = re.compile(rf"(?<=[\u0e01-\u0e4e])[{_DIG}]{{1,2}}(?=\s+(?:{_HEADS_ALT}))")
_RX_PAREN = re.compile(r"\(([^()]*)\)")
_UNIT_HEADS = ("กอง", "สำนัก", "งาน", "ฝ่าย", "หน่วย", "ศูนย์", "ส่วน", "ทุก")
# a parenthetical kept inside its entry ("ผู้บริหาร (นายก/ปลัด)") is shielded with these
_P_OPEN, _P_SLASH, _P_CLOSE, _P_SPACE = "\ue000", "\ue001", "\ue002", "\ue003"


def _paren(m: re.Match) -> str:
    """Unwrap a parenthesised list of units; shield an explanatory one (roles) in its entry."""
    inner = m.group(1).strip()
    before = m.string[: m.start()]
    last_sep = max(before.rfind(c) for c in "|/,;\n")
    if not before[last_sep + 1:].strip() or not inner:
        return "|" + inner + "|"
    items = [x.strip() for x in re.split(r"[/,;]", inner) if x.strip()]
    if all(_squash(x).startswith(_UNIT_HEADS) for x in items):
        return "|" + inner + "|"
    shielded = re.sub(r"\s+", _P_SPACE, inner.replace("/", _P_SLASH))
    return " " + _P_OPEN + shielded + _P_CLOSE


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _starts_head(piece: str) -> bool:
    """True when a piece begins a new unit (``กองคลัง``, or a bare head like ``สำนัก``)."""
    return piece.startswith(_HEADS)


def _is_known_or_prefix(s: str) -> bool:
    return any(k.startswith(s) for k in KNOWN_UNITS)


def _join_decision(left: str, nxt: str) -> bool:
    """True when the gap between ``left`` (unit so far) and piece ``nxt`` is a wrap."""
    if left in _INCOMPLETE or left.endswith(_TRAILING_CONNECTORS):
        return True
    joined = left + nxt
    if _is_known_or_prefix(joined) and len(joined) > len(left):
        return True
    if nxt.startswith("ทุก") and left.startswith(_ROLE_PREFIXES):
        return True  # หัวหน้าส่วนราชการ ทุกกอง
    if nxt.startswith("และ"):
        rest = nxt[3:]
        return not (rest and _starts_head(rest))
    return not _starts_head(nxt)


def _split_chunk(chunk: str) -> list[str]:
    pieces = chunk.split()
    units: list[str] = []
    cur = ""
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p == "และ":  # a free-standing "และ": separator before a unit head, else a word
            nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
            if cur and nxt and _starts_head(nxt) and not cur.endswith(_TRAILING_CONNECTORS):
                units.append(cur)
                cur = ""
                i += 1
                continue
            cur += p
            i += 1
            continue
        if not cur:
            cur = p
        elif p.startswith(_P_OPEN):
            cur += " " + p
        elif _join_decision(cur, p):
            cur += p
        else:
            units.append(cur)
            cur = p
        i += 1
    if cur:
        units.append(cur)
    out = []
    for u in units:
        if u.startswith("และ") and _starts_head(u[3:]):
            u = u[3:]
        u = u.strip(".-–:;·•")
        if u and re.search(r"[\u0e01-\u0e2eA-Za-z]", u):
            out.append(u)
    return out


def split_units_flagged(text: str | None, ocr: bool = False) -> tuple[list[str], list[str]]:
    """Responsible units of a cell, one entry each, per the contract's ``responsible`` rule.

    ``-สำนักปลัด -กองคลัง`` / ``๑.สำนักปลัด ๒.กองคลัง`` / ``กองคลัง / สำนักปลัด`` -> two units;
    ``ทุกส่วน ราชการ`` -> ``ทุกส่วนราชการ``; ``กองสวัสดิการ สังคม`` -> ``กองสวัสดิการสังคม``;
    ``กองสาธารณสุข และสิ่งแวดล้อม`` stays one unit. Abbreviations (``กองการศึกษาฯ``) are kept;
    numbering and bullets are dropped; parentheses are dropped around a unit (``(กองคลัง)``) or
    a list of units (``… (กองคลัง, กองช่าง)``), but an explanation of roles stays in its entry
    (``ผู้บริหาร (นายก/ปลัด)``). Order kept, duplicates removed. A unit whose marks the text
    layer garbled (``สาำนักปลัด``, ``งานประชาสัมพันธุ``) is mended to the known unit
    (flagged ``responsible_mended``); a unit that does not read as one (no unit head, a digit,
    an incomplete piece alone: another column's words) is kept and flagged
    ``responsible_unsure``; the column's own header word (``หน่วยงานรับผิดชอบ``,
    repeated in a continued row) is no unit (flagged ``responsible_header_dropped``).
    With ``ocr`` (a scan's cell), a known unit read with stray digits in it or other letters
    glued after it is snapped to the known unit (:func:`snap_ocr_unit`).
    Returns (units, flags).
    """
    t = (text or "").replace("\u200b", "")
    if not t.strip():
        return [], []
    t = _RX_AA_AM.sub("", t)
    t = _RX_LINE_END_DASH.sub("", t)
    t = _RX_LINE_NUM.sub("|", t)
    t = _RX_GLUED_NEXT_NUM.sub("|", t)
    t = _RX_GLUED_AND.sub("|", t)
    t = _RX_DASH_HEAD.sub("|", t)
    t = _RX_NUMBERING.sub("|", t)
    t = _RX_BULLET.sub("|", t)
    t = _RX_PAREN.sub(_paren, t)
    t = _RX_SEP.sub("|", t)
    out: list[str] = []
    flags: list[str] = []
    for chunk in t.split("|"):
        for u in _split_chunk(chunk):
            u = (u.replace(_P_OPEN, "(").replace(_P_CLOSE, ")").replace(_P_SLASH, "/")
                 .replace(_P_SPACE, " "))
            if u.replace(" ", "") in _HEADER_WORDS or _header_rest(u.replace(" ", "")):
                flags.append("responsible_header_dropped")
                continue
            cut = _header_tail_cut(u)
            if cut is not None:
                flags.append("responsible_header_dropped")
                u = cut
            m = _mend_unit(u)
            if m != u:
                flags.append(f"responsible_mended:{u}->{m}")
                u = m
            snapped = snap_ocr_unit(u) if ocr else None
            if snapped is not None:
                flags.append(f"responsible_ocr_snapped:{u}->{snapped}")
                u = snapped
            if u not in out:
                out.append(u)
    odd = [u for u in out if not _unit_like(u)]
    if odd:
        flags.append("responsible_unsure:" + "|".join(odd))
    if "\u0e32\u0e33" in (text or ""):
        flags.append("responsible_mended:\u0e32\u0e33->\u0e33")
    return out, sorted(set(flags))


def _unit_like(u: str) -> bool:
    """Does ``u`` read as a responsible unit or person: it starts with a unit head of the
    vocabulary (``กอง…``, ``งาน…``, ``ปลัด``, ``ครู…``), is more than an incomplete piece
    (``งาน`` alone) and holds no digit (``ตัวชี้วัดที่6``: another column's words read into
    the cell)? Never a name's spelling check: an unknown unit with a known head is a unit."""
    w = _squash(u).replace("\u0e4d\u0e32", "\u0e33")  # ``ํา`` as printed by some text layers
    # ``ๆ`` is in no unit's name: on a scan, a speck read after it (``งานประชาสัมพันธ์ๆ``, dev
    # seed 17811 scanned, measure 3) or ``ฯ`` misread: the printed name is unsure
    return (w in KNOWN_UNITS or w.startswith(_HEADS) and w not in _INCOMPLETE and not _glued_after_known(w)) \
        and not re.search(f"[{_DIG}]", w) and "\u0e46" not in w


unit_like = _unit_like


def known_unit(u: str) -> bool:
    """Is ``u`` a unit the vocabulary names (``กองคลัง``, ``กองการศึกษาฯ``), or one with a
    unit tail after it (``สำนักปลัดเทศบาล``)? Never true of a sentence that starts like one."""
    w = _squash(u).replace("\u0e4d\u0e32", "\u0e33")
    if w in _KNOWN_FORMS:
        return True
    known = max((k for k in KNOWN_UNITS if w.startswith(k)), key=len, default=None)
    return known is not None and w[len(known):] in _UNIT_TAILS


def names_known_units(text: str | None) -> bool:
    """Does a cell list units the vocabulary names, and nothing else (``ทุกส่วนราชการ``,
    ``สำนักปลัด⏎กองการศึกษาฯ``)? The units column under a title no vocabulary names holds
    such cells; a question's text that starts like a unit (``หน่วยงานมีช่องทาง…``) does not."""
    units = split_units(text)
    return bool(units) and all(known_unit(u) for u in units)


def _glued_after_known(w: str) -> bool:
    """A known unit with letters glued after it that start no unit and no name of its own
    (``กองช่างคุณภาพ``: another column's word read into the cell and joined as a wrap);
    ``กองคลังงานพัสดุ`` (a unit and its section) and ``สำนักปลัดเทศบาล`` are names."""
    known = max((k for k in KNOWN_UNITS if w.startswith(k) and len(w) > len(k)), key=len, default=None)
    if known is None:
        return False
    rest = w[len(known):]
    return bool(re.match(r"[\u0e01-\u0e2e]", rest)) and not rest.startswith(_HEADS + _UNIT_TAILS)


def snap_ocr_unit(u: str) -> str | None:
    """The unit an OCR'd entry names when the scan added to a known unit: stray digits inside
    it (``กองการศึกษา4ฯ`` for ``กองการศึกษาฯ``, dev seed 18502 scanned, page 2; ``กองส่งเสริม
    การเกษตร5``, 18504) or another column's letters glued after it that start no unit and no
    name of its own (``กองช่างช่วงระยะเวลาใบภาร``: the period column's header read into the
    cell, 18504). None when ``u`` is a unit as read or the rest is no known unit."""
    w = _squash(u)
    if w in KNOWN_UNITS:
        return None
    if (near := _nearest_known(w)) is not None:
        return near
    if w.endswith("\u0e46") and w[:-1] in KNOWN_UNITS:
        # ``ๆ`` is in no unit's name: a speck read after a known unit (``กองสวัสดิการสังคมๆ``,
        # ``งานบริหารงานบุคคลๆ``, fresh20s seed 20303 scanned; dev seed 17811)
        return w[:-1]
    if re.match(r"[\u0e01-\u0e2e]", w) and w[1:] in KNOWN_UNITS and not w.startswith(_HEADS):
        # one letter glued before a known unit, starting no unit head: a list number or bullet
        # read as a letter (``- ถกองส่งเสริม`` for ``- กองส่งเสริม…``, fresh20s seed 20311 scanned)
        return w[1:]
    plain = re.sub(f"[{_DIG}]", "", w)
    if plain != w and plain.startswith(KNOWN_UNITS):
        w = plain
    if _glued_after_known(w):
        return max((k for k in KNOWN_UNITS if w.startswith(k)), key=len)
    return w if w != _squash(u) and _unit_like(w) else None


# a known unit as a scan may print it: the name, or, where it is the start of a longer known
# unit (``กองการศึกษา`` of ``กองการศึกษาศาสนาและวัฒนธรรม``), that name abbreviated with ``ฯ``
_ABBREVIATED = tuple(k + "\u0e2f" for k in KNOWN_UNITS if any(o != k and o.startswith(k) for o in KNOWN_UNITS))
_KNOWN_FORMS = tuple(dict.fromkeys([*KNOWN_UNITS, *_ABBREVIATED]))
NEAR_MIN_LEN = 6  # letters: a shorter unit (``กองคลัง``, ``กองช่าง``) is two edits from another
NEAR_PER_EDIT = 5  # letters of the known form per edit allowed


def _nearest_known(w: str) -> str | None:
    """The known unit (or its ``ฯ`` form) an OCR'd entry misreads, by edit distance: one edit
    per NEAR_PER_EDIT letters at most, and strictly nearer than any other form (``งานนบีติการ``
    for ``งานนิติการ``, fresh21s 21600; ``Narสาธารณสุขและสิ่งแวดล้อม`` for ``กองสาธารณสุข…``,
    21607; ``กองการศึกษาหฯ`` for ``กองการศึกษาฯ``, 21606: a letter of the scan read as two, a
    mark as a letter, a word's head as Latin letters). None when no form is that near, or two
    are equally near. A unit not in the vocabulary that is no misreading of one is kept."""
    if len(w) < NEAR_MIN_LEN or w in _KNOWN_FORMS:
        return None
    scored = sorted((Levenshtein.distance(w, k), k) for k in _KNOWN_FORMS
                    if abs(len(k) - len(w)) <= len(k) // NEAR_PER_EDIT)
    if not scored or scored[0][0] > len(scored[0][1]) // NEAR_PER_EDIT:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        # one letter after an abbreviated unit's name: its ``ฯ`` misread (``กองการศึกษาต``, dev
        # seed 23612 scanned page 7), not another column's word (those run longer)
        tied = {k for d, k in scored if d == scored[0][0]}
        abbr = [k for k in tied if k in _ABBREVIATED and k[:-1] in tied and len(w) == len(k)]
        return abbr[0] if len(abbr) == 1 and len(tied) == 2 else None
    return scored[0][1]


# the column's strong header words: their tails are what a wrapped header leaves in a body row
_STRONG_HEADER_WORDS = role_words("responsible", "strong")
HEADER_TAIL_MIN = 4  # letters: a shorter tail (``ชอบ``) may end a name


def _header_tail_cut(u: str) -> str | None:
    """A known unit with the tail of the column's header glued after it (``ทุกส่วนราชการผิดชอบ``:
    the wrapped header's last line ``ผิดชอบ`` of ``ผู้รับผิดชอบ``, read into a continued row's
    cell, joined to the unit as a wrap): the known unit, else None."""
    if u in KNOWN_UNITS:
        return None
    for h in _STRONG_HEADER_WORDS:
        for k in range(1, len(h) - HEADER_TAIL_MIN + 1):
            tail = h[k:]
            if u.endswith(tail) and u[:-len(tail)] in KNOWN_UNITS:
                return u[:-len(tail)]
    return None


HEADER_REST_MIN = 6  # letters: the header's rest after its first word (``งานที่รับผิดชอบ``)


def _header_rest(u: str) -> bool:
    """The column header's words after its first syllables, alone in an entry: a two-level
    header's title wrapped so that its rest fell into the first row under the header (fresh38
    57019 docx: ``การ/หน่วย`` in the header, ``งานที่รับผิดชอบ`` read as measure 1's first unit,
    with no flag). A known unit is never one."""
    return len(u) >= HEADER_REST_MIN and u not in KNOWN_UNITS and any(
        h.endswith(u) and h != u for h in _STRONG_HEADER_WORDS)


def split_units(text: str | None) -> list[str]:
    """The units of :func:`split_units_flagged`, without its flags."""
    return split_units_flagged(text)[0]


# a text layer that decomposed ``ำ`` prints an extra ``า`` before it (``สาำนัก``): never Thai
_RX_AA_AM = re.compile("\u0e32(?=\u0e33)")
# marks above and below a consonant (vowels, tone marks, thanthakhat)
_RX_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _mend_unit(u: str) -> str:
    """A unit that differs from exactly one known unit in at most two marks
    (``งานประชาัสมพันธ์``, ``ท์กส่วนราชการ``): the text layer garbled its marks, the known
    spelling is the printed one. Letters (``ฯ`` of an abbreviation) are never changed."""
    if u in KNOWN_UNITS:
        return u
    skel = _RX_MARK.sub("", u)
    hits = {k for k in KNOWN_UNITS if _RX_MARK.sub("", k) == skel and Levenshtein.distance(u, k) <= 2}
    return hits.pop() if len(hits) == 1 else u


# ---------------------------------------------------------------- steps

_MONTH_AHEAD = r"\s*(?:ม|ก|มี|เม|พ|มิ|ส|ต|ธ)\s?\.\s?(?:ค|พ|ย|ศ)\.?"
_RX_STEP_NUM = re.compile(
    rf"(?:(?P<paren>\()(?P<n1>[{_DIG}]{{1,2}})\)|(?P<n2>[{_DIG}]{{1,2}})\s?(?P<p>[.)]))"
    rf"(?![{_DIG}])(?!{_MONTH_AHEAD})"
)
_BULLETS = "-–—•●▪○*"
_RX_LINE_BULLET = re.compile(rf"(?:^|(?<=\n))[ \t]*[{_BULLETS}](?=\s|[\u0e01-\u0e4eA-Za-z\"“])")
_RX_INLINE_DOT = re.compile(r"(?:(?<=\s)|^)[•●▪○](?=\s|[\u0e01-\u0e4eA-Za-z])")
_RX_INLINE_DASH = re.compile(r"(?:(?<=\s)|^)[-–—](?=\s)")


def _digit_value(s: str) -> int:
    return int("".join(str(ord(c) - 0x0E50) if "๐" <= c <= "๙" else c for c in s), 10)


def _numbered_markers(t: str) -> list[tuple[int, int]]:
    """(start, end) of list-number markers that follow a plausible 1, 2, 3 … sequence."""
    accepted: list[tuple[int, int]] = []
    last = 0
    for m in _RX_STEP_NUM.finditer(t):
        digits = m.group("n1") or m.group("n2")
        if digits[0] in "0๐":
            continue  # ๐๖ is a code (o6), not a list number
        n = _digit_value(digits)
        start = m.start()
        before = t[start - 1] if start else " "
        if before in _ANY_DIGITS or before in ".,":  # explicit: str.isdigit() takes any script
            continue  # "๙.๓)" is a sub-indicator number, "๒๐%" etc.
        spaced = start == 0 or before.isspace() or before in "(:;\"“”'"
        prev_end = accepted[-1][1] if accepted else 0
        between = t[prev_end:start]
        if between.count("(") > between.count(")") and m.group("p") == ")":
            continue  # the ")" closes a parenthesis: "(อ้างอิงจาก ๖)"
        if not accepted:
            ok = (n == 1 and spaced) or (start == 0 and n >= 1)
        else:
            ok = bool(between.strip()) and (
                (n == last + 1 and (spaced or n >= 2))
                or (spaced and n in (last, last + 2))
            )
        if ok:
            accepted.append((start, m.end()))
            last = n
    return accepted


def _clean_step(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\n-–•")


def _split_at(t: str, spans: list[tuple[int, int]]) -> list[str]:
    """Pieces of ``t`` between marker spans (text before the first marker kept)."""
    if not spans:
        return [t]
    parts = [t[: spans[0][0]]] if t[: spans[0][0]].strip() else []
    for k, (_, e) in enumerate(spans):
        parts.append(t[e: spans[k + 1][0] if k + 1 < len(spans) else len(t)])
    return parts


def _sub_items(step: str) -> list[str]:
    """Split one step on its ``-``/``•`` sub-items: at line starts always; inline dashes only
    when they form a list (two or more, or after ``ดังนี้``/``:``), so ``ติดต่อ - สอบถาม`` stays."""
    spans = [m.span() for m in _RX_LINE_BULLET.finditer(step)]
    spans += [m.span() for m in _RX_INLINE_DOT.finditer(step)]
    inline = [m.span() for m in _RX_INLINE_DASH.finditer(step)
              if not any(a <= m.start() < b for a, b in spans)]
    head = step[: inline[0][0]].rstrip() if inline else ""
    if len(inline) >= 2 or (inline and head.endswith(("ดังนี้", ":", "ได้แก่"))):
        spans += inline
    return _split_at(step, sorted(set(spans)))


def split_steps(text: str | None) -> list[str]:
    """Steps of a cell, split on their numbering (``๑.`` ``2.`` ``(1)`` ``1)``) and on
    ``-``/``•`` items (at line starts, or inline when they form a list); numbering removed,
    whitespace (including wrap newlines) collapsed. Decimals (``๙๙.๕๗``, ``๙.๓``), dates
    (``๓๐ ก.ย.``), codes (``๐๖``) and references like ``ข้อ 1.`` out of sequence do not split.
    Empty steps are dropped."""
    t = (text or "").replace("\u200b", "").strip()
    if not t:
        return []
    parts = []
    for piece in _split_at(t, _numbered_markers(t)):
        parts.extend(_sub_items(piece))
    return [c for c in (_clean_step(p) for p in parts) if c]
