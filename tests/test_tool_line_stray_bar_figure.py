"""fresh24s 30111 (unbiased scan, 300 dpi): the summary's tool line ``IIT ๘๕.๘๕ | EIT ๗๕.๘๓ | OIT
๘๕.๙๐`` OCR'd as ``117๘๕.๘๕1| EIT ๗๕.๘๓ | OIT ๘๕.๙๐`` (``IIT`` read ``117`` and glued to its score,
the bar after the score read double, ``1|``). The line was not read as a tool line, and the three
tool scores came out null in an ``ok`` document, with no flag: lost silently."""
from extractors.model import Extraction, PageText
from normalizers.document import normalize
from normalizers.records.keyvalue import read_keyvalues

# page 1 of the scan as Tesseract read it (0.24.0), the heading lines shortened
PAGE1 = "\n".join([
    "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "องค์การบริหารส่วนตำบลดอนแก้ว",
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ องค์การบริหารส่วนตำบล",
    "ดอนแก้ว ได้คะแนน ๘๒.๘๖ คะแนน อยู่ในระดับไม่ผ่าน",
    "หน่วยงาน : องค์การบริหารส่วนตำบลดอนแก้ว",
    "อ.แม่ริม จ.เชียงใหม่",
    "{tools}",
])


def _document(tools_line: str) -> dict:
    text = PAGE1.format(tools=tools_line)
    ex = Extraction(doc_id="b" * 64, file_name="x.pdf", page_count=1, tables=[],
                    pages=[PageText(page=1, method="ocr", text=text, full_text=text)])
    return normalize(ex).document


def test_iit_key_glued_to_its_score_with_the_bar_read_double_is_read():
    r = read_keyvalues([(1, "117๘๕.๘๕1| EIT ๗๕.๘๓ | OIT ๘๕.๙๐")], 2569)
    assert {t: v for t, (v, _, _) in r.tools.items()} == {"IIT": 85.85, "EIT": 75.83, "OIT": 85.9}
    assert r.flags == ["keyvalue_key_garbled:iit"]
    doc = _document("117๘๕.๘๕1| EIT ๗๕.๘๓ | OIT ๘๕.๙๐")
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (85.85, 75.83, 85.9)
    assert doc["overall_score"] == 82.86  # 0.3·IIT + 0.3·EIT + 0.4·OIT bears the reading out


def test_tool_line_whose_head_is_unreadable_flags_the_scores_it_prints():
    """A head that is no known garbling of ``IIT``: the line stays unread (a number before the tools
    may be a year's row), but the tools it prints with scores are not lost silently."""
    doc = _document("11x7๘๕.๘๕1| EIT ๗๕.๘๓ | OIT ๘๕.๙๐")
    assert doc["eit_score"] is None and doc["oit_score"] is None
    assert {"eit_score_unread:p1", "oit_score_unread:p1"} <= set(doc["flags"])
    assert doc["status"] == "partial"


def test_unread_tool_line_does_not_flag_a_tool_read_elsewhere():
    doc = _document("11x7๘๕.๘๕1| EIT ๗๕.๘๓ | OIT ๘๕.๙๐\nคะแนน EIT : ๗๕.๘๓")
    assert doc["eit_score"] == 75.83 and doc["oit_score"] is None
    assert "oit_score_unread:p1" in doc["flags"]
    assert not any(f.startswith("eit_score_unread") for f in doc["flags"])
