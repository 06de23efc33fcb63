"""Losses of session 39's born-digital dev sets (fresh38j, unknown column titles), read end to end
from the corpus' own render (h/born39)."""
from __future__ import annotations

from corpus.fuzz import fuzz
from corpus_seeds import needs_word, read_rendered, render_seed


def test_steps_head_at_the_page_foot_joined_to_its_row(tmp_path):
    """fresh38j 57407 html: measure 3's first step (``๑. ประเมินผลและนำข้อเสนอแนะ…พร้อม``) was printed
    at page 8's foot under the repeated header, outside any table; the row, read on page 9, started
    inside that step (``เอกสารหลักฐานประกอบ… ๒. จัดทำประกาศ…``), its steps left as one unsplit piece
    and only flagged ``measure_head_unread``. The head is now put before the row's steps (flagged
    ``measure_head_joined``), and the steps split as printed."""
    fuzz([57407], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s057407_html.pdf"))
    third = next(m for m in records["planned_measures"] if m["measure"].startswith("แนวทางอบรม"))
    want = next(m for m in expected["planned_measures"] if m["measure"].startswith("แนวทางอบรม"))
    assert third["steps"] == want["steps"]
    assert "measure_head_joined" in third["flags"] and "measure_head_unread" not in third["flags"]
    assert [m["steps"] for m in records["planned_measures"]] == [m["steps"] for m in expected["planned_measures"]]


def test_a_head_that_does_not_start_at_step_one_is_not_joined():
    """The head joins only where it starts at step 1 and the row's steps are one piece starting
    inside a step; a row whose steps were split on their own numbering keeps them."""
    from normalizers.records.text_measures import join_head_steps

    head = ["๑. ประเมินผลและนำข้อเสนอแนะ โดยให้ทุกส่วน", "ราชการรายงานผลพร้อม"]
    assert join_head_steps(head, ["เอกสารประกอบ ๒. จัดทำประกาศ ๓. ติดตาม"]) == [
        "ประเมินผลและนำข้อเสนอแนะ โดยให้ทุกส่วนราชการรายงานผลพร้อมเอกสารประกอบ", "จัดทำประกาศ", "ติดตาม"]
    assert join_head_steps(["๓. ติดตามผล"], ["เอกสาร ๔. จัดทำ"]) is None
    assert join_head_steps(head, ["จัดทำประกาศ", "ติดตาม"]) is None


def test_sub_columns_spread_wider_than_their_group_title_are_split(tmp_path):
    """fresh38 57020 docx (two-level header, rules across only): the group title over the period,
    units and remark sub-columns is narrower than they spread, so only the middle sub-title lay
    under it; the header was cut after its upper row and the three sub-columns read as one
    (``ไตรมาสที่ ๔ - ทุกส่วนราชการ ดำเนิน…``): the units of all four measures lost, flagged only
    ``units_in_joined_column``. Every sub-title between the group cell's neighbours is now the
    header's, and the sub-columns are split."""
    needs_word()
    _, _, records, expected = render_seed(57020, tmp_path, "docx")
    got = [(m["period_text"], m["responsible"]) for m in records.planned_measures]
    want = [(m["period_text"], m["responsible"]) for m in expected["planned_measures"]]
    assert got == want
    assert not any("units_in_joined_column" in m["flags"] for m in records.planned_measures)


def test_group_title_between_sub_titles_on_two_lines_is_no_column(tmp_path):
    """fresh38j 57419 html (titles from the ``unknown`` bank, rules across only): a two-level
    header's upper cell sits over a steps title on one line and a period title wrapped over two, each
    centred in its cell's height, so the two sub-titles lie on different lines; the upper cell was read
    as a column of its own, no channel found beside it, the header lost and the columns refit from the
    body: steps and period, units and budget read as one column each (periods of three measures null,
    units ``กองสวัสดิการไม่ใช้สังคมงบประมาณ``). The sub-titles are now looked for on the lines below
    together."""
    fuzz([57419], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s057419_html.pdf"))
    got = [(m["period_start"], m["period_end"], m["responsible"]) for m in records["planned_measures"]]
    want = [(m["period_start"], m["period_end"], m["responsible"]) for m in expected["planned_measures"]]
    assert [(str(a) if a else None, str(b) if b else None, c) for a, b, c in got] == want
