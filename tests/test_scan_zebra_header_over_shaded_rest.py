"""A zebra measures table whose page starts with its repeated header band (darker grey) right
over the rest of a shaded row carried from the page before (lighter grey), scanned (shared dev
seed 18508 p6): the two shadings touch and were found as one band, its columns and rows found
as one header (a thin strip of ten header columns over a six-column body) and the unshaded row
under it lost. ``bands._grey_parts`` cuts a band where its grey steps; the stack of header and
rest keeps the unshaded row under them."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("zebra_header_rest_scans")
    scanned([18508], out)
    return out / "scan"


def test_header_band_over_shaded_rest_reads_as_one_table(scans):
    _, tables = ocr_page(scans / "s018508_html_scan.pdf", 6, dpi=300)
    wide = [t for t in tables if t.n_cols >= 5]
    assert len(wide) == 1, [t.rows for t in tables]
    t = wide[0]
    assert t.n_cols == 8, t.rows
    assert (t.rows[0][0] or "").strip() == "มาตรการ" and "ขั้นตอน" in (t.rows[0][5] or ""), t.rows[0]
    rest = [r for r in t.rows if "เอกสารหลักฐาน" in (r[5] or "")]
    assert rest and not any((c or "").strip() for i, c in enumerate(rest[0]) if i != 5), t.rows
    last = t.rows[-1]
    assert "โครงการพัฒนาช่อง" in (last[0] or "") and "ทุกส่วนราชการ" in (last[3] or ""), last
    assert "เปิดช่อง" in (last[5] or ""), last
