"""The run report: what one ingest run did, as a dict and as a Prefect markdown artifact.

``build_report`` is plain Python (used with or without Prefect); ``publish_report`` creates
one keyed markdown artifact (``ita-run-report``) in the current flow run, so every run's
report is versioned on the Prefect Artifacts page.
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Iterable, Optional

ARTIFACT_KEY = "ita-run-report"
_BINS = ((0, 50), (50, 60), (60, 70), (70, 80), (80, 90), (90, 100.0001))


def read_scores(processed_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, Optional[float]]:
    """``overall_score`` of each document from its ``documents/<doc_id>.parquet`` (None if absent)."""
    out: dict[str, Optional[float]] = {}
    for d in doc_ids:
        import pyarrow.parquet as pq
        p = Path(processed_dir) / "documents" / f"{d}.parquet"
        try:
            col = pq.read_table(p, columns=["overall_score"]).column("overall_score").to_pylist()
            out[d] = col[0] if col else None
        except (OSError, KeyError, ValueError):
            out[d] = None
    return out


def written_now(processed_dir: str | Path, doc_ids: Iterable[str], since: float) -> dict[str, Optional[str]]:
    """The ``status`` of each document whose ``documents`` file was written at or after ``since``
    (epoch seconds): what this run really wrote, read from disk (a task that crashed after its
    write still wrote it; one whose write failed did not)."""
    import pyarrow.parquet as pq
    out: dict[str, Optional[str]] = {}
    for d in doc_ids:
        p = Path(processed_dir) / "documents" / f"{d}.parquet"
        try:
            if p.stat().st_mtime < since:
                continue
            col = pq.read_table(p, columns=["status"]).column("status").to_pylist()
            out[d] = col[0] if col else None
        except (OSError, KeyError, ValueError):
            continue
    return out


def score_distribution(scores: Iterable[Optional[float]]) -> dict:
    """Count, min/median/max and a histogram (bins of 10 points from 50) of overall scores."""
    vals = sorted(float(s) for s in scores if s is not None)
    hist = {f"{lo}-{int(hi) if hi <= 100 else 100}": sum(lo <= v < hi for v in vals) for lo, hi in _BINS}
    if not vals:
        return {"count": 0, "min": None, "median": None, "max": None, "histogram": hist}
    return {"count": len(vals), "min": vals[0], "median": statistics.median(vals), "max": vals[-1],
            "histogram": hist}


def build_report(*, source: str, processed_dir: str, sources_listed: int, fetched: list[dict],
                 fetch_failures: list[dict], processed: list[dict], cached: list[dict],
                 skipped: int, previously_written: set, wall_s: float, mode: str) -> dict:
    """The run report dict.

    ``fetched``: FetchResult dicts; ``processed``: DocResult dicts of documents run now;
    ``cached``: results served from Prefect's cache; ``skipped``: documents already current;
    ``previously_written``: doc_ids the ledger had written before this run. A document is
    "updated" when it was written before (re-processed) or its source's content changed."""
    ok = [p for p in processed if not p.get("failed_stage")]
    failed = [p for p in processed if p.get("failed_stage")]
    changed = {f["sha256"] for f in fetched if f.get("outcome") == "changed"}
    is_update = [p["doc_id"] in previously_written or p["doc_id"] in changed for p in ok]
    new = [p["doc_id"] for p, u in zip(ok, is_update) if not u]
    updated = [p["doc_id"] for p, u in zip(ok, is_update) if u]
    failures = [{"doc_id": p["doc_id"], "source_uri": p.get("source_uri"), "stage": p.get("failed_stage"),
                 "error": p.get("error")} for p in failed]
    failures += [{"doc_id": None, "source_uri": f["source_uri"], "stage": "fetched", "error": f["error"],
                  "kind": f.get("kind")} for f in fetch_failures if f.get("kind") != "parked"]
    parked = [{"doc_id": None, "source_uri": f["source_uri"], "stage": "fetched", "error": f["error"],
               "kind": "parked"} for f in fetch_failures if f.get("kind") == "parked"]
    scores = read_scores(processed_dir, [p["doc_id"] for p in processed])
    on_disk = written_now(processed_dir, [p["doc_id"] for p in processed], time.time() - wall_s - 1.0)
    statuses = [on_disk.get(p["doc_id"]) or "not written" for p in processed]
    return {
        "source": source, "mode": mode, "wall_s": round(wall_s, 3),
        "sources_listed": sources_listed,
        "downloaded": sum(1 for f in fetched if f.get("bytes_downloaded")),
        "bytes_downloaded": sum(f.get("bytes_downloaded", 0) for f in fetched),
        "new": new, "updated": updated, "failed": failures,
        "cached": [c["doc_id"] for c in cached], "skipped_current": skipped,
        "parked": parked,  # known size/deadline failures not downloaded again this run
        "written": len(on_disk),  # documents rows this run really wrote (read back from disk)
        "not_written": len(processed) - len(on_disk),
        "statuses": {s: statuses.count(s) for s in sorted(set(statuses))},
        "score_distribution": score_distribution(scores.values()),
        "noop": not processed and not cached and not any(f.get("bytes_downloaded") for f in fetched),
    }


def render_markdown(report: dict) -> str:
    """The report as markdown (the artifact's body)."""
    r = report
    lines = [f"# ITA ingest run — {r['source']}", "",
             "| sources | downloaded | new | updated | failed | cached | skipped (current) | wall s |",
             "|---|---|---|---|---|---|---|---|",
             f"| {r['sources_listed']} | {r['downloaded']} | {len(r['new'])} | {len(r['updated'])} | "
             f"{len(r['failed'])} | {len(r['cached'])} | {r['skipped_current']} | {r['wall_s']} |", ""]
    if r["failed"]:
        lines += ["## Failures", "", "| document | source | stage | error |", "|---|---|---|---|"]
        for f in r["failed"]:
            err = (f["error"] or "").replace("|", "\\|").replace("\n", " ")[:300]
            lines.append(f"| {(f['doc_id'] or '-')[:12]} | {f['source_uri']} | {f['stage']} | {err} |")
        lines.append("")
    d = r["score_distribution"]
    lines += ["## Overall score distribution (documents written this run)", ""]
    if d["count"]:
        lines += [f"n={d['count']}, min={d['min']:.2f}, median={d['median']:.2f}, max={d['max']:.2f}", "",
                  "| range | documents |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in d["histogram"].items()]
    else:
        lines.append("no overall scores written this run")
    return "\n".join(lines) + "\n"


def publish_report(report: dict) -> Optional[str]:
    """Create the run's keyed markdown artifact; returns its id (None outside a flow run)."""
    from prefect.artifacts import create_markdown_artifact
    from prefect.context import FlowRunContext
    if FlowRunContext.get() is None:
        return None
    art = create_markdown_artifact(markdown=render_markdown(report), key=ARTIFACT_KEY,
                                   description=f"ITA ingest run report ({report['source']})")
    return str(art) if art is not None else None
