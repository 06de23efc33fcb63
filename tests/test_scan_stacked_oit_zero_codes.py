"""Scans: OIT questions stacked into one row whose later codes OCR read ``๐NN`` glued to their
text (issue 15; dev seed 19004, html, scanned at 200 dpi, zebra question tables).

19004 p3: ``o๑๓ คู่มือหรือมาตรฐานการปฏิบัติงาน⏎๐๑๔คู่มือหรือมาตรฐานการให้บริการ⏎๐๑๕ข้อมูลเชิง…`` |
``๔๙.๕๒⏎๖๔.๙๙⏎๕๓.๔๒`` (and o29-o31 the same way) were not unstacked: only the first line's code
is a word of its own with a letter. The later lines' ``๐NN`` codes now cut the cell too, so
o13-o15 and o29-o31 are read (the ``๐`` codes flagged ``code_repaired``). Checked on the corpus'
own render of the seed, scanned, page 3."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.records.scores_stacked import unstack_questions
from normalizers.tables.grid import build_table
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    out = tmp_path_factory.mktemp("stacked_oit_scan")
    scanned([19004], out)
    _, raws = ocr_page(out / "scan" / "s019004_html_scan.pdf", 3)
    t = build_table(next(r for r in raws if any((row[0] or "").startswith("o๑๓") for row in r.rows)))
    unstack_questions(t, 0, 1)
    return [(r.cells[0].split()[0], r.cells[1]) for r in t.rows]


def test_stacked_oit_questions_with_zero_read_codes_are_unstacked(rows):
    for got in [("o๑๓", "๔๙.๕๒"), ("๐๑๔", "๖๔.๙๙"), ("๐๑๕", "๕๓.๔๒"),
                ("o๒๙", "๖๔.๗๓"), ("๐๓๐", "๑๐๐.๐๐"), ("๐๓๑", "๙๑.๓๓")]:
        assert got in rows
