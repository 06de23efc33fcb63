"""Repair broken Thai text from PDF text layers and OCR, losing nothing.

Public API (stable): ``repair``, ``repair_cell``, ``assess`` / ``TextQuality``,
``repair_stream``. All pure except ``repair_stream``.

The stages live in modules of their own: ``thai_signs`` (what a text shows of its
breakage), ``thai_exact`` (stage 1), ``thai_climb`` (stage 2 on one Thai run),
``thai_float`` (marks a reader set apart from their base), ``thai_lines`` (a text, line by
line), ``thai_cells`` (a table cell), ``thai_assess`` (text layer or OCR).

Two stages:
1. Exact, table-driven fixes that are safe on any text (PUA presentation forms,
   SARA AM composition, Lao lookalikes in Thai runs, zero-width characters,
   spaces before combining marks, mark order/duplicates, ``เเ``).
2. Dictionary decisions (``normalizers.thai.thai_dict``) for what is ambiguous —
   lost/extra SARA AM, marks attached to the wrong consonant, ``ู``/tone
   confusions, artefact spaces — run only where the text shows breakage, so
   clean text takes a fast path and is returned unchanged.
Thai digits are never converted; NFKC is never applied; nothing is deleted
except zero-width characters, duplicated marks and artefact whitespace.
"""

from __future__ import annotations

import re

from normalizers.thai import thai_cid, thai_climb, thai_dict
from normalizers.thai.thai_aa_glyph import unname as unname_aa  # not compiled (mypyc: imported as Any)
from normalizers.thai.thai_u_glyph import unname as unname_u  # not compiled (mypyc: imported as Any)
from normalizers.thai.thai_quote_glyph import unname as unname_quote  # not compiled (mypyc: imported as Any)
from normalizers.thai.thai_assess import TextQuality, assess
from normalizers.thai.thai_cells import repair_cell
from normalizers.thai.thai_lines import repair_lines
from normalizers.thai.thai_signs import RX_FAST

__all__ = ["repair", "repair_block", "repair_cell", "assess", "TextQuality", "repair_stream", "clear_caches"]


def clear_caches() -> None:
    """Forget every memoised result of the repair and of ``thai_dict`` (for benchmarks of cold runs)."""
    thai_dict.clear_caches()
    thai_climb.clear_caches()


def repair(text: str) -> str:
    """Repair a Thai text layer or OCR output. Pure; keeps the number of lines;
    returns clean text unchanged (same object)."""
    if not text:
        return text
    if "(cid:" in text:  # a glyph the text layer left unnamed, decided by the dictionary
        # (the SARA U glyph named by a tone first: LibreOffice's PDFs show both, thai_u_glyph)
        return thai_cid.fill(unname_u(unname_quote(text)), _repair)
    # the SARA AA glyph named by the SARA AM cluster it was first drawn in (``กำร``): read as
    # ``า`` whose ``ำ`` lost its nikhahit, which the stages below decide (thai_aa_glyph)
    # (the high MAI THO's glyph named ``"``: thai_quote_glyph)
    return _repair(unname_aa(unname_quote(text)))


def _repair(text: str) -> str:
    if not RX_FAST.search(text):
        return text
    return repair_lines(text, set())


BLOCK_BYTES = 256_000  # ``repair_stream`` / ``ita repair`` repair at most about this much as one text


# SARA AM typed as nikhahit + SARA AA (a tone before or between them): what ``repair``
# composes to (tone +) ``ำ``
_RX_TYPED_AM = re.compile("([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def _composed(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)) + "\u0e33" if not (m.group(1) and m.group(2)) else m.group(0)


def as_typed(raw: str, fixed: str) -> str:
    """``raw`` itself when all ``repair`` changed in it is a SARA AM typed as ``ํ`` + ``า``
    (``ทําเนียบ``), else ``fixed``."""
    if fixed == raw or "\u0e4d" not in raw:
        return fixed
    return raw if _RX_TYPED_AM.sub(_composed, raw) == fixed else fixed


def typed_am(text: str) -> bool:
    """Whether the ``ํ`` + ``า`` of ``text`` were typed so (a few words among many ``ำ``) rather
    than a reader's way of spelling every ``ำ`` out (the G5 PDFs of docs/thai_repair.md: 359
    ``ํา`` in one gazette, every SARA AM of a Word 2010 form): ``ำ`` typed composed outnumbers
    them."""
    spelled = len(_RX_TYPED_AM.findall(text))
    return 0 < spelled < text.count("\u0e33")


def repair_block(lines: list[str]) -> list[str]:
    """Repair lines (without their line ends) as one text, as ``repair`` repairs a page,
    and give one line back per line. ``ita repair`` keeps clean Thai byte-identical: where the
    text's ``ํ`` + ``า`` were typed so (``typed_am``), a line whose only change would be their
    composition stays as typed (``as_typed``; the pipeline stores ``ำ`` composed, as the dataset
    contract says: docs/thai_repair.md)."""
    if not lines:
        return []
    text = "\n".join(lines)
    fixed = repair(text).split("\n")
    if len(fixed) != len(lines):  # repair keeps the line count; never lose a line if not
        fixed = [repair(x) for x in lines]
    if "\u0e4d" in text and typed_am(text):
        fixed = [as_typed(r, f) for r, f in zip(lines, fixed)]
    return fixed


def repair_stream(inp, out) -> None:
    """``ita repair``: read UTF-8 lines from ``inp``, write them repaired to ``out`` (same
    number of lines, same order), repaired as one text a page at a time (a block ends
    before a line that starts with a form feed, or after about ``BLOCK_BYTES``)."""
    block: list[str] = []
    ends: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        out.write("".join(f + e for f, e in zip(repair_block(block), ends)))
        block.clear()
        ends.clear()
        size = 0

    for line in inp:
        body = line.rstrip("\r\n")
        if block and (body.startswith("\f") or size > BLOCK_BYTES):
            flush()
        block.append(body)
        ends.append(line[len(body):])
        size += len(line)
    flush()
