"""Scans: a one-row part of a question table whose text the column finder cut at its word gaps
(issue 15; dev seeds 17505 and 19001, html, scanned at 200 dpi).

17505 p2: ``e๔ | หน่วยงานมีช่องทางการเผยแพร่ข้อง | ลข่าวสารขี | สามารถเข้าถึงได้ง่าย | ๖๘.๘๙`` was
no questions table and e4 was lost; 19001 p2 lost i12 the same way, and indicator 3's heading cut
into five cells beside it (``ตัวชี้วัดที่ | 3 | การใช้อำนาจ | (82.25 | คะแนน)``) lost its score. The
pieces are now one text column and the code joins it (``text_pieces_joined``). Checked on the
corpus' own renders of the seeds, scanned, page 2."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.records.prose import read_prose
from normalizers.records.table_headings import table_headings
from normalizers.tables.codecol import join_code_columns
from normalizers.tables.grid import build_table
from normalizers.tables.roles import classify
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("text_pieces_scan")
    scanned([17505, 19001], out)
    return out / "scan"


def _table(scans: Path, seed: int, code: str):
    text, raws = ocr_page(scans / f"s0{seed}_html_scan.pdf", 2)
    raw = next(r for r in raws if any((row[0] or "").strip() == code for row in r.rows))
    return text, join_code_columns(build_table(raw))


def test_a_one_row_part_whose_text_was_cut_into_columns_is_a_question_row(scans):
    _, t = _table(scans, 17505, "e๔")
    assert "text_pieces_joined" in t.flags and t.n_cols == 2 and classify(t).kind == "questions"
    assert t.rows[0].cells[0].startswith("e๔ หน่วยงานมีช่องทางการเผยแพร่") and t.rows[0].cells[1] == "๖๘.๘๙"


def test_a_heading_cut_the_same_way_beside_it_keeps_its_score(scans):
    text, t = _table(scans, 19001, "i12")
    # (since 0.30.0 the heading under the question row is page text, not a row of the table cut
    # the same way; either way its score is read)
    assert [r.cells[-1] for r in t.rows][:1] == ["54.47"] and t.rows[0].cells[0].startswith("i12")
    prose = read_prose(table_headings([(2, text.text)], [t]), 2565)
    assert (3, 82.25) in [(no, v) for no, v, _, _ in prose.indicators]
