"""A running-number column (``ที่ | 1``) drawn without rules, read into the measure column by
the unruled table reader (dev seed 2079, HTML: m.extra=seq, m.rules=none, one measure per
page): its title ``ที่`` became a measure row of its own on every page and each measure
started with its number (``1 กิจกรรมเปิดเผยข้อมูล…``). Rendered by the corpus' HTML renderer
and read by the real extract + normalize stages; expected rows are the corpus' own."""
from __future__ import annotations

import pytest

from corpus.score import _match_measures
from normalizers.records.measure_numbers import strip_running_numbers
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout

pytest.importorskip("weasyprint")

from corpus_seeds import render_seed  # noqa: E402


@pytest.fixture(scope="module")
def seed_2079(tmp_path_factory):
    _, _, records, expected = render_seed(2079, tmp_path_factory.mktemp("seq2079"), "html")
    return records, expected


def test_seq_column_title_is_no_measure_row(seed_2079):
    records, expected = seed_2079
    got = records.planned_measures
    assert len(got) == len(expected["planned_measures"]) == 5
    assert not [m for m in got if (m["measure"] or "").strip() in ("ที่", "ลำดับ")]


def test_running_number_read_into_measure_cell_is_removed(seed_2079):
    records, expected = seed_2079
    pairs = _match_measures(expected["planned_measures"], records.planned_measures)
    assert all(g is not None for _, g in pairs)
    for e, g in pairs:
        assert g["measure"] == e["measure"]
        assert g["steps"] == e["steps"]


def _table(cells: list[str]) -> Table:
    rows = [Row(cells=[c, "x"], page=4 + i, conf=[1.0, 1.0]) for i, c in enumerate(cells)]
    return Table(page=4, index=0, header=[["มาตรการ", "ขั้นตอน"]], rows=rows, n_cols=2)


def test_number_out_of_running_order_is_kept():
    """A measure that starts with a count (``5 ส``) is not a running number: only 1, or the
    last one + 1, is taken off, and a number out of order stops it."""
    lay = Layout(kind="measures", roles=["measure", "steps"])
    t = _table(["1 กิจกรรมหนึ่ง", "2 กิจกรรมสอง", "5 ส เพื่อสำนักงาน"])
    strip_running_numbers(t, lay, {})
    assert [r.cells[0] for r in t.rows] == ["กิจกรรมหนึ่ง", "กิจกรรมสอง", "5 ส เพื่อสำนักงาน"]
    t = _table(["7 ส่งเสริมคุณธรรม"])
    strip_running_numbers(t, lay, {})
    assert t.rows[0].cells[0] == "7 ส่งเสริมคุณธรรม"


needs_soffice = pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice not installed")


@needs_soffice
def test_period_column_read_into_steps_is_flagged_not_read(tmp_path):
    """Dev seed 2050 (Word, one table per measure, two header levels): on page 2 the table
    finder read the steps and period columns as one (header ``ขั้นตอนหรือวิธีการปฏิบัติ
    ช่วงระยะเวลาในการดำเนินการ``). The rows it read there have no period although the report
    prints one: a null with no flag before; now ``column_not_read:period``."""
    _, _, records, expected = render_seed(2050, tmp_path, "docx")
    pairs = _match_measures(expected["planned_measures"], records.planned_measures)
    missed = [(e, g) for e, g in pairs if g is not None and e["period_start"] and g["period_start"] is None]
    for _, g in missed:
        assert "column_not_read:period" in g["flags"]
    # rows whose period was read carry no such flag
    assert not [g for _, g in pairs if g is not None and g["period_text"]
                and any(f.startswith("column_not_read") for f in g["flags"])]
