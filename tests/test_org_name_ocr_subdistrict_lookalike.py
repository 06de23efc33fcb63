"""Scans fresh30u 41209 (dev since session 31) and fresh31s 43103: ``องค์การบริหารส่วนตำบลท่าช้าง``
(Mueang Chanthaburi) OCR'd ``ท่าข้าง`` on every page that prints it: nothing disagreed, so the org name
was wrong with no flag. On an OCR'd document a subdistrict's organisation whose name is no
subdistrict of its province, one look-alike consonant (ข/ช …) away from exactly one subdistrict of
its district, takes that name, flagged ``org_name_spelling_corrected`` (gazetteer: PyPI geothai)."""
from __future__ import annotations

import pytest

from normalizers.fields.places import snap_org_name

pytest.importorskip("geothai")

AOT = "องค์การบริหารส่วนตำบล"


def test_org_name_ocr_subdistrict_lookalike():
    got = snap_org_name(AOT + "ท่าข้าง", AOT, ["เมืองจันทบุรี", "จันทบุรี"], "จันทบุรี", ocr=True)
    assert got == (AOT + "ท่าช้าง", ["org_name_spelling_corrected:ท่าข้าง->ท่าช้าง"])


def test_official_or_text_layer_names_stay():
    # an official subdistrict stays as printed
    assert snap_org_name(AOT + "ท่าช้าง", AOT, ["เมืองจันทบุรี", "จันทบุรี"], "จันทบุรี", ocr=True) == \
        (AOT + "ท่าช้าง", [])
    # a text layer's consonants are the printed ones: no look-alike guess there
    assert snap_org_name(AOT + "ท่าข้าง", AOT, ["เมืองจันทบุรี", "จันทบุรี"], "จันทบุรี") == (AOT + "ท่าข้าง", [])
    # a municipality named after no subdistrict and near none keeps its name
    assert snap_org_name("เทศบาลตำบลบ้านแพง", "เทศบาลตำบล", ["บ้านแพง", "นครพนม"], "นครพนม", ocr=True) == \
        ("เทศบาลตำบลบ้านแพง", [])
