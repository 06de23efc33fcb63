"""Steps read into the wrong measure: a silent error the text CER alone hides.

A step of measure B read into measure A's row (a row boundary misplaced on a scan, a carried row
joined to the wrong measure) costs a few characters of CER in each row, and the pairing of rows by
text still pairs A with A: until 0.40.0 the scorer counted nothing else, so such a row, with no
flag about its steps, was a wrong value no headline showed (noted in the 0.39.0 closing note).

A step of an output row is *moved* when it is close to no step of the row's own expected measure
but close to a step of another expected measure of the document (steps shared by several measures,
boilerplate such as a report to the executive, match their own measure and are never counted).
Counted per step; ``steps_moved_unflagged`` are those of a row no check/problem flag warns about
its steps (the flag dictionary, ``corpus.score._warned``)."""
from __future__ import annotations

import re

from .distance import levenshtein

# a step counts as the same text when the edits of its head are at most this share of the head's
# length (OCR errors and a cut word stay the same step; another measure's step differs in most of
# its first words). Heads, because steps share long boilerplate tails (``… โดยให้ทุกส่วนราชการ
# รายงานผล…``) that make any two whole steps near.
NEAR = 0.2
HEAD = 40


def _norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip()


def _steps(m: dict) -> list[str]:
    raw = m.get("steps")
    items = [] if raw is None or isinstance(raw, (float, str)) else list(raw)
    return [t for t in (_norm(s) for s in items) if len(t) >= 8]  # a bullet or a number alone is no step


def near(a: str, b: str) -> bool:
    """Whether two steps are the same step (their heads near)."""
    a, b = a[:HEAD], b[:HEAD]
    return levenshtein(a, b) <= NEAR * max(len(a), len(b))


def moved_steps(pairs: list[tuple[dict, dict | None]]) -> list[tuple[dict, str, dict]]:
    """(output row, step text, the expected measure the step belongs to) of every moved step of
    the matched ``pairs`` (expected, output) of one document."""
    expected = [e for e, _ in pairs]
    out = []
    for e, g in pairs:
        if g is None:
            continue
        own = _steps(e)
        for step in _steps(g):
            if any(near(step, s) for s in own):
                continue
            home = next((o for o in expected if o is not e and any(near(step, s) for s in _steps(o))), None)
            if home is not None:
                out.append((g, step, home))
    return out


def score_moved_steps(res: dict, pairs: list[tuple[dict, dict | None]], warned) -> None:
    """Count the moved steps of one document into ``res`` (``steps_moved``, ``steps_moved_unflagged``)
    with a detail line each; ``warned(row)`` says whether a flag of the row warns about its steps."""
    for g, step, home in moved_steps(pairs):
        silent = not warned(g)
        res["steps_moved"] += 1
        res["steps_moved_unflagged"] += silent
        res["detail"].append(f"step of another measure in seq {g.get('seq')}: {step[:60]} (belongs to "
                             f"{_norm(home.get('measure'))[:40]}){' [SILENT]' if silent else ''}")
