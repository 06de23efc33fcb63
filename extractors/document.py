"""The extract stage: a PDF file → ``Extraction`` (pages' text, raw tables, page errors).

    extract_document(pdf_path, doc_id, ocr="auto", max_pages=300,
                     max_page_pixels=60_000_000, page_timeout_s=120) -> Extraction

Document-level problems raise ``extractors.errors.BadPDF`` subclasses (not a PDF, broken,
encrypted with a user password, no pages, more than ``max_pages`` pages: nothing is
extracted from an over-long file, since ITA reports are short and a 500-page file is some
other publication). Page-level problems never stop the document: each is recorded in
``Extraction.errors`` as ``"p<N>: <error>"`` and the page gets method ``"none"`` (flag
``page_failed``); a page over ``page_timeout_s`` is such an error (``PageTimeout``; the
deadline uses SIGALRM, so it is only enforced in the main thread). A failed OCR keeps the
page's text-layer result when that was usable (flag ``ocr_failed``).

Each page is parsed once by pdfplumber; its chars become glyphs once (``extractors.text``)
and serve the routing decision, the page text and every table cell. Text that runs
sideways (/Rotate 90/270 pages) is read in its own frame (flag ``text_rotated:90``; page
size and bboxes are then in that frame). OCR pages go to ``extractors.ocr.ocr_page``,
imported only when a page needs it, at a DPI capped so the bitmap stays under
``max_page_pixels`` (a page that would need < 72 dpi is refused with a page error).
"""
from __future__ import annotations

from pathlib import Path

from extractors.model import Extraction, PageText, RawTable
from extractors.errors import PageTimeout
from extractors.pdf import iter_pages, open_pdf, page_deadline, render_dpi
from extractors.route import OCR_MODES, Route, decide, drawn_objects, image_cover
from extractors.lattice import ruled_edges, shade_rects
from extractors.column_refit import REFIT
from extractors.tables import carry_of, known_of, tables_and_stray
from extractors.text import glyphs_from_chars, lines_text, text_rotation, upright_objects

OCR_DPI = 300
MIN_OCR_DPI = 72  # below this a page is too large to OCR usefully (poster-sized MediaBox)


OCR_CARRY_FOOT = 0.15  # a scanned page's last table ends within this share of the page height from its foot
OCR_CARRY_MIN_COLS = 4  # wide text tables only (measures)
# a header alone over blank paper (``ocr_carry_of``): a measures table's (five columns at least; a question table of
# four columns with nothing under it ends there: unseen 56102, o40-o43 taken into a carried row), its rows few
LONE_HEADER_MIN_COLS = 5
LONE_HEADER_ROWS = 3


def ocr_carry_of(tables: list[RawTable], height_pt: float, full_text: str = "") -> list[float] | None:
    """Column edges (pt) of a scanned page's last table when it reaches the page foot, or when
    nothing but a page number is printed under it (``full_text``: the page's text with its
    tables' rows in place): the next page's top lines may be its last row's rest
    (``extractors.ocr.carried``; defined here so the text path does not load the OCR modules).
    A header whose first row was too tall for the page stands alone over blank paper: dev scan
    52203 p9-p10 (200 dpi, one table a page, horizontal rules), the row on p10 read in columns
    of its own, one empty column taken for none, and measure 4 lost."""
    t = tables[-1] if tables else None
    if t is None or t.method != "ocr" or not t.col_x or len(t.col_x) < OCR_CARRY_MIN_COLS + 1:
        return None
    if t.bbox[3] >= height_pt * (1 - OCR_CARRY_FOOT) or (
            len(t.col_x) >= LONE_HEADER_MIN_COLS + 1 and len(t.rows) <= LONE_HEADER_ROWS and _titles_only(t)
            and _last_on_page(t, full_text)):
        return list(t.col_x)
    return None


# letters a header cell holds at most: a cell longer than this is a body row's (s37p's unseen 56211 p7, a landscape
# per-measure table, header and one measure ending high on the page: carried onto p8's own header and table, a
# sliver column split its steps from their dashes, the steps emptied)
TITLE_CELL_MAX = 60


def _titles_only(t: RawTable) -> bool:
    """Whether every cell of ``t`` is short enough to be a column title (no body row under the header)."""
    return all(len("".join((c or "").split())) <= TITLE_CELL_MAX for r in t.rows for c in r)


def _last_on_page(t: RawTable, full_text: str) -> bool:
    """Whether the page's text goes on under table ``t``'s last row with a page number at most."""
    if not t.rows or not full_text:
        return False
    last = "\t".join(c or "" for c in t.rows[-1])
    at = full_text.rfind(last) if last.strip() else -1
    if at < 0:
        return False
    after = [ln.strip() for ln in full_text[at + len(last):].split("\n") if ln.strip()]
    return all(len(ln) <= 8 and not any(ch.isalpha() for ch in ln) for ln in after)


def read_text_page(page, page_no: int, ocr: str, carry=None, known=()) -> tuple[PageText, list[RawTable], Route]:
    """Read one page from its text layer and route it.

    For a page routed to OCR the text-layer result is still returned (with method "none"
    unless the layer is usable), so the caller can fall back to it if OCR fails.
    """
    w, h = float(page.width), float(page.height)
    chars = page.chars
    rot = text_rotation(chars)
    glyphs = glyphs_from_chars(upright_objects(chars, rot, w, h))
    full = lines_text(glyphs)
    route = decide(full, image_cover(page), ocr, drawn_objects(page))
    flags = list(route.flags)
    if rot:  # text runs sideways: read in its own frame; size and bboxes are in that frame
        flags.append(f"text_rotated:{rot}")
        w, h = (h, w) if rot in (90, 270) else (w, h)
    if route.method == "none" or (route.method == "ocr" and route.reason != "scanned_page"):
        return PageText(page_no, "none", "", "", w, h, flags), [], route
    edges = upright_objects(ruled_edges(page), rot, float(page.width), float(page.height))
    shades = upright_objects(shade_rects(page), rot, float(page.width), float(page.height))
    tables, outside = tables_and_stray(edges, glyphs, page_no, shades, carry, known)
    mine = known_of(tables)  # a measures table of this page may give its columns to a narrower part under it
    if mine and any(REFIT not in t.flags and any(len(t.col_x or ()) < len(k.cols) + 2 and _same_width(t, k) for k in mine)
                    for t in tables):
        tables, outside = tables_and_stray(edges, glyphs, page_no, shades, carry, [*known, *mine])
    return PageText(page_no, "text", lines_text(outside), full, w, h, flags), tables, route


def _same_width(t: RawTable, k) -> bool:
    return abs(t.col_x[0] - k.x0) <= 9.0 and abs(t.col_x[-1] - k.x1) <= 9.0


def read_ocr_page(pdf_path: Path, page_no: int, width: float, height: float, flags: list[str],
                  max_page_pixels: int, carry: list[float] | None = None) -> tuple[PageText, list[RawTable]]:
    """OCR one page at a pixel-capped DPI; raises ValueError for a page too large to render."""
    dpi = render_dpi(width, height, OCR_DPI, max_page_pixels)
    if dpi < MIN_OCR_DPI:
        raise ValueError(f"page too large to render for OCR ({width:.0f}x{height:.0f} pt)")
    from extractors.ocr import ocr_page  # lazy: the text path never loads OCR dependencies

    text, tables = ocr_page(pdf_path, page_no, dpi=dpi, carry=carry)
    text.flags = list(dict.fromkeys([*flags, *text.flags, *([f"ocr_dpi:{dpi}"] if dpi < OCR_DPI else [])]))
    return text, tables


def read_page(pdf_path: Path, page, ocr: str, max_page_pixels: int, carry=None,
              ocr_carry: list[float] | None = None, known=()) -> tuple[PageText, list[RawTable], list[str]]:
    """One page, by text layer or OCR as routed; returns (page text, tables, error messages).

    An OCR failure is an error message, not an exception: the page keeps its text-layer
    result when that was usable (flag ``ocr_failed``), else becomes method "none".
    """
    n = page.page_number
    text, tables, route = read_text_page(page, n, ocr, carry, known)
    if route.method != "ocr":
        return text, tables, []
    try:
        ocr_text, ocr_tables = read_ocr_page(pdf_path, n, text.width, text.height, text.flags, max_page_pixels,
                                             ocr_carry)
    except Exception as e:  # PageTimeout is a BaseException and passes through
        text.flags.append("ocr_failed")
        return text, tables, [f"p{n}: ocr failed: {type(e).__name__}: {e}"]
    return ocr_text, ocr_tables, []


def extract_document(pdf_path: str | Path, doc_id: str, *, ocr: str = "auto", max_pages: int = 300,
                     max_page_pixels: int = 60_000_000, page_timeout_s: float = 120) -> Extraction:
    """Extract every page of a PDF (see the module docstring for the contract)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    pdf_path = Path(pdf_path)
    with open_pdf(pdf_path, max_pages=max_pages) as pdf:
        ex = Extraction(doc_id=doc_id, file_name=pdf_path.name, page_count=len(pdf.pages))
        carry = None  # a table read from spacing that ran off the page before (extractors.spaced)
        ocr_carry = None  # columns of a scanned table that ran off the page before (extractors.ocr.carried)
        known: list = []  # measures tables without column rules read under their header (extractors.tables.refit)
        for page in iter_pages(pdf, max_pages):
            n = page.page_number
            try:
                with page_deadline(page_timeout_s):
                    text, tables, errors = read_page(pdf_path, page, ocr, max_page_pixels, carry, ocr_carry, known)
                ex.errors += errors
            except (Exception, PageTimeout) as e:  # one bad page never kills the document
                ex.errors.append(f"p{n}: {describe(e)}")
                w, h = _size(page)
                text, tables = PageText(n, "none", "", "", w, h, ["page_failed"]), []
            ex.pages.append(text)
            carry = carry_of(tables[-1] if tables else None, text.height,
                             carry if len(tables) == 1 else None, text.text) if text.method == "text" else None
            ocr_carry = ocr_carry_of(tables, text.height, text.full_text) if text.method == "ocr" else None
            known += known_of(tables) if text.method == "text" else []
            for t in tables:
                t.index = sum(1 for u in ex.tables if u.page == n)
                ex.tables.append(t)
    return ex


def describe(e: BaseException) -> str:
    """``Type: message`` of an error, unwrapping pdfplumber's PdfminerException."""
    if type(e).__name__ == "PdfminerException" and e.args and isinstance(e.args[0], BaseException):
        e = e.args[0]
    return f"{type(e).__name__}: {e}"


def _size(page) -> tuple[float, float]:
    """Page size, or zeros when even that cannot be read."""
    try:
        return float(page.width), float(page.height)
    except Exception:
        return 0.0, 0.0
