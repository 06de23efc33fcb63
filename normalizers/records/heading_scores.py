"""Indicator headings whose printed score OCR could not read.

A per-indicator heading carries its score (``ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (๗๒.๓๑ คะแนน)``,
contract source ``text``). On a scan the number may come out unreadable (``(7๒7๒.๓๑ คะแนน)``,
``(83.d¢ คะแนน)``: fresh18s 18507 p3, p4); no row can be written, and the row was lost in an
``ok`` document. Here such a heading, whose indicator got no ``text`` row, is named:
``indicator_score_unreadable:text:<no>@p<page>`` (the document is ``partial``)."""

from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import to_ascii_digits

_HEAD = re.compile(r"^\s*ตัว[ชข]ี้?วัดที่\s*(?P<rest>.{2,120}?)\(\s*(?P<num>[^()]{1,16}?)\s*คะแนน\s*\)\s*$")
_SCORE = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?")


def unreadable_heading_scores(pages: list[tuple[int, str]], indicators: list[dict]) -> list[str]:
    have = {r["indicator_no"] for r in indicators if r.get("source") == "text"}
    out: list[str] = []
    for page, text in pages:
        for line in (text or "").splitlines():
            m = _HEAD.match(line)
            if not m or _SCORE.fullmatch(to_ascii_digits(m.group("num")).replace(" ", "")):
                continue
            no = match_indicator(m.group("rest"))[0]
            if no is not None and no not in have:
                out.append(f"indicator_score_unreadable:text:{no}@p{page}")
    return list(dict.fromkeys(out))
