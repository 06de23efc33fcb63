"""Scans: a tool score with one digit misread, checked against the overall score (issue 15, h/scan32q).

fresh31u 43203 p1 (html, 200 dpi, key/value tool line ``IIT ๘๗.๔๓ | EIT ๒๕.๕๘ | OIT ๘๓.๒๔``): EIT's
``๗๕.๕๘`` read ``๒๕.๕๘`` (the ๗ as a ๒), so EIT was 25.58, flagged only by the overall's check.
0.3·IIT + 0.3·EIT + 0.4·OIT = overall holds with exactly one tool one digit away (75.58): that
value is written, flagged ``tool_score_from_overall:25.58->75.58``.
44114 p1 (300 dpi): IIT ``78.01`` read ``74.01``; but OIT ``71.00`` read ``74.00`` would make the
sum hold too: two fits, nothing changed until 0.33.0 (``check_overall_weighted`` stayed); since
h/scan34t only the reading the numeral recognizer doubted is a suspect (``tool_solve``)."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_tool_score_one_digit_misread_is_mended_by_the_overall(tmp_path):
    doc = scan_pages_read(43203, [1], tmp_path).document
    assert (doc["overall_score"], doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (82.2, 87.43, 75.58, 83.24)
    assert "tool_score_from_overall:25.58->75.58" in doc["flags"]
    assert not any(f.startswith("check_overall_weighted") for f in doc["flags"])


def test_tool_score_mend_with_two_fitting_tools_takes_the_one_the_recognizer_doubted(tmp_path):
    """(h/scan34t) Of the two fits, IIT is the reading the numeral recognizer was not sure of
    (``iit_score_from_ocr_text``); OIT and EIT were read surely: only IIT is a suspect
    (``tool_solve``), and 78.01 is its one fit. Until 0.33.0 nothing changed."""
    rec = scan_pages_read(44114, [1], tmp_path)
    assert rec.document["iit_score"] == 78.01 and rec.document["oit_score"] == 71.0
    assert "tool_score_from_overall:74.01->78.01" in rec.document["flags"]
    assert not any(f.startswith("check_overall_weighted") for f in rec.document["flags"])
