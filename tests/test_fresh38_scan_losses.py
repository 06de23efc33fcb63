"""Scanned losses of session 38's fresh38s (57100–57115, scored with 0.37.0 before any change),
read through Tesseract page by page (full suite only)."""
from __future__ import annotations

import json

from corpus_seeds import scan_pages_read, scanned


def _expected(seed: int, tmp_path) -> dict:
    pdf = scanned([seed], tmp_path)[0]
    return json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))


def test_repeated_header_glued_to_first_question_row(tmp_path):
    """57110 p4 (200 dpi): the grid read the page's repeated header and question o2 as one row
    (``๐๒ | ข้อที่ | ข้อคำถาม⏎ข้อมูลผู้บริหาร | ผลคะแนน⏎5๓.9๘``); with no header the table was of
    no kind and o2–o26 were lost (``tables not understood on p4``). Page 3 prints the header on
    its own, so the glued titles are split off: the 25 questions are read, each exact or flagged."""
    records = scan_pages_read(57110, [1, 3, 4], tmp_path)
    want = {q["question_code"]: q["score"] for q in _expected(57110, tmp_path)["question_scores"]}
    got = {q["question_code"]: q for q in records.question_scores}
    codes = [f"o{n}" for n in range(2, 27)]
    assert all(c in got for c in codes), sorted(set(codes) - set(got))
    for c in codes:
        assert got[c]["score"] == want[c] or got[c]["flags"], (c, got[c]["score"], want[c])
    assert "tables not understood on p4" not in (records.document.get("error") or "")


def test_wrapped_header_titles_are_not_cut_as_a_one_line_header(tmp_path):
    """58509 p2 (300 dpi; tables38's unseen set, read on the merged tree): the new one-line-header
    rule (``ocr/header_line``) took the second line of wrapped titles (``วิเคราะห์การ``, filling its
    column) for the body's first line; the header was cut after its first line, each half OCR'd
    alone and garbled, the table not understood and all three measures lost. A body line is followed
    in its row by lines starting at the column edges too; a title's next line is centred again."""
    records = scan_pages_read(58509, [1, 2], tmp_path)
    want = [m["measure"] for m in _expected(58509, tmp_path)["planned_measures"]]
    got = [m["measure"] for m in records.planned_measures]
    assert len(got) == len(want) == 3
    assert "tables not understood" not in (records.document.get("error") or "")
