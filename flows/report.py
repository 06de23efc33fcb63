"""The run report: what one ingest run did, as a dict and as a Prefect markdown artifact.

``build_report`` is plain Python (used with or without Prefect); ``publish_report`` creates
one keyed markdown artifact (``ita-run-report``) in the current flow run, so every run's
report is versioned on the Prefect Artifacts page.
"""
from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

ARTIFACT_KEY = "ita-run-report"
_BINS = ((0, 50), (50, 60), (60, 70), (70, 80), (80, 90), (90, 100.0001))


def _read(path: Path, columns: Optional[list[str]] = None):
    """One document's Parquet file (``columns`` that it has, default all) as a pyarrow Table.
    ``ParquetFile.read`` reads the one file directly: ``pq.read_table`` first builds a dataset
    over the path (≈ 2.5× the CPU for these one-row-group files; the report reads ~7 files a
    document)."""
    import pyarrow.parquet as pq
    with pq.ParquetFile(path) as f:
        if columns is not None:
            names = f.schema_arrow.names
            missing = [c for c in columns if c not in names]
            if missing:
                raise KeyError(missing[0])
        return f.read(columns=columns)


def read_scores(processed_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, Optional[float]]:
    """``overall_score`` of each document from its ``documents/<doc_id>.parquet`` (None if absent)."""
    out: dict[str, Optional[float]] = {}
    for d in doc_ids:
        p = Path(processed_dir) / "documents" / f"{d}.parquet"
        try:
            col = _read(p, ["overall_score"]).column("overall_score").to_pylist()
            out[d] = col[0] if col else None
        except (OSError, KeyError, ValueError):
            out[d] = None
    return out


def written_now(processed_dir: str | Path, doc_ids: Iterable[str], since: float) -> dict[str, Optional[str]]:
    """The ``status`` of each document whose ``documents`` file was written at or after ``since``
    (epoch seconds): what this run really wrote, read from disk (a task that crashed after its
    write still wrote it; one whose write failed did not)."""
    out: dict[str, Optional[str]] = {}
    for d in doc_ids:
        p = Path(processed_dir) / "documents" / f"{d}.parquet"
        try:
            if p.stat().st_mtime < since:
                continue
            col = _read(p, ["status"]).column("status").to_pylist()
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


FAIL_ON = ("failed", "partial", "never")
_TABLES = ("documents", "indicator_scores", "question_scores", "planned_measures", "announced_scores")
_PAGE = re.compile(r"(?<![0-9A-Za-z])p\.? ?([0-9]{1,4})(?![0-9])")
_PAGE_LIST = re.compile(r"\bpages?\b[^:;]*?: ?([0-9]{1,4}(?:, ?[0-9]{1,4})*)")  # "pages without readable text: 2, 3"


def flag_kind(flag: str) -> str:
    """The kind of a flag: its text before the first ``:`` (``code_corrected:๑๒๒->i12`` →
    ``code_corrected``)."""
    return flag.split(":", 1)[0]


def read_quality(processed_dir: str | Path, doc_ids: Iterable[str]) -> dict:
    """Flag statistics of the rows these documents have in the dataset now.

    ``flagged``: per table ``{"rows": n, "flagged": m}``; ``top_flags``: the 10 most common
    flag kinds over all tables ``[(kind, count)]``; ``documents``: per doc_id its documents
    row's ``status``, ``error`` and ``flags``."""
    import pyarrow.parquet as pq
    root = Path(processed_dir)
    flagged: dict[str, dict] = {}
    kinds: Counter = Counter()
    docs: dict[str, dict] = {}
    for d in doc_ids:
        for table in _TABLES:
            p = root / table / f"{d}.parquet"
            if not p.exists():
                continue
            try:
                with pq.ParquetFile(p) as f:  # only the columns read here (see _read)
                    cols = f.schema_arrow.names
                    rows = f.read(columns=[c for c in ("status", "error", "flags") if c in cols]).to_pylist()
            except (OSError, ValueError):
                continue
            st = flagged.setdefault(table, {"rows": 0, "flagged": 0})
            st["rows"] += len(rows)
            for r in rows:
                fl = r.get("flags") or []
                st["flagged"] += bool(fl)
                kinds.update(flag_kind(f) for f in fl)
            if table == "documents" and rows:
                docs[d] = rows[0]
    return {"flagged": flagged, "top_flags": kinds.most_common(10), "documents": docs}


def _rows_written(processed: list[dict]) -> dict[str, int]:
    out: Counter = Counter()
    for p in processed:
        out.update(p.get("rows") or {})
    return dict(sorted(out.items()))


def pages_named(*texts_or_lists) -> list[int]:
    """Page numbers named in flags (``unmapped_table:p3``) and error texts (``on p3``)."""
    pages = set()
    for x in texts_or_lists:
        for t in ([x] if isinstance(x, str) else list(x or [])):
            pages.update(int(m) for m in _PAGE.findall(t or ""))
            for m in _PAGE_LIST.findall(t or ""):
                pages.update(int(x) for x in m.split(","))
    return sorted(pages)


def _needs_look(processed: list[dict], docs: dict[str, dict], fetch_failures: list[dict]) -> list[dict]:
    """Documents that need a look: failed or partial (with pages and reason), then sources
    that could not be fetched."""
    out = []
    for p in processed:
        row = docs.get(p["doc_id"]) or {}
        status = "failed" if p.get("failed_stage") else (p.get("status") or row.get("status"))
        if status not in ("failed", "partial"):
            continue
        reason = p.get("error") or row.get("error") or ""
        if p.get("failed_stage"):
            reason = f"{p['failed_stage']} stage: {reason}"
        out.append({"doc_id": p["doc_id"], "file_name": p.get("file_name"), "status": status,
                    "pages": pages_named(reason, [f for f in row.get("flags") or [] if "table" in f]),
                    "reason": reason})
    for f in fetch_failures:
        out.append({"doc_id": None, "file_name": f.get("file_name") or f.get("source_uri"), "status": "failed",
                    "pages": [], "reason": f"fetch: {f.get('error')}"})
    return sorted(out, key=lambda r: (r["status"] != "failed", r["file_name"] or ""))


def verdict(report: dict, fail_on: str = "failed") -> Optional[str]:
    """Why the run should end Failed under the ``fail_on`` policy, or None.

    ``failed`` (default): any document or source failed; ``partial``: also any partial
    document; ``never``: the run never fails for its documents."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {FAIL_ON}, not {fail_on!r}")
    if fail_on == "never":
        return None
    n_failed = len(report.get("failed") or [])
    n_partial = (report.get("statuses") or {}).get("partial", 0)
    total = (report.get("written", 0) + report.get("not_written", 0)
             + len([f for f in report.get("failed") or [] if not f.get("doc_id")]))
    parts = []
    if n_failed:
        parts.append(f"{n_failed} of {total} document(s) failed")
    if fail_on == "partial" and n_partial:
        parts.append(f"{n_partial} partial")
    return "; ".join(parts) or None


def final_state(report: dict, fail_on: str = "failed"):
    """The flow run's final state: Failed when ``verdict`` says so, else Completed; the report
    is the state's data either way (``state.result(raise_on_failure=False)``)."""
    from prefect.states import Completed, Failed
    why = verdict(report, fail_on)
    report["run_failed"] = why
    if why:
        return Failed(message=f"{why} (--fail-on {fail_on}); see the run report", data=report)
    return Completed(message=_summary_line(report), data=report)


def _summary_line(report: dict) -> str:
    st = report.get("statuses") or {}
    return ", ".join(f"{n} {s}" for s, n in st.items()) or "nothing to do"


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
    quality = read_quality(processed_dir, [p["doc_id"] for p in processed])
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
        "rows_written": _rows_written(processed),
        "flagged": quality["flagged"], "top_flags": quality["top_flags"],
        "needs_look": _needs_look(processed, quality["documents"],
                                  [f for f in fetch_failures if f.get("kind") != "parked"]),
        "score_distribution": score_distribution(scores.values()),
        "noop": not processed and not cached and not any(f.get("bytes_downloaded") for f in fetched),
    }


def _cell(text, n: int = 300) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")[:n]


def histogram_lines(hist: dict[str, int], width: int = 30) -> list[str]:
    """A text bar chart of a histogram (one line per bin), for a fenced block."""
    top = max(hist.values() or [0])
    label_w = max((len(k) for k in hist), default=0)
    return [f"{k:>{label_w}} | {'█' * (round(v / top * width) if top else 0)} {v}" for k, v in hist.items()]


def render_markdown(report: dict) -> str:
    """The report as markdown (the artifact's body): counts, statuses, rows per table, flags,
    the documents that need a look, failures and a plot of the overall scores."""
    r = report
    title = "ITA re-run" if r.get("mode") == "rerun" else "ITA ingest run"
    lines = [f"# {title} — {r['source']}", ""]
    if r.get("run_failed"):
        lines += [f"**Run failed: {r['run_failed']}**", ""]
    lines += ["| sources | downloaded | new | updated | failed | cached | skipped (current) | wall s |",
              "|---|---|---|---|---|---|---|---|",
              f"| {r['sources_listed']} | {r['downloaded']} | {len(r['new'])} | {len(r['updated'])} | "
              f"{len(r['failed'])} | {len(r['cached'])} | {r['skipped_current']} | {r['wall_s']} |", ""]
    if r.get("statuses"):
        lines += ["## Documents by status", "", "| status | documents |", "|---|---|"]
        lines += [f"| {s} | {n} |" for s, n in r["statuses"].items()] + [""]
    if r.get("rows_written") or r.get("flagged"):
        lines += ["## Rows written and flagged", "", "| table | rows | flagged rows | share flagged |",
                  "|---|---|---|---|"]
        for t, st in (r.get("flagged") or {}).items():
            share = f"{st['flagged'] / st['rows']:.1%}" if st["rows"] else "-"
            lines.append(f"| {t} | {st['rows']} | {st['flagged']} | {share} |")
        lines.append("")
    if r.get("top_flags"):
        lines += ["Most common flag kinds (see docs/flags.yaml for what each means and what to do):", "",
                  "| flag kind | values |", "|---|---|"]
        lines += [f"| `{k}` | {n} |" for k, n in r["top_flags"]] + [""]
    if r.get("needs_look"):
        lines += ["## Documents that need a look", "", "| status | document | pages | reason |", "|---|---|---|---|"]
        for d in r["needs_look"]:
            pages = ", ".join(map(str, d["pages"])) or "-"
            lines.append(f"| {d['status']} | {_cell(d['file_name'], 80)} ({(d['doc_id'] or '-')[:12]}) | {pages} | "
                         f"{_cell(d['reason'])} |")
        lines.append("")
    if r["failed"]:
        lines += ["## Failures", "", "| document | source | stage | error |", "|---|---|---|---|"]
        for f in r["failed"]:
            lines.append(f"| {(f['doc_id'] or '-')[:12]} | {f['source_uri']} | {f['stage']} | {_cell(f['error'])} |")
        lines.append("")
    d = r["score_distribution"]
    lines += ["## Overall score distribution (documents written this run)", ""]
    if d["count"]:
        lines += [f"n={d['count']}, min={d['min']:.2f}, median={d['median']:.2f}, max={d['max']:.2f}", "",
                  "```text", *histogram_lines(d["histogram"]), "```", "",
                  "| range | documents |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in d["histogram"].items()]
    else:
        lines.append("no overall scores written this run")
    return "\n".join(lines) + "\n"


def publish_report(report: dict, fail_on: str = "failed", key: str = ARTIFACT_KEY) -> Optional[str]:
    """Create the run's keyed markdown artifact; returns its id (None outside a flow run)."""
    from prefect.artifacts import create_markdown_artifact
    from prefect.context import FlowRunContext
    report["run_failed"] = verdict(report, fail_on)
    if FlowRunContext.get() is None:
        return None
    art = create_markdown_artifact(markdown=render_markdown(report), key=key,
                                   description=f"ITA {report.get('mode', 'ingest')} run report ({report['source']})")
    return str(art) if art is not None else None
