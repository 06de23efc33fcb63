"""Unbiased fresh28s 39113 (300 dpi scan, scored before any change): the overall sentence
``ได้คะแนน ๗๖.60 คะแนน`` OCR'd ``ได้คะแนน v.60 คะแนน`` and the measures table's indicator cell
``ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (๙๕.๒๖ คะแนน)`` OCR'd ``(๕๑๕๕.๒6 คะแนน)``: neither is a
number, and both values were null / missing in an ``ok`` document with no flag (fresh28s 39107
p7 the same: ``(ale. dev คะแนน)`` for indicator 10's ๙๒.๘๗). Now the overall is the weighted tool
sum where its decimals are the ones still read (``overall_score_from_tools:v.60->76.6``), else
``overall_score_unreadable``; an unreadable indicator cell score is named
``indicator_score_unreadable:measures_table:<no>@p<page>`` and the document is ``partial``."""
from __future__ import annotations

from normalizers.records.heading_scores import measure_cells_unread, score_unread
from normalizers.records.overall_garbled import garbled_overall

TOOLS = {"IIT": 89.12, "EIT": 72.07, "OIT": 70.60}  # 0.3·89.12 + 0.3·72.07 + 0.4·70.60 = 76.597


def test_garbled_overall_is_the_tool_sum_when_its_decimals_agree():
    page = [(1, "ได้คะแนน v.60 คะแนน อยู่ในระดับ B")]
    assert garbled_overall(page, TOOLS) == (76.6, ["overall_score_from_tools:v.60->76.6"])
    # decimals that disagree, or a tool score missing: named, not guessed
    assert garbled_overall([(1, "ได้คะแนน v.61 คะแนน")], TOOLS) == (None, ["overall_score_unreadable:v.61"])
    assert garbled_overall(page, {"IIT": 89.12, "EIT": 72.07}) == (None, ["overall_score_unreadable:v.60"])
    # a readable number, or an indicator's sentence, is none of this module's business
    assert garbled_overall([(1, "ได้คะแนน ๗๖.60 คะแนน")], TOOLS) == (None, [])
    assert garbled_overall([(1, "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้คะแนน 8o.1 คะแนน")], TOOLS) == (None, [])


def test_unreadable_indicator_cell_score_named_once():
    assert score_unread("ตัวชี้วัดที่๔ การ\nใช้ทรัพย์สินของ\nราชการ\n(๕๑๕๕.๒6\nคะแนน)")
    assert score_unread("ตัวชีวัดที ๑๐\nการป้องกันการ\nทุจริต\n(ale. dev\nคะแนน)")
    assert not score_unread("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ")
    flag = "indicator_score_unreadable:measures_table:4@p4"
    measures = [{"flags": [flag, "low_confidence_ocr"]}]
    assert measure_cells_unread(measures, []) == [flag] and measures[0]["flags"] == ["low_confidence_ocr"]
    # the same indicator's score read from another row of a measures table: nothing lost
    read = [{"indicator_no": 4, "source": "measures_table", "score": 95.26}]
    assert measure_cells_unread([{"flags": [flag]}], read) == []



def test_marked_cell_read_with_another_column_is_named():
    """Dev scan28 38210 p6 (after scan29): the table read in 6 columns of 8, the indicator cell's
    lines between the analysis cell's: its score lost in an ``ok`` document. A measures-table cell
    printing an indicator's mark and a parenthesised number after it, whose indicator got no
    ``measures_table`` row, names the document."""
    from normalizers.records.heading_scores import marked_cells_unread

    cell = "หน่วยงานตัวชี้วัดที่๒ ๓\nยังขาดการ การใช้\nเปิดโอกาส งบประมาณ\nให้บุคคล (๖๔.๘๔\nภายนอกมีคะแนน)"
    assert marked_cells_unread([(6, cell)], []) == ["indicator_score_unreadable:measures_table:2@p6"]
    read = [{"indicator_no": 2, "source": "measures_table", "score": 64.84}]
    assert marked_cells_unread([(6, cell)], read) == []
    # a sentence naming an indicator with no number in parentheses after it: nothing
    assert marked_cells_unread([(6, "สอดคล้องกับข้อคำถามที่ได้คะแนนต่ำที่สุดของตัวชี้วัดที่ 2")], []) == []
