"""The normalize stage on the five real reports' tables and wording (../shared/seeds).

Expected values are read off the seed texts by hand (line numbers in comments), not
computed by the code under test. The PDF path (extract → normalize) is tested on the
rendered samples in test_golden.py.
"""
import datetime as dt

import pytest

from normalizers.document import normalize
from seed_extraction import SEEDS, seed_extraction

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")


def _records(prefix):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return normalize(seed_extraction(path))


def _ind(records, source):
    return {r["indicator_no"]: r["score"] for r in records.indicator_scores if r["source"] == source}


def test_seed000_results_analysis_and_tools():
    r = _records("000")
    d = r.document
    assert (d["org_name"], d["district"], d["province"]) == ("องค์การบริหารส่วนตำบลนาขุม", "เมืองอุตรดิตถ์", "อุตรดิตถ์")
    assert (d["assessment_year"], d["plan_year"]) == (2568, 2569)
    assert (d["overall_score"], d["level"]) == (91.89, "ผ่าน")
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (99.42, 91.83, 96.07)
    # 0.3*99.42 + 0.3*91.83 + 0.4*96.07 = 95.80 != 91.89: flagged, not changed
    assert any(f.startswith("check_overall_weighted") for f in d["flags"])
    assert _ind(r, "results_table") == {1: 99.56, 2: 98.89, 3: 98.89, 4: 99.78, 5: 100.0, 6: 97.67,
                                        7: 97.67, 8: 80.14, 9: 92.14, 10: 100.0}
    assert _ind(r, "analysis_table") == {1: 100.0, 2: 100.0, 3: 100.0, 4: 98.67, 5: 100.0, 6: 98.57,
                                         7: 96.83, 8: 98.25, 9: 82.0, 10: 90.0}
    assert _ind(r, "text")[8] == 80.14  # "ตัวชี้วัดที่ 8 ... ได้คะแนนน้อยที่สุด 80.14 คะแนน"


def test_seed000_measures():
    m = _records("000").planned_measures
    assert len(m) == 10
    assert [x["indicator_no"] for x in m] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert m[0]["question_codes"] == ["i1", "i2", "i3", "i4"]      # "ข้อ i1 - i4"
    assert m[1]["question_codes"] == ["i5", "i6", "i7", "i8", "i9"]
    assert m[8]["question_codes"] == ["o6"]                         # "06 แผนและ..." under indicator 9
    assert m[9]["question_codes"] == ["o23"]                        # "ข้อ 023 ..."
    assert any(f.startswith("code_repaired") for f in m[9]["flags"])
    assert (m[0]["period_start"], m[0]["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    assert (m[3]["period_start"], m[3]["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert (m[9]["period_start"], m[9]["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31))  # no dash
    assert m[0]["responsible"] == ["สำนักปลัด"]
    assert m[5]["responsible"] == ["ทุกส่วนราชการ"]                 # printed "ทุกส่วน ราชการ"
    assert m[4]["steps"][0].startswith("ประกาศเจตนารมณ์")
    assert len(m[4]["steps"]) == 3


def test_seed001_question_scores_and_codes():
    r = _records("001")
    q = {x["question_code"]: x for x in r.question_scores}
    assert len([c for c in q if c.startswith("i")]) == 15
    assert len([c for c in q if c.startswith("e")]) == 9
    assert len([c for c in q if c.startswith("o")]) == 28
    assert q["i2"]["score"] == 98.67 and q["i2"]["raw_code"] == "i๒"
    assert q["e6"]["score"] == 93.95
    assert q["o1"]["score"] == 0.0 and q["o2"]["score"] == 100.0
    assert q["o23"]["raw_code"] == "๐๒๓" and any("o23" in f for f in q["o23"]["flags"])
    assert q["i7"]["indicator_no"] == 3 and q["e1"]["indicator_no"] == 6 and q["o21"]["indicator_no"] == 10
    d = r.document
    assert d["org_name"] == "องค์การบริหารส่วนตำบลวัฒนานคร"   # not the copied-template พัฒน์นคร
    assert (d["overall_score"], d["level"]) == (88.59, "ผ่านดีมาก")
    assert (d["iit_score"], d["oit_score"]) == (99.29, 77.0)
    assert d["eit_score"] is None                               # printed in two parts only


def test_seed001_measure_code_printed_wrong():
    m = _records("001").planned_measures
    assert m[0]["question_codes"] == ["i2"]                      # printed "12 เจ้าหน้าที่..."
    assert any(f.startswith("code_corrected") for f in m[0]["flags"])


def test_seed002_prose_scores_and_five_column_measures():
    r = _records("002")
    d = r.document
    assert (d["assessment_year"], d["overall_score"], d["level"]) == (2565, 92.51, "A")
    assert _ind(r, "text") == {7: 85.46, 8: 75.73, 9: 96.0}
    assert d["status"] == "ok"                                  # methodology and band tables ignored
    m = r.planned_measures
    assert len(m) == 4
    assert m[0]["measure"].startswith("การใช้งบประมาณ")         # "๒) " removed
    assert m[0]["follow_up"] and m[0]["responsible"] == ["สำนักปลัด", "กองคลัง"]
    assert (m[2]["period_start"], m[2]["period_end"]) == (dt.date(2022, 10, 1), dt.date(2023, 4, 30))


def test_seed003_results_and_eight_column_measures():
    r = _records("003")
    assert _ind(r, "results_table") == {1: 100.0, 2: 100.0, 3: 100.0, 4: 100.0, 5: 100.0, 6: 99.18,
                                        7: 99.19, 8: 98.78, 9: 92.5, 10: 90.0}
    m = r.planned_measures
    assert len(m) == 10
    assert m[1]["question_codes"] == ["i6"]                      # printed "๖ หน่วยงาน ของท่าน ..."
    assert m[2]["question_codes"] == ["i9"]                      # printed "i๔" with i9's text
    assert m[3]["question_codes"] == ["i12"]                     # printed "๑๒๒ การกำกับดูแล..."
    assert m[0]["measure_analysis"].startswith("จุดแข็ง")
    assert (m[0]["period_start"], m[0]["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))


def test_seed004_misnumbered_indicators_and_cell_scores():
    r = _records("004")
    ms = _ind(r, "measures_table")
    assert ms[1] == 97.87 and ms[4] == 99.57 and ms[7] == 97.6
    m = r.planned_measures
    assert m[0]["question_codes"] == ["i2"]                      # printed "1๒"
    assert m[2]["question_codes"] == ["i5"] and m[2]["indicator_no"] == 2   # "๓. การใช้ งบประมาณ", "๖๕ ..."
    assert m[0]["period_end"] == dt.date(2026, 9, 30)            # "๓. ก.ย.๖๙": day unreadable → month end
    assert any(f.startswith("period_day") for f in m[0]["flags"])
    assert m[0]["responsible"] == ["สำนักปลัด", "กองช่าง", "กองคลัง", "กองสวัสดิการสังคม", "กองสาธารณสุขฯ"]
