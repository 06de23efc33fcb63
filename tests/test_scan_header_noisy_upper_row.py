"""Held-out fresh31u 43202 p4 (300 dpi, Noto Sans Thai, a bare measures table with a two-level header;
scored with 0.30.0 and 0.31.0 before this fix): the upper header row came out as specks and a garbled
group title (``- -`` | ``เณ ๕๖ -`` | ``ระยะเวลา`` | ``การถำผลกา⏎การเ!`` | ``รวิเคราะห์ไปสู่⏎)ฐบัต``), so the
table was read as headerless, its titles as a body row, and unmapped: the page's measures lost (flagged
``unmapped_table``). An upper row of short cells, one a column title, nothing a body row holds, over a
row of column titles is the header's upper level."""
from __future__ import annotations

from normalizers.tables.header_rows import header_depth

ROWS = [
    ["", "- -", "เณ ๕๖ -", "ระยะเวลา", "การถำผลกา\nการเ!", "รวิเคราะห์ไปสู่\n)ฐบัต"],
    ["มาตรการ", "ผลการวเคราะห", "ขนตอนการดาเนนงาน", "ดำเนินการ", "ส่วนราชการ\nที่รับผิดชอบ", "งบประมาณ"],
    ["1 โครงการ\nเผยแพร่ข่าวสาร\nการคำเน็นงานผ่าน\nสื่อสังคมออนไลน์", "o24 บุคลากร\nภายในบางส่วน\nยังไม่ทราบแนว",
     "1 ประเมินผลและนำข้อ\nเสนอแนะมาปรับปรุงโดย", "18\nธ์นวาคม\n2567 ถึง\nมถุนายน\n2568", "ทุกส่วน\nราชการ", "46.000"],
]


def test_noisy_upper_header_row_over_column_titles():
    assert header_depth(ROWS) == 2
    # a first body row over the titles' row is no upper header (it holds a measure's text and numbers)
    assert header_depth([ROWS[2], ROWS[1], ROWS[2]]) == 0
