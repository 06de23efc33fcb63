"""u52a 52101 p1 (200 dpi): IIT's cell of the results table's tool column ``๘๘.๐๖`` read ``GG.OD``; IIT
was null with no flag. It is now the mean of its five indicators, which with EIT and OIT makes the
weighted overall hold (``iit_score_from_sum_and_mean``). Real simulated scan, page OCR'd."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s36p_tools")


def test_scan_tool_score_from_sum_and_mean(out):
    doc = scan_pages_read(52101, [1], out).document
    assert doc["iit_score"] == 88.06
    assert "iit_score_from_sum_and_mean:88.06" in doc["flags"]
