"""A scanned tool cell ``EIT⏎๘๙.๖๖`` whose score Tesseract read as Latin letters, ``ea.dd`` (issue 15;
dev scan 16513, Norasi 300 dpi): the score's line held no digit, so the numeral recognizer never
read it and the EIT score was lost. A line under a line holding only a tool's name, shaped like a
score, is read by the recognizer. Real pixels (the number drawn in Norasi), Tesseract's reading given."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extractors.numerals import font_files
from extractors.ocr.digits import words_to_text
from extractors.ocr.tess import Word


def _cell(lines: list[str]) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    font = ImageFont.truetype(str(next(f for f in font_files() if f.stem == "Norasi")), 44)
    im = Image.new("L", (420, 70 * len(lines) + 20), 255)
    d = ImageDraw.Draw(im)
    boxes = []
    for k, text in enumerate(lines):
        d.text((30, 15 + 70 * k), text, font=font, fill=0)
        boxes.append(d.textbbox((30, 15 + 70 * k), text, font=font))
    return np.array(im), boxes


def _words(readings: list[str], boxes) -> list[Word]:
    return [Word(t, b[0], b[1], b[2] - b[0], b[3] - b[1], 80.0, (0, 0, k), seq=k)
            for k, (t, b) in enumerate(zip(readings, boxes))]


def test_ocr_tool_value_next_line_read_by_the_recognizer():
    img, boxes = _cell(["EIT", "๘๙.๖๖"])
    text, _ = words_to_text(_words(["EIT", "ea.dd"], boxes), img)
    assert text.split("\n") == ["EIT", "๘๙.๖๖"], text


def test_ocr_tool_value_next_line_only_under_a_tool_name():
    img, boxes = _cell(["ผล", "๘๙.๖๖"])
    text, _ = words_to_text(_words(["ผล", "ea.dd"], boxes), img)
    assert text.split("\n") == ["ผล", "ea.dd"], text  # no tool name above: Latin text stays
