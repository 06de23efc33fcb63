"""Scans: the heading printed above a scanned page's measures table (``ประเด็นที่๒ การปรับปรุง
การทำงาน``) names the table's indicator, as it does on a text page (issue 15; fresh18s seeds
18505, per_page m5f ruled across only, and 18503, per_page two-level header, both html at
300 dpi; shared dev for h/scanp20).

``headings.attach_headings`` looked for headings only in the full text of text pages: an OCR'd
page (its ``full_text`` holds the same lines, tables included) got none, so each page's table
was stitched to the one before and every measure of 18505 had a null indicator_no with no
flag (5 of 5), 18503 4 of 4."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def per_page(tmp_path_factory):
    return scan_pages_read(18505, [2, 3, 4], tmp_path_factory.mktemp("page_headings"))


@pytest.fixture(scope="module")
def two_level(tmp_path_factory):
    return scan_pages_read(18503, [5, 6], tmp_path_factory.mktemp("page_headings_two"))


def test_each_page_heading_names_its_measure_indicator(per_page):
    got = [(m["measure"][:12], m["indicator_no"]) for m in per_page.planned_measures]
    assert got == [("มาตรการสำรวจ", 4), ("แนวทางปรับปร", 8), ("กิจกรรมสำรวจ", 5)], got
    assert all("indicator_from_heading" in m["flags"] for m in per_page.planned_measures)


def test_two_level_header_pages_take_their_headings(two_level):
    got = [(m["measure"][:12], m["indicator_no"]) for m in two_level.planned_measures]
    assert got == [("มาตรการสร้าง", 7), ("แนวทางประเมิ", 4)], got


@pytest.fixture(scope="module")
def carried_rest(tmp_path_factory):
    """18502 (per_measure, 200 dpi) pages 2-3, read as the extract stage reads them: page 3 starts
    with the rest of measure 4's row (``ocr_row_carried``), then ``ประเด็นที่ 5 …`` over measure 5."""
    from corpus_seeds import scanned
    from extractors.document import ocr_carry_of
    from extractors.model import Extraction
    from extractors.ocr import ocr_page
    from normalizers.document import normalize

    pdf = scanned([18502], tmp_path_factory.mktemp("page_headings_rest"))[0]
    texts, tables, carry = [], [], None
    for page in (2, 3):
        text, ts = ocr_page(pdf, page, carry=carry)
        texts.append(text)
        tables += ts
        carry = ocr_carry_of(ts, text.height)
    return normalize(Extraction(doc_id="18502".zfill(64), file_name=pdf.name, page_count=2, pages=texts, tables=tables))


def test_heading_under_a_carried_rest_is_not_the_rests(carried_rest):
    """An OCR'd page's full text puts the lines outside tables before the tables: the heading
    printed under the rest was taken for the rest's, which then started a table of its own and
    measure 4 lost its name (``measure_name_missing``) and its code ran into a sixth measure."""
    got = [((m["measure"] or "")[:12], m["indicator_no"]) for m in carried_rest.planned_measures]
    assert got[3:] == [("มาตรการทบทวน", 9), ("แนวทางส่งเสร", 10)], got
    assert len(got) == 5 and "ocr_row_carried" in carried_rest.planned_measures[3]["flags"], got
