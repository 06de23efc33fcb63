"""Question scores a document prints but the pipeline lost: the gaps in a tool's run of codes.

A report that prints its question scores prints a tool's questions as one run (``i1`` … ``i30``
in the edition's catalog). Where most of that run was read and some codes between found rows
are absent (a row cut at a page break, a table on a scanned page read as no table, a code
misread so the row was dropped), the document is not complete: the loss is named
(``questions_missing:i4-i9@p1-2``, the pages of the found rows around it) and the document's
status says ``partial``. Only codes *between* found codes of the tool count (the ends of a
run depend on the edition, and a report may stop early on purpose) — and its ends too where
the catalog is the document's edition (its year's own, or the nearest one when the document
prints another tool's run exactly as that edition numbers it) and ≥ 80 % of its questions of
the tool were read (``o43`` lost at a table's foot) —, only codes the edition's catalog has, and only where the tool's run is mostly there: a report listing only its weak
questions (a sparse run) is not called partial.

Indicators the same way (:func:`indicator_gaps`): a results table prints all ten indicators,
so one read with most of them but not all lost some (``indicators_missing:results_table:3@p2``).

Pure: no I/O.
"""
from __future__ import annotations

from normalizers.fields.codes import load_catalog
from normalizers.records.heading_gaps import unseen_headings

MIN_FOUND = 5          # codes of a tool found before its gaps say anything
MAX_MISSING_SHARE = 0.4  # missing codes of the span between the tool's first and last found code
WHOLE_RUN_SHARE = 0.8  # of the edition's questions of a tool read: its ends count too


def _num(code: str) -> int:
    return int(code[1:])


def _runs(nums: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in nums:
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def question_gaps(questions: list[dict], year: int | None) -> list[str]:
    """``questions_missing:<codes>@p<pages>`` flags, one per run of absent codes between a
    tool's found codes (see the module doc). ``questions``: the document's question rows
    (``question_code``, ``page``)."""
    cat = load_catalog(year)  # the nearest edition's when none covers the year: every edition
    # numbers a tool's questions 1…N without holes, so a gap between found codes is one in any
    found = {p: {int(q["question_code"][1:]) for q in questions
                 if (q.get("question_code") or "").startswith(p) and q["question_code"][1:].isascii()
                 and q["question_code"][1:].isdigit()} for p in "ieo"}
    size = {p: sorted(int(c[1:]) for c in cat if c[0] == p) for p in "ieo"}
    # the edition is the document's: its year's own, or (a catalog standing in for a year no
    # edition covers) the document prints another tool's run exactly as the edition numbers it,
    # and no code past the edition's last
    fits = all(not found[p] or max(found[p]) <= (size[p] or [0])[-1] for p in "ieo")
    flags: list[str] = []
    for prefix in "ieo":
        own_edition = not cat.flags or (fits and any(
            p != prefix and size[p] and found[p] == set(size[p]) for p in "ieo"))
        pages = {_num(q["question_code"]): q.get("page") for q in questions
                 if (q.get("question_code") or "").startswith(prefix) and q["question_code"][1:].isascii()
                 and q["question_code"][1:].isdigit()}
        if len(pages) < MIN_FOUND:
            continue
        lo, hi = min(pages), max(pages)
        own = sorted(int(c[1:]) for c in cat if c[0] == prefix)
        if own_edition and own and len(pages) >= WHOLE_RUN_SHARE * len(own):
            # the year's own edition, and nearly all its questions of the tool read: the run is
            # the whole tool, its first and last codes are printed too (``o43`` lost at the end)
            lo, hi = min(lo, own[0] - 1), max(hi, own[-1] + 1)
        missing = [n for n in range(lo + 1, hi) if n not in pages and f"{prefix}{n}" in cat]
        if not missing or len(missing) > MAX_MISSING_SHARE * (hi - lo + 1):
            continue
        for a, b in _runs(missing):
            before = pages.get(max((n for n in pages if n < a), default=-1))
            after = pages.get(min((n for n in pages if n > b), default=-1))
            codes = f"{prefix}{a}" if a == b else f"{prefix}{a}-{prefix}{b}"
            where = ("" if before is None and after is None else
                     f"@p{before if before is not None else after}" if before == after or after is None else
                     f"@p{after}" if before is None else f"@p{before}-{after}")
            flags.append(f"questions_missing:{codes}{where}")
    return flags


# tables that print every indicator (1-10) as rows: which missing ones count (all, or only
# those between found ones: an analysis table may discuss only some indicators)
WHOLE_LISTS = {"results_table": "all", "analysis_table": "between"}
MIN_INDICATORS = 6


def _indicator_of(code: str | None, year: int | None) -> int | None:
    return load_catalog(year).indicator.get(code) if code else None


def indicator_gaps(indicators: list[dict], questions: list[dict] = (), year: int | None = None,
                   ocr_pages=()) -> list[str]:
    """``indicators_missing:<source>:<nos>@p<pages>``: a results table read with most of the ten
    indicators (``MIN_INDICATORS``) but not all (an analysis table: absent between found ones,
    or, where its rows are the indicator rows of a question table, an indicator at either end
    whose questions were read: its heading row was lost, as at a page's foot, dev seed 17179 docx)."""
    flags: list[str] = []
    asked = {n for q in questions if (n := _indicator_of(q.get("question_code"), year)) is not None}
    for source, which in WHOLE_LISTS.items():
        rows = [r for r in indicators if r.get("source") == source]
        pages = {r["indicator_no"]: r.get("page") for r in rows}
        if len(pages) < MIN_INDICATORS:
            continue
        lo, hi = (1, 10) if which == "all" else (min(pages), max(pages))
        missing = [n for n in range(lo, hi + 1) if n not in pages]
        if which != "all" and any("indicator_row_in_question_table" in r.get("flags", ()) for r in rows):
            missing = sorted(set(missing) | {n for n in asked if n not in pages and 1 <= n <= 10})
        if missing:
            on = sorted({p for p in pages.values() if p is not None})
            where = f"@p{on[0]}" if len(on) == 1 else f"@p{on[0]}-{on[-1]}" if on else ""
            flags.append(f"indicators_missing:{source}:{','.join(map(str, missing))}{where}")
    return flags + unseen_headings(ocr_pages, indicators, asked)  # (the extraction's pages: a scan's headings)


def describe(flags: list[str]) -> str | None:
    """The status error's words for the ``questions_missing`` / ``indicators_missing`` flags
    (None: there are none)."""
    gaps = [f.split(":", 1)[1].replace("@", " on ") for f in flags if f.startswith("questions_missing:")]
    inds = [f.split(":", 1)[1].replace(":", " ", 1).replace("@", " on ") for f in flags
            if f.startswith("indicators_missing:") and not f.startswith("indicators_missing:text:")]
    heads = [f.split(":", 2)[2].replace("@", " on ") for f in flags if f.startswith("indicators_missing:text:")]
    words = (["question scores missing between the rows read: " + ", ".join(gaps)] if gaps else []) + \
        (["indicator scores missing from a table of all indicators: " + ", ".join(inds)] if inds else []) + \
        (["indicator scores missing (headings not read, their scores if printed): " + ", ".join(heads)] if heads else [])
    return "; ".join(words) or None
