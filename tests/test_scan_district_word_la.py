"""Unbiased fresh30s 41114 (200 dpi): ``อบต.นาทราย อำเภอลี้จังหวัดลำพูน`` OCR'd ``อำเภลลี้จังหวัดลำพูน``
(the last อ of อำเภอ read as its look-alike ล): the district was null in an ``ok`` document with no
flag. ``อำเภ`` + ล/ฮ is a misread district word like ``อำเกอ`` (flagged ``district_word_misread``),
its district checked against the gazetteer."""
from normalizers.fields.orgs import parse_org


def test_district_word_with_last_letter_misread():
    got = parse_org(["อบต.นาทราย", "อบต.นาทราย อำเภลลี้จังหวัดลำพูน"])
    assert (got["district"], got["province"]) == ("ลี้", "ลำพูน")
    assert "district_word_misread:อำเภล" in got["flags"]


def test_district_beginning_with_la_is_read_as_printed():
    got = parse_org(["องค์การบริหารส่วนตำบลบ้านเหล่า อำเภอลับแล จังหวัดอุตรดิตถ์"])
    assert (got["district"], got["province"]) == ("ลับแล", "อุตรดิตถ์")
    assert not any(f.startswith("district_word_misread") for f in got["flags"])
