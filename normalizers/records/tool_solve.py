"""Tool scores a scan prints past reading, solved together against the weighted overall.

The overall score is 0.3·IIT + 0.3·EIT + 0.4·OIT (``checks.WEIGHTS``) to two decimals
(``checks.TOL_EXACT``). OCR garbles a tool score in a few ways, each one *edit* of what was
printed: a digit read as a letter Tesseract writes for it (``o6.๒๔`` for 76.24: no edit, the letter
stands for its digits, ``tool_overall.DIGIT_LOOKALIKES``), a speck read as a character (``'๖๕.๘๑``),
a digit read twice or a stroke read as a third decimal (``๖๙.๓๗๓`` for 69.37, ``๘๘.๗๙๓`` for 88.79),
a digit lost (``๗.3๘`` for 78.38), a digit read as another.

Each tool whose reading is doubted (missing with a print, printed with more than two decimals,
out of range, or, when the weighted sum misses the overall, a reading the numeral recognizer was
not sure of or whose print holds a letter, its indicators not bearing it out) gets the two-decimal values its print can be with at most one edit; tools
read cleanly keep their value. The combinations whose weighted sum is the overall (within
``TOL_EXACT``), and whose tools the means of their indicators bear out where known
(``checks.TOOL_MEAN_TOL``), are ranked by their edits: when exactly one has the fewest, its values
are taken, each changed tool flagged ``<tool>_score_solved:<printed>-><value>`` (check). Several
or none: nothing changes (the readers' own flags, and ``checks.check_overall``, tell the doubt).
Dev fresh33u 47203 p1 (OIT ``๖๙.๓๗๓``), 47208 p1 (EIT ``๘๘.๗๙๓``, lost without a flag), u44a
44109 p1 (IIT ``๗.3๘``, EIT ``o6.๒๔``: both misread), u44b 44210 p1 (OIT ``'๖๕.๘๑``).

Pure: no I/O.
"""
from __future__ import annotations

import re
from itertools import product

from normalizers.fields.numbers import to_ascii_digits
from normalizers.records.checks import TOL_EXACT, TOL_OVERALL, TOOL_MEAN_TOL, WEIGHTS
from normalizers.records.tool_overall import DIGIT_LOOKALIKES

MAX_EDITS = 1  # OCR edits of one tool's print
MAX_PRINT = 9  # characters of a print worth solving (a score and a speck or two)
_SHAPE = re.compile(r"(?:100|[1-9]?[0-9])\.[0-9]{2}")
_DIGITS = "0123456789"


# (and ``o`` for ``๗``: u44a 44109 p1 ``(EIT) ได้ o6.๒๔`` for 76.24)
LOOKALIKES = {**DIGIT_LOOKALIKES, "o": "07", "O": "07"}


def _options(ch: str) -> str:
    """The characters a printed character may stand for at no edit."""
    if ch.isascii() and (ch.isdigit() or ch == "."):
        return ch
    if ch == ",":
        return "."
    return LOOKALIKES.get(ch, "")


def candidates(printed: str) -> dict[float, float]:
    """value -> fewest edits (0 or 1; 0.5 for a third decimal dropped) that make ``printed`` a
    two-decimal score 0-100."""
    s = to_ascii_digits(re.sub(r"\s+", "", printed or ""))
    if not s or len(s) > MAX_PRINT or not any(_options(ch) for ch in s if ch != "."):
        return {}
    # partial strings with their edits so far
    states: dict[str, int] = {"": 0}
    for ch in s:
        nxt: dict[str, int] = {}

        def put(k: str, e: int) -> None:
            if e <= MAX_EDITS and (k not in nxt or nxt[k] > e):
                nxt[k] = e
        for pre, e in states.items():
            for o in _options(ch):
                put(pre + o, e)
                for d in _DIGITS:
                    put(pre + d + o, e + 1)  # a digit lost before this one
            put(pre, e + 1)  # a speck, or a digit read twice
            for d in _DIGITS:
                if d != ch:
                    put(pre + d, e + 1)  # a digit read as another
        states = nxt
    for k, e in list(states.items()):  # a digit lost at the end
        for d in _DIGITS:
            if e + 1 <= MAX_EDITS and k + d not in states:
                states[k + d] = e + 1
    out: dict[float, float] = {}
    for k, e in states.items():
        if _SHAPE.fullmatch(k) and float(k) <= 100:
            v = float(k)
            out[v] = min(e, out.get(v, e))
    for rest in _glued_rests(printed):
        k = to_ascii_digits(rest)
        if _SHAPE.fullmatch(k) and float(k) <= 100 and float(k) not in out:
            out[float(k)] = 1
    third = _THIRD_DECIMAL.fullmatch(s)
    if third and float(third.group(1)) in out:
        # a third decimal is a stroke or a speck read after the two a score prints (``๖๙.๓๗๓``, ``๘๘.๗๙๓``,
        # ``71.283``, ``83.175``: dev 47203, 47208, 48215, u48b 48205 p1, where 83.15 fit the sum as well
        # and nothing was taken): its loss is the likelier edit, half of another
        out[float(third.group(1))] = THIRD_DECIMAL_EDIT
    return out


THIRD_DECIMAL_EDIT = 0.5
_THIRD_DECIMAL = re.compile(r"((?:100|[1-9]?[0-9])\.[0-9]{2})[0-9]")


GLUED_MAX = 2  # characters of a word OCR read as digits glued before a score


def _script(ch: str) -> str:
    return "thai" if "๐" <= ch <= "๙" else "ascii" if ch.isascii() and ch.isdigit() else "other"


def _glued_rests(printed: str) -> list[str]:
    """The print without a head of one or two characters that differ in script from the score
    after them: a word before the score read as digits and glued to it (``ได้`` read ``1๒`` in
    ``(EIT) 1๒82.45 คะแนน``, fresh35s 51100 p1, 200 dpi: EIT and OIT both printed so, both
    unreadable). Dropping that head is one edit."""
    raw = re.sub(r"\s+", "", printed or "")
    return [raw[k:] for k in range(1, GLUED_MAX + 1)
            if len(raw) > k and _script(raw[k - 1]) != _script(raw[k]) and _script(raw[k]) != "other"]


def doubted_value(value: float) -> bool:
    """Whether a tool score as read is no score a report prints (not two decimals, past 0-100)."""
    return not 0 <= value <= 100 or round(value, 2) != value


def solve(read: dict[str, float], prints: dict[str, str], overall: float | None,
          means: dict[str, float]) -> tuple[dict[str, float], list[str]]:
    """(tool -> value, flags) for the tools of ``prints`` (tool -> what was printed for it, the
    doubted ones) that one combination with the fewest edits makes the weighted sum hold; the
    tools of ``read`` not in ``prints`` are fixed. Empty when none or several combinations do."""
    free = sorted(t for t in prints if t in WEIGHTS)
    fixed = {t: v for t, v in read.items() if t not in prints}
    if overall is None or not free or len(free) + len(fixed) != len(WEIGHTS):
        return {}, []
    cands = []
    for t in free:
        c = candidates(prints[t])
        if t in means:
            c = {v: e for v, e in c.items() if abs(means[t] - v) <= TOOL_MEAN_TOL}
        if not c:
            return {}, []
        cands.append(sorted(c.items()))
    rest = overall - sum(WEIGHTS[t] * v for t, v in fixed.items())
    fits: list[tuple[int, tuple[float, ...]]] = []
    last = free[-1]
    lookup = dict(cands[-1])
    for combo in product(*cands[:-1]):
        part = rest - sum(WEIGHTS[t] * v for t, (v, _) in zip(free, combo))
        centre = part / WEIGHTS[last]
        lo, hi = round((centre - TOL_EXACT / WEIGHTS[last]) * 100), round((centre + TOL_EXACT / WEIGHTS[last]) * 100)
        for cents in range(lo - 1, hi + 2):
            v = cents / 100
            if v in lookup and abs(WEIGHTS[last] * v - part) <= TOL_EXACT:
                fits.append((sum(e for _, e in combo) + lookup[v], tuple(x for x, _ in combo) + (v,)))
    if not fits:
        return {}, []
    best = min(e for e, _ in fits)
    top = {vals for e, vals in fits if e == best}
    if len(top) != 1:
        return {}, []
    vals = top.pop()
    out, flags = {}, []
    for t, v in zip(free, vals):
        out[t] = v
        if t not in read or abs(read[t] - v) > 1e-9:
            flags.append(f"{t.lower()}_score_solved:{prints[t]}->{v:.2f}")
    return out, flags


MEAN_ONLY_TOL = TOL_EXACT  # a tool's print the weighted sum cannot check: its indicators' exact mean


def _solve_by_mean(prints: dict[str, str], means: dict[str, float]) -> tuple[dict[str, float], list[str]]:
    """Where the weighted sum cannot be checked (a tool not read at all): a doubted tool whose
    print leaves one value at its fewest edits, that value the exact mean of its indicators."""
    out, flags = {}, []
    for t, p in sorted(prints.items()):
        if t not in means:
            continue
        c = candidates(p)
        if not c:
            continue
        best = min(c.values())
        top = [v for v, e in c.items() if e == best]
        if len(top) == 1 and abs(means[t] - top[0]) <= MEAN_ONLY_TOL:
            out[t] = top[0]
            flags.append(f"{t.lower()}_score_solved:{p}->{top[0]:.2f}")
    return out, flags


def _solve_unread(tools: dict[str, float], overall: float | None, means: dict[str, float],
                  unread: set[str]) -> tuple[dict[str, float], list[str]]:
    """A tool printed past any reading, no print to solve from (every digit a Latin letter: ``GG.OD`` for
    ๘๘.๐๖, u52a 52101 p1, 200 dpi, IIT null with no flag), the two others read: the exact mean of its
    indicators (a results table printing all of them), taken when with the two others it makes the weighted
    overall hold to rounding, two checks that do not share a value. Flag ``<tool>_score_from_sum_and_mean``."""
    free = [t for t in unread if t in WEIGHTS and t not in tools]
    if overall is None or len(free) != 1 or len(tools) != len(WEIGHTS) - 1 or free[0] not in means:
        return {}, []
    t = free[0]
    v = round(means[t], 2)
    if abs(sum(WEIGHTS[k] * x for k, x in tools.items()) + WEIGHTS[t] * v - overall) > TOL_EXACT:
        return {}, []
    return {t: v}, [f"{t.lower()}_score_from_sum_and_mean:{v:.2f}"]


_TOKEN = re.compile(r"\S+")
_EDGE_LETTERS = re.compile(r"^[\u0e01-\u0e4f]+|[\u0e01-\u0e4f]+$")


def printed_token(page_text: list[tuple[int, str]], page: int | None, value: float) -> str | None:
    """The token of ``page`` that printed ``value`` as read (Thai letters glued at its ends gone,
    a look-alike letter before its digits kept: ``o6.๒๔`` for a reading of 6.24), when one token
    alone holds it."""
    if page is None:
        return None
    want = f"{value:.2f}".rstrip("0").rstrip(".") if round(value, 2) == value else repr(value)
    hits = set()
    for pg, text in page_text:
        if pg != page:
            continue
        for tok in _TOKEN.findall(to_ascii_digits(text or "")):
            core = _EDGE_LETTERS.sub(lambda m: "".join(c for c in m.group(0) if c in LOOKALIKES), tok)
            core = core.strip("()|:,;")
            if re.search(r"(?<![0-9])" + re.escape(want) + r"(?![1-9])", core) and len(core) <= MAX_PRINT:
                hits.add(core)
    return hits.pop() if len(hits) == 1 else None


TOOLS = ("IIT", "EIT", "OIT")
_GLUED = re.compile(r"([0-9]+)([\u0e50-\u0e59]{2}\.[\u0e50-\u0e59]{2})")
_LINE_NUM = re.compile(r"(?<![0-9.])([0-9]{1,3}\.[0-9]{2})(?![0-9])")
GARBLED_KEY = 6  # characters of a tool key OCR garbled (``117``, ``0|โ``, ``ยิ1``)


def _unglue(m: re.Match) -> str:
    whole = int(m.group(1) + to_ascii_digits(m.group(2)[:2]))
    return m.group(0) if whole <= 100 else "?" * len(m.group(1)) + " " + m.group(2)


# the same in a line printing its scores in Arabic digits (``NT 75.78| 1777.72 | OIT 79.03``: the key
# ``EIT`` read as ``17`` and glued to 77.72, dev fresh34u 49212 p1, all three tools lost in an ``ok``
# document with no flag): a number past any score, its last two whole digits and decimals a score,
# the digits before them the key's garble. Only here, where the weighted sum must bear it out
_GLUED_ASCII = re.compile(r"(?<![0-9.])([0-9]+)([0-9]{2}\.[0-9]{2})(?![0-9])", re.ASCII)


def line_prints(page_text: list[tuple[int, str]]) -> dict[str, tuple[str, int]]:
    """tool -> (score, page) of a summary line printing the three tool scores in their order
    (``IIT x | EIT y | OIT z``) whose keys OCR garbled, some of them read (``117๘๑.๓๕ | EIT ๘๕.๘๙ |
    0|โ ๗๓.๔๐``: dev fresh33u 47209 p1, all three lost): each key is its tool's name or a few
    characters that are no other tool's name and no word, and one of them at least reads. The
    weighted sum must then bear the three out (``solve``). One such line in the document, else
    nothing."""
    found = []
    for page, text in page_text:
        for line in (text or "").splitlines():
            s = _GLUED_ASCII.sub(_unglue, to_ascii_digits(_GLUED.sub(_unglue, line)))
            parts = _LINE_NUM.split(s)
            if len(parts) != 7 or len(re.sub(r"[\s|:;,.]|คะแนน", "", parts[6])) > 0:
                continue
            keys = [re.sub(r"[\s|:;,()]", "", parts[k]).replace("คะแนน", "") for k in (0, 2, 4)]
            named = [k.upper() == t for k, t in zip(keys, TOOLS)]
            others = [any(o in k.upper() for o in TOOLS) for k, ok in zip(keys, named) if not ok]
            if not any(named) or all(named) or any(others) \
                    or any(len(k) > GARBLED_KEY or re.search(r"[\u0e01-\u0e2e]{3}", k) for k in keys):
                continue
            found.append({t: (parts[k], page) for t, k in zip(TOOLS, (1, 3, 5))})
    return found[0] if len(found) == 1 else {}


def solve_tools(tools: dict[str, float], overall: float | None, means: dict[str, float],
                printed: dict[str, tuple[str, int]], page_text: list[tuple[int, str]],
                tool_pages: dict[str, int], overall_doubted: bool = False,
                unsure: frozenset[str] | set[str] = frozenset(), unread=()) -> list[str]:
    """Solve the doubted tool scores of an OCR'd document in place (``solve``); the flags.
    ``printed``: tool -> (its print past reading, page) for tools no reader took; ``tool_pages``:
    tool -> the page its running-text reading came from (to find what it printed);
    ``overall_doubted``: the overall itself was doubted (then a sum that misses it doubts no tool);
    ``unsure``: the tools whose reading the numeral recognizer was not sure of; ``unread``: the tools
    a table prints a score's shape for in letters only, no digit read (``_solve_unread``)."""
    on_line = line_prints(page_text)
    prints = {t: p for t, (p, _) in {**on_line, **printed}.items() if t not in tools}
    for t, v in tools.items():
        if doubted_value(v):
            prints[t] = repr(v)
    total = sum(WEIGHTS[t] * v for t, v in tools.items())
    sum_miss = overall is not None and len(tools) == len(WEIGHTS) and not prints and not overall_doubted \
            and abs(total - overall) > TOL_EXACT \
            and not any(abs(v - total) <= TOL_EXACT for v in candidates(f"{overall:.2f}"))
    if sum_miss:
        # (not when the overall one edit away is the sum: the overall may be the misread one)
        # the weighted sum misses the overall: each tool its indicators do not bear out is doubted
        # (only a tool with evidence of its own: the numeral recognizer unsure of it, or its print
        # holding a letter or speck; a tool its indicators bear out, as ``mend_tool_from_overall``
        # has it, stays; the others, and one-edit mends of clean readings, are left to that check)
        for t, v in tools.items():
            token = printed_token(page_text, tool_pages.get(t), v)
            marked = token is not None and not re.fullmatch(r"[0-9.]+", token)
            if (t in unsure or marked) and (t not in means or abs(means[t] - v) > TOOL_MEAN_TOL):
                prints[t] = token or f"{v:.2f}"
    got, flags = solve(tools, prints, overall, means) if prints else ({}, [])
    if sum_miss and len(flags) == 1:
        # one tool read changed by one edit: ``checks.mend_tool_from_overall``'s case, told as it tells
        t = flags[0].split("_score_")[0].upper()
        flags = [f"tool_score_from_overall:{tools[t]:g}->{got[t]:g}"]
    if not got and prints:
        got, flags = _solve_by_mean({t: p for t, p in prints.items() if t not in tools}, means)
    if not got:
        # (only a print with no digit read: one that reads a digit, ``«7.81``, is the value's own evidence)
        got, flags = _solve_unread(tools, overall, means, set(unread) | {t for t, p in prints.items()
                                                                           if not re.search("[0-9๐-๙]", p)})
    tools.update(got)
    # a tool the summary line prints that nothing read or solved is told (49212 before the line was
    # read: the three tools null in an ``ok`` document)
    flags += [f"{t.lower()}_score_unread:p{pg}" for t, (_, pg) in sorted(on_line.items()) if t not in tools]
    if overall is not None and len(tools) == len(WEIGHTS):
        total = sum(WEIGHTS[t] * v for t, v in tools.items())
        if TOL_EXACT < abs(total - overall) <= TOL_OVERALL:  # past it ``check_overall_weighted`` tells
            flags.append(f"tools_weighted_inexact:{total:.2f}")
    return flags


def with_solved(doc_flags: list[str], solved: list[str]) -> list[str]:
    """The document's flags with ``solved``'s added and the unread (or unreadable) flags of the
    tools solved gone."""
    tools = {f.split("_score_")[0] for f in solved if "_score_solved:" in f}
    gone = tuple(f"{t}_score_{k}:" for t in tools for k in ("unread", "unreadable"))
    return [f for f in doc_flags if not f.startswith(gone)] + solved
