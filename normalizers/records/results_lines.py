"""Results-table rows a scan's table finder left in the page's text.

A scanned results table whose rows are shaded (zebra) or whose tool cells span rows may lose a
row to the page's text: the indicator's numbered name and its score on two lines
(``๑.การปฏิบัติหน้าที่`` / ``๗๖.๒๖``: ``tool_pieces.indicator_lines``), or on ONE line, the score
after the name (``๑.การปฏิบัติหน้าที่ 6๓.๐2`` then the tool's name ``IIT`` on the next line:
fresh33u 47206 p1, u44a 44111 p1, u44b 44210 p1, indicator 1 lost, the document ``partial`` with
``indicators_missing:results_table:1``). Both forms are read here, on a page of the document's
own results table, for an indicator that table lacks while it has most of the others
(``MIN_ROWS_READ``), where the line opens with the named indicator's number (``NUMBERED_LABEL``) and
ends with a two-decimal score within 0-100; the row is flagged ``results_row_from_text`` (and
``value_from_ocr_text`` when the numeral recognizer was not sure of the number)."""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.ocr_numbers import number_conf
from normalizers.records.tool_pieces import NUMBERED_LABEL, MIN_ROWS_READ, ONE_LINE, indicator_lines


def one_line_rows(page_text: list[tuple[int, str]], pages: set[int], indicators: list[dict],
                  ocr_nums: dict[int, list]) -> list[tuple[int, float, int, float]]:
    """(indicator no, score, page, confidence) of results rows printed on one line of a page's
    text: ``<no>.<name> <score>`` (module doc)."""
    read = {r["indicator_no"] for r in indicators if r.get("source") == "results_table"}
    if len(read) < MIN_ROWS_READ:
        return []
    out = []
    for page, text in page_text:
        if page not in pages:
            continue
        for line in (text or "").splitlines():
            m = ONE_LINE.match(to_ascii_digits(line.strip()))
            if m is None or not NUMBERED_LABEL.match(m.group("label")):
                continue
            no, _, flags = match_indicator(m.group("label"))
            if no is None or no in read or any(f.startswith("indicator_by_number") for f in flags):
                continue
            if not re.match(rf"{no}(?![0-9])", m.group("label")):
                continue  # the printed number is the named indicator's
            v = float(m.group("score"))
            if 0.0 <= v <= 100.0:
                read.add(no)
                out.append((no, v, page, number_conf(ocr_nums.get(page), v) if page in ocr_nums else 1.0))
    return out


def results_lines(page_text: list[tuple[int, str]], pages: set[int], indicators: list[dict],
                  ocr_nums: dict[int, list]) -> list[tuple[int, float, int, float]]:
    """The rows of both forms (two lines, one line), one per indicator."""
    two = indicator_lines(page_text, pages, indicators, ocr_nums)
    got = {no for no, *_ in two}
    return two + [r for r in one_line_rows(page_text, pages, indicators, ocr_nums) if r[0] not in got]
