"""Other organisations' scores in a document: an announcement of its own, or quoted.

Hooks of the normalize stage (``normalizers.document``):

- ``find(tables, layouts, page_text, page_count)`` looks for tables of many bodies' scores
  (``normalizers.records.announcements``) and decides what the document is:

  * an **announcement** (``doc_kind = announcement``): such tables hold at least
    ``MIN_BODIES`` bodies, no table of the document's own (questions, measures, results by
    indicator) is found, and either its title reads like one (``ประกาศ``, ``ผลการประเมิน
    คุณธรรมและความโปร่งใส``) or those tables fill a third of its pages. ``records`` then gives
    its ``documents`` row (no org fields, no scores) and its ``announced_scores`` rows;
  * a **report quoting** other bodies (a ministry plan quoting its agencies, a report
    comparing itself with its neighbours): the tables are skipped (``quotes``), flagged
    ``others_scores_table:p<N>``, and none of their numbers becomes the document's own.

- ``finish(records, ann, all_text)`` sets ``doc_kind`` on a report and ends ``not_ita`` a
  document whose only scores are other organisations' (``others_only``): it names no
  organisation of its own, has no score or measures table of its own, and its running text
  speaks of national or agency averages (``ระดับประเทศ``, ``หน่วยงานในสังกัด``, …), as a
  ministry plan quoting the national results does.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from normalizers.records.announce_text import squash, vocab, year_of
from normalizers.records.announcements import AnnLayout, find_layout, header_rows, read_table
from normalizers.tables.grid import Table
from normalizers.model import Records

MIN_BODIES = 3
PAGE_SHARE = 0.34
TITLE_PAGES = 2
OWN_KINDS = ("questions", "measures", "results", "analysis")
QUOTED_ERROR = ("not an ITA report: the ITA scores it prints are other organisations' "
                "(national or agency results it quotes), none is its own")


@dataclass
class Found:
    tables: list[tuple[Table, AnnLayout]] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    kind: str | None = None  # announcement | quoted | None
    year: int | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def is_announcement(self) -> bool:
        return self.kind == "announcement"

    def quotes(self, t: Table) -> bool:
        """Whether ``t`` is a table of other bodies' scores (never the document's own)."""
        return any(t is x for x, _ in self.tables)

    def records(self, ex) -> Records:
        """The announcement's documents row and ``announced_scores`` rows."""
        return announcement_records(ex, self)


def _title_cue(lines: list[str]) -> bool:
    text = squash(" ".join(lines))
    return any(w in text for w in vocab()["title_cues"])


def _ita_context(head: list[str], lays: list[AnnLayout]) -> bool:
    """ITA results, not any table that adds up: a header names a tool, or the title speaks of ITA."""
    text = squash(" ".join(head)).upper()
    if "ITA" in text or "คุณธรรมและความโปร่งใส" in text:
        return True
    return any("announcement_column_by_position:IIT" not in lay.flags or "announcement_column_by_position:EIT" not in lay.flags
               or "announcement_column_by_position:OIT" not in lay.flags for lay in lays)


def _own_table(t: Table, lay) -> bool:
    """A table of the document's own: questions or measures, or results naming official
    indicators (a band legend ``ระดับ | คะแนน`` in an announcement is none)."""
    if lay.kind in ("questions", "measures"):
        return True
    if lay.kind not in OWN_KINDS:
        return False
    from normalizers.fields.indicators import match_indicator

    named = 0
    for row in t.rows:
        no, _, flags = match_indicator(" ".join(row.cells))
        named += no is not None and not any(f.startswith("indicator_by_number") for f in flags)
    return named >= 2


def find(tables: list[Table], layouts: list, page_text: list[tuple[int, str]], page_count: int) -> Found:
    """Tables of many bodies' scores in the document, and what that makes the document."""
    found = Found()
    prev: tuple[Table, AnnLayout] | None = None
    for t in tables:
        lay = find_layout(t)
        inherited = False
        if lay is None and prev is not None and t.n_cols == prev[0].n_cols and t.page > prev[0].page_last - 1:
            # a last page holding one body, not stitched to the table above: its columns
            lay, inherited = replace(prev[1], header_rows=header_rows(t)), True
        if lay is None:
            continue
        rows = read_table(t, lay)
        if inherited:
            rows = [r for r in rows if r["row_no"] is not None or "row_no" not in lay.cols]
        if len(rows) < (1 if inherited else 2):
            continue
        found.tables.append((t, lay))
        found.rows += rows
        found.flags += lay.flags + ([f"announcement_columns_from_table_above:p{t.page}"] if inherited else [])
        prev = (t, lay)
    if not found.tables:
        return found
    check_levels(found.rows)
    check_repeats(found.rows)
    bodies = {r["org_name"] for r in found.rows}
    own = [lay.kind for t, lay in zip(tables, layouts) if _own_table(t, lay) and not found.quotes(t)]
    pages = {r["page"] for r in found.rows}
    # the title: the first pages' text (a covering letter, then the announcement itself) and
    # the tables' own title rows — not every page before the table (a plan's 70 pages)
    head = [ln for p, txt in page_text if p <= min(pages) and p <= TITLE_PAGES for ln in txt.splitlines()]
    head += [title for t, _ in found.tables for title in t.titles]
    share = len(pages) / max(1, page_count)
    if not _ita_context(head, [lay for _, lay in found.tables]):
        return Found()  # columns that add up, but nothing says they are ITA scores (a budget)
    if len(bodies) >= MIN_BODIES and not own and (_title_cue(head) or share >= PAGE_SHARE):
        found.kind = "announcement"
        found.year, yflags = year_of(head + [ln for _, txt in page_text for ln in txt.splitlines()])
        found.flags += yflags
    else:
        found.kind = "quoted"
        found.rows = []
    return found


def _add(row: dict, flag: str) -> None:
    row["flags"] = sorted(set(row["flags"]) | {flag})


def check_levels(rows: list[dict]) -> None:
    """Levels are bands of the total: a row whose total lies strictly inside the range another
    level spans in the same announcement (that level printed at least twice) is flagged
    ``level_out_of_band:<other level>``; nothing changes."""
    span: dict[str, tuple[float, float, int]] = {}
    for r in rows:
        if r["level"] and r["overall_score"] is not None:
            lo, hi, n = span.get(r["level"], (r["overall_score"], r["overall_score"], 0))
            span[r["level"]] = (min(lo, r["overall_score"]), max(hi, r["overall_score"]), n + 1)
    for r in rows:
        t = r["overall_score"]
        if not r["level"] or t is None:
            continue
        for level, (lo, hi, n) in span.items():
            if level != r["level"] and n >= 2 and lo < t < hi:
                _add(r, f"level_out_of_band:{level}")


def check_repeats(rows: list[dict]) -> None:
    """A running number printed twice on different bodies is flagged on both."""
    seen: dict[int, list[dict]] = {}
    for r in rows:
        if r["row_no"] is not None:
            seen.setdefault(r["row_no"], []).append(r)
    for same in seen.values():
        if len({r["org_name"] for r in same}) > 1:
            for r in same:
                _add(r, "row_no_repeated")


def announcement_records(ex, found: Found) -> Records:
    rows = []
    for r in found.rows:
        r = dict(r, doc_id=ex.doc_id, assessment_year=found.year)
        if found.year is None:
            r["flags"] = sorted(set(r["flags"]) | {"assessment_year_missing"})
        rows.append(r)
    problems = []
    if ex.errors:
        problems.append("page errors: " + "; ".join(ex.errors[:5]))
    unreadable = [p.page for p in ex.pages if p.method == "none"]
    if unreadable:
        problems.append("pages without readable text: " + ", ".join(map(str, unreadable)))
    flags = set(found.flags)
    doubted = sum(1 for r in rows if any(f.startswith(("check_total", "row_no_out", "unreadable_cell")) for f in r["flags"]))
    if doubted:
        flags.add(f"announced_rows_doubted:{doubted}")
    document = {
        "doc_id": ex.doc_id, "org_name": None, "org_type": None, "district": None, "province": None,
        "assessment_year": found.year, "plan_year": None, "overall_score": None, "level": None,
        "iit_score": None, "eit_score": None, "oit_score": None,
        "page_count": ex.page_count, "ocr_pages": ex.ocr_pages, "doc_kind": "announcement",
        "status": "partial" if problems else "ok", "error": "; ".join(problems) or None,
        "flags": sorted(flags),
    }
    return Records(doc_id=ex.doc_id, document=document, announced_scores=rows)


def others_only(rec: Records, all_text: str) -> bool:
    """Whether a document's only scores are other organisations' (module doc)."""
    d = rec.document
    if rec.question_scores or rec.planned_measures or "org_not_found" not in d.get("flags", []):
        return False
    if any(r.get("source") != "text" for r in rec.indicator_scores):
        return False
    text = squash(all_text)
    cues = {c for c in vocab()["aggregate_cues"] if c in text}
    return len(cues) >= 2


def finish(rec: Records, found: Found, all_text: str) -> Records:
    """``doc_kind`` of a report; a document quoting only others' scores ends ``not_ita``."""
    d = rec.document
    if d.get("status") in ("ok", "partial") and (others_only(rec, all_text)
                                                 or found.kind == "quoted" and not rec.question_scores
                                                 and not rec.planned_measures and "org_not_found" in d.get("flags", [])
                                                 and all(r.get("source") == "text" for r in rec.indicator_scores)):
        d["status"], d["error"] = "not_ita", QUOTED_ERROR
        for k in ("overall_score", "level", "iit_score", "eit_score", "oit_score", "assessment_year", "plan_year"):
            d[k] = None
        d["flags"] = sorted(set(d.get("flags", [])) | {"others_scores_only"})
        rec.indicator_scores, rec.question_scores, rec.planned_measures = [], [], []
    d["doc_kind"] = "report" if d.get("status") in ("ok", "partial") else None
    return rec
