"""The normalize stage: one document's ``Extraction`` → contract ``Records``.

    repair + stitch tables (grid) → classify (roles) → rows (scores, measures)
    + running text (prose, orgs) → cross-checks (checks) → document status

Pure: no I/O, no Prefect. A document ends ``ok``, ``partial`` (some tables or pages could
not be read — each named in ``flags``/``error``) or ``not_ita``.
"""
from __future__ import annotations

import re

from extractors.model import Extraction
from normalizers.records import announce_doc, checks, gaps
from normalizers.tables.grid import Table, build_table, ocr_run_counts
from normalizers.tables.text import squash
from normalizers.tables.distractors import is_band_table, is_methodology_table
from normalizers.tables.stitch import stitch
from normalizers.records.keyvalue import kv_table_lines
from normalizers.records.guards import flag_row_numbers
from normalizers.tables.lines import (leader_questions, line_tables, question_lines, results_carried_on,
                                      split_line_questions, unruled_fallback)
from normalizers.tables.toollines import tool_lines, tool_lines_carried, whole_page_results
from normalizers.tables.results_repair import repair_results
from normalizers.records.measures import measure_rows
from normalizers.records.measure_nulls import flag_unexplained
from normalizers.records.measure_headers import document_measure_headers
from normalizers.records.indicator_cells import continuations, measures_like, unread_indicator_cells
from normalizers.records.measure_gaps import headings_unread, measure_numbers, merged_in_cell, numbered_unread, text_cut
from normalizers.model import Records
from normalizers.tables.codecol import join_code_columns
from normalizers.tables.headercol import join_header_columns
from normalizers.tables.periodcol import join_period_pieces
from normalizers.fields.numbers import join_split_numbers, parse_year, to_ascii_digits
from normalizers.fields.ocr_numbers import SURE as OCR_SURE, number_conf, page_numbers, year_doubts
from normalizers.fields.orgs import parse_years
from normalizers.fields.fiscal import fiscal_year_of
from normalizers.fields.places import org_of
from normalizers.records.scores_carry import (carry_heading, carry_into_tables, code_feet_into_tables, flag_foot_rows,
                                              foot_into_tables, ocr_code_feet,
                                              foot_into_text, heading_into_table, page_feet, text_into_tables)
from normalizers.records.prose import drop_past_results, overall_digit_from_tools, read_prose, take_glued
from normalizers.records.table_headings import table_headings
from normalizers.tables.repeat_head import promote_repeated_headers
from normalizers.tables.header_split import fill_split_headers, take_title_rests
from normalizers.tables.roles import classify, classify_all, year_column
from normalizers.tables.kind_runs import split_question_runs
from normalizers.tables.header_tail import borrow_headers
from normalizers.tables.glued_header import split_glued_headers
from normalizers.records.code_sequence import resolve_by_position
from normalizers.records.dedupe import dedupe_indicators, dedupe_questions
from normalizers.records.scores import (ScoreRows, apply_heading, indicator_row, printed_codes, question_rows,
                                        results_rows)
from normalizers.tables.headings import attach_headings, carried_heading_cells, split_fused_heading, trailing_heading_rows
from normalizers.tables.distractors import others_scores_table
from normalizers.records.text_measures import measures_text_unread, row_parts_unread
from normalizers.records.tool_evidence import unread_tool_flags
from normalizers.thai.ocr_words import mend_score_word
from normalizers.records.tool_overall import read_back_tools
from normalizers.records.tool_pieces import tool_pieces
from normalizers.records.tool_solve import solve_tools, with_solved
from normalizers.records.results_lines import results_lines
from normalizers.records.foot_heading_rows import read_results
from normalizers.records.heading_scores import unread_measure_cells, unreadable_heading_scores
from normalizers.records.overall_garbled import garbled_overall
from normalizers.thai.cids import fill_extraction
from normalizers.thai.memo import per_document, repair  # repair remembered per document

ITA_WORDS = ("ITA", "คุณธรรมและความโปร่งใส", "IIT", "EIT", "OIT", "ตัวชี้วัด")
OCR_TEXT_CONF = 0.6  # a score read from OCR running text (no per-digit confidence)
_YEAR_IN_HEADER = re.compile(r"(?:ในปี|ปี|พ\.ศ\.)\s*([0-9๐-๙]{4})")


def _is_tiny(t: Table) -> bool:
    return len(t.rows) + len(t.header) < 2 or t.n_cols < 2


def _holds_measure(t: Table) -> bool:
    """A row of ``t`` holds text a measure's would: two or more filled cells, one of them long."""
    return any(sum(1 for c in r.cells if c.strip()) >= 2 and max(len(c) for c in r.cells) >= 20 for r in t.rows)


def _years_from_headers(tables: list[Table]) -> int | None:
    """``การวิเคราะห์ผลการประเมิน ในปี ๒๕๖๘`` in a measures table's header is the assessment year."""
    for t in tables:
        for h in t.header:
            for cell in h:
                if "วิเคราะห์" in cell or "ผลการประเมิน" in cell:
                    m = _YEAR_IN_HEADER.search(cell)
                    if m:
                        y = parse_year(m.group(1))
                        if y and 2500 <= y <= 2700:
                            return y
    return None


PAGE_TOP = 0.2  # share of the page's height: a table starting above it starts at the page's top


def _header_read_on(t: Table, nxt: Table | None, tops: set[tuple[int, int]], lay=None) -> bool:
    """Is a body read under the header of ``t`` (a measures header with no body under it: alone
    at its page's foot) on the next page: that page's table at its top (``tops``: (page, index)
    of the tables there) has body rows (the rows the header heads, under the rest of the header
    or the header's lower row joined to it by the extract stage) and is read as measures (``lay``:
    its layout; born18's unseen 19300 html: a headerless part of no kind was skipped as tiny and
    its measure lost in an ``ok`` document)?"""
    return nxt is not None and nxt.page == t.page_last + 1 and (nxt.page, nxt.index) in tops and bool(nxt.rows) \
        and (lay is None or lay.kind == "measures")


def _rest_unread(t: Table, nxt: Table | None, lay, tops: set[tuple[int, int]]) -> bool:
    """Does the last measure of ``t`` go on, unread, at the next page's top: a table there
    without a header that no role was mapped for (dev seed 20011 docx, unknown titles: measure
    1's steps 6-7 on page 6's top, read by nobody, the measure kept with 5 of its 7 steps)?"""
    return nxt is not None and lay is not None and lay.kind != "measures" and not nxt.header \
        and nxt.page == t.page_last + 1 and (nxt.page, nxt.index) in tops and bool(nxt.rows)


@per_document
def normalize(ex: Extraction) -> Records:
    """Turn one document's extraction into contract rows with flags and a status."""
    doc_flags: list[str] = []
    errors: list[str] = list(ex.errors)
    ex, cid_flags = fill_extraction(ex)  # a glyph the text layer left unmapped (ก(cid:13)ร → การ)
    doc_flags += cid_flags
    # a score split where its digits change script (`๔ 2.93`) is joined before anything reads it
    page_text = [(p.page, join_split_numbers(drop_past_results(
        mend_score_word(repair(p.text)) if p.method == "ocr" else repair(p.text)))) for p in ex.pages
                 if p.method != "none" and p.text]
    all_text = "\n".join(t for _, t in page_text)

    raws = sorted(ex.tables, key=lambda t: (t.page, t.index))
    raws = split_glued_headers(raws)  # a scan's header read atop each row's cells (fresh35s 51102 p5)
    heights = {p.page: p.height for p in ex.pages}
    tops = {(t.page, t.index) for t in raws if t.bbox[1] <= PAGE_TOP * heights.get(t.page, 0.0)}
    fill_split_headers(raws, heights)  # a header row the page break cut in two (dev seed 15505 html)
    take_title_rests(raws, heights, repair)  # ... its titles' last syllables on the next page (s15769 docx)
    runs = ocr_run_counts(raws)  # a run the scanned tables repeat mends its misread copies
    built = [join_period_pieces(join_header_columns(split_fused_heading(build_table(t, runs)))) for t in raws]
    attach_headings(built, raws, ex.pages)
    trailing_heading_rows(built)  # a heading the grid took in as its last row (dev seed 18502 scanned)
    carried_heading_cells(built)  # ... or into a row's rest at the page top (fresh26s 36113)
    promote_repeated_headers(built)  # a header printed again on the next page, in words no vocabulary holds
    # structure first: a column of bare question codes beside the question texts is one column
    tables = [join_code_columns(t) for t in stitch(built)]
    layouts = classify_all(tables)  # tables under one header are mapped together
    # a scanned measures table whose header was misread: its sibling's header, same columns (51103 p6)
    tables, layouts, sib_flags = borrow_headers(tables, layouts, classify)  # ... or read at the page before's foot
    doc_flags += sib_flags
    # a results table whose rows go on as question rows (one table for both): two tables
    tables, layouts = split_question_runs(tables, layouts)
    # score tables drawn without any rules only exist as text lines; where the document's
    # questions are a table, or lines on several pages, a page's lone question line is a row of it
    few = any(lay.kind == "questions" for lay in layouts) or sum(question_lines(t) for _, t in page_text) >= 3
    prev, trailing, last_tools = None, {}, None
    feet = page_feet(ex.pages)  # a score cell a page break left at the foot of the page, its row on the next
    for page, text in page_text:
        text, foot_label = foot_into_text(text, feet.get(page - 1))
        if foot_label is not None:
            feet.pop(page - 1)
        text = tool_lines_carried(page, text, last_tools)  # its last rows on the next page
        results, text = tool_lines(page, text)  # a results table with a tool-score column
        last_tools = results[-1] if results else last_tools
        extra = results + (line_tables(page, text, 1) if few else line_tables(page, text))
        extra += results_carried_on(page, text, prev, extra)  # a results table's last rows on the next page
        flag_foot_rows(extra, foot_label)
        carry_heading(extra, prev, page)  # an indicator line the page break cut from its questions
        prev = trailing[page + 1] = (page, text)
        tables += extra
        layouts += [classify(t) for t in extra]
    carry_into_tables(tables, layouts, trailing)  # ... where the next page's questions are a table
    foot_into_tables(tables, layouts, feet)  # ... and a question row whose score stayed on the page before
    code_feet_into_tables(tables, layouts, ocr_code_feet(ex.pages))  # ... its code and score, on a scan
    text_into_tables(tables, layouts, page_text)  # ... and one whose code and text went to the next page's text
    # a results table the table finder cut short (rules between some rows only): its page's whole text
    whole = whole_page_results([(p.page, join_split_numbers(drop_past_results(repair(p.full_text))))
                                for p in ex.pages if p.method == "text" and p.full_text], tables, layouts)
    tables, layouts = whole + tables, [classify(t) for t in whole] + layouts
    # other bodies' scores: an announcement of its own, or quoted (never this document's)
    others = announce_doc.find(tables, layouts, page_text, ex.page_count)
    if others.is_announcement:
        return others.records(ex)
    # a key/value block drawn as a table (label | value) is read as text lines, like one printed as text
    kv_tables = {id(t): kv for t, lay in zip(tables, layouts) if lay.kind == "unknown"
                 and (kv := kv_table_lines(t.header + [r.cells for r in t.rows]))}
    tables, layouts = unruled_fallback(tables, layouts, set(kv_tables))
    kv_text = {}
    for t in tables:
        if id(t) in kv_tables:
            kv_text.setdefault(t.page, []).extend(t.titles + kv_tables[id(t)])
    page_text = sorted([(p, "\n".join([txt, *kv_text.pop(p, [])])) for p, txt in page_text]
                       + [(p, "\n".join(v)) for p, v in kv_text.items()])
    all_text = "\n".join(t for _, t in page_text)

    # --- who and when
    head_lines = [ln for _, t in page_text[:3] for ln in t.splitlines() if ln.strip()]
    for t in tables[:2]:
        head_lines += t.titles
    org = org_of(head_lines, ocr=bool(ex.ocr_pages))  # places checked against the gazetteer
    doc_flags += org.get("flags", [])
    ay, py, yflags = parse_years("\n".join(head_lines[:60]) + "\n" + all_text[:6000])
    doc_flags += yflags
    hdr_year = _years_from_headers([t for t, l in zip(tables, layouts) if l.kind == "measures"])
    if ay is None and hdr_year:
        ay = hdr_year
        doc_flags = [f for f in doc_flags if f != "assessment_year_missing"]
        doc_flags.append("assessment_year_from_table_header")
    # a year read from a scan's running text the numeral recognizer was not sure of is doubted
    doc_flags += year_doubts(ex.pages, {"assessment_year": ay, "plan_year": py})

    # --- tables → rows
    sr = ScoreRows()
    measures: list[dict] = []
    heads = {"doc_measure_headers": document_measure_headers(tables, layouts)}  # a lower header row left in a body
    context: dict = dict(heads)
    printed = printed_codes(tables, layouts)
    conts = continuations(tables, layouts)  # a measures table's part on the next page, read apart
    prev_kind = None
    not_own: set[int] = set()  # tables of other bodies' scores: no tool score of the document's own
    numbers: list[int] = []  # the list numbers printed before the measures read
    for k, (t, lay) in enumerate(zip(tables, layouts)):
        if others.quotes(t):
            doc_flags.append(f"others_scores_table:p{t.page}")
            not_own.add(id(t))
            continue
        if lay.kind == "questions" or (lay.kind == "measures" and prev_kind == "questions"):
            # an indicator heading applies to the table it heads, not beyond: the last
            # heading row of a questions table is no indicator of the measures after it
            context = dict(heads)
        prev_kind = lay.kind
        for title in t.titles + t.headings:
            apply_heading(title, context)
        heading_into_table(t, lay)  # its first (indicator) row read as the heading above it
        if lay.kind in ("results", "analysis"):
            t, lay = repair_results(t, lay, classify)  # stacked rows, a header one column off
        if "several_score_columns" in lay.flags:
            # several scores per row (bodies, years, averages side by side): only the column
            # whose header names the assessment year is the document's own
            own = year_column(t, lay, ay)
            if own is None:
                doc_flags.append(f"unmapped_table:p{t.page}")
                doc_flags.append(f"several_score_columns:p{t.page}")
                continue
            lay.roles = ["" if r == "score" else r for r in lay.roles]
            lay.roles[own] = "score"
            doc_flags.append(f"score_column_by_year:p{t.page}")
        before = (len(sr.indicators), len(sr.questions), len(measures))
        if lay.kind == "results":  # (or a question table's indicator rows left at a page's foot)
            read_results(t, lay, tables[k + 1:k + 2], layouts[k + 1:k + 2], sr)
        elif lay.kind == "analysis":
            results_rows(t, lay, sr, "analysis_table")
        elif lay.kind == "questions":
            question_rows(t, lay, sr, ay, context, printed)
        elif lay.kind == "measures":
            nxt = (tables[k + 1], layouts[k + 1]) if k + 1 < len(tables) else (None, None)
            if not t.rows and t.header and not _header_read_on(t, nxt[0], tops, nxt[1]):
                doc_flags.append(f"measures_body_unread:p{t.page}")  # a header alone, its body read by nobody
            numbers += measure_numbers(t, lay, numbers)
            rows, inds = measure_rows(t, lay, plan_year=py, year=ay, start_seq=len(measures) + 1, context=context)
            measures += rows
            if rows and _rest_unread(t, *nxt, tops):
                rows[-1]["flags"] = sorted(set(rows[-1]["flags"]) | {"measure_rest_unread"})
            if "rows_are_lines" in t.flags:  # its rows were one text line each, joined again (issue 13)
                doc_flags.append(f"table_rows_are_lines:p{t.page}")
            sr.indicators += inds + unread_indicator_cells(t, inds, conts.get(id(t)))
        elif lay.kind == "other_scores":
            doc_flags.append(f"ignored_table:scores_not_own:p{t.page}")
            not_own.add(id(t))
        elif measures_like(lay.kind, lay.roles) and t.rows and not t.header and _is_tiny(t) \
                and id(t) not in kv_tables and _holds_measure(t):
            # a one-row part of a measures table read apart is a measure, never a tiny table
            # to skip (born18's unseen 19300 html: measure 5 lost in an ``ok`` document)
            doc_flags.append(f"unmapped_table:p{t.page}")
            sr.indicators += unread_indicator_cells(t, [], conts.get(id(t)))
        elif is_band_table(t) or _is_tiny(t) or id(t) in kv_tables:
            continue
        elif is_methodology_table(t):
            doc_flags.append(f"ignored_table:methodology:p{t.page}")
        elif others_scores_table(t, org.get("org_name")):
            # other bodies' scores, a national average: nothing of the document's own is in it
            # (dev seeds 17179, 17345): not read, and no part of the document left unread
            doc_flags.append(f"ignored_table:scores_not_own:p{t.page}")
            not_own.add(id(t))
        else:
            doc_flags.append(f"unmapped_table:p{t.page}")
            if measures_like(lay.kind, lay.roles):  # a measures table's part read alone
                sr.indicators += unread_indicator_cells(t, [], conts.get(id(t)))
        low = {f"column_low_evidence:{f.split(':')[1].split('@')[0]}" for f in lay.flags
               if f.startswith("role_low_evidence:")}
        if "table_headerless" in lay.flags and lay.kind != "unknown":
            low.add("columns_from_contents")  # no header: the cells alone said what the columns are
        # started from its cells alone, or its columns taken from an earlier part of the document
        low.update(f for f in t.flags if f in ("table_unruled:content", "table_columns_refit",
                                                  "table_header_from_sibling"))
        if low:  # rows mapped through columns chosen on little evidence say so
            new_rows = sr.indicators[before[0]:] + sr.questions[before[1]:] + measures[before[2]:]
            for row in new_rows:
                row["flags"] = sorted(set(row["flags"]) | low)
                row["confidence"] = round(min(row.get("confidence", 1.0), max(0.3, lay.quality)), 3)
        doc_flags += [f"{f}:p{t.page}" if f.startswith(("role_low_evidence", "kind_from_rows")) else f
                      for f in lay.flags if f not in ("table_headerless", "several_score_columns")]
    doc_flags += sr.flags
    doc_flags += measures_text_unread(page_text, measures)  # a measure on a page no table was found on
    for i, flag in row_parts_unread(page_text, measures, frozenset(p.page for p in ex.pages if p.method == "ocr")):
        measures[i]["flags"] = sorted(set(measures[i]["flags"]) | {flag})
    doc_flags += numbered_unread(numbers, page_text, measures)  # a numbered measure not read
    if not any(f.startswith("measure_numbers_gap:") for f in doc_flags):
        doc_flags += headings_unread(page_text, measures)  # an issue heading with no measure read under it
    doc_flags += merged_in_cell(measures)  # a measure's cell holding the next one's number and name
    doc_flags += text_cut(measures)  # a measure's cell text going on under its table, unread
    flag_unexplained(measures)  # a field null or empty with no flag saying why (measure_nulls)
    sr.questions += leader_questions(page_text, ay, frozenset(p.page for p in ex.pages if p.method == "ocr"))
    for _, row in split_line_questions(page_text, ay, frozenset(p.page for p in ex.pages if p.method == "ocr"),
                                       {q["question_code"] for q in sr.questions if q.get("question_code")}):
        at = next((i for i, q in enumerate(sr.questions) if q["page"] >= row["page"]), len(sr.questions))
        sr.questions.insert(at, row)  # in page order: the rows' order codes doubted neighbours

    # plan year: printed, else the fiscal year every parsed period falls in (flagged)
    if py is None and measures:
        years = {fiscal_year_of(m["period_start"]) for m in measures if m.get("period_start")}
        years |= {fiscal_year_of(m["period_end"]) for m in measures if m.get("period_end")}
        if len(years) == 1:
            py = years.pop()
            doc_flags.append("plan_year_from_periods")
            for m in measures:
                m["plan_year"] = py

    # --- running text
    prose_pages = table_headings(page_text, tables, raws,
                                 {p.page: p.full_text for p in ex.pages if p.method == "ocr" and p.full_text})
    prose = read_prose(prose_pages, ay)
    doc_flags += prose.flags
    # a number in OCR'd running text carries the numeral recognizer's confidence (the page
    # lists its numbers with theirs); one it was not sure of, or did not read, is flagged
    ocr_nums = page_numbers(ex.pages)
    for no, score, page, flags in prose.indicators:
        if page in ocr_nums:
            c = number_conf(ocr_nums[page], score)
            if c >= OCR_SURE:
                sr.indicators.append(indicator_row(no, score, "text", page, 0.9, flags))
            else:
                sr.indicators.append(indicator_row(no, score, "text", page, min(c, OCR_TEXT_CONF),
                                                   sorted(set(flags) | {"value_from_ocr_text"})))
        else:
            sr.indicators.append(indicator_row(no, score, "text", page, 0.9, flags))
    if prose.overall is not None and prose.overall_page in ocr_nums and \
            number_conf(ocr_nums[prose.overall_page], prose.overall) < OCR_SURE:
        doc_flags.append("overall_score_from_ocr_text")
    doc_flags += [f"{t.lower()}_score_from_ocr_text" for t, pg in sorted(prose.tool_pages.items())
                  if pg in ocr_nums and number_conf(ocr_nums[pg], prose.tools.get(t)) < OCR_SURE]
    tools = dict(prose.tools)
    means = checks.tool_means(sr.indicators)
    for tool, (score, page, flags) in sr.tool_scores.items():
        doc_flags += [f"{tool.lower()}_score:{f}" for f in flags]
        if tool in tools and abs(tools[tool] - score) > 1e-9:
            doc_flags.append(f"{tool.lower()}_score_disagrees:{tools[tool]:g}/{score:g}")
            mean = means.get(tool)
            if mean is not None and abs(mean - score) <= checks.TOOL_MEAN_TOL < abs(mean - tools[tool]):
                # the table's value is the one its indicators bear out (a scanned key/value
                # line read ๘๐.๓๑ as ๐.๓๑: fresh15s 12609)
                tools[tool] = score
                doc_flags.append(f"{tool.lower()}_score_from_table:{mean:.2f}")
        tools.setdefault(tool, score)
    glued = take_glued(tools, page_text, prose.overall, doc_flags)  # the prints it left: ``solve_tools``'s
    # tool cells a scan's shaded results table gave in pieces (a name, a score, a line of text)
    own = [(t, (lay.kind, lay.roles)) for t, lay in zip(tables, layouts) if id(t) not in not_own]
    ind_read = {r["indicator_no"]: r["score"] for r in sr.indicators if r["source"] in ("results_table", "analysis_table")}
    for tool, (value, pflags) in tool_pieces([t for t, _ in own], [k for _, k in own], page_text, ocr_nums,
                                             set(tools), means, ind_read, cell_prints := {}).items():
        if value is not None:  # None: a score cell past reading, told by its flag
            tools[tool] = value
        doc_flags += pflags
    results_pages = {t.page for t, (kind, _) in own if kind == "results"}
    for no, score, page, conf in results_lines(page_text, results_pages, sr.indicators, ocr_nums):
        sr.indicators.append(indicator_row(no, score, "results_table", page, min(conf, OCR_TEXT_CONF),
                                           ["results_row_from_text"] + (["value_from_ocr_text"] if conf < OCR_SURE else [])))
    overall = prose.overall
    if prose.overall_page in ocr_nums and "overall_score_from_ocr_text" in doc_flags:
        fixed = overall_digit_from_tools(overall, [to_ascii_digits(str(n)) for n, _ in ocr_nums[prose.overall_page]],
                                         tools)
        if fixed is not None:
            doc_flags.append(f"overall_score_from_tools:{overall:g}->{fixed:g}")
            overall = fixed
    if overall is None:  # ... or its whole number (``ได้คะแนน v.60 คะแนน``: fresh28s 39113)
        ocr_pages = {p.page for p in ex.pages if p.method == "ocr"}
        overall, oflags = garbled_overall([(pg, t) for pg, t in page_text if pg in ocr_pages], tools)
        doc_flags += oflags
    doc_flags += read_back_tools(prose.tools_printed, tools, overall)  # ``EIT ๑๕๓.๓๐``: back from the overall
    if ex.ocr_pages:  # doubted tool scores solved together against the overall (``๖๙.๓๗๓``, ``o6.๒๔``)
        doc_flags = with_solved(doc_flags, solve_tools(tools, overall, means, {**glued, **cell_prints, **prose.tools_printed},
                                                       page_text, prose.tool_pages, any(f.startswith("overall_") for f in doc_flags),
                                                       {t for t in tools if f"{t.lower()}_score_from_ocr_text" in doc_flags}, sr.tool_letters))

    indicators = dedupe_indicators(sr.indicators)
    questions = dedupe_questions(resolve_by_position(sr.questions, ay))
    doc_flags += flag_row_numbers(indicators, questions)
    head_rows, head_flags = unreadable_heading_scores(prose_pages, indicators)  # a heading's score OCR garbled
    doc_flags += head_flags
    cells = [(r.page, c) for t, lay in zip(tables, layouts) if lay.kind == "measures" for r in t.rows for c in r.cells]
    cell_rows, doc_flags = unread_measure_cells(measures, cells, indicators, doc_flags)  # ... or a measures table's cell's
    for src, rows in (("text", head_rows), ("measures_table", cell_rows)):
        indicators += [indicator_row(no, v, src, page, OCR_TEXT_CONF, fl) for no, v, page, fl in rows]
    doc_flags += gaps.question_gaps(questions, ay) + gaps.indicator_gaps(indicators, questions, ay, ex.pages)
    ay_doubt = [f for f in doc_flags if f.startswith(("assessment_year_", "catalog_fallback"))]
    for r in indicators + questions:
        r["assessment_year"] = ay
        if ay_doubt:
            r["flags"] = sorted(set(r["flags"]) | set(ay_doubt))
    py_doubt = [f for f in doc_flags if f.startswith(("plan_year_inferred", "plan_year_from_periods", "plan_year_tie",
                                                       "plan_year_unusual"))]
    for m in measures:
        if py_doubt:
            m["flags"] = sorted(set(m["flags"]) | set(py_doubt))

    document = {
        "doc_id": ex.doc_id,
        "org_name": org.get("org_name"), "org_type": org.get("org_type"),
        "district": org.get("district"), "province": org.get("province"),
        "assessment_year": ay, "plan_year": py,
        "overall_score": overall, "level": prose.level,
        "iit_score": tools.get("IIT"), "eit_score": tools.get("EIT"), "oit_score": tools.get("OIT"),
        "page_count": ex.page_count, "ocr_pages": ex.ocr_pages,
        "status": "ok", "error": None, "flags": [],
    }
    checks.run_all(document, indicators, questions)
    doc_flags += unread_tool_flags([t for t in tables if id(t) not in not_own], document)
    doc_flags += [f"{t.lower()}_score_unread:p{pg}" for t, pg in sorted({**sr.tools_unread, **prose.tools_unread}.items())
                  if document.get(f"{t.lower()}_score") is None and f"{t.lower()}_score_unread:p{pg}" not in doc_flags]
    checks.drop_private(indicators + questions)
    doc_flags += document.pop("flags")

    # --- status
    found_rows = bool(indicators or questions or measures)
    sq = squash(all_text)
    report_cues = sum(1 for w in ("ตัวชี้วัด", "ผลการประเมิน", "IIT", "EIT", "OIT", "ข้อคำถาม", "แบบวัด") if w in sq)
    # an ITA report: rows were found, or the text reads like one (ITA wording and several of
    # the report's own terms) — a memo or a form that only mentions ITA is not one
    # measures alone make an ITA report only where the document says ITA outside its tables'
    # bodies or its measures name question codes: anti-corruption plans, their progress reports
    # and hospital follow-up reports print measures tables too
    head_text = squash(" ".join(x for t in tables for x in t.titles + t.headings
                                + [c for h in t.header for c in h if len(squash(c)) <= 60]))
    says_ita = any(w in sq or w in head_text for w in ITA_WORDS[:2])
    is_ita = bool(indicators or questions) \
        or (bool(measures) and (says_ita or any(m.get("question_codes") for m in measures))) \
        or (any(w in sq for w in ITA_WORDS[:2]) and report_cues >= 3)
    if measures and not is_ita:
        doc_flags.append("measures_without_ita_wording")
    # whose scores? with no organisation, no assessment year and no question score, scores in
    # the text are someone else's (a plan quoting national averages or other bodies)
    unattributable = (is_ita and not questions and "org_not_found" in doc_flags
                      and ay is None and not any(r["source"] in ("results_table", "analysis_table")
                                                 for r in indicators))
    unreadable = [p.page for p in ex.pages if p.method == "none"]
    if not is_ita or unattributable:
        status, err = "not_ita", ("not an ITA report: no organisation, no assessment year and no question "
                                  "score; its scores are not attributable to one body" if is_ita else
                                  "not an ITA report: no ITA evidence (no ITA wording, no question score, no "
                                  "measure naming question codes)")
        doc_flags.append("not_ita:unattributable" if is_ita else "not_ita:no_ita_evidence")
        indicators, questions, measures = [], [], []
        for k in ("overall_score", "level", "iit_score", "eit_score", "oit_score", "assessment_year", "plan_year"):
            document[k] = None
    else:
        problems = []
        if errors:
            problems.append("page errors: " + "; ".join(errors[:5]))
        unmapped = [f for f in doc_flags if f.startswith(("unmapped_table", "measures_body_unread",
                                                                 "table_rows_are_lines", "measures_text_unread"))]
        if unmapped:
            problems.append("tables not understood on " + ", ".join(sorted({f.split(':')[1] for f in unmapped})))
        if gap := [f.split(":")[1] for f in doc_flags if f.startswith("measure_numbers_gap:")]:
            problems.append("numbered measures not read: " + gap[0])
        if unread_heads := [f.split(":")[1] for f in doc_flags if f.startswith("measure_headings_unread:")]:
            problems.append("measures read / issue headings printed over measures: " + unread_heads[0])
        if merged := [f.split(":")[1] for f in doc_flags if f.startswith("measures_merged_in_cell:")]:
            problems.append("measures read as one row (another measure's number in the name): " + merged[0])
        if cut := [f.split(":")[1] for f in doc_flags if f.startswith("measures_text_cut:")]:
            problems.append("measures whose cell text goes on under their table, unread: " + cut[0])
        if tools_lost := [f.split("_")[0].upper() for f in doc_flags if re.match(r"[a-z]{3}_score_unread:p", f)]:
            problems.append("tool scores printed but not read: " + ", ".join(tools_lost))
        if overall_lost := [f.split(":", 1)[1] for f in doc_flags if f.startswith("overall_score_unreadable:")]:
            problems.append("overall score printed but not read: " + overall_lost[0])
        if heads := [f.split(":", 2)[2].replace("@", " on ") + f" ({f.split(':')[1]})" for f in doc_flags
                     if f.startswith("indicator_score_unreadable:")]:
            problems.append("indicator scores printed but unreadable: " + ", ".join(heads))
        if unreadable and len(unreadable) < ex.page_count:
            problems.append("pages without readable text: " + ", ".join(map(str, unreadable)))
        if not found_rows:
            problems.append("no score or measures table recognised")
        if (lost := gaps.describe(doc_flags)) is not None:
            problems.append(lost)
        status = "partial" if problems else "ok"
        err = "; ".join(problems) or None
    document["status"], document["error"] = status, err
    document["flags"] = sorted(set(doc_flags))
    questions.sort(key=lambda q: ("ieo".index(q["question_code"][0]), int(q["question_code"][1:])))
    indicators.sort(key=lambda r: (r["indicator_no"], r["source"]))
    return announce_doc.finish(Records(doc_id=ex.doc_id, document=document, indicator_scores=indicators,
                                       question_scores=questions, planned_measures=measures), others, all_text)
