"""Word renderer of drawn reports: python-docx ``.docx`` -> PDF with LibreOffice headless.

Real reports are Word documents exported to PDF; this renderer draws the same document model
as the HTML one (corpus/draw.py) with real Word tables: cells merged horizontally and
vertically (``cell.merge``), header rows marked ``w:tblHeader`` (repeated by Word/LibreOffice
on each page) or not, rows allowed to break across pages, table borders set per rule style
(grid, none, horizontal only, zebra shading with ``w:shd``), landscape sections. Thai text is
set in the complex-script font slot (``w:rFonts w:cs``, ``w:szCs``), as Word does.

LibreOffice runs as ``soffice --headless --convert-to pdf`` with a private
``-env:UserInstallation`` profile per process (kept between its calls, one call at a time), so
parallel runs do not clash; several files are
converted in one call (LibreOffice starts once). The fonts must be visible to fontconfig
(corpus.fonts.ensure_fontconfig). LibreOffice stamps its PDFs with the time, so a re-render
gives other bytes (another doc_id) with the same content; expected files are keyed by file name.
"""
from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from corpus.fonts import ensure_fontconfig

A4 = (Mm(210), Mm(297))


def _font(run_or_style, name: str, size: float | None = None, bold: bool | None = None) -> None:
    f = run_or_style.font
    f.name = name
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
        f.cs_bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(k), name)
    if size:
        sz = rpr.find(qn("w:szCs"))
        if sz is None:
            sz = OxmlElement("w:szCs")
            rpr.append(sz)
        sz.set(qn("w:val"), str(int(size * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:bidi"), "th-TH")


def _orient(section, landscape: bool) -> None:
    w, h = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    m = Mm(14) if landscape else Mm(18)
    section.top_margin = section.bottom_margin = m
    section.left_margin = section.right_margin = Mm(12) if landscape else Mm(18)


def _para(container, text: str, font: str, size: float, bold=False, align=None, indent=False):
    p = container.add_paragraph()
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Mm(12)
    _font(p.add_run(text), font, size, bold)
    return p


def _borders(table, rules: str) -> None:
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    on = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
          "horizontal": ("top", "bottom", "insideH")}.get(rules, ())
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        if edge in on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _grid(table, widths_mm: list[float]) -> None:
    """Fixed table width and column grid (LibreOffice lays tables out by w:tblGrid)."""
    tw = [int(w / 25.4 * 1440) for w in widths_mm]  # twips
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:w"), str(sum(tw)))
    tblW.set(qn("w:type"), "dxa")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))


def _header_row(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def _layout(rows: list[list[dict]]) -> tuple[list[list[tuple[int, int, dict]]], int]:
    """Grid positions (row, col, cell) of rows of cells with colspan/rowspan; and the width."""
    occupied: set[tuple[int, int]] = set()
    placed = []
    width = 0
    for r, cells in enumerate(rows):
        c = 0
        out = []
        for cell in cells:
            while (r, c) in occupied:
                c += 1
            cs, rs = cell.get("colspan") or 1, cell.get("rowspan") or 1
            for dr in range(rs):
                for dc in range(cs):
                    occupied.add((r + dr, c + dc))
            out.append((r, c, cell))
            c += cs
            width = max(width, c)
        placed.append(out)
    return placed, width


def _table(doc, b: dict, font: str, usable_mm: float) -> None:
    head = b.get("head") or []
    all_rows = head + [r["cells"] for r in b["rows"]]
    placed, ncols = _layout(all_rows)
    size = 11 if b.get("cls") == "measures" else 12
    t = doc.add_table(rows=len(all_rows), cols=ncols)
    t.autofit = False
    widths = b.get("widths") if b.get("widths") and len(b["widths"]) == ncols else [100 / ncols] * ncols
    for i, col in enumerate(t.columns):
        col.width = Mm(usable_mm * widths[i] / 100)
        for cell in col.cells:
            cell.width = Mm(usable_mm * widths[i] / 100)
    _borders(t, b.get("rules", "grid"))
    _grid(t, [usable_mm * w / 100 for w in widths])
    nhead = len(head)
    for ri in range(nhead):
        if b.get("repeat_head", True):
            _header_row(t.rows[ri])
    for row in placed:
        for r, c, cell in row:
            cs, rs = cell.get("colspan") or 1, cell.get("rowspan") or 1
            tc = t.cell(r, c)
            if cs > 1 or rs > 1:
                tc = tc.merge(t.cell(r + rs - 1, c + cs - 1))
            lines = (cell.get("text") or "").split("\n")
            bold = r < nhead or b["rows"][r - nhead].get("cls") == "indrow"
            align = WD_ALIGN_PARAGRAPH.CENTER if (r < nhead or cell.get("cls") == "num") else None
            first = tc.paragraphs[0]
            for k, line in enumerate(lines):
                p = first if k == 0 else tc.add_paragraph()
                if align is not None:
                    p.alignment = align
                p.paragraph_format.space_after = Pt(0)
                _font(p.add_run(line), font, size, bold)
            if b.get("rules") == "zebra":
                if r < nhead:
                    _shade(tc, "C8C8C8")
                elif (r - nhead) % 2 == 1:
                    _shade(tc, "E8E8E8")
    doc.add_paragraph()


def build_docx(model: dict, path: str | Path) -> Path:
    """Write the model as a .docx file."""
    font = model["font"]
    doc = Document()
    _font(doc.styles["Normal"], font, 14)
    sec = doc.sections[0]
    cur = model["blocks"][0].get("orient", "portrait") if model["blocks"] else "portrait"
    _orient(sec, cur == "landscape")
    pending_break = False
    for b in model["blocks"]:
        o = b.get("orient", "portrait")
        if o != cur:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            _orient(sec, o == "landscape")
            cur, pending_break = o, False
            if b["type"] == "pagebreak":  # the section break is the page break
                continue
        if b["type"] == "pagebreak":
            pending_break = True
            continue
        if pending_break:
            doc.add_page_break()
            pending_break = False
        usable = (297 - 24) if cur == "landscape" else (210 - 36)
        if b["type"] == "title":
            for line in b["lines"]:
                _para(doc, line, font, 14, bold=not b.get("left"),
                      align=None if b.get("left") else WD_ALIGN_PARAGRAPH.CENTER)
        elif b["type"] == "h":
            _para(doc, b["text"], font, 14, bold=True)
        elif b["type"] == "p":
            _para(doc, b["text"], font, 14, indent=True)
        elif b["type"] == "table":
            _table(doc, b, font, usable)
    doc.core_properties.author = "ita-corpus"
    path = Path(path)
    doc.save(str(path))
    return path


_PROFILES: dict[int, str] = {}  # process id -> its LibreOffice profile directory, kept between calls
_PROFILE_LOCK = threading.Lock()


def _profile() -> str:
    """This process's LibreOffice profile directory: made at its first conversion and kept (a
    fresh profile costs LibreOffice ~0.6 s of CPU more at every start, measured 2.1 -> 1.5 s);
    one per process (a forked worker makes its own), removed when the process exits."""
    pid = os.getpid()
    if pid not in _PROFILES:
        _PROFILES[pid] = tempfile.mkdtemp(prefix="ita-lo-")
        atexit.register(shutil.rmtree, _PROFILES[pid], ignore_errors=True)
    return _PROFILES[pid]


def soffice_to_pdf(docx_files: list[Path], out_dir: Path, timeout: int = 600) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice run with this process's private profile
    (one run at a time per profile; after a failed run the profile is dropped, not reused)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")
    ensure_fontconfig()
    out_dir.mkdir(parents=True, exist_ok=True)
    with _PROFILE_LOCK:
        prof = _profile()
        cmd = [exe, f"-env:UserInstallation=file://{prof}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(out_dir), *[str(p) for p in docx_files]]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except BaseException:
            _PROFILES.pop(os.getpid(), None)
            raise
        pdfs = [out_dir / (p.stem + ".pdf") for p in docx_files]
        missing = [p for p in pdfs if not p.exists()]
        if missing or r.returncode != 0:
            _PROFILES.pop(os.getpid(), None)
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}: {r.stderr[-500:]}")
    return pdfs


_SKEL = re.compile("[ก-ฮ0-9๐-๙A-Za-z]")


def _skeleton(s: str) -> str:
    """Thai consonants, digits and Latin letters: what survives any text layer."""
    return "".join(_SKEL.findall(s or "")).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def pages_by_text(pdf_path: Path, model: dict) -> dict:
    """{cell id: (first page, last page)} of the measure cells, found by their text in the PDF's
    text layer (LibreOffice PDFs have no anchors); rows are searched in document order."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        pages = [_skeleton(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()
    out: dict = {"__page_count__": len(pages)}
    cursor = 0
    for b in model["blocks"]:
        if b["type"] in ("title", "h"):  # headings move the cursor to their page
            sk = _skeleton(" ".join(b.get("lines") or [b.get("text", "")]))[:30]
            at = next((i for i in range(cursor, len(pages)) if sk and sk in pages[i]), None)
            cursor = cursor if at is None else at
        if b["type"] != "table":
            continue
        for row in b["rows"]:
            firsts = []
            for c in row["cells"]:
                if not c.get("id"):
                    continue
                sk = _skeleton(c["text"])
                if len(sk) < 2:
                    continue
                head, tail = sk[:10], sk[-10:]
                f = next((i for i in range(cursor, len(pages)) if head in pages[i]), None)
                if f is None:
                    continue
                last = next((i for i in range(f, len(pages)) if tail in pages[i]), f)
                out[c["id"]] = (f + 1, last + 1)
                firsts.append(f)
            if firsts:
                cursor = min(firsts)
    return out


def render_docx_pdfs(models: list[dict], out_dir: Path, keep_docx: bool = True) -> list[tuple[Path, dict]]:
    """Render models to ``out_dir/<name>.pdf`` (docx beside them when keep_docx); returns
    (pdf path, pages) per model."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    docx_dir = out_dir / "docx" if keep_docx else Path(tempfile.mkdtemp(prefix="ita-docx-"))
    docx_dir.mkdir(parents=True, exist_ok=True)
    files = [build_docx(m, docx_dir / f"{m['name']}.docx") for m in models]
    pdfs = soffice_to_pdf(files, out_dir)
    if not keep_docx:
        shutil.rmtree(docx_dir, ignore_errors=True)
    return [(p, pages_by_text(p, m)) for p, m in zip(pdfs, models)]
