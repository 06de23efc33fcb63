"""Arithmetic second opinion on OCR'd results tables."""
from __future__ import annotations

from extractors.model import RawTable
from extractors.ocr_checks import check_table, find_results_columns, mean_holds, second_readings, value

HEAD = [["ที่", "ชื่อสถานศึกษา", "IIT", "EIT", "OIT", "รวม", "ระดับ"]]
BODY = [
    ["๑", "วิทยาลัยเทคนิคเชียงใหม่", "๓๐.๐๐", "๒๙.๘๙", "๔๐.๐๐", "๙๙.๘๙", "ผ่านดีเยี่ยม"],
    ["๒", "วิทยาลัยการอาชีพนวมินทราชูทิศ", "๒๙.๙๒", "๒๙.๙๓", "๔๐.๐๐", "๙๙.๘๕", "ผ่านดีเยี่ยม"],
    ["๓", "วิทยาลัยอาชีวศึกษาปัตตานี", "๒๙.๙๖", "๒๙.๘๐", "๔๐.๐๐", "๙๙.๗๖", "ผ่านดีเยี่ยม"],
    ["๔๒๒", "วิทยาลัยอาชีวศึกษาเสาวภา", "๒๓.๑๔", "-", "-", "๒๓.๑๔", "ปรับปรุง"],
]


def _table(rows):
    rows = [list(r) for r in rows]
    return RawTable(page=1, index=0, bbox=(0, 0, 1, 1), rows=rows, method="ocr",
                    cell_conf=[[1.0] * len(r) for r in rows])


def test_value_reads_thai_digits_and_dash():
    assert value("๙๙.๘๙") == 99.89
    assert value("-") == 0.0
    assert value("ผ่าน") is None
    assert value("١٢") is None  # Arabic-Indic digits are not ours


def test_consistent_table_gets_no_flags_but_its_kind():
    t = check_table(_table(HEAD + BODY), {})
    assert find_results_columns(t) == ([2, 3, 4, 5], "sum", 0.0051)
    assert t.flags == ["ocr_arith_table:sum"]


def test_second_reading_chosen_when_it_alone_satisfies_the_sum():
    rows = HEAD + BODY
    rows[2] = list(rows[2])
    rows[2][3] = "๒๙.๙๘"  # misread ๓ as ๘
    alts = {(2, 3): [("๒๙.๙๘", 0.6), ("๒๙.๙๓", 0.3)], (2, 5): [("๙๙.๘๕", 0.9), ("๙๙.๘๖", 0.05)]}
    t = check_table(_table(rows), alts)
    assert t.rows[2][3] == "๒๙.๙๓"
    assert "ocr_arith_choice:EIT:r2" in t.flags
    assert t.cell_conf[2][3] < 0.9


def test_mismatch_flagged_and_cells_marked_doubtful_when_no_single_fix():
    rows = HEAD + BODY
    rows[3] = list(rows[3])
    rows[3][2] = "๒๙.๙๙"
    t = check_table(_table(rows), {(3, 2): [("๒๙.๙๙", 0.7), ("๒๙.๙๕", 0.2)]})
    assert rows[3][2] == "๒๙.๙๙"
    assert "ocr_arith_mismatch:r3" in t.flags
    assert all(t.cell_conf[3][c] < 0.9 for c in (2, 3, 4, 5))


def test_weighted_formula_on_raw_tool_scores():
    rows = [["ที่", "IIT", "EIT", "OIT", "รวม"],
            ["1", "99.29", "93.34", "77.00", "88.59"],  # 0.3*99.29 + 0.3*93.34 + 0.4*77 = 88.589
            ["2", "90.00", "80.00", "70.00", "79.00"]]
    t = check_table(_table(rows), {})
    assert "ocr_arith_table:weighted" in t.flags
    assert not any(f.startswith("ocr_arith_mismatch") for f in t.flags)


def test_confirmed_low_confidence_cell_is_noted():
    t = _table(HEAD + BODY)
    t.cell_conf[1][4] = 0.7
    check_table(t, {})
    assert "ocr_arith_confirmed:r1" in t.flags and t.cell_conf[1][4] >= 0.9


def test_mean_holds():
    assert mean_holds([100.0, 98.67, 100.0], 99.56)
    assert not mean_holds([100.0, 98.67, 100.0], 99.65)


def test_second_readings_keep_the_replaced_reading_after_a_choice():
    rows = HEAD + BODY
    rows[2] = list(rows[2])
    rows[2][3] = "๒๙.๙๘"
    alts = {(2, 3): [("๒๙.๙๘", 0.6), ("๒๙.๙๓", 0.3)], (2, 5): [("๙๙.๘๕", 0.9), ("๙๙.๘๖", 0.05)],
            (1, 2): [("๓๐.๐๐", 0.99)]}  # a cell read with no runner-up
    t = _table(rows)
    before = {(r, c): t.rows[r][c] for r, c in alts}
    check_table(t, alts)
    alt = second_readings(t, alts, before)
    assert t.rows[2][3] == "๒๙.๙๓" and alt[2][3] == "๒๙.๙๘"  # the choice; the reading it replaced
    assert alt[2][5] == "๙๙.๘๖"  # untouched cell: the runner-up
    assert alt[1][2] is None and alt[0] == [None] * 7
    assert [len(r) for r in alt] == [len(r) for r in t.rows]
    assert second_readings(_table(HEAD + BODY), {}, {}) is None


def test_arith_choice_and_mismatch_reach_the_rows_built_from_the_table():
    """Regression: ``ocr_arith_choice:EIT:r2`` stayed on the table; the row it changed carried
    no flag saying a second reading was chosen."""
    from normalizers.tables.grid import build_table

    rows = HEAD + BODY
    rows[2] = list(rows[2])
    rows[2][3] = "๒๙.๙๘"
    chosen = build_table(check_table(_table(rows), {(2, 3): [("๒๙.๙๘", 0.6), ("๒๙.๙๓", 0.3)]}))
    by_name = {r.cells[1]: r for r in chosen.rows}
    assert by_name["วิทยาลัยการอาชีพนวมินทราชูทิศ"].cells[3] == "๒๙.๙๓"
    assert "ocr_arith_choice:EIT" in by_name["วิทยาลัยการอาชีพนวมินทราชูทิศ"].flags
    assert not any(f.startswith("ocr_arith") for f in by_name["วิทยาลัยเทคนิคเชียงใหม่"].flags)

    rows = HEAD + BODY
    rows[3] = list(rows[3])
    rows[3][2] = "๒๙.๙๙"
    doubted = build_table(check_table(_table(rows), {(3, 2): [("๒๙.๙๙", 0.7), ("๒๙.๙๕", 0.2)]}))
    by_name = {r.cells[1]: r for r in doubted.rows}
    assert "ocr_arith_mismatch" in by_name["วิทยาลัยอาชีวศึกษาปัตตานี"].flags
    assert not any(f.startswith("ocr_arith") for f in by_name["วิทยาลัยเทคนิคเชียงใหม่"].flags)
