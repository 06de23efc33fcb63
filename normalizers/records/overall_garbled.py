"""An overall score that OCR garbled past reading in its sentence.

``ได้คะแนน v.60 คะแนน อยู่ในระดับ B`` (unbiased fresh28s 39113 p1, 300 dpi, printed ``๗๖.60``): no
number is read there, so the overall score was null in an ``ok`` document, no flag saying so.
Such a sentence (the overall's verb, something that is no score, ``คะแนน``) is named:

- where all three tool scores were read and their weighted sum (0.3·IIT + 0.3·EIT + 0.4·OIT, two
  decimals) ends in the decimals the garbled number still shows (``.60``), that sum is written,
  flagged ``overall_score_from_tools:<printed>-><sum>`` (check), as for a lost digit;
- else ``overall_score_unreadable:<printed>`` (problem: the document is ``partial``).
"""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.records.checks import WEIGHTS, weighted_total

# the overall's verb right before a number and its unit (``ได้คะแนน ๗๖.๖๐ คะแนน``)
_SENTENCE = re.compile(r"(?:ได้คะแนน|ได้รับคะแนน|ได้รับผลการประเมิน|ผลการประเมินได้)\s*(?P<num>[^\s()]{1,10})\s*คะแนน")
_SCORE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")
_DECIMALS = re.compile(r"\.([0-9]{2})$")


def garbled_overall(pages: list[tuple[int, str]], tools: dict[str, float]) -> tuple[float | None, list[str]]:
    """(the overall score the tool scores bear out or None, flags) for the first overall sentence
    whose number is no score; (None, []) when there is none."""
    for _, text in pages:
        for m in _SENTENCE.finditer(text or ""):
            printed = m.group("num")
            num = to_ascii_digits(printed)
            if _SCORE.fullmatch(num) or not re.search(r"[0-9.]", num):
                continue
            if "ตัวชี้วัด" in text[max(0, m.start() - 60):m.start()]:
                continue  # an indicator's score, not the overall
            if all(t in tools for t in WEIGHTS):
                total = f"{weighted_total(tools):.2f}"
                dec = _DECIMALS.search(num)
                if dec and total.endswith("." + dec.group(1)):
                    return float(total), [f"overall_score_from_tools:{printed}->{float(total):g}"]
            return None, [f"overall_score_unreadable:{printed}"]
    return None, []
