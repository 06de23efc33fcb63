"""Scan simulation: born-digital PDF pages -> degraded images -> an image-only PDF.

Used to build the scanned corpus (known truth = what was rendered). Each page is rendered at
``dpi`` (300 or 200), then, in this order: an optional highlighter stroke or stamp over given
boxes, rotation (up to ±1.5°), blur, Gaussian noise, JPEG artefacts. The result has no text
layer at all, so the extract stage must OCR it.

    python -m corpus.scan in.pdf out.pdf --dpi 200 --seed 3
"""
from __future__ import annotations

import argparse
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass
class Mark:
    """Something drawn over the page before scanning: a highlighter stroke or a stamp."""

    page: int  # 1-based
    bbox: BBox  # PDF points, origin top-left
    kind: str = "highlight"  # "highlight" or "stamp"
    color: tuple[int, int, int] = (255, 235, 60)  # RGB; stamps default to blue below


@dataclass
class ScanParams:
    """Degradations of one simulated scan."""

    dpi: int = 300
    rotation: float = 0.0  # degrees, positive = counter-clockwise
    blur: float = 0.0  # Gaussian sigma in pixels
    noise: float = 0.0  # Gaussian noise sigma in grey levels
    jpeg_quality: int = 0  # 0 = no JPEG round trip
    marks: list[Mark] = field(default_factory=list)


def random_params(rng: np.random.Generator, dpi: int = 300, max_rotation: float = 1.5) -> ScanParams:
    """Random but realistic degradations for one document."""
    return ScanParams(
        dpi=dpi,
        rotation=float(rng.uniform(-max_rotation, max_rotation)),
        blur=float(rng.uniform(0.0, 1.0)),
        noise=float(rng.uniform(2.0, 12.0)),
        jpeg_quality=int(rng.integers(40, 85)),
    )


def render(pdf_path: str | Path, page_no: int, dpi: int) -> np.ndarray:
    """Render a 1-based page to an RGB array."""
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        img = doc[page_no - 1].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        doc.close()
    return np.array(img)


def draw_highlight(rgb: np.ndarray, box_px: tuple[int, int, int, int], color=(255, 235, 60)) -> np.ndarray:
    """A highlighter stroke: a translucent, slightly uneven band multiplied onto the page."""
    x0, y0, x1, y1 = box_px
    out = rgb.astype(np.float32)
    h = y1 - y0
    pad = max(2, h // 8)
    region = out[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad]
    tint = np.array(color, np.float32) / 255.0
    region *= tint  # multiply blend: ink stays dark, paper turns yellow
    out[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = region
    return out.clip(0, 255).astype(np.uint8)


def draw_stamp(rgb: np.ndarray, box_px: tuple[int, int, int, int], color=(40, 60, 200), seed: int = 0) -> np.ndarray:
    """An office stamp: a coloured double ring with strokes, blended over the box (ink of the
    page stays visible under it, as with real stamp ink)."""
    x0, y0, x1, y1 = box_px
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    r = max(8, min(x1 - x0, y1 - y0) // 2)
    layer = np.zeros(rgb.shape[:2], np.uint8)
    t = max(2, r // 14)
    cv2.circle(layer, (cx, cy), r, 255, t)
    cv2.circle(layer, (cx, cy), int(r * 0.78), 255, max(1, t // 2))
    rng = np.random.default_rng(seed)
    for k in range(10):  # lettering around the ring
        a = 2 * math.pi * k / 10
        px, py = int(cx + 0.89 * r * math.cos(a)), int(cy + 0.89 * r * math.sin(a))
        cv2.line(layer, (px - t, py - t), (px + t, py + t), 255, max(1, t // 2))
    cv2.putText(layer, "OK", (cx - r // 3, cy + r // 6), cv2.FONT_HERSHEY_SIMPLEX, r / 40.0, 255, max(1, t // 2))
    mottle = rng.uniform(0.55, 1.0, layer.shape).astype(np.float32)
    alpha = (layer.astype(np.float32) / 255.0 * mottle * 0.85)[..., None]
    out = rgb.astype(np.float32)
    col = np.array(color, np.float32)
    out = out * (1 - alpha) + np.minimum(out, col) * alpha
    return out.clip(0, 255).astype(np.uint8)


def degrade(rgb: np.ndarray, p: ScanParams, rng: np.random.Generator) -> np.ndarray:
    """Rotation, blur, noise and JPEG round trip of one page image."""
    out = rgb
    if abs(p.rotation) > 1e-3:
        h, w = out.shape[:2]
        M = cv2.getRotationMatrix2D((w / 2, h / 2), p.rotation, 1.0)
        out = cv2.warpAffine(out, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    if p.blur > 0.05:
        out = cv2.GaussianBlur(out, (0, 0), p.blur)
    if p.noise > 0:
        out = np.clip(out.astype(np.float32) + rng.normal(0, p.noise, out.shape[:2])[..., None], 0, 255).astype(np.uint8)
    if p.jpeg_quality:
        ok, enc = cv2.imencode(".jpg", out[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, p.jpeg_quality])
        out = cv2.imdecode(enc, cv2.IMREAD_COLOR)[..., ::-1]
    return np.ascontiguousarray(out)


def scan_page(pdf_path: str | Path, page_no: int, p: ScanParams, seed: int = 0) -> np.ndarray:
    """One simulated scan of one page (RGB array at ``p.dpi``)."""
    rgb = render(pdf_path, page_no, p.dpi)
    f = p.dpi / 72.0
    for i, m in enumerate(x for x in p.marks if x.page == page_no):
        box = tuple(int(round(v * f)) for v in m.bbox)
        if m.kind == "stamp":
            col = m.color if m.color != Mark.color else (40, 60, 200)
            rgb = draw_stamp(rgb, box, col, seed + i)
        else:
            rgb = draw_highlight(rgb, box, m.color)
    return degrade(rgb, p, np.random.default_rng(seed * 1000 + page_no))


def scan_pdf(src: str | Path, dst: str | Path, p: ScanParams, seed: int = 0, pages: list[int] | None = None) -> Path:
    """Write an image-only PDF of the (selected) pages of ``src`` as scanned with ``p``."""
    doc = pdfium.PdfDocument(str(src))
    n = len(doc)
    doc.close()
    pages = pages or list(range(1, n + 1))
    images = [Image.fromarray(scan_page(src, k, p, seed)) for k in pages]
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    images[0].save(buf, format="PDF", save_all=True, append_images=images[1:], resolution=float(p.dpi), quality=90)
    dst.write_bytes(buf.getvalue())
    return dst


def main(argv: list[str] | None = None) -> int:
    """Command line: scan one PDF with random degradations."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--clean", action="store_true", help="no degradations")
    a = ap.parse_args(argv)
    p = ScanParams(dpi=a.dpi) if a.clean else random_params(np.random.default_rng(a.seed), a.dpi)
    scan_pdf(a.src, a.dst, p, a.seed)
    print(f"{a.dst}: dpi={p.dpi} rotation={p.rotation:.2f} blur={p.blur:.2f} noise={p.noise:.1f} jpeg={p.jpeg_quality}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
