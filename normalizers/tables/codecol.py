"""Structure before meaning: a column holding only question codes (`i๑`, `e12`) printed
beside a column of question texts is one question column split in two. Joined, its cells read
`i๑ <text>` as they do where reports print code and text in one cell, so the role assignment
sees a question column whatever the header says (or where there is none)."""
from __future__ import annotations

import re

from normalizers.fields.codes import match_question_text
from normalizers.fields.units import names_known_units
from normalizers.tables import cells as ct
from normalizers.tables import textkinds as tk
from normalizers.tables.colmerge import join_columns
from normalizers.tables.grid import Row, Table
from normalizers.tables.header import column_headers
from normalizers.tables.vocab import STRONG, header_evidence

MIN_ROWS = 2
SHARE = 0.8
# an OIT code whose letter OCR read as a zero (``o๓๔`` → ``๐๓๔``, ``o๑`` → ``๐๑``)
_ZERO_CODE = re.compile(r"^[๐0][0-9๐-๙]{1,2}$")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _zero_code(cell: str) -> bool:
    t = (cell or "").strip()
    return bool(_ZERO_CODE.match(t)) and 1 <= int(t.translate(_THAI_DIGITS)[1:]) <= 43


def _zero_codes(rows: list[Row], c: int) -> bool:
    """Whether column ``c``'s bare numbers opening with a zero are OIT codes OCR misread
    (``๐๑``, ``๐๒`` … ``๐๑๐``): some code has two digits after its zero (``๐๑๐``, ``๐๓๔``), which
    no zero-padded row number prints (it reads ``๑๐``), or a Thai zero before Arabic digits
    (``๐1`` … ``๐6``: the ``o`` of ``o1`` read as ``๐``; a padded row number keeps one script,
    ``๐๑`` or ``01``; fresh20s 20304 p3, o1-o6 read as row numbers, o6 lost)."""
    return any(_zero_code(r.cells[c]) and (len(r.cells[c].strip()) == 3 or _mixed(r.cells[c]) or _oit_text(r, c))
               for r in rows)


OIT_TEXT_MATCH = 0.8  # a text this close to the catalog's OIT question of a code's number is that question


def _oit_text(r: Row, c: int) -> bool:
    """Does the text beside a zero-padded number (``๐๑``) read as the catalog's OIT question of
    that number (``โครงสร้างและอำนาจหน้าที่`` beside ``๐๑``)? Then it is ``o1`` OCR misread, not a
    padded row number (unseen scan fresh34s 49111 p3, 200 dpi: a table of o1-o2 under a header
    drawn a column off, the codes read as row numbers, both questions lost)."""
    text = r.cells[c + 1] if c + 1 < len(r.cells) else ""
    best = match_question_text(text or "", None)
    n = int(r.cells[c].strip().translate(_THAI_DIGITS)[1:])
    return bool(best) and best[0][0] == f"o{n}" and best[0][1] >= OIT_TEXT_MATCH


def _mixed(cell: str) -> bool:
    t = (cell or "").strip()
    return t[:1] == "๐" and any("0" <= ch <= "9" for ch in t[1:])


# a code whose letter OCR read as a digit: three ASCII digits, the last two a question number of
# two digits (no question number has three); the column prints such codes in their own shape too.
# - IIT read with a one (``i13`` → ``113``, ``i30`` → ``130``: fresh21s 21615 p2 ``113 114 i15 116
#   i17 118``, p3 ``i25 126 i27 128 i29 130``; 21610 p3 ``i29 130``: each table left unread, unknown);
# - OIT read with a six (``o40`` → ``640``: fresh30u 41214 p5, 200 dpi, ``๐34 … ๐39 640 641 642 643``,
#   the table left unread, o34-o43 lost), its own shape ``o`` or the ``๐`` OCR reads for it.
# kind -> (misread shape, own shape, letter, highest number)
_MISREAD_LEAD = {
    "one": (re.compile(r"^1([1-3][0-9])$"), re.compile(r"^[iI][0-9๐-๙]{1,2}$"), "i", 30),
    "six": (re.compile(r"^6([1-4][0-9])$"), re.compile(r"^[oO๐0][0-9๐-๙]{1,2}$"), "o", 43),
}


def _lead_code(cell: str, kind: str) -> str | None:
    misread, _, letter, top = _MISREAD_LEAD[kind]
    m = misread.match((cell or "").strip())
    return f"{letter}{m.group(1)}" if m and 10 <= int(m.group(1)) <= top else None


def _lead_codes(rows: list[Row], c: int, kind: str) -> bool:
    """Whether column ``c``'s three-digit numbers are codes of ``kind`` OCR misread: the column
    prints such codes in their own shape too, or they run in sequence (:func:`_in_sequence`)."""
    own = _MISREAD_LEAD[kind][1]
    return any(_lead_code(r.cells[c], kind) for r in rows) \
        and (any(own.match((r.cells[c] or "").strip()) for r in rows) or _in_sequence(rows, c, kind))


def _in_sequence(rows: list[Row], c: int, kind: str) -> bool:
    """Whether every misread code of ``kind`` in column ``c`` (``113 114 115 …``: each ``i`` of an
    IIT table read as a one) sits next to a row whose code, misread or not, is the question before
    or after it: reports print a tool's questions in code order, and no row number, budget or
    count prints a run of consecutive 110-143s (unseen-then scan 44115 p2, 300 dpi: ``113 … 118``,
    ``119 … 124``, ``125 … 128``, every code read with a one, i13-i28 lost)."""
    letter = _MISREAD_LEAD[kind][2]
    nums = [_code_number(r.cells[c], kind, letter) for r in rows]
    leads = [k for k, r in enumerate(rows) if _lead_code(r.cells[c], kind)]
    return bool(leads) and all(
        nums[k] is not None and any(0 <= j < len(nums) and nums[j] is not None and abs(nums[j] - nums[k]) == 1
                                    and (nums[j] - nums[k]) * (j - k) > 0 for j in (k - 1, k + 1))
        for k in leads)


def _code_number(cell: str, kind: str, letter: str) -> int | None:
    """The question number a code cell prints, in its own shape or misread as ``kind``."""
    code = _lead_code(cell, kind)
    if code is None and _MISREAD_LEAD[kind][1].match((cell or "").strip()):
        code = (cell or "").strip()
    return int(code[1:].translate(_THAI_DIGITS)) if code and code[1:].translate(_THAI_DIGITS).isdigit() else None


# a one-digit code whose letter OCR read as a digit (``o4`` -> ``64``, ``i8`` -> ``18``): the same
# print as a two-digit number, so only taken where the code before or after it is printed in its
# own shape and is the question before or after it (unseen-then scan 44102 p2, 300 dpi:
# ``๐1 ๐2 ๐3 64``, the table unread, o1-o4 lost)
_SHORT_LEAD = {"one": (re.compile(r"^1([1-9])$"), "i"), "six": (re.compile(r"^6([1-9])$"), "o")}


def _own_number(cell: str) -> tuple[str, int] | None:
    """(letter, number) of a code printed in its own shape (``i๑``, ``e12``) or with an OIT's
    letter read as a zero (``๐3``)."""
    t = (cell or "").strip()
    if ct.cell_type(t) == ct.CODES or _zero_code(t):
        m = re.match(r"^([iIeEoO๐0])\s?([0-9๐-๙]{1,2})$", t)
        if m:
            letter = m.group(1).lower()
            return ("o" if letter in "๐0" else letter), int(m.group(2).translate(_THAI_DIGITS))
    return None


def _short_codes(rows: list[Row], c: int) -> dict[int, str]:
    """``id(row)`` -> the code of each one-digit misread code (``64``, ``18``) in column ``c``
    whose neighbour row, in its own shape, is the question before or after it."""
    out: dict[int, str] = {}
    own = [_own_number(r.cells[c]) for r in rows]
    for k, r in enumerate(rows):
        for kind, (rx, letter) in _SHORT_LEAD.items():
            m = rx.match((r.cells[c] or "").strip())
            if not m:
                continue
            n = int(m.group(1))
            if any(0 <= j < len(rows) and own[j] == (letter, n + (j - k)) for j in (k - 1, k + 1)):
                out[id(r)] = f"{letter}{n}"
    return out


def _repaired(cell: str, one: bool, six: bool) -> str | None:
    """The code a misread IIT (``1NN``) or OIT (``6NN``) code stands for, where its column says so."""
    return (_lead_code(cell, "one") if one else None) or (_lead_code(cell, "six") if six else None)


def _join(a: str, b: str) -> str:
    a, b = (a or "").strip(), (b or "").strip()
    return f"{a} {b}".strip() if a and b and a != b else (a or b)


def _grouping(r: Row) -> bool:
    """An indicator or tool heading row between the question rows (``ตัวชี้วัดที่ ๓ | การใช้อำนาจ``):
    not a row of the code column, whichever cells its text fell into. A row opening with a code
    misread as a number (``114 | ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริต… | 79.47``, whose text
    names an indicator) is no heading (unseen-then scan 44105 p2)."""
    filled = [c.strip() for c in r.cells if c and c.strip()]
    if filled and (_lead_code(filled[0], "one") or _lead_code(filled[0], "six")):
        return False
    return ct.cell_type(" ".join(filled)) in (ct.INDICATOR, ct.TOOL)


def _other_field(t: Table, c: int, rows: list[Row]) -> bool:
    """Whether column ``c`` (right of a code column) holds another field than question texts:
    its own header names another role outright (``ข้อค้นพบ``, ``หน่วยงานที่รับผิดชอบ``), or
    most of its cells are findings or measure names (a measures table's code column beside
    its analysis or measure column, whose codes are ``question_codes``, not part of the text)."""
    heads = column_headers(t.header, t.n_cols)[c]
    ev = header_evidence(heads[:1]) if heads else {}
    if ev and max(ev.values()) >= STRONG and max(ev, key=lambda r: ev[r]) != "question":
        return True
    filled = [r.cells[c] for r in rows if (r.cells[c] or "").strip()]
    if _numbered_steps(filled):
        return True
    printed = [(r.lines[c] if c < len(r.lines) else "") or r.cells[c] for r in rows if (r.cells[c] or "").strip()]
    if sum(1 for x in printed if names_known_units(x)) > 0.5 * len(printed):
        # a measures table's units column beside its code column, under a title no vocabulary
        # names: its cells list known units, which no question's text is (born39 60403, unknown
        # titles: ``e1 | ทุกส่วนราชการ`` joined as one question cell, every measure's units lost)
        return True
    kinds = [tk.text_kind(x) for x in filled]
    return bool(kinds) and sum(1 for k in kinds if k in (tk.FINDING, tk.MEASURE_NAME)) > 0.5 * len(kinds)


# a list item: its number at the text's start or after a space (the dot OCR may lose: ``1 ทบทวน…``),
# then a letter
_ITEM = re.compile(r"(?:^|(?<=\s))\(?([0-9๐-๙]{1,2})\s?[.)]?\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _numbered_steps(cells: list[str]) -> bool:
    """Whether most cells are numbered lists opening with item 1, and some cell goes on to item 2:
    steps (``1 ทบทวนขั้นตอน…`` / ``2 แต่งตั้งคณะทำงาน…``), which no question
    text is. A measures table's code column beside its steps column whose title OCR garbled
    (``ข้นแตอนหรือ``) was joined to it as the questions' texts, every measure's steps read as
    its question code (``code_unreadable:1``) and lost, unflagged: fresh30u 41200 p5 (200 dpi, m8
    columns, code column ``ข้อคำถาม`` left of the steps)."""
    nums = [[int(m.group(1).translate(_THAI_DIGITS)) for m in _ITEM.finditer(x.strip())] for x in cells]
    opened = [ns for x, ns in zip(cells, nums) if ns[:1] == [1] and _ITEM.match(x.strip())]
    return len(opened) > 0.5 * len(cells) and any(2 in ns for ns in opened)


def _names_questions(t: Table, c: int, strong: float = STRONG) -> bool:
    """Whether column ``c``'s own header names the question texts outright (``ข้อคำถาม``),
    or at all (``strong=0``)."""
    heads = column_headers(t.header, t.n_cols)[c]
    ev = header_evidence(heads[:1]) if heads else {}
    return bool(ev) and max(ev.values()) >= strong and max(ev, key=lambda r: ev[r]) == "question"


def _code_column(t: Table) -> int | None:
    """The first column of bare codes whose right neighbour holds the texts, else None. A
    part of one row (a table cut by a page break after its last code) is enough when every
    row is a code and the neighbour's header names the questions."""
    for c in range(t.n_cols - 1):
        rows = [r for r in t.rows if c + 1 < len(r.cells) and (r.cells[c] or "").strip() and not _grouping(r)]
        need = MIN_ROWS
        if rows and len(rows) < MIN_ROWS and (_names_questions(t, c + 1) or _names_questions(t, c + 1, 0.0)
                                              and all(ct.cell_type(r.cells[c]) == ct.CODES for r in rows)):
            # a one-row part under ``ข้อ | ประเด็นการประเมิน | ร้อยละ`` (15015 scanned, e4 at p2's foot)
            need = len(rows)
        if not rows or len(rows) < need:
            continue
        zero, one, six = _zero_codes(rows, c), _lead_codes(rows, c, "one"), _lead_codes(rows, c, "six")
        short = _short_codes(rows, c)
        codes = [r for r in rows if ct.cell_type(r.cells[c]) == ct.CODES or zero and _zero_code(r.cells[c])
                 or _repaired(r.cells[c], one, six) or id(r) in short]
        if len(codes) < SHARE * len(rows) or len(codes) < need:
            continue
        # a short question text that starts like a unit name (``หน่วยงานมีช่องทาง…``,
        # ``เจ้าหน้าที่ให้บริการ…``) types as a unit list: still text
        texts = [r for r in codes if ct.cell_type(r.cells[c + 1]) in (ct.TEXT, ct.PROSE, ct.INDICATOR, ct.UNITS)]
        # a code whose text went to the next page with its cell (a row cut by a page break)
        # leaves its neighbour empty: no evidence either way
        beside = [r for r in codes if (r.cells[c + 1] or "").strip()]
        if not beside and any((r.cells[c + 1] or "").strip() for r in t.rows if c + 1 < len(r.cells)):
            continue  # no code has its text beside it, other rows fill the column: not the texts
        if len(texts) >= max(min(need, len(beside)), SHARE * len(beside)) and not _other_field(t, c + 1, codes):
            return c
    return None


def _heading_column(t: Table) -> int | None:
    """A column filled on indicator heading rows only (``ตัวชี้วัดที่ | 1 | การปฏิบัติหน้าที่``:
    the heading's number found a column of its own, dev scan 16501 p1), else None: it sits
    between the code column and the texts, which then are not beside each other."""
    body = sum(1 for r in t.rows if not _grouping(r))
    for c in range(1, t.n_cols - 1):
        filled = [r for r in t.rows if (r.cells[c] or "").strip()]
        if filled and body >= MIN_ROWS and all(_grouping(r) or _heading_number(r, c) for r in filled):
            return c
    return None


_HEADING_MARK = re.compile(r"^\s*ตัว[ชข]ี?้?วัด(?:ที่?)?(?=\s|$)")
HEADING_NO_LEN = 3  # characters of a heading's number as OCR reads it (``8``, ``๑๐``, ``li`` for ``10``)


def _heading_number(r: Row, c: int) -> bool:
    """Does column ``c`` hold, in ``r``, the number of the indicator heading the cell before it
    opens (``ตัวชี้วัดที่ | 8 | การปรับปรุงการทำงาน (๗1.44 คะแนน)⏎หน่วยงานมีการเปิด…``), the heading
    read fused with the question row under it, too long to type as a heading? fresh35s 51113 p3
    (200 dpi): the codes were joined to that column instead of their texts, e5-o28 lost (named). The
    heading may hold a code after its mark (``ตัวชี้วัดที่⏎๐๒1``: the next row's code read into it)."""
    m = _HEADING_MARK.match(r.cells[c - 1] or "")
    return m is not None and len("".join(m.string[m.end():].split())) <= HEADING_NO_LEN + 1 \
        and len("".join((r.cells[c] or "").split())) <= HEADING_NO_LEN


def _text_pieces(t: Table) -> bool:
    """An OCR'd table whose every row is ``code | text … | score`` with the text cut into two or
    more columns at its word gaps (a one-row part whose columns were inferred from its own line:
    ``i12 | เจ้า | หน้าทีนำทรัพย์ | สินของรา | ชการไปใช้… | 54.47``, dev scans 19001 p2, 17505 p2)."""
    if t.method != "ocr" or t.n_cols < 4 or not t.rows:
        return False
    body = [r for r in t.rows if not _grouping(r)]  # an indicator heading cut the same way may sit among them
    if not body:
        return False
    # under a header naming one column of question texts over the middle columns and nothing
    # over the others, a row whose text fell into one of them is a row of it too (fresh30u 41214
    # p3, 200 dpi: ``รหัส | | ประเด็นการประเมิน | คะแนน``, four rows cut mid-word and ``e10``'s
    # text whole in the first piece; e6-e10 lost)
    one_head = _one_text_header(t)
    for r in body:
        mid = [c for c in r.cells[1:-1] if (c or "").strip()]
        if ct.cell_type(r.cells[0]) != ct.CODES or ct.cell_type(r.cells[-1]) != ct.SCORE \
                or len(mid) < (1 if one_head else 2) \
                or any(ct.cell_type(c) in (ct.SCORE, ct.INT, ct.CODES) for c in mid):
            return False
    return not one_head or any(sum(1 for c in r.cells[1:-1] if (c or "").strip()) >= 2 for r in body)


def _one_text_header(t: Table) -> bool:
    """Whether the header names the question texts over exactly one middle column and leaves
    the other middle columns blank (one text column the column finder cut in pieces)."""
    if not t.header:
        return False
    filled = [c for c in range(1, t.n_cols - 1) if any((h or "").strip() for h in column_headers(t.header, t.n_cols)[c])]
    return len(filled) == 1 and _names_questions(t, filled[0], 0.0)


def _code_shaped(cell: str, one: bool, six: bool) -> bool:
    """A code as printed or as OCR misreads one (``i๑``, ``๐๓๔``; ``113``, ``640`` where the
    column says so)."""
    return ct.cell_type(cell) == ct.CODES or _zero_code(cell) or _repaired(cell, one, six) is not None


def _blank_beside_codes(t: Table) -> int | None:
    """A column no row fills, between a column whose every filled cell is a code and a
    column of texts beside each code, else None. The header drawn one column right of the codes
    (``| รหัส | ข้อคำถาม | คะแนน`` over ``i1 | | text | score``) made the column finder keep a
    column the body leaves empty, and the codes were then beside nothing (unseen-then scan 44115
    p1-p3, 300 dpi, one table per indicator: i1-i30 and e1-e5 lost or coded from their texts)."""
    body = [r for r in t.rows if not _grouping(r)]
    for c in range(t.n_cols - 2):
        rows = [r for r in body if c + 2 < len(r.cells)]
        filled = [r for r in rows if (r.cells[c] or "").strip()]
        if not filled or len(filled) < len(rows) \
                or any((r.cells[c + 1] or "").strip() for r in t.rows if c + 1 < len(r.cells)):
            continue  # (a column heading rows fill is _heading_column's)
        short, one, six = _short_codes(filled, c), _lead_codes(filled, c, "one"), _lead_codes(filled, c, "six")
        if all(_code_shaped(r.cells[c], one, six) or id(r) in short for r in filled) \
                and all(ct.cell_type(r.cells[c + 2]) in (ct.TEXT, ct.PROSE, ct.INDICATOR, ct.UNITS) for r in filled):
            return c
    return None


def join_code_columns(t: Table) -> Table:
    """``t`` with a bare-code column joined to the text column right of it (flagged
    ``code_column_joined:c<col>``), or ``t`` itself. A column only headings fill is first
    joined to its left neighbour (``heading_column_joined:c<col>``)."""
    if _text_pieces(t):
        while t.n_cols > 3:
            t = join_columns(t, 1, text=_join, conf=min, alt=lambda a, b: None, flag="text_pieces_joined")
        # every row was checked code | text | score: the codes join their texts (one row is enough)
        return join_columns(t, 0, text=_join, conf=min, alt=lambda a, b: b, flag="code_column_joined:c0")
    b = _blank_beside_codes(t)
    if b is not None:
        t = join_columns(t, b, text=_join, conf=min, alt=lambda a, b: a or b, flag=f"blank_column_joined:c{b + 1}")
    h = _heading_column(t)
    if h is not None:
        joined = join_columns(t, h - 1, text=_join, conf=min, alt=lambda a, b: b or a,
                              flag=f"heading_column_joined:c{h}")
        if _code_column(joined) == h - 1:  # the codes, their headings joined, beside their texts
            t = joined
    c = _code_column(t)
    if c is None:
        return t
    rows = [r for r in t.rows if c + 1 < len(r.cells) and (r.cells[c] or "").strip() and not _grouping(r)]
    one, six = _lead_codes(rows, c, "one"), _lead_codes(rows, c, "six")
    short = _short_codes(rows, c)
    if one or six or short:
        for r in rows:
            code = _repaired(r.cells[c], one, six) or short.get(id(r))
            if code is not None:  # the shape repaired where the column says so, flagged
                r.flags = sorted(set(r.flags) | {f"code_repaired:{r.cells[c].strip()}->{code}"})
                r.cells[c] = code
                if c < len(r.lines):
                    r.lines[c] = code
    t = join_columns(t, c, text=_join, conf=min, alt=lambda a, b: b, flag=f"code_column_joined:c{c}")
    return _join_blank_question_title(t, c)


def _join_blank_question_title(t: Table, c: int) -> Table:
    """``t`` with the column right of the joined codes and texts (``c``) joined to it where no
    row fills it and its header names the question texts: the header drawn a column right of
    the body (``ข้อที่ | ข้อคำถาม | ผลคะแนน`` over ``๐๑ โครงสร้าง… | | ๕๑.๒๐``), the texts' own
    title over nothing (unseen scan fresh34s 49111 p3, 200 dpi: the codes and texts taken for
    row numbers under ``ข้อที่``, o1-o2 lost)."""
    if c + 2 >= t.n_cols or any((r.cells[c + 1] or "").strip() for r in t.rows if c + 1 < len(r.cells)) \
            or not _names_questions(t, c + 1, 0.0) or _names_questions(t, c, 0.0):
        return t
    return join_columns(t, c, text=_join, conf=min, alt=lambda a, b: a or b, flag=f"blank_column_joined:c{c + 1}")


__all__ = ["join_code_columns", "Row"]
