"""A measures row run off a scanned page whose rest is loose text at the next page's top (issue
15; dev seed 15016 scanned: zebra rows, the continued row unshaded). Nothing on the next page
drew a grid for the rest (no shading, no rule), so it was read as page text and every step
printed there was lost (steps CER 39 % on the seeds named in the issue). ``extractors.ocr.carried``
reads the lines at the page top in the previous page's columns when that page's last table ran
to its foot; a heading across the columns ends them. Checked on the corpus' own render of seed
15016, scanned at 300 dpi."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("carried_scans")
    scanned([15016], out)
    return out / "scan"


def test_row_rest_at_page_top_is_read_in_the_previous_columns(scans):
    pdf = scans / "s015016_html_scan.pdf"
    text4, tables4 = ocr_page(pdf, 4, dpi=300)
    carry = ocr_carry_of(tables4, text4.height)
    assert carry is not None and len(carry) == 7, [t.bbox for t in tables4]  # six columns, ran to the foot
    text5, tables5 = ocr_page(pdf, 5, dpi=300, carry=carry)
    first = tables5[0]
    assert "ocr_row_carried" in first.flags and len(first.rows) == 1, [t.rows for t in tables5]
    row = first.rows[0]
    # the rest of measure ๑'s steps, in the steps column only (fifth), steps ๗ and ๘ among them
    assert [bool((c or "").strip()) for c in row] == [False, False, False, False, True, False], row
    assert row[4].startswith("เผยแพร่ต่อสาธารณะ") and "จัดกิจกรรมอบรมให้ความรู้" in row[4], row
    assert "จัดทำประกาศและแนวปฏิบัติ" in row[4], row
    # the heading over the next indicator's table runs across the columns: page text, not the rest
    assert "การแก้ไขปัญหาการทุจริต" in text5.text and "การแก้ไขปัญหาการทุจริต" not in row[4], text5.text
    # the next table, with its header, stays a table of its own
    assert len(tables5) == 2 and "ocr_row_carried" not in tables5[1].flags


def test_no_carry_without_a_table_at_the_previous_foot(scans):
    pdf = scans / "s015016_html_scan.pdf"
    text1, tables1 = ocr_page(pdf, 1, dpi=300)
    assert ocr_carry_of(tables1, text1.height) is None  # a 2- and 3-column table: no wide measures table
