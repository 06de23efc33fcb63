"""Score tables → ``indicator_scores`` and ``question_scores`` rows.

Handles the three score-table kinds (``normalizers.tables.roles``): results tables (indicator
scores, often with tool scores), per-question tables grouped by indicator, and analysis
tables (indicator score + analysis text). Indicators are numbered by their official name,
never by the number a report prints; question codes are repaired and checked against the
year's catalog. Every doubt becomes a flag on the row; values are never changed here.
A score read by OCR carries the recognizer's other reading under the private key
``checks.ALT`` for the arithmetic checks; ``checks.drop_private`` removes it before the
rows leave the normalizer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.records.checks import ALT
from normalizers.records.scores_stacked import score_under_noise, stacked_parts, unfuse_headings, unstack_questions
from normalizers.records.code_sequence import unresolved_row
from normalizers.fields.codes import canonical_code, match_question_text, resolve_question, split_code_prefix
from normalizers.tables.grid import Row, Table, merge_rows
from normalizers.tables.text import squash
from normalizers.fields.indicators import INDICATORS, TOOL_DESCRIPTIONS, TOOL_OF, indicator_of_question, match_indicator
from normalizers.fields.numbers import find_scores, parse_score, score_before_noise, to_ascii_digits
from normalizers.records.point_lost import point_lost
from normalizers.tables.roles import Layout
from normalizers.tables import cells as ct
from normalizers.tables import rows as rk
from normalizers.tables.spans import span_of, tool_of_rows
from normalizers.tables.vocab import names_other_scores

LOW_CONF = 0.9  # a cell read with less confidence than this is flagged
# a question score joined to its row by position: the page break left the score cell at the
# foot of the page, the code and text on the next (``scores_carry.page_feet``)
FOOT_FLAG, FOOT_CONF = "score_from_page_foot", 0.8
TOOL_NAMES = {"IIT": "IIT", "EIT": "EIT", "OIT": "OIT"}
_TOOL_IN_TEXT = re.compile(r"\b(IIT|EIT|OIT)\b")
_TOOL_SECTION = tuple((tool, (words, f"({tool})", f"{tool})")) for tool, words in TOOL_DESCRIPTIONS.items())


@dataclass
class ScoreRows:
    indicators: list[dict] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    tool_scores: dict[str, tuple[float, int, list[str]]] = field(default_factory=dict)  # tool → (score, page, flags)
    tools_unread: dict[str, int] = field(default_factory=dict)  # tool → page: a tool cell with a number, unread
    tool_letters: dict[str, str] = field(default_factory=dict)  # tool → a score's shape all in letters (``GG.OD``)
    flags: list[str] = field(default_factory=list)


def _conf_flags(row: Row, cols: list[int]) -> tuple[float, list[str]]:
    """Row confidence from its cells' confidences, with a flag for low-confidence cells."""
    confs = [row.conf[c] for c in cols if c is not None and c < len(row.conf)]
    conf = min(confs) if confs else 1.0
    flags = ["low_confidence_ocr"] if conf < LOW_CONF else []
    return conf, flags


def alt_score(row: Row, col: int | None, score: float) -> float | None:
    """The other OCR reading of a score cell as a number, when it has one that differs."""
    alt = row.alt_of(col)
    if alt is None:
        return None
    v, _ = parse_score(alt)
    return v if v is not None and v != score else None


def indicator_row(no: int, score: float, source: str, page: int, conf: float, flags: list[str]) -> dict:
    return {
        "indicator_no": no, "indicator_name": INDICATORS[no], "tool": TOOL_OF[no], "score": score,
        "source": source, "page": page, "confidence": round(conf, 3), "flags": sorted(set(flags)),
    }


def results_rows(table: Table, layout: Layout, out: ScoreRows, source: str = "results_table") -> None:
    """Indicator scores (and tool scores) from a results or analysis table."""
    ind_cols = layout.cols("indicator") or [0]
    seq_col = layout.col("seq")
    score_col = layout.col("score")
    tool_col = layout.col("tool_score")
    if score_col is not None:
        merge_split_rows(table, ind_cols[-1], score_col)
    # a table of numbered rows that never names an official indicator is not a results
    # table (budget books, statistics): the printed number alone is trusted only under a
    # header that says ตัวชี้วัด
    matches = [match_indicator(" ".join(row.cells[c] for c in ind_cols if c < len(row.cells)))
               for row in table.rows]
    named = sum(1 for no, _, flags in matches
                if no is not None and not any(f.startswith("indicator_by_number") for f in flags))
    header_says = any("ตัวชี้วัด" in squash(" ".join(h)) for h in table.header)
    # a row named by its number alone in a table that names most indicators (OCR's ``ตัวขี้วัด``
    # header, ``การปภิบัติหน้าที`` row: dev scan 57207 p1, 200 dpi, indicator 1 lost) is its indicator,
    # flagged ``indicator_by_number``, when no named row is that indicator
    by_name = {no for no, _, flags in matches if no is not None and not any(f.startswith("indicator_by_number") for f in flags)}
    if named == 0:
        out.flags.append(f"results_table_without_indicator_names:p{table.page}")
        return
    if tool_col is not None:
        span_tools(table, tool_col, [m[0] for m in matches], out)
    for row, (no, mconf, mflags) in zip(table.rows, matches):
        label = " ".join(row.cells[c] for c in ind_cols if c < len(row.cells))
        if not label.strip():
            continue
        if no is not None and any(f.startswith("indicator_by_number") for f in mflags) and not header_says and (
                len(by_name) < 5 or no in by_name):
            continue
        if no is None and seq_col is not None and header_says:
            # name unreadable: fall back to the printed number, flagged
            n = to_ascii_digits(row.cells[seq_col]).strip(" .")
            if n.isascii() and n.isdigit() and 1 <= int(n) <= 10:
                no, mflags = int(n), mflags + ["indicator_from_printed_number"]
        if no is None:
            continue
        if score_col is None:
            continue
        score, sflags = parse_score(row.cells[score_col])
        if score is None and table.method == "ocr" and (lost := point_lost(row.cells[score_col])):
            score, sflags = lost
        if score is None:
            if row.cells[score_col].strip():
                out.flags.append(f"unreadable_indicator_score:p{row.page}")
            continue
        conf, cflags = _conf_flags(row, [score_col])
        ind = indicator_row(no, score, source, row.page, min(conf, mconf or 1.0),
                            mflags + sflags + cflags + row_ocr_flags(row)
                            # a row whose end a page break carried (dev seed 17345 docx: indicator 10)
                            + [f for f in row.flags if f == "row_split_across_pages"])
        alt = alt_score(row, score_col, score)
        if alt is not None:
            ind[ALT] = alt
        out.indicators.append(ind)


# ``๗๖.่``, ``66.0``; not the ``1`` of ``o1``; a score's shape of Latin letters for its Thai digits (``GG.OD`` for
# ๘๘.๐๖: u52a 52101 p1, 200 dpi, IIT null with no flag)
_NUMBER_PRINTED = re.compile(r"[0-9๐-๙]{2}|[0-9๐-๙]\s*\.|^\s*[A-Za-z0-9๐-๙]{1,3}[.,][A-Za-z0-9๐-๙]{2}\s*$")


def span_tools(table: Table, col: int, indicator_nos: list[int | None], out: ScoreRows) -> None:
    """Tool scores of a tool column: each filled cell stands for the rows it spans
    (``tables.spans``); the tool is the one the cell names, else the one of the indicators of
    its own row and span. A cell whose named tool and spanned indicators disagree is flagged."""
    row_tools = [TOOL_OF.get(n) if n is not None else None for n in indicator_nos]
    for r, row in enumerate(table.rows):
        text = row.cells[col] if col < len(row.cells) else ""
        if not text.strip() or names_other_scores([" ".join(c for k, c in enumerate(row.cells) if k != col)]):
            continue  # (a national average's row joined under the table: dev scan 19109 p1)
        span = span_of(table.rows, r, col)
        span_tool, sflags = tool_of_rows([row_tools[k] for k in span])
        m = _TOOL_IN_TEXT.search(text.upper())
        named = m.group(1) if m else None
        own = row_tools[r]
        tool = named or own or span_tool
        if tool is None:
            out.flags.append(f"tool_score_without_tool:p{row.page}")
            continue
        flags = [] if named or own == span_tool else sflags
        if named and span_tool and named != span_tool:
            flags.append(f"tool_span_names_{named}_over_{span_tool}")
        if not named:
            flags.append("tool_from_spanned_rows")
        _tool_cell(text, row, col, out, tool, flags)
        if tool not in out.tool_scores and _NUMBER_PRINTED.search(text):
            # a cell of the tool column printing a number no reading took (the document says so
            # when no other reader gives the tool a score: ``<tool>_score_unread``)
            out.tools_unread.setdefault(tool, row.page)
            if not re.search("[0-9๐-๙]", text):
                out.tool_letters.setdefault(tool, text.strip())


def row_ocr_flags(row: Row) -> list[str]:
    return [f for f in row.flags if f.startswith(("ocr", "low_conf"))]


def _tool_cell(text: str, row: Row, col: int, out: ScoreRows, tool: str | None = None,
               flags: list[str] | None = None) -> None:
    """A tool-score cell such as ``คะแนน IIT 99.42 คะแนน`` (or a bare number whose tool the
    caller worked out from the rows it spans)."""
    m = _TOOL_IN_TEXT.search(text.upper())
    if not m and tool is None:
        return
    tool = tool or m.group(1)
    scores = find_scores(text) or []
    values = [s for s, _, _ in scores]
    bare = re.sub(r"(?i)\b(IIT|EIT|OIT)\b|คะแนน", " ", text)
    if not values:
        v, _ = parse_score(bare)
        values = [v] if v is not None else []
    if not values:
        # a score with specks read after it (``IIT⏎๗๙.๐๑ฒญ๕``, fresh26s 36100): kept, flagged; in a
        # cell with no tool name (the tool from the rows it spans) a space may stand among them
        # (``๗๗.๖๗ต ๐๒``: unbiased fresh30s 41102 at 300 dpi, ``๐๒`` read as the score, 2.0)
        v, noise = score_before_noise(bare if m is not None else squash(text))
        if v is not None:
            values, flags = [v], (flags or []) + [f"score_trailing_noise:{noise}"]
    if not values and m is None:
        # the cell's tool name garbled by OCR (``IIT`` over its score read as ``แห``, ``EIT`` as
        # ``e1``): a short word before one score, the tool known from the rows the cell spans
        t = text.strip()
        head, _, tail = t.rpartition("\n" if "\n" in t else " ")
        v = parse_score(tail)[0] if head.strip() else None
        noise = ""
        if v is None and head.strip():  # and specks after the score (``o1⏎๗๓.๗๒ตตุฆฒ``, fresh26s 36100)
            v, noise = score_before_noise(tail)
        if v is not None and len(squash(head)) <= 6 and parse_score(head)[0] is None and not find_scores(head):
            values, flags = [v], (flags or []) + [f"tool_name_unread:{squash(head)}"] + (
                [f"score_trailing_noise:{noise}"] if noise else [])
    if len(values) == 1:
        conf, cflags = _conf_flags(row, [col])
        set_tool_score(out, tool, values[0], row.page, cflags + (flags or []))


def set_tool_score(out: ScoreRows, tool: str, value: float, page: int, flags: list[str]) -> None:
    """Record a tool score printed in a table; a second printing that differs is flagged."""
    prev = out.tool_scores.get(tool)
    if prev is not None and abs(prev[0] - value) > 1e-9:
        out.flags.append(f"{tool.lower()}_printed_twice_differs:{prev[0]:g}/{value:g}@p{page}")
    out.tool_scores.setdefault(tool, (value, page, flags))


def _section_tool(text: str) -> str | None:
    for tool, keys in _TOOL_SECTION:
        if any(k in text for k in keys):
            return tool
    return None


def merge_split_rows(table: Table, key_col: int, score_col: int) -> None:
    """Re-join score rows cut by a page break: one part holds the label, the other the
    score (a cell's text can fall entirely on either side of the break)."""
    rows: list[Row] = []
    for row in table.rows:
        if rows and row.page > rows[-1].page_last:
            prev = rows[-1]
            pk, ps = prev.cells[key_col].strip(), prev.cells[score_col].strip()
            rk, rs = row.cells[key_col].strip(), row.cells[score_col].strip()
            if (not pk and ps and rk and not rs) or (pk and not ps and not rk and rs) or (not rk and not rs) \
                    or _question_tail(prev, row, key_col, score_col) or _text_after_code(pk, ps, rk, rs):
                merged = merge_rows(prev, row)
                merged.flags = sorted(set(merged.flags) | {"row_split_across_pages"})
                rows[-1] = merged
                continue
        elif rows and _question_tail(rows[-1], row, key_col, score_col):
            rows[-1] = merge_rows(rows[-1], row)  # a question's text wrapped into a row of its own
            continue
        rows.append(row)
    table.rows = rows


def _text_after_code(pk: str, ps: str, rk: str, rs: str) -> bool:
    """A question row cut by a page break after its code and score: the code (``e7``) and
    score stay on the page, the text cell moved whole to the next (``e7 |  | 47.92`` then
    `` | หน่วยงานมีการเปิดโอกาส… | ``)."""
    return bool(pk and ps and rk and not rs) and ct.cell_type(pk) == ct.CODES \
        and ct.cell_type(rk) not in (ct.CODE_TEXT, ct.CODES, ct.INDICATOR, ct.TOOL, ct.SCORE, ct.INT)


def _question_tail(prev: Row, row: Row, key_col: int, score_col: int) -> bool:
    """``row`` carries on a question row that printed no score: its key cell holds text
    without a code (and names no indicator or tool), the question row's score is empty."""
    if prev.cells[score_col].strip() or not row.cells[key_col].strip():
        return False
    return rk.row_kind(prev.cells, key_col) == rk.QUESTION and rk.row_kind(row.cells, key_col) in (rk.DATA, rk.HEADING)


# an OIT code whose ``o`` OCR read as a digit (``640``, ``๐41``), opening a row whose text names an indicator
_O_CODE_MISREAD = re.compile(r"^\s*[6๖0๐](?:[1-4๑-๔][0-9๐-๙]|[1-9๑-๙])\s+[\u0e01-\u0e2e\u0e40-\u0e44]")
_DIGITS_FIRST = re.compile(r"^([0-9๐-๙]{1,2})\s+(?=\S)")


# a question code OCR read as a short Latin word (``ing`` for ``i๑๔``), opening a row's text
_GARBLED_CODE = re.compile(r"^\s*([iIeEoO])[A-Za-z]{1,2}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
GARBLED_CODE_MATCH = 0.6  # how close its text must be to a catalog question of that tool
GARBLED_CODE_TEXT = 30  # letters its text prints at least (longer than any indicator's name)


def _garbled_code_question(text: str, year: int | None) -> bool:
    """Whether a row the indicator's name made a heading (``ing ท่านคิดว่าการดำเนินการเพื่อ
    ป้องกันการทุจริต…``: fresh30s 41103 p2 and fresh30u 41212 p2, i14 at 200 dpi, lost) is a
    question: its code a garbled Latin word whose first letter names a tool, its text close to
    a catalog question of that tool (the code then comes from the text, flagged)."""
    m = _GARBLED_CODE.match(text or "")
    if not m or len(squash(text[m.end():])) <= GARBLED_CODE_TEXT:
        return False  # (an indicator's name alone is short: ``ov การป้องกันการทุจริต`` is a heading)
    best = match_question_text(text[m.end():], year)
    return bool(best) and best[0][1] >= GARBLED_CODE_MATCH and best[0][0][0] == m.group(1).lower()


def _code_read_twice(raw: str | None, text: str) -> tuple[str | None, str, list[str]]:
    """A scanned code cell read twice: the code from its pixels (``i๑``), then Tesseract's
    reading of its digits at the text's start (``๑๑ ผู้บังคับบัญชา…``; dev 15008 p1, i11). Digits that
    repeat the code's are dropped from the text; digits that carry it on (the pixel reading lost
    a digit) make the code, flagged ``code_digits_from_text:<printed> <digits>-><code>``."""
    if not raw or raw[0] not in "iIeEoO" or not (m := _DIGITS_FIRST.match(text)):
        return raw, text, []
    own, more = to_ascii_digits(raw[1:].strip(" -")), to_ascii_digits(m.group(1))
    if more == own:
        return raw, text[m.end():], []
    if len(more) > len(own) and more.startswith(own):
        code = raw[0] + m.group(1)
        return code, text[m.end():], [f"code_digits_from_text:{raw} {m.group(1)}->{canonical_code(code)[0]}"]
    return raw, text, []


def printed_codes(tables: list[Table], layouts: list[Layout]) -> frozenset[str]:
    """The well-formed question codes (``i12``, ``e๕``; no shape repair) printed in the
    document's question tables: a code the document prints for a question of its own is no
    target for correcting another row's code by its text (``resolve_question(taken=…)``)."""
    out: set[str] = set()
    for t, lay in zip(tables, layouts):
        qcol = lay.col("question") if lay.kind == "questions" else None
        if qcol is None:
            continue
        for row in t.rows:
            cell = row.cells[qcol] if qcol < len(row.cells) else ""
            for part in stacked_parts(cell) or [cell]:  # questions stacked into one row count too
                raw, _ = split_code_prefix(part)
                if raw is None and _is_heading(part) and qcol < len(row.lines):
                    head, _, rest = row.lines[qcol].strip().partition("\n")
                    raw, _ = split_code_prefix(rest) if _is_heading(head) else (None, "")  # see unfuse_headings
                if raw is None and len(part.split()) == 1 and ct.cell_type(part) == ct.CODES:
                    raw = part.strip()  # a code whose text a page break moved to the next row
                code, flags = canonical_code(raw) if raw else (None, [])
                if code and not any(f.startswith("code_repaired") for f in flags):
                    out.add(code)
    return frozenset(out)


def question_rows(table: Table, layout: Layout, out: ScoreRows, year: int | None,
                  context: dict, printed: frozenset[str] = frozenset()) -> None:
    """Per-question scores from a questions table (grouped by indicator heading rows).

    ``context`` carries the current indicator/tool across tables (a heading row in one
    table — or a heading paragraph — applies to the next table). ``printed``: the codes the
    document prints (:func:`printed_codes`), never a correction's target.
    """
    qcol = layout.col("question")
    score_col = layout.col("score")
    if qcol is None or score_col is None:
        return
    merge_split_rows(table, qcol, score_col)
    unstack_questions(table, qcol, score_col)  # questions the table finder stacked into one row
    split = unfuse_headings(table, qcol, score_col)  # ... and an indicator heading fused into a question row
    for row in table.rows:
        cells = row.cells
        filled = [c for c in cells if c.strip()]
        qtext = cells[qcol] if cells[qcol].strip() else _code_and_text_beside(cells, qcol, score_col)
        kind = rk.row_kind(cells, qcol, row.lines)
        if id(row) in split and kind == rk.INDICATOR:
            kind = rk.QUESTION  # the question under a heading split off: its text names the indicator
        elif kind == rk.INDICATOR and _O_CODE_MISREAD.match(qtext) and cells[score_col].strip():
            kind = rk.QUESTION  # ``640 รายงาน…การป้องกันการทุจริต…`` (o40 on a scan, dev 19001 p4): a question
        elif kind == rk.INDICATOR and cells[score_col].strip() and _garbled_code_question(qtext, year):
            kind = rk.QUESTION  # ``ing ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริต…`` (i๑๔ on a scan)
        if kind in (rk.INDICATOR, rk.TOOL, rk.HEADING, rk.SUBTOTAL) or (
                not cells[score_col].strip() and (len(filled) == 1 or _is_heading(qtext))):
            # rows between the questions: "ตัวชี้วัดที่ ๒ การใช้งบประมาณ | ๙๐.๙๒", "แบบวัด … (IIT)"
            heading = qtext if qtext.strip() else " ".join(filled)
            if kind != rk.SUBTOTAL:
                apply_heading(heading, context)
            if cells[score_col].strip() and kind in (rk.INDICATOR, rk.TOOL):
                _grouping_score(row, heading, kind, score_col, out, table.method == "ocr")
            continue
        raw_code, text = split_code_prefix(qtext)
        raw_code, text, dflags = _code_read_twice(raw_code, text)
        text_missing = raw_code is None and ct.cell_type(qtext) == ct.CODES and len(qtext.split()) == 1
        if text_missing:
            # a code and its score whose text went to the next page (outside the table): the
            # well-formed code is data; the row says its text is missing
            raw_code, text = qtext.strip(), ""
        if raw_code is None and not text:
            continue
        score, sflags = parse_score(cells[score_col])
        if score is None and table.method == "ocr" and (
                under := score_under_noise(row.lines[score_col] if score_col < len(row.lines) else "")):
            score, sflags = parse_score(under)
            sflags = sflags + ["score_cell_noise_dropped"]
        if score is None:
            if cells[score_col].strip():
                # a number that cannot be read: keep the question, score unknown → not a row
                out.flags.append(f"unreadable_question_score:p{row.page}")
            continue
        hint = context.get("indicator")
        code, conf, qflags = resolve_question(raw_code, text, year, hint, taken=printed)
        if code is None:
            out.flags.append(f"unresolved_question:p{row.page}:{(raw_code or text[:20])}")
            c, cflags = _conf_flags(row, [score_col, qcol])  # kept for code_sequence (its place may say)
            out.questions.append(unresolved_row(raw_code, text, score, row.page, c, qflags + sflags + cflags, hint))
            continue
        tool = {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]]
        ind = indicator_of_question(code, year)
        flags = list(qflags) + list(sflags) + dflags + (["question_text_missing"] if text_missing else [])
        if hint is not None and ind is not None and TOOL_OF.get(hint) == tool and ind != hint:
            flags.append(f"indicator_heading_mismatch:{hint}->{ind}")
        if ind is None and hint is not None and TOOL_OF.get(hint) == tool:
            ind = hint
        c, cflags = _conf_flags(row, [score_col, qcol])
        repaired = [f for f in row.flags if f.startswith("code_repaired:")]  # the code column's shape repair
        q = {
            "question_code": code, "raw_code": raw_code or "", "tool": tool, "indicator_no": ind,
            "question_text": text, "score": score, "page": row.page,
            "confidence": round(min(conf, c, FOOT_CONF if FOOT_FLAG in row.flags or repaired else 1.0), 3),
            "flags": sorted(set(flags + cflags + row_ocr_flags(row) + repaired
                                + [f for f in row.flags if f in ("row_split_across_pages", "row_unstacked", FOOT_FLAG)])),
        }
        alt = alt_score(row, score_col, score)
        if alt is not None:
            q[ALT] = alt
        out.questions.append(q)


def _code_and_text_beside(cells: list[str], qcol: int, score_col: int) -> str:
    """A row whose question column is empty and whose only other filled cell (the code column)
    holds the code AND the text (``o20 การเปิดโอกาสให้เกิดการมีส่วนร่วม`` | `` `` | ``48.72``: a
    one-row part of a table the page break cut off, its cell merged): that cell is the question."""
    others = [c for k, c in enumerate(cells) if k not in (qcol, score_col) and c.strip()]
    if len(others) == 1:
        code, text = split_code_prefix(others[0])
        if code is not None and text and ct.cell_type(code) == ct.CODES:
            return others[0]
    return cells[qcol]


def _grouping_score(row: Row, heading: str, kind: str, score_col: int, out: ScoreRows, scanned: bool = False) -> None:
    """The score printed on an indicator (or tool) row between the question rows of a
    per-question table: an ``analysis_table`` indicator row (contract), or the tool's score."""
    score, sflags = parse_score(row.cells[score_col])
    if score is None and scanned and kind != rk.TOOL and (lost := point_lost(row.cells[score_col])):
        score, sflags = lost
    if score is None:
        out.flags.append(f"unreadable_indicator_score:p{row.page}")
        return
    conf, cflags = _conf_flags(row, [score_col])
    if kind == rk.TOOL:
        m = _TOOL_IN_TEXT.search(heading.upper())
        tool = m.group(1) if m else _section_tool(heading)
        if tool:
            set_tool_score(out, tool, score, row.page, cflags)
        return
    no, mconf, mflags = match_indicator(heading)
    if no is None:
        return
    ind = indicator_row(no, score, "analysis_table", row.page, min(conf, mconf or 1.0),
                        mflags + sflags + cflags + row_ocr_flags(row) + ["indicator_row_in_question_table"]
                        + [f for f in row.flags if f in ("indicator_row_from_heading", "row_unstacked", "indicator_name_truncated")])
    alt = alt_score(row, score_col, score)
    if alt is not None:
        ind[ALT] = alt
    out.indicators.append(ind)


def _is_heading(text: str) -> bool:
    t = squash(text)
    return t.startswith("ตัวชี้วัดที่") or t.startswith("แบบวัด") or t.startswith("แบบตรวจ")


def apply_heading(text: str, context: dict) -> None:
    """Update the indicator/tool context from a heading line or heading row."""
    tool = _section_tool(text)
    if tool:
        context["tool"] = tool
    if "ตัวชี้วัด" in squash(text) or squash(text).startswith(("ประเด็นที่", "ด้านที่")):
        no, _, flags = match_indicator(text)
        if no is not None:
            context["indicator"] = no
            context["tool"] = TOOL_OF[no]
        elif "indicator_from_issue_heading" in flags and "indicator" in context and _cut_name(text):
            # a new issue whose name is cut (``ประเด็นที่๒ การแก้ไขปัญหาการทุ``, by a scan's grid,
            # fresh35s 51102 p5): the issue before's indicator is not this one's
            context["indicator"] = None


_ISSUE_HEAD = re.compile(r"^ประเด็นที่[0-9๐-๙]{1,2}\.?")


def _cut_name(text: str) -> bool:
    """Is an issue heading's name the start of an indicator's name, cut short (6+ letters)?"""
    rest = _ISSUE_HEAD.sub("", squash(text))
    return len(rest) >= 6 and any(name.startswith(rest) and name != rest for name in INDICATORS.values())


__all__ = ["ScoreRows", "results_rows", "question_rows", "printed_codes", "apply_heading", "indicator_row",
           "canonical_code"]
