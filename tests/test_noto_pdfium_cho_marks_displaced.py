"""Thai repair (issue 16), session 29 (h/repair29): PDFium (pypdfium2) reading Noto Sans Thai
gives the upper marks of ``ช`` elsewhere -- 88 % of the ``ช`` + mark clusters of the dev pair
sets' NotoSansThai/pypdfium2 texts are broken, 0-16 % of any other consonant's. Each displaced
cluster is printed after a space where the next displaced one's base is, and the line's last one
overhangs the line's end: ``ตัวช ่ วัดด้านการเปิดเผยข้อมูล ี้`` = ช่วย ... ตัวชี้วัด,
``ขอเชญ ... เช ิ ง ... ครั ิ งที่ ... ้`` = ขอเชิญ, เชิง, ครั้ง. The float stage put the
overhanging cluster where the dictionary liked it best, often on a far word it did not belong to
(``ข้อมูล้``, ``เช้ง``), and kept the float's spaces where both halves read (``ตัวชี้ วัด``).
In a text that shows the picture (``thai_float.cho_loses_marks``) the overhanging cluster now goes
on the base right before the float before it, else on a bare ``ช``, where that reads no worse;
and a float's space goes on a dictionary tie (not next to a thanthakhat, which ends a word)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from normalizers.thai.thai_float import cho_loses_marks
from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _text(name: str, key: str) -> str:
    import repair_sources as src

    return "\n".join(src._groups(name)["groups"][key]["fresh"])


def test_noto_pdfium_shows_cho_marks_displaced():
    """The signature fires on NotoSansThai/pypdfium2 group texts only (no other group of the dev
    sets: the word-SarabunIT9/pdfplumber text of fresh2 has as few marked ``ช`` but no overhang)."""
    assert cho_loses_marks(_text("fresh5", "NotoSansThai/pypdfium2"))
    assert cho_loses_marks(_text("fresh9", "NotoSansThai/pypdfium2"))
    assert not cho_loses_marks(_text("fresh5", "Sarabun/pypdfium2"))
    assert not cho_loses_marks(_text("fresh2", "word-SarabunIT9/pdfplumber"))
    assert not cho_loses_marks(_text("fresh5", "NotoSansThai/pdftotext"))


@pytest.mark.parametrize("name,printed", [
    ("fresh", "ตัวช ่ วัดด้านการ"),  # ช่วย ... ตัวชี้วัด (was ตัวชี่ วัด ... ข้อมูล้)
    ("fresh", "นิสัยการใช ่ ที่"),  # ช่วง ... ใช้ที่ (was ชวง ... ใช่ ที่ ... ้)
    ("fresh", "ผัวชวคราว"),  # ชั่วคราว (was ชวคร่าว ... บัฏ)
    ("fresh3", "ขอเชญเข้าร่วม"),  # the chain: ขอเชิญ, เชิง, ครั้ง (was เช้ง, ครั่งที)
    ("fresh6", "ชวงช ่ ง"),  # ช่วงชิง
    ("fresh5", "แย่งชง"),  # แย่งชิง (was พัสิ)
    ("fresh8", "มุ่งมันในการบริหาร"),  # โดยใช้หลักธรรมาภิบาล (was ใช่ ... ธรรมาภิบาล้)
    ("fresh", "สนศักดิ ิ ์ และ"),  # a thanthakhat ends a word: its real space stays
])
def test_noto_pdfium_cho_marks_displaced(name: str, printed: str):
    """Real pairs, the group repaired as one text (as ``ita repair`` reads a file)."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw(name, "NotoSansThai/pypdfium2", printed, repair)
    assert got == true, (got, true)
