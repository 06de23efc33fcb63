"""Tool scores a document's own tables print, whether or not a reader took them.

A tool score printed in a table but read by nobody is a value lost: a results table whose tool
cells span indicator rows, OCR'd in pieces (fresh18s 18507: ``EIT`` in one cell, ``๘7.30`` in the
cell below, IIT/EIT/OIT null in an ``ok`` document). The evidence is a body cell that is a tool's
name (``EIT``, ``(OIT)``), alone or with a score, and a score in the same cell or the cell below
it in the same column. Header cells are no evidence (``คะแนน IIT`` heads a column of question
scores), nor tables of other bodies' scores."""

from __future__ import annotations

import re

from normalizers.fields.numbers import parse_score, score_before_noise
from normalizers.tables.grid import Table
from normalizers.tables.text import squash

_TOOL_CELL = re.compile(r"^\(?(IIT|EIT|OIT)\)?")
_MAX_CELL = 16  # a tool's name and its score, squashed: ``(EIT)87.30``


def printed_tools(tables: list[Table]) -> dict[str, int]:
    """tool -> first page where a body cell names the tool with a score in it or under it."""
    out: dict[str, int] = {}
    for t in tables:
        for r, row in enumerate(t.rows):
            for c, cell in enumerate(row.cells):
                s = squash(cell).upper()
                m = _TOOL_CELL.match(s)
                if not m or len(s) > _MAX_CELL:
                    continue
                nxt = t.rows[r + 1].cells if r + 1 < len(t.rows) else []
                below = nxt[c] if c < len(nxt) else ""
                if parse_score(s[m.end():])[0] is not None or score_before_noise(s[m.end():])[0] is not None \
                        or parse_score(below)[0] is not None:
                    out.setdefault(m.group(1), row.page)
    return out


def unread_tool_flags(tables: list[Table], document: dict) -> list[str]:
    """``<tool>_score_unread:p<n>`` for each tool a table prints with a score that the document
    has no score for."""
    return [f"{tool.lower()}_score_unread:p{page}" for tool, page in sorted(printed_tools(tables).items())
            if document.get(f"{tool.lower()}_score") is None]
