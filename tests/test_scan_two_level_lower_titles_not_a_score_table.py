"""A bare table's two-level header whose lower titles were read as a score table (issue 15;
unseen-then 58104, scan38m's unseen set, 300 dpi, portrait, bare measures tables one per measure
under their headings, a group title over the finding, steps and indicator columns).

``aligned.score_grids`` took the lower titles of p5's second table for a "score table" (their
last letters read as digits). Blanked out before the bare wide tables were looked for, it left
the body alone: no grid was found for it, and the table came out as its header's three rows.
Measure 2's row was lost, and with it its question codes i8 and i11, with no flag; its name was
matched to a later rest (text CER 0.74). ``aligned._in_header`` kept a "score table" lying in
the wide table's first row only; it now takes the whole header, down to the last row that a cell
of the first row reaches into (``aligned.header_rows``)."""
from __future__ import annotations

import json

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned

SEED = 58104


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("lower_titles"))[0]


def test_two_level_header_lower_titles_stay_with_their_body(scan):
    pp = prepared_page(scan, 5, 300)
    wide = [g for g in pp.grids if len(g.xs) - 1 >= 7]
    assert len(wide) == 2, [(g.xs, g.ys) for g in pp.grids]
    second = wide[1]
    # the header's rows and the body row of measure 2 in one grid, down to the body's foot
    assert second.ys[-1] - second.ys[0] > 900, second.ys
    assert len(second.ys) - 1 >= 3, second.ys


def test_measure_under_two_level_header_keeps_its_codes(scan, tmp_path):
    records = scan_pages_read(SEED, [5], tmp_path)
    want = json.loads(scan.with_name(scan.stem + ".expected.json").read_text(encoding="utf-8"))
    second = want["planned_measures"][1]
    got = [m for m in records.planned_measures if m["measure"] and m["measure"].startswith("แนวทางส่งเสริม")]
    assert len(got) == 1, [m["measure"] for m in records.planned_measures]
    assert sorted(got[0]["question_codes"]) == sorted(second["question_codes"]), got[0]
