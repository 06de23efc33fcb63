"""Render content files to PDFs and write their expected rows beside them (or elsewhere)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from corpus.expected import build_expected
from corpus.render import CONTENT, load_content, render_pdf


def build_one(content: dict | str | Path, pdf_dir: str | Path, expected_dir: str | Path | None = None) -> dict:
    """Render one content to ``pdf_dir/<name>.pdf`` and write ``<name>.expected.json``.

    The expected file goes to ``expected_dir`` (default: beside the PDF). Returns a summary.
    """
    c = content if isinstance(content, dict) else load_content(content)
    pdf, pages = render_pdf(c)
    pdf_dir = Path(pdf_dir)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = pdf_dir / f"{c['name']}.pdf"
    pdf_path.write_bytes(pdf)
    exp = build_expected(c, pages, file_name=pdf_path.name)
    exp_dir = Path(expected_dir) if expected_dir else pdf_dir
    exp_dir.mkdir(parents=True, exist_ok=True)
    exp_path = exp_dir / f"{c['name']}.expected.json"
    exp_path.write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"name": c["name"], "pdf": str(pdf_path), "expected": str(exp_path), "pages": pages["__page_count__"],
            "bytes": len(pdf), "sha256": hashlib.sha256(pdf).hexdigest()}


def content_names(prefix: str = "") -> list[str]:
    """Names of the bundled content files (optionally those starting with ``prefix``)."""
    return sorted(p.stem for p in CONTENT.glob(f"{prefix}*.json"))
