"""A tool score a scan's key/value line prints past reading, read back from the weighted overall
(``normalizers.records.tool_overall``)."""
from normalizers.records.keyvalue import read_keyvalues
from normalizers.records.prose import read_prose
from normalizers.records.tool_overall import read_back


def test_tool_score_read_as_three_digits_is_read_back_from_the_overall():
    """Dev scan 40110 p1 (u40, 300 dpi): ``IIT ๗๗.๕๔ | EIT ๑๕๓.๓๐ | OIT ๖๗.๑๘`` (EIT 83.30, its ๘
    read as ๑๕); 153.30 is no score, so EIT was dropped in an ``ok`` document without a flag. The
    line now flags it, and with the overall 75.12 only 83.30 of the values the weighted sum holds
    keeps the printed decimals."""
    kv = read_keyvalues([(1, "IIT ๗๗.๕๔ | EIT ๑๕๓.๓๐ | OIT ๖๗.๑๘")], 2563)
    assert "keyvalue_unreadable:eit" in kv.flags and kv.garbled_tools["EIT"] == ("153.30", 1)
    assert read_back("EIT", "153.30", {"IIT": 77.54, "OIT": 67.18}, 75.12) == 83.30


def test_tool_score_read_as_letters_in_a_numbers_shape_is_read_back_from_the_overall():
    """Dev scan 44213 p1 (u44b, 300 dpi): ``OIT ฒฒ.ฒฒ`` for 77.77 (Tesseract writes ``ฒ`` for ๗)."""
    assert read_back("OIT", "ฒฒ.ฒฒ", {"IIT": 82.80, "EIT": 75.19}, 78.50) == 77.77


def test_tool_score_with_no_digit_left_is_not_guessed_and_the_document_is_told():
    """Dev scans 41103, 46112: ``EIT ole.`` / ``EIT oe.``: the weighted sum leaves several values
    and the print keeps none of their digits: EIT stays null, and it is printed-but-unread (the
    document ``partial``), not lost in an ``ok`` document."""
    assert read_back("EIT", "ole.", {"IIT": 77.63, "OIT": 85.41}, 81.23) is None
    prose = read_prose([(1, "IIT ๗๗.๖๓ | EIT ole. | OIT ๘๕.๔๑")], 2564)
    assert "EIT" not in prose.tools and prose.tools_unread.get("EIT") == 1


def test_heading_score_past_one_hundred_is_unreadable_not_skipped():
    """fresh33u 47212 p1 (held out, looked at after its final scoring): ``ตัวชี้วัดที่๑ การปฏิบัติหน้าที่
    (๙๙๓.๖๖ คะแนน)`` for 93.66. 993.66 passed for a readable score and the heading was skipped by the
    unreadable-score check, while no reader took it: indicator 1 lost in an ``ok`` document without a
    flag. A number past 100 is no score: the heading is named unreadable."""
    from normalizers.records.heading_scores import unreadable_heading_scores

    rows, flags = unreadable_heading_scores([(1, "ตัวชี้วัดที่๑ การปฏิบัติหน้าที่ (๙๙๓.๖๖ คะแนน)")], [])
    assert rows == [] and flags == ["indicator_score_unreadable:text:1@p1"]
    # a readable score the sentence reader took is no loss (one no row took is named: h/scan34i, 44109 p4)
    read = [{"indicator_no": 2, "source": "text", "score": 93.66}]
    assert unreadable_heading_scores([(1, "ตัวชี้วัดที่๒ การใช้งบประมาณ (๙๓.๖๖ คะแนน)")], read) == ([], [])


TEXT_GLUED = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565\n"
              "องค์การบริหารส่วนตำบลนาขุม อำเภอบ้านโคก จังหวัดอุตรดิตถ์\n"
              "ผลการประเมินคุณธรรมและความโปร่งใส ได้คะแนน 79.83 คะแนน\n"
              "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 79.69 คะแนน\n"
              "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ 92.58 คะแนน\n"
              "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 1470.38 คะแนน\n")


def test_glued_tool_score_check_is_not_shadowed_by_the_read_back():
    """0.33.0's first form imported its read-back under the name of ``prose.tool_from_overall`` (the
    check of a tool score with a word glued before it, dev scan 16501's ``(OIT) 147๐.3๘``), so
    normalizing such a page raised ``AttributeError`` (caught by the full suite's 16501 test). The
    glued score is read where the overall bears it out, and nothing raises."""
    from extractors.model import Extraction, PageText
    from normalizers.document import normalize

    ex = Extraction(doc_id="g", file_name="g.pdf", page_count=1, tables=[],
                    pages=[PageText(page=1, method="ocr", text=TEXT_GLUED, full_text=TEXT_GLUED,
                                    width=595.44, height=842.04)])
    doc = normalize(ex).document
    assert doc["oit_score"] == 70.38
    assert "oit_score_glued:1470.38->70.38" in doc["flags"]
