"""A tool score its key/value line prints past reading, read back from the weighted overall.

The overall score is 0.3·IIT + 0.3·EIT + 0.4·OIT (``checks.WEIGHTS``) to two decimals. Where a
scan's summary line prints one tool's score garbled (``EIT ๑๕๓.๓๐`` for 83.30: a digit read as
two; ``OIT ฒฒ.ฒฒ`` for 77.77: ``๗`` read as the letter ``ฒ``) and the overall and the two other
tools are read, the two-decimal values that make the weighted sum hold (within
``checks.TOL_EXACT``) are a handful a few hundredths apart; the garbled print keeps enough of
the value (its decimals, letters Tesseract reads for a digit) to leave one of them. That one is
taken, flagged ``<tool>_score_from_overall:<printed>-><value>`` (check); none or several: the
score stays null (its loss is flagged where it was read: ``keyvalue_unreadable``).

Pure: no I/O.
"""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.records.checks import TOL_EXACT, WEIGHTS

# Thai letters and Latin characters Tesseract's Thai model writes for a Thai digit (it has no
# ๔ ๖ ๗ ๘ ๙; ``๗`` comes out ``ฒ``, ``o``, ``๒``; ``๐`` ``o``/``O``; ``๑`` ``l``/``I``)
DIGIT_LOOKALIKES = {"ฒ": "27", "o": "0", "O": "0", "l": "1", "I": "1", "|": "1", "S": "5", "s": "5"}


def _agrees(printed: str, value: str) -> bool:
    """Whether a garbled print (ASCII digits) can be the two-decimal ``value``: its decimals
    digit for digit (a look-alike letter standing for its digits); its whole part likewise, or
    one character longer with the same last digit (a digit read as two: ``153`` for ``83``)."""
    m = re.fullmatch(r"(\S{1,3})[.,](\S{2})", printed)
    if not m:
        return False
    whole, dec = value.split(".")
    ok = lambda p, d: p == d or d in DIGIT_LOOKALIKES.get(p, "")  # noqa: E731
    if not all(ok(p, d) for p, d in zip(m.group(2), dec)):
        return False
    got = m.group(1)
    if len(got) == len(whole):
        return all(ok(p, d) for p, d in zip(got, whole))
    return len(got) == len(whole) + 1 and got[-1] == whole[-1] and got[-1].isdigit()


def read_back(tool: str, printed: str, tools: dict[str, float], overall: float | None) -> float | None:
    """The one two-decimal value of ``tool`` that the weighted overall holds and the garbled
    ``printed`` agrees with, else None."""
    others = [t for t in WEIGHTS if t != tool]
    if overall is None or tool in tools or any(t not in tools for t in others):
        return None
    rest = sum(WEIGHTS[t] * tools[t] for t in others)
    centre = (overall - rest) / WEIGHTS[tool]
    span = TOL_EXACT / WEIGHTS[tool]
    printed = to_ascii_digits(printed.strip())
    fits = []
    for cents in range(int((centre - span) * 100) - 1, int((centre + span) * 100) + 2):
        v = cents / 100
        if 0 <= v <= 100 and abs(WEIGHTS[tool] * v + rest - overall) <= TOL_EXACT and _agrees(printed, f"{v:.2f}"):
            fits.append(v)
    return fits[0] if len(fits) == 1 else None


def read_back_tools(printed: dict[str, tuple[str, int]], tools: dict[str, float], overall: float | None) -> list[str]:
    """Fill ``tools`` in place with each garbled tool score (``printed``: tool -> (print, page)) that
    ``read_back`` reads; the document flags saying so."""
    flags = []
    for tool, (text, _) in sorted(printed.items()):
        if (v := read_back(tool, text, tools, overall)) is not None:
            tools[tool] = v
            flags.append(f"{tool.lower()}_score_from_overall:{text}->{v:.2f}")
    return flags
