"""Question scores lost between the rows read make the document ``partial`` (issue 15: scans
lost question rows silently — fresh13s 9209's i4–i7 in a table read as none, 9204's i8 cut at a
page break and i12 merged with the heading under it — and the document still said ``ok``)."""
import hashlib

import pytest

from extractors.document import extract_document
from normalizers.document import normalize
from normalizers.fields.codes import load_catalog

HEAD = ["รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
        "องค์การบริหารส่วนตำบลนาทราย อำเภอเมือง จังหวัดลำพูน", "ผลคะแนนรายข้อคำถาม (IIT)"]


def _score(n: int) -> float:
    return round(60 + n * 1.5, 2)


def _read(make_pdf, tmp_path, printed):
    cat = load_catalog(2568)
    lines = HEAD + [f"i{n} {cat[f'i{n}'][:60]} {_score(n):.2f}" for n in printed]
    pdf = make_pdf(tmp_path / f"q{len(printed)}.pdf", [lines])
    return normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest()))


@pytest.mark.parametrize("printed, status, missing", [
    (range(1, 16), "ok", []),                                        # every question: complete
    ([n for n in range(1, 16) if n not in (8, 12, 13)], "partial",   # a run with holes: lost rows
     ["questions_missing:i12-i13@p1", "questions_missing:i8@p1"]),
    ([2, 5, 9, 12, 14], "ok", []),                                   # only the weak ones: a sparse run
    (range(1, 15), "partial", ["questions_missing:i15@p1"]),       # the last row lost (mirror 14001's o43)
])
def test_question_rows_lost_between_found_codes_make_the_document_partial(make_pdf, tmp_path, printed, status,
                                                                          missing):
    r = _read(make_pdf, tmp_path, list(printed))
    assert {q["question_code"]: q["score"] for q in r.question_scores} == {f"i{n}": _score(n) for n in printed}
    assert r.document["status"] == status
    assert sorted(f for f in r.document["flags"] if f.startswith("questions_missing")) == missing
    for f in missing:  # the status error names them too
        assert f.split(":")[1].replace("@", " on ") in r.document["error"]


def _results_table_doc(tmp_path, printed) -> "object":
    from weasyprint import HTML

    from normalizers.fields.indicators import INDICATORS
    rows = "".join(f"<tr><td>{n}</td><td>{INDICATORS[n]}</td><td>{70 + n:.2f}</td></tr>" for n in printed)
    html = ("<html><head><style>td, th { border: 1px solid black; padding: 4px } table { border-collapse: collapse }"
            "</style></head><body>" + "".join(f"<p>{h}</p>" for h in HEAD[:2]) + "<p>ผลการประเมินรายตัวชี้วัด</p>"
            f"<table><tr><th>ลำดับ</th><th>ตัวชี้วัด</th><th>คะแนน</th></tr>{rows}</table></body></html>")
    pdf = tmp_path / f"r{len(printed)}.pdf"
    pdf.write_bytes(HTML(string=html).write_pdf())
    return normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest()))


def test_results_table_rows_lost_make_the_document_partial(tmp_path):
    # fresh14s 10504 / 10506: a scanned results table read without indicators 1 and 3 / 8-10,
    # the document said ok. A results table prints all ten indicators.
    whole = _results_table_doc(tmp_path, range(1, 11))
    assert whole.document["status"] == "ok"
    assert {i["indicator_no"]: i["score"] for i in whole.indicator_scores} == {n: 70.0 + n for n in range(1, 11)}
    cut = _results_table_doc(tmp_path, [n for n in range(1, 11) if n not in (3, 10)])
    assert cut.document["status"] == "partial"
    assert "indicators_missing:results_table:3,10@p1" in cut.document["flags"]
    assert "results_table 3,10 on p1" in cut.document["error"]
