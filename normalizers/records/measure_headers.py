"""Header text inside a measures table's body: the table's column titles printed again in the
body, and the leftovers of a wrapped header (its last line, or a lower header row) that the
table finder put in a page's first body row. Both are removed before rows become measures."""

from __future__ import annotations

import re

from normalizers.fields.codes import parse_code_list, rejoin_wrapped_code
from normalizers.fields.indicators import match_indicator
from normalizers.fields.units import known_unit
from normalizers.records.measure_breaks import item_no
from normalizers.tables.grid import HEADERLESS_TOP, PART_HEADING, Row, Table
from normalizers.tables.header_rows import is_header_row
from normalizers.tables.headings import HEADING_WORD, is_heading_line
from normalizers.tables.text import squash
from normalizers.tables.header import column_headers
from normalizers.tables.textkinds import holds_no_field
from normalizers.tables.vocab import header_evidence, names_no_field, vocab


def drop_repeated_headers(table: Table) -> None:
    """Body rows that print the table's own column titles again (the header repeated where
    the table finder joined the next measure's table, or a page's header it did not take for
    one): not measures. A row is such a header when it reads as a header row and two or more
    of its cells (and most of them) are words of the table's header."""
    head = squash("".join("".join(r) for r in table.header))
    if not head:
        return
    keep = []
    for r in table.rows:
        filled = [squash(c) for c in r.cells if c.strip()]
        if len(filled) >= 2 and is_header_row(r.cells) \
                and sum(1 for c in filled if len(c) >= 4 and c in head) >= max(2, 0.6 * len(filled)):
            continue
        keep.append(r)
    table.rows = keep


HEADER_LEFTOVER = 12  # letters: a header's wrapped last word read as the first body row (``ITA``)
HEADER_PIECE = 4  # letters: the shortest piece of header text a leftover is made of
HEADER_LEFTOVER_MAX = 120  # letters: a longer cell is a body cell


def _made_of(text: str, head: str) -> bool:
    """Whether ``text`` (squashed) is pieces of ``head`` end to end, each of HEADER_PIECE or
    more letters (a lower header row read as a body row: ``ประเด็นที่ต้อง`` + ``ผลการ`` +
    ``ปรับปรุง/พัฒนา``)."""
    if len(text) > HEADER_LEFTOVER_MAX:
        return False
    i = 0
    while i < len(text):
        j = next((j for j in range(len(text), i + HEADER_PIECE - 1, -1) if text[i:j] in head), None)
        if j is None:
            return False
        i = j
    return True


def _completes_header(table: Table, row, key_cols: list[int]) -> bool:
    """A row that is the header's last line read as a body row (``ชอบ | (บาท) | การดำเนินการ``
    under ``ส่วนราชการที่รับผิด | งบประมาณ | ช่วงระยะเวลาใน``): no key cell, two or more short
    cells without digits, and one of them, appended to its column's lowest title, makes that
    title name its role more strongly (``…ที่รับผิด`` + ``ชอบ``)."""
    filled = [c for c, text in enumerate(row.cells) if text.strip()]
    if len(filled) < 2 or any(c in key_cols for c in filled):
        return False
    if any(len(squash(row.cells[c])) > HEADER_LEFTOVER or re.search(r"[0-9๐-๙]", row.cells[c]) for c in filled):
        return False
    return any(_completes_title(table, c, row.cells[c]) for c in filled)


def _seq_title(text: str) -> bool:
    """Whether a cell is nothing but a running-number column's title (``ที่``, ``ลำดับ``):
    that column read into its neighbour's, its title with it."""
    return vocab().exact.get(squash(text)) == "seq"


OWN_TITLE_MAX = 30  # letters: a column title alone in a cell
OWN_TITLE_MIN = 3.0  # header evidence: a strong word of the column's own role


def _own_title(text: str, role: str | None) -> bool:
    """Whether a cell is nothing but a title naming its own column's role
    (``วิธีการดำเนินการ`` over a steps column): a lower header title read as a body row."""
    t = squash(text)
    if not role or not t or len(t) > OWN_TITLE_MAX or re.search(r"[0-9๐-๙]", t):
        return False
    ev = header_evidence([t])
    return bool(ev) and max(ev, key=ev.get) == role and ev[role] >= OWN_TITLE_MIN and _all_title_words(t) \
        and not _names_another_role(t, role)


def _names_another_role(t: str, role: str) -> bool:
    """Whether a cell (squashed) prints a strong word of a role other than ``role`` outside
    that role's own words: a body cell's wrapped tail (``รับผิดชอบการดำเนินงาน``, the end of a
    step), not one column's title."""
    own = [w for r, w, _, _ in vocab().words if r == role and w and w in t]
    return any(r != role and wt >= OWN_TITLE_MIN and w and w in t and not any(w in o for o in own)
               for r, w, wt, _ in vocab().words)


def _latin_leftover(t: str, role: str | None) -> bool:
    """A few Latin letters without a digit in the question-code column (``IT``: the wrapped end
    of ``ข้อคำถาม ITA`` in a narrow column, letters the repeated header left in the row under
    it): no question code, every code prints its number."""
    return role == "question" and bool(re.fullmatch(r"[A-Za-z]{1,4}", t))


def _latin_title_tail(text: str, title: str) -> str | None:
    """``text`` without the Latin letters glued to the end of one of its lines after a digit
    (``๔A``) when they end a Latin word the column's title prints or begins (``ข้อคำถาม IT`` +
    ``A``): the wrapped end of a repeated header clipped into the page's first row, over the last
    digit of a code the page break cut (fresh40b 61318 docx: ``i๑`` / ``๔A`` read as ``i1``). No
    code ends with a letter. ``None`` when there is no such tail."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = re.fullmatch(r"(.*[0-9๐-๙])\s*([A-Za-z]{1,3})\s*", line)
        tail = m.group(2).upper() if m else ""
        if m and any(w.endswith(tail) and len(w) > len(tail)
                     and (title.upper().endswith(w) or title.upper().endswith(w[:-len(tail)]))
                     for w in LATIN_TITLE_WORDS):
            lines[k] = m.group(1)
            return "\n".join(lines)
    return None


LATIN_TITLE_WORDS = {"ITA", "IIT", "EIT", "OIT"}  # Latin words a code column's title may wrap


TITLE_GAP = 3  # letters of a title cell that no header word covers (``และ``)


def _all_title_words(t: str) -> bool:
    """Whether a cell (squashed) is header words end to end (``วิธีการ`` + ``ดำเนินการ``), not a
    value that opens with one (``ติดตามผล`` + ``การดำเนินงานทุกหกเดือน``, a follow-up note)."""
    v = vocab()
    covered = [False] * len(t)
    for w in [w for _, w, _, _ in v.words] + list(v.exact):
        if not w:
            continue
        for m in re.finditer(re.escape(w), t):
            covered[m.start():m.end()] = [True] * len(w)
    return covered.count(False) <= TITLE_GAP


def clear_header_leftovers(table: Table, context: dict, key_cols: list[int] | None = None,
                           roles: list[str] | None = None) -> None:
    """The last line of a wrapped column title (``ข้อคำถาม`` / ``ITA``) or a lower header row
    that the table finder put in the first body row of a page: not the row's text. Such a
    cell (no digit; a short word of this table's header or of an earlier measures table's, or
    pieces of those headers end to end) is emptied, so a row's tail under it still reads as
    a tail. So is a page's first-row cell that is only a running-number column's title
    (``ที่``): the header line of that column read as a body row (into its own column, or
    into the next one where the two were read as one), or only a title naming its own
    column's role (``วิธีการดำเนินการ`` in the steps column, ``roles`` given). A later measures
    table's header counts too (``doc_measure_headers``: ``document_measure_headers``): the first
    table of a document may lose its lower header row to the body where the next ones do not
    (hdr9-unk seed 3010 docx: its lower titles, period and measure, read as a measure)."""
    head = squash("".join("".join(r) for r in table.header))
    context["measure_headers"] = head = context.get("measure_headers", "") + "|" + head
    head += "|" + context.get("doc_measure_headers", "")
    page = None
    cq = roles.index("question") if roles and "question" in roles else None
    for k, r in enumerate(table.rows):
        if cq is not None and cq < len(r.cells) and _latin_leftover(squash(r.cells[cq]), "question"):
            r.cells[cq] = ""  # under a repeated header, the page's first row may come after its lower rows
            if r.lines and cq < len(r.lines):
                r.lines[cq] = ""
        if r.page != page and cq is not None and cq < len(r.cells) and table.header:
            titles = column_headers(table.header, table.n_cols)[cq] if cq < table.n_cols else []
            title = next((squash(t) for t in titles if re.search(r"[A-Za-z]$", squash(t))), "")
            cut_tail = _latin_title_tail(r.cells[cq], title) if title else None
            if cut_tail is not None:
                r.cells[cq] = cut_tail
                if r.lines and cq < len(r.lines) and r.lines[cq]:
                    r.lines[cq] = _latin_title_tail(r.lines[cq], title) or r.lines[cq]
        if r.page != page:
            page = r.page
            if key_cols is not None and table.header and _completes_header(table, r, key_cols):
                r.cells = [""] * len(r.cells)
                r.lines = [""] * len(r.lines) if r.lines else r.lines
                continue
            sure, long_ = [], []
            for c, text in enumerate(r.cells):
                t = squash(text)
                if not t or re.search(r"[0-9๐-๙]", t):
                    continue
                if len(t) <= HEADER_LEFTOVER and t in head or _seq_title(t) \
                        or _own_title(t, roles[c] if roles and c < len(roles) else None):
                    sure.append(c)
                elif _made_of(t, head):
                    (sure if len(t) <= HEADER_LEFTOVER or _all_title_words(t) else long_).append(c)
            cut = [c for c in sure if k and _completes_unit(table.rows[k - 1], r, c, roles)
                   or k + 1 < len(table.rows) and _completes_unit(r, table.rows[k + 1], c, roles, below=True)]
            if cut:
                # a unit's name the page break cut (``งานนิติ`` / ``การ``): its rest is the row's,
                # whatever header word it reads as (born39 60403 docx, measure 3's ``งานนิติการ``)
                r.flags = sorted(set(r.flags) | {f"header_text_kept:{_field(roles, c)}" for c in cut})
                sure = [c for c in sure if c not in cut]
            own = [c for c, text in enumerate(r.cells) if text.strip() and c not in sure and c not in long_]
            # (a word that does not complete its own column's title: a wrapped title's last line,
            # ``ชอบ`` under ``หน่วยงานรับผิด``, is the header's, fresh13 9127 docx; ``หน่วยงาน``
            # under the steps' title is the row's, fresh26 36001 docx)
            lone = len(sure) == 1 and not own and not long_ and sum(1 for c in r.cells if c.strip()) == 1 \
                and not _completes_title(table, sure[0], r.cells[sure[0]])
            if sure and HEADERLESS_TOP in r.flags and (any(len(squash(r.cells[c])) > HEADER_LEFTOVER for c in own)
                                                       or lone):
                # a page's first row with no header over it (a row's rest after a page break):
                # a header word in it beside the row's own text is the row's (dev seed 18230 docx:
                # ``การดำเนินงาน``, the end of measure 3's name on p8), kept and flagged; so is
                # one such word alone in one cell (fresh28 39003 docx: ``การดำเนินงาน``, the end
                # of measure 5's last step on p7, dropped unflagged): a header not found on its
                # page and read as a row would fill more than one cell
                r.flags = sorted(set(r.flags) | {f"header_text_kept:{_field(roles, c)}" for c in sure})
                sure = []
            if len(sure) >= 2 and sum(1 for c in own if item_no(r.cells[c]) is not None) >= 2:
                # header words in a row whose own cells open numbered items (``1. จัดทำแผนและ`` |
                # ``2. มาตรการ``): a Word row the page break cut after its first line, each cell's
                # first word alike a title's (``สอดคล้อง``, ``การ``: unbiased fresh30 41016 docx p5,
                # dropped unflagged); a header's wrapped last line is no list's first line
                r.flags = sorted(set(r.flags) | {f"header_text_kept:{_field(roles, c)}" for c in sure})
                sure = []
            if long_ and own:
                # a long cell made of header text beside a row's own text: the header the text was
                # found in may hold body text (a heading read as its first row, its header joined to
                # the body: fresh12d 9005 docx); the field keeps it, flagged
                r.flags = sorted(set(r.flags) | {f"header_text_kept:{_field(roles, c)}" for c in long_})
                long_ = []
            for c in sure + long_:
                r.cells[c] = ""
                if r.lines and c < len(r.lines):
                    r.lines[c] = ""
    # a row that was nothing but header words is gone (a tail below it must not join it)
    table.rows = [r for r in table.rows if any(c.strip() for c in r.cells)]


def _completes_unit(prev: Row, r: Row, c: int, roles: list[str] | None, below: bool = False) -> bool:
    """Does cell ``c`` of ``r`` (first on its page) end the unit the units cell of ``prev`` (the
    row above, on the page before) ends with, cut by the page break: together a unit the
    vocabulary names, the last line above alone none? With ``below``, ``prev`` is the row first
    on its page and its cell ``c`` starts the unit ``r``'s (next page) goes on with (fresh39 59022
    docx: ``งาน`` / ``ประชาสัมพันธ์``)."""
    if not roles or c >= len(roles) or roles[c] != "responsible" or c >= len(prev.cells) or c >= len(r.cells) \
            or r.page != prev.page_last + 1:
        return False

    def printed(row: Row) -> list[str]:
        text = (row.lines[c] if row.lines and c < len(row.lines) and row.lines[c] else row.cells[c]).strip()
        return [squash(x) for x in text.split("\n") if x.strip()]
    above, under = printed(prev), printed(r)
    if not above or not under:
        return False
    part = under[0] if below else above[-1]
    return not known_unit(part) and known_unit(above[-1] + under[0])


def _completes_title(table: Table, c: int, text: str) -> bool:
    """Does ``text``, appended to column ``c``'s lowest title, make that title name its role
    more strongly (``หน่วยงานรับผิด`` + ``ชอบ``), as ``_completes_header`` asks of each cell?"""
    heads = column_headers(table.header, table.n_cols)
    if c >= len(heads) or not heads[c]:
        return False

    def strength(texts: list[str]) -> float:
        ev = header_evidence(texts)
        return max(ev.values()) if ev else 0.0
    return strength([heads[c][0] + squash(text)]) > strength(heads[c][:1])


def _field(roles: list[str] | None, c: int) -> str:
    """The role of column ``c`` (``c<n>`` when it has none)."""
    return roles[c] if roles and c < len(roles) and roles[c] else f"c{c}"


def document_measure_headers(tables: list, layouts: list) -> str:
    """Every measures table's header words of one document, squashed, ``|`` between tables."""
    return "|".join(squash("".join("".join(r) for r in t.header)) for t, lay in zip(tables, layouts)
                    if lay.kind == "measures" and t.header)


NAMED_FIELDS = ("period", "responsible", "analysis")  # fields a row without them is flagged for, when named
NAMED_FIELD_KEY = {"period": "period_text", "responsible": "responsible", "analysis": "analysis"}  # the record's
HEADER_TITLE_MAX = 80  # letters: a longer header cell holds body text the header took in
NAMED_MIN = 0.85  # header evidence: a strong word of the field, beside another field's strong word


def named_not_mapped(table: Table, layout) -> list[str]:
    """Fields (period, responsible units, analysis) that a column's own header cell names while no
    column is mapped to them: two columns read as one (``ขั้นตอนหรือวิธีการปฏิบัติ
    ช่วงระยะเวลาในการดำเนินการ`` over one column), so a row that ends up without that field
    did not print it empty: it was not read."""
    titles = [levels[0] for levels in column_headers(table.header, table.n_cols)
              if levels and len(squash(levels[0])) <= HEADER_TITLE_MAX]  # longer: body text read into it
    # a scan's speck read into the header's words (``ช่วงระยะ ๐: เวลา``: unseen scan 32001 p6) is
    # no letter of them: the words are matched without it too
    titles += [t for t in (_SPECKS.sub("", squash(t)) for t in titles) if t not in titles]
    out = []
    for role in NAMED_FIELDS:
        if layout.col(role) is None and any(header_evidence([t]).get(role, 0.0) >= NAMED_MIN for t in titles):
            out.append(role)
    return out


_SPECKS = re.compile(r"[0-9๐-๙:;.,'\"|]+")  # digits and marks: no header word of a field prints them


_THAI_LETTER = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]")
UNMAPPED_TEXT_MIN = 8  # Thai letters: a word or two of prose, not a number or a mark


def unmapped_text_columns(table: Table, layout) -> list[int]:
    """Columns of a measures table that no role was given although their header does not say
    they hold no field (``งบประมาณ``, ``หมายเหตุ`` …): text printed in them is in no field of
    the row, so a row with text there says so (``column_unmapped_text``) instead of losing it
    silently (a header in words the vocabulary does not know)."""
    heads = column_headers(table.header, table.n_cols)
    out = []
    for c, role in enumerate(layout.roles):
        if role:
            continue
        levels = heads[c] if c < len(heads) else []
        if any(names_no_field(h) for h in levels):
            continue
        out.append(c)
    return out


def unmapped_text_in_row(cells: list[str], cols: list[int], record: dict) -> bool:
    """Whether one of those columns holds prose or question codes in this row that the record
    does not hold."""
    kept = squash(" ".join([record.get("measure") or "", record.get("analysis") or "",
                            record.get("follow_up") or "", record.get("measure_analysis") or ""]
                           + list(record.get("steps") or [])))
    codes = set(record.get("question_codes") or [])
    for c in cols:
        text = cells[c] if c < len(cells) else ""
        if set(parse_code_list(rejoin_wrapped_code(text)[0])) - codes:
            return True  # question codes the row does not hold (fresh36 53017 docx, before its header was read whole)
        if not text or holds_no_field(text) or len(_THAI_LETTER.findall(text)) < UNMAPPED_TEXT_MIN:
            continue
        if squash(text) not in kept:
            return True
    return False


def part_heading(row: Row) -> int | None:
    """The indicator a heading names that was printed over the stitched part ``row`` starts (a
    ``part_heading:`` row flag: dev seed 17080 html, measure 3 under ``ประเด็นที่ 3`` on page 7)."""
    for h in (f[len(PART_HEADING):] for f in row.flags if f.startswith(PART_HEADING)):
        if "ตัวชี้วัด" in h.replace(" ", "") or h.strip().startswith(("ประเด็นที่", "ด้านที่")):
            no, _, _ = match_indicator(h)
            if no is not None:
                return no
    return None


HEADING_TAIL = 12  # letters: a heading's word end that the page's column bounds put in the next column


def split_heading(cells: list[str]) -> int | None:
    """The indicator of a heading row whose words the column bounds of a table without rules
    split across cells: its first filled cell a heading (``ประเด็นที่ 3 ประสิทธิภาพการสื่อ``), each
    other filled cell a short word end without digits (``สาร``). A table that took in the heading
    printed over the next page's part read it as a measure of its own (fresh20 20201 html p7,
    an extra measure named ``ประเด็นที่ 3 …`` and measure 3 given the indicator above it; 20200
    html p5 alike). The heading word may stand alone in the first cell, its number opening the
    next."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or not re.match(HEADING_WORD, filled[0]):
        return None
    head = 1
    if re.fullmatch(HEADING_WORD, squash(filled[0])):
        # the heading word alone in its cell, its number and name in the next one (fresh20 20200
        # html p5: ``ประเด็นที่`` | ``๔ การเปิดเผยข้อมูล`` in the seq and measure columns)
        if not re.match(r"[0-9๐-๙]{1,2}(?![0-9๐-๙.])", filled[1]):
            return None
        head = 2
    elif not re.match(HEADING_WORD + r"\s*[0-9๐-๙]", filled[0]):
        return None
    if any(len(squash(c)) > HEADING_TAIL or re.search(r"[0-9๐-๙]", c) for c in filled[head:]):
        return None
    text = " ".join(filled[:head]) + "".join(filled[head:])
    if not is_heading_line(text):
        return None
    return match_indicator(text)[0]
