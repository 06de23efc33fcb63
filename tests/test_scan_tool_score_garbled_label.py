"""Scans: a tool score in a sentence whose label or ``ได้`` OCR garbled (issue 15, prose
summary ``… (OIT) ได้ ๗๐.๓๘ คะแนน``).

Dev seed 16501 (html, 200 dpi): ``ได้`` OCR'd into the number, ``(OIT) 147๐.3๘ คะแนน``; no
score was read, oit_score null without a flag. The score ending it is taken where the overall
score (0.3·IIT + 0.3·EIT + 0.4·OIT) bears it out, flagged ``oit_score_glued``.
Dev seed 16520 (html, 200 dpi): ``(OIT) ได้`` OCR'd as ``(01ได``; the tool's description
right before (``…ข้อมูลสาธารณะ``) names it, flagged ``tool_name_from_description:?->OIT``.
Checked on the corpus' own renders of the seeds, scanned, page 1 OCR'd."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.records.prose import glued_tool_scores, read_prose, tool_from_overall
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tool_label_scan")
    scanned([16501, 16520], out)
    return out / "scan"


def _page1(scans: Path, seed: int) -> list[tuple[int, str]]:
    text, _ = ocr_page(scans / f"s0{seed}_html_scan.pdf", 1)
    return [(1, text.text)]


def test_a_tool_score_with_its_word_glued_before_it_is_read_where_the_overall_bears_it_out(scans):
    pages = _page1(scans, 16501)
    prose = read_prose(pages, 2565)
    assert "OIT" not in prose.tools and (prose.overall, prose.tools) == (79.83, {"IIT": 79.69, "EIT": 92.58})
    assert glued_tool_scores(pages) == {"OIT": ("147๐.3๘", 70.38)}  # as printed: its digits' scripts kept
    assert tool_from_overall("OIT", 70.38, prose.tools, prose.overall)
    assert not tool_from_overall("OIT", 0.38, prose.tools, prose.overall)


def test_a_tool_score_whose_label_is_garbled_goes_to_the_tool_its_description_names(scans):
    prose = read_prose(_page1(scans, 16520), 2569)
    assert prose.tools == {"IIT": 86.27, "EIT": 74.03, "OIT": 69.19}
    assert "tool_name_from_description:?->OIT" in prose.flags
