"""Scan fresh33u 47207 (held out in session 33, dev since): ``อบต.ดอนแก้ว`` (Mae Rim, Chiang Mai)
OCR'd ``อบต.ดอน แก้ว`` on every line that prints it, so the name read stopped at the space:
``องค์การบริหารส่วนตำบลดอน``, wrong with no flag about it. On an OCR'd document a subdistrict's
organisation whose name is no subdistrict, joined with the word after the space into exactly one
subdistrict of its district, takes that name, flagged ``org_name_space_joined_subdistrict``."""
from __future__ import annotations

import pytest

from normalizers.fields.places import snap_org_name

pytest.importorskip("geothai")

AOT = "องค์การบริหารส่วนตำบล"
# the lines as OCR gave them (page 1 of 47207 at 300 dpi)
LINES = ("อบต.ดอน แก้ว",
         "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ อบต.ดอน แก้ว",
         "หน่วยงาน : อบต.ดอน แก้ว")


def test_org_name_split_by_a_space_on_every_page():
    got = snap_org_name(AOT + "ดอน", AOT, ["แม่ริม", "เชียงใหม่"], "เชียงใหม่", ocr=True, lines=LINES)
    assert got == (AOT + "ดอนแก้ว", ["org_name_space_joined_subdistrict:ดอน แก้ว->ดอนแก้ว"])


def test_org_name_before_a_space_stays_where_no_subdistrict_joins():
    # the word after the space makes no subdistrict: the name stays as read
    lines = ("อบต.ดอน ประจำปี ๒๕๖๖",)
    assert snap_org_name(AOT + "ดอน", AOT, ["แม่ริม", "เชียงใหม่"], "เชียงใหม่", ocr=True, lines=lines) == \
        (AOT + "ดอน", [])
    # a text layer is not joined, nor an official subdistrict's name
    assert snap_org_name(AOT + "ดอน", AOT, ["แม่ริม", "เชียงใหม่"], "เชียงใหม่", lines=LINES) == (AOT + "ดอน", [])
    assert snap_org_name(AOT + "ดอนแก้ว", AOT, ["แม่ริม", "เชียงใหม่"], "เชียงใหม่", ocr=True, lines=LINES) == \
        (AOT + "ดอนแก้ว", [])


def test_district_split_by_a_space():
    """Unseen scans fresh34s 49109 and u48a 48104: ``อำเภอบ้านแพง`` OCR'd ``อำเภอบ้า นแพง``, the district
    read ``บ้า`` (flagged unknown, wrong). The one district of its province that it makes with the
    word after the space is taken, flagged ``place_spelling_corrected``."""
    from normalizers.fields.places import check_place

    line = ("ทต.บ้านแพง อำเภอบ้า นแพง จังหวัดนครพนม",)
    assert check_place("นครพนม", "บ้า", line) == ("นครพนม", "บ้านแพง", ["place_spelling_corrected:บ้า นแพง->บ้านแพง"])
    # a word after the space that makes no district: the name stays as read, flagged unknown
    assert check_place("นครพนม", "บ้า", ("อำเภอบ้า ทดสอบ จังหวัดนครพนม",))[1] == "บ้า"
