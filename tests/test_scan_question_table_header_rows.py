"""Scans: borderless question tables, one per indicator under a header row (``ข้อ |
ประเด็นการประเมิน | ร้อยละ``), codes in a column of their own, cells printed from the top
(issue 15; dev seed 15015, html, scanned at 200 dpi; 6 of 52 questions lost at 0.16.0).

``aligned.score_grids`` made rows halfway between two scores: the first row reached above
its header (the header and i4, i10 one row, their codes and scores lost), a wrapped cell's
last line joined the row below (i6's code read as ``id``), and a table's part of one row
under its header (i7 at page 1's foot, e4 at page 2's foot) was no table. Now the header
starts the rows under it, rows start above their score's line, and a one-row part under its
header is a table whose code column joins its text. Checked on the corpus' own render of the
seed, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("header_rows_scan")
    scanned([15015], out)
    return out / "scan" / "s015015_html_scan.pdf"


def _rows(tables, code):
    for t in tables:
        for r in t.rows:
            if any(squash(c or "").startswith(code) for c in r):
                return [[squash(c or "") for c in r] for r in t.rows]
    raise AssertionError(f"no table row starts with {code}")


@pytest.mark.parametrize("page, code, score", [(1, "i๔", "๗๔.๘๐"), (2, "i๑๐", "๖๗.๒๙")])
def test_a_header_is_not_merged_into_the_first_question_row(scan, page, code, score):
    rows = _rows(ocr_page(scan, page)[1], code)
    assert "ร้อยละ" in rows[0][-1] and not any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in rows[0][-1])
    assert rows[1][0].startswith(code) and rows[1][-1] == score


def test_a_wrapped_cells_last_line_stays_in_its_row(scan):
    rows = _rows(ocr_page(scan, 1)[1], "i๔")
    assert [r[0][:2] for r in rows[1:]] == ["i๔", "i๕", "i๖"]
    assert [r[-1] for r in rows[1:]] == ["๗๔.๘๐", "๗๐.๙๔", "๔๖.๘๘"]


@pytest.mark.parametrize("page, code, score", [(1, "i๗", "๖๔.๔๒"), (2, "e๔", "๖๒.๑๖")])
def test_one_row_under_its_header_at_a_page_foot_is_a_table(scan, page, code, score):
    rows = _rows(ocr_page(scan, page)[1], code)
    assert len(rows) == 2 and rows[1][0].startswith(code) and rows[1][-1] == score


def test_every_question_of_the_scan_is_read(scan):
    from extractors.document import extract_document
    from normalizers.document import normalize

    rec = normalize(extract_document(scan, "s015015"))
    got = {q["question_code"]: q["score"] for q in rec.question_scores}
    assert {k: got.get(k) for k in ("i4", "i6", "i7", "i10", "e4")} == \
        {"i4": 74.8, "i6": 46.88, "i7": 64.42, "i10": 67.29, "e4": 62.16}
    assert len(got) == 52
