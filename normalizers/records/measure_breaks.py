"""Measure rows a page break cut in two, joined again (for ``normalizers.records.measures``).

    tells that a page's first row is the rest of the last row before   split_row_signals
    the break (keys empty, short columns in one part, period cut, step
    numbering that carries on, a list of units going on unmarked, a key
    cell not starting like the table's, keys printed after the break only,
    no measure text above it, an indicator or steps cell printed after it only,
    an indicator cell's unnumbered rest, a cell starting mid-word, a
    period's year alone under a period ending with its month, a period
    printed above the break only where every measure prints one, a finding
    without the question codes the table's findings start with)
    rows joined on two tells (or the short columns, or keys after the    merge_page_breaks
      break only under a keyless row), never across two indicators
      named by name
    a row printing only its sequence number, then a row without one     join_seq_fragments

Joined rows are flagged ``row_split_across_pages``.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator, printed_number
from normalizers.fields.months import ABBR, FULL
from normalizers.fields.numbers import to_ascii_digits
from normalizers.records.line_rows import STEP_NO
from normalizers.tables.grid import Row, Table, merge_rows
from normalizers.tables.cells import UNITS, cell_type
from normalizers.tables.header_rows import MID_WORD as _MID_WORD
from normalizers.tables.text import squash
from normalizers.tables.textkinds import measure_heads
from normalizers.tables.roles import Layout


def _joined(prev: Row, rest: Row) -> Row:
    merged = merge_rows(prev, rest)
    merged.flags = sorted(set(merged.flags) | {"row_split_across_pages"})
    return merged


_ITEM = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)]")
_BULLET = re.compile(r"^\s*[-•●▪]")
# a period cell ending where its dates must follow: a dash, or a word opening a span (``ตลอด``
# above the break, ``ปีงบประมาณ ๒๕๖๘`` after it; fresh41 63024 docx)
_OPEN_PERIOD = re.compile(r"(?:-|–|—|ถึง|ตลอด|ตั้งแต่|ระหว่าง|ภายใน)\s*$")
_CODE_START = re.compile(r"^\s*(?:[iIeEoO๐0][0-9๐-๙]{1,2}|[0-9๐-๙]{1,2}\s*[.)]|\(\s*[0-9๐-๙]{1,2}\s*\)|[0-9๐-๙]{1,3}\s)")
# a period cell's year alone (``๒๕๖๘``, ``พ.ศ. 2568``), and a period cell ending with a month name
_YEAR_ONLY = re.compile(r"^\s*(?:พ\s*\.\s*ศ\s*\.?\s*)?[0-9๐-๙]{4}\s*\)?\s*$")
_ENDS_MONTH = re.compile("(?:" + "|".join([*FULL.values(), *(rf"{a}\s*\.?\s*{b}\s*\.?" for a, b in ABBR.values())])
                         + r")\s*$")
_QCODE = re.compile(r"^\s*[iIeEoO]\s?[0-9๐-๙]{1,2}(?![0-9๐-๙])")  # a question code starting a cell
# a list number whose dot OCR lost ("๑ ปรับปรุง…", "๑Data Update"): still an item start
_DOTLESS_ITEM = re.compile(r"^\s*[0-9๐-๙]{1,2}\s?(?=[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z])")


def item_no(text: str) -> int | None:
    """The number of a numbered item a cell starts with (``3.``, ``(3)``), else None."""
    m = _ITEM.match(text or "")
    return int(to_ascii_digits(m.group(1))) if m else None


def _keys_empty(prev: Row, row: Row, layout: Layout) -> bool:
    """``row`` has no key of its own where ``prev`` had one: its question cell is empty (``prev``
    printed codes) and its indicator cell, if any, names no indicator (empty, or only the tail
    of the indicator cell above: ``(70.31 คะแนน)``)."""
    cq, ci = layout.col("question"), layout.col("indicator")
    if cq is None or row.cells[cq].strip() or not prev.cells[cq].strip():
        return False
    return ci is None or not row.cells[ci].strip() or match_indicator(row.cells[ci])[0] is None


def split_row_signals(prev: Row, row: Row, layout: Layout, typical_start: bool,
                      typical_measure_start: bool = False, codes_start_analysis: bool = False,
                      seq_numbered: bool = False, periods_printed: bool = False,
                      indicators_printed: bool = False, head_start: bool = False) -> list[str]:
    """Why ``row`` (first on its page) looks like the rest of ``prev`` (last on the page before)."""
    why = []
    cs = layout.col("seq")
    if seq_numbered and cs is not None and not row.cells[cs].strip() and _SEQ_NO.fullmatch(prev.cells[cs].strip()):
        # every measure of the table prints its running number: a page's first row without one,
        # under a numbered row, goes on with it (fresh20 20247 docx p3: ``การดำเนินงาน`` | ``๒5๖๖``,
        # the end of measure 3's name and period, read as an extra measure)
        why.append("seq_empty")
    ca = layout.col("analysis")
    if codes_start_analysis and ca is not None and row.cells[ca].strip() and not _QCODE.match(row.cells[ca]) \
            and _QCODE.match(prev.cells[ca] or ""):
        # the table's findings start with their question codes (``e6 e8 บุคลากรภายใน``), this one
        # does not (``บางส่วนยังไม่ทราบแนว…``): the finding's rest (dev seed 19213 docx, p5-6)
        why.append("analysis_not_a_code_start")
    if _keys_empty(prev, row, layout):
        why.append("keys_empty")
    cme = layout.col("measure")
    if head_start and cme is not None and row.cells[cme].strip() and not _heads(row.cells[cme]) \
            and item_no(row.cells[cme]) is None:
        # the table's measure names start with a measure word (``กิจกรรม…``), this cell does not
        # (``ของหน่วยงาน``): the name's rest (fresh36c 53510 docx p7, one table a measure, no numbers)
        why.append("measure_not_a_head_start")
    if typical_measure_start and cme is not None and cme != layout.col("question") \
            and row.cells[cme].strip() and not _CODE_START.match(row.cells[cme]) \
            and _CODE_START.match(prev.cells[cme] or ""):
        why.append("measure_not_an_item_start")  # ``ของทางราชการ`` under ``๓. มาตรการจัดทำคู่มือ…``
    short = [c for c in (layout.col("period"), layout.col("responsible")) if c is not None]
    has = lambda r: any(r.cells[c].strip() for c in short)  # noqa: E731
    if short and has(prev) != has(row):
        why.append("short_columns")
    elif (cr := layout.col("responsible")) is not None and prev.cells[cr].strip() and not row.cells[cr].strip():
        # the period's tail went over (ต.ค. ๒๕๖๘ | ก.ย. ๒๕๖๙) but the units fitted above
        why.append("units_above_only")
    cp = layout.col("period")
    if cp is not None and (cr := layout.col("responsible")) is not None and cp != cr:
        above = (bool(prev.cells[cp].strip()), bool(prev.cells[cr].strip()))
        if above in ((True, False), (False, True)) and (bool(row.cells[cp].strip()), bool(row.cells[cr].strip())) \
                == (not above[0], not above[1]):
            # the period above the break only and the units after it only (or the other way
            # round): each part printed one of the two short cells a measure prints both of
            # (fresh11 8042 html: ``ไตรมาสที่ ๑-๒`` at page 4's foot, ``กองส่งเสริมการเกษตร`` on page 5)
            why.append("short_columns_split")
    if periods_printed and cp is not None and prev.cells[cp].strip() and _no_period(row.cells[cp]) \
            and "short_columns" not in why:
        # every measure of the table prints its period, this row none under a row that did: the
        # period fitted above the break (dev seed 29016 html, unknown titles: ``ผ่านเว็บไซต์…`` with
        # the units' rest and the steps' unnumbered rest read as a measure of its own)
        why.append("period_above_only")  # or only units after it, in a period column printing both (fresh36c 53510)
    ci = layout.col("indicator")
    if indicators_printed and ci is not None and prev.cells[ci].strip() and not row.cells[ci].strip():
        # every measure of the table prints its indicator, this row none under a row that did
        # (unbiased fresh27s 38113 p5, scan: a measure's rest under the repeated header read as a
        # measure of its own, its last responsible unit lost from the measure above)
        why.append("indicator_above_only")
    if cp is not None and (_OPEN_PERIOD.search(prev.cells[cp]) or re.match(r"^\s*(?:-|–|ถึง)", row.cells[cp])):
        why.append("period_cut")
    elif cp is not None and _YEAR_ONLY.match(row.cells[cp]) and _ENDS_MONTH.search(prev.cells[cp]):
        # a period cut before its year: ``๑ ตุลาคม - ๓๑ มกราคม`` above the break, ``๒๕๖๘`` alone
        # after it (a year alone is no period of its own; mirror seed 11566 docx)
        why.append("period_year_after_break")
    cs = layout.col("steps")
    if cs is not None and row.cells[cs].strip():
        k = item_no(row.cells[cs])
        bare = _dotless_no(row.cells[cs]) if k is None else None
        if k is not None and k > 1 and re.search(rf"(?:^|\s)\(?[{k - 1}{chr(0x0E50 + k - 1)}]\s*[.)]", prev.cells[cs]):
            why.append("steps_numbering_continues")
        elif bare is not None and bare > 1 and _dotless_no(prev.cells[cs]) is not None \
                and re.search(rf"(?:^|\s)[{bare - 1}{chr(0x0E50 + bare - 1)}]\s?[\u0e01-\u0e2e\u0e40-\u0e44]", prev.cells[cs]):
            # the same without the points (OCR dropped them: ``1 เผยแพร่…`` above the break, ``2
            # ประเมินผล…`` after it, unbiased fresh27s 38113 p4-p5), both cells such lists
            why.append("steps_numbering_continues")
        elif k is None and not _BULLET.match(row.cells[cs]) and not _DOTLESS_ITEM.match(row.cells[cs]) \
                and (item_no(prev.cells[cs]) or _BULLET.match(prev.cells[cs])):
            why.append("steps_unnumbered_tail")
    cr = layout.col("responsible")
    if cr is not None and cr != cs and row.cells[cr].strip() and not _BULLET.match(row.cells[cr]) \
            and item_no(row.cells[cr]) is None and (_BULLET.match(prev.cells[cr]) or item_no(prev.cells[cr])):
        why.append("units_unmarked_tail")  # ``แวดล้อม`` under ``- กองสาธารณสุขและสิ่ง``
    cm = layout.col("measure") if layout.col("question") is None else layout.col("question")
    if typical_start and cm is not None and row.cells[cm].strip() and not _CODE_START.match(row.cells[cm]) \
            and _CODE_START.match(prev.cells[cm] or ""):
        why.append("key_cell_not_an_item_start")
    if (cme := layout.col("measure")) is not None and not row.cells[cme].strip() and prev.cells[cme].strip():
        why.append("measure_cell_empty")  # no measure of its own (its indicator cell's tail may sit there)
    keys = [c for c in (layout.col("measure"), layout.col("indicator"), layout.col("question")) if c is not None]
    if cme is not None:
        keys = [cme]  # the measure names the row; its indicator cell may have begun above the break
    if keys and not any(prev.cells[c].strip() for c in keys) and any(row.cells[c].strip() for c in keys) \
            and any(x.strip() for c, x in enumerate(prev.cells) if c not in keys and c != layout.col("indicator")):
        # a row begun under the page's last row without its keys: their cells printed all on the
        # next page (a browser moves a cell whose first line does not fit), the others started here
        why.append("keys_after_break_only")
        if any(x.strip() and not row.cells[c].strip() for c, x in enumerate(prev.cells) if c not in keys):
            # and a cell of it (the period) is empty after the break: what went on is that row's other
            # cells (fresh dev seed 2344 html: a period and a unit glued to the measure above)
            why.append("cells_before_break_only")
    moved = [c for c in (layout.col("indicator"), layout.col("steps")) if c is not None]
    if any(prev.cells[c].strip() for c in keys) and any(not prev.cells[c].strip() and row.cells[c].strip()
                                                        for c in moved):
        # a started row whose indicator or steps cell printed nothing above the break, all of
        # it after (a browser moves a cell whose first line does not fit)
        why.append("cells_after_break_only")
    ci = layout.col("indicator")
    if ci is not None and row.cells[ci].strip() and printed_number(row.cells[ci]) is None \
            and (no := printed_number(prev.cells[ci])) is not None and match_indicator(row.cells[ci])[0] in (None, no):
        # the indicator cell's rest: no number of its own, no other indicator named, under a cell
        # that printed one (``การสื่อสาร`` under ``ตัวชี้วัดที่ ๗ ประสิทธิภาพ``, fresh13 9144 docx)
        why.append("indicator_cell_tail")
    if any(_MID_WORD.match(x) for x in row.cells):
        why.append("cell_starts_mid_word")  # ``ธ์งานนิติการ`` under ``งานประชาสัมพัน``: a word the break cut
    texts = [c for c in (layout.col("measure"), layout.col("analysis"), layout.col("steps")) if c is not None]
    if texts and not any(prev.cells[c].strip() for c in texts) and any(row.cells[c].strip() for c in texts):
        # no text of a measure above the break (a code, a unit: a row's first line, the cells
        # whose text did not fit moved on whole), all of it after
        why.append("texts_after_break_only")
    return why


def _no_period(cell: str) -> bool:
    """A period cell that prints no period: empty, or only the responsible units (a column
    printing both, the units' rest after a page break)."""
    return not cell.strip() or cell_type(cell) == UNITS


def _heads(cell: str) -> bool:
    return squash(cell).startswith(measure_heads())


def _dotless_no(text: str) -> int | None:
    """The number a cell's list starts with when it prints no point after it (``2 ประเมินผล…``)."""
    m = _DOTLESS_ITEM.match(text or "")
    return int(to_ascii_digits(m.group().strip()), 10) if m else None


def _names_other_indicator(prev: Row, row: Row, layout: Layout) -> bool:
    """Both rows' indicator cells name (by name, not only by number) different indicators:
    ``row`` starts a new measure whatever the other tells say."""
    ci = layout.col("indicator")
    if ci is None or not prev.cells[ci].strip() or not row.cells[ci].strip():
        return False
    nos = []
    for r in (prev, row):
        no, conf, flags = match_indicator(r.cells[ci])
        if no is None or conf < 0.85 or any(f.startswith("indicator_by_number") for f in flags):
            return False
        nos.append(no)
    return nos[0] != nos[1]


def _next_measure_number(prev: Row, row: Row, layout: Layout) -> bool:
    """``row``'s measure cell starts with the list number after the one ``prev``'s starts with
    (``(4) กิจกรรมปรับปรุง…`` after ``(3) แนวทางจัดทำคู่มือ…``), and ``prev``'s prints no other:
    the next measure, whatever the other tells say (dev seed 18262 html: measure 4's units left
    at page 6's foot with its header, the rest of its table on page 7 read as measure 3's rest,
    measure 4 lost in an ``ok`` document)."""
    cme = layout.col("measure")
    if cme is None:
        return False
    a, b = item_no(prev.cells[cme]), item_no(row.cells[cme])
    return a is not None and b == a + 1 and len(STEP_NO.findall(prev.cells[cme])) == 1


def _typical_start(rows: list[Row], col: int | None, start: re.Pattern = _CODE_START) -> bool:
    """Do this table's items start the ``col`` cell with an item number or code: three in four
    of its rows, or every row that does not open a page (a table per measure, the one measure
    cut by a page break: ``5. โครงการประเมินความเสี่ยงการ`` / ``ทุจริตในการจัดซื้อจัดจ้าง…``)?"""
    if col is None:
        return False
    starts = [bool(start.match(r.cells[col])) for r in rows if r.cells[col].strip()]
    if len(starts) >= 2 and sum(starts) >= 0.75 * len(starts):
        return True
    inner = [bool(start.match(r.cells[col])) for k, r in enumerate(rows)
             if r.cells[col].strip() and (k == 0 or r.page <= rows[k - 1].page_last)]
    return len(starts) >= 2 and bool(inner) and all(inner)


def _keyless(row: Row, layout: Layout) -> bool:
    """A row printing no key of any kind (no measure, indicator or question): read as a row of
    its own at its page's foot (a row's padding above it), it is the first lines of the next
    row, whose key cells the break moved on whole (a browser moves a cell whose first line
    does not fit; fresh13 9140 html), not the rest of the row above (that would follow on the
    next page)."""
    return not any(row.cells[c].strip() for c in (layout.col("measure"), layout.col("indicator"), layout.col("question"))
                   if c is not None)


def merge_page_breaks(table: Table, layout: Layout) -> None:
    """Re-join measure rows that a page break cut in two.

    Each part of such a row keeps the text its cells had on that page, so the second part
    can carry key cells of its own (the indicator cell's text may fall entirely on the next
    page). Tells: the short columns (period, responsible) printed in one part only, or the
    units above the break only, a period cut after its dash, step numbering that carries on
    (``๓.`` after ``๑. ๒.``), a key cell that does not start the way this table's items
    start (the question cell, or the measure cell), or no key of its own (empty question cell,
    an indicator cell naming no indicator). Two tells are needed unless one is the short columns. Rows whose indicator cells
    name different indicators are never merged.
    """
    cm = layout.col("measure") if layout.col("question") is None else layout.col("question")
    typical_start = _typical_start(table.rows, cm)
    typical_measure_start = _typical_start(table.rows, layout.col("measure"))
    codes_start_analysis = _typical_start(table.rows, layout.col("analysis"), _QCODE)
    cs = layout.col("seq")
    inner = [r for k, r in enumerate(table.rows) if k == 0 or r.page <= table.rows[k - 1].page_last]
    seq_numbered = cs is not None and bool(inner) and all(_SEQ_NO.fullmatch(r.cells[cs].strip()) for r in inner)
    cp = layout.col("period")
    periods_printed = cp is not None and bool(inner) and all(r.cells[cp].strip() for r in inner)
    ci = layout.col("indicator")
    indicators_printed = ci is not None and len(inner) >= 2 and all(r.cells[ci].strip() for r in inner)
    cme = layout.col("measure")
    named = [r for r in inner if cme is not None and r.cells[cme].strip()]
    head_start = bool(named) and all(_heads(r.cells[cme]) for r in named)
    rows: list[Row] = []
    tops: list[bool] = []  # each row of ``rows`` the first of its page (no row above it there)
    for k, row in enumerate(table.rows):
        if rows and row.page > rows[-1].page_last and not _names_other_indicator(rows[-1], row, layout) \
                and not _next_measure_number(rows[-1], row, layout):
            why = split_row_signals(rows[-1], row, layout, typical_start, typical_measure_start, codes_start_analysis,
                                    seq_numbered, periods_printed, indicators_printed, head_start)
            # a keyless row opening its page carries on the row before it, not into the next
            # page's row (fresh39s 59111 p8, 300 dpi: a page of measure 4's steps alone, joined to
            # measure 5 on p9 by the short columns; 4 steps moved to the wrong measure, unflagged)
            carried = _keyless(rows[-1], layout) and tops[-1]
            if not carried and ("short_columns" in why or len(why) >= 2
                                or "keys_after_break_only" in why and _keyless(rows[-1], layout)):
                rows[-1] = _joined(rows[-1], row)
                continue
        rows.append(row)
        tops.append(k == 0 or table.rows[k - 1].page_last < row.page)
    table.rows = rows


_SEQ_NO = re.compile(r"\(?[0-9๐-๙]{1,3}\s*[.)]?")


def seq_only(row: Row, layout: Layout) -> bool:
    """The row prints its sequence number and nothing else."""
    cs = layout.col("seq")
    return cs is not None and bool(_SEQ_NO.fullmatch(row.cells[cs].strip())) \
        and not any(x.strip() for c, x in enumerate(row.cells) if c != cs)


def join_seq_fragments(table: Table, layout: Layout) -> None:
    """A row printing only its sequence number (``4 |  |  |``: the page ended under it) and,
    next, a row with no number of its own: one measure, cut by the page break."""
    cs = layout.col("seq")
    if cs is None:
        return
    rows: list[Row] = []
    for row in table.rows:
        if rows and seq_only(rows[-1], layout) and not row.cells[cs].strip() and any(x.strip() for x in row.cells):
            rows[-1] = _joined(rows[-1], row)
            continue
        rows.append(row)
    table.rows = rows


_SCORE_TAIL = re.compile(r"\([0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2}(?:คะแนน)?|คะแนน)\)")


def score_tail(text: str) -> bool:
    """Is a cell only an indicator's score in brackets (``(๘๑.๘๕`` / ``คะแนน)``): the end of an
    indicator cell a page break cut after the indicator's name, never a new row's first cell?
    (``measures._rest_of_last``: fresh40 61006 docx.)"""
    return bool(_SCORE_TAIL.fullmatch(re.sub(r"\s+", "", text)))


# the tells that show a cell's text going on after the break (a period, a list, an indicator cell,
# a word cut), as against those a new row printing no code or no period would give as well
CONTINUITY = frozenset({"period_cut", "period_year_after_break", "steps_numbering_continues", "steps_unnumbered_tail",
                        "units_unmarked_tail", "indicator_cell_tail", "cell_starts_mid_word"})


def rest_across_tables(prev: Row, row: Row, layout: Layout, prev_layout: Layout) -> bool:
    """Is ``row``, the first of a table on the page after ``prev`` (the last row of the measures
    table before, with the same columns), that row's rest although its key cells hold text? Two
    of the tells ``merge_page_breaks`` joins rows of one table on must show text going on after
    the break (fresh41 63013 docx, a table per measure under a repeated header clipped into the
    row: its period's year, steps ``๓.`` after ``๒.`` and the indicator's ``คะแนน)`` read as a
    measure of its own; 63024 docx: a period cell ending ``ตลอด`` above the break, the steps' unnumbered
    rest after it), never when the two name different indicators, the row starts the next measure's
    number or reads as the header's words."""
    if layout.roles != prev_layout.roles or len(row.cells) != len(prev.cells) or row.page != prev.page_last + 1:
        return False
    if _names_other_indicator(prev, row, layout) or _next_measure_number(prev, row, layout) \
            or any(f.startswith("header_text_kept:") for f in row.flags):
        return False  # (a header's words read as a row: its text is no step's rest, 62208 p7 scan)
    pair = [prev, row]
    cm = layout.col("measure") if layout.col("question") is None else layout.col("question")
    why = split_row_signals(prev, row, layout, _typical_start(pair, cm), _typical_start(pair, layout.col("measure")))
    return len(CONTINUITY.intersection(why)) >= 2
