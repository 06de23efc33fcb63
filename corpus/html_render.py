"""HTML/weasyprint renderer of drawn reports (corpus/draw.py document models).

Tables are real HTML tables (colspan/rowspan), rules by class (grid, none, horizontal, zebra),
header rows in ``<thead>`` (repeated on each page) or in the body (not repeated), landscape
parts on named pages. Every measure cell carries start/end anchors, so the page span of each
expected measure row is read off the layout, not guessed.
"""
from __future__ import annotations

import hashlib

from markupsafe import escape

from corpus.fonts import font_face_css
from corpus.render import _normalize_font_streams

CSS = """
@page { size: A4 portrait; margin: 18mm 16mm 18mm 20mm; }
@page wide { size: A4 landscape; margin: 14mm 12mm 14mm 12mm; }
body { font-family: "CorpusThai"; font-size: 13pt; line-height: 1.35; }
.land { page: wide; }
p { margin: 0 0 3pt 0; }
.para { text-indent: 12mm; }
.title { text-align: center; font-weight: bold; margin: 4pt 0 8pt 0; }
.title.left { text-align: left; font-weight: normal; }
h2 { font-size: 13.5pt; font-weight: bold; margin: 8pt 0 4pt 0; }
.pagebreak { page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 12pt; }
table.measures { font-size: 11.5pt; }
thead { display: table-header-group; }
th, td { padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
th, tr.head td { font-weight: bold; text-align: center; vertical-align: middle; }
td.num { text-align: center; }
tr.indrow td { font-weight: bold; }
td p, th p { margin: 0; text-indent: 0; }
table.grid th, table.grid td { border: 0.6pt solid #000; }
table.horizontal th, table.horizontal td { border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }
table.zebra th, table.zebra tr.head td { background: #c8c8c8; }
table.zebra tbody tr:nth-child(even) td { background: #e8e8e8; }
"""


def _text(s: str) -> str:
    lines = (s or "").split("\n")
    if len(lines) == 1:
        return str(escape(lines[0]))
    return "".join(f"<p>{escape(x)}</p>" for x in lines)


def _attrs(c: dict) -> str:
    out = ""
    for k in ("colspan", "rowspan"):
        if c.get(k):
            out += f' {k}="{c[k]}"'
    if c.get("cls"):
        out += f' class="{c["cls"]}"'
    return out


def _table(b: dict) -> str:
    cls = f"{b.get('rules', 'grid')} {b.get('cls', '')}".strip()
    h = [f'<table class="{cls}">']
    if b.get("widths"):
        h.append("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in b["widths"]) + "</colgroup>")
    head = b.get("head") or []
    if head and b.get("repeat_head", True):
        h.append("<thead>" + "".join("<tr>" + "".join(f"<th{_attrs(c)}>{_text(c['text'])}</th>" for c in r) + "</tr>"
                                     for r in head) + "</thead>")
        head_rows = ""
    else:
        head_rows = "".join('<tr class="head">' + "".join(f"<td{_attrs(c)}>{_text(c['text'])}</td>" for c in r)
                            + "</tr>" for r in head)
    h.append("<tbody>" + head_rows)
    for r in b["rows"]:
        cells = []
        for c in r["cells"]:
            body = _text(c["text"])
            if c.get("id"):
                body = f'<span id="{c["id"]}s"></span>{body}<span id="{c["id"]}e"></span>'
            cells.append(f"<td{_attrs(c)}>{body}</td>")
        h.append(f'<tr class="{r.get("cls", "")}">' + "".join(cells) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def _block(b: dict) -> str:
    t = b["type"]
    if t == "pagebreak":
        return '<div class="pagebreak"></div>'
    if t == "title":
        return f'<div class="title{" left" if b.get("left") else ""}">' + "".join(
            f"<p>{escape(x)}</p>" for x in b["lines"]) + "</div>"
    if t == "h":
        return f"<h2>{escape(b['text'])}</h2>"
    if t == "p":
        return f'<p class="para">{escape(b["text"])}</p>'
    if t == "table":
        return _table(b)
    raise ValueError(f"unknown block {t!r}")


def build_html(model: dict) -> str:
    parts, cur, buf = [], None, []
    for b in model["blocks"]:
        o = b.get("orient", "portrait")
        if o != cur and buf:
            parts.append(f'<div class="{"land" if cur == "landscape" else "port"}">' + "".join(buf) + "</div>")
            buf = []
            if b["type"] == "pagebreak":  # the orientation change breaks the page already
                cur = o
                continue
        cur = o
        buf.append(_block(b))
    if buf:
        parts.append(f'<div class="{"land" if cur == "landscape" else "port"}">' + "".join(buf) + "</div>")
    return ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>' + model["name"] + "</title>"
            '<meta name="dcterms.created" content="2026-01-01T00:00:00Z">'
            '<meta name="dcterms.modified" content="2026-01-01T00:00:00Z">'
            f"<style>{font_face_css(model['font'])}{CSS}</style></head><body>" + "".join(parts) + "</body></html>")


def render_html_pdf(model: dict) -> tuple[bytes, dict]:
    """PDF bytes and {cell id: (first page, last page)} + ``__page_count__``."""
    from weasyprint import HTML

    doc = HTML(string=build_html(model)).render()
    first: dict[str, int] = {}
    for i, page in enumerate(doc.pages, start=1):
        for anchor in page.anchors:
            first.setdefault(anchor, i)
    pages = {}
    for a, p in first.items():
        if a.endswith("s") and a[:-1] + "e" in first:
            pages[a[:-1]] = (p, first[a[:-1] + "e"])
    ident = hashlib.sha256(model["name"].encode()).hexdigest()[:32].encode()
    pdf = doc.write_pdf(pdf_identifier=ident, finisher=_normalize_font_streams)
    return pdf, pages | {"__page_count__": len(doc.pages)}
