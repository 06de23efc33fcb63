"""Cross-checks: arithmetic the ITA scores must satisfy. They add flags; they never change a value.

- an indicator score vs the mean of its printed question scores;
- the overall score vs 0.3·IIT + 0.3·EIT + 0.4·OIT;
- a tool score vs the mean of its printed indicator scores;
- OIT question scores are 0 or 100;
- every score within 0–100.
"""
from __future__ import annotations

from collections import defaultdict

from normalizers.indicators import TOOL_OF

WEIGHTS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}
TOL_MEAN = 0.6  # rounding in reports: question scores are printed with 2 decimals
TOL_OVERALL = 0.1


def _add(row: dict, flag: str) -> None:
    row["flags"] = sorted(set(row.get("flags") or []) | {flag})


def check_ranges(rows: list[dict], key: str = "score") -> None:
    for r in rows:
        v = r.get(key)
        if v is not None and not 0 <= v <= 100:
            _add(r, "score_out_of_range")


def check_oit_binary(questions: list[dict]) -> None:
    for q in questions:
        if q["tool"] == "OIT" and q["score"] not in (0.0, 100.0):
            _add(q, "oit_score_not_0_or_100")


def check_indicator_means(indicators: list[dict], questions: list[dict]) -> None:
    """Flag indicator rows whose score differs from the mean of the questions printed for it."""
    by_ind: dict[int, list[float]] = defaultdict(list)
    for q in questions:
        if q.get("indicator_no"):
            by_ind[q["indicator_no"]].append(q["score"])
    for r in indicators:
        qs = by_ind.get(r["indicator_no"])
        if qs and len(qs) >= 2:
            mean = sum(qs) / len(qs)
            if abs(mean - r["score"]) > TOL_MEAN:
                _add(r, f"check_question_mean:{mean:.2f}")


def check_overall(doc: dict) -> None:
    """Flag the document when the overall score is not the weighted sum of the tool scores."""
    tools = {t: doc.get(f"{t.lower()}_score") for t in WEIGHTS}
    if doc.get("overall_score") is None or any(v is None for v in tools.values()):
        return
    expect = sum(WEIGHTS[t] * v for t, v in tools.items())
    if abs(expect - doc["overall_score"]) > TOL_OVERALL:
        doc["flags"] = sorted(set(doc.get("flags") or []) | {f"check_overall_weighted:{expect:.2f}"})


def check_tool_means(doc: dict, indicators: list[dict]) -> None:
    """Flag the document when a tool score is far from the mean of its indicator scores."""
    by_tool: dict[str, dict[int, float]] = defaultdict(dict)
    for r in indicators:
        if r["source"] in ("results_table", "analysis_table"):
            by_tool[TOOL_OF[r["indicator_no"]]].setdefault(r["indicator_no"], r["score"])
    need = {"IIT": 5, "EIT": 3, "OIT": 2}
    for tool, scores in by_tool.items():
        v = doc.get(f"{tool.lower()}_score")
        if v is None or len(scores) < need[tool]:
            continue
        mean = sum(scores.values()) / len(scores)
        if abs(mean - v) > 1.0:
            doc["flags"] = sorted(set(doc.get("flags") or []) | {f"check_{tool.lower()}_vs_indicators:{mean:.2f}"})


def run_all(doc: dict, indicators: list[dict], questions: list[dict]) -> None:
    check_ranges(indicators)
    check_ranges(questions)
    for k in ("overall_score", "iit_score", "eit_score", "oit_score"):
        v = doc.get(k)
        if v is not None and not 0 <= v <= 100:
            doc["flags"] = sorted(set(doc.get("flags") or []) | {f"{k}_out_of_range"})
    check_oit_binary(questions)
    check_indicator_means(indicators, questions)
    check_overall(doc)
    check_tool_means(doc, indicators)
