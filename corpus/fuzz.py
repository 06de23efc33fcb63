"""Render samples of the layout space and score the pipeline on them, per dimension value.

    python -m corpus fuzz --seeds 0..19 --out DIR [--renderer html|docx|both] [--scan]
    python -m corpus score DIR [--data OUT] [--json] [--jobs N]

``fuzz`` writes ``DIR/<name>.pdf`` and ``DIR/<name>.expected.json`` (with the draw's ``dims``)
per seed and renderer (name ``s<seed>_<renderer>``); ``--scan`` also writes a simulated scan
of each (corpus/scan.py, 200-300 dpi, seeded) as ``DIR/scan/<name>_scan.pdf`` with the same
expected rows (dimension ``scan = yes``). ``score`` runs extract + normalize in-process on
every PDF of DIR (or reads a written dataset with ``--data``: documents are matched by file
name) and prints the rates per document, per output table, and per dimension value.

Seeds >= 100000 (corpus.space.HELDOUT_MIN) are held out: measure only, never debug on.
"""
from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from corpus.score import FIELD_COLS, _zero, levenshtein, rates, score_records  # noqa: F401

COLS = [("question_found", "q.found"), ("question_exact", "q.exact"), ("indicator_found", "ind.found"),
        ("indicator_exact", "ind.exact"), ("doc_fields_exact", "doc"), ("tool_exact", "tools"),
        ("measure_found", "m.found"), ("measure_cer", "m.CER"), ("period_exact", "periods"),
        ("responsible_exact", "units"), ("codes_exact", "codes"), ("wrong_unflagged", "wrong!flag")]


def parse_seeds(spec: str) -> list[int]:
    """``A..B`` (inclusive), ``A,B,C`` or a mix: ``0..9,100000..100004``."""
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if ".." in part:
            a, b = part.split("..")
            out += list(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def _write_expected(model: dict, pages: dict, pdf: Path, exp_dir: Path) -> Path:
    from corpus.expected import build_expected_drawn

    exp = build_expected_drawn(model, pages, file_name=pdf.name)
    p = exp_dir / f"{pdf.stem}.expected.json"
    p.write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return p


def fuzz(seeds: list[int], out: str | Path, renderer: str = "both", scan: bool = False,
         log=print, header_words: str | None = None) -> list[Path]:
    """Render every seed with the chosen renderer(s); returns the PDFs written. ``header_words``
    ("unknown"): every column title from that bank of the synonym file (corpus.draw.draw)."""
    from corpus.draw import draw

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    renderers = ["html", "docx"] if renderer == "both" else [renderer]
    if "html" in renderers:
        from corpus.html_render import render_html_pdf
        for s in seeds:
            m = draw(s, "html", header_words)
            pdf, pages = render_html_pdf(m)
            p = out / f"{m['name']}.pdf"
            p.write_bytes(pdf)
            _write_expected(m, pages, p, out)
            written.append(p)
            log(f"{p.name}: {pages['__page_count__']} pages")
    if "docx" in renderers:
        from corpus.docx_render import render_docx_pdfs
        for i in range(0, len(seeds), 20):  # one LibreOffice start per 20 documents
            models = [draw(s, "docx", header_words) for s in seeds[i:i + 20]]
            for (p, pages), m in zip(render_docx_pdfs(models, out), models):
                _write_expected(m, pages, p, out)
                written.append(p)
                log(f"{p.name}: {pages['__page_count__']} pages")
    if scan:
        written += scan_sample(written, out / "scan", log)
    return written


def scan_sample(pdfs: list[Path], out: Path, log=print) -> list[Path]:
    """Simulated scans of rendered PDFs (same draws), with their expected rows (dims.scan = yes)."""
    import numpy as np

    from corpus.scan import random_params, scan_pdf

    out.mkdir(parents=True, exist_ok=True)
    done = []
    for pdf in pdfs:
        exp = json.loads(pdf.with_suffix(".expected.json").read_text(encoding="utf-8"))
        seed = int(hashlib.sha256(pdf.name.encode()).hexdigest()[:8], 16)
        rng = np.random.default_rng(seed)
        dpi = int(rng.choice([200, 300]))
        dst = scan_pdf(pdf, out / f"{pdf.stem}_scan.pdf", random_params(rng, dpi), seed=seed % 1000)
        exp["file"] = dst.name
        exp["dims"] = dict(exp["dims"], scan=f"yes_{dpi}dpi")
        (out / f"{dst.stem}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        done.append(dst)
        log(f"{dst.name}: scanned at {dpi} dpi")
    return done


# ------------------------------------------------------------------------------- running

def _records_dict(r) -> dict:
    return {"document": r.document, "indicator_scores": r.indicator_scores, "question_scores": r.question_scores,
            "planned_measures": r.planned_measures}


def run_one(pdf: str) -> tuple[str, dict | None, str | None]:
    """Extract + normalize one PDF in this process; (file name, records dict, error)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from extractors.document import extract_document
    from normalizers.document import normalize

    p = Path(pdf)
    try:
        ex = extract_document(p, hashlib.sha256(p.read_bytes()).hexdigest())
        return p.name, _records_dict(normalize(ex)), None
    except Exception as e:  # noqa: BLE001 - a crash is a score of zero for that document, not a lost run
        return p.name, None, f"{type(e).__name__}: {e}"


def _alone(fn, pdf: str) -> tuple[str, dict | None, str | None]:
    """``fn(pdf)`` in a process of its own; a process that dies (a segfault in a native library)
    is that document's error."""
    with ProcessPoolExecutor(1) as pool:
        try:
            return pool.submit(fn, pdf).result()
        except BrokenProcessPool:
            return Path(pdf).name, None, "WorkerDied: the document's process died (a crash in native code)"


def run_pipeline(pdfs: list[Path], jobs: int = 1, fn=run_one) -> dict[str, tuple[dict | None, str | None]]:
    """Each PDF's (records, error) by ``fn`` (``run_one``), ``jobs`` processes at a time. A
    process that dies breaks the pool for the documents it held: those run again, each in a
    process of its own, so one crashing document is one document's error, not a lost score."""
    if jobs <= 1:
        return {n: (r, e) for n, r, e in map(fn, [str(p) for p in pdfs])}
    out, again = {}, []
    with ProcessPoolExecutor(jobs) as pool:
        futures = [(str(p), pool.submit(fn, str(p))) for p in pdfs]
        for pdf, fut in futures:
            try:
                n, r, e = fut.result()
                out[n] = (r, e)
            except BrokenProcessPool:
                again.append(pdf)
    with ThreadPoolExecutor(jobs) as threads:
        for n, r, e in threads.map(lambda pdf: _alone(fn, pdf), again):
            out[n] = (r, e)
    return {Path(p).name: out[Path(p).name] for p in pdfs}


def records_from_dataset(data_dir: Path, names: list[str]) -> dict[str, tuple[dict | None, str | None]]:
    from corpus.score import _read_table, _rows

    docs = _read_table(data_dir, "documents")
    tables = {t: _read_table(data_dir, t) for t in ("indicator_scores", "question_scores", "planned_measures")}
    out = {}
    for n in names:
        row = docs[docs["file_name"] == n] if not docs.empty else docs
        if row.empty:
            out[n] = (None, "not in dataset")
            continue
        d = row.iloc[-1].to_dict()
        out[n] = ({"document": d, **{t: _rows(df, d["doc_id"]) for t, df in tables.items()}}, None)
    return out


# ------------------------------------------------------------------------------- scoring

def all_rates(c: dict) -> dict:
    """corpus.score.rates plus indicator_found, period_exact (start and end) and the
    wrong-without-flag rate over the values compared."""
    r = rates(c)
    div = lambda a, b: (a / b) if b else None  # noqa: E731
    r["indicator_found"] = div(c["ind_found"], c["ind_expected"])
    r["period_exact"] = div(c["period_start_exact"] + c["period_end_exact"], 2 * c["m_expected"])
    # the same over the measures found (a missing measure counts against every field above)
    r["period_exact_found"] = div(c["period_start_exact"] + c["period_end_exact"], 2 * c["m_found"])
    r["responsible_exact_found"] = div(c["responsible_exact"], c["m_found"])
    r["codes_exact_found"] = div(c["codes_exact"], c["m_found"])
    r["indicator_no_exact_found"] = div(c.get("m_indicator_exact", 0), c["m_found"])
    compared = c["q_found"] + c["ind_found"] + c["doc_fields"] + 3 * c["m_found"]
    r["wrong_unflagged_rate"] = div(c["wrong_unflagged"], compared)
    return r


def _add(into: dict, c: dict) -> None:
    for k, v in c.items():
        if k != "detail":
            into[k] = into.get(k, 0) + v


def score_dir(sample_dir: str | Path, data: str | Path | None = None, jobs: int = 1) -> dict:
    """Score every ``*.expected.json`` under sample_dir (recursively) against the pipeline's
    rows (run here, or read from the dataset ``data``)."""
    sample_dir = Path(sample_dir)
    exps = {}
    for p in sorted(sample_dir.rglob("*.expected.json")):
        e = json.loads(p.read_text(encoding="utf-8"))
        exps[e["file"]] = (p.parent / e["file"], e)
    if data:
        got = records_from_dataset(Path(data), list(exps))
    else:
        got = run_pipeline([pdf for pdf, _ in exps.values()], jobs)
    files, total, dims = {}, _zero(), {}
    for name, (_, exp) in exps.items():
        rec, err = got.get(name, (None, "not run"))
        c = score_records(rec or {"document": {}}, exp)
        detail = c.pop("detail")
        files[name] = {"counts": c, "rates": all_rates(c), "error": err, "detail": detail,
                       "seed": exp.get("seed"), "heldout": exp.get("heldout")}
        _add(total, c)
        for dim, val in sorted((exp.get("dims") or {}).items()):
            slot = dims.setdefault(dim, {}).setdefault(str(val), {"docs": 0, "counts": {}})
            slot["docs"] += 1
            _add(slot["counts"], c)
        if "scan" not in (exp.get("dims") or {}):
            slot = dims.setdefault("scan", {}).setdefault("no", {"docs": 0, "counts": {}})
            slot["docs"] += 1
            _add(slot["counts"], c)
    for dv in dims.values():
        for slot in dv.values():
            slot["rates"] = all_rates(slot["counts"])
    return {"files": files, "total": {"counts": total, "rates": all_rates(total)}, "dims": dims}


def per_table(c: dict) -> list[str]:
    r = all_rates(c)
    f = lambda v: "-" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    return [
        f"documents         fields exact {f(r['doc_fields_exact'])}, tool scores exact {f(r['tool_exact'])} "
        f"({c['doc_exact']}/{c['doc_fields']})",
        f"question_scores   found {f(r['question_found'])}, exact {f(r['question_exact'])} "
        f"({c['q_exact']}/{c['q_expected']}, {c['q_extra']} extra)",
        f"indicator_scores  found {f(r['indicator_found'])}, exact {f(r['indicator_exact'])} "
        f"({c['ind_exact']}/{c['ind_expected']}, {c['ind_extra']} extra)",
        f"planned_measures  found {f(r['measure_found'])} ({c['m_found']}/{c['m_expected']}, {c['m_extra']} extra), "
        f"text CER {f(r['measure_cer'])}, periods {f(r['period_exact'])}, units {f(r['responsible_exact'])}, "
        f"codes {f(r['codes_exact'])} (of found: periods {f(r['period_exact_found'])}, units "
        f"{f(r['responsible_exact_found'])}, codes {f(r['codes_exact_found'])}, indicator_no "
        f"{f(r['indicator_no_exact_found'])} with {c.get('m_indicator_null', 0)} null)",
        f"measure fields    CER name {f(r['name_cer'])}, analysis {f(r['analysis_cer'])}, steps {f(r['steps_cer'])} "
        f"(count exact {f(r['steps_count_exact'])}), follow_up {f(r['follow_up_cer'])}; emptied (expected, got "
        f"none): " + ", ".join(f"{k} {c.get(k + '_emptied', 0)}/{c.get(k + '_expected', 0)}"
                               for k in ("name", "analysis", "steps", "follow_up")),
        f"wrong without flag {c['wrong_unflagged']} ({f(r['wrong_unflagged_rate'])} of values compared), "
        f"wrong with flag {c['wrong_flagged']} ({c.get('wrong_flag_unrelated', 0)} of them with no check/problem flag "
        f"about the value)",
        f"lost without a flag (missing from a document whose status is ok): questions {c.get('q_lost_ok', 0)}"
        f"/{c['q_expected'] - c['q_found']}, indicators {c.get('ind_lost_ok', 0)}/{c['ind_expected'] - c['ind_found']}, "
        f"measures {c.get('m_lost_ok', 0)}/{c['m_expected'] - c['m_found']}, document fields "
        f"{c.get('doc_lost_ok', 0)}/{c.get('doc_missing', 0)} of those missing",
        f"lost in a partial document whose error names nothing of their kind: questions {c.get('q_lost_unnamed', 0)}, "
        f"indicators {c.get('ind_lost_unnamed', 0)}, measures {c.get('m_lost_unnamed', 0)}, document fields "
        f"{c.get('doc_lost_unnamed', 0)}; measures' question codes missing with no flag about codes "
        f"{c.get('codes_lost_unflagged', 0)}; measures' units wrong with no flag about units "
        f"{c.get('units_wrong_unflagged', 0)}; steps read into another measure {c.get('steps_moved', 0)}, of them "
        f"with no flag about steps {c.get('steps_moved_unflagged', 0)}",
        f"measure fields printed but null/empty {c.get('m_nulls', 0)}, of them with no check/problem flag about "
        f"the field {c.get('m_null_unflagged', 0)}",
    ]


def _fmt(v) -> str:
    return "-" if v is None else (str(v) if isinstance(v, int) else f"{v:.3f}")


def format_report(res: dict, files: bool = True, detail: bool = False) -> str:
    lines = []
    if files:
        w = max([len(n) for n in res["files"]] + [10]) + 2
        lines.append("file".ljust(w) + " ".join(h.rjust(10) for _, h in COLS))
        for n, v in res["files"].items():
            lines.append(n.ljust(w) + " ".join(_fmt(v["rates"][k]).rjust(10) for k, _ in COLS)
                         + (f"  ERROR {v['error']}" if v.get("error") else ""))
            if detail:
                lines += [f"    {d}" for d in v["detail"][:40]]
        lines.append("")
    lines.append(f"TOTAL ({len(res['files'])} documents)")
    lines += ["  " + x for x in per_table(res["total"]["counts"])]
    lines.append("")
    lines.append(format_weakest(res))
    lines.append("")
    lines.append(format_dims(res))
    return "\n".join(lines)


def format_weakest(res: dict, n: int = 5, min_docs: int = 4) -> str:
    """Per headline rate, the dimension values that score lowest (with at least min_docs
    documents): where to look first."""
    lines = ["weakest dimension values (>= %d docs):" % min_docs]
    for key, label, worse_high in (("question_exact", "question scores exact", False),
                                   ("indicator_exact", "indicator scores exact", False),
                                   ("doc_fields_exact", "document fields exact", False),
                                   ("measure_found", "measures found", False),
                                   ("measure_cer", "measure text CER", True),
                                   ("period_exact", "periods exact", False),
                                   ("responsible_exact", "units exact", False),
                                   ("wrong_unflagged_rate", "wrong without flag", True)):
        vals = [(slot["rates"][key], f"{d}={v}") for d, dv in res["dims"].items() for v, slot in dv.items()
                if slot["docs"] >= min_docs and slot["rates"].get(key) is not None]
        vals.sort(reverse=worse_high)
        lines.append(f"  {label:24s} " + ", ".join(f"{name} {100 * r:.1f}%" for r, name in vals[:n]))
    return "\n".join(lines)


def format_dims(res: dict) -> str:
    """One row per dimension value: docs and the headline rates."""
    w = max(len(f"{d}={v}") for d, vals in res["dims"].items() for v in vals) + 2
    cols = COLS + FIELD_COLS  # the headline columns as they were, then the per-field ones
    lines = ["dimension=value".ljust(w) + "docs".rjust(5) + " ".join(h.rjust(10) for _, h in cols)]
    for d, vals in res["dims"].items():
        for v, slot in sorted(vals.items()):
            lines.append(f"{d}={v}".ljust(w) + str(slot["docs"]).rjust(5)
                         + " ".join(_fmt(slot["rates"].get(k)).rjust(10) for k, _ in cols))
    return "\n".join(lines)


def check_floors(res: dict, floors: dict) -> list[str]:
    """Failures of the total rates against floors ({rate: minimum}, ``max_*`` = maximum)."""
    r = res["total"]["rates"]
    bad = []
    for k, lim in floors.items():
        if k.startswith("_"):
            continue
        if k.startswith("max_"):
            v = r.get(k[4:])
            if v is not None and v > lim:
                bad.append(f"{k[4:]} = {v:.4f} > {lim}")
        else:
            v = r.get(k)
            if v is None or v < lim:
                bad.append(f"{k} = {v} < {lim}")
    return bad


MD_COLS = [("question_exact", "q.exact"), ("indicator_exact", "ind.exact"), ("doc_fields_exact", "doc"),
           ("tool_exact", "tools"), ("measure_found", "m.found"), ("measure_cer", "m.CER"),
           ("period_exact", "periods"), ("responsible_exact", "units"), ("wrong_unflagged", "wrong!flag"),
           ("name_cer", "name CER"), ("analysis_cer", "analysis CER"), ("steps_cer", "steps CER"),
           ("steps_count_exact", "steps n"), ("follow_up_cer", "follow_up CER")]


def format_markdown(res: dict) -> str:
    """Totals and the per-dimension table as Markdown (for docs/benchmarks.md)."""
    pct = lambda v: "–" if v is None else (str(v) if isinstance(v, int) else f"{100 * v:.1f}")  # noqa: E731
    head = "| " + " | ".join(["dimension = value", "docs"] + [h for _, h in MD_COLS]) + " |"
    lines = [head, "|" + "---|" * (len(MD_COLS) + 2)]
    t = res["total"]["rates"]
    lines.append("| **total** | " + str(len(res["files"])) + " | " + " | ".join(pct(t.get(k)) for k, _ in MD_COLS) + " |")
    for d, vals in res["dims"].items():
        if d == "scan" and len(vals) == 1:
            continue
        for v, slot in sorted(vals.items()):
            lines.append(f"| `{d}` = {v} | {slot['docs']} | " + " | ".join(pct(slot["rates"].get(k)) for k, _ in MD_COLS) + " |")
    return "\n".join(lines)
