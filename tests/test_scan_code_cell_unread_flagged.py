"""A code cell of a scan that reads as no code at all is flagged, not silently empty.

Real OCR string: unseen seed 22021 scanned (``corpus fuzz --seeds 22021 --renderer html --scan``),
the code column of the measure printed ``i๒ i๓`` read ``jlo io`` (seen by wrapping
``codes_from_cell`` in a run of the pipeline): the row's question_codes came out [] with no flag.
"""
from normalizers.records.measure_codes import ocr_code_doubts


def test_code_cell_read_as_latin_garble_is_code_unreadable():
    assert ocr_code_doubts("jlo io") == ["code_unreadable:jlo", "code_unreadable:io"]


def test_empty_dash_and_thai_cells_are_not_doubted_here():
    assert ocr_code_doubts("-") == []
    assert ocr_code_doubts("i๓ i๕") == []
    assert ocr_code_doubts("ยังไม่มีการรายงานผลการดำเนินงานตามแผนอย่างต่อเนื่อง") == []
