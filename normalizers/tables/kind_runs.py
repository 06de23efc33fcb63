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
"""
from __future__ import annotations

import copy
from dataclasses import replace

from normalizers.tables import rows as rk
from normalizers.tables.grid import Table
from normalizers.tables.roles import Layout

MIN_QUESTIONS = 3  # scored question rows that make a run a per-question table
MIN_RESULTS = 2  # scored indicator rows before it that make the part above a results table


def _scored(row, col: int | None) -> bool:
    return col is not None and col < len(row.cells) and bool(row.cells[col].strip())


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


def split_question_runs(tables: list[Table], layouts: list[Layout]) -> tuple[list[Table], list[Layout]]:
    """Tables and layouts with each results/analysis table's question run read as a
    per-question table (see the module text)."""
    out_t: list[Table] = []
    out_l: list[Layout] = []
    for t, lay in zip(tables, layouts):
        if lay.kind not in ("results", "analysis") or not t.rows:
            out_t.append(t)
            out_l.append(lay)
            continue
        key = (lay.cols("indicator") or [0])[-1]
        score = lay.col("score")
        kinds = [rk.row_kind(r.cells, key, r.lines) for r in t.rows]
        start = _split_point(kinds, t.rows, score)
        if start is None:
            out_t.append(t)
            out_l.append(lay)
            continue
        head = t.rows[:start]
        results = sum(1 for r, k in zip(head, kinds) if k == rk.INDICATOR and _scored(r, score))
        if start == 0 or (results < MIN_RESULTS and not any(k == rk.QUESTION for k in kinds[:start])):
            # question rows from the first row on (or with too little above them to be a
            # results table): the whole table is a per-question table
            out_t.append(t)
            out_l.append(_question_layout(lay, key, "kind_from_rows"))
            continue
        if any(k == rk.QUESTION for k in kinds[:start]):
            out_t.append(t)  # question rows on both sides of the cut: not two runs
            out_l.append(lay)
            continue
        rest = t.rows[start:]
        out_t.append(replace(t, rows=head))
        out_l.append(lay)
        part = replace(t, page=rest[0].page, header=[], rows=rest, titles=[], headings=[], part_headers=[],
                       flags=list(t.flags) + ["split_by_row_kinds"])
        out_t.append(part)
        out_l.append(_question_layout(copy.deepcopy(lay), key, "kind_from_rows"))
    return out_t, out_l
