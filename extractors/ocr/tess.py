"""Tesseract calls: TSV words of an image, and of our own cut lines (psm 7).

``ITA_TESS_CACHE=DIR`` (development only: corpus scoring loops) keeps each call's TSV in DIR
under the SHA-256 of its arguments and exact input pixels, so a re-run after a change that
does not alter what Tesseract is given skips Tesseract; any change of the pixels misses.
"""

from __future__ import annotations
import csv
import hashlib
import io
import os
import subprocess
import tempfile
from dataclasses import dataclass
import cv2
import numpy as np
from datastore.settings import settings as _settings
from extractors.ocr.lines import TextLine


def _cached_run(args: list[str], pixels: list[np.ndarray], run) -> str:
    """``run()`` (Tesseract's stdout), through the ``ITA_TESS_CACHE`` directory when set."""
    cache = _settings().tess_cache
    if not cache:
        return run()
    h = hashlib.sha256("\x00".join(args).encode())
    for im in pixels:
        h.update(repr(im.shape).encode())
        h.update(np.ascontiguousarray(im).tobytes())
    path = os.path.join(cache, h.hexdigest() + ".tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return f.read()
    out = run()
    os.makedirs(cache, exist_ok=True)
    tmp = f"{path}.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(out)
    os.replace(tmp, path)
    return out


TESS_LINE_PX = 34  # text line height (with marks) handed to Tesseract


@dataclass
class Word:
    """One Tesseract TSV word with its box in the image given to Tesseract."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]
    seq: int = -1  # Tesseract's reading order, where the boxes are too loose to sort by (psm 7)
    fixed: bool = False  # read already (a leader, a value read by the numeral recognizer): kept as is


def text_scale(line_h: float) -> float:
    """Down-scaling that brings Thai text lines (marks included) to the height Tesseract's
    ``tha`` model reads best (measured on the real scan: 16 pt at 300 dpi split marks off
    into lines of their own; at 0.6x it did not)."""
    if line_h <= 0:
        return 1.0
    return float(np.clip(TESS_LINE_PX / line_h, 0.4, 1.0))


def tesseract_words(gray: np.ndarray, psm: int, dpi: int = 300, lang: str = "tha+eng", scale: float = 1.0) -> list[Word]:
    """Run the tesseract binary (single-threaded: OMP_THREAD_LIMIT=1) and parse its TSV words.

    ``scale`` < 1 shrinks the image first; boxes are returned in the input's pixels.
    """
    if scale < 0.99:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        dpi = int(dpi * scale)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    args = ["-l", lang, "--psm", str(psm), "--dpi", str(dpi), "tsv"]

    def run() -> str:
        with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
            tmp = f.name
        try:
            cv2.imwrite(tmp, gray)
            return subprocess.run(["tesseract", tmp, "stdout", *args], env=env, capture_output=True,
                                  check=True, timeout=300).stdout.decode("utf-8", "replace")
        finally:
            os.unlink(tmp)

    out = _cached_run(["png", *args], [gray], run)
    words = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        words.append(Word(row["text"].strip(), int(int(row["left"]) / scale), int(int(row["top"]) / scale),
                          int(int(row["width"]) / scale), int(int(row["height"]) / scale), float(row["conf"]),
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def tesseract_lines(lines: list[TextLine], dpi: int = 300, lang: str = "tha+eng", scale: float = 1.0) -> list[Word]:
    """Read text lines with one Tesseract call: each line is a page of a multi-page TIFF
    read as a single line (psm 7), so no row finding splits its marks off. Words come back
    in the coordinates of the image the lines were cut from, line ids ``(0, 0, line)``."""
    from PIL import Image

    if not lines:
        return []
    pad = 8
    pages = []
    for ln in lines:
        im = np.pad(ln.img, pad, constant_values=255)
        if scale < 0.99:
            im = cv2.resize(im, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        pages.append(Image.fromarray(im))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    args = ["-l", lang, "--psm", "7", "--dpi", str(int(dpi * min(scale, 1.0))), "tsv"]

    def run() -> str:
        with tempfile.NamedTemporaryFile(suffix=".tif", delete=False) as f:
            tmp = f.name
        try:
            pages[0].save(tmp, save_all=True, append_images=pages[1:], compression="tiff_lzw")
            return subprocess.run(["tesseract", tmp, "stdout", *args], env=env, capture_output=True,
                                  check=True, timeout=300).stdout.decode("utf-8", "replace")
        finally:
            os.unlink(tmp)

    out = _cached_run(["tif", *args], [np.asarray(p) for p in pages], run)
    sc = min(scale, 1.0) if scale < 0.99 else 1.0
    words = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        k = int(row["page_num"]) - 1
        ln = lines[k]
        words.append(Word(row["text"].strip(), int(int(row["left"]) / sc) - pad + ln.x0, int(int(row["top"]) / sc) - pad + ln.y0,
                          int(int(row["width"]) / sc), int(int(row["height"]) / sc), float(row["conf"]), (0, 0, k),
                          seq=len(words)))
    return words
