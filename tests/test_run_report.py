"""The run report's pure parts: fail_on verdicts, pages named in flags and errors, markdown."""
from __future__ import annotations

import pytest

from flows.report import histogram_lines, pages_named, render_markdown, score_distribution, verdict


def _report(**kw):
    r = {"source": "s", "sources_listed": 3, "downloaded": 0, "new": [], "updated": [], "cached": [],
         "skipped_current": 0, "wall_s": 1.0, "failed": [], "written": 3, "statuses": {"ok": 2, "partial": 1},
         "score_distribution": score_distribution([91.0, 85.5, 72.0])}
    r.update(kw)
    return r


def test_fail_on_policy():
    ok = _report()
    assert verdict(ok, "failed") is None and verdict(ok, "never") is None
    assert verdict(ok, "partial") == "1 partial"
    bad = _report(failed=[{"doc_id": "x", "source_uri": "a.pdf", "stage": "extract", "error": "e"},
                          {"doc_id": None, "source_uri": "http://h/b.pdf", "stage": "fetched", "error": "HTTP 404"}],
                  statuses={"ok": 2, "failed": 1})
    assert verdict(bad) == "2 of 4 document(s) failed" and verdict(bad, "never") is None
    with pytest.raises(ValueError, match="fail_on"):
        verdict(ok, "sometimes")


def test_pages_named():
    assert pages_named("tables not understood on p3, p12; pages without readable text: 2",
                       ["unmapped_table:p3", "ignored_table:methodology:p7"]) == [2, 3, 7, 12]
    assert pages_named("ValueError: top 10 rows", []) == []


def test_markdown_has_the_sections_and_a_plot():
    r = _report(rows_written={"question_scores": 40}, flagged={"question_scores": {"rows": 40, "flagged": 10}},
                top_flags=[("code_corrected", 6), ("check_question_mean", 4)],
                needs_look=[{"doc_id": "ab" * 32, "file_name": "p.pdf", "status": "partial", "pages": [2, 5],
                             "reason": "tables not understood on p2, p5"}],
                run_failed="1 partial")
    md = render_markdown(r)
    assert "**Run failed: 1 partial**" in md
    assert "| question_scores | 40 | 10 | 25.0% |" in md and "| `code_corrected` | 6 |" in md
    assert "| partial | p.pdf (abababababab) | 2, 5 | tables not understood on p2, p5 |" in md
    plot = md.split("```text\n")[1].split("```")[0].splitlines()
    assert plot == histogram_lines(r["score_distribution"]["histogram"])
    assert plot[-1] == "90-100 | " + "█" * 30 + " 1" and plot[0].strip() == "0-50 |  0"
    assert render_markdown(_report(mode="rerun")).startswith("# ITA re-run — s")
