"""A row's rest glued under a repeated header of a bare (no rules, no shading) measures table,
scanned (issue 15; dev seed 15002 scanned, page 5). The page's top row ran on from page 4 in
the steps column only: no line of it holds ink in enough columns to start a row, so
``borderless._row_starts`` read all fourteen lines into the repeated header and the steps were
lost. ``borderless._header_tail`` starts a row after the widest blank under the header's last
titles line when one column is inked on too many header lines for a title. Checked on the
corpus' own render of seed 15002, scanned at 300 dpi."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("header_tail_scans")
    scanned([15002], out)
    return out / "scan"


def test_row_rest_under_repeated_header_is_a_body_row(scans):
    _, tables = ocr_page(scans / "s015002_html_scan.pdf", 5, dpi=300)
    t = tables[0]
    text = ["\n".join(c or "" for c in r) for r in t.rows]
    head = next(k for k, r in enumerate(text) if "ขั้นตอนหรือวิธีการปฏิบัติ" in r)
    # the header keeps its titles and nothing of the steps
    assert "ก่อนเผยแพร่" not in text[head] and "รวบรวมข้อมูล" not in text[head], t.rows
    # the steps run on in one row under it, their other cells empty (steps ๔ and ๕ of measure ๑)
    rest = [r for r in t.rows[head + 1:] if any("รวบรวมข้อมูลและตรวจสอบ" in (c or "") for c in r)]
    assert len(rest) == 1, t.rows
    assert sum(1 for c in rest[0] if (c or "").strip()) <= 2, rest[0]
    assert any("เผยแพร่ข้อมูลบนเว็บไซต์" in (c or "") for c in rest[0]), rest[0]
