"""An OCR'd indicator heading whose name lost its last glyphs (``ตัวชิวัดทิ๑ การปฏิบัติหน้าท``: dev scan 58511
p1, h/scan40i; the page's regression is tests/test_scan_heading_name_truncated.py) names the indicator its
text begins, only where that is one indicator, eight letters or more, and the mark's number agrees."""
from __future__ import annotations

from normalizers.records.heading_prefix import truncated_heading


def test_heading_name_truncated():
    assert truncated_heading("ตัวชิวัดทิ๑ การปฏิบัติหน้าท") == 1
    assert truncated_heading("ตัวชี้วัดที่ ๓ การใช้อำน") == 3
    assert truncated_heading("ตัวชิวัดทิ๒ การปฏิบัติหน้าท") is None  # the mark's number is another's
    assert truncated_heading("ตัวชี้วัดที่ ๓ การใช้") is None  # too short: three names begin so
    assert truncated_heading("การปฏิบัติหน้าท") is None  # no mark
    assert truncated_heading("i๑ การปฏิบัติงานหรือให้บริการ") is None
