"""Render a report's structured content (corpus/content/*.json) to a PDF with weasyprint.

HTML is built from ``templates/document.html`` + ``base.css`` + ``<family>.css`` with
Thai fonts bound by absolute file:// URLs; metadata dates and the PDF identifier are
fixed, so the same content gives the same bytes (and the same doc_id = sha256).
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from corpus.fonts import font_face_css
from corpus.layouts import expand

TEMPLATES = Path(__file__).with_name("templates")
CONTENT = Path(__file__).with_name("content")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def load_content(name_or_path: str | Path) -> dict:
    """Load a content JSON by name (``000_results_analysis_2568``) or path."""
    p = Path(name_or_path)
    if not p.suffix:
        p = CONTENT / f"{name_or_path}.json"
    return json.loads(p.read_text(encoding="utf-8"))


def thai_digits(s: str) -> str:
    """ASCII digits -> Thai digits (for printing numbers the Thai way)."""
    return s.translate(_THAI_DIGITS)


def variables(content: dict) -> dict[str, str]:
    """Placeholder values ({ORG}, {AY}, {OVERALL}, ...) for a content's text."""
    digits = content.get("digits", "arabic")
    conv = thai_digits if digits == "thai" else (lambda s: s)
    org = content["org"]
    v = {
        "ORG": org["printed_name"], "ORG_SHORT": org["short"], "ABBR": org.get("abbr", ""),
        "DISTRICT": org["district"], "PROVINCE": org["province"],
        "AY": conv(str(content["assessment_year"])), "PY": conv(str(content["plan_year"])),
        "AY2": conv(str(content["assessment_year"])[-2:]), "PY2": conv(str(content["plan_year"])[-2:]),
        "AYP": conv(str(content["assessment_year"] - 1)),
    }
    for k, val in (content.get("scores") or {}).items():
        if val is not None:
            v[k.upper()] = val
    v.update(content.get("vars", {}))
    return v


def substitute(obj, values: dict[str, str]):
    """Replace {NAME} placeholders in every string of a nested structure."""
    if isinstance(obj, str):
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), obj)
    if isinstance(obj, list):
        return [substitute(x, values) for x in obj]
    if isinstance(obj, dict):
        return {k: substitute(x, values) for k, x in obj.items()}
    return obj


def resolved(content: dict) -> dict:
    """The content with placeholders filled in (what is printed)."""
    c = copy.deepcopy(content)
    c["blocks"] = substitute(c["blocks"], variables(c))
    return c


def _inline(text: str) -> Markup:
    """Escape text but keep <u>/<b> markup used for Word-style underlines."""
    s = str(escape(text or ""))
    s = re.sub(r"&lt;(/?)(u|b)&gt;", r"<\1\2>", s)
    return Markup(s)


def _cell(text: str) -> Markup:
    lines = (text or "").split("\n")
    if len(lines) == 1:
        return _inline(lines[0])
    return Markup("".join(f"<p>{_inline(x)}</p>" for x in lines))


def build_html(content: dict) -> str:
    """The full HTML document of a content (placeholders filled, tables expanded)."""
    c = resolved(content)
    blocks, seq = [], 1
    for b in c["blocks"]:
        if b.get("type") == "table" and "kind" in b:
            nb, seq = expand(b, seq)
            blocks.append(nb)
        else:
            blocks.append(b)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)
    env.filters["inline"] = _inline
    env.filters["cell"] = _cell
    family_css = TEMPLATES / f"{c['family']}.css"
    css_extra = c.get("css", "")
    return env.get_template("document.html").render(
        title=c.get("title", c["name"]), family=c["family"], blocks=blocks,
        font_css=Markup(font_face_css(c.get("font", "Sarabun"))),
        base_css=Markup((TEMPLATES / "base.css").read_text(encoding="utf-8")),
        family_css=Markup((family_css.read_text(encoding="utf-8") if family_css.exists() else "") + css_extra),
    )


def _normalize_font_streams(document, pdf) -> None:
    """Re-serialize embedded TrueType subsets with fontTools so their bytes are reproducible.

    HarfBuzz's subsetter leaves run-dependent padding (seen as a varying
    ``head.checkSumAdjustment``); fontTools writes zero padding and, with
    ``recalcTimestamp=False``, keeps ``head.modified`` fixed.
    """
    import io

    from fontTools.ttLib import TTFont

    for obj in pdf.objects:
        extra = getattr(obj, "extra", None)
        if not isinstance(extra, dict) or "Length1" not in extra or len(obj.stream) != 1:
            continue
        font = TTFont(io.BytesIO(obj.stream[0]), recalcTimestamp=False)
        head = font["head"]  # decompiled: save() recomputes checkSumAdjustment
        head.checkSumAdjustment = 0
        head.modified = head.created
        out = io.BytesIO()
        font.save(out)
        obj.stream[0] = out.getvalue()
        extra["Length1"] = len(obj.stream[0])


def render_pdf(content: dict) -> tuple[bytes, dict[str, int]]:
    """Render content to PDF bytes; also return {anchor id: 1-based page} for cell markers."""
    from weasyprint import HTML

    doc = HTML(string=build_html(content), base_url=str(TEMPLATES)).render()
    pages: dict[str, int] = {}
    for i, page in enumerate(doc.pages, start=1):
        for anchor in page.anchors:
            pages.setdefault(anchor, i)
    ident = hashlib.sha256(content["name"].encode()).hexdigest()[:32].encode()
    pdf = doc.write_pdf(pdf_identifier=ident, finisher=_normalize_font_streams)
    return pdf, pages | {"__page_count__": len(doc.pages)}
