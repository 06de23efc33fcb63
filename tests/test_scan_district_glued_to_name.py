"""Scans: a district printed right after the organisation's name with no space, its ``อำเภอ``
OCR'd as ``อำเกอ``, is read (issue 15, h/scanq22; fresh21s 21614, html, 200 dpi, p1 line
``เทศบาลเมืองกาฬสินธุ์อำเกอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์``: the name's match ran over the
district word, the district was searched after it and lost)."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.fields.orgs import parse_org
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def org(tmp_path_factory):
    out = tmp_path_factory.mktemp("district_glued")
    text, _ = ocr_page(scanned([21614], out)[0], 1)
    return parse_org(text.text.splitlines())


def test_a_district_glued_to_the_name_is_read_and_flagged(org):
    assert (org["org_name"], org["district"], org["province"]) == ("เทศบาลเมืองกาฬสินธุ์", "เมืองกาฬสินธุ์", "กาฬสินธุ์")
    assert any(f.startswith("district_word_misread:") for f in org["flags"])


def test_a_glued_district_word_in_a_text_layer_line():
    org = parse_org(["องค์การบริหารส่วนตำบลนาขุมอำเภอวัฒนานคร จังหวัดสระแก้ว"])
    assert (org["org_name"], org["district"], org["province"]) == ("องค์การบริหารส่วนตำบลนาขุม", "วัฒนานคร", "สระแก้ว")
