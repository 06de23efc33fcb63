"""A borderless measures table read as one row per text line (issue 13: junk rows): the real
extract and normalize stages run on a corpus render, and the table's measure rows are checked
against the corpus' expected file."""

import pytest

from corpus.space import draw_layout
from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_measures_table_read_as_lines_is_joined_and_partial(tmp_path):
    """Seed 14533 (html): per-measure m8 tables, two-level header, no rules; measure 2's header
    starts at page 5's foot and its body is on page 6, where every text line was read as a row:
    ``มาตรการ`` / ``สร้างวัฒนธรรม`` / ``องค์กรต่อต้าน`` / ``การทุจริต`` and three more came out as
    planned measures of their own and the document was ``ok``. The steps numbering running on
    across one-line rows (``1. ทบทวนขั้นตอน`` … ``2. สรุปผลการดำเนิน`` a few rows down) tells such
    a table: its lines are joined again into one row per measure, flagged, and the document is
    partial, naming page 6. Since 0.29.0 the page's rows are read as rows in the first place."""
    lay = draw_layout(14533)
    assert (lay["m.rules"], lay["m.header"], lay["m.arrangement"]) == ("none", "two", "per_measure")
    _, ex, records, expected = render_seed(14533, tmp_path)
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = records.planned_measures
    assert len(got) == len(want) == 4  # no junk rows
    m2 = next(m for m in got if m["seq"] == 2)
    assert m2["measure"] == want[2]["measure"] == "มาตรการสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต"
    assert m2["steps"] == want[2]["steps"]
    assert m2["responsible"] == want[2]["responsible"] == ["งานประชาสัมพันธ์", "งานบริหารงานบุคคล"]
    # read a line a row at 0.28.0 and joined again (``rows_from_lines``, the document partial);
    # since 0.29.0 the body's staggered lines are measured in their own column
    # (``spaced_rows.row_starts(by_column=True)``): its rows are read as rows
    assert "rows_from_lines" not in m2["flags"]
    # the column read as the indicator's holds the measure's link to an indicator in a sentence
    # (``มาตรการนี้ช่วยยกระดับคะแนนตัวชี้วัดด้านการเปิดเผยข้อมูล``, indicator 9 by name) while the row's
    # code i2 is IIT's: the codes decide (indicator 1, as the heading ``ประเด็นที่ 2 การปฏิบัติหน้าที่``
    # over the table's header at page 5's foot says), flagged, the sentence the measure's analysis
    assert m2["question_codes"] == want[2]["question_codes"] == ["i2"]
    assert m2["indicator_no"] == want[2]["indicator_no"] == 1
    assert {"indicator_cell_disagrees", "indicator_from_questions"} <= set(m2["flags"])
    assert m2["measure_analysis"] == want[2]["measure_analysis"]
    for seq in (1, 3, 4):  # the other tables were read right and are not touched
        m = next(x for x in got if x["seq"] == seq)
        assert m["measure"] == want[seq]["measure"] and "rows_from_lines" not in m["flags"]
    assert not any(f.startswith("table_rows_are_lines") for f in records.document["flags"])
