"""Official results announcements → ``announced_scores`` (schema 2).

Real PDFs: a born-digital announcement made here (weasyprint: weighted tools, the header
repeated on page 2, names on two lines, ``-`` cells, one misprinted total) and the real
scanned OVEC announcement in ../shared/realdocs (pages 2–4 against a hand transcription,
tests/data/announcement_ktltc_2568_truth.json). Tables of other bodies' scores inside a
plan or a report are never the document's own.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import pytest

from extractors.document import extract_document
from normalizers.records.announce_doc import find
from normalizers.records.announce_text import clean_name, name_key, read_level, year_of
from normalizers.records.announcements import find_layout, read_table
from normalizers.document import normalize
from normalizers.tables.grid import Row, Table
from normalizers.thai.thai_cer import edit_distance
from real_scan import KTLTC_SCAN, ktltc_scan_extraction
from shared_dir import REALDOCS

HERE = Path(__file__).resolve().parent
REAL = REALDOCS  # $ITA_SHARED_DIR or ../shared
PLAN = REAL / "Mhaew__PhichaiHospital" / "moit2-7.1.pdf"
HOSPITAL = REAL / "narinchulatat__itanew"
TRUTH = HERE / "data" / "announcement_ktltc_2568_truth.json"


def _extract(path: Path, **kw):
    return extract_document(path, hashlib.sha256(path.read_bytes()).hexdigest(), **kw)


_PLAN_EXTRACTION: list = []


def _plan_extraction():
    """The ministry plan's 135 pages by text layer, read once for the two tests that look at it
    (each gets its own copy)."""
    if not _PLAN_EXTRACTION:
        _PLAN_EXTRACTION.append(_extract(PLAN, ocr="never"))
    return copy.deepcopy(_PLAN_EXTRACTION[0])


def _table(rows: list[list[str]], *, header=None, method="text", alts=None, page=1) -> Table:
    body = []
    for i, cells in enumerate(rows):
        alt = alts.get(i, []) if alts else []
        body.append(Row(cells=cells, page=page, conf=[1.0] * len(cells), alt=alt))
    return Table(page=page, index=0, header=header or [], rows=body, n_cols=len(rows[0]), method=method)


HEAD = [["ที่", "ชื่อหน่วยงาน", "IIT", "EIT", "OIT", "รวม", "ระดับ"]]


# --- born-digital ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def born_digital(tmp_path_factory):
    from announce_pdfgen import build

    path = tmp_path_factory.mktemp("ann") / "announcement.pdf"
    expected = build(path)
    return normalize(_extract(path)), expected


def test_born_digital_announcement_is_ok_with_every_row(born_digital):
    rec, expected = born_digital
    d = rec.document
    assert (d["status"], d["doc_kind"], d["assessment_year"]) == ("ok", "announcement", 2568)
    assert d["org_name"] is None and d["overall_score"] is None
    assert not rec.indicator_scores and not rec.question_scores and not rec.planned_measures
    got = {r["row_no"]: r for r in rec.announced_scores}
    assert len(rec.announced_scores) == len(expected) == len(got)
    for e in expected:
        g = got[e["row_no"]]
        assert {k: g[k] for k in e} == e, e["row_no"]
        assert g["tool_scale"] == "weighted" and g["assessment_year"] == 2568
    assert {r["page"] for r in rec.announced_scores} == {1, 2}  # the header repeated on page 2 is no body


def test_born_digital_blank_cells_are_null_not_zero(born_digital):
    rec, _ = born_digital
    by_name = {r["org_name"]: r for r in rec.announced_scores}
    assert by_name["อบต.ป่าเซ่า"]["eit"] is None
    assert by_name["อบต.ขุนฝาง"]["iit"] is None and by_name["อบต.ขุนฝาง"]["oit"] == 12.40
    none = by_name["อบต.ไผ่ล้อม"]
    assert none["iit"] is none["eit"] is none["oit"] is none["overall_score"] is None
    assert not any(f.startswith("check_total") for f in by_name["อบต.ป่าเซ่า"]["flags"])


def test_born_digital_misprinted_total_is_flagged_not_changed(born_digital):
    rec, _ = born_digital
    row = next(r for r in rec.announced_scores if r["org_name"] == "อบต.วังกะพี้")
    assert row["overall_score"] == 81.50
    assert "check_total_sum:81.05" in row["flags"]
    assert row["confidence"] < 0.9
    others = [r for r in rec.announced_scores if r is not row]
    assert not any(f.startswith("check_total") for r in others for f in r["flags"])


def test_text_layer_total_mismatch_is_not_flagged_as_ocr(born_digital):
    """Regression: a born-digital row whose total breaks the sum was flagged low_confidence_ocr."""
    rec, _ = born_digital
    assert not any("ocr" in f for r in rec.announced_scores for f in r["flags"])


def test_born_digital_two_line_names_are_joined(born_digital):
    rec, _ = born_digital
    names = {r["org_name"] for r in rec.announced_scores}
    assert "องค์การบริหารส่วนตำบลบ้านด่านนาขาม" in names
    assert "องค์การบริหารส่วนจังหวัดอุตรดิตถ์" in names


# --- the real scan -------------------------------------------------------------------------------
@pytest.mark.slow
def test_real_scanned_announcement_against_hand_transcription():
    if not KTLTC_SCAN.exists():
        pytest.skip("../shared/realdocs not present")
    rec = normalize(ktltc_scan_extraction())  # read once per session (test_ocr reads its pages 2-4)
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    d = rec.document
    assert (d["status"], d["doc_kind"], d["assessment_year"]) == ("ok", "announcement", 2568)
    got = {(r["page"], r["row_no"]): r for r in rec.announced_scores}
    cells = ok = chars = errs = levels = 0
    for t in truth["rows"]:
        r = got[(t["page"], t["row_no"])]
        for k in ("iit", "eit", "oit", "overall_score"):
            cells += 1
            ok += r[k] == t[k]
            if t[k] is None:
                assert r[k] is None, (t["row_no"], k)  # blanks null, not 0
        chars += len(t["org_name"])
        errs += edit_distance(r["org_name"], t["org_name"])
        levels += r["level"] == t["level"]
        assert r["tool_scale"] == "weighted"
    assert len(rec.announced_scores) == len(truth["rows"]) == 52
    assert ok / cells >= 0.99
    assert errs / chars <= 0.02
    assert levels / len(truth["rows"]) >= 0.98
    row431 = got[(4, 431)]
    assert row431["eit"] is None and row431["iit"] is None


# --- table reading ------------------------------------------------------------------------------
def test_percent_scale_from_the_weighted_mean():
    t = _table([["1", "เทศบาลตำบลหนึ่ง", "90.00", "80.00", "100.00", "91.00", "A"],
                ["2", "เทศบาลตำบลสอง", "80.00", "70.00", "50.00", "65.00", "C"],
                ["3", "เทศบาลตำบลสาม", "99.00", "95.00", "97.50", "97.20", "AA"]], header=HEAD)
    lay = find_layout(t)
    assert lay.scale == "percent"
    rows = read_table(t, lay)
    assert [r["overall_score"] for r in rows] == [91.0, 65.0, 97.2]
    assert all(r["tool_scale"] == "percent" and not r["flags"] for r in rows)
    assert [r["level"] for r in rows] == ["A", "C", "AA"]


def test_total_first_column_and_garbled_tool_headers():
    """A total printed before the tools, tool headers OCR'd to nonsense: the arithmetic places them."""
    t = _table([["1", "อบต.หนึ่ง", "95.81", "29.83", "27.55", "38.43", "ผ่านดีเยี่ยม"],
                ["2", "อบต.สอง", "85.90", "28.00", "27.10", "30.80", "ผ่านดีมาก"],
                ["3", "อบต.สาม", "93.54", "29.10", "28.44", "36.00", "ผ่านดีมาก"]],
               header=[["ที่", "ชื่อ", "คะแนนรวม", "แท", "E1T", "วท", "ระดับ"]])
    lay = find_layout(t)
    rows = read_table(t, lay)
    assert lay.scale == "weighted"
    assert (rows[0]["iit"], rows[0]["eit"], rows[0]["oit"], rows[0]["overall_score"]) == (29.83, 27.55, 38.43, 95.81)
    assert "announcement_column_by_position:IIT" in lay.flags


def test_runner_up_reading_taken_when_exactly_one_makes_the_total_add_up():
    rows = [["๑", "วิทยาลัยเทคนิคหนึ่ง", "๒๙.๘๙", "๒๙.๗๐", "๔๐.๐๐", "๙๙.๕๙", "ผ่านดีเยี่ยม"],
            ["๒", "วิทยาลัยเทคนิคสอง", "๒๔.๘๒", "๒๙.๗๐", "๔๐.๐๐", "๙๙.๕๒", "ผ่านดีเยี่ยม"],
            ["๓", "วิทยาลัยเทคนิคสาม", "๒๙.๕๐", "๒๙.๕๐", "๔๐.๐๐", "๙๙.๐๐", "ผ่านดีเยี่ยม"]]
    alts = {1: [None, None, "๒๙.๘๒", "๖๙.๗๐", None, "๔๙.๕๒", None]}
    t = _table(rows, header=HEAD, method="ocr", alts=alts)
    out = read_table(t, find_layout(t))
    r = out[1]
    assert r["iit"] == 29.82
    assert {"ocr_arith_choice:IIT", "ocr_arith_replaced:24.82"} <= set(r["flags"])
    assert r["confidence"] < 0.9
    assert not out[0]["flags"] and not out[2]["flags"]


def test_two_fitting_readings_leave_the_row_flagged_unchanged():
    rows = [["1", "อบต.หนึ่ง", "10.00", "10.00", "10.00", "30.00", "ผ่าน"],
            ["2", "อบต.สอง", "10.00", "10.00", "10.00", "40.00", "ผ่าน"],
            ["3", "อบต.สาม", "20.00", "20.00", "20.00", "60.00", "ผ่าน"]]
    alts = {1: [None, None, "20.00", "20.00", None, None, None]}
    t = _table(rows, header=HEAD, method="ocr", alts=alts)
    r = read_table(t, find_layout(t))[1]
    assert (r["iit"], r["eit"], r["overall_score"]) == (10.0, 10.0, 40.0)
    assert {"check_total_sum:30.00", "ocr_arith_ambiguous:total"} <= set(r["flags"])


def test_running_number_out_of_sequence_takes_its_fitting_reading():
    rows = [["๔", "อบต.หนึ่ง", "10.00", "10.00", "10.00", "30.00", "ผ่าน"],
            ["๙", "อบต.สอง", "10.00", "10.00", "20.00", "40.00", "ผ่าน"],
            ["๖", "อบต.สาม", "20.00", "20.00", "20.00", "60.00", "ผ่าน"],
            ["๗", "อบต.สี่", "20.00", "20.00", "10.00", "50.00", "ผ่าน"]]
    t = _table(rows, header=HEAD, method="ocr", alts={1: ["๕"] + [None] * 6})
    out = read_table(t, find_layout(t))
    assert [r["row_no"] for r in out] == [4, 5, 6, 7]
    assert "ocr_arith_choice:row_no" in out[1]["flags"]


def test_repeated_header_continuation_and_summary_rows():
    rows = [["1", "องค์การบริหารส่วนตำบล", "10.00", "10.00", "10.00", "30.00", "ผ่าน"],
            ["", "หนองบัว", "", "", "", "", ""],
            ["ที่", "ชื่อหน่วยงาน", "IIT", "EIT", "OIT", "รวม", "ระดับ"],
            ["2", "อบต.สอง", "10.00", "10.00", "20.00", "40.00", "ผ่าน"],
            ["3", "อบต.สาม", "-", "-", "-", "-", "ไม่ผ่าน"],
            ["", "ค่าเฉลี่ย", "6.67", "6.67", "10.00", "23.33", ""]]
    t = _table(rows, header=HEAD)
    out = read_table(t, find_layout(t))
    assert [r["org_name"] for r in out] == ["องค์การบริหารส่วนตำบล หนองบัว", "อบต.สอง", "อบต.สาม"]
    assert out[2]["overall_score"] is None and out[2]["iit"] is None


def test_a_table_of_indicators_is_no_announcement():
    t = _table([["1", "การปฏิบัติหน้าที่", "95.00"], ["2", "การใช้งบประมาณ", "90.00"]],
               header=[["ที่", "ตัวชี้วัด", "คะแนน"]])
    assert find_layout(t) is None


# --- names, levels, year ----------------------------------------------------------------------------
def test_ocr_name_prefix_and_abbreviation_dots_mended():
    assert clean_name("วีจิทยาลัยสารพัดข่างกำแพงเพชร", ocr=True)[0] == "วิทยาลัยสารพัดช่างกำแพงเพชร"
    assert clean_name("วิทยาลัยเทคนิค กฟผ แม่เมาะ", ocr=True)[0] == "วิทยาลัยเทคนิค กฟผ. แม่เมาะ"
    assert clean_name("วิทยาลัยการอาชีพขุขันธ์ (วกขุนหาญ)", ocr=True)[0] == "วิทยาลัยการอาชีพขุขันธ์ (วก.ขุนหาญ)"
    assert clean_name("วิทยาลัยเทคนิคลพบุรีแห่งที่๒", ocr=True)[0] == "วิทยาลัยเทคนิคลพบุรี แห่งที่ ๒"
    name, flags = clean_name("วิทยาลัยการอาชีพหนองกุ้งศรี", ocr=True)
    assert name == "วิทยาลัยการอาชีพหนองกุงศรี" and any(f.startswith("name_place_mended") for f in flags)
    # a text-layer name is stored as printed
    assert clean_name("วิทยาลัยเทคนิค กฟผ แม่เมาะ", ocr=False)[0] == "วิทยาลัยเทคนิค กฟผ แม่เมาะ"


def test_place_mend_only_changes_marks_not_letters():
    """Regression: เสาวภา (a college's name, no place) was snapped to the subdistrict เสาเภา."""
    assert clean_name("วิทยาลัยอาชีวศึกษาเสาวภา", ocr=True) == ("วิทยาลัยอาชีวศึกษาเสาวภา", [])


def test_levels_read_against_the_vocabulary():
    assert read_level("ผ่านดีเยี่ยม ๑.", ocr=True) == ("ผ่านดีเยี่ยม", ["level_extra_text"])
    assert read_level("ผ่านดี", ocr=True) == ("ผ่านดี", [])
    assert read_level("AA", ocr=False) == ("AA", [])
    assert read_level("-", ocr=False) == (None, [])
    assert read_level("ดีเด่นพิเศษ", ocr=False)[1] == ["level_unrecognised"]


def test_year_from_an_ocr_title():
    assert year_of(["(Integrity & Transparency Assessment : ITA) ประจำปี่งบประมาณ พ .ศ. ๒๕๖๘ ระดับตำกว่ากรม"]) == (2568, [])
    assert year_of(["ไม่มีปี"]) == (None, ["assessment_year_missing"])


def test_name_key_expands_abbreviations():
    assert name_key("อบต.นาขุม") == name_key("องค์การบริหารส่วนตำบลนาขุม") == name_key("อบต. นาขุม")
    assert name_key("ทต.ท่าเสา") == name_key("เทศบาลตำบลท่าเสา")
    assert name_key("อบต.นาขุม") != name_key("ทต.นาขุม")


# --- other bodies' scores are never the document's own --------------------------------------------
def _agencies_table() -> Table:
    """The ministry plan's p.70 table of 17 agencies (ลำดับ | หน่วยงาน | เฉลี่ย | IIT | EIT | OIT |
    indicators 1-10), rebuilt from the plan's text layer as a table."""
    ex = _plan_extraction()
    text = next(p.full_text for p in ex.pages if p.page == 70)
    from normalizers.thai.thai_text import repair
    rows = []
    for ln in repair(text).splitlines():
        m = re.match(r"^(\d{1,2}) (\D+?) ((?:\d{1,3}\.\d\d ?){14})$", ln.strip())
        if m:
            rows.append([m.group(1), m.group(2)] + m.group(3).split())
    return _table(rows, header=[["ลำดับ", "หน่วยงาน", "เฉลี่ย", "IIT", "EIT", "OIT"] + [f"ตัวชี้วัด{i}" for i in range(1, 11)]],
                  page=70)


@pytest.mark.slow
def test_plan_quoting_agencies_is_not_an_announcement():
    """Regression: the title cue was looked for in every page before the table (70 pages of a plan)."""
    if not PLAN.exists():
        pytest.skip("../shared/realdocs not present")
    t = _agencies_table()
    assert len(t.rows) >= 15
    lay = find_layout(t)
    assert lay is not None and lay.scale == "percent"
    page_text = [(p, "ผลการประเมินคุณธรรมและความโปร่งใส" if p == 60 else "แผนปฏิบัติราชการ") for p in range(1, 136)]
    found = find([t], [type("L", (), {"kind": "unknown"})()], page_text, 135)
    assert found.kind == "quoted" and not found.rows and found.quotes(t)


@pytest.mark.slow
def test_ministry_plan_national_averages_are_not_its_scores():
    if not PLAN.exists():
        pytest.skip("../shared/realdocs not present")
    rec = normalize(_plan_extraction())
    d = rec.document
    assert d["status"] == "not_ita" and d["doc_kind"] is None
    assert not rec.indicator_scores and not rec.question_scores and not rec.announced_scores
    assert d["overall_score"] is None and d["iit_score"] is None


@pytest.mark.parametrize("name", ["แบบรายงานสรุปผลกำกับติดตามการรับสินบน ปี 67.pdf",
                                  "แบบรายงานดำเนินงานการป้องกันปราบปราม (12 เดือน).pdf"])
def test_hospital_follow_up_tables_are_no_ita_scores(name):
    path = HOSPITAL / name
    if not path.exists():
        pytest.skip("../shared/realdocs not present")
    rec = normalize(_extract(path, ocr="never"))
    assert rec.document["status"] == "not_ita" and rec.document["doc_kind"] is None
    assert not rec.indicator_scores and not rec.question_scores and not rec.planned_measures
    assert not rec.announced_scores


def test_a_band_legend_does_not_make_an_announcement_a_report():
    """Regression: any table the roles called ``results`` (a legend ``ที่ | ระดับ | คะแนน``)
    counted as the document's own and turned an announcement into a report quoting others."""
    from normalizers.tables.roles import classify

    ann = _table([["1", "อบต.หนึ่ง", "29.83", "27.55", "38.43", "95.81", "ผ่านดีเยี่ยม"],
                  ["2", "อบต.สอง", "28.00", "27.10", "30.80", "85.90", "ผ่านดีมาก"],
                  ["3", "อบต.สาม", "29.10", "28.44", "36.00", "93.54", "ผ่านดีมาก"]], header=HEAD)
    band = _table([["1", "AA", "95.00"], ["2", "A", "85.00"], ["3", "B", "75.00"]],
                  header=[["ที่", "ระดับ", "คะแนน"]], page=2)
    tables = [ann, band]
    found = find(tables, [classify(t) for t in tables], [(1, "ประกาศ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")], 2)
    assert found.is_announcement and found.year == 2568 and len(found.rows) == 3


def test_ocr_type_abbreviation_without_its_dot():
    """Regression: ``อบต นาขุม`` (OCR lost the dot) became ``อบต. นาขุม``; ``อบตงงิ้วงาม`` (the dot
    read as ง) stayed garbled."""
    assert clean_name("อบต นาขุม", ocr=True)[0] == "อบต.นาขุม"
    assert clean_name("อบตทุ่งยั้ง", ocr=True)[0] == "อบต.ทุ่งยั้ง"
    assert clean_name("อบตงงิ้วงาม", ocr=True)[0] == "อบต.งิ้วงาม"
    assert clean_name("อบต.น้าหมัน", ocr=True)[0] == "อบต.น้ำหมัน"  # ำ Tesseract cannot output


def test_ocr_level_with_junk_and_lost_marks():
    """Regression: ``ad ผานุดเยยม`` (a highlighted cell) was kept as an unknown level."""
    assert read_level("ad ผานุดเยยม", ocr=True) == ("ผ่านดีเยี่ยม", ["level_ocr_mended", "level_extra_text"])


def test_year_when_the_title_wraps_before_the_year():
    """Regression: ``ประจำปีงบประมาณ`` at a line end and ``พ.ศ. ๒๕๖๘`` on the next gave no year."""
    assert year_of(["(ITA) ประจำปีงบประมาณ", "พ.ศ. ๒๕๖๘"])[0] == 2568


def test_born_digital_percent_announcement_total_first_with_province(tmp_path):
    """Each tool 0-100, the total printed before the tools, a province column, one page, an
    average row under the bodies (not a body)."""
    from announce_pdfgen import build_percent

    path = tmp_path / "percent.pdf"
    expected = build_percent(path)
    rec = normalize(_extract(path))
    d = rec.document
    assert (d["status"], d["doc_kind"], d["assessment_year"]) == ("ok", "announcement", 2567)
    got = {r["row_no"]: r for r in rec.announced_scores}
    assert len(rec.announced_scores) == len(expected)
    for e in expected:
        g = got[e["row_no"]]
        assert {k: g[k] for k in e} == e
        assert g["tool_scale"] == "percent" and not g["flags"]


@pytest.mark.slow
def test_scanned_born_digital_announcement(tmp_path):
    """The born-digital announcement printed, highlighted and scanned (corpus.scan, 200 dpi,
    blur, noise, JPEG): every number exact or flagged, names and levels close."""
    import numpy as np

    from announce_pdfgen import build
    from corpus.scan import Mark, random_params, scan_pdf

    src = tmp_path / "a.pdf"
    expected = build(src)
    p = random_params(np.random.default_rng(7), dpi=200)
    p.marks = [Mark(page=1, bbox=(60, 500, 540, 520)), Mark(page=2, bbox=(60, 200, 540, 220))]
    scan = scan_pdf(src, tmp_path / "scan.pdf", p, seed=7)
    rec = normalize(_extract(scan))
    assert (rec.document["status"], rec.document["doc_kind"], rec.document["assessment_year"]) == (
        "ok", "announcement", 2568)
    got = {r["row_no"]: r for r in rec.announced_scores}
    assert len(got) == len(expected)
    chars = errs = levels = 0
    for e in expected:
        g = got[e["row_no"]]
        for k in ("iit", "eit", "oit", "overall_score"):
            assert g[k] == e[k] or g["flags"], (e["row_no"], k, g[k], e[k])  # never wrong unflagged
        chars += len(e["org_name"])
        errs += edit_distance(g["org_name"], e["org_name"])
        levels += g["level"] == e["level"]
    assert errs / chars <= 0.02
    assert levels / len(expected) >= 0.98


def test_a_lone_last_row_on_its_own_page_keeps_the_columns_above():
    """A table part holding one body that was not stitched to the part above is still read."""
    from normalizers.tables.roles import classify

    first = _table([["1", "อบต.หนึ่ง", "29.83", "27.55", "38.43", "95.81", "ผ่านดีเยี่ยม"],
                    ["2", "อบต.สอง", "28.00", "27.10", "30.80", "85.90", "ผ่านดีมาก"],
                    ["3", "อบต.สาม", "29.10", "28.44", "36.00", "93.54", "ผ่านดีมาก"]], header=HEAD)
    last = _table([["4", "อบต.สี่", "20.00", "-", "30.00", "50.00", "ไม่ผ่าน"]], page=2)
    tables = [first, last]
    found = find(tables, [classify(t) for t in tables], [(1, "ประกาศ ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")], 2)
    assert [r["row_no"] for r in found.rows] == [1, 2, 3, 4]
    assert found.rows[-1]["eit"] is None and found.rows[-1]["page"] == 2


def test_a_report_comparing_its_own_years_is_no_announcement():
    """A report's own scores over three years (IIT | EIT | OIT | รวม by year) are not bodies."""
    t = _table([["1", "ปีงบประมาณ พ.ศ. 2566", "28.00", "27.10", "30.80", "85.90", "ผ่านดีมาก"],
                ["2", "ปีงบประมาณ พ.ศ. 2567", "29.10", "28.44", "36.00", "93.54", "ผ่านดีมาก"],
                ["3", "ปีงบประมาณ พ.ศ. 2568", "29.83", "27.55", "38.43", "95.81", "ผ่านดีเยี่ยม"]], header=HEAD)
    lay = find_layout(t)
    assert lay is None or len(read_table(t, lay)) == 0


def test_scale_nothing_decides_is_flagged():
    """No total to check (every score blank) and no header cue: the scale is taken, flagged."""
    t = _table([["1", "อบต.หนึ่ง", "-", "-", "-", "-", "ไม่ผ่าน"],
                ["2", "อบต.สอง", "-", "-", "-", "-", "ไม่ผ่าน"],
                ["3", "อบต.สาม", "-", "-", "-", "-", "ไม่ผ่าน"]], header=HEAD)
    lay = find_layout(t)
    rows = read_table(t, lay)
    assert {"tool_scale_uncertain", "announcement_arithmetic_unchecked"} <= set(lay.flags)
    assert len(rows) == 3 and all("tool_scale_uncertain" in r["flags"] for r in rows)
    assert all(r["iit"] is None and r["overall_score"] is None for r in rows)


def test_blank_tool_columns_named_by_the_header_still_count():
    """Regression: a tool column blank in every row was no score column, and the table was lost."""
    t = _table([["1", "อบต.หนึ่ง", "-", "-", "20.00", "20.00", "ไม่ผ่าน"],
                ["2", "อบต.สอง", "-", "-", "10.00", "10.00", "ไม่ผ่าน"],
                ["3", "อบต.สาม", "-", "-", "-", "-", "ไม่ผ่าน"]], header=HEAD)
    lay = find_layout(t)
    assert lay is not None and lay.scale == "weighted"  # 20 = 0 + 0 + 20, not 0.4 x 20
    assert [r["oit"] for r in read_table(t, lay)] == [20.0, 10.0, None]


def test_budget_columns_that_add_up_are_no_ita_scores():
    """Shares of a budget add up like weighted tools; without ITA in a header or the title
    they are neither an announcement nor someone's quoted scores."""
    from normalizers.tables.roles import classify

    t = _table([["1", "แผนงานบริหารงานทั่วไป", "35.50", "40.25", "24.25", "100.00", "-"],
                ["2", "แผนงานการศึกษา", "30.00", "45.00", "25.00", "100.00", "-"],
                ["3", "แผนงานสาธารณสุข", "20.10", "59.90", "20.00", "100.00", "-"]],
               header=[["ที่", "แผนงาน", "งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "รวม", "หมายเหตุ"]])
    found = find([t], [classify(t)], [(1, "ประกาศ เรื่อง สัดส่วนงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")], 1)
    assert found.kind is None and not found.rows and not found.quotes(t)
    money = _table([["1", "แผนงานบริหารงานทั่วไป", "155.50", "202.25", "142.25", "500.00", "-"],
                    ["2", "แผนงานการศึกษา", "100.00", "250.00", "150.00", "500.00", "-"],
                    ["3", "แผนงานสาธารณสุข", "101.10", "299.90", "99.00", "500.00", "-"]], header=HEAD)
    assert find_layout(money) is None


def test_a_level_inside_another_levels_band_is_flagged():
    from normalizers.records.announce_doc import check_levels

    rows = [{"level": lv, "overall_score": t, "flags": []} for lv, t in
            [("ผ่านดีเยี่ยม", 99.8), ("ผ่านดีเยี่ยม", 97.0), ("ผ่านดี", 96.0), ("ผ่านดี", 99.0), ("ผ่านดี", 90.0)]]
    check_levels(rows)
    assert rows[0]["flags"] == [] and rows[1]["flags"] == ["level_out_of_band:ผ่านดี"]
    assert rows[3]["flags"] == ["level_out_of_band:ผ่านดีเยี่ยม"] and rows[4]["flags"] == []


def test_born_digital_header_printed_once(tmp_path):
    """The same announcement with its header only on page 1: page 2's part has no header."""
    from announce_pdfgen import build

    path = tmp_path / "once.pdf"
    expected = build(path, repeat_header=False)
    rec = normalize(_extract(path))
    assert (rec.document["status"], rec.document["doc_kind"]) == ("ok", "announcement")
    got = {r["row_no"]: r for r in rec.announced_scores}
    assert [e for e in expected if {k: got[e["row_no"]][k] for k in e} != e] == []
    assert {r["page"] for r in rec.announced_scores} == {1, 2}
