"""A repeated header whose tall title's last line ran into the body's first line (dev seed 20024
docx, one table per measure without rules, header repeated, long rows): on page 8 the first
column's title reads ``ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับ`` (its ``มาตรการ`` interleaved with the
body's first line), the header differed from page 7's, the part was not stitched and measure 3's
rest became a seventh measure ``ช่องทางรับเรื่องร้องเรียน…``: measure 3's name cut to ``โครงการพัฒนา``
and its codes lost, in an ``ok`` document with no flag. A repeated header of a table without
rules whose cells are the table's cut short at their end by a line continues it. One Word
render, the real extract and normalize stages."""

from corpus_seeds import needs_word, render_seed


def test_repeated_header_title_cut_continues_table(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(20024, tmp_path, "docx")
    p8 = next(t for t in ex.tables if t.page == 8 and t.index == 0)
    assert p8.rows[0][0].replace("\n", "").startswith("ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับ")
    assert len(records.planned_measures) == 6
    # since h/born20 (_header_overrun_to_body) the row's last lines, read into p9's repeated
    # header, are given back to it: measure 3 runs p7-p9 (it ended on p8 before)
    m = next(m for m in records.planned_measures if m["page_first"] == 7)
    assert m["page_last"] == 9
    assert m["measure"] == "โครงการพัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตออนไลน์"
    assert m["question_codes"] == ["i13"]
    assert m["steps"] == next(e for e in expected["planned_measures"] if e["seq"] == m["seq"])["steps"]
    want = [(e["measure"], e["question_codes"]) for e in expected["planned_measures"]]
    assert [(g["measure"], g["question_codes"]) for g in records.planned_measures] == want
