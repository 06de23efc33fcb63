"""One development seed rendered by the corpus' renderers and read by the real extract and
normalize stages, with the rows the corpus wrote down when it drew the document.

Renders are made once per test run: ``rendered(seeds, out, renderer)`` draws each
``(seed, renderer)`` the run has not drawn yet (one ``corpus.fuzz`` call, one LibreOffice
start for all the Word ones) into the run's directory, shared by the pytest-xdist workers
(``run_shared``), and copies the files into ``out``; several test files check the same seeds
(e.g. Word seeds 12, 17 and 40). ``render_seed`` also reads a ``(seed, renderer)`` once per run
and hands each test its own copy of the extraction and the records. Tests of the renderers themselves (determinism, ``tests/test_corpus*.py``) call
``corpus.fuzz`` directly.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from corpus.fuzz import fuzz, run_one
from corpus.score import _match_measures
from extractors.document import extract_document
from normalizers.document import normalize
from run_shared import locked, once, run_dir


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


_DRAWN: dict[tuple[int, str], Path] = {}  # (seed, renderer) -> its PDF in the run's directory


def _published(seed: int, renderer: str) -> Path:
    """The run's directory of one drawn ``(seed, renderer)``: its PDF, ``.expected.json`` (and a
    Word render's ``docx/``); it appears whole (renamed into place) once drawn."""
    return run_dir() / "renders" / renderer / str(seed)


def _draw(todo: list[int], renderer: str) -> None:
    """Draw the seeds of ``todo`` not drawn yet in this run (by this or another xdist worker) in
    one ``corpus.fuzz`` call (one LibreOffice start for all the Word ones), under their locks."""
    with locked(*(f"render-{renderer}-{s}" for s in todo)):
        missing = [s for s in todo if not _published(s, renderer).is_dir()]
        if missing:
            made = Path(tempfile.mkdtemp(prefix="draw-", dir=run_dir()))
            pdfs = fuzz(missing, made, renderer=renderer, log=lambda *_: None)
            assert len(pdfs) == len(missing), (missing, pdfs)
            for s, pdf in zip(missing, pdfs):
                dst = _published(s, renderer)
                part = dst.with_name(f"{s}.part")
                (part / "docx").mkdir(parents=True)
                for f in (pdf, pdf.with_name(f"{pdf.stem}.expected.json")):
                    f.replace(part / f.name)
                docx = pdf.parent / "docx" / f"{pdf.stem}.docx"
                if docx.exists():
                    docx.replace(part / "docx" / docx.name)
                part.replace(dst)
            shutil.rmtree(made, ignore_errors=True)
    for s in todo:
        _DRAWN[(s, renderer)] = next(_published(s, renderer).glob("*.pdf"))


def rendered(seeds, out, renderer: str = "html") -> list[Path]:
    """``corpus.fuzz(seeds, out, renderer)`` made once per test run: the seeds not drawn yet by
    ``renderer`` are drawn in one call into the run's directory (shared by the xdist workers:
    ``run_shared``); each seed's PDF, its ``.expected.json`` (and a Word render's
    ``docx/<name>.docx``) are copied into ``out``. Returns the PDFs in ``out``, in the order of
    ``seeds``."""
    if renderer not in ("html", "docx"):
        raise ValueError(renderer)
    todo = [s for s in dict.fromkeys(seeds) if (s, renderer) not in _DRAWN]
    if todo:
        _draw(todo, renderer)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    got = []
    for s in seeds:
        pdf = _DRAWN[(s, renderer)]
        shutil.copyfile(pdf, out / pdf.name)
        exp = pdf.with_name(f"{pdf.stem}.expected.json")
        shutil.copyfile(exp, out / exp.name)
        docx = pdf.parent / "docx" / f"{pdf.stem}.docx"
        if docx.exists():
            (out / "docx").mkdir(exist_ok=True)
            shutil.copyfile(docx, out / "docx" / docx.name)
        got.append(out / pdf.name)
    return got


def scanned(seeds, out) -> list[Path]:
    """The corpus' simulated scans (``corpus.fuzz(..., scan=True)``: ``scan_sample`` of the HTML
    draws, 200 or 300 dpi by the file name) of ``seeds``, made once per test run like
    ``rendered``'s draws and shared by the xdist workers; each scan and its ``.expected.json``
    are copied into ``out/scan``. Returns the scans in ``out/scan``, in the order of ``seeds``."""
    from corpus.fuzz import scan_sample

    out = Path(out)
    got = []
    for pdf in rendered(seeds, out, "html"):
        seed = int(pdf.stem[1:].split("_")[0])
        made = run_dir() / "renders" / "scan" / str(seed)
        with locked(f"scan-{seed}"):
            if not made.is_dir():
                part = made.with_name(f"{seed}.part")
                shutil.rmtree(part, ignore_errors=True)
                scan_sample([_DRAWN[(seed, "html")]], part, log=lambda *_: None)
                part.replace(made)
        (out / "scan").mkdir(parents=True, exist_ok=True)
        for f in made.iterdir():
            shutil.copyfile(f, out / "scan" / f.name)
        got.append(out / "scan" / f"{pdf.stem}_scan.pdf")
    return got


_OCR: dict[tuple[int, int], tuple] = {}  # (seed, page) -> ocr_page's (page text, raw tables)


def scan_pages_read(seed: int, pages, out):
    """The normalize stage's records over ``pages`` (1-based) of ``seed``'s simulated scan
    (``scanned``), each page OCR'd once per process (``extractors.ocr.ocr_page``) and shared by
    the tests that read it (each call gets its own copies)."""
    from extractors.model import Extraction
    from extractors.ocr import ocr_page

    pdf = scanned([seed], out)[0]
    read = []
    for page in pages:
        if (seed, page) not in _OCR:
            _OCR[(seed, page)] = ocr_page(pdf, page)
        read.append(copy.deepcopy(_OCR[(seed, page)]))
    return normalize(Extraction(doc_id=str(seed).zfill(64), file_name=pdf.name, page_count=len(read),
                                pages=[text for text, _ in read], tables=[t for _, ts in read for t in ts]))


def scan_part_measures(pdf: Path, pages: list[int]) -> list[dict]:
    """The measures of a PDF made of the title page and ``pages`` (1-based) of a scan (a few pages to
    OCR), read end to end (``extract_document``: the carried rows between those pages too)."""
    import hashlib

    import pypdfium2 as pdfium

    src, dst = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument.new()
    dst.import_pages(src, [0] + [p - 1 for p in pages])
    part = pdf.with_name(f"{pdf.stem}_p{'_'.join(map(str, pages))}.pdf")
    dst.save(str(part))
    ex = extract_document(part, hashlib.sha256(part.read_bytes()).hexdigest())
    return normalize(ex).planned_measures


def prepared_page(pdf: Path, page: int, dpi: int):
    """``extractors.ocr.page.prepare`` of one page of a scan rendered at ``dpi``: its grids and ink,
    no Tesseract call (for tests of table structure on scans)."""
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    rgb, got_dpi, *_ = render_page(pdf, page, dpi)
    return prepare(rgb, got_dpi / 300.0)


def wide_grids(page, min_cols: int) -> list:
    """The grids of a ``prepared_page`` with ``min_cols`` columns or more."""
    return [g for g in page.grids if len(g.xs) - 1 >= min_cols]


def the_wide_grid(page, min_cols: int):
    """The one grid of a ``prepared_page`` with ``min_cols`` columns or more (asserted to be one)."""
    wide = wide_grids(page, min_cols)
    assert len(wide) == 1, [(g.xs, g.ys) for g in page.grids]
    return wide[0]


def render_sample(out: Path, html_seeds, docx_seeds) -> Path:
    """Draw ``html_seeds`` by HTML and, where LibreOffice is installed, ``docx_seeds`` by Word into
    ``out`` (a module fixture's directory); each PDF lands beside its ``.expected.json``."""
    rendered(html_seeds, out, "html")
    if shutil.which("soffice"):
        rendered(docx_seeds, out, "docx")
    return out


@lru_cache(maxsize=None)
def read_rendered(pdf: str) -> tuple[dict, dict]:
    """``(records, expected)`` of one drawn PDF, read by the real extract + normalize stages
    (``corpus.run_one``); cached, since several tests look at one document."""
    _, rec, err = run_one(pdf)
    assert err is None, err
    exp = json.loads(Path(pdf).with_name(Path(pdf).stem + ".expected.json").read_text(encoding="utf-8"))
    return rec, exp


def measure_pairs(sample: Path, name: str) -> list[tuple[dict, dict | None]]:
    """(expected, output or None) of each planned measure the corpus drew in ``sample/name.pdf``,
    paired the way the scorer pairs them."""
    rec, exp = read_rendered(str(sample / f"{name}.pdf"))
    assert exp["planned_measures"]
    return _match_measures(exp["planned_measures"], rec["planned_measures"])


def docx_measure_pairs(sample: Path, name: str) -> list[tuple[dict, dict | None]]:
    """``measure_pairs`` of a Word draw of ``render_sample``; the test is skipped where LibreOffice
    is not installed (no Word draw was made)."""
    if not (sample / f"{name}.pdf").exists():
        pytest.skip("LibreOffice not installed")
    return measure_pairs(sample, name)


def field_value(v):
    """A measure field as compared: dates as ISO text, empty as None."""
    return v.isoformat() if hasattr(v, "isoformat") else (v or None)


def wrong_fields(pairs, field: str) -> list:
    """(expected, output) of the measures whose ``field`` differs (or that were not output)."""
    return [(e.get(field), g.get(field) if g else None) for e, g in pairs
            if g is None or field_value(e.get(field)) != field_value(g.get(field))]


@lru_cache(maxsize=None)
def extracted(pdf: str):
    """The real extraction of one drawn PDF (``extract_document``), read once per session."""
    return extract_document(Path(pdf), Path(pdf).stem)


def header_cells(extraction, min_cols: int = 3) -> list[list[str]]:
    """The header cells (first two rows, line breaks and spaces removed) of every table of at
    least ``min_cols`` columns the extraction found: to tell from the extraction itself whether
    two columns' titles were read into one cell (their columns joined)."""
    return [["".join((c or "").split()) for r in t.rows[:2] for c in r]
            for t in extraction.tables if t.rows and len(t.rows[0]) >= min_cols]


def titles_joined(extraction, *titles: str) -> bool:
    """Whether some table's header cell holds all ``titles`` (their columns were read as one)."""
    return any(all(t in c for t in titles) for cells in header_cells(extraction) for c in cells)


_READ: dict[tuple[int, str], tuple] = {}  # (seed, renderer) -> (extraction, records), read once


def render_seed(seed: int, tmp_path, renderer: str = "html"):
    """``(pdf, extraction, records, expected)`` for ``seed`` drawn by ``renderer`` (the PDF in
    ``tmp_path``; drawn and read once per run, each call gets its own copies)."""
    if renderer == "docx":
        pytest.importorskip("docx")
    pdf = rendered([seed], tmp_path, renderer)[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    if (seed, renderer) not in _READ:
        def read():
            ex = extract_document(pdf, pdf.stem)
            return ex, normalize(ex)
        _READ[(seed, renderer)] = once(f"read-{renderer}-{seed}", read)
    ex, records = copy.deepcopy(_READ[(seed, renderer)])  # one copy of both: what they share stays shared
    return pdf, ex, records, expected


def indicators_from(records, source: str) -> dict[int, dict]:
    """The output's indicator rows of one source, by indicator number."""
    return {r["indicator_no"]: r for r in records.indicator_scores if r["source"] == source}


def expected_indicators(expected: dict, source: str) -> dict[int, float]:
    """The corpus' indicator scores of one source, by indicator number."""
    return {i["indicator_no"]: i["score"] for i in expected["indicator_scores"] if i["source"] == source}


def expected_date(v):
    """An expected file's ISO date as a ``date`` (None stays None)."""
    return None if v is None else dt.date.fromisoformat(v) if isinstance(v, str) else v


def assert_same_measure(got: dict, want: dict) -> None:
    """An output measure row against the corpus' row: name, steps, units, period."""
    assert got["measure"] == want["measure"]
    assert got["steps"] == want["steps"]
    assert got["responsible"] == want["responsible"]
    assert (got["period_start"], got["period_end"]) == (expected_date(want["period_start"]),
                                                        expected_date(want["period_end"]))


def assert_same_measures(records, expected) -> None:
    """Every measure the corpus drew is output once, under its sequence number, and the same
    (``assert_same_measure``)."""
    got = {m["seq"]: m for m in records.planned_measures}
    want = expected["planned_measures"]
    assert len(records.planned_measures) == len(want)
    for w in want:
        assert_same_measure(got[w["seq"]], w)


def needs_word() -> None:
    """Skip a test that draws a Word render where python-docx or LibreOffice is missing."""
    pytest.importorskip("docx")
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
