"""Scanned losses of session 39's fresh39s (59100–59115, scored with 0.38.0 before any change),
read through Tesseract page by page (full suite only)."""
from __future__ import annotations

import json

from corpus_seeds import scan_pages_read, scanned


def _expected(seed: int, tmp_path) -> dict:
    pdf = scanned([seed], tmp_path)[0]
    return json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))


def _squash(s: str) -> str:
    return "".join(s.split())


def test_row_rest_printed_as_page_text_joins_its_steps(tmp_path):
    """59115 p4-p5 (300 dpi): measure 4's row broke at page 4's foot after its first step; steps
    2-8 went on alone in the steps column of page 5, unruled, and were read as the page's text:
    the row kept one step (flagged ``measure_rest_unread``). The text's first step is numbered
    one past the row's last, and nothing else starts there: its steps are the row's."""
    records = scan_pages_read(59115, [2, 4, 5], tmp_path)  # p2: the title
    want = _expected(59115, tmp_path)["planned_measures"][3]
    got = next(m for m in records.planned_measures if _squash(m["measure"] or "") == _squash(want["measure"])
               and m["page_first"] == 4 and "บุคลากรบางส่วน" in (m["analysis"] or ""))
    assert len(got["steps"]) >= len(want["steps"]) - 1  # one garbled number (``>.``) may join two steps
    assert "measure_rest_from_text" in got["flags"] and "measure_rest_unread" not in got["flags"]
    assert got["page_last"] == 5
    for w in want["steps"][1:4]:
        assert any(_squash(w)[:20] in _squash(s) for s in got["steps"]), w
