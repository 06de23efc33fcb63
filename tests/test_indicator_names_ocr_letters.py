"""Indicator names and heading scores as dev scans read them (h/scan37p); each text is the cell or line
as the extractor read it from the scan."""
from __future__ import annotations

from normalizers.fields.indicators import match_indicator


def test_indicator_name_with_sara_ai_maimalai_for_maimuan():
    # dev scan 53205 p1 (300 dpi): ``การใช้`` read ``การไช้`` in the analysis table's headings of indicators
    # 3 and 4: both unmatched, their scores lost (the document partial)
    assert match_indicator("ตัวชี่วัดที3 การไช้อำนาจ")[0] == 3
    assert match_indicator("ตัวชี่วัดที4 การไช้ทรัพย์สินของราชการ")[0] == 4
    assert match_indicator("การแก้ใขปัญหาการทุจริต")[0] == 5


def test_indicator_name_with_maitaikhu_for_sara_i():
    # dev scan 53207 p3 (300 dpi): ``ดำเนินงาน`` read ``ดำเน็นงาน``, indicator 6's heading unmatched
    assert match_indicator("ตัวชี้วัดที่ว คุณภาพการดำเน็นงาน")[0] == 6

