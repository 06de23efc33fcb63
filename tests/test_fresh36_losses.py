"""Losses of the unbiased sets of session 36 (fresh36 born 53000–53029, fresh36k unknown titles
53400–53419, fresh36s scans 53100–53115), scored with 0.35.0 before any change.

Each test is named after what went wrong and fails on 0.35.0.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered, render_seed
from normalizers.records.measure_headers import unmapped_text_in_row


def test_header_title_wrapped_beside_a_word_rest_is_no_body_row(tmp_path: Path):
    """fresh36 53017 docx (Sarabun IT9, one borderless table per page, two-level header): the
    titles of narrow columns wrapped onto a third line (``ช่วงระยะเวลาในการ`` / ``ดำเนินการ``,
    ``ประเด็นข้อ`` / ``คำถาม``) read as a body row; the question column, titled ``ประเด็นข้อ``
    and half its cells ``คำถาม``, was given no role, and every measure's codes were lost with no
    flag (``i2`` / ``8`` wrapped in its cell)."""
    needs_word()
    _, _, records, expected = render_seed(53017, tmp_path, "docx")
    assert records.document["status"] == "ok"
    got = {m["seq"]: m for m in records.planned_measures}
    for want in expected["planned_measures"]:
        assert sorted(got[want["seq"]]["question_codes"]) == sorted(want["question_codes"])


def test_question_codes_in_a_column_given_no_role_are_named():
    """The same document before its header was read whole: codes printed in a measures-table
    column no role took, and held by no field of the row, say so (``column_unmapped_text``)
    instead of leaving ``question_codes`` empty with no word; codes the row holds do not."""
    cells = ["ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต", "1 มีค 31 กค 64", "i2\n8", "แนวทางส่งเสริมการมีส่วนร่วม"]
    record = {"measure": "แนวทางส่งเสริมการมีส่วนร่วม", "question_codes": []}
    assert unmapped_text_in_row(cells, [2], record)
    assert not unmapped_text_in_row(cells, [2], dict(record, question_codes=["i28"]))
    assert not unmapped_text_in_row(["", "", "-", ""], [2], record)


def test_measure_numbers_running_down_a_column_start_rows_without_gaps(tmp_path: Path):
    """fresh36k 53400 docx (titles from the ``unknown`` bank, one borderless table, no cell
    padding, the steps first as dashed lists, the measure last numbered ``๑)`` ``๒)`` ``๓)``):
    measures 2 and 3 read as one row (only the period column began text beside ``๓)``), one
    measure lost in a ``partial`` document. The measure column's numbers run 1, 2, 3 down the
    body and already began a row: its next number beside a cell beginning starts the next."""
    needs_word()
    fuzz([53400], tmp_path, "docx", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s053400_docx.pdf"))
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)


def test_repeated_header_title_lines_spilled_onto_the_cut_row_go_back(tmp_path: Path):
    """fresh36 53006 docx (one zebra table per measure, the two-level header repeated): on page
    3 the repeated header's third title lines (``มาตรการ``, ``ประเมิ`` of ``ประเมิน``, its last
    letter clipped) spilled under the header's band onto the first line of the row the page
    break cut; the row's rest was read as a measure of its own (``measure_name_missing``), its
    last step and the end of its finding lost from measure 2."""
    needs_word()
    _, _, records, expected = render_seed(53006, tmp_path, "docx")
    assert records.document["status"] == "ok"
    assert_same_measures(records, expected)


def test_measure_name_rest_after_a_page_break_joins_its_row(tmp_path: Path):
    """fresh36c 53510 docx (one zebra table per measure, no numbers, period and units in one
    column): measure 2's rest on page 7 (``ของหน่วยงาน`` | a step | the units' rest | the
    finding's rest) gave no tell of a cut row and was read as a measure of its own (one extra,
    its period unparsed, two units and the finding's end lost from measure 2). Two tells now:
    the table's names start with a measure word and this cell does not; the period column
    prints only units after the break. Measure 2 keeps the indicator of the heading over its
    table when a later part joins it."""
    needs_word()
    _, _, records, expected = render_seed(53510, tmp_path, "docx")
    got = {m["seq"]: m for m in records.planned_measures}
    assert len(records.planned_measures) == len(expected["planned_measures"])
    for want in expected["planned_measures"]:
        m = got[want["seq"]]
        assert (m["measure"], m["analysis"], m["responsible"], str(m["period_start"]), m["indicator_no"]) == \
            (want["measure"], want["analysis"], want["responsible"], want["period_start"], want["indicator_no"])


def test_fiscal_year_period_marked_continuing_is_a_period(tmp_path: Path):
    """fresh36j 53606 (unknown titles, both renderers): every period printed
    ``ตลอดปีงบประมาณ 2570 (ต่อเนื่อง)``; ``ต่อเนื่อง`` (nine signs) left more letters than a period
    prints besides its dates, so the column's cells counted as prose, the column under
    ``กำหนดการ`` took no role and every period was lost (flagged ``period_unparsed``: the target
    column beside it, its title read as a period's, was taken instead)."""
    fuzz([53606], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s053606_html.pdf"))
    got = [(str(m["period_start"]), str(m["period_end"])) for m in records["planned_measures"]]
    assert got == [(m["period_start"], m["period_end"]) for m in expected["planned_measures"]]


def test_measure_number_ocr_could_not_print_names_two_measures_in_a_cell():
    """fresh36s 53112 (200 dpi, one table without rules, measures numbered ``๑)``…): measure
    4's number ``๔)``, a digit Tesseract's ``tha`` model cannot print, read ``&)``; measures 3
    and 4 were read as one row and measure 4 was lost in a ``partial`` document whose error named
    no measure. A list-number sign Tesseract writes for such a digit, before a word that starts a
    measure's name inside a cell, names the cell as holding two measures."""
    from normalizers.records.measure_gaps import merged_in_cell

    measures = [{"seq": 1, "measure": "มาตรการพัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตออนไลน์", "flags": []},
                {"seq": 2, "measure": "โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมแก่บุคลากร &) "
                                      "โครงการสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต", "flags": []}]
    assert merged_in_cell(measures) == ["measures_merged_in_cell:2"]
    assert "measure_cell_holds_two" in measures[1]["flags"]
    # an ampersand inside a name (no list number's bracket before a measure word) is no such sign
    assert merged_in_cell([{"seq": 1, "measure": "โครงการ A&B ร่วมกับชุมชน", "flags": []}]) == []


# fresh36u 53213 (held out, 200 dpi, Noto Sans Thai): page 1's title lines as the OCR read them
TITLE_53213 = """รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน
ภาครัช
ประจำปิ่งบประมาณพ.ศ. 2566
แทศบาลเมืองกาฬสินธุ์
เทศบาลเมืองกาฬสินธุ์ อำเทอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์"""


def test_district_word_misread_with_tho_thahan_is_read_and_flagged():
    """``อำเภอ`` OCR'd ``อำเทอ`` (ภ read as ท): the district was null in an ``ok`` document with no
    flag, the one value lost without a flag on the held-out scans of session 36. It is read now,
    flagged ``district_word_misread``; and a location word no pattern reads after the
    organisation's name on the province's line names the district unreadable."""
    from normalizers.fields.orgs import parse_org

    org = parse_org(TITLE_53213.splitlines())
    assert (org["district"], org["province"]) == ("เมืองกาฬสินธุ์", "กาฬสินธุ์")
    assert "district_word_misread:อำเทอ" in org["flags"]
    garbled = parse_org(TITLE_53213.replace("อำเทอ", "อำ%%อ").splitlines())
    assert garbled["district"] is None
    assert any(f.startswith("district_unreadable:") for f in garbled["flags"])
