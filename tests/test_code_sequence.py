"""Question codes resolved by the row's place between sure codes.

Bug (layout-space scans, dev seed 2 at 200 dpi): OCR read ``i๗`` as ``i1`` — a code printed
on another row, so the row was dropped as a second printing of i1 — and ``i๑4`` as ``i๘4``
(out of range: the row was typed as an indicator heading, its text naming ``ป้องกันการ
ทุจริต``, and lost). Between ``i๖`` and ``i8``, and ``i๑3`` and ``i๑5``, their places say i7
and i14. Here the corpus renders seed 2 with those two codes misprinted as OCR read them.
"""
from __future__ import annotations

import hashlib

from corpus.draw import draw
from corpus.html_render import render_html_pdf
from extractors.document import extract_document
from normalizers.document import normalize

MISREAD = {"i๗": "i1", "i๑4": "i๘4"}


def _records(tmp_path, misread: dict[str, str]):
    m = draw(2, "html")
    for b in m["blocks"]:
        for row in b.get("rows") or []:
            cell = row["cells"][0]
            code, _, rest = cell["text"].partition(" ")
            if code in misread:
                cell["text"] = f"{misread[code]} {rest}"
    pdf, _ = render_html_pdf(m)
    p = tmp_path / "s2.pdf"
    p.write_bytes(pdf)
    return normalize(extract_document(p, hashlib.sha256(pdf).hexdigest()))


def test_misread_codes_resolved_by_their_place(tmp_path):
    r = _records(tmp_path, MISREAD)
    q = {x["question_code"]: x for x in r.question_scores}
    assert q["i7"]["score"] == 100.0 and "code_from_position:i1->i7" in q["i7"]["flags"]
    assert q["i14"]["score"] == 100.0 and any(f.startswith(("code_from_position:i๘4->i14", "code_corrected:i๘4->i14"))
                                              for f in q["i14"]["flags"])
    assert q["i1"]["score"] == 71.89 and not any("position" in f for f in q["i1"]["flags"])
    assert q["i7"]["indicator_no"] == 3 and q["i14"]["indicator_no"] == 5
    clean = _records(tmp_path, {})  # as printed: the misreads cost no row and change no score
    assert {x["question_code"]: x["score"] for x in clean.question_scores} == {c: x["score"] for c, x in q.items()}
