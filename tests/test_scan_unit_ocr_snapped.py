"""Responsible units of scanned measure rows read with stray digits or another column's letters
(real OCR strings of the layout-space scans, ``corpus fuzz --seeds N --renderer html --scan``).

- dev seed 18502 (200 dpi), page 2, measures 1 and 4: ``กองการศึกษา4ฯ`` for ``กองการศึกษาฯ``
  (a speck read as ``4``): kept as printed and only flagged unsure, the unit wrong;
- dev seed 18504 (200 dpi): ``กองส่งเสริมการเกษตร5`` and ``กองช่างช่วงระยะเวลาใบภาร`` (the
  period column's header ``ช่วงระยะเวลา`` read into the units cell and joined as a wrap).

The known unit is kept and the change flagged ``responsible_ocr_snapped`` (level check); a
born-digital cell is unchanged (the entry kept as printed, flagged unsure).
"""
from normalizers.fields.units import split_units_flagged


def test_digit_inside_known_unit_snapped():
    units, flags = split_units_flagged("งานบริหารงานบุคคล\nกองการศึกษา4ฯ", ocr=True)
    assert units == ["งานบริหารงานบุคคล", "กองการศึกษาฯ"]
    assert flags == ["responsible_ocr_snapped:กองการศึกษา4ฯ->กองการศึกษาฯ"]
    units, flags = split_units_flagged("กองส่งเสริมการเกษตร5", ocr=True)
    assert units == ["กองส่งเสริมการเกษตร"]
    assert flags == ["responsible_ocr_snapped:กองส่งเสริมการเกษตร5->กองส่งเสริมการเกษตร"]


def test_header_word_glued_after_known_unit_cut():
    units, flags = split_units_flagged("กองช่างช่วงระยะเวลาใบภาร", ocr=True)
    assert units == ["กองช่าง"]
    assert flags == ["responsible_ocr_snapped:กองช่างช่วงระยะเวลาใบภาร->กองช่าง"]


def test_born_digital_unchanged_and_unknown_left_unsure():
    assert split_units_flagged("กองการศึกษา4ฯ") == (["กองการศึกษา4ฯ"], ["responsible_unsure:กองการศึกษา4ฯ"])
    # digits in an entry that names no known unit once dropped: left as read, unsure
    # (dev seed 18911 scanned: the target column's words read into the units)
    assert split_units_flagged("งานบุคคล๑00ของ", ocr=True) == (["งานบุคคล๑00ของ"], ["responsible_unsure:งานบุคคล๑00ของ"])
    assert split_units_flagged("กองคลัง\nกองการศึกษาฯ", ocr=True) == (["กองคลัง", "กองการศึกษาฯ"], [])
