"""A zebra measures table whose shaded header touches its shaded first row (issue 15; fresh
seed 21600, html, scanned at 200 dpi, p5: the header band and measure 1's band made one band,
the title over the table was taken as an unshaded row above it, the header's titles were read
into measure 1's row and every measure's name was lost: the steps header
``ขั้นตอนการดำเนินงาน ๑.…`` came out as measure 1's text, text CER 37 %).

``bands.shade_bands`` cuts a band where a darker header (grey ~200) sits over a lighter row
(~231) across the band's whole width; the same merged band was on fresh seeds 21601 p5, 21608
p3, p5, p7, 21611 p7, 21612 p5. A two-level header whose group title is darker (21615 p6,
20315 p4) stays one header. Checked on the corpus' own render of the seed, scanned."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def page5(tmp_path_factory):
    out = tmp_path_factory.mktemp("zebra_head")
    return ocr_page(scanned([21600], out)[0], 5)[1]


def test_zebra_header_band_is_cut_from_the_first_shaded_row(page5):
    (t,) = [t for t in page5 if t.n_cols >= 5]
    first = [squash(c or "") for c in t.rows[0]]
    # the header row holds the titles and nothing of measure 1, and no row holds the page title
    assert any("ขั้นตอนการดำเนินงาน" in c for c in first), t.rows[:2]
    assert not any("เผยแพร่ข้อมูลบนเว็บไซต์" in c for c in first), t.rows[:2]
    assert not any("มาตรการส่งเสริมคุณธรรม" in squash(c or "") for r in t.rows for c in r), t.rows[:2]
    # measure 1 is a row of its own, its name in the measures column beside its steps
    row1 = [squash(c or "") for c in t.rows[1]]
    assert any("โครงการเผยแพร่ข่าวสาร" in c for c in row1), t.rows[1]
    assert any("เผยแพร่ข้อมูลบนเว็บไซต์" in c and "รวบรวมข้อมูล" in c for c in row1), t.rows[1]
    assert len(t.rows) == 5, [r[:2] for r in t.rows]  # header and measures 1-4
