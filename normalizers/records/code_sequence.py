"""Question codes resolved by the row's place among its neighbours.

Reports print question rows in code order (``i1 … i30``, ``e1 … e15``, ``o1 … o43``). A code
OCR could not read (``i๘4`` for ``i14``), read as another question's code (``i1`` for ``i7``)
or left out, between two rows whose codes are sure, is the code its place says — when the
place is consistent (the sure codes before and after leave exactly the gap this row and the
doubted rows next to it fill), the code is in the year's catalog, printed nowhere else in the
document, and the row's text does not name another question clearly. Such a row is
re-coded with the flag ``code_from_position:<raw>-><code>``; a row no evidence resolves
stays unresolved and is left out, as before (the document keeps ``unresolved_question``).

Rows come in document order from ``records.scores.question_rows``; one whose code could
not be resolved at all arrives as :func:`unresolved_row` (``question_code`` None).
"""
from __future__ import annotations

import re

from normalizers.fields.codes import TOOL_OF_PREFIX, canonical_code, load_catalog, match_question_text, sure_text_match
from normalizers.fields.indicators import TOOL_OF, indicator_of_question

DOUBT = ("code_corrected", "code_text_mismatch", "code_repaired", "code_not_in_catalog", "code_unreadable",
         "code_out_of_range", "code_missing", "code_guess_ambiguous", "code_prefix_from_tool",
         "code_tool_mismatch")
_CODE = re.compile(r"^([ieo])(\d{1,2})$")
_SHAPE_ONLY = ("code_repaired", "code_text_mismatch")  # doubts a neighbour in order lifts
TEXT_SLACK = 0.2  # the place's question may score this far below the text's best match
POSITION_CONF = 0.8


def unresolved_row(raw_code: str | None, text: str, score: float, page: int, conf: float,
                   flags: list[str], hint: int | None) -> dict:
    """A question row whose code neither its print nor its text resolved: kept for
    :func:`resolve_by_position`, which codes it or drops it."""
    return {"question_code": None, "raw_code": raw_code or "", "tool": None, "indicator_no": None,
            "question_text": text, "score": score, "page": page, "confidence": round(conf, 3),
            "flags": sorted(set(flags)), "_hint": hint}


def _num(code: str | None) -> tuple[str, int] | None:
    m = _CODE.match(code or "")
    return (m.group(1), int(m.group(2))) if m else None


def _doubted(row: dict) -> bool:
    """No code, or a flag doubting it. ``code_text_mismatch:<code>`` alone (the text names no other
    question clearly: another wording, or OCR garble) does not doubt a code printed well-formed."""
    plain = f"code_text_mismatch:{row['question_code']}"
    return row["question_code"] is None or any(f.startswith(DOUBT) and f != plain for f in row["flags"])


def _anchors(rows: list[dict]) -> list[bool]:
    """Rows whose code is sure: no doubt flag, and — where the code is printed twice (on any
    row) — in order with a sure neighbour."""
    sure = [not _doubted(r) and _num(r["question_code"]) is not None for r in rows]
    printed = [r["question_code"] for r in rows]  # a doubted row's copy counts too (15008: i๑ for i10)
    nums = [_num(c) for c in printed]
    for k, r in enumerate(rows):
        # a code repaired by its shape (``๐38`` -> o38: every OIT code of a scan) is sure where the
        # row next to it holds the code before or after it, repaired or not (dev scan 19001 p4)
        if not sure[k] and nums[k] and not any(f.startswith(DOUBT) and not f.startswith(_SHAPE_ONLY)
                                              for f in r["flags"]):
            p, n = nums[k]
            sure[k] = (k > 0 and nums[k - 1] == (p, n - 1)) or (k + 1 < len(rows) and nums[k + 1] == (p, n + 1))
    codes = [r["question_code"] if s else None for r, s in zip(rows, sure)]
    for k, c in enumerate(codes):
        if c is None or printed.count(c) < 2:
            continue
        p, n = _num(c)
        prev = next((_num(codes[j]) for j in range(k - 1, -1, -1) if codes[j]), None)
        nxt = next((_num(codes[j]) for j in range(k + 1, len(codes)) if codes[j]), None)
        if prev != (p, n - 1) and nxt != (p, n + 1):
            sure[k] = False
    return sure


def _text_allows(text: str, code: str, year: int | None, taken: set[str] = frozenset()) -> bool:
    """The row's text does not clearly name another question than ``code``: its best match is
    close to ``code``'s, or is no sure match (``resolve_question``'s bar). A question printed under
    its own code elsewhere (``taken``) is no rival (dev scan 17503: e๑'s text is closer to e2's)."""
    cat = load_catalog(year)
    if not cat.get(code):
        return True
    ranked = [(c, s) for c, s in match_question_text(text or "", year) if c == code or c not in taken]
    if not ranked:
        return True
    own = next((s for c, s in ranked if c == code), 0.0)
    if own >= ranked[0][1] - TEXT_SLACK:
        return True
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return not sure_text_match(ranked[0][1], second)  # ... or further when that match is no sure one


def resolve_by_position(rows: list[dict], year: int | None) -> list[dict]:
    """Rows with doubted codes re-coded by their place where the evidence allows (see the
    module doc); unresolved rows that stay unresolved are dropped."""
    if not rows:
        return rows
    cat = load_catalog(year)
    _keep_printed(rows, year, cat)
    sure = _anchors(rows)
    taken = {r["question_code"] for r, s in zip(rows, sure) if s}
    printed = frozenset(r["question_code"] for r in rows if r["question_code"])  # a text naming one is no rival
    k = 0
    while k < len(rows):
        if sure[k]:
            k += 1
            continue
        j = k
        while j < len(rows) and not sure[j]:
            j += 1
        prev = _num(rows[k - 1]["question_code"]) if k > 0 else None
        nxt = _num(rows[j]["question_code"]) if j < len(rows) else None
        start = None  # (tool prefix, number) of the run's first row
        if prev and nxt and prev[0] == nxt[0] and nxt[1] - prev[1] - 1 == j - k:
            start = (prev[0], prev[1] + 1)
        elif nxt and (prev is None or prev[0] != nxt[0]) and nxt[1] - (j - k) == 1:
            start = (nxt[0], 1)  # the rows opening a tool's series (e1 after i30): the series starts at 1
        elif prev and (nxt is None or nxt[0] != prev[0]) and f"{prev[0]}{prev[1] + j - k}" in cat \
                and f"{prev[0]}{prev[1] + j - k + 1}" not in cat:
            # the rows closing a tool's series (i30 before e1): the series ends where the catalog's does
            start = (prev[0], prev[1] + 1)
        if start is not None:
            for i in range(k, j):
                _recode(rows[i], f"{start[0]}{start[1] + i - k}", year, cat, taken,
                        printed=printed - {rows[i]["question_code"]})
        k = j
    out = []
    for r in rows:
        r.pop("_hint", None)
        if r["question_code"] is not None:
            out.append(r)
    return out


_CORRECTED = re.compile(r"^code_corrected:(.+)->([ieo]\d{1,2})$")


def _keep_printed(rows: list[dict], year: int | None, cat) -> None:
    """A well-formed printed code corrected by its text onto another question (``i๕`` whose text
    is the edition's i25 text) goes back to the printed code where its place says so: the rows
    either side are sure and hold the codes before and after it (dev scans 17503, 15004: i5, i13,
    i21 corrected onto i25, all but one dropped as its second printing). Flagged
    ``code_text_mismatch:<code>~<text's code>`` instead."""
    sure = _anchors(rows)
    used = {r["question_code"] for r in rows}
    for k in range(1, len(rows) - 1):
        m = next((m for f in rows[k]["flags"] if (m := _CORRECTED.match(f))), None)
        if m is None or not (sure[k - 1] and sure[k + 1]):
            continue
        code, cflags = canonical_code(m.group(1))
        num, prev, nxt = _num(code), _num(rows[k - 1]["question_code"]), _num(rows[k + 1]["question_code"])
        if num is None or cflags or code in used or code not in cat or prev != (num[0], num[1] - 1) \
                or nxt != (num[0], num[1] + 1):
            continue
        _recode(rows[k], code, year, cat, set(), check_text=False,
                flag=f"code_text_mismatch:{code}~{m.group(2)}", drop=m.group(0))
        used.add(code)


def _recode(row: dict, code: str, year: int | None, cat, taken: set[str], check_text: bool = True,
            flag: str | None = None, drop: str | None = None, printed: frozenset[str] = frozenset()) -> None:
    if code == row["question_code"] or code not in cat or code in taken:
        return
    if check_text and not _text_allows(row["question_text"], code, year, taken | printed):
        return
    raw = row["raw_code"] or "-"
    tool = TOOL_OF_PREFIX[code[0]]
    ind = indicator_of_question(code, year)
    hint = row.get("_hint")
    for f in row["flags"]:
        if f.startswith("indicator_heading_mismatch:"):
            hint = int(f.split(":")[1].split("->")[0])
    flags = [f for f in row["flags"] if not f.startswith("indicator_heading_mismatch") and f != drop]
    if ind is None and hint is not None and TOOL_OF.get(hint) == tool:
        ind = hint
    elif hint is not None and ind is not None and TOOL_OF.get(hint) == tool and ind != hint:
        flags.append(f"indicator_heading_mismatch:{hint}->{ind}")
    row.update(question_code=code, tool=tool, indicator_no=ind,
               confidence=round(min(row["confidence"], POSITION_CONF), 3),
               flags=sorted(set(flags) | {flag or f"code_from_position:{raw}->{code}"}))
    taken.add(code)


__all__ = ["resolve_by_position", "unresolved_row"]
