"""A score table whose rows change kind part-way: indicator results, then per-question rows.

A report may print its results table (one row per indicator) and its per-question table
(question rows grouped under indicator rows) as one table: same two columns, same rules,
often with a sentence row between them and no second header. Mapped by its header
(``ตัวชี้วัด… | คะแนน``) the whole table is a results table, and every question row in it
would be dropped without a word. The rows say otherwise: a run of question rows (code and
text, a score) is a per-question table whatever the header above it says.

:func:`split_question_runs` cuts such a table where its question run begins (at the
indicator or tool heading of the first question, when one stands just above it) and maps
that part as a per-question table on the same columns. A table that is question rows from
its first row on is mapped as a per-question table whole.

The page may also cut the per-question table after its first indicator heading: the results
rows, a sentence, the question table's header read as a body row, then ``ตัวชี้วัดที่ ๑ … |
๗๔.๒๙`` — an indicator the results rows already named, after rows without a score. That
heading starts the next table (its questions on the next page), not a second results row.
"""
from __future__ import annotations

import copy
from dataclasses import replace

from normalizers.tables import rows as rk
from normalizers.tables.grid import Table
from normalizers.tables.roles import Layout
from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import parse_score

MIN_QUESTIONS = 3  # scored question rows that make a run a per-question table


def _scored(row, col: int | None) -> bool:
    """The row's score cell reads as a number (a header's word there is no score)."""
    return col is not None and col < len(row.cells) and parse_score(row.cells[col])[0] is not None


def _question_layout(lay: Layout, key: int, flag: str) -> Layout:
    roles = list(lay.roles)
    roles[key] = "question"
    return Layout(kind="questions", roles=roles, flags=list(lay.flags) + [flag], quality=lay.quality,
                  evidence=list(lay.evidence), score_cols=list(lay.score_cols))


def _split_point(kinds: list[str], rows: list, score: int | None) -> int | None:
    """Index where the question run starts (its heading rows included), or None."""
    qs = [i for i, k in enumerate(kinds) if k == rk.QUESTION and _scored(rows[i], score)]
    if len(qs) < MIN_QUESTIONS:
        return None
    start = qs[0]
    # the heading of the first question group: a tool heading, then an indicator heading
    if start > 0 and kinds[start - 1] == rk.INDICATOR:
        start -= 1
    if start > 0 and kinds[start - 1] == rk.TOOL:
        start -= 1
    return start


def _repeat_point(kinds: list[str], rows: list, key: int, score: int | None) -> int | None:
    """Index of a scored indicator row naming an indicator the table's scored indicator rows
    already named, with one or more rows without a score between them (a sentence, a header
    read as a row), or None."""
    seen: set[int] = set()
    gap = False
    for i, (k, r) in enumerate(zip(kinds, rows)):
        scored = _scored(r, score)
        if k == rk.INDICATOR and scored:
            no = match_indicator(r.cells[key] if key < len(r.cells) else "")[0]
            if no is not None and no in seen and gap:
                return i
            if no is not None:
                seen.add(no)
            gap = False
        elif not scored:
            gap = gap or bool(seen)
        else:
            return None  # other scored rows: no results run this rule knows
    return None


def _cut(t: Table, lay: Layout, start: int, key: int) -> tuple[list[Table], list[Layout]]:
    """The table cut before row ``start``: its head as it was mapped, its rest a per-question
    table on the same columns (no header of its own)."""
    rest = t.rows[start:]
    part = replace(t, page=rest[0].page, header=[], rows=rest, titles=[], headings=[], part_headers=[],
                   flags=list(t.flags))
    return [replace(t, rows=t.rows[:start]), part], [lay, _question_layout(copy.deepcopy(lay), key, "kind_from_rows")]


def _read_as(t: Table, lay: Layout) -> tuple[list[Table], list[Layout]]:
    """How one results/analysis table is read: as it is, whole as a per-question table, or cut."""
    key = (lay.cols("indicator") or [0])[-1]
    score = lay.col("score")
    kinds = [rk.row_kind(r.cells, key, r.lines) for r in t.rows]
    start = _split_point(kinds, t.rows, score)
    if start is None:
        start = _repeat_point(kinds, t.rows, key, score)
        # only the next table's first heading (its questions on the next page) is cut off
        return _cut(t, lay, start, key) if start is not None and len(t.rows) - start <= 2 else ([t], [lay])
    if any(k == rk.QUESTION for k in kinds[:start]):
        return [t], [lay]  # question rows on both sides of the cut: not two runs
    if not any(k == rk.INDICATOR and _scored(r, score) for r, k in zip(t.rows[:start], kinds)):
        # question rows from the first row on (only headings or a sentence above them, no
        # indicator score): the whole table is a per-question table
        return [t], [_question_layout(lay, key, "kind_from_rows")]
    return _cut(t, lay, start, key)


MIN_RESULTS = 6  # scored indicator rows that make a table mapped as questions a results table


def _results_read_as_questions(t: Table, lay: Layout) -> Layout:
    """A results table mapped as a per-question table for one cell: a scan's grid joined the
    table below it (a national-average row, ``EIT`` OCR'd as ``e1 ๗๖.๗๑``) and that cell made a
    question column (scanq18's unseen 19109: 1 of 11 indicators read). Where the question
    columns hold one filled cell at most and six or more rows are indicators with a score, it is
    a results table; the question columns are no column of it."""
    ind, qcols, score = lay.cols("indicator"), lay.cols("question"), lay.col("score")
    if not ind or not qcols or score is None:
        return lay
    filled = sum(1 for r in t.rows for c in qcols if c < len(r.cells) and r.cells[c].strip())
    named = 0
    for r in t.rows:
        no, _, flags = match_indicator(r.cells[ind[-1]] if ind[-1] < len(r.cells) else "")
        named += no is not None and _scored(r, score) and not any(f.startswith("indicator_by_number") for f in flags)
    if filled > 1 or named < MIN_RESULTS:
        return lay
    return Layout(kind="results", roles=["" if r == "question" else r for r in lay.roles],
                  flags=list(lay.flags) + ["kind_from_rows"], quality=lay.quality, evidence=list(lay.evidence),
                  score_cols=list(lay.score_cols))


def split_question_runs(tables: list[Table], layouts: list[Layout]) -> tuple[list[Table], list[Layout]]:
    """Tables and layouts with each results/analysis table's question run read as a
    per-question table (see the module text)."""
    out_t: list[Table] = []
    out_l: list[Layout] = []
    for t, lay in zip(tables, layouts):
        if lay.kind == "questions" and t.rows:
            lay = _results_read_as_questions(t, lay)
        ts, ls = _read_as(t, lay) if lay.kind in ("results", "analysis") and t.rows else ([t], [lay])
        out_t += ts
        out_l += ls
    return out_t, out_l
