"""Numbers in a scan's running text: Tesseract's reading as a second opinion on a digit our
numeral recognizer could not read, and a doubtful number no longer doubting its neighbours.

Bug (fresh dev scan seed 900, 200 dpi, key/value summary ``IIT 84.31 | EIT 89.28 | OIT 82.54``):
the recognizer read the blurred ``2`` of ``89.28`` at 0.09 as ``9`` and replaced Tesseract's
right ``89.28`` (confidence 95) by ``89.98``; and the whole line's numbers were capped at that
0.09, so the two right tool scores were flagged as well.
"""
from __future__ import annotations

import hashlib

import numpy as np

from extractors.ocr.digits import DIGIT_DOUBT, second_reader
from extractors.ocr.tess import Word


def _w(text: str, conf: float = 95.0, left: int = 0, seq: int = 0) -> Word:
    return Word(text, left, 0, 40, 20, conf, (0, 0, 0), seq=seq)


def test_second_reader_takes_tesseracts_digit_only_where_the_recognizer_had_no_idea():
    text, conf = second_reader("89.98", [0.6, 0.6, 0.6, 0.088, 0.6], [_w("89.28")])
    assert text == "89.28" and min(conf) >= DIGIT_DOUBT
    # Tesseract less sure: its digit is taken but stays doubtful
    text, conf = second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("89.28", 87.0)])
    assert text == "89.28" and min(conf) < DIGIT_DOUBT
    # the recognizer leant to its digit (0.7) and Tesseract says otherwise: unchanged, doubtful
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.7, 0.97], [_w("89.28")]) == ("89.98", [0.97, 0.97, 0.97, 0.7, 0.97])
    # they agree: sure
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.7, 0.97], [_w("89.98")])[1][3] == DIGIT_DOUBT


def test_second_reader_is_no_opinion_on_thai_digits_or_other_shapes():
    # tha cannot write ๔ ๖ ๗ ๘ ๙: its reading of a Thai number is never a second opinion
    assert second_reader("๘๙.๙๘", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("89.28")])[0] == "๘๙.๙๘"
    # a digit the recognizer is sure of reads otherwise in Tesseract: no agreement at all
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("39.28")])[0] == "89.98"
    # not the same shape (a point elsewhere, a digit more), or Tesseract unsure
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("8.928")])[0] == "89.98"
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("189.28")])[0] == "89.98"
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], [_w("89.28", 70.0)])[0] == "89.98"
    # Tesseract's words in its reading order (psm 7), not by their loose boxes
    words = [_w("28", left=0, seq=2), _w("89.", left=10, seq=1)]
    assert second_reader("89.98", [0.97, 0.97, 0.97, 0.088, 0.97], words)[0] == "89.28"


def test_tool_line_of_a_200_dpi_scan_reads_all_three_scores_sure():
    """The summary page of dev seed 900 scanned as the corpus scans it (200 dpi)."""
    from corpus.draw import draw
    from corpus.html_render import render_html_pdf
    from corpus.scan import random_params, scan_page
    from extractors.ocr import ocr_image

    import tempfile
    from pathlib import Path

    m = draw(900, "html")
    pdf, _ = render_html_pdf(m)
    name = f"{m['name']}.pdf"
    seed = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng(seed)
    dpi = int(rng.choice([200, 300]))
    assert dpi == 200
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / name
        src.write_bytes(pdf)
        rgb = scan_page(src, 1, random_params(rng, dpi), seed=seed % 1000)
    page, _ = ocr_image(rgb, dpi)
    line = next(ln for ln in page.text.splitlines() if ln.startswith("IIT"))
    assert line == "IIT 84.31 | EIT 89.28 | OIT 82.54"
    nums = {v: c for v, c in page.numbers}
    assert all(nums[v] >= DIGIT_DOUBT for v in ("84.31", "89.28", "82.54"))
