"""Table structure of scanned measures tables (issue 15, scans12), on the corpus' own renders of
fresh dev seeds 7110 (zebra rows, shaded two-level header) and 9207 (no rules, no shading, one
measure per page under a heading ``ประเด็นที่ …``), scanned and OCR'd for real, one page each.

- 7110 page 6: the period column was cut in two at the word gap of ``ไตรมาสที่ ๑`` (the same
  word at the same place in every row leaves a white channel through the body; the header's
  letter gaps let it through), and the header band's own edges, framed like a grid, hid the
  zebra table: the measure and the issue came out in one cell.
- 9207 pages 4 and 5: the first body line's marks overlap the header's last line, so no row
  started (page 4); the heading over the table closed the channels of the columns under it
  (page 5). No measure of the document was found.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    from corpus.fuzz import fuzz

    out = tmp_path_factory.mktemp("table_structure_scans")
    fuzz([7110, 9207], out, renderer="html", scan=True, log=lambda *_: None)
    return out / "scan"


_TABLES: dict[tuple[str, int], list] = {}


def _wide(scans: Path, name: str, page: int) -> list:
    if (name, page) not in _TABLES:  # the pipeline's OCR resolution
        _, tables = ocr_page(scans / name, page, dpi=300)
        _TABLES[name, page] = [t for t in tables if t.n_cols >= 5]
    return _TABLES[name, page]


def test_zebra_header_band_framed_as_a_grid_keeps_its_table(scans):
    wide = _wide(scans, "s007110_html_scan.pdf", 6)
    assert len(wide) == 1, [t.rows for t in wide]
    t = wide[0]
    # eight columns: measure, issue, target, period, alignment, unit, steps, indicator
    assert t.n_cols == 8, t.rows
    head = t.rows[0]
    assert "มาตรการ" in (head[0] or "") and "ประเด็น" not in (head[0] or ""), head
    assert "ประเด็น" in (head[1] or ""), head
    body = t.rows[1:]
    assert len(body) == 5, t.rows
    # each measure alone in its cell, its issue (opening with a question code) beside it
    assert all("ยังไม่" not in (r[0] or "") for r in body[:1]), body
    assert (body[0][1] or "").lstrip()[:1] in ("o", "๐"), body[0]


def test_period_words_at_one_place_in_every_row_do_not_cut_the_period_column(scans):
    t = _wide(scans, "s007110_html_scan.pdf", 6)[0]
    col = next(c for c, h in enumerate(t.rows[0]) if h and "ระยะเวลา" in h)
    periods = [(r[col] or "") for r in t.rows[1:]]
    # printed ไตรมาสที่ 1-3, ไตรมาสที่ 1, ไตรมาสที่ 4, ไตรมาสที่ 1-2, ไตรมาสที่ 3-4: word and quarter in one cell
    assert all("ไตรมาส" in p for p in periods), periods
    assert "1" in periods[1] and "4" in periods[2], periods
    assert t.n_cols == col + 5, t.rows  # no column of bare quarter numbers after it


def test_first_body_row_whose_marks_overlap_the_header_starts_a_row(scans):
    wide = _wide(scans, "s009207_html_scan.pdf", 4)
    assert len(wide) == 1, [t.rows for t in wide]
    t = wide[0]
    assert t.n_cols == 6 and len(t.rows) == 2, t.rows
    head, row = t.rows
    assert "ผลการวิเคราะห์" in (head[2] or "") and "ผู้รับผิดชอบ" in (head[4] or ""), head
    assert "ตัวชี้วัดที่" in (row[0] or "") and "โครงการเปิดเผยข้อมูล" in (row[1] or "").replace("\n", ""), row
    assert "ตัวชี้วัด" not in (head[0] or "").replace("ตัวชี้วัดการประเมิน", ""), head


def test_heading_over_a_bare_measures_table_is_left_out_of_it(scans):
    wide = _wide(scans, "s009207_html_scan.pdf", 5)
    assert len(wide) == 1, [t.rows for t in wide]
    t = wide[0]
    assert t.n_cols == 6, t.rows
    assert not any("ประเด็นที่" in (c or "") for r in t.rows for c in r), t.rows
    row = t.rows[-1]
    assert "ตัวชี้วัดที่" in (row[0] or "") and "ข่าวสาร" in (row[1] or "").replace("\n", ""), row
    assert (row[3] or "").lstrip()[:1] == "๑", row
