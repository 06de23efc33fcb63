"""OCR'd summary sheets: key/value lines and dotted-leader lists read as the fields they are.

Issue 15: on scanned summary sheets the key/value block (``IIT … | EIT … | OIT …``) and the
dotted-leader question list (``i12 ………… 78.45``) were lost: the leader dots, hundreds of tiny
components, made the page's typical glyph height a dot's, so Thai marks became lines of their
own and Tesseract read the dots as letters (``cecccsss``, ``UCL``); ``IIT`` before a score was
re-read as digits (``๕๕๑๘๕.๑๒``).
"""
from __future__ import annotations

from corpus.scan import ScanParams, scan_pdf
from extractors.ocr import ocr_page
from normalizers.records.keyvalue import read_keyvalues
from normalizers.tables.lines import leader_questions
from ocr_samples import _page

LINES = ["หน่วยงาน : องค์การบริหารส่วนตำบลหินโคน", "อ.เมือง จ.ลำพูน",
         "IIT ๘๕.๑๒ | EIT ๙๐.๐๐ | OIT ๗๗.๕๐",
         "คะแนนรวม ........................ ๘๔.๒๑",
         "i๑ การปฏิบัติงานของเจ้าหน้าที่ ………………………… ๗๘.๔๕",
         "i๑๒ ………………………………………… ๙๒.๓๖",
         "e๓ เจ้าหน้าที่ให้บริการ .................................. ๖๖.๖๗",
         "o๒๘ ………………………… 100",
         "i7 ……………………………… 88.50"]


def test_dotted_leaders_and_tool_scores_survive_ocr(tmp_path):
    from weasyprint import HTML

    HTML(string=_page("".join(f"<p>{ln}</p>" for ln in LINES), "Sarabun-Regular")).write_pdf(str(tmp_path / "b.pdf"))
    scan = scan_pdf(tmp_path / "b.pdf", tmp_path / "s.pdf",
                    ScanParams(dpi=300, rotation=-1.2, blur=0.3, noise=10, jpeg_quality=75), seed=3)
    page, _ = ocr_page(scan, 1, dpi=300)
    kv = read_keyvalues([(1, page.text)], 2568)
    assert {k: v[0] for k, v in kv.tools.items()} == {"IIT": 85.12, "EIT": 90.0, "OIT": 77.5}, page.text
    assert kv.overall is not None and kv.overall[0] == 84.21, page.text
    rows = leader_questions([(1, page.text)], 2566, frozenset({1}))
    got = {r["raw_code"]: r["score"] for r in rows}  # as printed (the catalog may re-code by text)
    assert got == {"i1": 78.45, "i12": 92.36, "e3": 66.67, "o28": 100.0, "i7": 88.5}, page.text
    # the sheet is not lost to the leaders: its Thai text stays whole
    assert all("value_from_ocr_text" in r["flags"] for r in rows)
    assert "จ.ลำพูน" in page.text and "องค์การบริหารส่วนตำบลหินโคน" in page.text, page.text
