"""On a scan, a known unit read with ``ๆ`` after it is the known unit (flagged).

Real OCR reading: fresh20s seed 20303 scanned at 200 dpi (``/tmp/fresh20s/scan/s020303_html_scan.pdf``),
two measures' units read ``กองสวัสดิการสังคมๆ`` and ``งานบริหารงานบุคคลๆ`` (printed without ``ๆ``):
kept as read, flagged ``responsible_unsure``. ``ๆ`` is in no unit's name.
"""
from normalizers.fields.units import split_units_flagged


def test_known_unit_with_maiyamok_is_snapped_on_a_scan():
    units, flags = split_units_flagged("กองสาธารณสุขและสิ่งแวดล้อม\nกองสวัสดิการสังคมๆ", ocr=True)
    assert units == ["กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม"]
    assert "responsible_ocr_snapped:กองสวัสดิการสังคมๆ->กองสวัสดิการสังคม" in flags
    units, flags = split_units_flagged("กองส่งเสริมการเกษตร\nงานบริหารงานบุคคลๆ", ocr=True)
    assert units == ["กองส่งเสริมการเกษตร", "งานบริหารงานบุคคล"]


def test_unknown_unit_with_maiyamok_stays_unsure():
    units, flags = split_units_flagged("งานพิเศษทดลองๆ", ocr=True)
    assert units == ["งานพิเศษทดลองๆ"]
    assert any(f.startswith("responsible_unsure") for f in flags)


def test_letter_glued_before_a_known_unit_is_snapped_on_a_scan():
    """fresh20s seed 20311 scanned (the cell as OCR'd, seen by wrapping split_units_flagged in a
    run of the pipeline): ``ถกองส่งเสริมการเกษตร`` was kept as read, flagged unsure."""
    units, flags = split_units_flagged("- งานบริหาร\nงานบุคคล\n- ถกองส่งเสริม\nการเกษตร", ocr=True)
    assert units == ["งานบริหารงานบุคคล", "กองส่งเสริมการเกษตร"]
    assert "responsible_ocr_snapped:ถกองส่งเสริมการเกษตร->กองส่งเสริมการเกษตร" in flags
    # a unit that starts with a head keeps its letters
    assert split_units_flagged("งานกองคลัง", ocr=True)[0] == ["งานกองคลัง"]
