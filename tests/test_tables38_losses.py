"""Table structures still misread at 0.37.0 (h/tables38: born-digital measures tables).

Each test is named after what went wrong and fails on 0.37.0.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, read_rendered


def test_unit_a_few_points_right_of_the_steps_goes_to_responsible(tmp_path: Path):
    """dev seed 53402 html (titles from the ``unknown`` bank, one table per measure, no rules):
    on p6 measure 2's unit ``กองช่าง`` sits 7 pt right of the steps' longest line, under a
    column channel's width, so the boundary went right of it: the unit was read at the end of
    the steps' first line (``… โดยให้ทุก กองช่าง``) and responsible was empty. Only
    ``responsible_empty`` said so; the steps text error was silent. The known unit ending the
    steps cell's first line of a row whose units cell beside it is empty is read as its unit."""
    fuzz([53402], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s053402_html.pdf"))
    assert_same_measures(SimpleNamespace(**records), expected)
    got = {m["seq"]: m for m in records["planned_measures"]}
    assert "responsible_from_steps_cell" in got[2]["flags"]


def test_units_in_steps_reads_only_known_units_at_line_ends():
    """The units ending a steps cell's first lines: known units (or one wrapped over two lines),
    each after the step's own words; nothing when the first line ends with no unit."""
    from normalizers.records.steps_units import units_in_steps
    assert units_in_steps("1. รวบรวมข้อมูล โดยให้ทุก กองช่าง\nส่วนราชการรายงาน") == (
        ["กองช่าง"], "1. รวบรวมข้อมูล โดยให้ทุก\nส่วนราชการรายงาน")
    assert units_in_steps("1. ประชุม - สำนักปลัด\n2. รายงาน - กองคลัง\n3. สรุป") == (
        ["สำนักปลัด", "กองคลัง"], "1. ประชุม\n2. รายงาน\n3. สรุป")
    assert units_in_steps("1. ประชุมชี้แจง กองสาธารณสุขและ\nบุคลากรทุกคน สิ่งแวดล้อม\n2. สรุป") == (
        ["กองสาธารณสุขและสิ่งแวดล้อม"], "1. ประชุมชี้แจง\nบุคลากรทุกคน\n2. สรุป")
    assert units_in_steps("1. รวบรวมข้อมูล โดยให้ทุก\nส่วนราชการ กองช่าง") is None  # not the first line
    assert units_in_steps("กองช่าง\n1. รวบรวม") is None  # the unit alone: no step before it
    assert units_in_steps("1. ประชุม กองสาธารณสุขและ\n2. สรุป") is None  # a unit begun, never completed
    assert units_in_steps("1. ประชุมชี้แจง งานที่ทำ") is None  # a head word, no known unit


def test_carried_rest_longer_than_the_loose_boundary_slack_stays_in_its_row(tmp_path: Path):
    """dev seed 55402 html (titles from the ``unknown`` bank, one table per measure, no rules):
    measure 2's table on p2 holds two lines under its header, so its steps | period boundary
    sat mid-gap at 662 pt; its row runs on to p3, whose steps lines reach 690 pt, past the
    carried boundary's slack (a fifth of the period column). The rest was cut after its first
    line, steps 4 to 8 read as no table's: lost without a flag (steps CER 0.8). A loose carry's
    boundaries may lie anywhere between the middles of the columns beside them."""
    fuzz([55402], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s055402_html.pdf"))
    assert_same_measures(SimpleNamespace(**records), expected)


def test_unit_above_the_period_in_a_period_and_units_cell_is_the_row_aboves():
    """A cell printing the period and its units under it that starts with a unit line above the
    period and holds units under it too: the first lines are the row above's (left out, flagged)."""
    from normalizers.fields.period_units import drop_units_above_period
    flags: list[str] = []
    cell = "กองคลง\nพฤศจิกายน\n๒๕๖๘ - มีนาคม\n๒๕๖๙\nทุกส่วนราชการ"
    assert drop_units_above_period(cell, True, flags) == "พฤศจิกายน\n๒๕๖๘ - มีนาคม\n๒๕๖๙\nทุกส่วนราชการ"
    assert flags == ["responsible_above_period:กองคลง"]
    flags = []
    for cell in ("พฤศจิกายน ๒๕๖๘\nกองคลัง", "กองคลัง\nพฤศจิกายน ๒๕๖๘", "กองคลัง\nทุกส่วนราชการ"):
        assert drop_units_above_period(cell, True, flags) == cell  # units under or above only: as printed
    assert flags == []



def test_two_garbled_letters_with_marks_over_a_code_are_an_unreadable_code():
    """dev seed 56207 scanned (200 dpi) p8: the codes cell ``e๘`` / ``e9`` read ``อธิ`` / ``e9``;
    two letters with a vowel mark on the line above the code were not taken for a garbled code
    (only one or two characters on the code's line), so e8 was lost with no flag about codes."""
    from normalizers.records.measure_codes import ocr_code_doubts
    assert ocr_code_doubts("อธิ\ne9") == ["code_unreadable:อธิ"]
    assert ocr_code_doubts("อธิ e9") == ["code_unreadable:อธิ"]
    assert ocr_code_doubts("ข้อ e9") == []  # a word that may label the codes
    assert ocr_code_doubts("e8 e9") == []
