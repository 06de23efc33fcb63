"""A cell printing the period over the responsible units, its months garbled by OCR.

Real OCR strings: layout-space dev seed 15007 scanned (``corpus fuzz --seeds 15007 --renderer
html --scan``), the merged ``ระยะเวลา/ผู้รับผิดชอบ`` column of page 6 (measure 1) and page 7
(measure 2). Before the fix no line read as a period (``กุพ พ ค`` is ``ก.พ.-พ.ค.`` with its
dots and dash lost), so the cell was not split: on page 6 the period was null and
``กุพพค67`` became a responsible unit (flagged ``responsible_unsure``), on page 7 the units
were left in the period text and the measure had no units.
"""
from datetime import date

from normalizers.fields.period_units import split_period_units
from normalizers.fields.periods import parse_period

P6 = "กุพ พ ค\n67\nกองการ\nศึกษาฯ\nงานนิติการ\nกอง\nสาธารณสุข\nและ"
P7 = "มุค. 67-\nพ ค 67\nงาน\nประชาสัมพันธ์\nสำนักปลัด"


def test_ocr_months_split_from_units_page6():
    period, units = split_period_units(P6, around=True, ocr=True)
    assert period == "กุพ พ ค\n67"
    assert units.split("\n")[:3] == ["กองการ", "ศึกษาฯ", "งานนิติการ"]
    p = parse_period(period.replace("\n", " "), 2567, ocr=True)
    assert (p.start, p.end) == (date(2024, 2, 1), date(2024, 5, 31))
    assert "period_ocr_months_mended" in p.flags


def test_ocr_months_split_from_units_page7():
    period, units = split_period_units(P7, around=True, ocr=True)
    assert (period, units) == ("มุค. 67-\nพ ค 67", "งาน\nประชาสัมพันธ์\nสำนักปลัด")
    p = parse_period(period.replace("\n", " "), 2567, ocr=True)
    assert (p.start, p.end) == (date(2024, 1, 1), date(2024, 5, 31))
    assert "period_ocr_months_mended" in p.flags


def test_text_layer_cells_not_mended():
    # without ocr (a text layer) a garbled month is no period line: the cell is not split
    assert split_period_units(P7, around=True) is None


def test_ocr_quarter_digit_line_cut_from_its_unit():
    # dev seed 18808 scanned, page 7 measure 2: the merged period/units column read as one
    # line, ``๔`` read ``๕`` (no quarter 5): the unit stayed in the period text, no units
    period, units = split_period_units("ไตรมาสที่๕ กองสาธารณสุขและสิ่งแวดล้อม", around=True, ocr=True)
    assert (period, units) == ("ไตรมาสที่๕", "กองสาธารณสุขและสิ่งแวดล้อม")
    p = parse_period(period, 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 7, 1), date(2023, 9, 30))
    assert "period_ocr_digits_mended:q5>q4" in p.flags
