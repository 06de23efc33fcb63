"""extract_document end to end on rendered and real PDFs; the `ita tables` report."""
from __future__ import annotations

import pytest

from extract_pdfgen import HEADER, realdoc, render, split_table_body, table_html
from extractors.document import extract_document
from extractors.inspect import parse_pages, table_report
from extractors.model import Extraction


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    body, _ = split_table_body()
    small = table_html([["ตัวชี้วัดที่ 8 การปรับปรุงระบบ", "80.14"]], ["ตัวชี้วัด", "คะแนน"])
    return render(small + body, tmp_path_factory.mktemp("doc") / "report.pdf")


def test_extraction_shape(report_pdf):
    ex = extract_document(report_pdf, "abc123")
    assert (ex.doc_id, ex.file_name, ex.page_count) == ("abc123", "report.pdf", 2)
    assert [p.page for p in ex.pages] == [1, 2] and {p.method for p in ex.pages} == {"text"}
    assert [(t.page, t.index) for t in ex.tables] == [(1, 0), (1, 1), (2, 0)]
    assert ex.tables[0].rows[1] == ["ตัวชี้วัดที่ 8 การปรับปรุงระบบ", "80.14"]
    assert ex.tables[1].rows[0] == HEADER
    assert ex.pages[0].width == pytest.approx(595.28, abs=0.1) and ex.errors == []


def test_extraction_json_round_trip(report_pdf, tmp_path):
    ex = extract_document(report_pdf, "abc123")
    ex.save(tmp_path / "extract.json")
    back = Extraction.load(tmp_path / "extract.json")
    assert back == ex


def test_bad_ocr_mode(report_pdf):
    with pytest.raises(ValueError, match="ocr must be one of"):
        extract_document(report_pdf, "x", ocr="yes")


def test_parse_pages():
    assert parse_pages("2-4,7") == [2, 3, 4, 7]
    assert parse_pages("3") == [3]
    assert parse_pages(" 5 - 6 , 1,1") == [1, 5, 6]
    for bad in ["", "a-b", "4-2", "0", "๒-๓", "1-"]:
        with pytest.raises(ValueError):
            parse_pages(bad)


def test_table_report_selected_pages(report_pdf):
    rep = table_report(report_pdf, [2, 9])
    assert len(rep) == 1
    (t,) = rep
    assert (t["page"], t["index"], t["method"], t["n_cols"]) == (2, 0, "text", 5)
    assert t["rows"][0] == HEADER and len(t["bbox"]) == 4
    assert len(table_report(report_pdf, None)) == 3


def test_table_report_real_pdf():
    rep = table_report(realdoc("sompawn__nysso/EB1/1.2.pdf"), parse_pages("4-5"))
    assert [(t["page"], t["n_rows"], t["n_cols"]) for t in rep] == [(4, 7, 3), (5, 3, 3), (5, 4, 5)]
