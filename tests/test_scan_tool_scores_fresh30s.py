"""Tool scores the unbiased scanned set fresh30s (seeds 41100–41115, scored with 0.29.0 before any
change) lost or misread; the texts are the OCR's own readings of those pages:

- 41113 (200 dpi, key/value summary): ``IIT 83.25 | EIT 87.36 | OIT 79.08`` read ``แท 83.251| EIT
  87.36 | OIT 79.08``: the line was not read at all (IIT and EIT null), OIT taken elsewhere.
- 41103 (200 dpi, key/value summary): ``EIT ๗๙.๒๗`` read ``EIT ole.``: the whole line unread.
- 41102 (300 dpi, results table, tool cells spanning the indicator rows): EIT's cell read
  ``๗๗.๖๗ต ๐๒`` and the specks after the space taken for the score: EIT 2.0 (flagged by checks).
- 41104 (300 dpi, tool scores in a sentence): OIT's ``๗๗.๗๐`` read ``ฒo๗.๗๐`` after ``(017) ได้``:
  OIT null with no flag in an ``ok`` document.
"""
from __future__ import annotations

from extractors.model import Extraction, PageText
from normalizers.document import normalize
from normalizers.records.keyvalue import read_keyvalues
from normalizers.records.prose import read_prose
from normalizers.records.scores import ScoreRows, _tool_cell
from normalizers.tables.grid import Row


def _tools(kv) -> dict[str, float]:
    return {t: v for t, (v, _, _) in kv.tools.items()}


def test_tool_line_whose_first_key_ocr_read_as_thai_letters():
    kv = read_keyvalues([(1, "แท 83.251| EIT 87.36 | OIT 79.08")], 2564)
    assert _tools(kv) == {"IIT": 83.25, "EIT": 87.36, "OIT": 79.08}
    assert "keyvalue_key_garbled:iit" in kv.flags
    # a label that is a word, not a garbled key, names no tool: nothing is read from it
    kv = read_keyvalues([(1, "ค่าเฉลี่ย 83.25 | EIT 87.36 | OIT 79.08")], 2564)
    assert "IIT" not in kv.tools


def test_tool_line_with_a_score_read_as_letters_keeps_the_others():
    kv = read_keyvalues([(1, "IIT ๗๗.๖๓ | EIT ole. | OIT ๘๕.๔๑")], 2569)
    assert _tools(kv) == {"IIT": 77.63, "OIT": 85.41}
    assert kv.flags == ["keyvalue_unreadable:eit"]


def test_spanned_tool_cell_score_with_specks_after_a_space():
    out = ScoreRows()
    row = Row(cells=["๗. ประสิทธิภาพการสื่อสาร", "๗๓.๖๙", "๗๗.๖๗ต ๐๒"], page=1, conf=[0.95, 0.97, 0.9])
    _tool_cell(row.cells[2], row, 2, out, tool="EIT", flags=["tool_from_spanned_rows"])
    value, _, flags = out.tool_scores["EIT"]
    assert value == 77.67
    assert any(f.startswith("score_trailing_noise:") for f in flags)


TEXT_41104 = (
    "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nอบต.คลองใหม่\nอบต.คลองใหม่ อำเภอสามพราน จ ังหวัดนครปฐม\n"
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
    "อบต.คลองใหม่ ได้คะแนน\n๗๖.๘๗ คะแนน อยในระดับ B\n"
    "แยกตามเครื่องมือ แบบวัดการรับรัของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้๗๘.๗๙ คะแนน "
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\n"
    "ได ๗๓.๘๔ คะแนนและแบบตรวจการเปิ้ดเผยข้อมูลสาธารณะ (017) ได้ฒo๗.๗๐ คะแนน\n")


def test_tool_score_past_reading_after_its_description_is_flagged():
    pr = read_prose([(1, TEXT_41104)], 2568)
    assert pr.tools == {"IIT": 78.79, "EIT": 73.84}
    assert pr.tools_unread == {"OIT": 1}
    ex = Extraction(doc_id="s041104", file_name="s041104_html_scan.pdf", page_count=1, tables=[],
                    pages=[PageText(page=1, method="ocr", text=TEXT_41104, full_text=TEXT_41104,
                                    width=595.44, height=842.04)])
    doc = normalize(ex).document
    assert doc["oit_score"] is None
    assert "oit_score_unread:p1" in doc["flags"] and doc["status"] != "ok"
    # a readable score after the description is read, and nothing is said unread
    ok = read_prose([(1, TEXT_41104.replace("ได้ฒo๗.๗๐", "ได้ ๗๗.๗๐"))], 2568)
    assert ok.tools.get("OIT") == 77.7 and not ok.tools_unread


def test_last_years_overall_is_no_second_overall():
    """41114 (and every report quoting last year's result): ``ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๕
    ได้คะแนน ๙๑.๖๖ คะแนน`` beside this year's overall raised ``overall_several_values`` (a check flag on
    a value that was right); OCR glued a stray ``1`` to the year (``2๕6๕1ได้``). Last year's sentence is
    skipped (info flag) when another overall sentence names no earlier year; alone, it still counts,
    doubted (``overall_earlier_year_only``)."""
    this = ("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2566 "
            "อบต.นาทราย ได้คะแนน 86.83 คะแนน อยู่ในระดับ A\n")
    for last in ("ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 91.66 คะแนน",
                 "ทั้งนีผลการประเมินประจำปีงบประมาณ พ.ศ. 2๕6๕1ได้คะแนน ๙1.๖6 คะแนน"):
        pr = read_prose([(1, this + last)], 2566)
        assert pr.overall == 86.83
        assert pr.flags == ["earlier_year_score_skipped:91.66@p1"]
    alone = read_prose([(1, "ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 91.66 คะแนน")], 2566)
    assert alone.overall == 91.66 and alone.flags == ["overall_earlier_year_only"]
