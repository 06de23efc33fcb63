"""An indicator's heading row left at a page's foot right under a results list (issue 13, item 2).

fresh16 seed 14527 (both renderers; Sarabun, summary = key/value + results list, questions
grouped by indicator in a table without rules): page 1 ends with the results list
(``๑๐. การป้องกันการทุจริต ๙๖.๙๗``), then the question table's header and its first row, the
heading ``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ๘๔.๗๖``; the questions go on at page 2's top. The
heading line was counted into the results list's run of indicator lines, so it was not carried
to the questions on the next page: indicator 1's ``analysis_table`` score was lost, with no flag,
in a document whose status was ``ok``. Expected rows are the ones the corpus wrote for the draw.
"""
from __future__ import annotations

import pytest

from corpus_seeds import needs_soffice, read_rendered, rendered

pytest.importorskip("weasyprint")


def _analysis(pdf) -> tuple[dict, dict]:
    rec, exp = read_rendered(str(pdf))
    got = {r["indicator_no"]: r["score"] for r in rec["indicator_scores"] if r["source"] == "analysis_table"}
    want = {r["indicator_no"]: r["score"] for r in exp["indicator_scores"] if r["source"] == "analysis_table"}
    return got, want


def test_heading_after_results_list_html(tmp_path):
    got, want = _analysis(rendered([14527], tmp_path, "html")[0])
    assert len(want) == 10 and got == want


@needs_soffice
def test_heading_after_results_list_docx(tmp_path):
    got, want = _analysis(rendered([14527], tmp_path, "docx")[0])
    assert len(want) == 10 and got == want
