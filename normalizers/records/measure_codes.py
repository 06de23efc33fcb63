"""Question codes of a measure row: printed in a code column, at the start of an analysis
cell (``i13 i15 ผู้รับ…``), as bare numbers before a question's text, or in the measure cell
(for ``normalizers.records.measures``)."""
from __future__ import annotations

import re

from normalizers.fields.codes import (canonical_code, parse_code_list, rejoin_wrapped_code, resolve_question,
                                     split_code_prefix)
from normalizers.fields.indicators import indicator_of_question
from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.period_units import join_script_split_digits
from normalizers.records.measure_headers import HEADER_TITLE_MAX
from normalizers.tables import textkinds as tk
from normalizers.tables.grid import join_lines
from normalizers.tables.text import squash
from normalizers.tables.header import column_headers
from normalizers.tables.vocab import header_evidence

_TOOL_PREFIX = {"IIT": "i", "EIT": "e", "OIT": "o"}

_CODE_TOK = r"(?:ข้อ\s*)?[iIeEoO][ \-]?[0-9๐-๙](?: ?[0-9๐-๙])?(?![0-9๐-๙])"
_CODES_LEAD = re.compile(rf"^\s*{_CODE_TOK}(?:\s*(?:,|-|–|และ|ถึง)?\s*{_CODE_TOK})*\s*[:.]?\s*")


def strip_codes_prefix(text: str) -> str:
    """An analysis cell that starts with the question codes it is about (``i13 i15 ผู้รับ…``,
    ``e ๑ e ๒ บุคลากร…``): the codes are ``question_codes``, the text after them the analysis.
    A cell that is nothing but codes is kept as printed."""
    m = _CODES_LEAD.match(text or "")
    if not m or not parse_code_list(_join_digits(m.group(0))):
        return text
    rest = text[m.end():].strip()
    return rest if re.search(r"[\u0e01-\u0e2e]", rest) else text


# an OCR'd code whose digits came out as Latin letters (``eo em บุคลากร…`` for ``e๑ e๓``, dev
# seed 18805 scanned page 5; ``e2 eo บุคลากร…`` for ``e2 e3``, dev seed 15003 page 8): Tesseract's
# letters for Thai digits (o for ๐ ๑ ๗, m for ๓) name no one digit, so the code is unreadable
# (each digit a Latin letter, or ``lo``, Tesseract's reading of ``๒``: ``i๑๙ ilolo การ…`` for i19 i22,
# fresh33s 47102 p6, 300 dpi: the second code lost without a flag)
# fresh33s 47102 p6, 300 dpi: the second code lost without a flag), a quote-like speck after it
# (``i๑๓ ia’การประชาสัมพันธ์…`` for i13 i15, unseen 56511 p4 of session 37: i15 lost with no flag)
_GARBLED_CODE = r"[ieo](?:lo|[A-Za-z]){1,2}[’'`]?"
# (also glued to the finding: ``i๑ ibยังไม่มีการ…`` for ``i๑ i๖``, dev seed 18500 scanned page 5)
_GARBLED_LEAD = re.compile(rf"^\s*(?:(?:{_CODE_TOK}|{_GARBLED_CODE})\s+)*?({_GARBLED_CODE})(?:\s+"
                           rf"(?:(?:{_CODE_TOK}|{_GARBLED_CODE})\s+)*)?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


# a speck before the first code read as a Thai letter (``โi๒๒ io’⏎คะแนน…`` for i๒๒ i๒๔: fresh37u 55214 p4,
# held out, fixed after its final scoring; i24 lost with no flag): the run of codes starts after it
_SPECK_HEAD = re.compile(r"^\s*[\u0e01-\u0e44|](?=[iIeEoO][0-9๐-๙])")


def garbled_codes_lead(text: str | None) -> tuple[list[str], str] | None:
    """An OCR'd analysis cell opening with codes of which some read as a letter and Latin
    letters (``eo em บุคลากร…``): (the garbled tokens, the cell with its codes' run cut to the
    readable codes), else None. The caller flags each ``code_unreadable:<token>``."""
    text = _SPECK_HEAD.sub("", text or "")
    m = _GARBLED_LEAD.match(text)
    if not m:
        return None
    toks = m.group(0).split()
    bad = [t for t in toks if re.fullmatch(_GARBLED_CODE, t)]
    kept = [t for t in toks if t not in bad]
    return bad, " ".join(kept + [(text or "")[m.end():]])


_THAI_LETTER = "\u0e01-\u0e2e\u0e40-\u0e44"
_ONE_DIGIT_GLUED = re.compile(rf"^(?:[iIeEoO][ \-]?|๐)[0-9๐-๙]$")
# a one-digit code read with a speck before it (``i9 |i๑ ผู้รับ…`` for i9 i12, dev seed 18810
# scanned page 9): read from noisy pixels, its second digit may be lost as well
_JUNK_ONE_DIGIT = re.compile(r"^[|\[(«][iIeEoO][0-9๐-๙]$")


# a code read with a digit too many (``e๑๒๕ e๑๕`` for ``e๑๒ e๑๕``, fresh21s seed 21606 scanned page 8):
# no code has three digits, the code was read by no pattern and lost with no flag; or two codes
# glued, the second's ``i`` read as ``1`` (``i๒๗1๓๐ บุคลากร…`` for i27 i30, unbiased fresh37s 55102 p3:
# both lost with no flag)
_THREE_DIGITS = re.compile(r"[iIeEoO][0-9๐-๙]{3,5}")


# (or three Latin letters: ``Coo e๑๓ผู้รับ…`` for ``e๑๑ e๑๓``, unbiased fresh26s 36109 p8, the code lost
# without a flag; a codes cell before Thai text holds no Latin word), the code after it read with a
# speck before it too (``joo ไi๒๔ การ…`` for ``i๒๐ i๒๔``, unbiased fresh37s 55102 p3)
# (two letters with their marks, on the line above too: ``อธิ`` / ``e9`` for ``e8`` / ``e9``, dev seed 56207
# scanned p8, e8 lost without a flag; ``ข้อ``, a word that may label the codes, is none)
# (each letter with a vowel printed before it, the next code's ``o`` read as ``๐``: ``เอโง ๐1๒`` for ``o๗ o๑๒``,
# unseen-then 58106 p2, 300 dpi, o7 lost without a flag)
_GARBLE_BEFORE_CODES = re.compile(r"((?!ข้อ\s)(?:[\u0e40-\u0e44]?\S[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*){1,2}|[A-Za-z]{3})[ \t]*\n?[ \t]*(?<=\s)"
                                  r"(?=(?:\S?[iIeEoO]|๐)[0-9๐-๙]{1,2}(?:\s|$|[\u0e01-\u0e2e\u0e40-\u0e44]))")


# a later line of a cell of codes one a line that reads as a garbled code: its letter read as
# a Thai letter or a bracket (``i๑๗\nโ[๑๘`` for i17 i18, fresh dev seed 19509 scanned page 7),
# its digits as (accented) Latin letters (``i๔\nié`` for i4 i5, dev seed 21000 page 8)
# or its letter as a bar and its Thai digit as a letter (``i๒\n|ว`` for i2 i6: u52b 52204 p5, 200 dpi)
_GARBLED_LINE = re.compile(r"^\s*(?:[\[|(«\u0e01-\u0e2e\u0e40-\u0e44]{1,2}[iIeEoO]?[0-9๐-๙]{1,2}"
                           r"|[iIeEoO][A-Za-z\u00c0-\u024f]{1,2}|[\[|(«][\u0e01-\u0e2e]{1,2})\s*$")
_CODES_LINE = re.compile(rf"^\s*{_CODE_TOK}(?:\s*(?:,|-|–|และ|ถึง)?\s*{_CODE_TOK})*\s*$")


def _garbled_code_lines(text: str) -> list[str]:
    """``code_unreadable:<token>`` for each garbled code among the codes opening a cell, one a
    line or joined by spaces (the cell's lines joined: ``i๔ ié``); the run of codes ends at the
    first token that is neither."""
    flags = []
    for k, tok in enumerate(text.split()):
        if _CODES_LINE.match(tok) and parse_code_list(_join_digits(tok)):
            continue
        if k and _GARBLED_LINE.match(tok) and not parse_code_list(_join_digits(tok)):  # ``[i๙`` reads i9
            flags.append(f"code_unreadable:{tok}")
            continue
        break
    return flags


_SPECK = re.compile(rf"[{_THAI_LETTER}|\[\](){{}}«»:;.,'`-]{{1,2}}")  # a speck OCR read as a letter or a sign
_LATIN_LEFT = re.compile(r"[A-Za-z()\[\]|«»]{2,6}")  # a code whose digits OCR read as Latin letters


def _codes_cell_leftovers(text: str) -> list[str]:
    """``code_unreadable:<token>`` for a token of Latin letters in a cell that holds nothing else
    but readable codes and specks (``อธe๗ ew`` for e7 e9, ``i๑๐ Toyo)`` for i10 i11: fresh33s
    47106 p4/p5, the second code lost without a flag): a codes cell prints no word."""
    toks = text.split()
    codes = [x for x in toks if parse_code_list(_join_digits(x))]
    left = [x for x in toks if x not in codes and not _SPECK.fullmatch(x)]
    if not codes or not left or not all(_LATIN_LEFT.fullmatch(x) for x in left):
        return []
    if any(re.search(f"[{_THAI_LETTER}]{{3}}", x) for x in codes):
        return []  # a code before a word (``i๑๐เจ้าหน้าที่``): a question's or a finding's text
    return [f"code_unreadable:{x}" for x in left]


def ocr_code_doubts(text: str | None) -> list[str]:
    """Flags for codes opening an OCR'd cell that may have lost a digit: a one-digit code glued
    to the finding after it (``o๑๔ ๐๒ผู้รับ…`` for o14 o26, dev seed 18801 scanned page 6:
    where Tesseract misses the gap before the text it often drops the code's last digit too)
    is ``code_digit_unsure:<token>``, and so is one read with a speck before it (``|i๑``); a token of digits among the codes that reads as no code
    (``e4 ๑6 บุคลากร…`` for e4 e6, 18805) is ``code_unreadable:<token>``, and so is a later line
    of a cell of codes one a line that reads as a garbled code (``i๑๗\nโ[๑๘``)."""
    t = _SPECK_HEAD.sub("", text or "").lstrip()
    if t and not re.search(f"[{_THAI_LETTER}]", t) and not parse_code_list(t):
        # a cell of no Thai word that reads as no code (``jlo io`` for ``i๒ i๓``, unseen seed
        # 22021 scanned; ``ilo`` for ``i๒๖``, fresh20s seed 20312): codes printed, none read
        return [f"code_unreadable:{tok}" for tok in t.split() if re.search("[A-Za-z0-9๐-๙]", tok)]
    if (lines := _garbled_code_lines(t)):
        return lines
    if (left := _codes_cell_leftovers(t)):
        return left
    g = _GARBLE_BEFORE_CODES.match(t)
    if g is not None and re.search("[A-Za-z\u0e01-\u0e2e]", g.group(1)) and not parse_code_list(g.group(1)):
        # a short garble before the codes (``อฒ e๘`` for ``e๗ e๘``, dev seed 18509 scanned page 4)
        return [f"code_unreadable:{g.group(1)}"]
    m = re.match(rf"[^{_THAI_LETTER}]*", t)
    lead = m.group(0)
    toks = lead.split()
    if not toks or not (_CODES_LEAD.match(toks[0]) and parse_code_list(toks[0]) or _THREE_DIGITS.fullmatch(toks[0])
                        or _CODE_LIKE_HEAD.fullmatch(toks[0])):
        return []
    glued = len(lead) < len(t) and not lead[-1:].isspace()
    flags = []
    seen: set[str] = set()
    for k, tok in enumerate(toks):
        if re.fullmatch(_GARBLED_CODE, tok):
            continue  # garbled_codes_lead's
        if len(one := parse_code_list(_join_digits(tok))) == 1 and one[0] in seen:
            # a code read twice in a run of codes (``i๑๒ i๑๒`` for ``i๑๑ i๑๒``, dev 60203 p5, 200 dpi):
            # one of them is another code misread, lost with no flag
            flags.append(f"code_unreadable:{tok}")
            continue
        seen.update(one)
        if k == len(toks) - 1 and glued and _ONE_DIGIT_GLUED.match(tok) or _JUNK_ONE_DIGIT.match(tok):
            flags.append(f"code_digit_unsure:{tok}")
        elif (re.search("[0-9๐-๙]", tok) or _LETTER_AND_SIGNS.fullmatch(tok) or k == len(toks) - 1 and _LATIN_SHORT.fullmatch(tok)) \
                and not parse_code_list(_join_digits(tok)):
            flags.append(f"code_unreadable:{tok}")
    return flags


# a first token shaped like a code whose letter OCR read as a bracket (``[๐ บุคลากร…`` for i๒๐) or as the
# zero of an OIT code with a digit misread (``๐๕๑ ผู้รับ…`` for o๔๑): fresh37u 55213 p7/p8 (held out, session
# 37), both codes lost with no flag; a Latin word after a read code (``o๓๘ Omer การ…`` for o๓๘ o๓๙) too
_LATIN_SHORT = re.compile(r"[A-Za-z]{2,4}")  # (a code's text may print English: ``o๙ Social Network``)
_CODE_LIKE_HEAD = re.compile(r"[\[(|«][0-9๐-๙]{1,2}|[๐0][0-9๐-๙]{2}")


# a code letter and a sign or two in the run of codes (``e๔ e@ บุคลากร…`` for ``e๔ e๕``, unbiased
# fresh28s 39105 p4: the code lost with no flag)
_LETTER_AND_SIGNS = re.compile(r"[iIeEoO][^\sA-Za-z0-9๐-๙\u0e01-\u0e4e]{1,2}")


# ``i26 127 ผู้รับ…`` for i26 i27 (fresh23s 24109 scanned, Sarabun IT9): the ``i`` of an IIT code read
# as the digit ``1``, the code unreadable; a three-digit token opening with 1 in a run of codes
_ONE_FOR_I = re.compile(r"1([0-9๐-๙]{1,2})")


def i_read_as_one(text: str | None, codes: list[str]) -> list[tuple[str, str]]:
    """(token, code) for each token of the run of codes opening an OCR'd cell that is an IIT code
    whose ``i`` was read as ``1`` (``127`` → i27): the token is ``1`` and one or two digits, and
    another code of the row is an IIT one (``i26``); or a token of two IIT codes glued, the
    second's ``i`` read as ``1`` (``_glued_pair``: both codes). Flagged ``code_letter_from_digit``
    by the caller: the letter was not read, only inferred from the codes beside it."""
    toks = re.match(rf"[^{_THAI_LETTER}]*", (text or "").lstrip()).group(0).split()
    pairs = {tok: pair for tok in toks if (pair := _glued_pair(tok))}
    if not pairs and not any(c.startswith("i") for c in codes):
        return []
    out = []
    for tok in toks:
        if tok in pairs:
            out += [(tok, c) for c in pairs[tok]]
            continue
        m = _ONE_FOR_I.fullmatch(tok)
        if m is None:
            if _CODES_LEAD.match(tok) and parse_code_list(_join_digits(tok)):
                continue
            break
        got = parse_code_list("i" + m.group(1))
        if len(got) == 1:
            out.append((tok, got[0]))
    return out


_GLUED_I = re.compile(r"[iI]([0-9๐-๙]{2,5})")


def _glued_pair(tok: str) -> list[str] | None:
    """Two IIT codes glued, the second's ``i`` read as ``1`` (``i๒๗1๓๐`` → i27, i30), when that is
    the token's one reading as two codes."""
    m = _GLUED_I.fullmatch(tok)
    if m is None:
        return None
    digits, reads = m.group(1), []
    for k in (1, 2):
        if digits[k:k + 1] == "1" and 1 <= len(digits) - k - 1 <= 2:
            a, b = parse_code_list("i" + digits[:k]), parse_code_list("i" + digits[k + 1:])
            if len(a) == 1 and len(b) == 1 and a != b:
                reads.append([a[0], b[0]])
    return reads[0] if len(reads) == 1 else None


_ZERO_CODES = re.compile(r"(?:[๐0][0-9๐-๙]{1,2}){2,}")
MAX_OIT = 43  # o1 … o43 (editions to 2566; later ones have fewer)


def _zero_splits(digits: str) -> list[list[int]]:
    """Every way to read ``digits`` (ASCII) as OIT codes whose ``o`` was read as a zero: ``0``
    and one or two digits each, 1 … MAX_OIT."""
    if not digits:
        return [[]]
    out = []
    for n in (2, 3):
        head = digits[:n]
        if len(head) == n and head[0] == "0" and 1 <= int(head[1:], 10) <= MAX_OIT:
            out += [[int(head[1:], 10)] + rest for rest in _zero_splits(digits[n:])]
    return out


def o_zeros_glued(text: str | None) -> tuple[str, list[str] | None] | None:
    """(token, codes) of an OCR'd cell opening with OIT codes glued together, each ``o`` read as
    a zero (``๐๕๐๗ ประชาชน…`` for ``o๕ o๗``, unbiased fresh28s 39106 p5: both codes lost, no
    flag): the codes when the digits split one way only, None when several ways read (the
    caller flags ``code_unreadable``); None for any other cell."""
    tok = ((text or "").split() or [""])[0]
    # (glued to the finding too: ``๐๑๐๑๒ผู้รับ…`` for ``o๑ o๑๒``, dev 61206 p5, 200 dpi: both codes lost,
    # no flag) the run of digits before the first Thai letter
    if (glued := re.match(f"([0-9๐-๙]+)(?=[{_THAI_LETTER}])", tok)) is not None:
        tok = glued.group(1)
    if not _ZERO_CODES.fullmatch(tok):
        return None
    splits = _zero_splits(to_ascii_digits(tok))
    return tok, [f"o{n}" for n in splits[0]] if len(splits) == 1 else None


def _join_digits(text: str) -> str:
    """:func:`join_script_split_digits` for a cell of codes (``i๑ 2`` → ``i๑2``, one code in two
    scripts), unless joining reads fewer codes than the cell as printed: two codes whose scripts
    differ (``o8 ๐12``, o8 and o12 on a scan) are not one number."""
    joined = join_script_split_digits(text)
    if joined != text and len(parse_code_list(joined)) < len(parse_code_list(text)):
        return text
    return joined


def codes_from_cell(text: str, tool: str | None, year: int | None, indicator: int | None,
                    listed: bool = False) -> tuple[list[str], list[str]]:
    """Canonical codes printed in a code/analysis cell, with the flags of any repair.

    A cell that starts with a code followed by question text (``1๒ เจ้าหน้าที่…``) is resolved
    with the catalog (the printed code may be wrong); codes elsewhere in the cell are read by
    shape. A bare ``06`` at the start of a cell about an OIT indicator is o6 (flagged).
    ``listed``: the cell is a measure's, where a bare number at the start (``1 มาตรการ…``, the
    list number's dot lost on a scan) is its list number — a code only where the text after
    it is that question's in the catalog (as for bare numbers inside a cell).
    """
    codes: list[str] = []
    text, flags = rejoin_wrapped_code(_join_digits(text))
    raw, rest = split_code_prefix(text)
    if listed and raw is not None and canonical_code(raw)[0] is None:
        raw, rest = None, text  # only the tool could make it a code: a list number
    if raw is not None:
        code, conf, qflags = resolve_question(raw, rest, year, indicator, tool_hint=tool)
        if code:
            codes.append(code)
            flags += [f for f in qflags if f.startswith(("code_corrected", "code_repaired", "code_prefix", "code_text_mismatch", "code_not_in"))]
    for c in parse_code_list(rest if raw is not None else text):
        if c not in codes:
            codes.append(c)
    for code, qflags in _misprinted_codes(rest if raw is not None else text, tool, year, indicator):
        if code not in codes:
            codes.append(code)
            flags += qflags
    if codes and tool and not any(c[0] == _TOOL_PREFIX.get(tool) for c in codes):
        flags.append(f"codes_tool_mismatch:{tool}")
    return codes, flags


def codes_off_indicator(codes: list[str], indicator: int, year: int | None) -> list[str]:
    """``code_other_indicator:<codes>`` for a scanned row's codes that the year's catalog puts
    under another indicator than the one the row names: a digit OCR dropped makes another
    question's code (``o๒`` for ``o๒๓`` beside indicator 10, dev seed 31020 p10: o2 is
    indicator 9's), kept without a word."""
    other = [c for c in codes if (n := indicator_of_question(c, year)) is not None and n != indicator]
    return ["code_other_indicator:" + ",".join(other)] if other else []


def printed_codes(text: str, flags: list[str]) -> tuple[list[str], list[str]]:
    """The codes a cell prints before its finding, shapes repaired, with the flags of a
    catalog correction taken out."""
    text, rflags = rejoin_wrapped_code(_join_digits(text))
    codes = parse_code_list(text)
    return codes, rflags + [f for f in flags if not f.startswith(("code_corrected", "code_text_mismatch", "code_from_text"))]


_BARE_CODE = re.compile(r"(?:^|(?<=\s))([0-9๐-๙]{1,3})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_NOT_CODE_BEFORE = re.compile(r"(?:ตัวชี้วัดที่|ประเด็นที่|ที่|ข้อ|ระดับ|ปี|พ\.ศ\.|จำนวน)\s*$")


def _misprinted_codes(text: str, tool: str | None, year: int | None, indicator: int | None):
    """Codes printed as bare numbers before their question text (``๑๑๕ รายงานผลการบริหาร…``
    for o15): accepted only when the following text matches the catalog question well."""
    for m in _BARE_CODE.finditer(text or ""):
        if _NOT_CODE_BEFORE.search(text[:m.start()]):
            continue
        following = text[m.end():m.end() + 90]
        code, conf, qflags = resolve_question(m.group(1), following, year, indicator, tool_hint=tool)
        if code and conf >= 0.8:
            yield code, [f for f in qflags if f.startswith(("code_corrected", "code_repaired", "code_prefix"))] or [f"code_from_text:{m.group(1)}->{code}"]


QUESTION_NAMED_MIN = 0.85  # header evidence for the question role beside the column's own role


def header_names_role(table, col: int, role: str, minimum: float = QUESTION_NAMED_MIN) -> bool:
    """Whether column ``col``'s own header text names ``role`` too (``ลำดับ ตัวชี้วัด ข้อคำถาม
    ข้อค้นพบ`` over one column: four columns' titles read as one cell)."""
    levels = column_headers(table.header, table.n_cols)
    if col >= len(levels):
        return False
    titles = [t for t in levels[col] if len(squash(t)) <= HEADER_TITLE_MAX]
    return any(header_evidence([t]).get(role, 0.0) >= minimum for t in titles)


def codes_joined_into_indicator(table, layout) -> int | None:
    """The indicator column when the question column was read into it: no question column is
    mapped, the indicator column's header names the questions too, and a cell of it prints
    codes after the indicator (``3 ตัวชี้วัดที่ 1 การ i2 ประชาชนยัง…``). An indicator's own
    cell prints no question codes, so its codes are the row's."""
    c_ind = layout.col("indicator")
    if c_ind is None or layout.col("question") is not None or not header_names_role(table, c_ind, "question"):
        return None
    if any(parse_code_list(join_script_split_digits(r.cells[c_ind])) for r in table.rows if c_ind < len(r.cells)):
        return c_ind
    return None


# a piece of a narrow code column read into the steps column at a line's start: a code, a
# tool letter whose number wrapped onto the next line, or that number (never a list number)
_LINE_PIECE = re.compile(r"^[ \t]*([iIeEoO](?:[ \-]?[0-9๐-๙]{1,2})?|[0-9๐-๙]{1,2})(?=[ \t]|$)(?![ \t]*[.)])")
_DIGITS_PIECE = re.compile(r"^[ \t]*([0-9๐-๙]{1,2})[ \t]+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def codes_at_line_starts(text: str) -> tuple[list[str], str] | None:
    """Question codes of a narrow code column read into its neighbour (the steps column), at
    the start of the cell's lines: ``i ๑. ติดตาม…`` / ``๑๑ ก้าวหน้า…`` is i11 (the code wrapped
    after its tool letter), ``o๒ ๑. จัดทำ…`` / ``o แนวปฏิบัติ…`` / ``๑๘ บุคลากร…`` is o2 and o18.
    The first line starts with a tool letter (a steps line never does); a number is taken only
    after a lone letter or a one-digit code (its wrapped digits), and the run of pieces ends at
    the first line without one. A letter left without its number at the end of the run takes
    the first later line's leading number (the number printed after a page break).
    Returns (codes, the text without the pieces), or None."""
    lines = (text or "").split("\n")
    pieces: list[str] = []
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _LINE_PIECE.match(line)
        took = False
        while m is not None:
            piece = m.group(1)
            is_digits = not piece[0].isalpha()
            if not pieces and is_digits:
                break
            if is_digits and not (pieces[-1].isalpha() or len(pieces[-1].replace(" ", "").replace("-", "")) == 2):
                break
            pieces.append(piece)
            line = line[m.end():]
            took = True
            m = _LINE_PIECE.match(line)
        if not took:
            break
        out.append(line.strip())
        i += 1
    if not pieces:
        return None
    rest = lines[i:]
    if pieces[-1].isalpha():
        for k, line in enumerate(rest):
            if (m := _DIGITS_PIECE.match(line)) is not None:
                pieces.append(m.group(1))
                rest = rest[:k] + [line[m.end():]] + rest[k + 1:]
                break
    joined, _ = rejoin_wrapped_code(_join_digits(" ".join(pieces)))
    codes = parse_code_list(joined)
    if not codes:
        return None
    return codes, "\n".join(x for x in out + rest if x.strip())


_STEP_ITEM = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|[-•●▪])")


def finding_before_steps(text: str) -> tuple[str, str] | None:
    """The lines of a steps cell before its first numbered or bulleted step, when they read
    as a finding (``ผู้รับบริการ…ยังล่าช้า`` after the codes cut from the cell's head: the
    analysis of a codes-in-analysis layout read with the steps): (finding, the steps)."""
    lines = [ln for ln in (text or "").split("\n") if ln.strip()]
    k = next((i for i, ln in enumerate(lines) if _STEP_ITEM.match(ln)), None)
    if not k:
        return None
    head = join_lines([ln.strip() for ln in lines[:k]])
    if tk.text_kind(head) != tk.FINDING:
        return None
    return head, "\n".join(lines[k:])
