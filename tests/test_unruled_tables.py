"""Tables without column rules on real rendered PDFs: zebra shading (per cell and per row),
an unshaded header, rules across only (booktabs), and ``ita tables`` showing them."""
import pdfplumber
import pytest

from extract_pdfgen import am, render
from extractors.inspect import table_report
from extractors.tables import find_tables
from normalizers.tables.text import loose

pytest.importorskip("weasyprint")

HEADER = ["ที่", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"]
ROWS = [["1", "ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน\nและครบถ้วนตามเกณฑ์", "1. ตรวจสอบข้อมูล\n2. รายงานผู้บริหาร", "สำนักปลัด"],
        ["2", "ส่งเสริมการมีส่วนร่วมของประชาชน", "1. จัดเวทีประชาคม", "กองคลัง\nกองช่าง"],
        ["3", "อบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน", "1. จัดอบรม\n2. สรุปผล\n3. ติดตามผล", "สำนักปลัด"],
        ["4", "เผยแพร่ช่องทางร้องเรียน", "1. ประชาสัมพันธ์", "กองสวัสดิการสังคม"]]
CSS = {
    "cells": "table.z td, table.z th { padding: 4pt 6pt; vertical-align: top; text-align: left }"
             " table.z tbody tr:nth-child(odd) td { background: #e6edf5 } table.z th { background: #c9d6e8 }",
    "rows": "table.z td, table.z th { padding: 4pt 6pt; vertical-align: top; text-align: left }"
            " table.z tbody tr:nth-child(even) { background: #eef2e4 }",
    "booktabs": "table.z { border-top: 1.2pt solid black; border-bottom: 1.2pt solid black }"
                " table.z td, table.z th { padding: 4pt 6pt; vertical-align: top; text-align: left }"
                " table.z thead th { border-bottom: 0.6pt solid black }",
}


def _html(rows):
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr></thead>"
    body = "".join("<tr>" + "".join("<td>" + c.replace("\n", "<br>") + "</td>" for c in r) + "</tr>" for r in rows)
    return ("<p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</p><table class='z' style='width:100%'>" + head
            + "<tbody>" + body + "</tbody></table><p>ลงชื่อ ผู้รายงาน</p>")


def _joined(rows):
    """Cells without line breaks, compared loosely (glyph recovery decomposes SARA AM and
    orders marks its own way)."""
    return [[loose((c or "").replace("\n", "")) for c in r] for r in rows]


@pytest.mark.parametrize("kind", ["cells", "rows", "booktabs"])
@pytest.mark.parametrize("font", ["Sarabun", "Garuda"])
def test_unruled_table_rows_whole_with_multiline_cells(tmp_path, kind, font):
    pdf = render(_html(ROWS), tmp_path / f"{kind}.pdf", font=font, extra=CSS[kind])
    with pdfplumber.open(pdf) as doc:
        tables = find_tables(doc.pages[0])
    assert len(tables) == 1
    t = tables[0]
    # one zebra band (or one booktabs row) = one table row, its wrapped lines kept together
    assert len(t.rows) == 1 + len(ROWS)
    assert [r[0] for r in t.rows] == ["ที่", "1", "2", "3", "4"]
    assert _joined(t.rows) == _joined([HEADER] + ROWS)
    assert t.rows[3][2].split("\n") == ["1. จัดอบรม", "2. สรุปผล", "3. ติดตามผล"]
    assert t.flags and t.flags[0].startswith("table_unruled:")


def test_zebra_unshaded_rows_not_lost(tmp_path):
    # regression: shading rect sides were taken for rules, so the table broke into its shaded
    # rows and the unshaded rows between them went to page text
    pdf = render(_html(ROWS), tmp_path / "z.pdf", extra=CSS["cells"])
    (t,) = table_report(pdf)  # what `ita tables` prints
    assert t["n_rows"] == 5 and t["n_cols"] == 4
    assert t["flags"] == ["table_unruled:shading"]


def test_shaded_header_of_ruled_table_unchanged(tmp_path):
    css = ("table.z td, table.z th { border: 0.75pt solid black; padding: 2pt 4pt }"
           " table.z th { background: #dddddd }")
    pdf = render(_html(ROWS), tmp_path / "r.pdf", extra=css)
    with pdfplumber.open(pdf) as doc:
        (t,) = find_tables(doc.pages[0])
    assert t.flags == [] and len(t.rows) == 5 and t.rows[0] == am(HEADER)


def test_shaded_note_box_is_not_a_table(tmp_path):
    css = ".note { background: #eeeeee; padding: 6pt }"
    pdf = render("<div class='note'><p>หมายเหตุ ข้อมูลนี้เป็นข้อมูลสรุปผลการประเมิน</p>"
                 "<p>จัดทำโดยสำนักปลัด</p></div>", tmp_path / "n.pdf", extra=css)
    with pdfplumber.open(pdf) as doc:
        assert find_tables(doc.pages[0]) == []


def test_two_zebra_tables_with_a_heading_between_stay_two_tables(tmp_path):
    # regression: per-indicator question tables one under the other became one stack of bands,
    # the heading between them a row of the first
    rows = [["i1 เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน", "77.13"], ["i2 การเบิกจ่ายงบประมาณ", "73.67"],
            ["i3 การมอบหมายงาน", "81.20"]]
    def tab(rs):
        return ("<table class='z' style='width:100%'><thead><tr><th>ข้อคำถาม</th><th>คะแนน</th></tr></thead><tbody>"
                + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rs) + "</tbody></table>")
    body = "<p>ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่</p>" + tab(rows) + "<p>ตัวชี้วัดที่ 2 การใช้งบประมาณ</p>" + tab(rows)
    pdf = render(body, tmp_path / "two.pdf", extra=CSS["cells"])
    with pdfplumber.open(pdf) as doc:
        tables = find_tables(doc.pages[0])
    assert len(tables) == 2
    assert all(len(t.rows) == 4 and t.rows[-1][1] == "81.20" for t in tables)
    assert not any("ตัวชี้วัด" in (c or "") for t in tables for r in t.rows for c in r)


def test_zebra_question_table_with_unshaded_indicator_headings_is_read(tmp_path):
    # regression (fresh11 seed 8006, both renderers): an indicator heading merged over the code
    # and text columns sits on an unshaded row, so its label runs across a column boundary;
    # the whole zebra table was dropped as "not a table" and its question scores were lost
    # (61 of fresh11's 5,984). A row whose first cells are merged (a label, and a value in the
    # last column) is now a row of the table, its label one cell.
    qs = [("i1", "เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน", "89.08"), ("i2", "การเบิกจ่ายงบประมาณ", "97.88"),
          ("i3", "การมอบหมายงานอย่างเป็นธรรม", "41.02"), ("i4", "การใช้ทรัพย์สินของราชการ", "84.01")]
    def q(c, t, s):
        return f"<tr><td>{c}</td><td>{t}</td><td>{s}</td></tr>"
    body = (q(*qs[0]) + "<tr><td colspan=2>ตัวชี้วัดที่ 2 การใช้งบประมาณ</td><td>81.78</td></tr>" + q(*qs[1])
            + q(*qs[2]) + q(*qs[3]) + "<tr><td colspan=2>ตัวชี้วัดที่ 3 การใช้อำนาจ</td><td>66.95</td></tr>"
            + q(*qs[0]))
    pdf = render(f"<p>ผลคะแนนรายข้อคำถาม</p><table class='z' style='width:100%'><tbody>{body}</tbody></table>"
                 "<p>ลงชื่อ ผู้รายงาน</p>", tmp_path / "q.pdf", extra=CSS["cells"])
    with pdfplumber.open(pdf) as doc:
        (t,) = find_tables(doc.pages[0])
    assert t.flags == ["table_unruled:shading"] and t.n_cols == 3
    assert [r[2] for r in t.rows] == ["89.08", "81.78", "97.88", "41.02", "84.01", "66.95", "89.08"]
    assert t.rows[1][:2] == [am("ตัวชี้วัดที่ 2 การใช้งบประมาณ"), None]
    assert [r[0] for r in t.rows if r[1]] == ["i1", "i2", "i3", "i4", "i1"]


def test_prose_across_a_zebra_table_still_is_no_table(tmp_path):
    # the merged-label rule must not let text that runs across every column pass: a shaded
    # box of prose lines with a number at the end of one is still not a table
    css = ".note p:nth-child(odd) { background: #e6edf5 } .note p { margin: 0; padding: 3pt }"
    lines = ["หมายเหตุ ข้อมูลนี้เป็นข้อมูลสรุปผลการประเมินของหน่วยงานในปีงบประมาณที่ผ่านมา",
             "จัดทำโดยสำนักปลัดเพื่อใช้ประกอบการวางแผนการดำเนินงานในปีถัดไปทั้งหมด 12",
             "โดยให้ทุกกองร่วมกันพิจารณาและเสนอแนวทางการปรับปรุงการดำเนินงานต่อไป"]
    pdf = render("<div class='note'>" + "".join(f"<p>{x}</p>" for x in lines) + "</div>", tmp_path / "p.pdf", extra=css)
    with pdfplumber.open(pdf) as doc:
        assert find_tables(doc.pages[0]) == []


def test_results_table_with_tool_cells_merged_over_rows(tmp_path):
    # zebra rows narrower than the table (the last cell is covered by a tool cell merged over
    # rows): still one table, the tool column kept
    head = "<thead><tr><th>ตัวชี้วัด</th><th>คะแนน</th><th>คะแนนรายเครื่องมือ</th></tr></thead>"
    body = ("<tr><td>1. การปฏิบัติหน้าที่</td><td>84.86</td><td rowspan=3>IIT 84.08</td></tr>"
            "<tr><td>2. การใช้งบประมาณ</td><td>82.12</td></tr><tr><td>3. การใช้อำนาจ</td><td>92.50</td></tr>"
            "<tr><td>6. คุณภาพการดำเนินงาน</td><td>69.93</td><td rowspan=2>EIT 71.46</td></tr>"
            "<tr><td>7. ประสิทธิภาพการสื่อสาร</td><td>67.96</td></tr>")
    pdf = render(f"<table class='z' style='width:100%'>{head}<tbody>{body}</tbody></table>", tmp_path / "t.pdf",
                 extra=CSS["cells"])
    with pdfplumber.open(pdf) as doc:
        (t,) = find_tables(doc.pages[0])
    assert t.n_cols == 3 and [r[1] for r in t.rows] == ["คะแนน", "84.86", "82.12", "92.50", "69.93", "67.96"]


def test_rules_across_row_run_over_the_page_break_stays_in_the_table(tmp_path):
    # regression: with rules across only, a row whose bottom rule is on the next page was left
    # out of its table on this page (its text went to page text, the measure was lost)
    css = ("table.z td, table.z th { border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;"
           " padding: 2pt 5pt; vertical-align: top; text-align: left } tr { break-inside: auto }")
    long_steps = "<br>".join(f"{i}. ขั้นตอนการดำเนินงานลำดับที่ {i} ของมาตรการ" for i in range(1, 45))
    rows = "".join(f"<tr><td>{i}</td><td>มาตรการที่ {i} ส่งเสริมความโปร่งใส</td><td>{steps}</td><td>สำนักปลัด</td></tr>"
                   for i, steps in ((1, "1. ประชุมชี้แจง"), (2, long_steps)))
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr></thead>"
    pdf = render(f"<p>มาตรการ</p><table class='z' style='width:100%'>{head}<tbody>{rows}</tbody></table>",
                 tmp_path / "b.pdf", extra=css)
    with pdfplumber.open(pdf) as doc:
        (t,) = find_tables(doc.pages[0])
    assert len(t.rows) == 3  # header, row 1, and row 2 down to the page's end
    row2 = [loose((c or "").replace("\n", "")) for c in t.rows[2]]
    assert loose("2มาตรการที่ 2 ส่งเสริมความโปร่งใส") in "".join(row2)
    assert any(c.startswith(loose("1. ขั้นตอน")) for c in row2) and row2[-1] == loose("สำนักปลัด")
