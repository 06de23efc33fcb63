"""Scans: a district OCR garbled beyond reading is null with a flag, never null alone (issue
15; seed 12611, html, scanned at 300 dpi: ``อ.ลี้ จ.ลำพูน`` OCR'd as ``aa จ.ลำพูน``, the district
was null with no flag)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.fields.orgs import parse_org
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("district_scan")
    scanned([12611], out)
    return out / "scan" / "s012611_html_scan.pdf"


def test_an_unreadable_district_is_null_with_a_flag(scan):
    text, _ = ocr_page(scan, 1)
    org = parse_org(text.text.splitlines())
    assert (org["org_name"], org["province"], org["district"]) == ("องค์การบริหารส่วนตำบลนาทราย", "ลำพูน", None)
    assert [f for f in org["flags"] if f.startswith("district_unreadable:")] == ["district_unreadable:aa"]


def test_a_province_line_without_a_district_is_not_flagged():
    org = parse_org(["องค์การบริหารส่วนตำบลนาทราย จ.ลำพูน"])
    assert org["district"] is None and org["flags"] == []
