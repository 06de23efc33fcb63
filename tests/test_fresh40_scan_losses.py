"""Losses of session 40's scans: h/scan40i's unseen 62200–62215 (read after its final scoring) and
the coordinator's fresh40s (61100–61115); each read from the corpus' own scan (full suite)."""
from __future__ import annotations

from corpus_seeds import indicators_from, scan_pages_read


def test_measures_cell_score_read_with_a_digit_too_many_is_not_kept(tmp_path):
    """62210 p5 (300 dpi): indicator 6's measures-table cell ``(๙๐.๖๓๒ คะแนน)`` (printed ๙๐.๖๓) was kept
    as 90.632 with no flag about it (the scorer's tolerance counted it exact). No ITA score prints three
    decimals: the cell is unreadable, and the results table's 90.63, the reading with one digit left
    out, is taken and flagged."""
    records = scan_pages_read(62210, [1, 5], tmp_path)
    row = indicators_from(records, "measures_table")[6]
    assert row["score"] == 90.63
    assert "score_extra_digit_from_other_source:90.632" in row["flags"]


def test_measures_cell_score_read_as_no_number_is_named(tmp_path):
    """62210 p5 (300 dpi): indicator 2's measures-table cell ends on ``mes™e`` where it prints
    ``(๙๖.๘๑ คะแนน)``: no parenthesis, no ``คะแนน``, so the cell was read as printing no score and the
    indicator's measures-table score was lost with no flag in an ``ok`` document. A cell ending on a
    run of no Thai letter under its name is a score past reading: named, the document partial."""
    records = scan_pages_read(62210, [1, 5], tmp_path)
    assert 2 not in indicators_from(records, "measures_table")
    assert "indicator_score_unreadable:measures_table:2@p5" in records.document["flags"]


def test_measures_cell_score_with_a_third_decimal_and_no_other_source_drops_it(tmp_path):
    """62301 p5 (h/scan40p's unseen, 200 dpi): indicator 8's cell ``(๗๙.๐๘๐ คะแนน)`` (printed ๗๙.๐๘), its
    heading lost, no other source of the score: three decimals made it unreadable (after the fix above)
    where the reading was right. The third decimal is dropped, flagged (check level)."""
    records = scan_pages_read(62301, [1, 5], tmp_path)
    row = indicators_from(records, "measures_table")[8]
    assert row["score"] == 79.08 and "score_third_decimal_dropped:79.080" in row["flags"]
