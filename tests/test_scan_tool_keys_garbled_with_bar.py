"""A scanned key/value tool line whose IIT and EIT keys OCR garbled, a bar read inside one of them,
before a readable OIT (held-out fresh32u 45215 p1, 200 dpi, Sarabun IT9; looked at after its final
scoring in session 32). Regression of a silent loss: all three tool scores null, no flag, ``ok``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read
from normalizers.records.keyvalue import read_keyvalues


def test_garbled_tool_keys_before_a_read_oit_give_their_scores_in_order(tmp_path):
    """``|!โฆ๗๙.๕๕ |ซิ|! ๗๖.๕๔ | OIT ๖๕.๒๒``: the line was refused whole (digits before the first
    key read), so OIT went with IIT and EIT. The tools read are the line's last, and the head holds
    exactly as many scores as tools are missing, with a few letters of garbled keys around them:
    those are IIT's and EIT's, in order, flagged."""
    records = scan_pages_read(45215, [1], tmp_path)
    doc = records.document
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (79.55, 76.54, 65.22)
    assert {"keyvalue_key_garbled:iit", "keyvalue_key_garbled:eit"} <= set(doc["flags"])


def test_a_sentence_before_a_tool_is_no_garbled_key():
    """Numbers in a sentence before ``OIT`` (last year's scores) are not taken for the missing tools."""
    kv = read_keyvalues([(1, "ปีที่แล้วได้ 75.28 คะแนน และ 80.11 | OIT 78.67")], 2565)
    assert "IIT" not in kv.tools and "EIT" not in kv.tools
