"""Stage functions for the run-state tests: the mini stages of runner_helpers, plus a PDF
whose text holds ``BROKEN`` failing its extract stage and one holding ``PARTIAL`` ending
``partial`` (a table on page 2 not understood), as the real normalizer reports it."""
from __future__ import annotations

import logging

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # loaded by path in the extract child
from runner_helpers import mini_extract, mini_normalize  # noqa: E402


def picky_extract(pdf_path, doc_id):
    ex = mini_extract(pdf_path, doc_id)
    if any("BROKEN" in p.text for p in ex.pages):
        print("pdfplumber: page 1 content stream ends early")  # the extract child's output
        raise ValueError("cannot read page 1: broken content stream")
    return ex


def partial_normalize(extraction):
    logging.getLogger("normalizers.test_partial").info("normalizing %s", extraction.doc_id[:12])
    rec = mini_normalize(extraction)
    if rec.question_scores:  # an overall score for the run report's plot
        rec.document["overall_score"] = rec.question_scores[0]["score"]
    if any("PARTIAL" in p.text for p in extraction.pages):
        rec.document["status"] = "partial"
        rec.document["error"] = "tables not understood on p2"
        rec.document["flags"] = ["unmapped_table:p2"]
    return rec


def sleepy_extract(pdf_path, doc_id):
    """``picky_extract`` after 4 s: documents processed in parallel overlap in time."""
    import time
    time.sleep(4)
    return picky_extract(pdf_path, doc_id)
