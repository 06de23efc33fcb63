"""The first line of a row's rest at a page's top read as column titles (issue 13): dev seed
19225 docx (one zebra table, no rules, header not repeated) cuts measure 5's row after page 7;
page 8's part starts ``ศึกษาฯ | | | เดือน | ความถูกต้อง`` (the rest of ``- กองการ``, of the
follow-up ``…ทุกหก`` and of a step), which the header finder took for titles over typed columns.
The part was not stitched (its "header" differs from the table's), its body was carried to the
measure, and the titled line was dropped: the unit ``กองการศึกษาฯ`` came out ``กองการ`` with no
flag about it. A next-page part whose one header row names no column's role, under a table whose
header names two or more, continues the table with that row as its first body row. One Word
render, the real extract and normalize stages.
"""

from corpus_seeds import assert_same_measures, needs_word, render_seed


def test_row_rest_read_as_titles_is_the_rows(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(19225, tmp_path, "docx")
    p8 = next(t for t in ex.tables if t.page == 8 and t.index == 0)
    assert p8.rows[0][0] == "ศึกษาฯ"
    m = next(m for m in records.planned_measures if m["measure"].startswith("โครงการพัฒนาช่องทาง"))
    assert (m["page_first"], m["page_last"]) == (7, 8)
    assert m["responsible"] == ["งานบริหารงานบุคคล", "กองการศึกษาฯ", "งานนิติการ"]
    assert m["follow_up"] == "ติดตามผลการดำเนินงานทุกหกเดือน"
    assert_same_measures(records, expected)


def test_row_rest_read_as_lower_header_row(tmp_path):
    """Dev seed 19216 docx (one table, horizontal rules, header repeated): page 6 prints the
    repeated header, then the last line of measure 6's row (``ปฏิบัติให้บุคลากรถือปฏิบัติ | |
    คะแนน)``), read as a lower header row: the part had no body, the document was partial
    (``measures_body_unread:p6``) and indicator 10's score ``(73.17 คะแนน)``, cut by the break,
    was lost. The repeated header's extra row is the row's rest."""
    needs_word()
    _, ex, records, expected = render_seed(19216, tmp_path, "docx")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert p6.rows[1][2] == "คะแนน)"
    assert records.document["status"] == "ok"
    got = {r["indicator_no"]: r["score"] for r in records.indicator_scores if r["source"] == "measures_table"}
    assert got == {i["indicator_no"]: i["score"] for i in expected["indicator_scores"] if i["source"] == "measures_table"}
    assert got[10] == 73.17
    assert_same_measures(records, expected)
