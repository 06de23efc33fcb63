"""Indicator = mean of its questions as a second opinion on OCR'd scores (normalizers.records.checks).

The question scores are seed 001's indicator 1 (i1 100, i2 98.67, i3 100: the mean 99.5567
prints as 99.56, which is what seed 000's results table prints for indicator 1). A misread
is one digit of one cell replaced by the recognizer's runner-up, which the extraction keeps
in ``RawTable.cell_alt``.
"""
import dataclasses
import json

from datastore.writer import to_table
from extractors.model import Extraction, PageText, RawTable
from normalizers.records import checks
from normalizers.records.checks import ALT, check_indicator_means, run_all
from normalizers.document import normalize

TRUE_Q = {"i1": 100.0, "i2": 98.67, "i3": 100.0}
TRUE_IND = 99.56


def _q(code, score, alt=None, flags=()):
    r = {"question_code": code, "raw_code": code, "tool": "IIT", "indicator_no": 1, "question_text": "ข้อ",
         "score": score, "page": 2, "confidence": 0.95, "flags": list(flags)}
    if alt is not None:
        r[ALT] = alt
    return r


def _ind(score, alt=None, flags=()):
    r = {"indicator_no": 1, "indicator_name": "การปฏิบัติหน้าที่", "tool": "IIT", "score": score,
         "source": "results_table", "page": 1, "confidence": 0.95, "flags": list(flags)}
    if alt is not None:
        r[ALT] = alt
    return r


def _questions(**over):
    """The three questions, with (score, alt) overrides per code."""
    out = []
    for code, s in TRUE_Q.items():
        score, alt = over.get(code, (s, None))
        out.append(_q(code, score, alt))
    return out


def test_one_question_alternative_fits_and_is_taken():
    qs = _questions(i2=(93.67, 98.67))  # ๘ read as ๓; the runner-up was right
    ind = _ind(TRUE_IND)
    check_indicator_means([ind], qs)
    q2 = qs[1]
    assert q2["score"] == 98.67
    assert "ocr_arith_choice:indicator_mean" in q2["flags"] and "ocr_arith_replaced:93.67" in q2["flags"]
    assert q2["confidence"] < 0.9
    assert ind["score"] == TRUE_IND
    assert "ocr_arith_partner:indicator_mean:i2" in ind["flags"]
    assert not any(f.startswith("check_question_mean") for f in ind["flags"])


def test_indicator_alternative_fits_and_is_taken():
    ind = _ind(94.56, alt=99.56)  # ๙ read as ๔ in the indicator's own cell
    qs = _questions(i1=(100.0, 700.0))  # an impossible runner-up (out of 0-100) is never tried
    check_indicator_means([ind], qs)
    assert ind["score"] == 99.56
    assert "ocr_arith_choice:indicator_mean" in ind["flags"]
    assert "ocr_arith_replaced:94.56" in ind["flags"]
    assert [q["score"] for q in qs] == list(TRUE_Q.values())
    assert all(q["flags"] == [] for q in qs)


def test_two_alternatives_fit_nothing_changes_and_the_indicator_is_flagged():
    # i1 and i3 both read 10.0 with runner-up 100: either substitution alone gives the same
    # mean, so the arithmetic cannot tell which cell was misread
    qs = _questions(i1=(10.0, 100.0), i3=(10.0, 100.0))
    ind = _ind(69.56)  # = (100 + 98.67 + 10) / 3 rounded: what either single fix would give
    check_indicator_means([ind], qs)
    assert [q["score"] for q in qs] == [10.0, 98.67, 10.0]
    assert ind["score"] == 69.56
    mean = (10.0 + 98.67 + 10.0) / 3
    assert f"check_question_mean:{mean:.2f}" in ind["flags"]
    assert "ocr_arith_ambiguous:indicator_mean" in ind["flags"]
    assert not any("ocr_arith_choice" in f for r in qs + [ind] for f in r["flags"])


def test_no_alternative_fits_nothing_changes_and_the_indicator_is_flagged():
    qs = _questions(i2=(93.67, 93.61))  # the runner-up is wrong too
    ind = _ind(TRUE_IND, alt=99.36)
    check_indicator_means([ind], qs)
    assert qs[1]["score"] == 93.67 and ind["score"] == TRUE_IND
    assert any(f.startswith("check_question_mean:97.89") for f in ind["flags"])
    assert not any(f.startswith("ocr_arith") for r in qs + [ind] for f in r["flags"])


def test_alternative_fitting_only_loosely_is_not_taken():
    # the runner-up brings the mean within 0.6 but not to two-decimal rounding: not a fit
    qs = _questions(i2=(93.67, 98.27))
    ind = _ind(TRUE_IND)
    check_indicator_means([ind], qs)
    assert qs[1]["score"] == 93.67
    assert any(f.startswith("check_question_mean") for f in ind["flags"])


def test_text_layer_rows_are_only_flagged_as_before():
    qs = _questions(i2=(93.67, None))
    ind = _ind(TRUE_IND)
    check_indicator_means([ind], qs)
    assert qs[1]["score"] == 93.67 and ind["score"] == TRUE_IND
    assert ind["flags"] == ["check_question_mean:97.89"]
    assert all(q["flags"] == [] for q in qs)
    # an inexact mean within TOL_MEAN (reports print them) is left alone
    ind2 = _ind(99.5)
    check_indicator_means([ind2], _questions())
    assert ind2["flags"] == []


def test_small_disagreement_is_flagged_not_changed_when_one_alternative_fits():
    # a misread tenths digit moves the mean by 0.2 (< TOL_MEAN): reports print means that
    # inexact, so nothing is changed, but the reading that would fit is named on its row
    qs = _questions(i2=(98.07, 98.67))
    ind = _ind(TRUE_IND)
    check_indicator_means([ind], qs)
    assert qs[1]["score"] == 98.07
    assert qs[1]["flags"] == ["ocr_arith_alt_fits:indicator_mean:98.67"]
    assert ind["flags"] == []


def test_choice_runs_before_the_range_check_and_private_key_is_dropped():
    doc = {"flags": []}
    qs = _questions(i1=(700.0, 100.0))  # ๑ read as ๗
    ind = _ind(TRUE_IND)
    run_all(doc, [ind], qs)
    assert qs[0]["score"] == 100.0
    assert "ocr_arith_choice:indicator_mean" in qs[0]["flags"]
    assert not any(f.startswith("score_out_of_range") for f in qs[0]["flags"])
    checks.drop_private([ind] + qs)
    assert all(ALT not in r for r in [ind] + qs)


def test_no_choice_when_the_report_prints_only_some_of_the_questions():
    # reports often list only the low-scoring questions of an indicator: the catalog (2568)
    # puts i1-i3 under indicator 1, and with i3 missing the mean proves nothing
    qs = _questions(i2=(93.67, 98.67))[:2]
    ind = _ind(99.34)  # = mean(100, 98.67) rounded: the runner-up would "fit" by coincidence
    for r in qs + [ind]:
        r["assessment_year"] = 2568
    check_indicator_means([ind], qs)
    assert qs[1]["score"] == 93.67 and qs[1]["flags"] == []
    assert ind["flags"] == ["check_question_mean:96.84"]


# --------------------------------------------------------------------------- extraction → records

PAGE1 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
         "องค์การบริหารส่วนตำบลวัฒนานคร อำเภอวัฒนานคร จังหวัดสระแก้ว\n"
         "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)")


def _ocr_table(page, rows, alt_at):
    """An OCR table; ``alt_at`` = {(r, c): runner-up reading} of its numeric cells."""
    alt = [[None] * len(r) for r in rows]
    for (r, c), a in alt_at.items():
        alt[r][c] = a
    return RawTable(page=page, index=0, bbox=(0, 0, 500, 700), rows=[list(r) for r in rows], method="ocr",
                    cell_conf=[[0.97] * len(r) for r in rows], cell_alt=alt)


def _extraction(i2_cell, i2_alt):
    results = _ocr_table(1, [
        ["ตัวชี้วัด", "คะแนนรายตัวชี้วัด"],
        ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๙.๕๖"],
        ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๙๘.๘๙"],
        ["ตัวชี้วัดที่ ๓ การใช้อำนาจ", "๙๘.๘๙"],
    ], {(1, 1): "๙๙.๙๖", (2, 1): "๙๘.๘๘", (3, 1): "๙๓.๘๙"})
    questions = _ocr_table(2, [
        ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "", ""],
        ["ประเด็นข้อคำถาม", "คะแนน", "การวิเคราะห์ผลการประเมินฯ"],
        ["i๑ การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลาอย่างน้อยเพียงใด",
         "๑๐๐", "ข้อคำถามที่ได้คะแนนน้อยที่สุด"],
        ["i๒ เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติอย่างไม่เป็นธรรมต่อผู้ที่มาติดต่อหรือผู้รับบริการอย่างน้อยเพียงใด",
         i2_cell, ""],
        ["i๓ เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่",
         "๑๐๐", ""],
    ], {(2, 1): "๑๐๐", (3, 1): i2_alt, (4, 1): "๗๐๐"})
    pages = [PageText(page=1, method="ocr", text=PAGE1, full_text=PAGE1),
             PageText(page=2, method="ocr", text="", full_text="")]
    return Extraction(doc_id="a" * 64, file_name="x.pdf", page_count=2, pages=pages, tables=[results, questions])


def test_extraction_round_trips_cell_alt_and_reads_old_files():
    ex = _extraction("๙๓.๖๗", "๙๘.๖๗")
    back = Extraction.from_dict(json.loads(ex.to_json()))
    assert back.tables[1].cell_alt[3][1] == "๙๘.๖๗"
    old = json.loads(ex.to_json())
    for t in old["tables"]:
        del t["cell_alt"]  # an extract.json written before the field existed
    assert Extraction.from_dict(old).tables[1].cell_alt is None


def _records(ex):
    rec = normalize(ex)
    q = {r["question_code"]: r for r in rec.question_scores}
    ind = {(r["indicator_no"], r["source"]): r for r in rec.indicator_scores}
    return rec, q, ind


def test_normalize_takes_the_runner_up_that_makes_the_indicator_the_mean():
    rec, q, ind = _records(_extraction("๙๓.๖๗", "๙๘.๖๗"))  # i2's ๘ read as ๓
    assert {c: r["score"] for c, r in q.items()} == TRUE_Q
    assert "ocr_arith_choice:indicator_mean" in q["i2"]["flags"]
    assert "ocr_arith_replaced:93.67" in q["i2"]["flags"]
    one = ind[(1, "results_table")]
    assert one["score"] == TRUE_IND
    assert "ocr_arith_partner:indicator_mean:i2" in one["flags"]
    assert not any(f.startswith("check_question_mean") for f in one["flags"])
    # no private key leaks into the records, and the writer accepts them
    for r in rec.indicator_scores + rec.question_scores:
        assert not any(k.startswith("_") for k in r)
    assert to_table("question_scores", [dict(r, doc_id=rec.doc_id) for r in rec.question_scores]).num_rows == 3
    assert to_table("indicator_scores", [dict(r, doc_id=rec.doc_id) for r in rec.indicator_scores]).num_rows == 3
    json.dumps(dataclasses.asdict(rec), ensure_ascii=False, default=str)


def test_normalize_leaves_a_correct_reading_alone():
    rec, q, ind = _records(_extraction("๙๘.๖๗", "๙๓.๖๗"))
    assert {c: r["score"] for c, r in q.items()} == TRUE_Q
    assert not any(f.startswith(("ocr_arith", "check_question_mean")) for r in q.values() for f in r["flags"])
    assert not any(f.startswith(("ocr_arith", "check_question_mean")) for f in ind[(1, "results_table")]["flags"])


def test_normalize_without_cell_alt_flags_as_before():
    ex = _extraction("๙๓.๖๗", "๙๘.๖๗")
    for t in ex.tables:
        t.cell_alt = None
    rec, q, ind = _records(ex)
    assert q["i2"]["score"] == 93.67
    assert "check_question_mean:97.89" in ind[(1, "results_table")]["flags"]


def test_row_merge_keeps_the_alternative_of_a_cell_taken_whole():
    from normalizers.tables.grid import Row, merge_rows

    a = Row(cells=["i๒ เจ้าหน้าที่ในหน่วยงาน", "", "ข้อ"], page=1, conf=[1.0, 1.0, 1.0], alt=[None, None, None])
    b = Row(cells=["ของท่าน", "๙๓.๖๗", "ต่อ"], page=2, conf=[1.0, 0.95, 1.0], alt=[None, "๙๘.๖๗", "๑"])
    m = merge_rows(a, b)
    assert m.cells[1] == "๙๓.๖๗" and m.alt_of(1) == "๙๘.๖๗"
    assert m.alt_of(2) is None  # two pieces joined: no single other reading
    assert merge_rows(Row(cells=["x", "1"], page=1, conf=[1, 1]), Row(cells=["y", ""], page=2, conf=[1, 1])).alt == []
