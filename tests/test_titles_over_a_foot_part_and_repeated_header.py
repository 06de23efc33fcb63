"""Per-measure zebra Word tables with a two-level header repeated on each page (coordinator's
seed 47004 docx), one of which starts at a page's foot and goes on on the next page."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_upper_titles_read_as_titles_over_the_first_part_still_match_the_repeated_header(tmp_path: Path):
    """47004 docx p7/p8: measure 3's table starts at p7's foot; there its upper header titles
    (``ข้อค้นพบ``, ``การดำเนินงาน``) stand each on a line of their own and were read as titles
    over the table, while p8 repeats the header with them as its upper row. The two headers held
    the same letters, but split between titles and header on one side only, so the part on p8
    was not taken as the same table: the row's rest became a measure of its own (an extra row,
    ``เจตนารมณ์ไม่รับ…``), measure 3 cut to ``กิจกรรมประกาศ`` and its period start lost."""
    needs_word()
    fuzz([47004], tmp_path, "docx", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s047004_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"])
    got = next(m for m in records["planned_measures"] if "ประกาศเจตนารมณ์" in (m["measure"] or ""))
    want = next(m for m in expected["planned_measures"] if "ประกาศเจตนารมณ์" in m["measure"])
    assert got["measure"] == want["measure"] and got["period_start"] is not None
    assert_same_measures(SimpleNamespace(**records), expected)
