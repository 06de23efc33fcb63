"""Scans: a tool score OCR read as Thai letters in a number's shape (issue 15, h/scan32q).

44213 p1 (html, 300 dpi): ``IIT ๘๒.๘๐ | EIT ๗๕.๑๙ | OIT ฒฒ.ฒฒ`` (``๗๗.๗๗``, each ๗ read as ฒ). The
OIT piece matched neither a score nor a garbled score, so the whole line was left unread and
IIT and EIT were lost with it (tools 1 of 4 right). The piece is now a garbled score: IIT and
EIT are read, OIT is flagged ``keyvalue_unreadable:oit``; since 0.33.0 it is read back from the weighted
overall (``tool_overall``: of the values the sum holds only 77.77 agrees with ``ฒฒ.ฒฒ``), flagged."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_tool_score_read_as_thai_letters_leaves_the_others_read(tmp_path):
    doc = scan_pages_read(44213, [1], tmp_path).document
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (82.8, 75.19, 77.77)
    assert "keyvalue_unreadable:oit" in doc["flags"]
    assert "oit_score_from_overall:ฒฒ.ฒฒ->77.77" in doc["flags"]
