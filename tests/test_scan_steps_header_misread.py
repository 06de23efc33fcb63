"""Dev scan 32000 (200 dpi, grid-ruled measures tables, columns shuffled): the steps column's
header ``แนวทางการดำเนินการ`` was OCR'd as ``แนวทางการดำเนิน ms`` (p5: ``การ`` read as Latin) and
``แนวทางการดำเนิน`` (p2: ``การ`` lost); neither named the steps, whose cells alone were too weak
evidence, so the column stayed unmapped and two measures lost their steps (flagged
``column_unmapped_text``; text CER 0.93 and 0.90). A Latin word Tesseract gives for a Thai one
(``ocr_confusions.json`` latin_words) is read as that word in a header cell, and
``แนวทางการดำเนิน`` names the steps. The cells are the extractor's real readings."""
from __future__ import annotations

from normalizers.tables.vocab import header_evidence


def test_steps_header_with_a_latin_word():
    ev = header_evidence(["แนวทางการดำเนิน ms"])
    assert ev.get("steps", 0) >= 3.0 and ev["steps"] > ev.get("measure", 0)


def test_steps_header_cut_short():
    ev = header_evidence(["แนวทางการดำเนิน"])
    assert ev.get("steps", 0) >= 3.0 and ev["steps"] > ev.get("measure", 0)


def test_other_latin_words_stay_as_printed():
    # a tool name is no Thai word read as Latin: the score column's header names no steps
    assert "steps" not in header_evidence(["คะแนน IIT"]) and header_evidence(["คะแนน IIT"])["score"] >= 3.0
