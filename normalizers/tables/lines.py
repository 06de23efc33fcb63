"""Score tables drawn without rules, read from the page's text lines.

A table with no borders at all leaves no lines for the table finder; its rows still come
out of the text layer as lines such as ``๑ การปฏิบัติหน้าที่ ๙๘.๒๑`` or
``i๑ การปฏิบัติงาน… ๑๐๐``. Three or more such lines on one page are read as a results or
questions table (flagged ``table_from_text_lines``); a single line is left to prose reading.

A dotted-leader list (``i12 ………… 78.45``, ``e3 หน่วยงานมีการ… ....... 91.50``) is a list of
question scores however short: ``leader_questions`` reads each such line (a bare code too) as
a question row. Leader lines naming indicators are ``normalizers.records.keyvalue``'s (source ``text``).
"""
from __future__ import annotations

import re

from normalizers.fields.codes import TOOL_OF_INDICATOR, TOOL_OF_PREFIX, canonical_code, resolve_question, split_code_prefix
from normalizers.fields.indicators import indicator_of_question, match_indicator
from normalizers.tables.grid import Row, Table
from normalizers.records.keyvalue import LEADER
from normalizers.fields.numbers import parse_score, to_ascii_digits

_TRAILING_SCORE = re.compile(r"^(?P<label>.*\S)\s+(?P<score>[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?)\s*(?:คะแนน)?\s*$")
MIN_ROWS = 3
_CODE_ONLY = re.compile(r"^\s*[iIeEoO][0-9๐-๙]{1,2}\s*$")
_SECOND_SCORE = re.compile(r"(?<![0-9.])[0-9]{1,3}[.,][0-9]{1,2}(?![0-9])")


def classified_score_lines(text: str) -> list[tuple[str, str, float]]:
    """Every score line of a page's text, in page order, as ``(kind, label, score)``.

    ``kind`` is ``"question"`` (a line opening with a question code, ``i๑ การปฏิบัติงาน… ๙๘.๒๑``,
    or a bare code ``i5 91.07`` whose text went to the next page) or ``"indicator"`` (a label of
    at most 80 characters naming an indicator, ``๑ การปฏิบัติหน้าที่ ๙๘.๒๑``). ``score`` is the
    trailing score (0..100, Thai or Arabic digits). Dotted-leader lines and lines holding two
    scores (which is which is unknown) are left out. Unlike ``score_lines`` no minimum count
    applies: callers that look at one line (``normalizers.records.scores_carry``) use it."""
    out = []
    for line in (text or "").splitlines():
        if LEADER.search(line):
            continue  # leader lists: leader_questions / keyvalue
        m = _TRAILING_SCORE.match(line.strip())
        if not m:
            continue
        score, flags = parse_score(m.group("score"))
        if score is None or not 0 <= score <= 100:
            continue
        label = m.group("label")
        if _SECOND_SCORE.search(to_ascii_digits(label)):
            continue  # two scores on one line (indicator and tool score): which is which is unknown
        raw, rest = split_code_prefix(label)
        if raw is not None and (re.match(r"^[iIeEoO๐0]", raw) and len(rest) > 8
                                or re.match(r"^[iIeEoO]", raw) and rest.strip()):  # ``o8 Q&A 53.20``
            out.append(("question", label, score))
        elif _CODE_ONLY.match(label):  # ``i5 91.07``: the text went to the next page
            out.append(("question", label.strip(), score))
        elif len(label) <= 80 and match_indicator(label)[0] is not None:
            out.append(("indicator", label, score))
    return out


def score_lines(text: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(indicator lines, question lines) of a page: (label, score) pairs."""
    lines = classified_score_lines(text)
    indicators = [(lb, sc) for k, lb, sc in lines if k == "indicator"]
    questions = [(lb, sc) for k, lb, sc in lines if k == "question"]
    return (indicators if len(indicators) >= MIN_ROWS else [],
            questions if len(questions) >= MIN_ROWS else [])


HEADING_FORM = re.compile(r"^\s*ตัวชี้วัดที่\s*[0-9๐-๙]{1,2}")


def _heads(line: tuple[str, str, float], question: tuple[str, str, float]) -> bool:
    """An indicator line that is the heading row of the question lines after it, however few
    (a page break left the heading and a question or two at the foot of the page, the rest of
    the table on the next): it reads ``ตัวชี้วัดที่ N <name> <score>`` (a results table's row
    reads ``N. <name> <score>``), its name says which indicator it is, and the question after
    it is of that indicator's tool (IIT, EIT, OIT)."""
    kind, label, _ = line
    if kind != "indicator" or not HEADING_FORM.match(label):
        return False
    no, _, flags = match_indicator(label)
    raw, _ = split_code_prefix(question[1])
    if raw is None and _CODE_ONLY.match(question[1]):  # ``i1 93.87``: a bare code, its text on the next
        raw = question[1].strip()  # page (dev seed 15861 html: indicator 1's row at page 1's foot lost)
    return no is not None and not any(f.startswith("indicator_by_number") for f in flags) \
        and raw is not None and TOOL_OF_PREFIX.get(raw[0].lower()) == TOOL_OF_INDICATOR.get(no)


def _rows(page: int, pairs) -> list[Row]:
    return [Row(cells=[label, f"{score:g}"], page=page, conf=[0.9, 0.9], flags=["table_from_text_lines"],
                lines=[label, f"{score:g}"]) for label, score in pairs]


def question_lines(text: str) -> int:
    """How many question score lines (``i๑ การปฏิบัติงาน… ๙๘.๒๑``) a page's text holds."""
    return sum(1 for k, _, _ in classified_score_lines(text) if k == "question")


def line_tables(page: int, text: str, min_questions: int = MIN_ROWS) -> list[Table]:
    """Synthetic tables (header + rows) for the score lines of one page. Indicator lines printed
    among question lines (a per-question table without rules, grouped by indicator) stay in
    that table, in order, so they are read as its indicator rows (``analysis_table``), not as a
    results table of their own. ``min_questions``: fewer question lines on the page are left
    alone (the caller lowers it where the document's questions are already a table, or several
    pages' lines: a page break leaves a row or two of such a table on a page of its own)."""
    lines = classified_score_lines(text)
    qs = [i for i, (k, _, _) in enumerate(lines) if k == "question"]
    out = []
    if qs and len(qs) >= min_questions:
        # (a row or two of a table broken across pages groups nothing: an indicator line
        # before them belongs to the results table above)
        grouped = [i for i, (k, _, _) in enumerate(lines) if k == "indicator" and qs[0] - 1 <= i < qs[-1]
                   and len(qs) >= MIN_ROWS]
        if qs[0] >= 2 and qs[0] - 1 in grouped and lines[qs[0] - 2][0] == "indicator" \
                and not _heads(lines[qs[0] - 1], lines[qs[0]]):
            # the last of a run of indicator lines (a results table's, ``๑0. การป้องกันการทุจริต
            # ๘7.๔๐``) that does not head the questions after it is the results table's (dev
            # seed 19209 html: indicator 10 read as an analysis row of indicator 1's questions)
            grouped.remove(qs[0] - 1)
        if qs[0] >= 1 and qs[0] - 1 not in grouped and _heads(lines[qs[0] - 1], lines[qs[0]]):
            grouped.append(qs[0] - 1)  # ... but an indicator's own heading row above its questions does
        keep = sorted(set(qs) | set(grouped))
        out.append(Table(page=page, index=-1, header=[["ข้อคำถาม", "คะแนน"]],
                         rows=_rows(page, [(lines[i][1], lines[i][2]) for i in keep]), n_cols=2,
                         flags=["table_from_text_lines"]))
        rest = [(lb, sc) for i, (k, lb, sc) in enumerate(lines) if k == "indicator" and i not in keep]
    else:
        rest = [(lb, sc) for k, lb, sc in lines if k == "indicator"]
    if len(rest) >= MIN_ROWS:
        out.append(Table(page=page, index=-1, header=[["ตัวชี้วัด", "คะแนน"]], rows=_rows(page, rest), n_cols=2,
                         flags=["table_from_text_lines"]))
    return out


def _named(label: str) -> int | None:
    """The indicator a results row's label names (by its name, not its number alone)."""
    no, _, flags = match_indicator(label)
    return None if no is None or any(f.startswith("indicator_by_number") for f in flags) else no


def results_carried_on(page: int, text: str, prev: tuple[int, str] | None, made: list[Table]) -> list[Table]:
    """The last row or two of a results table drawn without rules that a page break moved to
    the top of the next page (``๑๐. การป้องกันการทุจริต ๙๓.๔๕`` under a repeated header): too
    few lines for a results table of their own (``MIN_ROWS``), so they were left to prose
    reading. They are read as results rows when the evidence agrees: the page before ends
    with a results table of text lines (``MIN_ROWS`` or more indicator lines after its last
    question line), this page's score lines open with them (results rows ``N. <name>``, not
    an indicator's heading ``ตัวชี้วัดที่ N``), and their names carry on the page before's
    indicators in order (its last names indicator k, they name k+1, k+2…)."""
    if prev is None or prev[0] != page - 1 or any(t.header == [["ตัวชี้วัด", "คะแนน"]] for t in made):
        return []
    before = classified_score_lines(prev[1])
    tail = []
    for kind, label, score in reversed(before):
        if kind != "indicator":
            break
        tail.append(label)
    if len(tail) < MIN_ROWS or _named(tail[0]) is None:
        return []
    lines, last = [], _named(tail[0])
    for kind, label, score in classified_score_lines(text):
        if kind != "indicator" or HEADING_FORM.match(label) or _named(label) != last + 1:
            break
        lines.append((label, score))
        last += 1
    if not lines or len(lines) >= MIN_ROWS:
        return []
    return [Table(page=page, index=-1, header=[["ตัวชี้วัด", "คะแนน"]], rows=_rows(page, lines), n_cols=2,
                  flags=["table_from_text_lines"])]


_LEADER_QUESTION = re.compile(
    r"^\s*(?P<code>[iIeEoO]\s?[0-9]{1,2})(?![0-9.])\s*(?P<text>[^\u241f]*?)\s*\u241f\s*"
    r"(?P<score>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*(?:คะแนน)?\s*$")


OCR_TEXT_CONF = 0.6  # a score in OCR'd running text has no per-digit confidence


def leader_questions(pages: list[tuple[int, str]], year: int | None, ocr_pages: frozenset[int] = frozenset()) -> list[dict]:
    """Question rows from dotted-leader lines: code (and maybe text), leader, score. On OCR'd
    pages (``ocr_pages``) each is flagged ``value_from_ocr_text`` at a lower confidence."""
    out = []
    for page, text in pages:
        for line in (text or "").splitlines():
            if not LEADER.search(line):
                continue
            m = _LEADER_QUESTION.match(LEADER.sub(" \u241f ", to_ascii_digits(line)))
            if not m:
                continue
            score, sflags = parse_score(m.group("score"))
            if score is None:
                continue
            raw, qtext = m.group("code").replace(" ", ""), m.group("text").strip()
            code, conf, qflags = resolve_question(raw, qtext, year)
            if code is None:
                continue
            if page in ocr_pages:
                conf, qflags = min(conf, OCR_TEXT_CONF), qflags + ["value_from_ocr_text"]
            out.append({
                "question_code": code, "raw_code": raw, "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]],
                "indicator_no": indicator_of_question(code, year), "question_text": qtext, "score": score,
                "page": page, "confidence": round(min(conf, 0.9), 3), "flags": sorted(set(qflags + sflags)),
            })
    return out


_CODE_TEXT_LINE = re.compile(r"^\s*(?P<code>[iIeEoO][0-9๐-๙]{1,2})(?![0-9๐-๙.])\s+(?P<text>\S.{7,})$")
_SCORE_LINE = re.compile(r"^\s*(?P<score>[0-9๐-๙]{1,3}[.,][0-9๐-๙]{2})\s*$")


def split_line_questions(pages: list[tuple[int, str]], year: int | None, ocr_pages: frozenset[int],
                         read: set[str] | frozenset[str]) -> list[tuple[int, dict]]:
    """Question rows an OCR'd page left in its running text as two lines: the code and its text
    (``i๖ การจัดซื้อจัดจ้างของหน่วยงาน … มากน้อย``) and, alone on the next line, its score
    (``5๖.๐6``): a table's first row drawn without rules whose text wraps, read above the table
    the finder found (unseen-then scans 44100 p2 i6, 44104 p1 i1, 300 dpi; lost, flagged only
    as a gap). Codes already read (``read``) are left alone. Each row is flagged
    ``value_from_ocr_text`` and ``question_from_text_lines`` at the running text's confidence.
    Returns ``(position in the page's lines, row)`` pairs."""
    out = []
    for page, text in pages:
        if page not in ocr_pages:
            continue
        lines = [ln for ln in (text or "").splitlines() if ln.strip()]
        for k in range(len(lines) - 1):
            m, sm = _CODE_TEXT_LINE.match(lines[k]), _SCORE_LINE.match(lines[k + 1])
            if not m or not sm or _TRAILING_SCORE.match(lines[k].strip()) and \
                    parse_score(_TRAILING_SCORE.match(lines[k].strip()).group("score"))[0] is not None:
                continue
            score, sflags = parse_score(sm.group("score"))
            if score is None or not 0 <= score <= 100:
                continue
            raw, qtext = to_ascii_digits(m.group("code")), m.group("text").strip()
            code, conf, qflags = resolve_question(raw, qtext, year, prefer_printed=True)
            if code is None or code in read:
                continue
            out.append((k, {
                "question_code": code, "raw_code": raw, "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]],
                "indicator_no": indicator_of_question(code, year), "question_text": qtext, "score": score,
                "page": page, "confidence": round(min(conf, OCR_TEXT_CONF), 3),
                "flags": sorted(set(qflags + sflags) | {"value_from_ocr_text", "question_from_text_lines"}),
            }))
        if lines and (foot := _foot_code_row(lines[-1], page, year, read)):
            out.append((len(lines) - 1, foot))
    return out


# a page's last line outside tables holding a question's code and score alone (``๐๔0 ๘2.๘๔``, the ``o`` read
# as ``๐``): a page break cut the row, its text went to the next page, above that page's table (dev scan
# 60106 p4-p5, 200 dpi: o40 lost, named only by ``questions_missing``)
_FOOT_CODE_SCORE = re.compile(r"^\s*(?P<code>[iIeEoO๐][0-9๐-๙]{1,2})\s+(?P<score>[0-9๐-๙]{1,3}[.,][0-9๐-๙]{2})\s*$")


def _foot_code_row(line: str, page: int, year: int | None, read) -> dict | None:
    """The question row of a page's last line ``<code> <score>`` whose code was not read while the codes
    just before and after it were (the row sits in a run of read rows, a page break between), else None."""
    m = _FOOT_CODE_SCORE.match(line)
    if not m:
        return None
    code, cflags = canonical_code(m.group("code"))
    score, sflags = parse_score(m.group("score"))
    if code is None or code in read or score is None or not 0 <= score <= 100:
        return None
    n = int(code[1:])
    if f"{code[0]}{n - 1}" not in read or f"{code[0]}{n + 1}" not in read:
        return None
    got, conf, qflags = resolve_question(m.group("code"), "", year, prefer_printed=True)
    if got != code:
        return None
    return {"question_code": code, "raw_code": to_ascii_digits(m.group("code")), "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]],
            "indicator_no": indicator_of_question(code, year), "question_text": "", "score": score, "page": page,
            "confidence": round(min(conf, OCR_TEXT_CONF), 3),
            "flags": sorted(set(cflags + qflags + sflags) | {"value_from_ocr_text", "score_from_page_foot",
                                                            "question_text_missing"})}


def _not_understood(lay) -> bool:
    return lay.kind == "unknown" or (lay.kind in ("results", "analysis", "questions") and lay.col("score") is None)


def unruled_fallback(tables: list[Table], layouts: list, keep: set[int]) -> tuple[list[Table], list]:
    """A table found without rules (``table_unruled:*``) whose columns were not understood is
    read as its rows' text lines instead (``line_tables``), as it was before such tables were
    found; tables in ``keep`` (by id) and tables with no score lines stay as they are."""
    from normalizers.tables.roles import classify  # roles imports nothing from here; kept local to stay light

    out_t, out_l = [], []
    for t, lay in zip(tables, layouts):
        if id(t) not in keep and any(f.startswith("table_unruled") for f in t.flags) and _not_understood(lay):
            text = "\n".join(" ".join(c for c in r if c) for r in [*t.header, *(row.cells for row in t.rows)])
            repl = line_tables(t.page, text)
            if repl:
                out_t += repl
                out_l += [classify(x) for x in repl]
                continue
        out_t.append(t)
        out_l.append(lay)
    return out_t, out_l
