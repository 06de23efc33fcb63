"""Tables of scores that are not the report's own (issue 13, born17's leftover): other bodies'
scores (``หน่วยงาน | คะแนนรวม | ระดับ``, one row per municipality; dev seed 17179) and the
national averages (``ค่าเฉลี่ยระดับประเทศ | IIT | EIT | OIT | รวม``; dev seed 17345) were left as
``unmapped_table`` and made the documents ``partial`` although nothing of them was lost. They are
now ``ignored_table:scores_not_own`` and the documents ``ok``; none of their numbers is read.
Renders of both renderers, the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, expected_indicators, indicators_from, needs_word, render_seed

pytest.importorskip("weasyprint")


def _check(records, expected, page):
    flags = records.document["flags"]
    assert f"ignored_table:scores_not_own:p{page}" in flags
    assert not any(f.startswith("unmapped_table") for f in flags)
    assert records.document["status"] == "ok"
    for source in ("results_table", "analysis_table", "measures_table", "text"):
        got = {n: r["score"] for n, r in indicators_from(records, source).items()}
        assert got == expected_indicators(expected, source)
    assert_same_measures(records, expected)


def test_other_bodies_table_html(tmp_path):
    assert draw_layout(17179, "html")["distractor"] == "other_bodies"
    _, ex, records, expected = render_seed(17179, tmp_path, "html")
    t = next(t for t in ex.tables if t.page == 1 and t.index == 1)
    assert t.rows[0][0] == "หน่วยงาน" and len(t.rows) == 4
    _check(records, expected, 1)


def test_national_average_table_docx(tmp_path):
    needs_word()
    assert draw_layout(17345, "docx")["distractor"] == "national_avg"
    _, ex, records, expected = render_seed(17345, tmp_path, "docx")
    assert any((t.rows[0][0] or "").startswith("ค่าเฉลี่ยระดับประเทศ") for t in ex.tables if t.page == 2)
    _check(records, expected, 2)
