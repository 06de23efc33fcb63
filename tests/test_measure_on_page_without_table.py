"""A measure on a page where no table was found (issue 13): dev seed 19205 html (measures in one
table drawn without rules, landscape) prints measure 5 alone on page 5. Up to 0.22.0 the extract
stage found no table there; the measure was first lost in an ``ok`` document (a silent loss),
then named by its page text (``measures_text_unread:p5``, document ``partial``). Since 0.23.0
(a page holding only rows carries the columns of the table before it) the row is read: all five
measures, no flag. The page-text check stays for pages still missed; it is tested on this
render's real page text with page 5's measure taken away, as when no table was found there.
One HTML render, the real extract and normalize stages.
"""

import pdfplumber
import pytest

from corpus_seeds import render_seed
from normalizers.records.text_measures import measures_text_unread
from normalizers.thai.thai_text import repair

pytest.importorskip("weasyprint")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return render_seed(19205, tmp_path_factory.mktemp("r19205"), "html")


def test_measure_alone_on_a_page_without_rules_is_read(rendered):
    _, ex, records, expected = rendered
    assert any(t.page == 5 for t in ex.tables)
    want = expected["planned_measures"]
    assert len(records.planned_measures) == len(want) == 5
    got5 = records.planned_measures[4]
    for k in ("indicator_no", "question_codes", "measure", "analysis", "steps", "responsible", "follow_up"):
        assert got5[k] == want[4][k], k
    assert got5["page_first"] == 5
    assert records.document["status"] == "ok"
    assert not any(f.startswith("measures_text_unread") for f in records.document["flags"])


def test_measure_left_as_page_text_is_named(rendered):
    pdf, ex, records, _ = rendered
    # the page's whole text layer, as the page text is when no table was found on it
    with pdfplumber.open(pdf) as doc:
        page_text = [(i, repair(pg.extract_text() or "")) for i, pg in enumerate(doc.pages, 1)]
    p5 = dict(page_text)[5]
    assert "(5) แนวทางส" in p5 and "2. ติดตามความก้าวหน้าทุกเดือน" in p5
    read = [m for m in records.planned_measures if m["page_first"] != 5]
    assert measures_text_unread(page_text, read) == ["measures_text_unread:p5"]
    # with every measure read, no page is named
    assert measures_text_unread(page_text, records.planned_measures) == []
