"""Fiscal-year periods of scanned measure rows whose ``ปี`` Tesseract read as Latin letters
(real OCR strings of the layout-space scans, ``corpus fuzz --seeds N --renderer html --scan``).

- dev seed 18500 (300 dpi), page 5, measure 1: ``il`` / ``งบประมาณ`` / ``พ ศ`` / ``๒๕๖๔`` for
  ``ปีงบประมาณ พ.ศ. ๒๕๖๔``: ``il`` was not read as ``ปี``, the period unparsed;
- dev seed 18504 (200 dpi), pages 5 and 12, a cell printing the period over the units:
  ``U`` / ``งบประมาณ`` / ``พ ศ 2570`` / ``งานบริหาร`` / ``งานบุคคล`` / ``งานนิติการ``: the lines
  before the units were no period line one by one, so the cell was not split; the period was
  lost and ``Uงบประมาณพศ2570`` taken as a unit (page 5: ``กองช่าง`` lost instead).
"""
import datetime as dt

from normalizers.fields.period_units import split_period_units
from normalizers.fields.periods import parse_period


def test_il_read_for_pi():
    p = parse_period("il งบประมาณพ ศ ๒๕๖๔", 2564, ocr=True)
    assert (p.start, p.end) == (dt.date(2020, 10, 1), dt.date(2021, 9, 30))
    assert "period_ocr_months_mended" in p.flags
    assert parse_period("il งบประมาณพ ศ ๒๕๖๔", 2564).start is None  # born-digital: no OCR mending


def test_period_lines_before_units_split():
    cell = "U\nงบประมาณ\nพ ศ 2570\nงานบริหาร\nงานบุคคล\nงานนิติการ"
    assert split_period_units(cell, around=True, ocr=True) == ("U\nงบประมาณ\nพ ศ 2570",
                                                               "งานบริหาร\nงานบุคคล\nงานนิติการ")
    assert split_period_units("U\nงบประมาณ\nพ.ศ. 2570\nกองช่าง", around=True, ocr=True) == (
        "U\nงบประมาณ\nพ.ศ. 2570", "กองช่าง")
    p = parse_period("U งบประมาณ พ ศ 2570", 2570, ocr=True)
    assert (p.start, p.end) == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
