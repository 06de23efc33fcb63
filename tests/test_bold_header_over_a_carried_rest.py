"""A Word table without rules whose two-level header is repeated on each page over the rest of
the row the page broke (coordinator's seed 47026 docx: one table, long rows, header set bold)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pdfplumber
import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered
from extractors.spaced_header import header_at, lead
from extractors.text import glyphs_from_chars
from extractors.unruled import text_lines

pytest.importorskip("weasyprint")


def test_regular_rest_under_a_bold_repeated_header_is_no_header_line(tmp_path: Path):
    """47026 docx p10: the repeated header (four bold lines, ``…ผู้รับผิด / ชอบ/หน่วย / งาน``) sits
    as close over the rest of measure 4 (``ผล | ประชาสัมพัน | ชนิด | โดยให้ทุกส่วน…``, regular) as
    its own lines do, centred words under centred words: the header ran on through the rest, and
    the measure lost the end of its name (``…ทุกชนิด``), four steps and a unit, in an ``ok``
    document without a flag (CER 0.81). A line in the regular face under a bold header is a body
    line."""
    needs_word()
    fuzz([47026], tmp_path, "docx", log=lambda *_: None)
    pdf = tmp_path / "s047026_docx.pdf"
    with pdfplumber.open(pdf) as doc:
        lines = text_lines(glyphs_from_chars(doc.pages[9].chars))
    assert all(g.bold for ln in lines[:4] for g in ln.glyphs) and not any(g.bold for g in lines[4].glyphs)
    assert header_at(lines, 0, lead(lines)) == 3
    records, expected = read_rendered(str(pdf))
    got = next(m for m in records["planned_measures"] if "ประกาศเจตนารมณ์" in (m["measure"] or ""))
    want = next(m for m in expected["planned_measures"] if "ประกาศเจตนารมณ์" in m["measure"])
    assert got["measure"] == want["measure"] and got["steps"] == want["steps"]
    assert set(got["responsible"] or []) == set(want["responsible"])
    assert_same_measures(SimpleNamespace(**records), expected)
