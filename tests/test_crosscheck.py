"""Reports checked against announcements in one dataset (datastore/crosscheck.py).

Real parts: two seed reports (data/raw: อบต.นาขุม, อบต.วัฒนานคร, ITA 2568) and a born-digital
announcement that lists both with other scores, normalized from their PDFs, written with the
real writer into Parquet, read back with pandas and checked with the contract checker.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from datastore import crosscheck
from datastore.writer import remove_document, write_records
from extractors.document import extract_document
from normalizers.document import normalize

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
CHECKER = ROOT / "scripts" / "check_contract.py"  # the contract checked in code (ita check): always there
REPORTS = ["000_results_analysis_2569.pdf", "001_questions_2568.pdf"]


def _records(path: Path):
    return normalize(extract_document(path, hashlib.sha256(path.read_bytes()).hexdigest(), ocr="never"))


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    from announce_pdfgen import build

    pdf = tmp_path_factory.mktemp("ann") / "announcement.pdf"
    build(pdf)
    ann = _records(pdf)
    reports = [_records(RAW / n) for n in REPORTS]
    assert ann.document["doc_kind"] == "announcement"
    assert [r.document["doc_kind"] for r in reports] == ["report", "report"]
    return ann, reports


def _write(out: Path, recs) -> None:
    for r in recs:
        write_records(r, out, source_uri=r.doc_id, file_name=r.doc_id[:8] + ".pdf")


def _flags(out: Path) -> dict[str, list[str]]:
    d = pd.read_parquet(out / "documents")
    return {r.org_name or r.doc_id: sorted(f for f in r.flags if f.startswith(crosscheck.FLAG))
            for r in d.itertuples()}


def test_report_scores_differing_from_the_announcement_are_flagged(docs, tmp_path):
    ann, reports = docs
    _write(tmp_path, reports + [ann])
    flags = _flags(tmp_path)
    # นาขุม: tools agree (29.83/30 = 99.43 vs 99.42 printed), total 95.81 vs 91.89
    assert flags["องค์การบริหารส่วนตำบลนาขุม"] == ["differs_from_announcement:95.81"]
    # วัฒนานคร: IIT 28.00/30 = 93.33 vs 99.29, total 85.90 vs 88.59; OIT 30.80/40 = 77.0 agrees
    assert flags["องค์การบริหารส่วนตำบลวัฒนานคร"] == ["differs_from_announcement:85.9",
                                                     "differs_from_announcement:93.33@iit_score"]
    d = pd.read_parquet(tmp_path / "documents").set_index("org_name")
    assert d.loc["องค์การบริหารส่วนตำบลนาขุม", "overall_score"] == 91.89  # nothing changed
    a = pd.read_parquet(tmp_path / "announced_scores")
    assert a.loc[a.org_name == "อบต.นาขุม", "overall_score"].item() == 95.81
    if CHECKER.exists():
        res = subprocess.run([sys.executable, str(CHECKER), str(tmp_path)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_flags_hold_whichever_document_came_first(docs, tmp_path):
    ann, reports = docs
    _write(tmp_path / "a", [ann] + reports)
    _write(tmp_path / "b", reports + [ann])
    _write(tmp_path / "c", [reports[0], ann, reports[1]])
    assert _flags(tmp_path / "a") == _flags(tmp_path / "b") == _flags(tmp_path / "c")
    assert any(_flags(tmp_path / "a").values())


def test_rewrites_are_idempotent(docs, tmp_path):
    ann, reports = docs
    _write(tmp_path, reports + [ann])
    before = _flags(tmp_path)
    _write(tmp_path, [ann] + reports + [ann])
    assert _flags(tmp_path) == before
    assert crosscheck.reconcile_all(tmp_path) == []  # nothing left to change


def test_removing_the_announcement_clears_the_flags(docs, tmp_path):
    ann, reports = docs
    _write(tmp_path, reports + [ann])
    remove_document(tmp_path, ann.doc_id)
    assert not any(_flags(tmp_path).values())


def test_concurrent_writes_still_flag(docs, tmp_path):
    ann, reports = docs
    for i in range(3):
        out = tmp_path / str(i)
        threads = [threading.Thread(target=_write, args=(out, [r])) for r in [ann] + reports]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert _flags(out)["องค์การบริหารส่วนตำบลนาขุม"] == ["differs_from_announcement:95.81"]


def test_report_flags_compare_weighted_and_percent_scales():
    index = {(k, 2568): [a] for k, a in [
        (crosscheck.name_key("อบต.หนึ่ง"), {"tool_scale": "weighted", "iit": 29.64, "eit": None, "oit": 33.51,
                                           "overall_score": 90.77, "province": None})]}
    doc = {"doc_kind": "report", "org_name": "องค์การบริหารส่วนตำบลหนึ่ง", "assessment_year": 2568,
           "overall_score": 90.77, "iit_score": 98.8, "eit_score": 92.07, "oit_score": 33.51}
    assert crosscheck.report_flags(doc, index) == []  # 29.64/30, eit not announced, oit printed weighted
    doc["iit_score"] = 97.0
    assert crosscheck.report_flags(doc, index) == ["differs_from_announcement:98.8@iit_score"]
    assert crosscheck.report_flags(dict(doc, assessment_year=2567), index) == []
    assert crosscheck.report_flags(dict(doc, doc_kind="announcement"), index) == []


def test_announcement_rewritten_as_failed_takes_its_flags_back(docs, tmp_path):
    from datastore.writer import failed_records

    ann, reports = docs
    _write(tmp_path, reports + [ann])
    assert any(_flags(tmp_path).values())
    write_records(failed_records(ann.doc_id, "extract stage: boom", page_count=2), tmp_path,
                  source_uri="a", file_name="a.pdf")
    assert not any(_flags(tmp_path).values())


@pytest.mark.slow
def test_ita_ingest_flags_a_report_that_disagrees_with_an_announcement(tmp_path):
    """The real CLI (Prefect flow, isolated extract children): a report and an announcement that
    disagree, in one source folder; then the contract checker on the dataset."""
    import shutil

    from announce_pdfgen import build

    src = tmp_path / "src"
    src.mkdir()
    build(src / "announcement.pdf")
    shutil.copy(RAW / REPORTS[0], src / REPORTS[0])
    out = tmp_path / "processed"
    res = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", str(src), "--out", str(out),
                          "--work", str(tmp_path / "work"), "--no-progress", "--workers", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stdout + res.stderr
    d = pd.read_parquet(out / "documents").set_index("file_name")
    assert d.loc["announcement.pdf", "doc_kind"] == "announcement" and d.loc["announcement.pdf", "status"] == "ok"
    assert "differs_from_announcement:95.81" in d.loc[REPORTS[0], "flags"]
    assert d.loc[REPORTS[0], "overall_score"] == 91.89
    assert len(pd.read_parquet(out / "announced_scores")) == 40
    if CHECKER.exists():
        chk = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True, text=True)
        assert chk.returncode == 0, chk.stdout + chk.stderr
