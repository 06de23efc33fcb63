"""Dev scan 57209 p5 (200 dpi, rules across only): the steps column's header ``แนวทางการดำเนินการ`` was
OCR'd ``แนวทางการคำเนินการ`` (ด read as its look-alike ค); it named no role strongly, the column stayed
unmapped (``column_unmapped_text``) and two measures lost all their steps (text CER 0.93 each). A header
cell naming no role strongly is matched again with look-alike consonants (``ocr_confusions.json``
lookalike) taken as one, for long strong words only. The cell texts are the extractor's real readings."""
from __future__ import annotations

from normalizers.tables.vocab import header_evidence


def test_steps_header_with_a_lookalike_consonant():
    ev = header_evidence(["แนวทางการคำเนินการ"])
    assert ev.get("steps", 0) >= 3.0 and ev["steps"] > ev.get("measure", 0)
    assert ev == header_evidence(["แนวทางการดำเนินการ"])


def test_cells_naming_a_role_as_read_are_unchanged():
    # a strong word as read wins; the folded reading is not tried
    assert header_evidence(["ระยะเวลาดำเนินการ"])["period"] == 3.0
    assert header_evidence(["มาตรการ"]) == {"measure": 3.0}
    # a short word is not matched up to look-alikes
    assert "seq" not in header_evidence(["ลำคับ"])
