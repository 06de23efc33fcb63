"""What a table is and what each of its columns holds.

The column roles come from ``normalizers.tables.assign`` (header words of every level, the
cells' content types and position, assigned jointly); the set of roles decides the table
kind. Every mapped table carries a quality (0–1) and flags for columns mapped on little
evidence. This module is a façade kept for the rest of the pipeline (``Layout``,
``classify``, ``role_of``, ``assign_roles``).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace

from normalizers.tables.assign import MIN_EVIDENCE, assign
from normalizers.tables.header import header_roles
from normalizers.tables.header import column_headers
from normalizers.tables.header_match import headers_match, ocr_titles_alike
from normalizers.tables.text import squash
from normalizers.tables.textkinds import measure_heads
from normalizers.tables.vocab import header_evidence, names_other_scores

MEASURE_ROLES = {"measure", "steps", "period", "responsible", "follow_up", "measure_analysis"}


@dataclass
class Layout:
    kind: str  # results | questions | analysis | measures | other_scores | unknown
    roles: list[str]  # one per column ("" = unknown)
    flags: list[str] = field(default_factory=list)
    quality: float = 1.0  # 0–1: how well the evidence supports the roles
    evidence: list[float] = field(default_factory=list)
    score_cols: list[int] = field(default_factory=list)  # every column that prints a column of scores

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def cols(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]


def role_of(headers: list[str]) -> str:
    """The role one column's header levels name best (most specific level first); ""."""
    ev = header_evidence(headers)
    return max(ev, key=lambda r: (ev[r], r)) if ev else ""


def assign_roles(table) -> list[str]:
    """Column roles of a table from its header and its cells."""
    return assign(table).roles


_NUMERIC = re.compile(r"^[0-9๐-๙.,%\s()-]+$")


def _mostly_numbers(table) -> bool:
    """Body cells that are nearly all numbers: a statistics table, not measures."""
    cells = [c for r in table.rows for c in r.cells[1:] if c.strip()]
    nums = sum(1 for c in cells if _NUMERIC.match(c))
    return bool(cells) and nums > 0.5 * len(cells)


def kind_of(roles: list[str], headerless: bool) -> str:
    rs = set(roles)
    if "measure" in rs and rs & {"steps", "period", "responsible"}:
        return "measures"
    if "question" in rs and ("score" in rs or "tool_score" in rs and not rs & MEASURE_ROLES):
        return "questions"
    if "question" in rs and rs & {"steps", "period", "responsible", "measure"}:
        return "measures"
    if "indicator" in rs and "score" in rs and "analysis" in rs:
        return "analysis"
    if ("indicator" in rs or "seq" in rs and not headerless) and ("score" in rs or "tool_score" in rs):
        return "results"
    return "unknown"


def classify(table) -> Layout:
    """Table kind and column roles, with quality and evidence flags."""
    a = assign(table)
    roles = list(a.roles)
    headerless = not table.header
    flags = list(a.flags)
    if headerless:
        flags.append("table_headerless")
    kind = kind_of(roles, headerless)
    if kind == "measures" and _mostly_numbers(table):
        return Layout(kind="unknown", roles=roles, flags=["numeric_table_with_measure_like_header"],
                      quality=a.quality, evidence=a.evidence)
    if headerless and kind == "measures" and a.quality < 0.6:
        kind = "unknown"
    if kind == "measures" and "measure" in roles and a.evidence[roles.index("measure")] < MIN_EVIDENCE:
        # a measure placed on little evidence of its own: only a table that clearly prints
        # periods and responsible units is a measures table
        ev = {r: a.evidence[c] for c, r in enumerate(roles) if r}
        if (ev.get("period", 0) < 2.5 or ev.get("responsible", 0) < 2.5) \
                and not (min(ev.get("steps", 0), ev.get("responsible", 0)) >= 2.5
                         and _names_measures(table, roles.index("measure"))):
            kind = "unknown"
            flags.append("measure_column_unsure")
    if kind == "unknown" and a.quality == 0.0:
        roles = [""] * len(roles)
    lay = Layout(kind=kind, roles=roles, flags=flags, quality=a.quality, evidence=a.evidence)
    if kind in ("results", "analysis", "questions"):
        heads = column_headers(table.header, table.n_cols)
        lay.score_cols = [c for c in score_columns(a, roles) if not names_other_scores(heads[c])]
        if "score" in roles and roles.index("score") not in lay.score_cols:
            if not lay.score_cols:  # every score column is someone else's (averages, other bodies)
                return Layout(kind="other_scores", roles=roles, flags=flags + ["scores_not_own"],
                              quality=a.quality, evidence=a.evidence)
            roles[roles.index("score")] = ""
            roles[lay.score_cols[0]] = "score"
        if len(lay.score_cols) > 1:
            lay.flags.append("several_score_columns")
    return lay


_LIST_NO = re.compile(r"^\(?[0-9๐-๙]{1,2}\s*[.)]?\s*")


def _names_measures(table, col: int) -> bool:
    """Does every body cell of ``col`` that holds text start with a word that starts a measure's
    name (``กิจกรรม…``, ``1 โครงการ…``), in two of three rows at least? The column's own
    evidence where its title says little (fresh41u 63214, 300 dpi: the lower line of a two-level
    title, ``คุณธรรมและความโปร่งใส``, over tables printing no period: every measure table not
    understood, all six measures lost)."""
    cells = [squash(_LIST_NO.sub("", r.cells[col].strip())) for r in table.rows
             if col < len(r.cells) and r.cells[col].strip()]
    return bool(cells) and 3 * sum(c.startswith(measure_heads()) for c in cells) >= 2 * len(cells)


def _has_header(t) -> bool:
    """Whether a table prints a header with some text in it."""
    return any(squash(c) for h in (t.header or []) for c in h)


HEADER_CUT = 4  # letters: the shortest header text a wrapped title cut short is known by


def _same_header(a, b) -> bool:
    """Two tables' headers are one table's: same columns, each column's title (its header
    cells top to bottom) the same or one the other cut short (``ประเด็นการประเ``: its last
    line went into the first body row). Two OCR'd headers: each column's title alike as
    ``header_match.ocr_titles_alike`` reads them (a title clipped at its start by a column edge
    inside it: ``นการดำเนินการ`` for ``แนวทางการดำเนินการ``, dev 62111 p4, 200 dpi, zebra per-measure
    tables; mapped alone, its steps column taken for a follow-up column and measure 6's steps lost)."""
    return a.n_cols == b.n_cols and (headers_match(a.header, b.header, min_kept=HEADER_CUT, by_column=True)
                                     or _same_but_group_titles(a.header, b.header)
                                     or a.method == b.method == "ocr" and ocr_titles_alike(a, b))


def _same_but_group_titles(a: list[list[str]], b: list[list[str]]) -> bool:
    """Two two-level headers alike but where each places its group titles: the lower rows the
    same cell by cell, every upper cell over an empty lower one (a title spanning both rows) the
    same, and the upper cells over sub-titles (group titles spanning sub-columns, which the
    extractor puts over the first of them on one page and another on the next) the same texts
    (fresh34k 49401 docx, unknown titles: the group title over the third column on two pages, the
    second on the others; those two measures' tables mapped alone, their steps column left
    unmapped and their steps lost, flagged)."""
    if len(a) != 2 or len(b) != 2 or len(a[0]) != len(b[0]) or len(a[1]) != len(b[1]) or len(a[0]) != len(a[1]):
        return False
    if not headers_match(a[1:], b[1:], min_kept=HEADER_CUT):
        return False
    groups_a, groups_b = [], []
    for c, (ua, ub) in enumerate(zip(a[0], b[0])):
        la, lb = squash(a[1][c]), squash(b[1][c])
        if not la and not lb:
            if squash(ua) != squash(ub):
                return False
        else:
            groups_a.append(squash(ua))
            groups_b.append(squash(ub))
    return sorted(x for x in groups_a if x) == sorted(x for x in groups_b if x) and any(groups_a)


GRID_TOLERANCE = 2.0  # points: column lines this close are the same line


def _same_grid(a, b) -> bool:
    """Two tables drawn on the same column lines (three columns or more)."""
    xa, xb = getattr(a, "col_x", None), getattr(b, "col_x", None)
    return a.n_cols == b.n_cols >= 3 and bool(xa) and bool(xb) and len(xa) == len(xb) \
        and all(abs(p - q) <= GRID_TOLERANCE for p, q in zip(xa, xb))


def _inferred(t) -> bool:
    return "ocr_grid_inferred" in getattr(t, "flags", ())


GRID_NEAR = 12.0  # points: column lines of one table laid out again on another page
SAME_GRID_AGREE = 3  # columns both tables map to the same role


def _near_grid(a, b) -> bool:
    """Two tables whose column lines are nearly the same (an HTML table laid out per page
    moves its lines a few points with its contents)."""
    xa, xb = getattr(a, "col_x", None), getattr(b, "col_x", None)
    return a.n_cols == b.n_cols >= 3 and bool(xa) and bool(xb) and len(xa) == len(xb) \
        and all(abs(p - q) <= GRID_NEAR for p, q in zip(xa, xb))


def _has_key_cell(t, lay: Layout) -> bool:
    """Whether some row of ``t`` prints a measure, indicator or question cell where ``lay``
    maps them: a table that starts a measure (one of tails only is not taken for one)."""
    keys = [c for c in (lay.col("measure"), lay.col("indicator"), lay.col("question")) if c is not None]
    return any(c < len(r.cells) and r.cells[c].strip() for r in t.rows for c in keys)


def classify_all(tables: list) -> list[Layout]:
    """Layouts of one document's tables. Tables printed under the same header (one table per
    measure or per indicator: same columns, same header texts) are one table cut in pieces:
    their columns are mapped once, on the cells of all of them, so a piece of one or two rows
    is read with the evidence of the whole. A table without a header that prints a measure,
    drawn on the same column lines as a measures table before it (or after it on its page),
    is mapped as that table."""
    groups: list[list[int]] = []  # tables under one header, each group keyed by its first
    for i, t in enumerate(tables):
        if _has_header(t):
            g = next((g for g in groups if _same_header(tables[g[0]], t)), None)
            if g is None:
                groups.append([i])
            else:
                g.append(i)
    out: list[Layout | None] = [None] * len(tables)
    for idxs in groups:
        if len(idxs) < 2:
            continue
        pooled = classify(replace(tables[idxs[0]], rows=[r for i in idxs for r in tables[i].rows]))
        for i in idxs:
            out[i] = copy.deepcopy(pooled)
    out = [lay if lay is not None else classify(t) for lay, t in zip(out, tables)]
    _from_repeated_header(tables, out)
    for i, t in enumerate(tables):
        if _has_header(t) or out[i].kind == "measures":
            continue
        # a table without a header on the column lines of a measures table above it (or of
        # the next one on its page: a measure's tail above the next measure's table): the
        # rest of that table, its pages between not read or cut from it by the table finder
        near = [*range(i - 1, -1, -1), *(j for j in range(i + 1, len(tables)) if tables[j].page == t.page)]
        # scanned grids inferred from text place their column lines by the ink of each page's
        # rows: lines of one table drawn again lie within ``GRID_NEAR`` (dev seed 21794 zebra m8
        # p5-p6: parts 3-10 pt off the measures table's columns read as tables of no kind, 3 of 6
        # measures lost)
        j = next((j for j in near if _has_header(tables[j]) and (_same_grid(tables[j], t) or _inferred(tables[j])
                                                                 and _inferred(t) and _near_grid(tables[j], t))), None)
        if j is not None and out[j].kind == "measures" and _has_key_cell(t, out[j]):
            out[i] = copy.deepcopy(out[j])
    _fill_from_same_grid(tables, out)
    return out


REPEAT_AGREE = 3  # header cells two tables' headers print alike


def _repeats_header(a, b) -> bool:
    """``b``'s header repeats ``a``'s: same columns, every title both print the same (or one
    cut short of the other), three or more of them, and ``b`` prints none ``a`` does not
    (a repeated header may lose a merged group cell to the extractor: a group title over
    sub-columns read on one page, not on the next)."""
    return a.n_cols == b.n_cols and headers_match(a.header, b.header, min_kept=HEADER_CUT,
                                                  b_may_miss=True, min_agree=REPEAT_AGREE)


def _from_repeated_header(tables: list, out: list[Layout]) -> None:
    """A table left unmapped whose header repeats a measures table's before it (a measure's
    rest on the next page, under the header printed again: its few cells, steps only, cannot
    map the columns, and titles in words no vocabulary holds cannot either) is mapped as that
    table."""
    for i, t in enumerate(tables):
        if out[i].kind != "unknown" or not t.header:
            continue
        j = next((j for j in range(i - 1, -1, -1) if out[j].kind == "measures" and tables[j].header
                  and _repeats_header(tables[j], t)), None)
        if j is not None:
            out[i] = copy.deepcopy(out[j])


def _fill_from_same_grid(tables: list, out: list[Layout]) -> None:
    """A measures table that leaves columns unmapped, drawn on the same column lines as an
    earlier measures table whose roles agree on every column both map (one measure's table
    whose header the finder cut differently, a lower title read as a body row): its
    unmapped columns take that table's roles, flagged ``roles_from_same_grid``. One row of
    cells is too little evidence to map them on its own."""
    for i, t in enumerate(tables):
        lay = out[i]
        # only a table with a header of its own whose rows start a measure where it maps one
        # (a tail of a measure read as a table must stay a tail: more key columns would cut it)
        if lay.kind != "measures" or "" not in lay.roles or not _has_header(t) \
                or lay.col("measure") is None \
                or not any(r.cells[lay.col("measure")].strip() for r in t.rows if lay.col("measure") < len(r.cells)):
            continue
        for j in range(i - 1, -1, -1):
            ref = out[j]
            if ref.kind != "measures" or not _near_grid(tables[j], t) or len(ref.roles) != len(lay.roles):
                continue
            if any(a and b and a != b for a, b in zip(lay.roles, ref.roles)) \
                    or sum(1 for a, b in zip(lay.roles, ref.roles) if a and a == b) < SAME_GRID_AGREE:
                continue
            gained = [c for c, (a, b) in enumerate(zip(lay.roles, ref.roles)) if not a and b and b not in lay.roles]
            if gained:
                roles = list(lay.roles)
                for c in gained:
                    roles[c] = ref.roles[c]
                out[i] = replace(lay, roles=roles, flags=lay.flags + ["roles_from_same_grid"])
            break


def score_columns(a, roles: list[str]) -> list[int]:
    """Columns that each print a full column of scores (the assigned score column and any
    other): several mean the table scores several bodies, years or averages side by side."""
    out = []
    for c, s in enumerate(a.scores):
        if roles[c] == "tool_score":
            continue
        if roles[c] == "score" or s.get("score", 0.0) >= 2.4 and not roles[c]:
            out.append(c)
    return out


def year_column(table, layout: Layout, year: int | None) -> int | None:
    """Of several score columns, the one whose header names the assessment year."""
    if year is None:
        return None
    from normalizers.fields.numbers import to_ascii_digits
    from normalizers.tables.header import column_headers

    heads = column_headers(table.header, table.n_cols)
    hits = [c for c in layout.score_cols if any(str(year) in to_ascii_digits(h) or str(year)[2:] == to_ascii_digits(h).strip()[-2:]
                                                 for h in heads[c][:1])]
    return hits[0] if len(hits) == 1 else None


__all__ = ["Layout", "classify", "classify_all", "role_of", "assign_roles", "header_roles", "MEASURE_ROLES", "kind_of", "year_column"]
