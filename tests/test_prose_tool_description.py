"""A tool's name misread in a scanned sentence (issue 15; dev scan 16518, Kinnari 200 dpi):
``… ภายนอก (EIT) ได้ 75.95 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (IIT) ได้ 70.06 คะแนน`` -- OCR
read ``(OIT)`` as ``(IIT)``; the second IIT score was dropped and OIT lost. The words describing
the tool right before the score name it: the score goes to OIT, flagged. A sentence that names
each tool once is read as printed, unflagged."""
from __future__ import annotations

from normalizers.records.prose import read_sentences

HEAD = ("แยกตามเครื่องมือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 88.99 คะแนน "
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ 75.95 คะแนน ")


def test_prose_tool_description_names_a_misread_tool():
    out = read_sentences([(1, HEAD + "และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (IIT) ได้ 70.06 คะแนน")], 2565)
    assert out.tools == {"IIT": 88.99, "EIT": 75.95, "OIT": 70.06}
    assert "tool_name_from_description:IIT->OIT" in out.flags


def test_prose_tool_description_leaves_a_well_read_sentence_alone():
    out = read_sentences([(1, HEAD + "และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 70.06 คะแนน")], 2565)
    assert out.tools == {"IIT": 88.99, "EIT": 75.95, "OIT": 70.06}
    assert not [f for f in out.flags if f.startswith("tool_name_from_description")]
