"""A measure on a page where no table was found (issue 13): dev seed 19205 html (measures in one
table drawn without rules, landscape) prints measure 5 alone on page 5; the extract stage found
no table there and the measure was lost in an ``ok`` document (a silent loss). The page's text
prints its numbered name (``(5) แนวทางสำรวจความพึงพอใจ``) and numbered steps: the document now
names it (``measures_text_unread:p5``) and is ``partial``. One HTML render, the real extract and
normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_measure_left_as_page_text_makes_the_document_partial(tmp_path):
    _, ex, records, expected = render_seed(19205, tmp_path, "html")
    assert not any(t.page == 5 for t in ex.tables)
    p5 = next(p for p in ex.pages if p.page == 5).text
    assert "(5) แนวทางส" in p5 and "2. ติดตามความก้าวหน้าทุกเดือน" in p5
    assert len(expected["planned_measures"]) == 5 and len(records.planned_measures) == 4
    assert "measures_text_unread:p5" in records.document["flags"]
    assert records.document["status"] == "partial"
    # pages whose measures were read are not named
    assert not any(f.startswith("measures_text_unread") and f != "measures_text_unread:p5"
                   for f in records.document["flags"])
