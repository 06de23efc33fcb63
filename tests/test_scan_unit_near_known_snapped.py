"""On a scan, a responsible unit read a letter or two off a known unit is that unit (flagged
``responsible_ocr_snapped``): the unit vocabulary (normalizers/data/units.json), with the
``ฯ`` abbreviation of each, is the dictionary, by edit distance (one edit per five letters,
one nearest form). Real OCR readings of the shared dev scans (fresh21s, 0.21.0):

- 21600 (200 dpi) page 5: ``งานนบีติการ`` for ``งานนิติการ``: kept as read, no flag;
- 21607: ``Narสาธารณสุขและสิ่งแวดล้อม`` for ``กองสาธารณสุขและสิ่งแวดล้อม``: kept, flagged unsure;
- 21606 (300 dpi) page 5: ``กองการศึกษาหฯ`` for ``กองการศึกษาฯ``: snapped to ``กองการศึกษา``
  (the ``ฯ`` taken for another column's letters);
- dev seed 23612 (300 dpi) page 7: ``กองการศึกษาต`` for ``กองการศึกษาฯ``: as far from
  ``กองการศึกษา`` as from its ``ฯ`` form; one letter after a name that abbreviates a longer known
  unit (``กองการศึกษาศาสนาและวัฒนธรรม``) is its ``ฯ`` misread.
"""
from normalizers.fields.units import split_units_flagged


def test_misread_known_units_are_snapped_on_a_scan():
    units, flags = split_units_flagged("สำนักปลัด\nงานนบีติการ\nกองสวัสดิการสังคม", ocr=True)
    assert units == ["สำนักปลัด", "งานนิติการ", "กองสวัสดิการสังคม"]
    assert "responsible_ocr_snapped:งานนบีติการ->งานนิติการ" in flags
    units, flags = split_units_flagged("Narสาธารณสุขและสิ่งแวดล้อม", ocr=True)
    assert units == ["กองสาธารณสุขและสิ่งแวดล้อม"]
    assert not any(f.startswith("responsible_unsure") for f in flags)
    units, flags = split_units_flagged("กองการศึกษาหฯ", ocr=True)
    assert units == ["กองการศึกษาฯ"]
    assert "responsible_ocr_snapped:กองการศึกษาหฯ->กองการศึกษาฯ" in flags


def test_one_letter_after_an_abbreviated_unit_is_its_mark():
    units, flags = split_units_flagged("กองการศึกษาต\nสำนักปลัด", ocr=True)
    assert units == ["กองการศึกษาฯ", "สำนักปลัด"]
    assert "responsible_ocr_snapped:กองการศึกษาต->กองการศึกษาฯ" in flags
    # a unit no longer known name starts with has no ``ฯ`` form: the letter is dropped
    assert split_units_flagged("กองคลังต", ocr=True)[0] == ["กองคลัง"]


def test_units_of_their_own_are_kept():
    # not a misreading of one known unit: kept as read (a name of its own, or two known forms
    # equally near)
    for u in ("กองคลังงานพัสดุ", "สำนักปลัดเทศบาล", "งานการเงิน", "กองแผนงาน", "กองสาธารณสุข", "งานพัสดุ"):
        assert split_units_flagged(u, ocr=True) == ([u], [])
    # born-digital text is never snapped
    assert split_units_flagged("งานนบีติการ")[0] == ["งานนบีติการ"]
