"""fresh23s 24112 (scanned, full month names, Thai digits): measure 2's period ``๑ ตุลาคม ๓๑`` was cut
by a page break and its tail (``ธันวาคม ๒๕๖๓``) went to a table of its own; the next measure, first
on its page with the whole range ``๑ มีนาคม ๓๑ สิงหาคม ๒๕๖๔``, was taken for that tail and lost its
start (``period_cut_at_page_break``). A period from a day to another date is a whole range: no tail."""
from __future__ import annotations

from datetime import date

from normalizers.records.measure_periods import mend_cut_period


def _record(text: str, page: int, start, end) -> dict:
    return {"period_text": text, "period_start": start, "period_end": end, "page_first": page, "page_last": page,
            "flags": [], "confidence": 0.9}


def test_whole_range_first_on_its_page_is_no_tail_of_a_cut_period():
    prev = _record("๑ ตุลาคม\n๓๑", 6, None, None)
    rec = _record("๑ มีนาคม\n๓๑\nสิงหาคม\n๒๕๖๔", 8, date(2021, 3, 1), date(2021, 8, 31))
    mend_cut_period(rec, prev, 2564, ocr=True)
    assert (rec["period_start"], rec["period_end"]) == (date(2021, 3, 1), date(2021, 8, 31))
    assert "period_cut_at_page_break" not in rec["flags"]


def test_month_alone_after_a_cut_period_is_still_its_tail():
    prev = _record("1 พฤศจิกายน 30", 5, None, None)
    rec = _record("มิถุนายน 2565", 6, date(2022, 6, 1), date(2022, 6, 30))
    mend_cut_period(rec, prev, 2565)
    assert rec["period_start"] is None and "period_cut_at_page_break" in rec["flags"]
    assert (prev["period_start"], prev["period_end"]) == (date(2021, 11, 1), date(2022, 6, 30))
