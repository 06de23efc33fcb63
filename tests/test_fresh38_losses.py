"""Losses of session 38's unbiased born-digital fresh38 (57000–57029, both renderers, scored with
0.37.0 before any change): each read end to end from the corpus' own render."""
from __future__ import annotations

from corpus.fuzz import fuzz
from corpus_seeds import needs_word, read_rendered, render_seed


def test_units_joined_with_the_period_column_are_flagged_not_lost_silently(tmp_path):
    """57020 docx: a two-level header's sub-columns (period | units | remark) were read as one
    column, ``ไตรมาสที่ ๔ - ทุกส่วนราชการ ดำเนิน…``. The period was read from it
    (``period_from_joined_column``), the units were not, and responsible came out [] with no flag
    about it in all four measures. Now such a row says its units are in that column."""
    needs_word()
    _, _, records, expected = render_seed(57020, tmp_path, "docx")
    assert len(records.planned_measures) == len(expected["planned_measures"])
    for got, want in zip(records.planned_measures, expected["planned_measures"]):
        assert want["responsible"], "the draw prints units"
        if not got["responsible"]:
            assert "units_in_joined_column" in got["flags"], got["flags"]


def test_header_rest_under_the_header_is_no_unit(tmp_path):
    """57019 docx: the combined period/units column's title wrapped, ``…การ/หน่วย`` in the header
    row and ``งานที่รับผิดชอบ`` in the row under it; measure 1's units came out
    ``['งานที่รับผิดชอบ', 'กองการศึกษาฯ']`` with no flag. The header's rest is no unit."""
    needs_word()
    _, _, records, expected = render_seed(57019, tmp_path, "docx")
    got = [m["responsible"] for m in records.planned_measures]
    want = [m["responsible"] for m in expected["planned_measures"]]
    assert got == want
    assert "responsible_header_dropped" in records.planned_measures[0]["flags"]


def test_steps_head_at_the_page_foot_under_a_lone_header_is_flagged(tmp_path):
    """fresh38j 57407 html (titles from the ``unknown`` bank): measure 3's row began at page 8's foot,
    under the repeated header, with its first step ``๑. ประเมินผลและนำข้อเสนอแนะ…`` only; those lines
    were read as page text and the row, read on page 9, lacked them with no flag. The row now says its
    head was printed on the page before."""
    fuzz([57407], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s057407_html.pdf"))
    third = next(m for m in records["planned_measures"] if m["measure"].startswith("แนวทางอบรม"))
    read = any("ประเมินผลและนำข้อเสนอแนะ" in s for s in third["steps"])
    assert read or "measure_head_unread" in third["flags"]  # read, or said to be unread
    assert sum("measure_head_unread" in m["flags"] or "measure_head_joined" in m["flags"]
               for m in records["planned_measures"]) == 1  # (h/born39: now joined, test_born39_losses)


def test_unit_wrapped_beside_the_period_lines_is_read_whole(tmp_path):
    """fresh38b 57325 html (held out; fixed after its final scoring): the period and units columns
    read as one, line by line (``กุมภาพันธ์- ทุกส่วน`` / ``สิงหาคม ราชการ`` / ``๒๕๖8``); the unit came out
    ``['ทุกส่วน']`` with no flag. The period line's last word completes the unit read before it."""
    _, _, records, expected = render_seed(57325, tmp_path, "html")
    assert [m["responsible"] for m in records.planned_measures] == \
        [m["responsible"] for m in expected["planned_measures"]]


def test_a_units_first_words_alone_are_unsure():
    """The same row's unit cut short (``ทุกส่วน`` of ``ทุกส่วนราชการ``) is no unit of its own: where it
    is all that was read it is kept and flagged (``responsible_unsure``), never silently."""
    from normalizers.fields.units import split_units_flagged

    assert split_units_flagged("ทุกส่วน") == (["ทุกส่วน"], ["responsible_unsure:ทุกส่วน"])
    assert split_units_flagged("ทุกส่วน ราชการ") == (["ทุกส่วนราชการ"], [])


def test_district_printed_past_reading_named_by_the_gazetteer():
    """fresh38u 57201, 57209 (held out, 300/200 dpi; read after the final scoring): ``อ.ลี้`` OCR'd ``aa``, the
    district lost (flagged ``district_unreadable``). A subdistrict-level organisation is named after its
    subdistrict; where the gazetteer has one district of the province holding it, that district is
    taken and flagged. Several or none: it stays null."""
    from normalizers.fields.places import org_of

    org = org_of(["แผนมาตรการ องค์การบริหารส่วนตำบลนาทราย", "aa จ.ลำพูน"])
    assert org["district"] == "ลี้"
    assert "district_from_gazetteer:นาทราย" in org["flags"]
    # a subdistrict name that several districts of the province hold names none
    many = org_of(["แผนมาตรการ องค์การบริหารส่วนตำบลบ้านใหม่", "aa จ.นครราชสีมา"])
    assert many["district"] is None
