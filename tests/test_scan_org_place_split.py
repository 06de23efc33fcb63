"""Scans: a name OCR split with a space (issue 15, document fields).

Dev seed 17506 (html, 200 dpi): ``จ.นครปฐม`` OCR'd as ``จ.นครป ฐม``; the province was cut to
``นครป`` (flagged, wrong). The next word joined makes a known province: taken, flagged
``place_spelling_corrected``.
Dev seed 17500 (html, 200 dpi): ``อบต.ดอนแก้วอำเภอแม่ริม`` OCR'd as ``อบต.ดอน แก้วอำเภอแม่ริม``;
the located mention ``ดอน`` won over ``ดอนแก้ว`` printed whole elsewhere (wrong, flagged
org_conflict). Now the whole name, flagged ``org_name_space_joined``.
Checked on the corpus' own renders, scanned, page 1 OCR'd."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.fields.orgs import parse_org
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("org_place_split_scan")
    scanned([17500, 17506], out)
    return out / "scan"


def _org(scans: Path, seed: int) -> dict:
    text, _ = ocr_page(scans / f"s0{seed}_html_scan.pdf", 1)
    return parse_org(text.text.splitlines())


def test_a_province_split_by_a_space_is_joined(scans):
    org = _org(scans, 17506)
    assert (org["district"], org["province"]) == ("สามพราน", "นครปฐม")
    assert "place_spelling_corrected:นครป ฐม->นครปฐม" in org["flags"]


def test_an_org_name_split_where_it_is_printed_with_its_place_is_whole(scans):
    org = _org(scans, 17500)
    assert (org["org_name"], org["district"], org["province"]) == ("องค์การบริหารส่วนตำบลดอนแก้ว", "แม่ริม", "เชียงใหม่")
    assert "org_name_space_joined:ดอน แก้ว->ดอนแก้ว" in org["flags"]
    assert not [f for f in org["flags"] if f.startswith("org_conflict")]
