"""One row per indicator and source, one per question code: a score printed twice keeps its first
reading, the second named on it (``printed_twice_differs``, ``question_printed_twice``)."""
from __future__ import annotations


def dedupe_indicators(rows: list[dict]) -> list[dict]:
    """One row per (indicator, source): where one source prints an indicator twice, keep the
    first and flag a disagreement. The same value read from a mapped column replaces one read
    from a cell outside the mapping (``indicator_cell_unmapped``): the better evidence stays."""
    seen: dict[tuple, dict] = {}
    for r in rows:
        key = (r["indicator_no"], r["source"])
        if key in seen:
            first = seen[key]
            if abs(first["score"] - r["score"]) <= 1e-9 and "indicator_cell_unmapped" in first["flags"] \
                    and "indicator_cell_unmapped" not in r["flags"]:
                seen[key] = dict(r, flags=sorted(set(r["flags"]) | {f for f in first["flags"]
                                                                   if f.startswith("printed_twice_differs")}))
                continue
            if abs(first["score"] - r["score"]) > 1e-9:
                first["flags"] = sorted(set(first["flags"]) | {f"printed_twice_differs:{r['score']}@p{r['page']}"})
            continue
        seen[key] = r
    return list(seen.values())


def dedupe_questions(rows: list[dict]) -> list[dict]:
    """One row per question code; a second printing is dropped with a flag on the first."""
    seen: dict[str, dict] = {}
    for r in rows:
        if r["question_code"] in seen:
            first = seen[r["question_code"]]
            first["flags"] = sorted(set(first["flags"]) | {f"question_printed_twice:{r['raw_code']}@p{r['page']}"})
            if abs(first["score"] - r["score"]) > 1e-9:
                first["flags"] = sorted(set(first["flags"]) | {"question_scores_disagree",
                                                               f"printed_twice_differs:{r['score']:g}@p{r['page']}"})
            continue
        seen[r["question_code"]] = r
    return list(seen.values())
