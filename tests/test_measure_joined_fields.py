"""Planned-measure fields of rows that ARE found, read wrong (issue 13, items 1, 3, 6, 9): one
test per bug, each on a report the corpus renderers draw (``corpus.fuzz``, fresh dev seeds
1600-1699, HTML via weasyprint or Word via LibreOffice) and read by the real extract +
normalize stages. Expected values are the corpus' own rows for that draw (``*.expected.json``).
"""
from __future__ import annotations

import pytest

from normalizers.fields.periods import parse_period
from corpus_seeds import extracted, header_cells, measure_pairs, needs_soffice, render_sample, titles_joined

pytest.importorskip("weasyprint")

HTML_SEEDS = [167, 174, 1609, 1625, 1643, 1672, 1682]
DOCX_SEEDS = [1616, 1672]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("mjoined")
    return render_sample(out, HTML_SEEDS, DOCX_SEEDS)


def _joined(sample, name: str, *titles: str) -> bool:
    """Whether the extraction of ``name`` read the columns titled ``titles`` as one (one header
    cell holds all titles). Since 0.9.0 (h/mtab8: column snapping, spaced headers) the extractor
    reads these seeds' columns apart; the recovery flag is asserted where the columns are joined,
    and its absence (no recovery on columns read apart) elsewhere."""
    return titles_joined(extracted(str(sample / f"{name}.pdf")), *titles)


def _date(v):
    return v.isoformat() if hasattr(v, "isoformat") else v


def test_units_stray_line_end_dash_is_no_bullet(sample):
    """``- งาน -`` / ``บริหาร`` / ``งานบุคคล``: the budget column's ``-`` read at the end of the
    units cell's first line split ``งานบริหารงานบุคคล`` into three units."""
    pairs = measure_pairs(sample, "s001672_html")
    assert all(g is not None for _, g in pairs)
    assert [g["responsible"] for _, g in pairs] == [e["responsible"] for e, _ in pairs]


@needs_soffice
def test_header_last_line_read_as_body_row_is_no_tail(sample):
    """A three-level header whose last line (``ชอบ | (บาท) | การดำเนินการ``) the table finder
    put in every page's first body row: it was joined to the row above as its tail
    (``ทุกส่วนราชการชอบ``). A wrapped B.E. year (``ก.ย.๒๕๖`` / ``๖``) is one year."""
    pairs = measure_pairs(sample, "s001672_docx")
    assert all(g is not None for _, g in pairs)
    for e, g in pairs:
        assert g["responsible"] == e["responsible"]
        assert (_date(g["period_start"]), _date(g["period_end"])) == (e["period_start"], e["period_end"])


def test_codes_from_column_joined_into_its_neighbour(sample):
    """No question column: the codes' column read into the measure-analysis column line by
    line (``มาตรการนี้ e5 ช่วยยก…``). The codes are read from it, flagged."""
    pairs = measure_pairs(sample, "s001682_html")
    assert all(g is not None for _, g in pairs)
    joined = _joined(sample, "s001682_html", "วิเคราะห์", "ถาม")
    for e, g in pairs:
        assert g["question_codes"] == e["question_codes"]
        assert ("codes_from_joined_column" in g["flags"]) == joined


def test_period_from_column_joined_into_its_neighbour(sample):
    """No period column: the period's column and the follow-up's read as one, line by line
    (``พฤศจิกายน คณะทำงานตรวจ`` / ``๒๕๖๖- ติดตามและ``). The period is read from the lines'
    leading words, flagged."""
    # seed 1643: since 0.9.0 the period's and follow-up's columns are read apart; seed 174 (dev):
    # the period's column still read into the target's (``ช่วงระยะเวลาในการดำเนินเป้าหมายการ``)
    joined_any = False
    for name, neighbour in (("s001643_html", "ติดตาม"), ("s000174_html", "เป้าหมาย")):
        pairs = measure_pairs(sample, name)
        assert all(g is not None for _, g in pairs)
        joined = _joined(sample, name, "ช่วงระยะเวลา", neighbour)
        joined_any |= joined
        for e, g in pairs:
            assert (_date(g["period_start"]), _date(g["period_end"])) == (e["period_start"], e["period_end"])
            assert ("period_from_joined_column" in g["flags"]) == joined
    # since word14 (``spaced_header._sub_titles``) seed 174's period and target columns are read
    # apart too: the recovery path runs on neither (the values above hold either way)
    assert not joined_any


def test_units_from_column_joined_into_the_steps(sample):
    """No units column: the units' column read into the steps', each unit a bulleted piece
    closing a line (``…รายงานผู้ - งานนิติการ``), a wrapped unit's tail the last word of the
    next line (``- กองการ`` … ``ศึกษาฯ``). The units were lost; the steps kept them."""
    pairs = measure_pairs(sample, "s001609_html")
    assert all(g is not None for _, g in pairs)
    joined = _joined(sample, "s001609_html", "ขั้นตอนการ", "ผู้รับผิดชอบ")
    for e, g in pairs:
        assert g["responsible"] == e["responsible"]
        assert ("units_from_joined_column" in g["flags"]) == joined
        assert not any(u in " ".join(g["steps"]) for u in g["responsible"] if u not in " ".join(e["steps"]))


def test_lone_measure_table_takes_roles_of_same_grid_table(sample):
    """One measure's table on its own page whose header the finder read differently (upper
    and lower titles fused, ``ข้อคำถาม ITA`` in the body): its analysis and question columns
    stayed unmapped, so the row lost its finding and codes."""
    # seed 1625: the lone table's header read differently from its same-grid siblings' before
    # 0.9.0 (page 6's upper and lower titles fused, the analysis title's cell empty), alike since;
    # seed 167 (dev): one table's header still read differently (its period title lost)
    differs_any = False
    for name in ("s001625_html", "s000167_html"):
        pairs = measure_pairs(sample, name)
        assert all(g is not None for _, g in pairs)
        for e, g in pairs:
            assert g["analysis"] == e["analysis"]
            assert g["question_codes"] == e["question_codes"]
        headers = {tuple(h) for h in header_cells(extracted(str(sample / f"{name}.pdf")))
                   if any(c.startswith("มาตรการ") for c in h)}
        assert headers
        differs_any |= len(headers) > 1
        assert any("roles_from_same_grid" in g["flags"] for _, g in pairs) == (len(headers) > 1)
    assert differs_any  # the recovery path runs on at least one of them


@needs_soffice
def test_period_of_one_day_is_flagged(sample):
    """A row cut by a page break whose tail was read as a row of its own: its period cell
    holds only the range's end (``3๐ กันยายน ๒5๖7``), read as a one-day period. A wrong
    start must carry a flag."""
    p = parse_period("3๐ กันยายน ๒5๖7", 2567)
    assert p.start is not None and p.start == p.end and "period_single_day" in p.flags
    # seed 1616 docx: since 0.7.0 the table reader joins the cut row again (h/mtab), so no
    # tail stands alone; any period still read wrong there must carry a flag
    pairs = measure_pairs(sample, "s001616_docx")
    assert pairs
    wrong = [(e, g) for e, g in pairs if g is not None and _date(g["period_start"]) is not None
             and _date(g["period_start"]) != e["period_start"]]
    assert all(g["flags"] for _, g in wrong)
    assert all("period_single_day" in g["flags"] for _, g in wrong if g["period_start"] == g["period_end"])


def test_range_without_its_end_has_no_end():
    """A range whose end was not read (``มิถุนายน ๒๕๖๗ –``, the rest of the cell on the next
    page) was read as June alone: its end is unknown, not June 30."""
    p = parse_period("มิถุนายน ๒๕๖๗ –", 2567)
    assert p.end is None and "period_end_unreadable" in p.flags
    assert p.start is not None and (p.start.year, p.start.month, p.start.day) == (2024, 6, 1)


@needs_soffice
def test_codes_in_indicator_column_joined_with_the_question_column(tmp_path):
    """Dev seed 17, Word, one table per measure (m8 with a sequence column): the sequence,
    indicator, question and finding columns were read as one column (one header cell
    ``ลำดับ ตัวชี้วัด ข้อคำถาม ข้อค้นพบ``), mapped as the indicator column; each row's codes
    (``3 ตัวชี้วัดที่ 1 การ i2 ประชาชนยัง…``) were lost (codes 33 %, 4 of 6 rows empty) with no
    flag. The codes are read from the indicator cell when its header names the questions too,
    flagged ``codes_from_joined_column``; where the columns are read apart, nothing changes."""
    from corpus.score import _match_measures
    from corpus_seeds import render_seed

    _, ex, records, expected = render_seed(17, tmp_path, "docx")  # also read by test_measure_text
    joined = titles_joined(ex, "ตัวชี้วัด", "ข้อค้นพบ")  # (Word's text layer prints ``คำาถาม``)
    pairs = _match_measures(expected["planned_measures"], [dict(m) for m in records.planned_measures])
    assert len(pairs) == 6 and all(g is not None for _, g in pairs)
    for e, g in pairs:
        assert g["question_codes"] == e["question_codes"], e["measure"]
        assert g["indicator_no"] == e["indicator_no"]
    assert any("codes_from_joined_column" in g["flags"] for _, g in pairs) == joined
    if joined:  # the recovery ran on the rows whose codes sat in the joined cell
        assert sum("codes_from_joined_column" in g["flags"] for _, g in pairs) >= 4


@needs_soffice
def test_analysis_lost_in_a_joined_indicator_cell_is_flagged_column_not_read(tmp_path):
    """dev seed 17 docx: on pages where the table's first four columns are read as one (header
    ``ลำดับ ตัวชี้วัด ข้อคำถาม ข้อค้นพบ``), no column is the analysis; those rows had no
    analysis and said nothing (also when the row's tail on the next page rebuilt its record).
    A row left without the analysis its header names is flagged ``column_not_read:analysis``."""
    from corpus.score import _match_measures
    from corpus_seeds import render_seed

    _, ex, records, expected = render_seed(17, tmp_path, "docx")
    pairs = _match_measures(expected["planned_measures"], [dict(m) for m in records.planned_measures])
    assert all(g is not None for _, g in pairs)
    emptied = [g for e, g in pairs if e["analysis"] and not g["analysis"]]
    assert all("column_not_read:analysis" in g["flags"] for g in emptied)
    assert not any("column_not_read:analysis" in g["flags"] for _, g in pairs if g["analysis"])
    if titles_joined(ex, "ตัวชี้วัด", "ข้อค้นพบ"):
        assert emptied  # (when the columns are read apart, no row loses its analysis)
