"""A responsible unit read with ``ๆ`` after it is flagged unsure.

Real OCR string: dev seed 17811 scanned (``corpus fuzz --seeds 17811 --renderer html --scan``),
measure 3: the units cell read ``กองช่าง`` / ``งานประชาสัมพันธ์ๆ`` (printed ``งานประชาสัมพันธ์``).
Before the fix the unit ``งานประชาสัมพันธ์ๆ`` was kept with no flag; ``ๆ`` is in no unit's name
(a speck, or ``ฯ`` misread), so the entry is kept as read and flagged ``responsible_unsure``.
"""
from normalizers.fields.units import split_units_flagged


def test_unit_with_maiyamok_is_unsure():
    units, flags = split_units_flagged("- กองช่าง\n- งานประชาสัมพันธ์ๆ")
    assert units == ["กองช่าง", "งานประชาสัมพันธ์ๆ"]
    assert "responsible_unsure:งานประชาสัมพันธ์ๆ" in flags


def test_abbreviated_unit_still_sure():
    assert split_units_flagged("กองการศึกษาฯ") == (["กองการศึกษาฯ"], [])
