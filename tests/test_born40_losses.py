"""Losses of session 40's born-digital dev sets (born39's unseen sets, now dev), read end to end
from the corpus' own render (h/born40)."""
from __future__ import annotations

from corpus.fuzz import fuzz
from corpus_seeds import needs_word, read_rendered, render_seed


def test_units_column_under_an_unknown_title_beside_the_codes_is_not_joined_to_them(tmp_path):
    """born39 60403 html (titles from the ``unknown`` bank, m8 columns, two-level header, rules
    across): the measures table prints a column of bare question codes and, right of it, the units
    column under a title no vocabulary names. The code column was joined to the units as one
    question column (``e1 ทุกส่วนราชการ``), the units column left unmapped and every measure's
    units lost (flagged only ``column_unmapped_text``). A neighbour whose cells list units the
    vocabulary names is another field, not the codes' texts."""
    fuzz([60403], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s060403_html.pdf"))
    got = [(m["question_codes"], m["responsible"]) for m in records["planned_measures"]]
    want = [(m["question_codes"], m["responsible"]) for m in expected["planned_measures"]]
    assert got == want


def test_known_units_are_told_from_a_question_text_that_starts_like_a_unit():
    from normalizers.fields.units import names_known_units

    assert names_known_units("ทุกส่วนราชการ")
    assert names_known_units("สำนักปลัด\nกองการศึกษาฯ")
    assert names_known_units("งานบริหารงานบุคคล\nกองคลัง\nงานนิติการ")
    assert names_known_units("สำนักปลัดเทศบาล")
    assert not names_known_units("หน่วยงานมีช่องทางการเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย")
    assert not names_known_units("เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา")
    assert not names_known_units("")


def test_keyless_row_atop_the_page_after_a_carried_rest_goes_with_that_rest(tmp_path):
    """fresh39 59029 docx (rules across only, a table per page): measure 3's row ran over page 8
    whole (its name's last word ``ชนิด`` and its steps 1-7) and ended atop page 9 (step 7's tail
    and step 8) above measure 4's row. Page 8's rows were carried back to measure 3, but page 9's
    fragment was joined to measure 4 below it: step 8 lost, measure 4's steps opening with
    measure 3's words, neither flagged. A keyless row opening the page after the carried rest
    now goes on with it."""
    needs_word()
    _, _, records, expected = render_seed(59029, tmp_path, "docx")
    assert [m["steps"] for m in records.planned_measures] == [m["steps"] for m in expected["planned_measures"]]


def test_unit_name_cut_by_a_page_break_keeps_its_rest_read_as_a_header_word(tmp_path):
    """born39 60403 docx (unknown titles, the header repeated on every page): measure 3's last
    unit ``งานนิติการ`` was cut by the page break after ``งานนิติ``; its rest ``การ``, alone in the
    units cell of p10's first row, reads as a word of the header (``…การ``) and was dropped as
    the header's wrapped last line: ``งานนิติ`` kept, unflagged. A leftover that, joined to the
    last line of the units cell above, makes a unit the vocabulary names is the row's (flagged
    ``header_text_kept:responsible``)."""
    needs_word()
    fuzz([60403], tmp_path, "docx", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s060403_docx.pdf"))
    assert [m["responsible"] for m in records["planned_measures"]] == \
        [m["responsible"] for m in expected["planned_measures"]]
    third = records["planned_measures"][2]
    assert "header_text_kept:responsible" in third["flags"]


def test_unit_head_at_a_page_foot_is_kept_though_it_reads_as_a_header_word(tmp_path):
    """fresh39 59022 docx (borderless, spacing): the only row of page 6's table printed
    ``งาน`` at the foot of its units cell and ``ประชาสัมพันธ์`` atop page 7. The row being the
    first of its page, ``งาน`` (a word of the header) was dropped as the header's wrapped last line:
    the unit read ``ประชาสัมพันธ์`` (flagged only ``responsible_unsure``). A units cell that, joined to
    the first line of the units cell below it on the next page, makes a known unit is the row's."""
    needs_word()
    _, _, records, expected = render_seed(59022, tmp_path, "docx")
    assert [m.get("responsible") for m in records.planned_measures] == \
        [m["responsible"] for m in expected["planned_measures"]]
