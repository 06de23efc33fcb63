"""Rows of OCR'd score tables that came out merged or not at all (issue 15, dev seeds 2 and 6
scanned at 200 dpi): a zebra table whose unshaded stretch between two bands held a question,
an indicator heading and the next question (one cell of three rows' text, one score kept),
and a table ruled with horizontal lines only, which gave no grid and whose rules were read
as digits (``11111111๑11111๑119``) in the page text."""
from __future__ import annotations

import pytest

from corpus.scan import ScanParams, scan_pdf
from extractors.ocr import ocr_page
from ocr_samples import QUESTIONS, TH, _page

CODES = ["i" + str(k).translate(TH) for k in range(1, 9)]
SCORES = ["๘๗.๕๐", "92.36", "๗๘.๔5", "๑00.00", "6๖.๖๗", "๙4.๔5", "๗๑.๒๓", "8๕.๐๙"]
HEADING = "ตัวชี้วัดที่ ๒ การใช้งบประมาณ"


def _rows(shade: set[int]) -> str:
    out = []
    for k, (c, s) in enumerate(zip(CODES, SCORES)):
        if k == 3:
            out.append(f"<tr><td colspan=2><b>{HEADING}</b></td></tr>")
        cls = " class=s" if k in shade else ""
        q = QUESTIONS[k % len(QUESTIONS)] + (" มากน้อยเพียงใด" * (k % 2))
        out.append(f"<tr{cls}><td style='width:80%'>{c} {q}</td><td class=n>{s}</td></tr>")
    return "".join(out)


def _scan(tmp, body: str, dpi: int):
    from weasyprint import HTML

    HTML(string=_page(body, "Sarabun-Regular")).write_pdf(str(tmp / "t.pdf"))
    scan = scan_pdf(tmp / "t.pdf", tmp / "s.pdf", ScanParams(dpi=dpi, rotation=0.5, blur=0.5, noise=6, jpeg_quality=70))
    return ocr_page(scan, 1, dpi=dpi)


def _scores(tables) -> dict[str, tuple[str, float]]:
    out = {}
    for t in tables:
        for r, cf in zip(t.rows, t.cell_conf):
            words = (r[0] or "").split()
            if words and words[0] in CODES:
                out[words[0]] = (r[-1], cf[-1])
    return out


def _check(got: dict[str, tuple[str, float]]) -> None:
    for c, s in zip(CODES, SCORES):
        value, conf = got.get(c, ("", 0.0))
        assert value == s or conf < 0.9, (c, value, conf)  # never a wrong value unflagged
    assert sum(got.get(c, ("",))[0] == s for c, s in zip(CODES, SCORES)) >= 6, got


def test_zebra_heading_between_two_unshaded_questions_is_a_row_of_its_own(tmp_path):
    css = ("<style>td { border: none; padding: 6px 5px; vertical-align: top; } "
           "tr.s td { background: #e6e6e6; }</style>")
    # shaded: i1, i3 | unshaded i2 (one row), then i3 shaded, i4 heading i5 unshaded ... i6 shaded
    _, tables = _scan(tmp_path, css + "<table>" + _rows({0, 2, 5, 7}) + "</table>", 200)
    _check(_scores(tables))
    heading_rows = [r for t in tables for r in t.rows if "ตัวชี้วัด" in (r[0] or "")]
    assert heading_rows and all(not any(ch.isdigit() for ch in r[-1] or "") for r in heading_rows), heading_rows


def test_table_ruled_with_horizontal_lines_only_gets_its_rows(tmp_path):
    css = "<style>td { border: none; border-bottom: 1px solid #000; padding: 3px 5px; }</style>"
    page, tables = _scan(tmp_path, css + "<table>" + _rows(set()) + "</table>", 200)
    _check(_scores(tables))
    assert "1111" not in page.text  # no rule read as digits
