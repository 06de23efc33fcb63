"""Deciding, per page, whether to read the text layer or run OCR.

``decide`` is pure: it looks at the page's text-layer text (as ``extractors.text`` builds
it), how much of the page is covered by images, and the caller's ``ocr`` mode:

- ``"always"``: OCR every page.
- ``"auto"`` (default): the text layer when ``normalizers.thai.thai_text.assess`` calls it
  usable, unless the page is a full-page scan whose hidden layer is a stamp's worth of
  text or hardly Thai (an OCR run as English that ``assess`` let through); OCR
  when the layer is garbled (custom encoding, Latin mojibake, unmapped PUA), or missing on
  a page that shows images or vector drawings; ``"none"`` for an empty page.
- ``"never"``: the text layer when usable, else ``"none"`` with a flag saying why.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.model import Method
from normalizers.thai.thai_text import assess

OCR_MODES = ("auto", "never", "always")
SCAN_COVER = 0.8  # images covering this share of the page make it a scan...
SCAN_MAX_CHARS = 200  # ...when its text layer has fewer non-space chars than this
SCAN_MIN_THAI = 0.2  # ...or when fewer of its letters than this are Thai (Latin OCR mojibake)
MIN_DRAWN_OBJECTS = 50  # a text-less page with this many vector objects may be outlined text


@dataclass(frozen=True)
class Route:
    """How to read one page, and the flags that explain it."""

    method: Method
    reason: str
    flags: tuple[str, ...] = field(default_factory=tuple)


def image_cover(page) -> float:
    """Share of the page area covered by images (0..1; overlaps may over-count, capped at 1)."""
    w, h = float(page.width), float(page.height)
    if w <= 0 or h <= 0:
        return 0.0
    x0p, tp = float(page.bbox[0]), float(page.bbox[1])
    area = 0.0
    for im in page.images:
        x0, x1 = max(im["x0"], x0p), min(im["x1"], x0p + w)
        t, b = max(im["top"], tp), min(im["bottom"], tp + h)
        if x1 > x0 and b > t:
            area += (x1 - x0) * (b - t)
    return min(1.0, area / (w * h))


def drawn_objects(page) -> int:
    """Number of vector curves on the page (text converted to outlines shows up here)."""
    return len(page.curves)


def _nonspace(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def thai_share(text: str) -> float:
    """Thai letters / all letters (0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0e01" <= c <= "\u0e4e") / len(letters)


def decide(text: str, cover: float, ocr: str = "auto", drawn: int = 0) -> Route:
    """Route one page given its text-layer text, image cover (0..1) and the OCR mode."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    if ocr == "always":
        return Route("ocr", "ocr_forced", ("ocr:forced",))
    q = assess(text)
    if q.usable:
        if ocr == "auto" and cover >= SCAN_COVER:
            # a full-page scan: its hidden OCR layer is only trusted when it reads as Thai
            if _nonspace(text) < SCAN_MAX_CHARS:
                return Route("ocr", "scanned_page", ("scanned_page:thin_text_layer",))
            if thai_share(text) < SCAN_MIN_THAI:
                return Route("ocr", "scanned_page", ("scanned_page:non_thai_text_layer",))
        return Route("text", "text_layer")
    if q.reason == "no_text":
        if cover <= 0.01 and drawn < MIN_DRAWN_OBJECTS:
            return Route("none", "empty_page", ("empty_page",))
        why = "no_text_layer"
    else:
        why = f"text_layer_garbled:{q.reason}"
    if ocr == "never":
        return Route("none", why, (why, "ocr_disabled"))
    return Route("ocr", why, (why,))
