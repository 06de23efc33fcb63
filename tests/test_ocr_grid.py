"""Table grids from ruling lines: merged cells, and tables with only a frame (no inner lines)."""
from __future__ import annotations

import numpy as np
import pytest
from weasyprint import HTML

from corpus.scan import ScanParams, scan_page
from extractors import grid as G
from extractors.ocr import ocr_image
from ocr_samples import TH, _font_url

pytestmark = pytest.mark.slow


def _frame_only_pdf(path, rows):
    css = f"""@font-face {{ font-family: T; src: url('{_font_url("Sarabun-Regular")}'); }}
    @page {{ size: A4; margin: 20mm; }} body {{ font-family: T; font-size: 15pt; }}
    table {{ border: 1.5px solid #000; border-collapse: collapse; }}
    td {{ padding: 3px 22px; }} tr.h td {{ border-bottom: 1.5px solid #000; }}"""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    HTML(string=f"<html><head><meta charset=utf-8><style>{css}</style></head><body>"
                f"<table><tr class=h><td>ตัวชี้วัด</td><td>คะแนน</td><td>ร้อยละ</td></tr>{body}</table></body></html>"
         ).write_pdf(str(path))


def test_frame_only_table_gets_columns_from_white_space(tmp_path):
    rows = [["ตัวชี้วัดที่ " + str(i).translate(TH), f"{90 + i * 0.37:.2f}".translate(TH), f"{60 + i:.1f}".translate(TH)]
            for i in range(1, 7)]
    _frame_only_pdf(tmp_path / "t.pdf", rows)
    img = scan_page(tmp_path / "t.pdf", 1, ScanParams(dpi=300, rotation=0.6, noise=4))
    page, tables = ocr_image(img, 300)
    assert len(tables) == 1
    t = tables[0]
    assert "ocr_grid_inferred" in t.flags
    assert t.n_cols == 3 and len(t.rows) == 7
    assert [r[1] for r in t.rows[1:]] == [r[1] for r in rows]
    assert [r[2] for r in t.rows[1:]] == [r[2] for r in rows]


def test_merged_header_cells_are_one_cell():
    # a synthetic ruled grid: 3 columns, the header's first cell spans two rows,
    # the top-right header spans two columns
    img = np.full((400, 600), 255, np.uint8)
    ys, xs = [20, 100, 180, 260, 340], [20, 200, 400, 580]
    for y in ys:
        img[y : y + 3, 20:583] = 0
    for x in xs:
        img[20:343, x : x + 3] = 0
    img[100:103, 20:200] = 255  # no line under the first header cell
    img[20:100, 400:403] = 255  # no line between the two right header cells
    grids = G.find_grids(G.binarize(img), 1.0)
    assert len(grids) == 1
    g = grids[0]
    assert len(g.xs) == 4 and len(g.ys) == 5
    assert g.owner[1][0] == (0, 0)
    assert g.owner[0][2] == (0, 1)
    assert g.owner[2][2] == (2, 2)
