"""A question table's first rows, its indicator heading rows, left alone at a page's foot.

A report printing its questions in one table per indicator, each opening with the indicator's
row (``ตัวชี้วัดที่๑ การปฏิบัติหน้าที่ | | ๗๑.๓๔``, contract source ``analysis_table``), may
have the page break fall right under that row: the page's foot holds the table's header and the
indicator row only, the questions go on under the header drawn again on the next page. A scan's
grid reads the foot part as a table of its own, in other columns than the next page's (the
empty question column of the indicator row stands apart): it is no part stitched to the next,
and with no question code in it it is typed a results table. Its row was read as a results row,
which the document's real results table had already given: the ``analysis_table`` row was lost
(fresh32u 45203 p1, 300 dpi: indicator 1's row of the question table, in an ``ok`` document).

Such a part (``foot_indicator_rows``: at most ``MAX_ROWS`` body rows, each an indicator heading
row, the header's letters the same as those of the questions table that comes next, on the next
page) is read as the question table's indicator rows: source ``analysis_table``, flagged
``indicator_row_in_question_table`` and ``heading_row_at_page_foot``."""
from __future__ import annotations

from normalizers.records.scores import ScoreRows, results_rows
from normalizers.records.table_headings import IND_WORD
from normalizers.tables.grid import Table
from normalizers.tables.text import squash

MAX_ROWS = 2
FLAGS = ("indicator_row_in_question_table", "heading_row_at_page_foot")


def _header_letters(t: Table) -> str:
    return squash("".join(c for row in t.header for c in row))


def heads_questions(t: Table, nxt: list[Table], nxt_kinds: list[str]) -> bool:
    """Whether ``t`` is the foot part of the questions table ``nxt[0]`` (module doc)."""
    if not nxt or nxt_kinds[0] != "questions" or nxt[0].page != t.page_last + 1:
        return False
    if not t.header or not 1 <= len(t.rows) <= MAX_ROWS or _header_letters(t) != _header_letters(nxt[0]):
        return False
    return all(IND_WORD.match(squash(next((c for c in r.cells if c.strip()), ""))) for r in t.rows)


def foot_indicator_rows(t: Table, lay, nxt: list[Table], nxt_lays: list, out: ScoreRows) -> bool:
    """Read ``t`` as the indicator rows of the questions table after it, when it is its foot part
    (``heads_questions``); False (nothing read) otherwise."""
    if not heads_questions(t, nxt, [n.kind for n in nxt_lays]):
        return False
    before = len(out.indicators)
    results_rows(t, lay, out, "analysis_table")
    for row in out.indicators[before:]:
        row["flags"] = sorted(set(row["flags"]) | set(FLAGS))
    return True


def read_results(t: Table, lay, nxt: list[Table], nxt_lays: list, out: ScoreRows) -> None:
    """A results-typed table's rows: the foot part's as indicator rows of the questions table after
    it (``foot_indicator_rows``), else as the results table's (``scores.results_rows``)."""
    if not foot_indicator_rows(t, lay, nxt, nxt_lays, out):
        results_rows(t, lay, out, "results_table")
