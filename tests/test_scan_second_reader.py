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


def _tool_line_image(value: str):
    """A grey image of ``IIT <value>`` in Sarabun 48 px, and the value's ink span ``x0, x1``."""
    from PIL import Image, ImageDraw, ImageFont

    from extractors.numerals import font_files

    font = ImageFont.truetype(str(next(f for f in font_files() if f.stem == "Sarabun-Regular")), 48)
    im = Image.new("L", (520, 90), 255)
    draw = ImageDraw.Draw(im)
    draw.text((10, 10), "IIT", font=font, fill=0)
    draw.text((120, 10), value, font=font, fill=0)
    img = np.array(im)
    cols = np.nonzero((img[:, 115:] < 160).any(axis=0))[0] + 115
    return img, int(cols.min()), int(cols.max()) + 1


def test_value_after_a_tool_name_is_read_whole_whatever_tesseract_made_of_it():
    """Dev scan seed 926 (200 dpi): ``IIT ๗๖.๗๐`` came out of Tesseract as ``IIT ฒ ่ อ.70``
    (a Thai digit as a letter, one as a mark): no digit run, so the number was not re-read
    and the key/value line lost all three tool scores."""
    from extractors.ocr import reread_digits

    img, x0, x1 = _tool_line_image("๗๖.๗๐")
    third = (x1 - x0) // 3
    line = [Word("IIT", 10, 25, 70, 40, 90.0, (0, 0, 0), 0),
            Word("ฒ", x0, 25, third, 40, 88.0, (0, 0, 0), 1),
            Word("่", x0 + third, 20, 10, 10, 37.0, (0, 0, 0), 2),
            Word("อ.70", x0 + third + 5, 25, x1 - x0 - third - 5, 40, 79.0, (0, 0, 0), 3)]
    out, confs = reread_digits(line, img)
    assert [w.text for w in out] == ["IIT", "๗๖.๗๐"]
    assert min(confs) >= DIGIT_DOUBT
    # a tool name followed by words, not a number: nothing taken
    words = [Word("(IIT)", 10, 25, 90, 40, 90.0, (0, 0, 0), 0), Word("ได้", 140, 25, 60, 40, 90.0, (0, 0, 0), 1)]
    assert [w.text for w in reread_digits(words, np.full((90, 520), 255, np.uint8))[0]] == ["(IIT)", "ได้"]


def test_tool_name_garbled_between_the_other_two_is_mended():
    """Dev scan seed 913 (200 dpi): ``EIT`` of ``IIT ๘๐.๐๒ | EIT ๗๕.๖๙ | OIT ๘๐.๙๔`` read as
    ``ยี เโข`` lost the EIT score; ``IIT`` read as ``WT`` (seeds 915, 941, 300 dpi)."""
    from extractors.ocr.keywords import mend_line

    assert mend_line("IIT ๘๐.๐๒ | ยี เโข ๗๕.๖๙ | OIT ๘๐.๙๔") == "IIT ๘๐.๐๒ | EIT ๗๕.๖๙ | OIT ๘๐.๙๔"
    assert mend_line("WT") == "IIT" and mend_line("WT 76.53") == "IIT 76.53" and mend_line("HT") == "IIT"
    assert mend_line("IIT 84.31 | EIT 89.28 | OIT 82.54") == "IIT 84.31 | EIT 89.28 | OIT 82.54"
    # two names wrong, a name missing, a long Thai phrase: left as read
    for line in ("ยี 80.02 | เโข 75.69 | OIT 80.94", "IIT 84.31 | EIT 89.28 | 82.54",
                 "IIT 1 | คะแนนรวมทั้งหมด 2 | OIT 3", "ผลคะแนน WTO 5"):
        assert mend_line(line) == line


def test_leading_code_keeps_digits_spaced_by_their_side_bearings():
    """Dev scan seed 915 (300 dpi): ``i11``, ``i14``, ``i19`` opening question cells were read
    ``i1``: the gap allowed inside a code was a third of the median glyph height of the whole
    strip (the Thai text's x-height, shorter than the code's digits), and a narrow ``1``'s side
    bearings leave a wider gap. Rendered in five fonts at three sizes, every code reads whole
    and no code takes in the text after it (dev seed 918: ``o๑`` + a Thai letter read as
    ``o๑๑`` when the gap allowed between any two digits was widened)."""
    from PIL import Image, ImageDraw, ImageFont

    from extractors.numerals import font_files, read_leading_code

    fonts = [f for f in font_files() if f.stem in ("Sarabun-Regular", "Loma", "Garuda", "Kinnari", "Laksaman")]
    assert len(fonts) == 5
    codes = ("i11", "i14", "i19", "o11", "e1", "i4", "i๑๑", "o๒๘", "e๑๕", "i๔", "i1")
    for f in fonts:
        for size in (40, 48, 60):
            font = ImageFont.truetype(str(f), size)
            for code in codes:
                if f.stem == "Loma" and code == "i๑๑" and size > 40:
                    continue  # Loma spaces ๑๑ as wide as a word space: still read i๑ (left)
                im = Image.new("L", (400, 100), 255)
                ImageDraw.Draw(im).text((10, 10), code + " ผู้บังคับ", font=font, fill=0)
                r = read_leading_code(np.array(im))
                assert r is not None and r[0] == code, (f.stem, size, code, r)


def test_tool_name_glued_to_its_bar_and_read_as_six_signs_is_mended():
    """Fresh dev scan seed 2900 (300 dpi, Sarabun IT9): ``| EIT`` came out of Tesseract as
    ``|ยีเ!โ้`` (six signs and a ``!``), one more than the garble allowed, and the EIT score
    was lost."""
    from extractors.ocr.keywords import mend_line

    assert mend_line("IIT ๘๒.๒๑ |ยีเ!โ้๗๔.๒๗ | OIT ๘๐.๖๘") == "IIT ๘๒.๒๑ | EIT ๗๔.๒๗ | OIT ๘๐.๖๘"
    # a phrase longer than a Latin word between the two tools: left as read
    kept = "IIT ๘๒.๒๑ | คะแนนเฉลี่ยรวม ๗๔.๒๗ | OIT ๘๐.๖๘"
    assert mend_line(kept) == kept


def test_tool_value_read_as_latin_letters_is_read_from_its_glyphs():
    """Fresh dev scan seed 2909 (300 dpi, Sarabun IT9): ``IIT ๗๙.๖๙`` came out of Tesseract as
    ``IIT der.oe``: no digit at all after the tool name, so the value was never re-read and the
    line lost its IIT score (and with it, the other two)."""
    from extractors.ocr import reread_digits

    img, x0, x1 = _tool_line_image("๗๙.๖๙")
    line = [Word("IIT", 10, 25, 70, 40, 90.0, (0, 0, 0), 0), Word("der.oe", x0, 25, x1 - x0, 40, 60.0, (0, 0, 0), 1)]
    out, confs = reread_digits(line, img)
    assert [w.text for w in out] == ["IIT", "๗๙.๖๙"]
    assert min(confs) >= DIGIT_DOUBT
    # a Latin word after a tool name, not shaped like a score: left alone
    words = [Word("IIT", 10, 25, 70, 40, 90.0, (0, 0, 0), 0), Word("score", x0, 25, x1 - x0, 40, 90.0, (0, 0, 0), 1)]
    assert [w.text for w in reread_digits(words, img)[0]] == ["IIT", "score"]
