"""Score pipeline output against expected rows (*.expected.json) of the test corpus.

``score_records(records, expected)`` scores one document held in memory (a
``normalizers.model.Records``-shaped dict: document, indicator_scores, question_scores,
planned_measures with contract column names); ``score_dataset(data_dir, expected_files)``
reads the written Parquet tables, joins them to the expected files by
``documents.file_name`` and scores every document. Counts are summed so they aggregate.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from corpus.distance import levenshtein, substring_distance
from corpus.moved_steps import score_moved_steps

DOC_FIELDS = ("org_name", "org_type", "district", "province", "assessment_year", "plan_year",
              "overall_score", "level", "iit_score", "eit_score", "oit_score")
SCORE_FIELDS = ("overall_score", "iit_score", "eit_score", "oit_score")


def _num_eq(a, b) -> bool:
    if _null(a) or _null(b):
        return _null(a) and _null(b)
    try:
        return math.isclose(float(a), float(b), abs_tol=1e-6)
    except (TypeError, ValueError):
        return False


def _null(v) -> bool:
    if v is None:
        return True
    try:
        return isinstance(v, float) and math.isnan(v)
    except TypeError:
        return False


def _list(v) -> list:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    return [str(x) for x in list(v)]


def _date(v) -> str | None:
    if _null(v):
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if hasattr(v, "isoformat"):  # pandas Timestamp
        return v.isoformat()[:10]
    return str(v)[:10]


def _flagged(row: dict) -> bool:
    return len(_list(row.get("flags"))) > 0


_FLAGS_YAML = Path(__file__).resolve().parent.parent / "docs" / "flags.yaml"
_FIELDS = {"documents": set(DOC_FIELDS) | {"pages"},
           "question_scores": {"score", "question_code"},
           "indicator_scores": {"score", "indicator_no"},
           "planned_measures": {"measure", "analysis", "steps", "period_text", "period_start", "period_end",
                                "responsible", "question_codes", "indicator_no", "follow_up"}}


@lru_cache(maxsize=None)
def _flag_kinds() -> dict:
    """The data dictionary's flag kinds (docs/flags.yaml): level and where, by kind."""
    try:
        import yaml
        return yaml.safe_load(_FLAGS_YAML.read_text(encoding="utf-8"))["kinds"]
    except (ImportError, OSError, KeyError, TypeError):
        return {}


def _warns(flag: str, table: str, field: str) -> bool:
    """Whether a flag tells a user to look at ``field`` of a ``table`` row: its kind's level is
    ``check`` or ``problem`` (an ``info`` flag says there is nothing to do), and where its
    ``where`` lists fields of that table, the field is one of them. A kind the dictionary lacks
    counts (the scorer cannot tell)."""
    name = flag.split(":")[0]
    kind = _flag_kinds().get(name)
    tool = re.match(r"(iit|eit|oit)_(score_\w+)$", name)
    if kind is None and tool:
        # a tool's flag (``eit_score_from_pieces``; the dictionary names it ``<tool>_score_…``) is
        # about that tool's score only: it does not warn about another tool's (fresh32s 45105: IIT
        # null in an ``ok`` document counted as flagged by the EIT and OIT flags beside it)
        if table == "documents" and field in ("iit_score", "eit_score", "oit_score") and field != f"{tool.group(1)}_score":
            return False
        kind = _flag_kinds().get(f"<tool>_{tool.group(2)}")
    if kind is None:
        return True
    if kind.get("level") == "info":
        return False
    m = re.search(re.escape(table) + r"\s*\(([^)]*)\)", str(kind.get("where", "")))
    named = set(re.findall(r"[a-z_]+", m.group(1))) & _FIELDS.get(table, set()) if m else set()
    return not named or field in named


def _warned(row: dict, table: str, field: str) -> bool:
    """Whether some flag of the row warns about ``field`` (``_warns``)."""
    return any(_warns(f, table, field) for f in _list(row.get("flags")))


def _norm_text(s) -> str:
    return "" if _null(s) else re.sub(r"\s+", " ", str(s)).strip()


def measure_text(m: dict) -> str:
    """The text compared by CER: measure + analysis + steps, whitespace-normalized."""
    parts = [_norm_text(m.get("measure")), _norm_text(m.get("analysis"))] + [_norm_text(s) for s in _list(m.get("steps"))]
    return " ".join(p for p in parts if p)


# Text fields of a matched measure scored one by one (the text CER above lumps measure, analysis
# and steps together and ignores follow_up, so emptying one field of every row barely moved it).
# Per field: characters expected, edits, rows where it was expected, rows where it was expected
# but came out empty ("emptied"); steps also count rows whose number of steps is exact.
# Keyed by label -> contract column; the measure's own text is labelled ``name`` because
# ``measure_cer`` already names the lumped CER.
TEXT_FIELDS = {"name": "measure", "analysis": "analysis", "steps": "steps", "follow_up": "follow_up"}
FIELD_COUNTS = tuple(f"{f}_{k}" for f in TEXT_FIELDS for k in ("chars", "edits", "expected", "emptied")) + (
    "steps_count_exact",)


def _field_text(m: dict, field: str) -> str:
    if field == "steps":
        return " ".join(t for t in (_norm_text(s) for s in _list(m.get("steps"))) if t)
    return _norm_text(m.get(field))


def _score_fields(res: dict, e: dict, g: dict) -> None:
    """Per-field CER and emptied counts of one matched measure (``e`` expected, ``g`` output)."""
    for f, col in TEXT_FIELDS.items():
        want, got = _field_text(e, col), _field_text(g, col)
        if not want and not got:
            continue
        edits = levenshtein(want, got)
        res[f"{f}_chars"] += len(want)
        res[f"{f}_edits"] += edits
        if want:
            res[f"{f}_expected"] += 1
            if not got:
                res[f"{f}_emptied"] += 1
                res["detail"].append(f"measure {f} emptied: want {want[:60]}")
        elif f != "steps":
            res["detail"].append(f"measure {f} not expected: got {got[:60]}")
    res["steps_count_exact"] += len([s for s in _list(e.get("steps")) if _norm_text(s)]) == \
        len([s for s in _list(g.get("steps")) if _norm_text(s)])


# measure fields whose null/empty output (where a value was printed) must carry a flag about it
NULL_FIELDS = ("indicator_no", "measure", "analysis", "measure_analysis", "steps", "period_start", "period_end",
               "responsible", "question_codes", "follow_up")


def _count_nulls(res: dict, e: dict, g: dict) -> None:
    """Fields printed (expected not empty) that came out null or empty: ``m_nulls``; of them, those
    no check/problem flag of the row warns about (``m_null_unflagged``: a value lost silently)."""
    for f in NULL_FIELDS:
        if _blank(e.get(f)) or not _blank(g.get(f)):
            continue
        res["m_nulls"] += 1
        if not _warned(g, "planned_measures", f):
            res["m_null_unflagged"] += 1
            res["detail"].append(f"NULL WITHOUT FLAG measure {f}: want {str(e.get(f))[:50]} {_list(g.get('flags'))}")


def _blank(v) -> bool:
    """None, NaN, an empty or blank string, an empty list (a list column read from Parquet too)."""
    if _null(v):
        return True
    if isinstance(v, str):
        return not v.strip()
    if isinstance(v, (int, float, dt.date)):
        return False
    return not [x for x in _list(v) if x.strip()]


def _zero() -> dict:
    return {k: 0 for k in (
        "q_expected", "q_found", "q_exact", "q_extra",
        "ind_expected", "ind_found", "ind_exact", "ind_extra",
        "doc_fields", "doc_exact", "tool_expected", "tool_exact",
        "m_expected", "m_found", "m_extra", "m_chars", "m_edits",
        "period_start_exact", "period_end_exact", "responsible_exact", "codes_exact", "m_indicator_exact",
        "m_indicator_null", "wrong_unflagged", "wrong_flagged", "wrong_flag_unrelated", "q_lost_ok", "ind_lost_ok", "m_lost_ok",
        "doc_missing", "doc_lost_ok", "m_nulls", "m_null_unflagged",
        "q_lost_unnamed", "ind_lost_unnamed", "m_lost_unnamed", "doc_lost_unnamed", "codes_lost_unflagged", "units_wrong_unflagged",
        "steps_moved", "steps_moved_unflagged") + FIELD_COUNTS}


# What a "partial" document's error (``normalizers.document``: its problems, joined by "; ") must
# say for a loss of each kind to count as named: a problem about every table (page errors, tables
# not understood, unreadable pages, nothing recognised) or one about that kind. A loss in a partial
# document whose error speaks only of something else (tool scores unread, while a measure is gone)
# is as silent for its kind as one in an "ok" document, and is counted apart (``*_lost_unnamed``).
_NAMES_ANY = ("page errors", "tables not understood", "pages without readable text",
              "no score or measures table recognised")
_NAMES_KIND = {
    "questions": ("question scores missing",),
    "indicators": ("indicator scores printed but unreadable", "indicator scores missing"),
    "measures": ("numbered measures not read", "measures read", "measures whose cell text"),
    "documents": ("tool scores printed but not read", "overall score printed but not read"),
}


def _loss_tag(doc: dict, kind: str) -> str:
    """A missing row's mark in the detail lines: `` [SILENT]`` in an ``ok`` document, `` [unnamed]``
    in a partial one whose error does not name its kind."""
    return " [SILENT]" if doc.get("status") == "ok" else " [unnamed]" if _unnamed(doc, kind) else ""


def _unnamed(doc: dict, kind: str) -> bool:
    """Whether a loss of ``kind`` in a ``partial`` document goes unnamed by its error."""
    if doc.get("status") != "partial":
        return False
    problems = [p.strip() for p in str(doc.get("error") or "").split(";")]
    return not any(p.startswith(_NAMES_ANY + _NAMES_KIND[kind]) for p in problems)


def _wrong(res: dict, flagged: bool, what: str = "", warned: bool = True) -> None:
    """Count a wrong value: without any flag on its row, or flagged; of the flagged, those whose
    flags do not warn about it (``wrong_flag_unrelated``: only ``info`` flags, or flags about other
    fields, see ``_warns``) are counted apart, since nothing tells a user to check that value."""
    res["wrong_flagged" if flagged else "wrong_unflagged"] += 1
    unrelated = flagged and not warned
    res["wrong_flag_unrelated"] += unrelated
    res["detail"].append(("WRONG " if not flagged else "wrong (flags unrelated) " if unrelated
                          else "wrong (flagged) ") + what)


def _match_measures(exp: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair expected measures with output rows by text distance ratio, closest pairs first
    (not in expected order: one missing row must not push every later row onto the wrong
    partner). The distance is the mean of the whole-text ratio and the ratio of the measure's
    name against its closest piece of the start of the row's text: the steps are mostly
    boilerplate shared by every measure, so a row whose text was cut or merged with its
    neighbours would otherwise pair with whichever expected row is closest in length (and
    report that row's fields as wrong).
    Pairs further apart than 0.8 stay unpaired. Ties go to the earlier rows."""
    texts = [measure_text(g) for g in got]
    cands = []
    for a, e in enumerate(exp):
        et, name = measure_text(e), _norm_text(e.get("measure"))
        for b, gt in enumerate(texts):
            d = levenshtein(et, gt) / max(1, len(et))
            if name:
                d = (d + substring_distance(name, gt[:len(name) + 300]) / len(name)) / 2
            cands.append((d, a, b))
    cands.sort()
    by_exp: dict[int, int] = {}
    used: set[int] = set()
    for d, a, b in cands:
        if d >= 0.8 or a in by_exp or b in used:
            continue
        by_exp[a] = b
        used.add(b)
    return [(e, got[by_exp[a]] if a in by_exp else None) for a, e in enumerate(exp)]


def score_records(records: dict, expected: dict) -> dict:
    """Score one document's output rows against its expected rows; returns summable counts."""
    res = _zero()
    res["detail"] = []  # what differs, for reading (not summed)
    doc, edoc = records.get("document") or {}, expected["document"]
    doc_flagged = _flagged(doc)
    # a value missing from a document whose status says "ok" is a silent loss: nothing tells a user
    # it is gone (a "partial" document names what it could not read)
    says_ok = doc.get("status") == "ok"
    for f in DOC_FIELDS:
        want, got = edoc.get(f), doc.get(f)
        res["doc_fields"] += 1
        ok = bool(doc) and (_num_eq(want, got) if f in SCORE_FIELDS or f.endswith("_year") else
                            (_null(got) if want is None else (not _null(got) and str(got) == str(want))))
        res["doc_exact"] += ok
        if f in SCORE_FIELDS:
            res["tool_expected"] += 1
            res["tool_exact"] += ok
        if not ok and not _null(got):
            _wrong(res, doc_flagged, f"document.{f}: want {want!r} got {got!r}", _warned(doc, "documents", f))
        elif not ok:
            res["detail"].append(f"missing document.{f}: want {want!r}")
            # a document field (a tool score, the year, the level ...) null in an "ok" document with no
            # flag about it is lost as silently as a question score (fresh18s 18507: IIT/EIT/OIT)
            res["doc_missing"] += bool(doc)
            res["doc_lost_ok"] += says_ok and not _warned(doc, "documents", f)
            res["doc_lost_unnamed"] += _unnamed(doc, "documents") and not _warned(doc, "documents", f)

    got_q = {}
    for r in records.get("question_scores", []):
        got_q.setdefault(r.get("question_code"), r)
    exp_codes = set()
    for q in expected.get("question_scores", []):
        exp_codes.add(q["question_code"])
        res["q_expected"] += 1
        g = got_q.get(q["question_code"])
        if g is None:
            res["detail"].append(f"missing question {q['question_code']} = {q['score']}{_loss_tag(doc, 'questions')}")
            res["q_lost_ok"] += says_ok
            res["q_lost_unnamed"] += _unnamed(doc, "questions")
            continue
        res["q_found"] += 1
        if _num_eq(q["score"], g.get("score")):
            res["q_exact"] += 1
        elif not _null(g.get("score")):
            _wrong(res, _flagged(g), f"question {q['question_code']}: want {q['score']} got {g.get('score')} "
                                     f"{_list(g.get('flags'))}", _warned(g, "question_scores", "score"))
        else:
            res["detail"].append(f"null question {q['question_code']} = {q['score']} {_list(g.get('flags'))}")
    res["q_extra"] = len([c for c in got_q if c not in exp_codes])

    got_i = {}
    for r in records.get("indicator_scores", []):
        got_i.setdefault((r.get("indicator_no"), r.get("source")), r)
    exp_keys = set()
    for i in expected.get("indicator_scores", []):
        key = (i["indicator_no"], i["source"])
        exp_keys.add(key)
        res["ind_expected"] += 1
        g = got_i.get(key)
        if g is None:
            res["detail"].append(f"missing indicator {key} = {i['score']}{_loss_tag(doc, 'indicators')}")
            res["ind_lost_ok"] += says_ok
            res["ind_lost_unnamed"] += _unnamed(doc, "indicators")
            continue
        res["ind_found"] += 1
        if _num_eq(i["score"], g.get("score")):
            res["ind_exact"] += 1
        elif not _null(g.get("score")):
            _wrong(res, _flagged(g), f"indicator {key}: want {i['score']} got {g.get('score')} "
                                     f"{_list(g.get('flags'))}", _warned(g, "indicator_scores", "score"))
        else:
            res["detail"].append(f"null indicator {key} = {i['score']}")
    res["ind_extra"] = len([k for k in got_i if k not in exp_keys])

    exp_m = expected.get("planned_measures", [])
    got_m = list(records.get("planned_measures", []))
    pairs = _match_measures(exp_m, got_m)
    res["m_expected"] = len(exp_m)
    res["m_extra"] = max(0, len(got_m) - sum(1 for _, g in pairs if g is not None))
    matched = {id(g) for _, g in pairs if g is not None}
    for g in got_m:
        if id(g) not in matched:
            res["detail"].append(f"extra measure (seq {g.get('seq')}, p{g.get('page_first')}): {measure_text(g)[:80]} "
                                 f"{_list(g.get('flags'))}")
    for e, g in pairs:
        et = measure_text(e)
        res["m_chars"] += len(et)
        if g is None:
            res["m_edits"] += len(et)
            res["detail"].append(f"missing measure: {et[:80]}{_loss_tag(doc, 'measures')}")
            res["m_lost_ok"] += says_ok
            res["m_lost_unnamed"] += _unnamed(doc, "measures")
            continue
        res["m_found"] += 1
        edits = levenshtein(et, measure_text(g))
        res["m_edits"] += edits
        if edits > 0.03 * len(et):
            res["detail"].append(f"measure text CER {edits / max(1, len(et)):.2f}:\n        want {et}\n        got  "
                                 f"{measure_text(g)}")
        _score_fields(res, e, g)
        flagged = _flagged(g)
        for k in ("period_start", "period_end"):
            ok = _date(e.get(k)) == _date(g.get(k))
            res[f"{k}_exact"] += ok
            if not ok and _date(g.get(k)) is not None:
                _wrong(res, flagged, f"measure {k}: want {_date(e.get(k))} got {_date(g.get(k))} {_list(g.get('flags'))}",
                       _warned(g, "planned_measures", k))
            elif not ok:
                res["detail"].append(f"null measure {k}: want {_date(e.get(k))} {_list(g.get('flags'))}")
        res["responsible_exact"] += set(_list(e.get("responsible"))) == set(_list(g.get("responsible")))
        want_codes, got_codes = set(_list(e.get("question_codes"))), set(_list(g.get("question_codes")))
        res["codes_exact"] += want_codes == got_codes
        for code in sorted(got_codes - want_codes):  # a code the measure does not name: a wrong value
            _wrong(res, flagged, f"measure question code: want {sorted(want_codes)} got {code} {_list(g.get('flags'))}",
                   _warned(g, "planned_measures", "question_codes"))
        if want_codes - got_codes:  # a code printed but not read: a miss, not a wrong value
            # (with no flag on the row about its codes, a silent one: counted apart)
            res["codes_lost_unflagged"] += 0 if _warned(g, "planned_measures", "question_codes") else len(want_codes - got_codes)
            res["detail"].append(f"measure question codes missing: want {sorted(want_codes)} got {sorted(got_codes)} "
                                 f"{_list(g.get('flags'))}")
        ok = _num_eq(e.get("indicator_no"), None if _null(g.get("indicator_no")) else g.get("indicator_no"))
        res["m_indicator_exact"] += ok
        if not ok and not _null(g.get("indicator_no")):
            _wrong(res, flagged, f"measure indicator_no: want {e.get('indicator_no')} got {g.get('indicator_no')} "
                                 f"{_list(g.get('flags'))}", _warned(g, "planned_measures", "indicator_no"))
        elif not ok:  # printed, read as null: counted, so a null with no flag is seen (0.18.0 did not)
            res["m_indicator_null"] += 1
            res["detail"].append(f"null measure indicator_no: want {e.get('indicator_no')} {_list(g.get('flags'))}")
        _count_nulls(res, e, g)
        if set(_list(e.get("responsible"))) != set(_list(g.get("responsible"))):
            # a unit the measure does not name (another row's, or misread), with no flag on the row
            # about its units: a silent wrong value of a text field (counted apart; 47402 html)
            silent = bool(set(_list(g.get("responsible"))) - set(_list(e.get("responsible")))) \
                and not _warned(g, "planned_measures", "responsible")
            res["units_wrong_unflagged"] += silent
            res["detail"].append(f"measure responsible: want {_list(e.get('responsible'))} "
                                 f"got {_list(g.get('responsible'))}{' [SILENT]' if silent else ''}")
    score_moved_steps(res, pairs, lambda g: _warned(g, "planned_measures", "steps"))
    return res


def rates(c: dict) -> dict:
    """Headline ratios of summed counts (None where nothing was expected)."""
    div = lambda a, b: (a / b) if b else None  # noqa: E731
    return {
        "question_found": div(c["q_found"], c["q_expected"]), "question_exact": div(c["q_exact"], c["q_expected"]),
        "indicator_exact": div(c["ind_exact"], c["ind_expected"]), "tool_exact": div(c["tool_exact"], c["tool_expected"]),
        "doc_fields_exact": div(c["doc_exact"], c["doc_fields"]), "measure_found": div(c["m_found"], c["m_expected"]),
        "measure_cer": div(c["m_edits"], c["m_chars"]),
        "period_start_exact": div(c["period_start_exact"], c["m_expected"]),
        "period_end_exact": div(c["period_end_exact"], c["m_expected"]),
        "responsible_exact": div(c["responsible_exact"], c["m_expected"]),
        "codes_exact": div(c["codes_exact"], c["m_expected"]),
        "wrong_unflagged": c["wrong_unflagged"],
        **field_rates(c),
    }


def field_rates(c: dict) -> dict:
    """Per-field rates of matched measures: CER per text field (None where no character was
    expected), steps count exact over matched measures, emptied counts (ints)."""
    div = lambda a, b: (a / b) if b else None  # noqa: E731
    r = {f"{f}_cer": div(c.get(f"{f}_edits", 0), c.get(f"{f}_chars", 0)) for f in TEXT_FIELDS}
    r["steps_count_exact"] = div(c.get("steps_count_exact", 0), c.get("m_found", 0))
    r.update({f"{f}_emptied": c.get(f"{f}_emptied", 0) for f in TEXT_FIELDS})
    return r


def _read_table(data_dir: Path, name: str):
    import pandas as pd
    p = data_dir / name
    if not p.exists():
        return pd.DataFrame()
    return pd.read_parquet(p)


def _rows(df, doc_id: str) -> list[dict]:
    if df.empty or "doc_id" not in df.columns:
        return []
    return df[df["doc_id"] == doc_id].to_dict("records")


def score_dataset(data_dir: str | Path, expected_files) -> dict:
    """Score a written dataset (data/processed) against expected files; per file and in total."""
    data_dir = Path(data_dir)
    docs = _read_table(data_dir, "documents")
    tables = {t: _read_table(data_dir, t) for t in ("indicator_scores", "question_scores", "planned_measures")}
    per_file, total, missing, families = {}, _zero(), [], {}
    for f in expected_files:
        exp = json.loads(Path(f).read_text(encoding="utf-8"))
        row = docs[docs["file_name"] == exp["file"]] if not docs.empty else docs
        if row.empty:
            missing.append(exp["file"])
            records = {"document": {}}
        else:
            d = row.iloc[-1].to_dict()
            records = {"document": d, **{t: _rows(df, d["doc_id"]) for t, df in tables.items()}}
        c = score_records(records, exp)
        per_file[exp["file"]] = {"counts": c, "rates": rates(c), "family": exp.get("family")}
        fam = families.setdefault(exp.get("family") or "?", _zero())
        for k, v in c.items():
            if k != "detail":
                total[k] += v
                fam[k] += v
    return {"files": per_file, "total": {"counts": total, "rates": rates(total)}, "missing_files": missing,
            "families": {f: {"counts": c, "rates": rates(c)} for f, c in sorted(families.items())}}


# Columns of the per-field scores, after the headline columns (whose meaning stays as it was).
FIELD_COLS = [("name_cer", "name.CER"), ("analysis_cer", "anl.CER"), ("steps_cer", "steps.CER"),
              ("steps_count_exact", "steps.n"), ("follow_up_cer", "fu.CER"), ("name_emptied", "name.0"),
              ("analysis_emptied", "anl.0"), ("steps_emptied", "steps.0"), ("follow_up_emptied", "fu.0")]


def format_table(result: dict) -> str:
    """A plain-text table of the headline rates per file and in total."""
    cols = [("question_exact", "q.exact"), ("indicator_exact", "ind.exact"), ("tool_exact", "tools"),
            ("doc_fields_exact", "doc"), ("measure_found", "m.found"), ("measure_cer", "m.CER"),
            ("period_start_exact", "p.start"), ("period_end_exact", "p.end"),
            ("responsible_exact", "resp"), ("codes_exact", "codes"), ("wrong_unflagged", "wrong!flag")] + FIELD_COLS
    fmt = lambda v: "-" if v is None else (str(v) if isinstance(v, int) else f"{v:.3f}")  # noqa: E731
    rows = [(n, v["rates"]) for n, v in result["files"].items()]
    rows += [(f"family {f}", v["rates"]) for f, v in result.get("families", {}).items()]
    rows.append(("TOTAL", result["total"]["rates"]))
    w = max(len(n) for n, _ in rows) + 2
    lines = ["file".ljust(w) + " ".join(h.rjust(10) for _, h in cols)]
    for n, r in rows:
        lines.append(n.ljust(w) + " ".join(fmt(r[k]).rjust(10) for k, _ in cols))
    if result.get("missing_files"):
        lines.append("not in dataset: " + ", ".join(result["missing_files"]))
    return "\n".join(lines)
