"""A bare (no rules, no shading) m8 measures table on a scan cut into pieces (issue 15, dev seed
21790, 200 dpi, portrait: narrow columns, steps cells of 10+ short lines):

- p2: lines of short words with no ascenders (``งาน``) ink half a line's height, so the blank
  under them looked wider than a paragraph gap and the table ended inside a steps cell: the
  cell's rest was left as page text and the second row read as a table of its own, in 7
  columns (``borderless._regions``);
- p3: a period column's lines ending on a year (``๓๑ ธันวาคม ๒๕๖๙``) were taken for a small
  score table inside the bare table, which, blanked out first, cut the table in two
  (``aligned.aligned_grids``); the page number under the last line is no line of the table;
- p4: the part's outer column edge ended 6.2 pt short of p3's, so the parts were not stitched
  (``stitch._unruled``: a grid inferred from text has text-placed columns).
Three of six measures were found. Checked on the corpus' own scan of the seed (real pixels)."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from corpus_seeds import scan_pages_read, scanned


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("bare_tall_cells")


def test_tall_steps_cell_keeps_the_table_whole(out):
    pdf = scanned([21790], out)[0]
    _, tables = ocr_page(pdf, 2)
    wide = [t for t in tables if t.n_cols >= 7]
    assert len(wide) == 1 and wide[0].n_cols == 8, [(t.n_cols, t.bbox) for t in tables]
    _, tables3 = ocr_page(pdf, 3)
    assert not any(t.n_cols == 3 for t in tables3), [(t.n_cols, t.bbox) for t in tables3]


def test_bare_table_parts_give_every_measure(out):
    rec = scan_pages_read(21790, [2, 3, 4], out)
    names = [m["measure"] or "" for m in rec.planned_measures]
    for want in ("กิจกรรมเผยแพร่ข่าวสาร", "กิจกรรมปรับปรุงขั้นตอนการให้บริการ", "โครงการประกาศเจตนารมณ์",
                 "มาตรการเผยแพร่ข่าวสาร", "มาตรการสำรวจความพึงพอใจ", "แนวทางประกาศเจตนารมณ์"):
        assert any(want in n.replace(" ", "") for n in names), (want, names)
    # a row's fragment read as a row of its own carries a flag
    assert all(m["flags"] for m in rec.planned_measures if not m["measure"] or m["indicator_no"] is None)
