"""A measures column read as a column of digits (issue 15; dev seed 18013, html, m8 one
table, scanned at 200 dpi with the degradations the corpus drew for its 300 dpi scan: the
whole measures table lost, 0 of 4 measures found).

The numeral recognizer's segmenter takes a cell as one line of glyphs: the multi-line text
of the narrow measure column (``มาตรการ/ โครงการ/ กิจกรรม`` over ``(1) มาตรการ ประเมินความ
…``) came back as a few upright blobs 13-31 mm tall, each read as ``1``, so the column was
taken as numeric and read ``11111111`` / ``1111``, and the table was left unmapped. A glyph
larger than a printed character (``cells.text_sized``, in page units) is no digit.

Checked on the corpus' own render of the seed, scanned by ``corpus.scan.scan_pdf``."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus.scan import ScanParams, scan_pdf
from corpus_seeds import rendered
from extractors.ocr import ocr_page
from normalizers.tables.text import squash


@pytest.fixture(scope="module")
def page5(tmp_path_factory) -> list:
    out = tmp_path_factory.mktemp("digits_column")
    (pdf,) = rendered([18013], out)
    p = ScanParams(dpi=200, rotation=0.75, blur=0.74, noise=6.6, jpeg_quality=68)
    scan = scan_pdf(pdf, out / "s018013_p5_200dpi.pdf", p, seed=560, pages=[5])
    return ocr_page(Path(scan), 1)[1]


def test_multi_line_measure_column_is_text_not_digits(page5):
    (t,) = [t for t in page5 if t.n_cols >= 8]
    col = [c for c in range(t.n_cols) if "มาตรการ/" in squash(t.rows[0][c] or "")]
    assert len(col) == 1, t.rows
    cells = [squash(r[col[0]] or "") for r in t.rows]
    assert not any(set(c) <= set("1๑") and c for c in cells), cells
    assert any("ประเมินความ" in c for c in cells), cells
