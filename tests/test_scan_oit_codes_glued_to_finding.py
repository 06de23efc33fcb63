"""OIT codes whose ``o`` OCR read as a zero, glued together and to the finding after them
(``corpus fuzz --seeds 61206 --renderer html --scan``, 200 dpi, Sarabun IT9, page 5: the analysis
cell ``๐๑๐๑๒ผู้รับ…`` for ``o๑ o๑๒``): both codes were lost with no flag about codes."""
from normalizers.records.measure_codes import o_zeros_glued

CELL = "๐๑๐๑๒ผู้รับ\nบริการบางรายเห็น\nว่าการให้บริการยัง\nล่าข้าและขั้นตอน\nไม่ชัดเจน"  # the OCR'd cell, as read


def test_oit_codes_glued_to_the_finding_are_read():
    assert o_zeros_glued(CELL) == ("๐๑๐๑๒", ["o1", "o12"])
    assert o_zeros_glued("๐๕๐๗ ประชาชน") == ("๐๕๐๗", ["o5", "o7"])  # unchanged
    # a single zero-led number glued to words is no run of codes
    assert o_zeros_glued("๐๑ผู้รับบริการ") is None
    assert o_zeros_glued("๒๕๖๗ผู้รับบริการ") is None

