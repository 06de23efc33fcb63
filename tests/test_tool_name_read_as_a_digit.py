"""A scanned results table's tool cell cut into the page's text with its name read as a digit
(fresh32s 45105 p1, 300 dpi: ``IIT`` over ``82.27`` read as ``1`` over ``82.27``)."""
from normalizers.records.tool_pieces import tool_pieces
from normalizers.tables.grid import Table

# indicators 1-5 as 45105's results table gave them: their mean is 82.27, the IIT score
READ = {1: 98.75, 2: 96.03, 3: 80.02, 4: 75.04, 5: 61.5, 6: 62.55, 7: 88.07, 8: 77.48, 9: 93.4, 10: 82.35}
MEANS = {"IIT": 82.268, "EIT": 76.03, "OIT": 87.875}
TEXT = "ผลคะแนนรายตัวชี้วัด\n1\n82.27\nทั้งนี้ ผลการประเมินประจำปีงบประมาณ พ .ศ. 2562 ได้คะแนน 87.65 คะแนน"


def _results_table() -> Table:
    return Table(page=1, index=0, header=[], rows=[], n_cols=3)


def test_tool_name_read_as_a_digit_over_its_score_is_taken_when_the_mean_bears_it_out():
    """IIT was null in an ``ok`` document without a flag: a garbled name over a score was taken
    only without digits (an indicator's number over its score prints so). Indicator 1 was read
    with another score, no indicator has 82.27, and only IIT's mean bears it out: the score is
    IIT's, flagged ``tool_name_unread``."""
    got = tool_pieces([_results_table()], [("results", [])], [(1, TEXT)], {}, {"EIT", "OIT"}, MEANS, READ)
    value, flags = got["IIT"]
    assert value == 82.27
    assert "iit_score:tool_name_unread:1" in flags and "iit_score_from_pieces:p1" in flags


def test_indicator_number_over_its_own_score_is_no_tool_piece():
    """The same line where indicator 1 was not read with another score (its row's number over
    its score, cut from the table) is no tool's."""
    read = dict(READ)
    del read[1]
    assert "IIT" not in tool_pieces([_results_table()], [("results", [])], [(1, TEXT)], {}, {"EIT", "OIT"}, MEANS, read)
    read[1] = 82.27
    assert "IIT" not in tool_pieces([_results_table()], [("results", [])], [(1, TEXT)], {}, {"EIT", "OIT"}, MEANS, read)


def test_tool_score_with_a_stray_leading_vowel_is_read():
    """Dev u46a 46105 p1 (300 dpi): the OIT cell read ``OIT⏎ไ๖๘.๗๗ว``; a stray letter at either
    end of the score was dropped only for consonants, so OIT was unread (``partial``). A leading
    vowel letter (``ไ``) is as stray; the mean of indicators 9 and 10 bears 68.77 out."""
    from normalizers.records.tool_pieces import _score

    assert _score("ไ๖๘.๗๗ว") == 68.77
    assert _score("๖๘.๗๗") == 68.77 and _score("ไไ๖๘.๗๗") is None
