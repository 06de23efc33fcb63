"""Bug "sub-column title taken for an upper cell" (unbiased seed 36015, HTML, session 27).

A borderless measures table with a two-level header (``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``
over ``วิธีการดำเนินการ | ผลการวิเคราะห์การประเมิน``), its other titles wrapped over up to five
lines. ``upper_pieces`` took the sub-column title ``วิธีการดำเนินการ`` for an upper cell centred
over a channel because, three lines further down, ``ผล`` (the last word of the follow-up title)
and ``ความโปร่งใส`` (the measure title's) stood left and right of it; the columns whose titles
had ended earlier stood between them. The steps and analysis columns were read as one: the
first page's four measures had no steps and their analysis was the two columns interleaved
(flagged ``cell_content_mismatch:analysis``, steps emptied).
"""

import pytest


pytest.importorskip("weasyprint")

from corpus_seeds import render_seed  # noqa: E402 - drawn and read once per test session


@pytest.fixture(scope="module")
def seed36015(tmp_path_factory):
    _, _, records, expected = render_seed(36015, tmp_path_factory.mktemp("s36015"), "html")
    return records, expected


def test_steps_and_analysis_read_as_two_columns(seed36015):
    records, expected = seed36015
    want = {m["measure"]: m for m in expected["planned_measures"]}
    got = records.planned_measures
    assert len(got) == len(want) == 6
    for m in got:
        w = want[m["measure"]]
        assert m["steps"] == w["steps"], m["measure"]
        assert m["analysis"] == w["analysis"], m["measure"]
        assert not any(f.startswith("cell_content_mismatch") for f in m["flags"]), m["flags"]
