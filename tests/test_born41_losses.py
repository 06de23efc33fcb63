"""Losses of session 41's born-digital dev sets (fresh40b, born40's unseen sets, now dev), read end
to end from the corpus' own render (h/born41)."""
from __future__ import annotations

from corpus_seeds import needs_word, render_seed


def test_code_cut_by_a_page_break_under_a_clipped_repeated_title_keeps_its_last_digit(tmp_path):
    """fresh40b 61318 docx (a two-level header repeated on every page): measure 3's code ``i๑๔``
    was cut by the page break after ``i๑``; its last digit ``๔``, atop page 11, shares its line
    with the ``A`` of the repeated title ``ข้อคำถาม IT`` / ``A`` clipped into the page's first
    row (``๔A``). The cell did not read as a code and the measure got ``i1``, flagged only
    ``row_split_across_pages``. Latin letters glued after a code's digit that end the column's
    Latin title word are the header's."""
    needs_word()
    _, _, records, expected = render_seed(61318, tmp_path, "docx")
    got = [m["question_codes"] for m in records.planned_measures]
    assert got == [m["question_codes"] for m in expected["planned_measures"]]
    assert any(f.startswith("code_digits_rejoined:") for f in records.planned_measures[2]["flags"])


def test_latin_title_tail_is_cut_only_after_a_digit_and_only_when_it_ends_the_title_word():
    from normalizers.records.measure_headers import _latin_title_tail

    assert _latin_title_tail("๔A", "ข้อคำถามIT") == "๔"
    assert _latin_title_tail("i๑\n๔A", "ข้อคำถามITA") == "i๑\n๔"
    assert _latin_title_tail("๔A", "ข้อคำถาม") is None          # no Latin title word to end
    assert _latin_title_tail("i14", "ข้อคำถามIT") is None        # a code, nothing glued
    assert _latin_title_tail("๔B", "ข้อคำถามIT") is None         # ``ITB`` is no title word
    assert _latin_title_tail("A", "ข้อคำถามIT") is None          # no digit before it (left to _latin_leftover)


def test_units_glued_to_the_last_column_of_a_table_without_a_units_column_are_read(tmp_path):
    """fresh40 61008 html (spacing tables, the units column printed last): measure 3's row stood
    alone on p7 under a header split across pages; its units column held one line, so the table
    finder saw no edge between the success indicator and the units (``ร้อยละ ๙0 ของ`` ·gap·
    ``ทุกส่วนราชการ``) and read them as one column with no role. The measure's units were lost
    with no flag. Where the document's measures tables print their units last, a table with no
    units column whose last column's lines end, after a space, with known units reads them as
    its units (``units_from_joined_column``)."""
    _, _, records, expected = render_seed(61008, tmp_path, "html")
    assert [m["responsible"] for m in records.planned_measures] == \
        [m["responsible"] for m in expected["planned_measures"]]
    assert [m["steps"] for m in records.planned_measures] == [m["steps"] for m in expected["planned_measures"]]
    assert "units_from_joined_column" in records.planned_measures[2]["flags"]


def test_unit_tail_needs_words_before_it_and_a_known_unit():
    from normalizers.records.units_last_column import _unit_tail

    assert _unit_tail("ร้อยละ ๙0 ของ ทุกส่วนราชการ") == ("ร้อยละ ๙0 ของ", "ทุกส่วนราชการ")
    assert _unit_tail("ทุกส่วนราชการ") is None                    # no words before it
    assert _unit_tail("ร้อยละ ๙0 ของกลุ่มเป้าหมาย") is None        # no unit
    assert _unit_tail("ร้อยละ ๘0 ของบุคลากรทุกส่วนราชการ") is None  # glued: the indicator's own words


def test_row_rest_opening_with_the_indicator_score_alone_goes_with_the_row_before(tmp_path):
    """fresh40 61006 docx (rules across, the header repeated on every page): measure 4's row was
    cut by the page break; its rest atop p11 opens with the indicator cell's end, the score alone
    (``(๘๑.๘๕`` / ``คะแนน)``), beside the ends of its name, analysis and steps. A first column
    holding text made it read as a new measure: measure 4 cut short and an extra measure 5 (its
    name ``เผยแพร่ต่อสาธารณะ``) with no codes nor period. An indicator's score alone in brackets is
    no new row's first cell: with no codes and no period beside it, the row is the rest."""
    needs_word()
    _, _, records, expected = render_seed(61006, tmp_path, "docx")
    assert [m["measure"] for m in records.planned_measures] == [m["measure"] for m in expected["planned_measures"]]
    assert [m["question_codes"] for m in records.planned_measures] == \
        [m["question_codes"] for m in expected["planned_measures"]]


def test_score_tail_is_a_bracketed_score_alone():
    from normalizers.records.measure_breaks import score_tail

    assert score_tail("(๘๑.๘๕\nคะแนน)")
    assert score_tail("(65.15 คะแนน)")
    assert not score_tail("ตัวชี้วัดที่ ๑ (๘๑.๘๕ คะแนน)")
    assert not score_tail("๘๑.๘๕")   # no brackets: a score column's own value
    assert not score_tail("(๑)")      # a running number
