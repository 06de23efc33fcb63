"""A measures table under a shaded header band on a scan (issue 15; fresh dev seed 2708,
html, scanned at 300 dpi: 2 of 5 measures found, every steps cell lost, text CER 95 %).

- The body under a lone header band ended at the first 3 mm blank, which a steps cell has
  between two lines without marks: the row was cut half-way (``bands._carry_on``).
- A false frame found on the band's own edges hid a two-band table (header band and one
  shaded row) when the stack had more than one band.
- The period column was cut at a narrow channel under the word space of its title
  ``กรอบ เวลา`` (``columns.wide_table_grid``).
- The group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` and the sub-title ``วิธีการดำเนินการ``
  were one header cell, a group cell naming no role: the steps column was dropped. The
  header is now two levels (``columns.upper_title_split``).
Checked on the corpus' own render of the seed, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    from corpus.fuzz import fuzz

    out = tmp_path_factory.mktemp("zebra_scan")
    fuzz([2708], out, renderer="html", scan=True, log=lambda *_: None)
    return out / "scan" / "s002708_html_scan.pdf"


def _measures_table(tables):
    wide = [t for t in tables if t.n_cols >= 5]
    assert len(wide) == 1, [t.rows for t in tables]
    return wide[0]


def _column(t, c: int) -> str:
    return squash("".join(r[c] or "" for r in t.rows))


def test_zebra_header_band_body_goes_on_past_a_blank_in_a_steps_cell(scan):
    _, tables = ocr_page(scan, 5)
    t = _measures_table(tables)
    assert t.n_cols == 5, t.rows
    steps = _column(t, 2)
    # the page's first and last steps are in the one body row
    assert "ทบทวนขั้นตอน" in steps and "สรุปผลการดำเนินงาน" in steps, t.rows


def test_zebra_period_column_is_not_cut_at_a_word_space_of_its_title(scan):
    for page in (5, 6):
        _, tables = ocr_page(scan, page)
        t = _measures_table(tables)
        assert t.n_cols == 5, (page, t.rows)


def test_group_title_over_the_steps_title_is_an_upper_header_level(scan):
    _, tables = ocr_page(scan, 6)  # header band and one shaded row: a two-band stack
    t = _measures_table(tables)
    top, sub = t.rows[0], t.rows[1]
    assert "การนำผลการวิเคราะห์" in squash(top[2]) and "วิธีการ" not in squash(top[2]), t.rows[:2]
    assert top[3] is None and "วิธีการ" in squash(sub[2]) and "กรอบเวลา" in squash(sub[3]), t.rows[:2]
    assert "แต่งตั้งคณะทำงาน" in _column(t, 2) or "แต่งตังคณะทำงาน" in _column(t, 2), t.rows
