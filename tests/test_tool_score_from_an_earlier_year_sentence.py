"""Scans, tool scores (issue 15, h/scan35f): fresh34u 49214 p1 (a results table whose IIT cell OCR left in the
page's text, alone on a line, over the sentence about the year before): IIT read 83.13, the earlier year's
overall, for 85.79, with no flag about IIT. A score whose clause names only an earlier year is no tool's of
this year, as it is no indicator's (``earlier_year_score_skipped``)."""
from __future__ import annotations

from normalizers.records.prose import read_sentences

PAGE = ("ผลคะแนนรายตัวชี้วัด\n๑.การปภิบัติหน้าที่ ๘๐.๒๐\nIIT\n"
        "ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๓ ได้คะแนน ๘๓.๑๓ คะแนน")


def test_tool_score_from_an_earlier_year_sentence():
    p = read_sentences([(1, PAGE)], 2564)
    assert "IIT" not in p.tools and "earlier_year_score_skipped:83.13@p1" in p.flags


def test_tool_score_of_this_year_is_read():
    p = read_sentences([(1, PAGE.replace("๒๕๖๓", "๒๕๖๔"))], 2564)
    assert p.tools.get("IIT") == 83.13
