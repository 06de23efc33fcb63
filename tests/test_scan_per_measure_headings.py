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
the row and makes it the next table's heading. Since 0.30.0 (scan30: a table ruled across only is not extended
past its last rule when another table's rules lie below) the extraction keeps the headings out of the tables:
they are page text, each above its table; a heading row that still reaches a table goes to the next one."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned
from extractors.ocr import ocr_page
from normalizers.tables.grid import build_table
from normalizers.tables.headings import trailing_heading_rows


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    scan = scanned([18502], tmp_path_factory.mktemp("per_measure_scans"))[0]
    return ocr_page(scan, 2, dpi=300)


@pytest.fixture(scope="module")
def tables(page) -> list:
    return page[1]


def _flat(x: str) -> str:
    return "".join((x or "").split())


def test_finding_and_indicator_in_columns_of_their_own(tables):
    assert len(tables) == 4 and all(t.n_cols == 7 for t in tables), [t.col_x for t in tables]
    for t, finding in zip(tables[:3], ("หน่วยงานยัง", "การประชาสัมพันธ์", "ผลการประเมิน")):
        row = t.rows[1]
        assert _flat(row[0]).startswith(finding) and "ตัวช" not in row[0], row  # (OCR: ตัวชีวัด)
        assert _flat(row[1]).startswith("ตัวช"), row


def test_heading_row_goes_to_the_next_table(page, tables):
    built = [build_table(t) for t in tables]
    trailing = [k for k, b in enumerate(built[:-1]) if b.rows and _flat(b.rows[-1].cells[0]).startswith("ประเด็นที่")]
    trailing_heading_rows(built)
    for t in built:
        assert not any(_flat(r.cells[0]).startswith("ประเด็นที่") for r in t.rows), [r.cells for r in t.rows]
    for k in trailing:  # a heading row that reached the table above heads the next table
        assert _flat(built[k + 1].headings[0]).startswith("ประเด็นที่"), built[k + 1].headings
    # every heading is on the page, once, outside the tables or as the next table's heading
    text = _flat(page[0].text)
    for no in ("2", "3", "4"):
        assert f"ประเด็นที่{no}" in text or any(_flat(h).startswith(f"ประเด็นที่{no}") for b in built for h in b.headings)
