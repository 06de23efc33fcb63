"""A scanned results table ruled with horizontal lines only whose tool scores sit in cells
spanning indicators 1-5, 6-8 and 9-10 (issue 15; scanned fresh15s 12601, 12605, 12608 at 200 dpi).

The rule under every indicator row stops where the tool column begins; only the rules under a
span cross it. Read as two stacks of rules, the short ones and the full ones made two
overlapping tables: indicators 5/6 and 8/9 ran together (one score for two names, 8 read as
``11.1``), and all three tool scores were lost. And the tool cell ``IIT`` over its score is read
by Tesseract as ``แห ๙๐.๒๑`` (``EIT`` as ``e1``): the score is kept, its tool taken from the rows
the cell spans, flagged ``tool_name_unread``.
"""
from __future__ import annotations

import hashlib

import pytest

from corpus.scan import ScanParams, scan_pdf
from normalizers.fields.indicators import INDICATORS
from ocr_samples import TH, _page

SCORES = {1: "98.75", 2: "97.20", 3: "68.53", 4: "89.30", 5: "97.29", 6: "84.21", 7: "94.67", 8: "63.75",
          9: "82.56", 10: "66.58"}
TOOLS = {1: ("IIT", "90.21", 5), 6: ("EIT", "80.88", 3), 9: ("OIT", "74.57", 2)}
TITLE = ("<p style='text-align:center'><b>รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
         "ของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗<br>องค์การบริหารส่วนตำบลท่าช้าง</b></p>"
         "<p>องค์การบริหารส่วนตำบลท่าช้าง อำเภอเมืองจันทบุรี จังหวัดจันทบุรี ได้คะแนน ๘๑.๑๖ คะแนน</p>"
         "<p><b>ผลคะแนนรายตัวชี้วัด</b></p>")


def _table() -> str:
    css = ("<style>td, th { border: none; border-bottom: 1px solid #000; padding: 4px 6px; } "
           "td.t { text-align: center; vertical-align: top; }</style>")
    rows = ["<tr><th>ตัวชี้วัดที่</th><th>คะแนน (ร้อยละ)</th><th>คะแนนรายเครื่องมือ</th></tr>"]
    for n, name in INDICATORS.items():
        tool = ""
        if n in TOOLS:
            t, v, span = TOOLS[n]
            tool = f"<td class=t rowspan={span}>{t}<br>{v.translate(TH)}</td>"
        rows.append(f"<tr><td>{str(n).translate(TH)}. {name}</td><td class=t>{SCORES[n].translate(TH)}</td>{tool}</tr>")
    return css + TITLE + "<table>" + "".join(rows) + "</table>"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    from weasyprint import HTML
    from extractors.document import extract_document
    from normalizers.document import normalize

    d = tmp_path_factory.mktemp("toolspan")
    HTML(string=_page(_table(), "Sarabun-Regular")).write_pdf(str(d / "born.pdf"))
    scan = scan_pdf(d / "born.pdf", d / "scan.pdf", ScanParams(dpi=200, rotation=0.4, blur=0.5, noise=6, jpeg_quality=70))
    ex = extract_document(scan, hashlib.sha256(scan.read_bytes()).hexdigest())
    return ex, normalize(ex)


def test_scan_tool_span_rules_one_table_of_ten_indicator_rows(scanned):
    ex, _ = scanned
    tables = [t for t in ex.tables if any("ตัวชี้วัด" in (c or "") for c in t.rows[0])]
    assert len(tables) == 1, [t.rows for t in ex.tables]
    t = tables[0]
    assert len(t.rows) == 11 and all(len(r) == 3 for r in t.rows), t.rows
    # the tool cells span their indicators: filled on the span's first row, covered below
    filled = [k for k, r in enumerate(t.rows[1:], 1) if r[2]]
    assert filled == [1, 6, 9], [r[2] for r in t.rows]


def test_scan_tool_span_rules_indicator_and_tool_scores(scanned):
    _, rec = scanned
    got = {i["indicator_no"]: i for i in rec.indicator_scores if i["source"] == "results_table"}
    for n, want in SCORES.items():
        assert n in got, (n, sorted(got))
        assert got[n]["score"] == float(want) or got[n]["flags"], (n, got[n])
    assert sum(got[n]["score"] == float(v) for n, v in SCORES.items()) >= 9
    doc = rec.document
    for tool, value, _ in TOOLS.values():
        v = doc[tool.lower() + "_score"]
        assert v == float(value), (tool, v, doc["flags"])
        if any(f.startswith(tool.lower() + "_score:tool_name_unread:") for f in doc["flags"]):
            # its name not read: its tool is the one of the rows its cell spans, and says so
            assert f"{tool.lower()}_score:tool_from_spanned_rows" in doc["flags"], doc["flags"]
