"""A bare measures table's body row whose short cells end on numbers, read as a "score table"
cut out of the row (issue 15; dev 60203, scan39s's unseen set, 200 dpi, portrait, bare tables
one per page under a repeated two-level header, no rules).

On p6 and p7 the body row's first lines (codes ``e๕ e๖``, a period ``๑ มิ.ย. ๓๑ ส.ค. ๗๐``)
ended on numbers, and ``aligned.score_grids`` made a 7-column "score table" of them, in the
middle of the bare table found over the header and the row. Blanked out first, it took the
row's lines away from the header, which was read alone with its columns cut through its
titles; the row's lower lines were left as page text. Both measures (2 and 3) were lost with
no flag. ``aligned._amid_body`` drops the one score grid lying under a bare wide table's first
row and ending inside its last row."""
from __future__ import annotations

import json

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned

SEED = 60203


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("bare_row_numbers"))[0]


@pytest.mark.parametrize("page", [6, 7])
def test_body_row_ending_on_numbers_stays_in_its_table(scan, page):
    pp = prepared_page(scan, page, 300)
    wide = [g for g in pp.grids if len(g.xs) - 1 >= 7]
    # one grid: the two-level header and the body row, 8 columns (the sequence column kept)
    assert len(wide) == 1, [(g.xs, g.ys) for g in pp.grids]
    g = wide[0]
    assert len(g.xs) - 1 == 8, g.xs
    assert g.ys[0] < 400 and g.ys[-1] > 1300, g.ys


@pytest.fixture(scope="module")
def records(scan, tmp_path_factory):
    return scan_pages_read(SEED, [5, 6, 7], tmp_path_factory.mktemp("bare_row_numbers_read"))


def test_measures_of_the_bare_rows_are_read(scan, records):
    want = json.loads(scan.with_name(scan.stem + ".expected.json").read_text(encoding="utf-8"))
    names = [m["measure"] for m in records.planned_measures]
    for w in want["planned_measures"][1:]:
        got = [m for m in records.planned_measures if m["measure"] == w["measure"]]
        assert len(got) == 1, names
        assert got[0]["analysis"] == w["analysis"], got[0]
    e = [m for m in records.planned_measures if m["measure"] == want["planned_measures"][1]["measure"]][0]
    assert sorted(e["question_codes"]) == ["e5", "e6"], e


def test_code_read_twice_on_the_scan_is_flagged(records):
    # p5's codes cell ``i๑๑ i๑๒`` read ``i๑๒ i๑๒``: i11 lost, now with a flag about codes
    first = [m for m in records.planned_measures if m["measure"] and m["measure"].startswith("แนวทางประเมิน")]
    assert len(first) == 1, [m["measure"] for m in records.planned_measures]
    m = first[0]
    assert sorted(m["question_codes"]) == ["i11", "i12"] or any(f.startswith("code_") for f in m["flags"]), m
