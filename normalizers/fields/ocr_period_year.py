"""An OCR'd period side lost to a year no plan can have, read again without that "year".

``periods._resolve_dates`` nulls a side whose year is more than 4 years from the plan year
(``period_year_implausible``). On a scan the "year" is, far more often than a typo, one of two
OCR garbles, each told by what follows the number:

- the day of the range's second date, whose month OCR garbled past reading (``1 มี.ค ๓0 ne. ๖7``
  for ``1 มี.ค. - 30 ก.ย. 67``: dev fresh34s 49113 p5; ``เม.ย. 30 1.8.67``: dev u48b 48208):
  30 read as the first date's year 2530, both sides null;
- a year with a glyph OCR made of one of its digits (``มิถุนายน 25d8 - กรกฎาคม 2๕๖8``: dev
  fresh34s 49106 p5), its first two digits read as the year 2525, the start null.

The number (with what is glued to it) is taken out and the period read again: the side then
takes its year as a side without one does (from the other side, or the plan year, flagged
``period_year_from_plan``); the unread second date stays null with its own flag. Taken only when
the reading gives that side a date, keeps every date the first reading had, and has no
implausible year left; flagged ``period_year_garbled:<printed>`` (check). Only OCR'd cells.

Pure: no I/O.
"""
from __future__ import annotations

import re
from typing import Callable

IMPLAUSIBLE = "period_year_implausible:"
GARBLED = "period_year_garbled"
_RUN = re.compile(r"\S*")
_GLYPH_YEAR = re.compile(r"25(?=[0-9]?[A-Za-z\u0e01-\u0e2e])[0-9A-Za-z\u0e01-\u0e2e]{2}")


def _dates(p) -> int:
    return (p.start is not None) + (p.end is not None)


def without_garbled_year(p, text: str, toks: list, reparse: Callable):
    """``p`` read again from ``text`` (the cleaned text it was read from, ``toks`` its date
    tokens) with each implausible year's token taken out (``reparse(text) -> Period``)."""
    bad = {f[len(IMPLAUSIBLE):] for f in p.flags if f.startswith(IMPLAUSIBLE)}
    if not bad or _dates(p) == 2:
        return p
    cuts = []
    for tok in toks:
        if tok.year_txt is None or str(tok.year) not in bad:
            continue
        end = _RUN.match(text, tok.year_pos).end()
        # ``25d8``: a B.E. year 25xx with a glyph OCR made of a digit (read as the year 2525)
        glued = tok.year_txt == "25" and bool(_GLYPH_YEAR.fullmatch(text[tok.year_pos:end]))
        later = [t for t in toks if t.pos > tok.pos]
        # ``30 ne. 67``: a day, then a date no month of which was read
        day = len(tok.year_txt) == 2 and int(tok.year_txt, 10) <= 31 and not later and bool(text[end:].strip())
        if glued or day:
            cuts.append((tok.year_pos, end, glued))
    if not cuts:
        return p
    cut = text
    for a, b, _ in sorted(cuts, reverse=True):
        cut = cut[:a] + " " + cut[b:]
    q = reparse(cut)
    if _dates(q) <= _dates(p) or any(f.startswith(IMPLAUSIBLE) for f in q.flags):
        return p
    if not all(g for _, _, g in cuts) and not any(f.startswith("period_end_unreadable") for f in q.flags):
        return p  # a day's second date must be there, unread
    if (p.start is not None and q.start != p.start) or (p.end is not None and q.end != p.end):
        return p
    printed = ",".join(text[a:b] for a, b, _ in sorted(cuts))
    return type(p)(q.start, q.end, list(dict.fromkeys(q.flags + [f"{GARBLED}:{printed}"])))
