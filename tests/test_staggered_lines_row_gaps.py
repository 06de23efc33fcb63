"""Row gaps where cells' lines are staggered. A Word table's row (zebra rules, long rows) broke
across pages; on the page holding its middle, one column's list paragraphs (``- กองการศึกษาฯ``)
sat a few points lower than the next column's lines, so consecutive text lines overlapped and the
tightest "line gap" was negative: every ordinary line gap then looked like a row's padding, the
carried rest was cut after its first line, and the rest of the page's text was lost without a
flag (fresh23 24048 docx, 0.22.0: measure 3's text CER 0.69, two of its three units lost). Gaps
are now measured to the line above in the same column where lines are staggered."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed
from extractors.text import Glyph
from extractors.unruled import Line, wide_gaps


def _line(x0: float, x1: float, top: float, size: float = 11.0) -> Line:
    return Line([Glyph("ก", x, x + 5, top, top + size, size) for x in range(int(x0), int(x1), 5)])


def test_staggered_columns_show_no_row_padding():
    # two columns at a 22.5 pt pitch, the right one 6 pt lower: no gap is a row's padding
    lines = sorted([_line(50, 200, 120 + 22.5 * k) for k in range(5)] +
                   [_line(300, 400, 126 + 22.5 * k) for k in range(1, 4)], key=lambda ln: ln.top)
    assert wide_gaps(lines, 0.25, by_column=True) == set()


def test_row_padding_still_found_between_aligned_lines():
    tops = [100, 122.5, 145, 175, 197.5]  # a wider gap before the fourth line: a new row
    assert wide_gaps([_line(50, 200, t) for t in tops], 0.25, by_column=True) == {3}


def test_carried_row_keeps_its_lines_in_a_word_report(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(24048, tmp_path, "docx")
    want = next(m for m in exp["planned_measures"] if m["seq"] == 3)
    got = next(m for m in rec.planned_measures if m["seq"] == 3)
    assert got["responsible"] == want["responsible"] == ["กองคลัง", "กองการศึกษาฯ", "กองช่าง"]
    assert got["steps"] == want["steps"]  # the carried page's lines (0.22.0: its first line only)
