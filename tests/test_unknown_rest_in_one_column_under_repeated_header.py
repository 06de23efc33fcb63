"""A measure's row longer than a page in a table ruled across only, its rest on the next page filling
one column under the header printed again (coordinator's seeds 45411 and 45413 html, every column
title from the corpus's ``unknown`` bank, one table per measure, horizontal rules, long rows)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, read_rendered

pytest.importorskip("weasyprint")


@pytest.mark.parametrize("seed,seq", [(45413, 5), (45411, 3)])
def test_row_rest_in_one_column_under_repeated_header_is_read(tmp_path: Path, seed: int, seq: int):
    """45413 p11: the repeated header's rules, then only the steps cell's rest (steps ๑'s end and
    steps ๒-๖) running to the page's foot and on to page 12. A row under a table's last rule must
    fill two columns to be read, so the rest was left out: measure 5 kept one step of eight
    (flagged ``measure_rest_unread``, document ``partial``). Under the carried table's header
    printed again at the page's top, the rest of the cut row may fill one column."""
    fuzz([seed], tmp_path, "html", log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / f"s{seed:06d}_html.pdf"))
    assert expected["dims"]["m.rules"] == "horizontal" and expected["dims"]["m.long_rows"] == "yes"
    assert records["document"]["status"] == "ok"
    want = next(m for m in expected["planned_measures"] if m["seq"] == seq)
    got = next(m for m in records["planned_measures"] if m["seq"] == seq)
    assert len(want["steps"]) == 8 and got["steps"] == want["steps"]
    assert "measure_rest_unread" not in got["flags"]
    assert_same_measures(SimpleNamespace(**records), expected)
