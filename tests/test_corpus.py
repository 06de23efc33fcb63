"""Tests of the test-corpus generator (corpus/) and the scorer (corpus/score.py).

The generator's outputs (data/raw, tests/golden, tests/corpus) are checked as committed:
PDFs open, page counts match, the text layer carries the content (modulo the known
Word-style breakage of Thai vowels), expected files respect the contract's domains, and
rendering/variant generation is reproducible. The scorer is checked on hand-made rows.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from corpus.expected import INDICATOR_NAMES, TOOL_OF, build_expected
from corpus.render import CONTENT, load_content, render_pdf, resolved
from corpus.score import format_table, levenshtein, score_dataset, score_records
from corpus.variants import PLANS, make_variant, period_catalog
from shared_dir import SHARED

REPO = Path(__file__).resolve().parents[1]
GOLDEN = sorted((REPO / "tests" / "golden").glob("*.expected.json"))
VARIANTS = sorted((REPO / "tests" / "corpus").glob("*.expected.json"))
ALL_EXPECTED = GOLDEN + VARIANTS
CODE = re.compile(r"^(i([1-9]|[12][0-9]|30)|e([1-9]|1[0-5])|o([1-9]|[1-3][0-9]|4[0-3]))$", re.ASCII)
BAD_CHARS = re.compile("[\ue000-\uf8ff\u0e80-\u0eff\ufffd]")
ORG_TYPES = {"องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนจังหวัด"}
SOURCES = {"results_table", "analysis_table", "measures_table", "text"}


def _pdf_of(exp_path: Path) -> Path:
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    base = REPO / "data" / "raw" if exp_path.parent.name == "golden" else exp_path.parent
    return base / exp["file"]


def _skeleton(s: str) -> str:
    """Thai consonants and ASCII/Thai digits only: what survives the broken text layer."""
    return "".join(re.findall("[ก-ฮ0-9๐-๙A-Za-z]", s or ""))


def _content_of(exp: dict) -> dict:
    return load_content(Path(exp["file"]).stem)


def test_inventory():
    assert len(GOLDEN) == 5, "one golden file per seed report"
    families = [json.loads(p.read_text(encoding="utf-8"))["family"] for p in VARIANTS]
    for fam in ("results_analysis", "questions", "prose5", "measures8"):
        assert families.count(fam) >= 2, fam
    fonts = {_content_of(json.loads(p.read_text(encoding="utf-8")))["font"] for p in VARIANTS}
    assert {"Sarabun", "Noto Sans Thai"} <= fonts and fonts & {"Garuda", "Loma", "Kinnari", "Norasi", "Laksaman"}
    pdfs = list((REPO / "data" / "raw").glob("*.pdf")) + list((REPO / "tests" / "corpus").glob("*.pdf"))
    assert sum(p.stat().st_size for p in pdfs) < 10_000_000


@pytest.mark.parametrize("exp_path", ALL_EXPECTED, ids=lambda p: p.stem)
def test_pdf_opens_and_text_layer_carries_content(exp_path):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    path = _pdf_of(exp_path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == exp["document"]["page_count"]
        assert pdf.pages[0].extract_words()
    doc = pdfium.PdfDocument(path)  # fast text in content order (cell by cell)
    pages = [_skeleton(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    doc.close()
    text = "|".join(pages)
    c = resolved(_content_of(exp))
    assert _skeleton(c["org"]["printed_name"]) in text
    for b in c["blocks"]:  # every printed table score appears in the text layer
        for r in b.get("rows", []) if b.get("kind") in ("results", "analysis", "questions") else []:
            assert _skeleton(r["score"]) in text
    # each measure's text and period are on the pages it is said to span (compare 4-grams of
    # the Thai-consonant skeleton: vowels and tone marks are broken in the text layer)
    for m in exp["planned_measures"]:
        lo, hi = m["page_first"] - 1, m["page_last"]
        span = "|".join(pages[lo:hi])
        assert _coverage(" ".join([m["measure"] or ""] + m["steps"]), span) > 0.85, m["seq"]
        assert _coverage(m["period_text"], span) > 0.85, m["seq"]
        if hi > lo + 1:  # a row said to continue really has text on its last page
            assert _coverage(" ".join(m["steps"] + [m["analysis"] or ""]), pages[hi - 1]) > 0.05, m["seq"]


def _coverage(true_text: str, page_skeleton: str, n: int = 4) -> float:
    """Share of the text's skeleton n-grams found in the page skeleton."""
    sk = _skeleton(true_text)
    grams = [sk[i:i + n] for i in range(max(1, len(sk) - n + 1))]
    return sum(g in page_skeleton for g in grams) / len(grams)


@pytest.mark.parametrize("exp_path", ALL_EXPECTED, ids=lambda p: p.stem)
def test_expected_rows_respect_contract_domains(exp_path):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    d = exp["document"]
    assert d["org_type"] in ORG_TYPES and d["org_name"].startswith(d["org_type"])
    assert d["district"] and not d["district"].startswith("อำเภอ")
    assert d["province"] and not d["province"].startswith("จังหวัด")
    assert 2560 <= d["assessment_year"] <= 2575 and d["plan_year"] == d["assessment_year"] + 1
    for k in ("overall_score", "iit_score", "eit_score", "oit_score"):
        assert d[k] is None or 0 <= d[k] <= 100
    seen = set()
    for i in exp["indicator_scores"]:
        assert 1 <= i["indicator_no"] <= 10 and i["tool"] == TOOL_OF[i["indicator_no"]]
        assert i["indicator_name"] == INDICATOR_NAMES[i["indicator_no"]]
        assert i["source"] in SOURCES and 0 <= i["score"] <= 100
        assert (i["indicator_no"], i["source"]) not in seen
        seen.add((i["indicator_no"], i["source"]))
    for q in exp["question_scores"]:
        assert CODE.match(q["question_code"]), q
        assert q["tool"] == {"i": "IIT", "e": "EIT", "o": "OIT"}[q["question_code"][0]]
        assert q["tool"] == TOOL_OF[q["indicator_no"]] and 0 <= q["score"] <= 100
        assert q["question_text"] and not BAD_CHARS.search(q["question_text"])
    fy_start = dt.date(d["plan_year"] - 545, 10, 1)
    fy_end = dt.date(d["plan_year"] - 543, 9, 30)
    for n, m in enumerate(exp["planned_measures"], start=1):
        assert m["seq"] == n
        assert m["indicator_no"] is None or 1 <= m["indicator_no"] <= 10
        assert all(CODE.match(c) for c in m["question_codes"]), m["question_codes"]
        start, end = dt.date.fromisoformat(m["period_start"]), dt.date.fromisoformat(m["period_end"])
        assert fy_start <= start <= end <= fy_end, (m["period_text"], start, end)
        texts = [m["measure"], m["analysis"], m["measure_analysis"], m["follow_up"], m["period_text"],
                 *m["steps"], *m["responsible"]]
        for t in filter(None, texts):
            assert not BAD_CHARS.search(t) and "เเ" not in t and "\u0e4d\u0e32" not in t, t
            assert "\n" not in t and t == t.strip(), t
        assert not re.match(r"^[0-9๐-๙]{1,2}[.)]\s", m["measure"] or ""), m["measure"]
        assert m["steps"] and all(s and not re.match(r"^([0-9๐-๙]{1,2}\.|-)\s", s) for s in m["steps"])
        assert m["responsible"] and all(not re.match(r"^([0-9๐-๙]+\.|-|\()", r) for r in m["responsible"])
        assert 1 <= m["page_first"] <= m["page_last"] <= d["page_count"]


def test_seed_expectations_written_by_hand():
    """Spot values read off the seed texts (not computed by any code)."""
    e0 = json.loads((REPO / "tests/golden/000_results_analysis_2569.expected.json").read_text(encoding="utf-8"))
    assert e0["document"]["org_name"] == "องค์การบริหารส่วนตำบลนาขุม"
    assert (e0["document"]["overall_score"], e0["document"]["oit_score"]) == (91.89, 96.07)
    low = [i for i in e0["indicator_scores"] if i["source"] == "text" and i["indicator_no"] == 8]
    assert low[0]["score"] == 80.14
    m9 = e0["planned_measures"][8]
    assert m9["question_codes"] == ["o6"] and (m9["period_start"], m9["period_end"]) == ("2025-10-01", "2026-03-31")
    e1 = json.loads((REPO / "tests/golden/001_questions_2568.expected.json").read_text(encoding="utf-8"))
    q = {r["question_code"]: r for r in e1["question_scores"]}
    assert q["i2"]["score"] == 98.67 and q["i2"]["raw_code"] == "i๒" and q["o10"]["raw_code"] == "๐๑๐"
    assert e1["document"]["eit_score"] is None and e1["document"]["iit_score"] == 99.29
    assert e1["planned_measures"][0]["question_codes"] == ["i2"]
    assert e1["planned_measures"][0]["responsible"] == ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"]
    e2 = json.loads((REPO / "tests/golden/002_prose_2565.expected.json").read_text(encoding="utf-8"))
    assert e2["document"]["level"] == "A" and e2["document"]["overall_score"] == 92.51
    assert e2["planned_measures"][0]["measure"].startswith("การใช้งบประมาณ จัดให้มี")
    assert "กองสวัสดิการสังคม" in e2["planned_measures"][2]["responsible"]
    e4 = json.loads((REPO / "tests/golden/004_measures8_2569.expected.json").read_text(encoding="utf-8"))
    assert [m["question_codes"] for m in e4["planned_measures"][:3]] == [["i2"], ["i4"], ["i5"]]
    assert [m["indicator_no"] for m in e4["planned_measures"]] == [1, 2, 2, 4, 6, 6, 7, 7, 8, 8]
    assert e4["planned_measures"][0]["period_end"] == "2026-09-30"


def test_render_is_deterministic_and_golden_is_current():
    c = load_content("002_prose_2565")
    pdf1, pages1 = render_pdf(c)
    pdf2, pages2 = render_pdf(c)
    assert pdf1 == pdf2 and pages1 == pages2
    assert pdf1[:5] == b"%PDF-"
    committed = json.loads((REPO / "tests/golden/002_prose_2565.expected.json").read_text(encoding="utf-8"))
    assert build_expected(c, pages1, file_name="002_prose_2565.pdf") == committed
    assert (REPO / "data/raw/002_prose_2565.pdf").read_bytes() == pdf1


def test_variants_are_reproducible():
    for plan in PLANS:
        c = make_variant(*plan)
        assert c == json.loads((CONTENT / f"{c['name']}.json").read_text(encoding="utf-8")), c["name"]
    assert make_variant(*PLANS[0]) == make_variant(*PLANS[0])


def test_period_catalog_matches_contract_examples():
    cat = {t: (s.isoformat(), e.isoformat()) for t, s, e in period_catalog(2569)}
    assert cat["ไตรมาสที่ 3"] == ("2026-04-01", "2026-06-30")
    assert cat["ต.ค. 68 – ก.ย. 69"] == ("2025-10-01", "2026-09-30")
    assert cat["ม.ค.-มี.ค. 69"] == ("2026-01-01", "2026-03-31")
    assert cat["ธ.ค. 68"] == ("2025-12-01", "2025-12-31")
    assert cat["15 พ.ย. 68 – 10 ม.ค. 69"] == ("2025-11-15", "2026-01-10")
    assert cat["ไตรมาสที่ 1-2"] == ("2025-10-01", "2026-03-31")


# ---------------------------------------------------------------- scorer, on hand-made rows

EXPECTED = {
    "file": "x.pdf", "family": "measures8",
    "document": {"org_name": "องค์การบริหารส่วนตำบลนาขุม", "org_type": "องค์การบริหารส่วนตำบล",
                 "district": "เมืองอุตรดิตถ์", "province": "อุตรดิตถ์", "assessment_year": 2568, "plan_year": 2569,
                 "overall_score": 91.89, "level": "ผ่าน", "iit_score": 99.42, "eit_score": None, "oit_score": 96.07,
                 "page_count": 3, "status": "ok"},
    "indicator_scores": [{"indicator_no": 8, "indicator_name": "การปรับปรุงการทำงาน", "tool": "EIT", "score": 80.14, "source": "text"},
                         {"indicator_no": 8, "indicator_name": "การปรับปรุงการทำงาน", "tool": "EIT", "score": 98.25, "source": "analysis_table"}],
    "question_scores": [{"question_code": "i1", "raw_code": "i๑", "tool": "IIT", "indicator_no": 1, "question_text": "ก", "score": 100.0},
                        {"question_code": "i2", "raw_code": "i๒", "tool": "IIT", "indicator_no": 1, "question_text": "ข", "score": 98.67}],
    "planned_measures": [
        {"seq": 1, "indicator_no": 1, "question_codes": ["i2"], "measure": "กขค", "analysis": None, "measure_analysis": None,
         "steps": ["งจฉ"], "period_text": "ต.ค. 68 – ก.ย. 69", "period_start": "2025-10-01", "period_end": "2026-09-30",
         "responsible": ["สำนักปลัด", "กองคลัง"], "follow_up": None},
    ],
}


def _perfect() -> dict:
    e = json.loads(json.dumps(EXPECTED))
    return {"document": dict(e["document"], flags=[]),
            "indicator_scores": [dict(r, flags=[]) for r in e["indicator_scores"]],
            "question_scores": [dict(r, flags=[]) for r in e["question_scores"]],
            "planned_measures": [dict(r, flags=[], period_start=dt.date(2025, 10, 1), period_end=dt.date(2026, 9, 30))
                                 for r in e["planned_measures"]]}


def test_score_perfect_output():
    c = score_records(_perfect(), EXPECTED)
    assert (c["q_expected"], c["q_found"], c["q_exact"]) == (2, 2, 2)
    assert (c["ind_expected"], c["ind_exact"]) == (2, 2)
    assert (c["doc_fields"], c["doc_exact"], c["tool_exact"]) == (11, 11, 4)
    assert (c["m_found"], c["m_edits"], c["m_chars"]) == (1, 0, 7)  # "กขค งจฉ"
    assert c["period_start_exact"] == c["period_end_exact"] == c["responsible_exact"] == c["codes_exact"] == 1
    assert c["wrong_unflagged"] == 0


def test_score_counts_errors_and_flags():
    got = _perfect()
    got["question_scores"][1]["score"] = 96.67                 # wrong, unflagged
    got["indicator_scores"][0]["score"] = 100.0                # wrong, flagged
    got["indicator_scores"][0]["flags"] = ["cross_check:text_vs_table"]
    got["question_scores"].append({"question_code": "e5", "score": 90.0, "flags": []})  # not expected
    got["document"]["eit_score"] = 91.83                       # printed nowhere: wrong, unflagged
    m = got["planned_measures"][0]
    m["measure"] = "กขง"                                        # one substitution
    m["responsible"] = ["กองคลัง", "สำนักปลัด"]                 # same set, other order
    m["period_end"] = dt.date(2026, 3, 31)                      # wrong end, unflagged
    c = score_records(got, EXPECTED)
    assert (c["q_found"], c["q_exact"], c["q_extra"]) == (2, 1, 1)
    assert (c["ind_found"], c["ind_exact"]) == (2, 1)
    assert c["tool_exact"] == 3 and c["doc_exact"] == 10
    assert (c["m_edits"], c["m_chars"]) == (1, 7)
    assert c["responsible_exact"] == 1 and c["period_start_exact"] == 1 and c["period_end_exact"] == 0
    assert c["wrong_unflagged"] == 3 and c["wrong_flagged"] == 1


def test_score_missing_rows_and_nulls():
    got = {"document": {"org_name": None, "flags": ["status:partial"]}, "planned_measures": []}
    c = score_records(got, EXPECTED)
    assert (c["q_found"], c["ind_found"], c["m_found"]) == (0, 0, 0)
    assert c["m_edits"] == c["m_chars"] == 7
    assert c["doc_exact"] == 1  # only eit_score (expected null, got null)
    assert c["wrong_unflagged"] == 0


def test_levenshtein():
    assert levenshtein("กขค", "กขง") == 1
    assert levenshtein("", "abc") == 3
    assert levenshtein("ตัวชี้วัด", "ตัวชีว้ ัด") == 2  # insert ว, ว -> space


def test_score_dataset_reads_parquet(tmp_path):
    pd = pytest.importorskip("pandas")
    exp_file = tmp_path / "x.expected.json"
    exp_file.write_text(json.dumps(EXPECTED, ensure_ascii=False), encoding="utf-8")
    got = _perfect()
    got["question_scores"][0]["score"] = 50.0
    for name, rows in (("documents", [dict(got["document"], doc_id="abc", file_name="x.pdf")]),
                       ("question_scores", [dict(r, doc_id="abc") for r in got["question_scores"]]),
                       ("indicator_scores", [dict(r, doc_id="abc") for r in got["indicator_scores"]]),
                       ("planned_measures", [dict(r, doc_id="abc") for r in got["planned_measures"]])):
        (tmp_path / "data" / name).mkdir(parents=True)
        pd.DataFrame(rows).to_parquet(tmp_path / "data" / name / "abc.parquet")
    res = score_dataset(tmp_path / "data", [exp_file])
    r = res["files"]["x.pdf"]["rates"]
    assert r["question_exact"] == 0.5 and r["measure_cer"] == 0.0 and r["wrong_unflagged"] == 1
    assert res["missing_files"] == [] and res["families"]["measures8"]["counts"]["q_exact"] == 1
    assert "family measures8" in format_table(res)


def test_expected_files_pass_the_contract_check_and_score_perfectly(tmp_path):
    """Write every expected file as the pipeline would (Parquet, contract schema), run the
    shared contract checker on it, then score it: a perfect dataset scores 1.0 everywhere."""
    import hashlib
    import importlib.util

    import pyarrow as pa
    import pyarrow.parquet as pq

    from corpus.expected import to_records
    from datastore.schema import SCHEMA_VERSION, TABLES

    checker = SHARED / "tools" / "check_contract.py"
    if not checker.exists():
        pytest.skip("../shared/tools/check_contract.py not available")
    spec = importlib.util.spec_from_file_location("check_contract", checker)
    check_contract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_contract)

    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for exp_path in ALL_EXPECTED:
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        doc_id = hashlib.sha256(_pdf_of(exp_path).read_bytes()).hexdigest()
        rec = to_records(exp, doc_id)
        rec["document"].update(source_uri=exp["file"], file_name=exp["file"], ingested_at=stamp,
                               pipeline_version="expected", schema_version=SCHEMA_VERSION)
        rows = {"documents": [rec["document"]], "indicator_scores": rec["indicator_scores"],
                "question_scores": rec["question_scores"], "planned_measures": rec["planned_measures"]}
        for table, schema in TABLES.items():
            (tmp_path / table).mkdir(exist_ok=True)
            data = [{c: r.get(c) for c in schema.names} for r in rows.get(table, [])]
            pq.write_table(pa.Table.from_pylist(data, schema=schema), tmp_path / table / f"{doc_id}.parquet")
    assert check_contract.check(tmp_path) == []
    res = score_dataset(tmp_path, ALL_EXPECTED)
    assert res["missing_files"] == []
    r = res["total"]["rates"]
    assert r["question_exact"] == r["indicator_exact"] == r["doc_fields_exact"] == r["measure_found"] == 1.0
    assert r["measure_cer"] == 0.0 and r["wrong_unflagged"] == 0
    assert r["period_start_exact"] == r["period_end_exact"] == r["responsible_exact"] == r["codes_exact"] == 1.0


def test_score_document_missing_from_dataset_counts_nothing_exact():
    c = score_records({"document": {}}, EXPECTED)
    assert c["doc_exact"] == 0 and c["tool_exact"] == 0 and c["m_found"] == 0


def test_cli_render_writes_pdf_and_expected(tmp_path):
    from corpus.__main__ import main

    assert main(["render", "002_prose_2565", "--out", str(tmp_path / "pdf"), "--expected-dir", str(tmp_path / "exp")]) == 0
    pdf = tmp_path / "pdf" / "002_prose_2565.pdf"
    exp = json.loads((tmp_path / "exp" / "002_prose_2565.expected.json").read_text(encoding="utf-8"))
    assert pdf.read_bytes() == (REPO / "data/raw/002_prose_2565.pdf").read_bytes()
    assert exp["file"] == "002_prose_2565.pdf" and exp["document"]["page_count"] == 7


def test_score_counts_values_lost_from_a_document_that_says_ok():
    """A value missing from a document whose status is ``ok`` is a silent loss; the same value
    missing from a ``partial`` document is not (the document says what it could not read)."""
    got = _perfect()
    got["document"]["status"] = "ok"
    got["question_scores"] = got["question_scores"][:1]
    got["planned_measures"] = []
    c = score_records(got, EXPECTED)
    assert (c["q_lost_ok"], c["ind_lost_ok"], c["m_lost_ok"]) == (1, 0, 1)
    got["document"]["status"] = "partial"
    c = score_records(got, EXPECTED)
    assert (c["q_lost_ok"], c["ind_lost_ok"], c["m_lost_ok"]) == (0, 0, 0)


def test_score_counts_losses_a_partial_document_does_not_name():
    """A ``partial`` document names what it could not read; a loss of a kind its error does not
    speak of (a measure gone while the error names only unread tool scores) is counted apart
    (``*_lost_unnamed``), since nothing tells a user that kind of row is missing."""
    got = _perfect()
    got["document"]["status"] = "partial"
    got["document"]["error"] = "tool scores printed but not read: EIT"
    got["question_scores"] = got["question_scores"][:1]
    got["planned_measures"] = []
    c = score_records(got, EXPECTED)
    assert (c["q_lost_ok"], c["m_lost_ok"]) == (0, 0)
    assert (c["q_lost_unnamed"], c["ind_lost_unnamed"], c["m_lost_unnamed"]) == (1, 0, 1)
    got["document"]["error"] = "tool scores printed but not read: EIT; numbered measures not read: 2"
    c = score_records(got, EXPECTED)
    assert (c["q_lost_unnamed"], c["m_lost_unnamed"]) == (1, 0)
    got["document"]["error"] = "tables not understood on 3"  # a problem about every table names both
    c = score_records(got, EXPECTED)
    assert (c["q_lost_unnamed"], c["m_lost_unnamed"]) == (0, 0)


def test_score_counts_a_measures_code_missing_without_a_flag_about_codes():
    """A measure's printed question code not read is a miss; with no flag on the row that warns
    about its codes it is a silent one (``codes_lost_unflagged``; fresh33s 47102: i22 of i19 i22)."""
    got = _perfect()
    got["planned_measures"][0]["question_codes"] = []
    assert score_records(got, EXPECTED)["codes_lost_unflagged"] == 1
    got["planned_measures"][0]["flags"] = ["code_unreadable:ilolo"]
    assert score_records(got, EXPECTED)["codes_lost_unflagged"] == 0


def test_score_tool_flag_does_not_warn_about_another_tools_score():
    """fresh32s 45105: IIT null in an ``ok`` document whose only flags are the EIT and OIT
    scores' ``…_score_from_pieces`` (info): a silent loss, not a flagged one."""
    got = _perfect()
    got["document"]["status"] = "ok"
    got["document"]["iit_score"] = None
    got["document"]["flags"] = ["eit_score_from_pieces:p1", "oit_score_from_pieces:p1"]
    assert score_records(got, EXPECTED)["doc_lost_ok"] == 1
    got["document"]["flags"] = ["iit_score_unreadable:8x.12"]
    assert score_records(got, EXPECTED)["doc_lost_ok"] == 0


def test_score_wrong_value_whose_flags_do_not_warn_about_it():
    # born17's finding: any flag on a row made its wrong value "flagged", even one about another
    # field (a wrong period end whose only flag doubts the units) or an info flag that says there
    # is nothing to do; such values are counted apart (wrong_flag_unrelated)
    got = _perfect()
    got["indicator_scores"][0]["score"] = 100.0
    got["indicator_scores"][0]["flags"] = ["check_question_mean:90.00"]      # warns about the score
    m = got["planned_measures"][0]
    m["period_end"] = dt.date(2026, 3, 31)
    m["flags"] = ["responsible_unsure:กอง"]                                 # about the units only
    got["document"]["eit_score"] = 91.83
    got["document"]["flags"] = ["scores_not_own"]                           # level info
    c = score_records(got, EXPECTED)
    assert c["wrong_unflagged"] == 0 and c["wrong_flagged"] == 3
    assert c["wrong_flag_unrelated"] == 2


def test_score_counts_document_fields_lost_from_a_document_that_says_ok():
    """A document field (here the IIT score) null in an ``ok`` document is a silent loss unless a
    flag warns about it; in a ``partial`` document it is not (fresh18s 18507: tool scores lost in an
    ``ok`` document were counted nowhere)."""
    got = _perfect()
    got["document"]["status"] = "ok"
    got["document"]["iit_score"] = None
    c = score_records(got, EXPECTED)
    assert (c["doc_missing"], c["doc_lost_ok"]) == (1, 1)
    got["document"]["flags"] = ["iit_score_from_ocr_text"]  # a check flag whose `where` names iit_score
    c = score_records(got, EXPECTED)
    assert (c["doc_missing"], c["doc_lost_ok"]) == (1, 0)
    got["document"]["flags"] = []
    got["document"]["status"] = "partial"
    c = score_records(got, EXPECTED)
    assert (c["doc_missing"], c["doc_lost_ok"]) == (1, 0)


def test_score_counts_a_null_measure_indicator_no():
    """A measure whose printed indicator number is read as null was counted nowhere until 0.19.0
    (scanp19: fresh18s per-page scans left 14 of 45 null with no flag, and the score did not
    show it); now it is counted and named in the detail."""
    c = score_records(_perfect(), EXPECTED)
    assert (c["m_indicator_exact"], c["m_indicator_null"]) == (1, 0)
    got = _perfect()
    got["planned_measures"][0]["indicator_no"] = None
    c = score_records(got, EXPECTED)
    assert (c["m_indicator_exact"], c["m_indicator_null"], c["wrong_unflagged"]) == (0, 1, 0)
    assert "null measure indicator_no: want 1 []" in c["detail"]


def test_score_counts_a_measures_unit_wrong_without_a_flag_about_units():
    """A unit read for a measure that does not name it (the next row's first unit at a page foot,
    47402 html) is a wrong value of a text field; with no flag on the row that warns about its
    units it is a silent one (``units_wrong_unflagged``). A unit missing is a miss, not counted."""
    got = _perfect()
    want_units = list(EXPECTED["planned_measures"][0]["responsible"])
    got["planned_measures"][0]["responsible"] = want_units[1:]
    assert score_records(got, EXPECTED)["units_wrong_unflagged"] == 0
    got["planned_measures"][0]["responsible"] = want_units + ["กองช่างสุขาภิบาล"]
    assert score_records(got, EXPECTED)["units_wrong_unflagged"] == 1
    got["planned_measures"][0]["flags"] = ["responsible_unsure:กองช่างสุขาภิบาล"]
    assert score_records(got, EXPECTED)["units_wrong_unflagged"] == 0
