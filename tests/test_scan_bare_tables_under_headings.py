"""Bare measures tables (no rules, no shading) drawn one per measure on a scanned page, each under
its heading (``ประเด็นที่ N …``) with the same header over each (unbiased fresh27s, scored before
any change at 0.28.0):

- 38104 p2 (200 dpi, portrait, four tables): stretches of lines grown line by line
  (``stretches._regions``) began at each header's second line and ran on through the next
  table's heading and header's first line; those titles were read as measures (an extra
  ``ประเด็นที่ต้อง …`` measure, three measures' texts mixed with titles: CER 0.331).
- 38109 p5 (300 dpi, landscape, two-level header, four tables): each stretch opened at a heading
  whose ink closed the channel between the first two columns (the second table cut after its
  first body line), the third table ran into the fourth's header and was dropped: two of four
  measures lost (flagged), CER 0.667.

- scan28's unseen 38212 p2 (200 dpi, landscape, three tables under headings, a one-line header):
  the first table read as page text, measure ๑) and indicator 7's score lost (flagged since 0.28.0).

A header drawn several times on the page (a wide line and up to ``REPEAT_LINES`` lines under it,
same ends and heights), each drawing under a narrow line at the table's left (its heading),
cuts the stretches at each drawing, the headings left to the page text
(``stretches._header_drawings``).

- 38109 p5, the fourth table (one body row of two lines under a three-line header): its
  header's last letters taken for digits made a "score table" of it, blanked out before the
  bare tables were looked for, and the body's two lines were left as page text (measure lost).
  A score grid lying within a bare table's header row is that header (``aligned._in_header``).
- 38101 p6 and p8 (200 dpi): two titles of one header level set so close their letters touch
  across a column cut (``งบประมาณ`` beside ``คุณธรรมและความ``) were taken for a group title
  and the header split under it; its last line (``ผล``, ``โปร่งใส``, ``การ``) became a row of its
  own, read as a measure ``โปร่งใส``. A group title has a title of its own under it in every
  column it spans (``columns._titles_under``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    seeds = (38101, 38104, 38109, 38212)
    return dict(zip(seeds, scanned(list(seeds), tmp_path_factory.mktemp("bare_per_measure"))))


def _wide(pp):
    return [g for g in pp.grids if len(g.xs) - 1 >= 4]


def test_bare_tables_under_headings_cut_at_their_headers(scans):
    pp = prepared_page(scans[38104], 2, 200)
    grids = _wide(pp)
    assert len(grids) == 4, [(g.xs, g.ys) for g in pp.grids]
    for g in grids:
        assert len(g.xs) - 1 == 5, g.xs  # measure, issue, steps, responsible, note
        assert len(g.ys) - 1 == 2, g.ys  # the header (its two lines) and the measure's row
    # the headings (ประเด็นที่ 2, 3, 4) lie between the tables, in none of them
    for upper, lower in zip(grids, grids[1:]):
        assert lower.ys[0] - upper.ys[-1] > 50, (upper.ys, lower.ys)


def test_first_bare_table_under_heading_read_as_page_text(scans):
    pp = prepared_page(scans[38212], 2, 200)
    grids = _wide(pp)
    assert len(grids) == 3, [(g.xs, g.ys) for g in pp.grids]
    for g in grids:
        assert len(g.xs) - 1 == 6, g.xs
        assert len(g.ys) - 1 == 2, g.ys  # the one-line header and the measure's row
    assert grids[0].ys[0] < 320, grids[0].ys  # the first table, from its header (under ประเด็นที่ …)


def test_heading_closing_first_channel_keeps_table_whole(scans):
    pp = prepared_page(scans[38109], 5, 300)
    grids = _wide(pp)
    assert len(grids) == 4, [(g.xs, g.ys) for g in pp.grids]
    # the second table's body (two lines, steps ๑. ๒.) whole, its heading above its header
    second = grids[1]
    assert second.ys[-1] > 1290, second.ys
    assert second.ys[0] > 940, second.ys


def test_bare_table_header_read_as_score_table(scans):
    pp = prepared_page(scans[38109], 5, 300)
    last = max(pp.grids, key=lambda g: g.ys[0])
    assert len(last.xs) - 1 >= 4, (last.xs, last.ys)  # the bare table, not a 3-column score grid
    assert last.ys[-1] > 2280, last.ys  # its body's two lines inside it


@pytest.mark.parametrize("page", [6, 8])
def test_touching_header_titles_no_group_title(scans, page):
    pp = prepared_page(scans[38101], page, 200)
    big = max(_wide(pp), key=lambda g: g.ys[-1] - g.ys[0])
    assert len(big.xs) - 1 == 6, big.xs
    assert len(big.ys) - 1 == 2, big.ys  # header (three lines of titles) and one measure's row
    assert big.ys[1] - big.ys[0] > 110, big.ys  # the titles' last line (โปร่งใส) in the header
