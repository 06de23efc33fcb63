"""Column roles decided jointly from evidence: header words (all levels), what the cells
hold, and position; each role at most once.

For every column and role an evidence score is summed from
- the header (``vocab.header_evidence``: strong word 3, weak word 1, upper levels a third),
- the cells (fraction of the column's non-empty cells of each content type, weighted per
  role: a column of ``i7 …`` cells is a question column whatever its header says),
- position (a running number in the first column).
The roles are then assigned together (best total over all columns, each role once), so one
column's strong claim is never taken by another column's first matching keyword. A column
whose best evidence is below ``MIN_EVIDENCE`` stays unmapped (""); one mapped on little
evidence is reported in ``Assignment.flags`` (``role_low_evidence:<role>@c<col>``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from normalizers.fields.codes import canonical_code, match_question_text, split_code_prefix
from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.period_units import split_period_units
from normalizers.fields.period_shape import period_residue
from normalizers.tables import cells as ct
from normalizers.tables import textkinds as tk
from normalizers.tables.header import column_headers
from normalizers.tables.text import squash
from normalizers.tables.vocab import STRONG, header_evidence, names_no_field

PERIOD_UNITS = "period_units"  # a cell printing a period and the responsible units
NO_FIELD = "no_field"  # a dash, an amount of money, "ไม่ใช้งบประมาณ": nothing a role holds
CODE_FINDING = "code_finding"  # question codes followed by a finding (``i13 i15 ผู้รับบริการ…ยังล่าช้า``)
ROLES = ("seq", "indicator", "question", "score", "tool_score", "analysis", "measure",
         "measure_analysis", "steps", "period", "responsible", "follow_up", "budget")
MIN_EVIDENCE = 1.0
LOW_EVIDENCE = 1.6
FULL_EVIDENCE = 4.0
PERIOD_RESIDUE = 8  # Thai letters a period cell may print besides its dates and period words
NOT_DATA = 2.5
QUESTION_ROWS = 0.6  # share of a column's cells printing a question's code and text: the rows are questions
TEXT_NOT_TOOL = 3.0  # taken from the tool-score evidence of a column without tools or numbers
QUESTION_TEXT_MATCH = 0.45  # a cell text this close to a catalog question is that question  # evidence taken from every role of a column whose own header names no field

# role -> content type -> weight (fraction of the column's non-empty cells of that type)
CONTENT: dict[str, dict[str, float]] = {
    "seq": {ct.INT: 2.5},
    "score": {ct.SCORE: 3.0, ct.INT: 2.0},
    "question": {ct.CODE_TEXT: 3.0, ct.CODES: 1.2, CODE_FINDING: -1.5},
    "indicator": {ct.INDICATOR: 2.0},
    "tool_score": {ct.TOOL: 1.5},
    "period": {ct.PERIOD: 3.0, PERIOD_UNITS: 3.0},
    "responsible": {ct.UNITS: 2.5, PERIOD_UNITS: 1.5},
    "steps": {ct.STEPS: 2.0, ct.PROSE: 0.3},
    "measure": {ct.PROSE: 1.0, ct.TEXT: 0.6, ct.STEPS: 0.6, ct.CODE_TEXT: 0.2, ct.INDICATOR: 0.8,
                tk.MEASURE_NAME: 1.5, tk.FINDING: -0.6, tk.FOLLOW_NOTE: -0.6},
    "analysis": {ct.PROSE: 0.9, ct.TEXT: 0.3, ct.CODE_TEXT: 0.6, ct.CODES: 0.8, ct.STEPS: 0.6, ct.INDICATOR: 0.8,
                 tk.FINDING: 1.2, tk.MEASURE_NAME: -0.8, tk.FOLLOW_NOTE: -0.6, CODE_FINDING: 2.8},
    "follow_up": {ct.PROSE: 0.3, ct.TEXT: 0.3, tk.FOLLOW_NOTE: 1.5, tk.MEASURE_NAME: -0.6, tk.FINDING: -0.3},
    "measure_analysis": {ct.PROSE: 0.3, tk.MEASURE_NAME: -0.3},
    "budget": {},  # named by its header only (``งบประมาณ``): not data, kept from taking another role
}
# the content kind that is a role's own: cells of it map a column whatever its header says
OWN_KIND = {"follow_up": tk.FOLLOW_NOTE, "period": ct.PERIOD, "responsible": ct.UNITS}
TEXT_ROLES = {"question", "indicator", "analysis", "measure", "measure_analysis", "steps", "period",
              "responsible", "follow_up"}
NUMERIC = {ct.SCORE, ct.INT}
# roles whose own cell content, held by one column in nearly every cell, contests another
# column's header claim to them when that column holds none of it (``contested_roles``)
OWN_CONTENT = {"indicator": (ct.INDICATOR,), "period": (ct.PERIOD, PERIOD_UNITS),
               "responsible": (ct.UNITS, PERIOD_UNITS)}
HOLDS = 0.8  # share of a column's filled cells of a role's own content: that column holds it
CONTESTED = 0.5  # share of a contested header claim taken back


@dataclass
class Column:
    types: Counter
    filled: int
    rows: int
    seq_like: bool
    tools: int  # cells that name a tool and print a number
    garbled: int = 0  # of those, cells of a tool's garbled name over its score (``ct.garbled_tool``)


@dataclass
class Assignment:
    roles: list[str]
    evidence: list[float]  # the assigned role's evidence per column (0 for unmapped)
    quality: float  # 0–1, mean evidence of the mapped columns
    flags: list[str] = field(default_factory=list)
    scores: list[dict[str, float]] = field(default_factory=list)  # every role's evidence per column


def profile(table, c: int, garbled_tools: bool = True) -> Column:
    """A column's cell types. Without ``garbled_tools`` (rows that are questions) a cell read
    as a tool's garbled name over its score (``ct.garbled_tool``) names no tool: it is a score
    under OCR noise (fresh34s 49108 p2, 300 dpi, zebra rows: ``ณะ⏎๔6.๔0`` beside ``i๑3 …``)."""
    types: Counter = Counter()
    ints: list[int] = []
    tools = garbled = 0
    for row in table.rows:
        text = row.cells[c] if c < len(row.cells) else ""
        lines = row.lines[c] if row.lines and c < len(row.lines) else ""
        t = ct.cell_type(text, lines)
        garbled_cell = t == ct.TOOL and ct.tool_of(text) is None
        if garbled_cell and not garbled_tools:
            t = ct.SCORE
        if t in (ct.PERIOD, ct.UNITS) and tk.text_kind(text) == tk.FOLLOW_NOTE:
            # ``สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ``: a note on reporting that names a fiscal
            # year (or starts like a unit's name) is a follow-up note, not a period or units
            t = ct.PROSE if len(squash(text)) > 30 else ct.TEXT
        if t != ct.EMPTY and tk.holds_no_field(text):
            t = ct.EMPTY if not text.strip(" -–—.") else NO_FIELD
        elif t in (ct.PERIOD, ct.UNITS) and split_period_units(lines or text) is not None:
            t = PERIOD_UNITS
        elif t == ct.PERIOD and len(period_residue(text)) > PERIOD_RESIDUE:
            t = ct.PROSE if len(text) > 30 else ct.TEXT  # a sentence that mentions a fiscal year
        types[t] += 1
        if t in (ct.PROSE, ct.TEXT) and (kind := tk.text_kind(text)):
            types[kind] += 1
        elif t == ct.CODE_TEXT and code_then_finding(text):
            types[CODE_FINDING] += 1  # codes, then a finding: an analysis cell naming its questions
        if t == ct.INT:
            digits = "".join(ch for ch in to_ascii_digits(text) if ch.isascii() and ch.isdigit())
            if digits:
                ints.append(int(digits, 10))
        if t == ct.TOOL and ct.has_number(text):
            tools += 1
            garbled += garbled_cell
    filled = sum(v for k, v in types.items() if k != ct.EMPTY and k not in tk.KINDS and k != CODE_FINDING)
    seq_like = bool(ints) and max(ints) <= 40 and len(set(ints)) >= min(len(ints), 2) * 0.8 and \
        sum(1 for a, b in zip(ints, ints[1:]) if b == a + 1) >= (len(ints) - 1) * 0.5
    return Column(types=types, filled=filled, rows=len(table.rows), seq_like=seq_like, tools=tools, garbled=garbled)


def code_then_finding(text: str, catalog: bool = True) -> bool:
    """Question codes followed by a finding (``i๑๒ หน่วยงานยังขาด…``); with ``catalog``, also
    one that reads as no question of the catalog (a finding may paraphrase its question).
    Every leading code is taken off first (``o26 o28 ยังไม่มี…``). A question row prints one
    code and that code's question: several codes, or a text closest to another code's
    question than the printed one's, are an analysis naming its questions (unknown titles:
    the cells alone must tell it from a question column)."""
    raw, rest = split_code_prefix(text)
    if raw is None:
        return False
    codes = [raw]
    while (nxt := split_code_prefix(rest))[0] is not None and len(codes) < 12:
        codes.append(nxt[0])
        rest = nxt[1]
    if tk.text_kind(rest) != tk.FINDING:
        return False
    if not catalog or len(codes) > 1:
        return True
    best = match_question_text(rest, None)
    if not best or best[0][1] < QUESTION_TEXT_MATCH:
        return True
    own, _ = canonical_code(raw)
    return own is not None and best[0][0] != own


def content_evidence(col: Column, code_finding: bool = True) -> dict[str, float]:
    """Every role's evidence from a column's cells; without ``code_finding`` its
    codes-then-finding cells do not speak for the analysis (``code_finding_counts``)."""
    if not col.filled:
        return {}
    frac = {k: v / col.filled for k, v in col.types.items() if k != ct.EMPTY}
    out: dict[str, float] = {}
    for role, weights in CONTENT.items():
        s = sum(frac.get(t, 0.0) * w for t, w in weights.items()
                if code_finding or role != "analysis" or t != CODE_FINDING)
        if role == "seq" and not col.seq_like:
            s = 0.0
        if role == "score" and col.seq_like and frac.get(ct.INT, 0) > 0.5:
            s *= 0.3
        if role in TEXT_ROLES:
            s -= 2.0 * sum(frac.get(t, 0.0) for t in NUMERIC)
            s -= 1.0 * frac.get(NO_FIELD, 0.0)  # "ดำเนินการต่อเนื่อง", amounts: a remark or budget column
        if role == "question" and frac.get(ct.CODE_TEXT, 0) + frac.get(ct.CODES, 0) < 0.2:
            s -= 1.0  # a question column prints question codes
        if role in ("score", "seq"):
            s -= 2.0 * (1 - sum(frac.get(t, 0.0) for t in NUMERIC | {ct.SUBTOTAL}))
        if role == "tool_score":
            # a tool-score column prints tools and numbers: one of question or indicator texts
            # is not one whatever its header says (``แบบวัด`` over ``i1 …`` rows)
            s -= TEXT_NOT_TOOL * (1 - sum(frac.get(t, 0.0) for t in NUMERIC | {ct.TOOL, ct.SUBTOTAL}))
        out[role] = s
    if col.tools:
        out["tool_score"] = out.get("tool_score", 0.0) + 1.5
    # a numeric column filled in a few rows only, beside many rows: values of spanned cells
    if col.rows >= 4 and col.filled <= max(3, col.rows // 3) and frac.get(ct.SCORE, 0) + frac.get(ct.TOOL, 0) >= 0.6:
        out["tool_score"] = max(out.get("tool_score", 0.0), 2.0)
    return out


CODE_FINDING_MAJORITY = 0.5  # share of a column's cells printing codes then a finding to make it the analysis


def _code_finding_share(col: Column) -> float:
    return col.types.get(CODE_FINDING, 0) / col.filled if col.filled else 0.0


def code_finding_counts(col: Column, h: dict[str, float], strongest: float) -> bool:
    """Do a column's codes-then-finding cells (``i7 o12 ผู้รับบริการ…``) speak for the
    analysis? Only when most of its cells start so, no other column of the table holds
    them more (``strongest``: the largest share of any column), and its header does not
    name the steps over the analysis (steps that name their questions, or a finding and
    its steps read as one column, are still steps)."""
    share = _code_finding_share(col)
    return (share >= CODE_FINDING_MAJORITY and share >= strongest
            and h.get("steps", 0.0) <= h.get("analysis", 0.0))


def _share(col: Column, kinds: tuple[str, ...]) -> float:
    return sum(col.types.get(k, 0) for k in kinds) / col.filled if col.filled else 0.0


def contested_roles(profiles: list[Column]) -> list[set[str]]:
    """Per column, the roles its header may claim but its cells contest: another column holds
    the role's own content in (nearly) every cell, this one in none of two or more filled cells
    (fresh35s 51109 p6, 200 dpi: ``ความสอดคล้องกับตัวชี้วัด`` read ``ความสอดุคล้องกับตัวชีวัด``
    named only the indicator, over prose cells, while the column beside, its title read
    ``ตัวขี้วัดการประเมิน``, printed ``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (64.94 คะแนน)`` in every row:
    the indicator column left unmapped and its scores lost unflagged)."""
    out: list[set[str]] = [set() for _ in profiles]
    for role, kinds in OWN_CONTENT.items():
        holders = [c for c, col in enumerate(profiles) if col.filled >= 2 and _share(col, kinds) >= HOLDS]
        if not holders:
            continue
        for c, col in enumerate(profiles):
            if c not in holders and col.filled >= 2 and _share(col, kinds) == 0.0:
                out[c].add(role)
    return out


def evidence_matrix(table) -> tuple[list[dict[str, float]], set[int]]:
    """Every role's evidence per column (header + cells + position), and the columns whose
    analysis evidence rests on their codes-then-finding cells under a header that does not
    name the analysis."""
    heads = column_headers(table.header, table.n_cols)
    profiles = [profile(table, c) for c in range(table.n_cols)]
    if any(col.filled and col.types.get(ct.CODE_TEXT, 0) >= QUESTION_ROWS * col.filled for col in profiles):
        # rows that print a question each: a tool's name over a score is no cell of theirs
        profiles = [profile(table, c, garbled_tools=False) if col.garbled else col for c, col in enumerate(profiles)]
    strongest = max((_code_finding_share(col) for col in profiles), default=0.0)
    contested = contested_roles(profiles)
    mat: list[dict[str, float]] = []
    on_content: set[int] = set()
    for c in range(table.n_cols):
        col = profiles[c]
        h = header_evidence(heads[c]) if heads[c] else {}
        h = {r: v * (1.0 - CONTESTED) if r in contested[c] else v for r, v in h.items()}
        counts = not col.types.get(CODE_FINDING) or code_finding_counts(col, h, strongest)
        body = content_evidence(col, code_finding=counts)
        if col.types.get(CODE_FINDING) and counts and not h.get("analysis"):
            on_content.add(c)
        s = {r: h.get(r, 0.0) + body.get(r, 0.0) for r in ROLES}
        if h and max(h.values()) >= STRONG:
            # a title that names its role outright counts against the roles it does not name
            s = {r: v if r in h else v - 1.0 for r, v in s.items()}
        if heads[c] and names_no_field(heads[c][0]):
            # a budget, target or remark column: only cells that clearly hold a field map it
            # (a remark column of follow-up notes is the follow-up)
            frac = {k: v / col.filled for k, v in col.types.items()} if col.filled else {}
            s = {r: v - NOT_DATA * (1.0 - frac.get(OWN_KIND.get(r, ""), 0.0)) for r, v in s.items()}
        if c == 0:
            s["seq"] += 0.5 if col.seq_like else 0.0
        if not col.filled and table.rows:
            s = {r: (v if r in h else 0.0) * 0.8 for r, v in s.items()}  # an empty column: header only
        mat.append(s)
    return mat, on_content


def _pairwise(roles: list[str]) -> float:
    bonus = 0.0
    pos = {r: i for i, r in enumerate(roles) if r}
    if "analysis" in pos and "measure" in pos and pos["analysis"] < pos["measure"]:
        bonus += 0.3
    if "indicator" in pos and "question" in pos and pos["indicator"] < pos["question"]:
        bonus += 0.2
    if "seq" in pos and pos["seq"] != min(pos.values()):
        bonus -= 0.5
    if "measure" not in pos and {"period", "responsible", "steps"} & set(pos) and "question" not in pos:
        bonus -= 3.0  # a measures table names its measures: some text column is the measure
    if "measure" in pos and not {"period", "responsible", "steps"} & set(pos) and "question" not in pos:
        bonus -= 1.5  # a measure column alone does not make a measures table
    return bonus


def best_assignment(mat: list[dict[str, float]], max_candidates: int = 4) -> list[str]:
    """Roles maximising total evidence + pairwise terms, each role at most once."""
    n = len(mat)
    cands = []
    for s in mat:
        # the measure may sit on little evidence of its own (a short text under an odd title):
        # the pairwise terms then decide whether a measures table needs it there
        ranked = sorted((r for r in ROLES if s[r] >= MIN_EVIDENCE or r == "measure" and s[r] >= 0.5),
                        key=lambda r: -s[r])[:max_candidates]
        cands.append(ranked + [""])
    best_any = [max([mat[c][r] for r in cands[c] if r] + [0.0]) for c in range(n)]
    suffix = [0.0] * (n + 1)
    for c in range(n - 1, -1, -1):
        suffix[c] = suffix[c + 1] + best_any[c]
    best: list = [float("-inf"), [""] * n]
    cur: list[str] = []
    used: set[str] = set()

    def dfs(c: int, total: float) -> None:
        if total + suffix[c] + 0.5 < best[0]:
            return
        if c == n:
            t = total + _pairwise(cur)
            if t > best[0] + 1e-9:
                best[0], best[1] = t, list(cur)
            return
        for r in cands[c]:
            if r and r in used:
                continue
            cur.append(r)
            if r:
                used.add(r)
            dfs(c + 1, total + (mat[c][r] if r else 0.0))
            cur.pop()
            if r:
                used.discard(r)

    dfs(0, 0.0)
    return best[1]


def assign(table) -> Assignment:
    """Column roles of a table (header and body), with evidence and quality."""
    mat, on_content = evidence_matrix(table)
    roles = best_assignment(mat)
    ev = [mat[c][r] if r else 0.0 for c, r in enumerate(roles)]
    mapped = [e for e in ev if e > 0]
    quality = round(sum(min(1.0, e / FULL_EVIDENCE) for e in mapped) / len(mapped), 3) if mapped else 0.0
    # the analysis told by its codes-then-finding cells alone (its header does not name it) is low evidence too
    flags = [f"role_low_evidence:{r}@c{c}" for c, (r, e) in enumerate(zip(roles, ev))
             if r and (e < LOW_EVIDENCE or r == "analysis" and c in on_content)]
    return Assignment(roles=roles, evidence=[round(e, 3) for e in ev], quality=quality, flags=flags, scores=mat)
