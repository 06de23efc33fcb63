"""Rendering a PDF page to pixels (pixel count capped) and its ink."""

from __future__ import annotations
from pathlib import Path
import cv2
import numpy as np
import pypdfium2 as pdfium
from extractors.pdf import render_dpi


MAX_PIXELS = 16_000_000  # A4 at 300 dpi is 8.7 Mpx


A4_SHORT_PT = 595.0


OVERSIZE_PT = 1000.0  # a MediaBox wider than this on its short side is taken as A4 paper


def render_page(pdf_path: str | Path, page_no: int, dpi: int = 300) -> tuple[np.ndarray, int, float, float, float]:
    """Render a 1-based page to RGB at ``dpi`` of the paper it stands for.

    Returns (image, paper dpi, PDF points per pixel, width_pt, height_pt). A scanner that
    writes an A4 scan into a poster-sized MediaBox (seen: 1600 x 2263 pt) is rendered as A4
    paper, and the bitmap always stays under ``MAX_PIXELS``.
    """
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[page_no - 1]
        w_pt, h_pt = page.get_size()
        short = min(w_pt, h_pt)
        paper_short = A4_SHORT_PT if short > OVERSIZE_PT else short
        want = dpi * paper_short / short  # dpi relative to the MediaBox
        eff = min(want, render_dpi(w_pt, h_pt, int(round(want)) or 1, MAX_PIXELS))
        bmp = page.render(scale=eff / 72.0)
        img = np.array(bmp.to_pil().convert("RGB"))
    finally:
        doc.close()
    pt_per_px = 72.0 / eff
    paper_dpi = int(round(eff * short / paper_short))
    return img, paper_dpi, pt_per_px, float(w_pt), float(h_pt)


def ink_gray(rgb: np.ndarray) -> np.ndarray:
    """Grayscale where only dark-in-every-channel ink is dark: a yellow highlighter, a red or
    blue stamp become light (max over channels)."""
    return cv2.max(cv2.max(rgb[..., 0], rgb[..., 1]), rgb[..., 2])
