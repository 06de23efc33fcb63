"""Cross-checks: arithmetic the ITA scores must satisfy. They add flags; the one that may
change a value is the indicator mean, and only an OCR reading, always with a flag.

- an indicator score vs the mean of its printed question scores (see below);
- the overall score vs 0.3·IIT + 0.3·EIT + 0.4·OIT;
- a tool score vs the mean of its printed indicator scores;
- OIT question scores are 0 or 100;
- every score within 0–100;
- one indicator printed in several places agrees with itself (each place's row is flagged).

Indicator = mean of its questions, as a second opinion on OCR. A score read by OCR carries the
recognizer's other reading of its cell (``ALT``, from ``RawTable.cell_alt``). When an
indicator is further than ``TOL_MEAN`` from the mean of its (two or more) questions, and the
report prints all the questions the year's catalog puts under it (many print only the
low-scoring ones, whose mean says nothing about a reading), every single substitution of one row's other reading (the indicator's or one question's) is tried;
if exactly one makes the numbers agree to two-decimal rounding (``mean_holds``: 0.011), that
reading is taken: the changed row gets ``ocr_arith_choice:indicator_mean`` and
``ocr_arith_replaced:<first reading>``, its confidence at most ``DOUBT``; the indicator row
gets ``ocr_arith_partner:indicator_mean:<code>`` when a question changed. Otherwise the
indicator keeps ``check_question_mean:<mean>`` (plus ``ocr_arith_ambiguous:indicator_mean``
when several readings would fit). Within ``TOL_MEAN`` nothing changes — reports print
inexact means (integers such as ``82``, scores rounded before averaging) — but a disagreement
that exactly one other reading would resolve is flagged on that row
(``ocr_arith_alt_fits:indicator_mean:<reading>``). ``drop_private`` removes ``ALT``.
"""
from __future__ import annotations

from collections import defaultdict

from extractors.ocr_checks import DOUBT, mean_holds
from normalizers.fields.codes import load_catalog
from normalizers.fields.indicators import TOOL_OF
from normalizers.records.digit_lost import mend_lost_digits
from normalizers.records.score_hundred import mend_past_hundred

WEIGHTS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}
TOL_MEAN = 0.6  # reports print inexact means (integer scores, averages of rounded scores)
TOL_EXACT = 0.011  # an exact mean of two-decimal scores, both sides rounded (0.005 + 0.005)
TOL_OVERALL = 0.1
ALT = "_alt_score"  # private row key: the OCR recognizer's other reading of the score cell


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


def _all_printed(no: int, qs: list[dict]) -> bool:
    """Whether ``qs`` holds every question the catalog of their year puts under indicator ``no``."""
    want = {c for c, i in load_catalog(qs[0].get("assessment_year")).indicator.items() if i == no}
    return bool(want) and want <= {q.get("question_code") for q in qs}


def _fits(ind: dict, qs: list[dict]) -> list[tuple[dict, float]]:
    """The single substitutions (row, its other reading) that make ``ind`` the mean of ``qs``."""
    if not _all_printed(ind["indicator_no"], qs):
        return []
    out = []
    for row in [ind] + qs:
        alt = row.get(ALT)
        if alt is None or not 0.0 <= alt <= 100.0 or alt == row["score"]:
            continue
        trial = [alt if q is row else q["score"] for q in qs]
        if mean_holds(trial, alt if row is ind else ind["score"], TOL_EXACT):
            out.append((row, alt))
    return out


def _choose(ind: dict, row: dict, alt: float) -> None:
    old = row["score"]
    row["score"] = alt
    row.pop(ALT, None)  # taken once; another indicator row must not swap it back
    row["confidence"] = min(row.get("confidence", 1.0), DOUBT)
    _add(row, "ocr_arith_choice:indicator_mean")
    _add(row, f"ocr_arith_replaced:{old:g}")
    if row is not ind:
        _add(ind, f"ocr_arith_partner:indicator_mean:{row['question_code']}")


def check_indicator_means(indicators: list[dict], questions: list[dict]) -> None:
    """Flag indicator rows whose score differs from the mean of the questions printed for it;
    where exactly one other OCR reading resolves a clear disagreement, take it (module doc)."""
    by_ind: dict[int, list[dict]] = defaultdict(list)
    for q in questions:
        if q.get("indicator_no"):
            by_ind[q["indicator_no"]].append(q)
    for r in indicators:
        qs = by_ind.get(r["indicator_no"])
        if not qs or len(qs) < 2:
            continue
        scores = [q["score"] for q in qs]
        if mean_holds(scores, r["score"], TOL_EXACT):
            continue
        mean = sum(scores) / len(scores)
        fits = _fits(r, qs)
        if abs(mean - r["score"]) <= TOL_MEAN:
            if len(fits) == 1:
                row, alt = fits[0]
                _add(row, f"ocr_arith_alt_fits:indicator_mean:{alt:g}")
            continue
        if len(fits) == 1:
            _choose(r, *fits[0])
            continue
        _add(r, f"check_question_mean:{mean:.2f}")
        if fits:
            _add(r, "ocr_arith_ambiguous:indicator_mean")


def drop_private(rows: list[dict]) -> None:
    """Remove the private keys the checks used (not contract columns)."""
    for r in rows:
        r.pop(ALT, None)


def weighted_total(tools: dict[str, float]) -> float:
    """0.3·IIT + 0.3·EIT + 0.4·OIT of the tool scores (all three given)."""
    return sum(WEIGHTS[t] * tools[t] for t in WEIGHTS)


def check_overall(doc: dict) -> None:
    """Flag the document when the overall score is not the weighted sum of the tool scores."""
    tools = {t: doc.get(f"{t.lower()}_score") for t in WEIGHTS}
    if doc.get("overall_score") is None or any(v is None for v in tools.values()):
        return
    expect = weighted_total(tools)
    if abs(expect - doc["overall_score"]) > TOL_OVERALL:
        doc["flags"] = sorted(set(doc.get("flags") or []) | {f"check_overall_weighted:{expect:.2f}"})


def _one_edit(read: str) -> set[str]:
    """The two-decimal numbers one OCR edit of a digit away from ``read`` (``74.01``: one digit
    read as another; ``7.38``: a digit lost; ``178.38``: a digit too many), 0-100."""
    digits = "0123456789"
    out: set[str] = set()
    for i, ch in enumerate(read):
        if ch == ".":
            continue
        out |= {read[:i] + d + read[i + 1:] for d in digits if d != ch}
        out.add(read[:i] + read[i + 1:])
    for i in range(read.index(".") + 1):
        out |= {read[:i] + d + read[i:] for d in digits}
    good = set()
    for v in out:
        head, _, tail = v.partition(".")
        if head and len(tail) == 2 and (head == "0" or not head.startswith("0")) and float(v) <= 100:
            good.add(v)
    return good - {read}


def mend_tool_from_overall(doc: dict, indicators: list[dict]) -> None:
    """On an OCR'd document whose overall score is not 0.3·IIT + 0.3·EIT + 0.4·OIT: where exactly
    one tool score, one digit edit away from its reading, makes the sum hold to two-decimal
    rounding (``TOL_EXACT``), that tool takes it, flagged ``tool_score_from_overall:<read>-><new>``
    on the document (a check flag), and the sum then holds. Two tools misread, or several edits
    that fit, change nothing (``check_overall_weighted`` stays). A tool whose indicators (a
    results or analysis table printing all of them) bear out its reading is not changed. Unseen-
    then scans 44114 (IIT ``78.01`` read ``74.01``), fresh31u 43203 (EIT ``75.58`` read ``25.58``)."""
    tools = {t: doc.get(f"{t.lower()}_score") for t in WEIGHTS}
    overall = doc.get("overall_score")
    if not doc.get("ocr_pages") or overall is None or any(v is None for v in tools.values()) \
            or abs(weighted_total(tools) - overall) <= TOL_OVERALL:
        return
    means = tool_means(indicators)
    fits = []
    for tool, v in tools.items():
        if tool in means and abs(means[tool] - v) <= TOOL_MEAN_TOL:
            continue
        rest = sum(WEIGHTS[t] * tools[t] for t in WEIGHTS if t != tool)
        for cand in _one_edit(f"{v:.2f}"):
            if abs(WEIGHTS[tool] * float(cand) + rest - overall) <= TOL_EXACT \
                    and (tool not in means or abs(means[tool] - float(cand)) <= TOOL_MEAN_TOL):
                fits.append((tool, v, float(cand)))
    total = weighted_total(tools)
    if any(abs(float(c) - total) <= TOL_EXACT for c in _one_edit(f"{overall:.2f}")):
        return  # the overall may be the misread number as well
    if len(fits) == 1:
        tool, v, new = fits[0]
        doc[f"{tool.lower()}_score"] = new
        doc["flags"] = sorted(set(doc.get("flags") or []) | {f"tool_score_from_overall:{v:g}->{new:g}"})


TOOL_MEAN_TOL = 1.0  # a tool score this far from the mean of its indicators' scores is doubted


def tool_means(indicators: list[dict]) -> dict[str, float]:
    """Mean of the indicator scores of each tool, where a results or analysis table printed
    all of its indicators (IIT 1-5, EIT 6-8, OIT 9-10)."""
    by_tool: dict[str, dict[int, float]] = defaultdict(dict)
    for r in indicators:
        if r["source"] in ("results_table", "analysis_table"):
            by_tool[TOOL_OF[r["indicator_no"]]].setdefault(r["indicator_no"], r["score"])
    need = {"IIT": 5, "EIT": 3, "OIT": 2}
    return {tool: sum(scores.values()) / len(scores) for tool, scores in by_tool.items() if len(scores) >= need[tool]}


def check_tool_means(doc: dict, indicators: list[dict]) -> None:
    """Flag the document when a tool score is far from the mean of its indicator scores."""
    for tool, mean in tool_means(indicators).items():
        v = doc.get(f"{tool.lower()}_score")
        if v is not None and abs(mean - v) > TOOL_MEAN_TOL:
            doc["flags"] = sorted(set(doc.get("flags") or []) | {f"check_{tool.lower()}_vs_indicators:{mean:.2f}"})


def check_sources_agree(indicators: list[dict]) -> None:
    """One indicator printed in several places (results table, analysis table, measures
    table, text) with different values: every place keeps its own row and value, and each
    row is flagged with the others' (``printed_elsewhere_differs:<source>:<value>``)."""
    by_no: dict[int, list[dict]] = defaultdict(list)
    for r in indicators:
        by_no[r["indicator_no"]].append(r)
    for rows in by_no.values():
        for r in rows:
            for o in rows:
                if o is not r and o["source"] != r["source"] and abs(o["score"] - r["score"]) > 0.005:
                    _add(r, f"printed_elsewhere_differs:{o['source']}:{o['score']:g}")


def run_all(doc: dict, indicators: list[dict], questions: list[dict]) -> None:
    mend_past_hundred(questions)  # ``100.3`` OCR'd for 100.00 (before the means use it)
    mend_past_hundred(indicators)
    check_indicator_means(indicators, questions)  # first: it may take another OCR reading
    mend_lost_digits(indicators)  # ... or a reading with a digit lost, another place's value
    check_sources_agree(indicators)
    check_ranges(indicators)
    check_ranges(questions)
    for k in ("overall_score", "iit_score", "eit_score", "oit_score"):
        v = doc.get(k)
        if v is not None and not 0 <= v <= 100:
            doc["flags"] = sorted(set(doc.get("flags") or []) | {f"{k}_out_of_range"})
    check_oit_binary(questions)
    mend_tool_from_overall(doc, indicators)
    check_overall(doc)
    check_tool_means(doc, indicators)
