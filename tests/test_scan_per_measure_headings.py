"""Tables drawn one per measure, ruled across only, on a scanned page (issue 15; dev seed 18502
scanned at 200 dpi, page 2: four m6 tables, each under a heading ``ประเด็นที่ N …``).

Bug 1 (extract): in three of the four tables the finding's lines run close to the indicator
cell beside it and the two header titles touch, so no white channel parted the two columns:
finding and indicator were read as one cell, their lines interleaved (``หน่วยงานยังขาดการเปิด
ตัวชี้วัดที่๒ การใช้ โอกาสให้…``). The fourth table found the edge (its finding cell is empty).
``columns.sibling_columns`` gives it to the other tables, whose edges all lie near the fourth's
and whose body text does not cross it.

Bug 2 (normalize): the rule under each next heading closed the table above, so the heading
was read as that table's last row and then joined to the measure as its finding's rest
(``… (8๔.08 คะแนน) ประเด็นที่3 การปฏิบัติหน้าที่``). ``headings.trailing_heading_rows`` drops
the row and makes it the next table's heading."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned
from extractors.ocr import ocr_page
from normalizers.tables.grid import build_table
from normalizers.tables.headings import trailing_heading_rows


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> list:
    scan = scanned([18502], tmp_path_factory.mktemp("per_measure_scans"))[0]
    return ocr_page(scan, 2, dpi=300)[1]


def _flat(x: str) -> str:
    return "".join((x or "").split())


def test_finding_and_indicator_in_columns_of_their_own(tables):
    assert len(tables) == 4 and all(t.n_cols == 7 for t in tables), [t.col_x for t in tables]
    for t, finding in zip(tables[:3], ("หน่วยงานยัง", "การประชาสัมพันธ์", "ผลการประเมิน")):
        row = t.rows[1]
        assert _flat(row[0]).startswith(finding) and "ตัวช" not in row[0], row  # (OCR: ตัวชีวัด)
        assert _flat(row[1]).startswith("ตัวช"), row


def test_heading_row_goes_to_the_next_table(tables):
    built = [build_table(t) for t in tables]
    assert _flat(built[1].rows[-1].cells[0]).startswith("ประเด็นที่3"), built[1].rows[-1].cells
    trailing_heading_rows(built)
    for t in built:
        assert not any(_flat(r.cells[0]).startswith("ประเด็นที่") for r in t.rows), [r.cells for r in t.rows]
    assert [_flat(h[0])[:11] for h in (b.headings for b in built[1:])] == ["ประเด็นที่2", "ประเด็นที่3", "ประเด็นที่4"]
