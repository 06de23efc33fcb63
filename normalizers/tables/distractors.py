"""Tables of scores that are not the document's own, told apart from tables the parser did not
understand: other bodies' scores (``เทศบาลตำบลบ้านแพง | 62.69 | D``, one row per body) and
national or provincial averages (``ค่าเฉลี่ยระดับประเทศ | IIT | EIT | OIT | รวม``). A report prints
them beside its own results; they are never read, and they do not make the document partial
(dev seeds 17179 html, 17345 docx: ``unmapped_table`` although nothing of the report was lost).
The methodology's tables (the AA-F band table, weights and averaging) are distractors as well."""

from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.orgs import ABBREVIATIONS, ORG_TYPES
from normalizers.tables.grid import Table
from normalizers.tables.text import squash
from normalizers.tables.vocab import names_other_scores

_SCORE = re.compile(r"^\(?[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}\)?$")
_ORG_HEADS = tuple(squash(x) for x in (*ORG_TYPES, *ABBREVIATIONS))
MIN_BODIES = 2  # rows naming a body with a score: one row is no table of bodies


def _body_row(cells: list[str]) -> str | None:
    """The body a row names in its first filled cell (an organisation's title first), when
    the row also prints a score; else None."""
    filled = [squash(c) for c in cells if c.strip()]
    if len(filled) < 2 or not filled[0].startswith(_ORG_HEADS) or not any(_SCORE.match(c) for c in filled[1:]):
        return None
    return filled[0]


def others_scores_table(t: Table, own_org: str | None) -> bool:
    """Whether ``t`` (a table no reader took) holds only scores that are not the document's own:
    its header names an average or another body's scores (``not_own`` words), or every body
    row names an organisation other than the document's own, with a score beside it."""
    heads = [x for row in t.header for x in row if x.strip()]
    first = [next((c for c in r.cells if c.strip()), "") for r in t.rows[:1]]
    if heads and names_other_scores(heads[:1]) or not heads and first and names_other_scores(first):
        return True
    rows = [r for r in t.rows if any(c.strip() for c in r.cells)]
    bodies = [_body_row(r.cells) for r in rows]
    own = squash(own_org or "")
    return len(rows) >= MIN_BODIES and all(b is not None for b in bodies) \
        and not any(own and (own in b or b in own) for b in bodies)


# the methodology's band table (AA 95–100 …) and the assessment method explained as a table: distractors too
_BAND = re.compile(r"[0-9]{1,3}(?:\.[0-9]+)?\s*[-–]\s*[0-9]{2,3}(?:\.[0-9]+)?\s*\|?\s*(?:AA|A|B|C|D|E|F|ผ่าน)|(?:AA|ผ่านดีเยี่ยม)\s*\|?\s*[0-9]{2}")


def is_band_table(t: Table) -> bool:
    """The methodology's band table (AA 95–100 …): a distractor, not data."""
    text = to_ascii_digits(" | ".join(" | ".join(r.cells) for r in t.rows) + " | ".join(" | ".join(h) for h in t.header))
    return len(_BAND.findall(text)) >= 2 and len(t.rows) <= 12


_METHOD_WORDS = ("คะแนนเฉลี่ย", "น้ำหนัก", "ถ่วงน้ำหนัก", "ร้อยละ30", "ร้อยละ40", "เกณฑ์การประเมิน")


def is_methodology_table(t: Table) -> bool:
    """The assessment method explained as a table (weights, averaging): not data."""
    text = squash(to_ascii_digits(" ".join(" ".join(r.cells) for r in t.rows) + " ".join(" ".join(h) for h in t.header)))
    return sum(1 for w in _METHOD_WORDS if w in text) >= 2
