"""Measures lost under a row's rest at a scanned page's top (issue 15; dev seed 18506 scanned at
300 dpi: one m5f table without any rules, no repeated header, rows longer than a page).

Bug 1 (page 7): the rest of measure 3 (its name's last words, its steps) and then measure 4's
row fill the page with no blank wider than a paragraph between them. ``carried.carried_grid``
made one row of all of it: measure 4 was read into measure 3's cells, and lost.
``carried.row_cuts`` cuts the carried lines into rows where a line brings ink into two columns
or more that were empty on the line above.

Bug 2 (page 6): the last two lines of measure 1's steps (``ช่องทางต่าง ๆ ของหน่วยงาน``) touch
measure 2's row, so the bare table found under the rest began with them, and its top rows
were merged as a header: they became measure 2's first step. ``carried.take_glued_rest``
gives them back to the rest.

Bug 3 (page 6, normalizer): the bare table under the rest placed its narrow number column's
edge at 84 pt against the rest's 93 pt, ``stitch.same_columns`` refused it, the table was
``not understood`` and measures 2-5 were lost. A headerless part right under a carried rest
is stitched when its inner edges lie between the middles of the rest's columns."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned
from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page
from normalizers.tables.grid import build_table
from normalizers.tables.stitch import stitch


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    scan = scanned([18506], tmp_path_factory.mktemp("carried_rows_scans"))[0]
    out, carry = {}, None
    for page in (5, 6, 7):
        text, tables = ocr_page(scan, page, dpi=300, carry=carry)
        out[page] = tables
        carry = ocr_carry_of(tables, text.height)
    return out


def _flat(x: str) -> str:
    return "".join((x or "").split())


def test_rest_and_next_measure_are_two_rows(pages):
    t = pages[7][0]
    assert "ocr_row_carried" in t.flags, t.flags
    assert len(t.rows) == 2, t.rows
    rest, nxt = t.rows
    assert not rest[0].strip() and "ตรวจสอบการ" in _flat(rest[1]), rest  # measure 3's name, its last words
    assert nxt[0].strip() == "๔" and "โครงการจัดทำ" in _flat(nxt[1]), nxt  # measure 4 starts its own row
    assert "ตรวจสอบ" not in _flat(nxt[1]), nxt


def test_rest_lines_touching_the_next_row_stay_with_the_rest(pages):
    rest, table = pages[6][0], pages[6][1]
    assert "ocr_row_carried" in rest.flags and "ocr_row_carried" not in table.flags
    assert _flat(rest.rows[-1][3]).endswith("ของหน่วยงาน"), rest.rows[-1][3]
    first = table.rows[0]
    assert first[0].strip() == "๒", first
    assert _flat(first[3]).startswith("1"), first[3]  # measure 2's steps start with its step 1
    assert "ช่องทางต่าง" not in _flat(first[3]).split("ประชุม")[0], first[3]


def test_bare_part_under_rest_is_stitched(pages):
    built = [build_table(t) for p in (5, 6, 7) for t in pages[p]]
    tables = stitch(built)
    assert len(tables) == 1, [(t.page, t.index, t.col_x) for t in tables]
    firsts = [r.cells[0].strip() for r in tables[0].rows]
    assert [f for f in firsts if f][1:] == ["๒", "๓", "๔"], firsts  # measure 1's number is read as @


def test_carried_rest_row_keeps_its_flag(pages):
    """The rest's part is one table flagged ``ocr_row_carried``; stitched, only the table kept it,
    and the measure whose row it finished did not say its text was joined from loose lines at the
    next page's top (brief of h/scanp20). The rest's row carries the flag; the next measure's
    row, read in the same part, does not."""
    built = [build_table(t) for p in (5, 6, 7) for t in pages[p]]
    rows = stitch(built)[0].rows
    carried = [(r.page, r.cells[0].strip()) for r in rows if "ocr_row_carried" in r.flags]
    assert carried == [(6, ""), (7, "")], [(r.page, r.cells[0][:5], r.flags) for r in rows]
