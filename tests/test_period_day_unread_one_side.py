"""fresh24s 30100 and 30105 (unbiased scans, 200 dpi): a range whose end day OCR did not read came out
as the last day of the month, wrong without a flag: ``๒๗ เมย ๖๙ - ๓ กค ๖๙`` read ``๒๗ เมย ๖๙ ๓ - กค ๖๙``
(the day moved before the dash) gave 31 July for 3 July; ``๑๕ เม.ย. ๖๙ - ๗ ก.ย. ๖๙`` read ``… - ญ ก.ุย
๖๙`` (``tha`` cannot write ๗) gave 30 September for 7 September. A range with a day on one side only
is a real shape (``๑ ต.ค. ๖๘ ถึง มี.ค. ๖๙``) and stays as it is."""
import datetime as dt

import pytest

from normalizers.fields.periods import parse_period


@pytest.mark.parametrize("text", ["๒๗ เมย ๖๙ ๓ - กค ๖๙", "๑๕ เม.ย.๖๙ - ญ ก.ุย ๖๙"])
def test_ocr_range_whose_end_day_was_printed_but_not_read_has_no_end(text):
    p = parse_period(text, 2569, ocr=True)
    assert p.start is not None and p.end is None
    assert "period_end_unreadable:day" in p.flags


@pytest.mark.parametrize("text, start, end", [
    ("๑ ต.ค. ๖๘ ถึง มี.ค. ๖๙", dt.date(2025, 10, 1), dt.date(2026, 3, 31)),
    ("๑ ตุลาคม ๒๕๖๘ - มีนาคม ๒๕๖๙", dt.date(2025, 10, 1), dt.date(2026, 3, 31)),
    ("๑๕ เม.ย. ๖๙ - ๗ ก.ย. ๖๙", dt.date(2026, 4, 15), dt.date(2026, 9, 7)),
])
def test_day_on_one_side_as_printed_is_read(text, start, end):
    p = parse_period(text, 2569, ocr=True)
    assert (p.start, p.end) == (start, end) and not any("unreadable" in f for f in p.flags)


def test_ocr_range_whose_start_day_read_as_latin_letters_has_no_start():
    """scan26's unseen 35007 (300 dpi, Norasi, mixed digits): ``1๐ ธันวาคม 2๕6๘ - มกราคม ๒๕6๙`` OCR'd
    ``lo ธันวาคม …`` (the ``1๐`` as Latin letters) gave 1 December for 10 December without a flag.
    With no day read on either side, letters standing right before a month are its day."""
    p = parse_period("lo ธันวาคม 2๕6๘ - มกราคม ๒๕6๙", 2569, ocr=True)
    assert p.start is None and p.end == dt.date(2026, 1, 31)
    assert "period_start_unreadable:day" in p.flags
    q = parse_period("ธันวาคม 2568 - lo มกราคม 2569", 2569, ocr=True)
    assert q.start == dt.date(2025, 12, 1) and q.end is None and "period_end_unreadable:day" in q.flags
    # month ranges as printed, with a word before them, stay as they are
    for text in ("ธันวาคม 2๕6๘ - มกราคม ๒๕6๙", "เดือน ธันวาคม 2568 - มกราคม 2569"):
        r = parse_period(text, 2569, ocr=True)
        assert (r.start, r.end) == (dt.date(2025, 12, 1), dt.date(2026, 1, 31)), text
        assert not any("unreadable" in f for f in r.flags)
