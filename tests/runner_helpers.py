"""Test helpers for the datastore/runner/CLI tests: real PDFs (weasyprint) and small stage functions.

``mini_extract`` and ``mini_normalize`` are deliberately tiny stand-ins used to test the
runner's plumbing (isolation, ledger, re-runs, writing) independently of the real extractor
and normalizer: they read real PDFs with pdfplumber and turn lines ``Q <code> <score>`` and
``M <seq> <text>`` into rows, so a test can state its expected rows by hand.
``slow_extract`` sleeps (timeout tests); ``hog_extract`` allocates without bound (memory cap).
The extractor functions are passed to the runner as ``"<this file>:<function>"`` specs.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))  # this file is also loaded by path (extract child)
from shared_dir import SHARED  # noqa: E402,F401 - $ITA_SHARED_DIR or ../shared

CHECK_CONTRACT = ROOT / "scripts" / "check_contract.py"  # the contract checked in code (ita check)


def spec(func: str) -> str:
    """The runner's extractor spec of a function in this file."""
    return f"{HERE}:{func}"


def sarabun_css() -> str:
    import fontpkg_sarabun
    font = fontpkg_sarabun.ROOT / "files" / "Sarabun-Regular.ttf"
    return (f"@font-face {{ font-family: Sarabun; src: url('{font.as_uri()}'); }}"
            "body { font-family: Sarabun; font-size: 14pt; }")


def render_pdf(path: Path, lines_per_page: list[list[str]]) -> Path:
    """Render pages of text lines to a real PDF with weasyprint (Thai font embedded)."""
    import html
    from weasyprint import HTML
    pages = "".join(
        "<div style='page-break-after: always'>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</div>"
        for lines in lines_per_page)
    HTML(string=f"<html><head><style>{sarabun_css()}</style></head><body>{pages}</body></html>").write_pdf(path)
    return path


def mini_extract(pdf_path, doc_id):
    """Extraction of a PDF's text layer (pdfplumber), no tables."""
    import pdfplumber
    from extractors.model import Extraction, PageText
    with pdfplumber.open(pdf_path) as pdf:
        pages = [PageText(page=i + 1, method="text", text=p.extract_text() or "",
                          width=float(p.width), height=float(p.height)) for i, p in enumerate(pdf.pages)]
    return Extraction(doc_id=doc_id, file_name=Path(pdf_path).name, page_count=len(pages), pages=pages)


def slow_extract(pdf_path, doc_id):
    time.sleep(60)


def hog_extract(pdf_path, doc_id):
    blocks = []
    while True:
        blocks.append(bytearray(256 * 1024 * 1024))


def crash_extract(pdf_path, doc_id):
    raise RuntimeError("extractor bug")


_Q = re.compile(r"^Q\s+([ieo]\d+)\s+([\d.]+)$")
_M = re.compile(r"^M\s+(\d+)\s+(.+)$")


def mini_normalize(extraction):
    """Records from lines ``Q <code> <score>`` / ``M <seq> <text>``; ``NOT ITA`` → status not_ita."""
    from normalizers.model import Records
    qs, ms, not_ita = [], [], False
    for p in extraction.pages:
        for line in p.text.splitlines():
            line = line.strip()
            if line == "NOT ITA":
                not_ita = True
            if m := _Q.match(line):
                code = m.group(1)
                qs.append({"assessment_year": 2568, "question_code": code, "raw_code": code,
                           "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]], "indicator_no": None,
                           "question_text": f"question {code}", "score": float(m.group(2)), "page": p.page,
                           "confidence": 1.0, "flags": []})
            if m := _M.match(line):
                ms.append({"plan_year": 2569, "seq": int(m.group(1)), "measure": m.group(2),
                           "question_codes": [], "steps": [], "responsible": [],
                           "page_first": p.page, "page_last": p.page, "confidence": 1.0, "flags": []})
    doc = {"org_name": None, "page_count": extraction.page_count, "ocr_pages": extraction.ocr_pages,
           "status": "not_ita" if not_ita else "ok", "error": "not an ITA report" if not_ita else None,
           "flags": []}
    return Records(doc_id=extraction.doc_id, document=doc, question_scores=qs, planned_measures=ms)


def broken_normalize(extraction):
    raise ValueError("normalizer bug")
