"""No planned-measure field comes out null or empty without a flag saying why (contract:
"a value it could not read is null with a flag"), whatever table type or reading path built
the row (born-digital or scanned, one table or parts stitched across pages).

``measures._row_record`` notes on each record (private key ``BLANK``) the column roles its
table has and, for each, whether the row's cell in that column was blank as read. After all
measures of a document are built (tails joined across pages, cut periods mended),
``flag_unexplained`` looks at every field a column of the table fills (and at indicator_no
always): one that is null or empty while no flag of the row already says why
(``normalizers/data/null_reasons.json``) gets

- ``cell_empty:<role>``: the column's cell was blank as read (the report may print nothing
  there, or its text was lost: cut at a page break, read into another column);
- ``cell_unread:<role>``: the cell held text but no value was read from it (for the indicator
  column: ``indicator_unmatched``);
- ``indicator_not_found``: the table has no indicator column and no heading, question code
  or indicator name gave one;
- ``code_not_found``: the table has no question-code column, the document's other measures
  (half of them at least, three measures or more) print codes, none was read for this one.

Found on: fresh20s 20314 html scan (period, analysis and indicator_no null, flags []), fresh20
20239 docx (indicator_no null, flags []).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

BLANK = "_blank_cells"  # private record key: {role: cell blank as read} for the table's roles
_DATA = Path(__file__).resolve().parent.parent / "data" / "null_reasons.json"


@lru_cache(maxsize=1)
def _reasons() -> tuple[tuple[str, ...], dict]:
    d = json.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(d["any"]), d["roles"]


def roles_of(layout_roles, cells: list[str]) -> dict[str, bool]:
    """``{role: blank}`` for the roles of a table's columns known to ``null_reasons.json``."""
    _, roles = _reasons()
    out: dict[str, bool] = {}
    for c, role in enumerate(layout_roles):
        if role in roles and role not in out:
            out[role] = not (cells[c].strip() if c < len(cells) else "")
    return out


def _empty(v) -> bool:
    return v is None or v == "" or (isinstance(v, (list, tuple)) and not v)


def _explained(flags: list[str], kinds) -> bool:
    return any(f == k or f.startswith(k + ":") for f in flags for k in kinds)


def flag_unexplained(measures: list[dict]) -> None:
    """Flag every record's null/empty fields no flag explains (module doc); drop ``BLANK``."""
    any_kinds, roles = _reasons()
    # the document's measures print their question codes (most of them read some): one with none
    # read from a table with no codes column of its own lost them unseen (u642 64207 p6, 300 dpi:
    # ``i13`` OCR'd ``lo3`` inside the measure's name, codes empty, no flag)
    coded = sum(bool(m.get("question_codes")) for m in measures)
    codes_printed = len(measures) >= 3 and 2 * coded >= len(measures)
    for m in measures:
        blank = m.pop(BLANK, None)
        if blank is None:
            continue  # built elsewhere (not from a measures table's row)
        flags = list(m.get("flags") or [])
        if _explained(flags, any_kinds):
            continue
        new = []
        checks = dict(blank)
        checks.setdefault("indicator", None)  # no indicator column: heading, codes or text gave none
        if codes_printed and "question" not in checks and _empty(m.get("question_codes")) \
                and not _explained(flags, roles["question"]["explained_by"]):
            new.append("code_not_found")
        for role, was_blank in checks.items():
            spec = roles[role]
            if not any(_empty(m.get(f)) for f in spec["fields"]) or _explained(flags, spec["explained_by"]):
                continue
            if was_blank is None:
                new.append("indicator_not_found")
            elif was_blank:
                new.append(f"cell_empty:{role}")
            else:
                new.append("indicator_unmatched" if role == "indicator" else f"cell_unread:{role}")
        if new:
            m["flags"] = sorted(set(flags) | set(new))
            m["confidence"] = round(min(m.get("confidence", 1.0), 0.9), 3)
