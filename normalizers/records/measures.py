"""Measures tables (5, 6, 8 columns and unseen orders) → ``planned_measures`` rows.

Columns are found by ``normalizers.tables.roles``; this module turns each body row into one
planned measure: the measure without its list number, question codes from the code column
or the analysis cell, steps split on their numbering, the period parsed per the contract's
rules, responsible units as a list. An indicator cell that carries a score
(``๑. การปฏิบัติหน้าที่ (๙๗.๘๗ คะแนน)``) also yields an ``indicator_scores`` row.
"""
from __future__ import annotations

import re

from normalizers.fields.codes import parse_code_list
from normalizers.tables.grid import Row, Table, join_lines, join_text, merge_continuations, merge_rows
from normalizers.fields.indicators import TOOL_OF, cell_score, indicator_from_questions, match_indicator
from normalizers.fields.period_units import (drop_units_above_period, join_script_split_digits, period_from_joined_lines,
                                             split_period_units, units_from_joined_lines, units_left_in_joined)
from normalizers.fields.periods import parse_period
from normalizers.tables.assign import code_then_finding
from normalizers.tables.roles import Layout
from normalizers.records.scores import LOW_CONF, indicator_row, row_ocr_flags
from normalizers.records.measure_headers import (NAMED_FIELD_KEY, clear_header_leftovers, drop_repeated_headers,
                                                named_not_mapped, part_heading, split_heading, unmapped_text_columns,
                                                unmapped_text_in_row)
from normalizers.records.measure_breaks import (join_seq_fragments, merge_page_breaks, rest_across_tables, score_tail,
                                               seq_only)
from normalizers.records.line_rows import join_line_rows, lines_indicator
from normalizers.records.measure_numbers import seq_printed_beside, strip_running_numbers, strip_seq_from_period
from normalizers.records.measure_periods import mend_cut_period
from normalizers.records.steps_units import units_beside_steps
from normalizers.records.units_last_column import FLAG as UNITS_FLAG, split_units_off_last_column
from normalizers.records.measure_checks import content_mismatch, no_unit_among
from normalizers.records.measure_nulls import BLANK, roles_of
from normalizers.records.heading_scores import UNREAD_FLAG, late_cell_score, score_line_garbled, score_unread
from normalizers.records.indicator_cells import INTERLEAVED_CONF, cell_gives_way, interleaved_indicator
from normalizers.records.joined_columns import (cell_lines as _cell_lines, joined_code_column as _joined_code_column,
                                                joined_period_column as _joined_period_column,
                                                joined_units_column as _joined_units_column)
from normalizers.records.measure_codes import (codes_at_line_starts, codes_from_cell, codes_off_indicator,
                                               finding_before_steps, garbled_codes_lead, i_read_as_one, o_zeros_glued,
                                               ocr_code_doubts, printed_codes, strip_codes_prefix)
from normalizers.fields.ocr_lists import strip_leading_number
from normalizers.records.text_rest import step_items
from normalizers.fields.units import split_steps, split_units_flagged

_LIST_NO = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|[-•●▪]\s*)\s*(?![0-9๐-๙])")

_SECOND_ITEM = re.compile(r"(?:^|\s)(?:\(?[2๒]\s*[.)])")


# a cell starting with a question code written whole (``i๒``, ``o 12``): no bare number, no label
_LETTER_CODE = re.compile(r"[ieoIEO]\s?[0-9๐-๙]")

def strip_list_number(text: str) -> str:
    """``๒) การใช้งบประมาณ …`` → ``การใช้งบประมาณ …``; ``1.ทบทวน`` → ``ทบทวน``.

    A cell that is itself a numbered list (``๑. … ๒. …``) keeps its numbering: the numbers
    are the items', not the measure's."""
    text = (text or "").strip()
    if _SECOND_ITEM.search(text[3:]):
        return text
    return _LIST_NO.sub("", text, count=1).strip()


def _cell(row: Row, col: int | None) -> str:
    return row.cells[col].strip() if col is not None and col < len(row.cells) else ""


def _steps_text(row: Row, col: int | None, ocr: bool = False, text: str | None = None) -> str:
    """The steps cell with one line per item: wrapped lines of an item are joined (as a
    cell's lines are), a line that starts with a number or bullet starts a new item.
    On OCR'd tables, garbled list numbers at line starts are renumbered first."""
    if col is None:
        return ""
    if text is None:
        src = row.lines if row.lines else row.cells
        text = src[col] if col < len(src) else ""
    return step_items(text, ocr)


def _mark_numbered_fragments(table: Table, layout: Layout, key_cols: list[int]) -> None:
    """A row with no key cell (joined to the row above as its continuation) that prints a
    sequence number of its own, different from the row above's: the rest of that numbered
    measure was not read, and what it did print (units, period) goes into the row above.
    Flag it ``row_joined_numbered:<n>`` so the joined row is not trusted silently."""
    cs = layout.col("seq")
    if cs is None or not key_cols:
        return
    last = None
    for r in table.rows:
        no = r.cells[cs].strip()
        if no and last is not None and no != last and all(not r.cells[c].strip() for c in key_cols) \
                and re.fullmatch(r"[0-9๐-๙]{1,3}\.?", no):
            r.flags = sorted(set(r.flags) | {f"row_joined_numbered:{no}"})
        if no:
            last = no


LATE_CONF = 0.5  # an indicator cell's score kept for an indicator the cell itself did not name (late_cell_score)

# row flags a measure record keeps (what was done to its cells before they were read)
_ROW_FLAGS_KEPT = ("rows_from_lines", "ocr_row_carried", "row_joined_numbered:", "header_text_kept:", "period_seq_dropped:",
                   "responsible_seq_dropped:", "table_columns_refit", "ocr_ink_below_table", UNITS_FLAG)


def _row_record(row: Row, layout: Layout, *, plan_year: int | None, year: int | None, ocr: bool,
                last_indicator: int | None, carried: bool = False,
                heading_first: bool = False, code_col: int | None = None,
                period_col: int | None = None, units_col: int | None = None) -> tuple[dict, list[dict]]:
    """One body row → a planned-measure record (``seq`` left to the caller) and the indicator
    scores its indicator cell prints (``carried``: the row was joined to its tail read in
    another table)."""
    c_ind, c_q, c_an = layout.col("indicator"), layout.col("question"), layout.col("analysis")
    c_me, c_ma, c_st = layout.col("measure"), layout.col("measure_analysis"), layout.col("steps")
    c_pe, c_re, c_fu = layout.col("period"), layout.col("responsible"), layout.col("follow_up")
    indicators: list[dict] = []
    measure_text = _cell(row, c_me)
    flags: list[str] = list(row_ocr_flags(row)) + [f for f in row.flags if f.startswith(_ROW_FLAGS_KEPT)]
    if carried or "row_split_across_pages" in row.flags or (row.page_last or row.page) > row.page:
        # joined to its tail read in another table (_carry_over), or to the rest a page break
        # put on the next page(s) (measure_breaks, grid.merge_continuations, a stitched part)
        flags.append("row_split_across_pages")
    # indicator
    ind_text = _cell(row, c_ind)
    indicator = None
    held = ind_text.lstrip("[({| ") if ind_text else ""
    ind_codes: list[str] = []
    if held and _LETTER_CODE.match(held) and "ตัวชี้วัด" not in held and code_then_finding(held, catalog=False):
        # the indicator column holds codes and a finding (the analysis read into it, its
        # header unreadable): the finding may name an indicator in passing (`…การใช้ทรัพย์สิน
        # ของราชการ`); its codes say which indicator the measure is for
        ind_codes, _ = printed_codes(held, [])
        flags.append("indicator_cell_holds_codes")
        ind_text = ""
    inter = interleaved_indicator(ind_text) if ind_text else []
    if inter and any(f.startswith("indicator_by_number") for f in match_indicator(ind_text)[2]):
        # the indicator cell read with the period column beside it, line by line (``๑ ตัวชี้วัดที่``
        # / ``เมษายน ๑๐ การ`` …): the period's day is no indicator number (dev seed 17257 html)
        indicator, score, iflags = inter[0]
        flags += iflags
        indicators.append(indicator_row(indicator, score, "measures_table", row.page, INTERLEAVED_CONF, iflags))
    elif ind_text:
        indicator, iconf, iflags = match_indicator(ind_text)
        flags += [f for f in iflags if f != "indicator_unmatched"]
        score = cell_score(ind_text, ocr=ocr)
        if indicator is not None and score is not None:
            sflags = [f for f in iflags if f != "indicator_unmatched"]
            if ocr:  # a number inside an OCR'd text cell: no per-digit confidence kept
                sflags.append("value_from_ocr_text")
                iconf = min(iconf, 0.6)
            indicators.append(indicator_row(indicator, score, "measures_table", row.page, iconf, sflags))
        elif indicator is not None and score is None and (score_unread(ind_text)
                                                          or ocr and score_line_garbled(ind_text)):
            # the cell prints a score that is no number (OCR: ``(๕๑๕๕.๒6 คะแนน)`` for ๙๕.๒๖, fresh28s
            # 39113 p4): named for the document (``partial``), not lost in an ``ok`` one
            flags.append(f"{UNREAD_FLAG}:measures_table:{indicator}@p{row.page}")
    tool = TOOL_OF.get(indicator) if indicator else None
    # question codes: code column, else analysis cell
    codes: list[str] = []
    analysis_read = _cell(row, c_an)
    if c_q is not None and _cell(row, c_q):
        codes, cflags = codes_from_cell(_cell(row, c_q), tool, year, indicator)
        if code_then_finding(_cell(row, c_q), catalog=False):
            # a code column that prints codes then a finding (the analysis merged into
            # it): the codes as printed, never "corrected" by the finding's wording
            codes, cflags = printed_codes(_cell(row, c_q), cflags)
        flags += cflags
    if c_an is not None and _cell(row, c_an):
        more, cflags = codes_from_cell(_cell(row, c_an), tool, year, indicator)
        if code_then_finding(_cell(row, c_an), catalog=False):
            # codes, then a finding (not a question's text): the codes as printed (their
            # shape repaired, ``023`` → o23), never "corrected" by how the finding reads
            # against the catalog
            more, cflags = printed_codes(_cell(row, c_an), cflags)
        codes += [c for c in more if c not in codes]
        flags += cflags
        garbled = garbled_codes_lead(_cell(row, c_an)) if ocr else None
        if garbled is not None:
            flags += [f"code_unreadable:{t}" for t in garbled[0]]
            analysis_read = garbled[1]
    if ocr:
        flags += [f for c in (c_q, c_an) if _cell(row, c) for f in ocr_code_doubts(_cell(row, c))]
        for tok, code in [tc for c in (c_q, c_an) if _cell(row, c) for tc in i_read_as_one(_cell(row, c), codes)]:
            # ``i26 127``: the ``i`` read as ``1`` (measure_codes.i_read_as_one)
            codes += [code] if code not in codes else []
            flags = [f for f in flags if f != f"code_unreadable:{tok}"] + [f"code_letter_from_digit:{tok}->{code}"]
        for c in (c_q, c_an):
            if (zeros := o_zeros_glued(_cell(row, c))) is not None:  # ``๐๕๐๗`` for o5 o7
                tok, got = zeros
                codes += [x for x in got or [] if x not in codes]
                flags.append(f"code_letter_from_digit:{tok}->{','.join(got)}" if got else f"code_unreadable:{tok}")
                if c == c_an:
                    analysis_read = analysis_read.replace(tok, "", 1).strip()
    if c_q is None and measure_text:
        # layouts without a code column print the question (with its code) in the
        # measure column
        more, cflags = codes_from_cell(measure_text, tool, year, indicator, listed=True)
        if not codes and ocr and seq_printed_beside(row, c_me, measure_text):
            # the number opening the measure cell (its list number's dot lost on the scan) is
            # printed again in the row's own running-number cell: no code (``1 แนวทางจัดทำ
            # รายงานผลการดำเนินงานประจำปี…`` beside ``1`` taken as o12, dev seed 18502 scanned p2)
            more, cflags = parse_code_list(measure_text), []
        if codes:
            # the analysis cell printed the row's codes: a bare number opening the measure
            # cell is its list number, even where the measure's name reads as a question's
            # text (``2 กิจกรรมทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล`` taken as o27, dev
            # seed 18803 scanned page 2); only codes printed with their letter are added
            more, cflags = parse_code_list(measure_text), []
        if more:
            codes += [c for c in more if c not in codes]
            flags += cflags + ["codes_from_measure_cell"]
    codes += [c for c in ind_codes if c not in codes]
    steps_override = analysis_override = None
    if ind_codes and not _cell(row, c_an):
        analysis_override = strip_codes_prefix(held) or None  # the finding read in the indicator column
    if not codes and code_col is not None and code_col == c_st:
        # no code column: the narrow code column read into the steps, its pieces at the
        # start of the steps cell's lines
        read = codes_at_line_starts(_cell_lines(row, c_st))
        if read is not None:
            codes, steps_override = read
            flags.append("codes_from_joined_column")
            if not _cell(row, c_an) and (found := finding_before_steps(steps_override)) is not None:
                # the codes' finding before the numbered steps: the analysis read with the steps
                analysis_override, steps_override = found
                flags.append("analysis_from_steps_cell")
    elif not codes and code_col is not None and _cell(row, code_col):
        # no code column: the codes printed in a column joined with another one's text
        codes = parse_code_list(join_script_split_digits(_cell(row, code_col)))
        if codes:
            flags.append("codes_from_joined_column")
    if indicator is not None and cell_gives_way(ind_text, indicator, codes, year):
        indicator = None
        flags.append("indicator_cell_disagrees")
    if indicator is None and codes:
        indicator, vflags = indicator_from_questions(codes, year)
        flags += vflags
        if indicator is not None:
            flags.append("indicator_from_questions")
    if indicator is None and heading_first and last_indicator is not None and c_ind is None:
        # a heading naming the indicator printed over this table (or as a row of it) is the
        # document's own grouping: it outranks a topic the measure's name mentions
        indicator = last_indicator
        flags.append("indicator_from_heading")
    if indicator is None and measure_text:
        no, _, iflags = match_indicator(strip_list_number(measure_text)[:40])
        if no is not None and not any(f.startswith("indicator_by_number") for f in iflags):
            indicator = no
            flags.append("indicator_from_measure_text")
    if indicator is None and last_indicator is not None and c_ind is None:
        indicator = last_indicator
        flags.append("indicator_from_heading")
    if ocr and (ind_text or c_ind is None) and not indicators and not any(f.startswith(UNREAD_FLAG) for f in flags):
        late, lflags = late_cell_score(ind_text or _cell(row, layout.col("score")), indicator, flags, row.page)
        flags += lflags
        if late is not None:
            indicators.append(indicator_row(*late[:2], "measures_table", row.page, LATE_CONF, late[2]))
    if ocr and indicator is not None and "indicator_from_questions" not in flags:
        flags += codes_off_indicator(codes, indicator, year)
    # the rest
    period_text = _cell(row, c_pe) or None
    resp_text = _cell_lines(row, c_re)
    if (c_pe is None) != (c_re is None):  # one column printing both the period and the units: split its lines
        cell = drop_units_above_period(_cell_lines(row, c_pe if c_re is None else c_re), ocr, flags)
        both = split_period_units(cell, around=True, ocr=ocr)
        if both is not None and both != split_period_units(cell, ocr=ocr):
            flags.append("period_from_units_cell")  # a unit wrapped around the period
        if both is not None:
            period_text = join_lines(both[0].split("\n")) or None
            resp_text = both[1]
    elif c_pe is not None and not period_text and resp_text:
        # the period column empty, its period printed in the units cell (merged into it)
        both = split_period_units(resp_text, around=True, ocr=ocr)
        if both is not None:
            period_text = join_lines(both[0].split("\n")) or None
            resp_text = both[1]
            flags.append("period_from_units_cell")
    if not period_text and c_pe is None and period_col is not None:
        # no period column: the period read from a column joined with another, line by line
        period_text = period_from_joined_lines(_cell_lines(row, period_col))
        if period_text:
            flags.append("period_from_joined_column")
    period_text = join_script_split_digits(period_text)
    period = parse_period(period_text, plan_year, ocr=ocr) if period_text else None
    if period is not None:
        flags += period.flags
    if not resp_text and c_re is None and units_col is not None:
        # no units column: the units read from a column joined with another, line by line
        src = steps_override if units_col == c_st and steps_override is not None else _cell_lines(row, units_col)
        joined = units_from_joined_lines(src)
        if joined is not None:
            resp_text = "\n".join(joined[0])
            flags.append("units_from_joined_column")
            if units_col == c_st:
                steps_override = joined[1]
    units, uflags = split_units_flagged(resp_text, ocr=ocr) if resp_text else ([], [])
    flags += uflags + (["units_in_joined_column"] if not units and "period_from_joined_column" in flags
                       and c_re is None and units_left_in_joined(_cell_lines(row, period_col)) else [])
    if not units and c_re is not None and not (resp_text or "").strip():
        units, steps_override, eflags = units_beside_steps(row, c_st, c_re, steps_override)
        flags += eflags
    steps_text = _steps_text(row, c_st, ocr, steps_override)
    conf = min([row.conf[c] for c in range(len(row.conf)) if row.cells[c].strip()] or [1.0])
    if conf < LOW_CONF:
        flags.append("low_confidence_ocr")
    if not measure_text and not steps_text:
        flags.append("measure_text_missing")
    record: dict = {
        "plan_year": plan_year,
        "seq": None,
        "indicator_no": indicator,
        "question_codes": codes,
        "measure": strip_list_number(strip_leading_number(measure_text) if ocr else measure_text) or None,
        "analysis": analysis_override or strip_codes_prefix(analysis_read) or None,
        # the sentence the "indicator" column held is the measure's analysis where none was mapped
        "measure_analysis": _cell(row, c_ma) or ("indicator_cell_disagrees" in flags and ind_text) or None,
        "steps": split_steps(steps_text) if steps_text else [],
        "period_text": period_text,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "responsible": units,
        "follow_up": _cell(row, c_fu) or None,
        "page_first": row.page,
        "page_last": row.page_last,
        "confidence": 1.0,
        "flags": [],
    }
    flags += content_mismatch(record, c_me is not None)
    if ocr and "cell_content_mismatch:responsible" in flags and no_unit_among(units):
        # sentences and no unit (the steps read as the units, dev seed 18511 scanned p6, a
        # table printing no units): none is a unit; responsible_unsure keeps what was read
        record["responsible"] = []
    record["confidence"] = round(conf if not flags else min(conf, 0.9), 3)
    record["flags"] = sorted(set(flags))
    record[BLANK] = roles_of(layout.roles, row.cells)  # for measure_nulls.flag_unexplained
    return record, indicators


def _carry_over(table: Table, layout: Layout, key_cols: list[int], context: dict) -> list[dict]:
    """Rows at the top of a measures table with no key cell, on the page after the previous
    measures table's last row (a row broken across a page break, whose tail the table finder
    read as another table: its columns placed a little differently, or its header printed
    again in other words): the rest of that row. They are joined to it, column by column
    through the two tables' roles, and its record is built again (flag
    ``row_split_across_pages``); its indicator scores are returned."""
    last = context.get("last_measure")
    if not last or not table.rows:
        return []
    prev_row, prev_layout, record, kw = last
    k = 0
    while k < len(table.rows) and all(not table.rows[k].cells[c].strip() for c in key_cols) \
            and any(x.strip() for x in table.rows[k].cells):
        k += 1
    if not k and (_rest_of_last(table.rows[0], layout, prev_row, prev_layout)
                  or rest_across_tables(prev_row, table.rows[0], layout, prev_layout)):
        k = 1
        # a keyless row opening the page after that rest goes on with it (fresh39 59029 docx: a page
        # of measure 3's steps, then its last step atop p9, joined to measure 4 below it, unflagged)
        while k < len(table.rows) and table.rows[k].page == table.rows[k - 1].page_last + 1 \
                and all(not table.rows[k].cells[c].strip() for c in key_cols):
            k += 1
    if not k or table.rows[0].page != prev_row.page_last + 1:
        return []
    n = len(prev_row.cells)
    cells, lines = [""] * n, [""] * n
    for frag in table.rows[:k]:
        for c, role in enumerate(layout.roles):
            pc = prev_layout.col(role) if role else None
            if pc is None or not frag.cells[c].strip():
                continue
            cells[pc] = join_text(cells[pc], frag.cells[c]) if cells[pc] else frag.cells[c]
            fl = frag.lines[c] if frag.lines and c < len(frag.lines) else frag.cells[c]
            lines[pc] = "\n".join(x for x in (lines[pc], fl) if x)
    if not any(cells):
        return []  # nothing in a column the previous table has: leave the rows where they are
    tail = Row(cells=cells, page=table.rows[0].page, conf=[1.0] * n, page_last=table.rows[k - 1].page_last,
               lines=lines)
    merged = merge_rows(prev_row, tail)
    merged.flags = sorted(set(merged.flags) | {"row_split_across_pages"})
    new, indicators = _row_record(merged, prev_layout, **kw, carried=True)  # (a score cut by the break)
    new["seq"] = record["seq"]
    # what measure_rows found missing from the row's own table still holds when its tail did not fill it
    new["flags"] = sorted(set(new["flags"]) | {f for f in record["flags"] if _still_unread(f, new)})
    # text taken from a column of the part chosen on little evidence says so on the row it joins
    # (fresh20s 20311 p9: a step's rest read in a column taken for the measure's, joined to it)
    filled = set().union(*(_filled_roles(frag, layout) for frag in table.rows[:k]))
    new["flags"] = sorted(set(new["flags"]) | {f"column_low_evidence:{r}" for f in layout.flags
                                               if f.startswith("role_low_evidence:")
                                               and (r := f.split(":")[1].split("@")[0]) in filled})
    record.clear()
    record.update(new)
    context["last_measure"] = (merged, prev_layout, record, kw)
    table.rows = table.rows[k:]
    return indicators


def _rest_of_last(row: Row, layout: Layout, prev_row: Row, prev_layout: Layout) -> bool:
    """Is ``row``, the first of a table on the page after the previous measures table's last
    row, that row's rest although a key cell holds text (the measure name's last words, an
    indicator's score): its first column empty, no period, and at most half the roles that
    row fills filled (fresh20s 20314 p6: ``ไซต์ของหน่วยงาน`` | ``(๖๕.๑๕ คะแนน)``, the tail of
    measure 5 under the repeated header, read as a measure of its own with no period, no
    indicator and no flag)? A new measure's row fills its first column (sequence number,
    indicator or measure name) and most of the columns the row before it fills."""
    if row.page != prev_row.page_last + 1 or not row.cells or row.cells[0].strip() and not score_tail(row.cells[0]):
        return False
    pc, qc = layout.col("period"), layout.col("question")
    if pc is not None and row.cells[pc].strip():
        return False
    have, mine = _filled_roles(prev_row, prev_layout), _filled_roles(row, layout)
    if row.cells[0].strip():  # the indicator's score alone, the end of the row's first cell (fresh40 61006 docx)
        return qc is not None and not row.cells[qc].strip() and "period" in have and bool(mine - {"indicator"})
    return len(have) >= 4 and bool(mine) and 2 * len(mine) <= len(have)


def _filled_roles(row: Row, layout: Layout) -> set[str]:
    """The roles of the columns whose cell holds text in ``row``."""
    return {r for c, r in enumerate(layout.roles) if r and c < len(row.cells) and row.cells[c].strip()}


def _still_unread(flag: str, record: dict) -> bool:
    """Does ``flag`` (of a row's record before its tail was joined) still hold for ``record``:
    text in a column no role was given, or a field the header names that the tail did not fill?"""
    if flag == "column_unmapped_text":
        return True
    kind, _, role = flag.partition(":")
    return kind == "column_not_read" and role in NAMED_FIELD_KEY and not record[NAMED_FIELD_KEY[role]]


def measure_rows(table: Table, layout: Layout, *, plan_year: int | None, year: int | None,
                 start_seq: int, context: dict) -> tuple[list[dict], list[dict]]:
    """Planned-measure rows (and indicator scores printed in the indicator column)."""
    key_cols = [c for c in (layout.col("measure"), layout.col("indicator"), layout.col("question")) if c is not None]
    clear_header_leftovers(table, context, key_cols, layout.roles)
    drop_repeated_headers(table)
    split_units_off_last_column(table, layout, context)  # units glued to the last column's lines
    indicators: list[dict] = _carry_over(table, layout, key_cols, context)  # the scores of a row it joined
    join_line_rows(table, layout.col("measure"), layout.col("steps"))  # one row per text line read (issue 13)
    merge_page_breaks(table, layout)
    join_seq_fragments(table, layout)
    _mark_numbered_fragments(table, layout, key_cols)
    merge_continuations(table, key_cols)
    strip_running_numbers(table, layout, context)
    strip_seq_from_period(table, layout, context)  # ... or into the period column
    measures: list[dict] = []
    seq = start_seq
    c_me, c_st = layout.col("measure"), layout.col("steps")
    last_indicator = context.get("indicator")
    ocr = table.method == "ocr"
    code_col = _joined_code_column(table, layout)
    period_col = _joined_period_column(table, layout)
    units_col = _joined_units_column(table, layout)
    not_read = named_not_mapped(table, layout)  # a field the header names, its column read into another
    text_cols = [c for c in unmapped_text_columns(table, layout)  # prose in a column no role was given
                 if c not in (code_col, period_col, units_col)]  # (not one a field was read from)
    before = context.get("last_measure")
    prev_record = before[2] if before else None  # the last measure of the tables before this one
    own_heading = any(match_indicator(h)[0] is not None for h in table.titles + table.headings
                      if "ตัวชี้วัด" in h.replace(" ", "") or h.strip().startswith(("ประเด็นที่", "ด้านที่")))
    for row in table.rows:
        if (no := part_heading(row)) is not None:  # the heading over a stitched part heads its rows
            last_indicator, own_heading = no, True
        measure_text = _cell(row, c_me)
        filled = [c for c in row.cells if c.strip()]
        if not filled:
            continue
        if (no := split_heading(row.cells)) is not None:  # a heading row, its words split across cells
            last_indicator, own_heading = no, True
            continue
        if len(filled) == 1 and seq_only(row, layout):
            continue  # its number alone, the rest of the row not read: not a heading naming indicator <n>
        if len(filled) == 1 and len(row.cells) > 2 and not measure_text and not _cell(row, c_st):
            # a section/heading row inside the table ("ประเด็นที่ 2 ...", "ตัวชี้วัดที่ ๙ ..."); a
            # lone steps cell is the tail of a measure whose other cells were not read
            no, _, _ = match_indicator(filled[0])
            if no is not None:
                last_indicator = no
                own_heading = True
            continue
        kw = dict(plan_year=plan_year, year=year, ocr=ocr, last_indicator=last_indicator, code_col=code_col,
                  period_col=period_col, units_col=units_col)
        record, inds = _row_record(row, layout, **kw, heading_first=own_heading)
        if "rows_from_lines" in row.flags:
            inds = lines_indicator(record, inds, last_indicator if own_heading else None, _cell(row, layout.col("indicator")))
        record["seq"] = seq
        unread = [f"column_not_read:{role}" for role in not_read if not record[NAMED_FIELD_KEY[role]]]
        if text_cols and unmapped_text_in_row(row.cells, text_cols, record):
            unread.append("column_unmapped_text")
        if unread:
            record["flags"] = sorted(set(record["flags"]) | set(unread))
        if "roles_from_same_grid" in layout.flags:  # columns mapped on another table's evidence
            record["flags"] = sorted(set(record["flags"]) | {"roles_from_same_grid"})
        # a period a page break cut between this table's first row and the last one before
        mend_cut_period(record, measures[-1] if measures else prev_record, plan_year, ocr)
        measures.append(record)
        indicators += inds
        context["last_measure"] = (row, layout, record, dict(kw, heading_first=own_heading))
        seq += 1
    context["indicator"] = last_indicator
    return measures, indicators
