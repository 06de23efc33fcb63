"""Scans: a per-indicator heading with its score (``ตัวชี้วัดที่๑๐ การป้องกันการทุจริต (๘๗.๔๔ คะแนน)``,
source ``text``) is read wherever the OCR grid put it, and placed among the page's lines where it
is printed (issue 15; fresh21s and fresh20s seeds, html, scanned at 200 dpi; shared dev for h/scani22).

Zebra-shaded question tables have no rule between a heading and the rows around it, and the
grid took the heading in as a line of a cell: the last line of the question cell above it
(21614 p3, indicator 10), a row of its own at the top of a page's table stitched to the page
before's (21614 p2, indicator 4: the part's title went with its repeated header), a row cut
into five cells (21610 p2, indicator 2), the middle line of a cell with its heading word's
marks lost (``ตวชวดท 2 การใชงบประมาณ (99.๑2 คะแนน)``: 20308 p2). All four were lost.
A heading read from a table was put after the page's last line, which named another year
(``หน่วยงาน ประจำปี พ.ศ. ๒๕๖๗``), so the key/value reader skipped it (20308 p4, indicator 10)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


def _text(records) -> dict[int, float]:
    return {r["indicator_no"]: r["score"] for r in records.indicator_scores if r["source"] == "text"}


_DIRS: dict[int, object] = {}


@pytest.fixture(scope="module")
def zebra(tmp_path_factory):
    _DIRS[21614] = tmp_path_factory.mktemp("heading_any_cell_21614")
    return scan_pages_read(21614, [1, 2, 3], _DIRS[21614])


def zebra_expected() -> dict:
    """The corpus' expected values of 21614 (beside its scan)."""
    import json

    from corpus_seeds import scanned

    pdf = scanned([21614], _DIRS[21614])[0]
    return json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))


def test_heading_as_a_cells_last_line_and_as_a_stitched_parts_title(zebra):
    got = _text(zebra)
    assert got.get(4) == 78.91 and got.get(10) == 87.44, got
    # indicator 3's heading (p1) was read ``(เตวคะแนน)`` with the question tables' bands in one stack; since
    # 0.28.0 each indicator's zebra table is a grid of its own, the heading page text between them, and its
    # score reads as printed (the corpus' value) with no unreadable-score flag
    want = {i["indicator_no"]: i["score"] for i in zebra_expected()["indicator_scores"] if i["source"] == "text"}
    assert got.get(3) == want[3] and "indicator_score_unreadable:text:3@p1" not in zebra.document["flags"]


def test_heading_cut_into_cells(tmp_path_factory):
    got = _text(scan_pages_read(21610, [1, 2], tmp_path_factory.mktemp("heading_any_cell_21610")))
    assert got.get(2) == 86.04, got


def test_heading_word_garbled_and_heading_placed_by_position(tmp_path_factory):
    rec = scan_pages_read(20308, [1, 2, 4], tmp_path_factory.mktemp("heading_any_cell_20308"))
    got = _text(rec)
    assert got.get(2) == 99.12 and got.get(10) == 95.82, got
    assert not any(f.startswith("keyvalue_distractor_skipped") for f in rec.document["flags"])
