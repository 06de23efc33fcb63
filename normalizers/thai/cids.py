"""A glyph the text layer could not map, printed by pdfplumber as ``(cid:N)``.

A Word export through LibreOffice sometimes subsets a Thai font so that one glyph, SARA AA
(``า``), has no Unicode mapping: the text layer then reads ``ผลก(cid:13)รประเมิน`` for
``ผลการประเมิน`` and ``อำ(cid:13)เภอ`` for ``อำเภอ`` (after ``ำ`` the glyph is the second half
of SARA AM, already read). The CID number depends on the font subset, so the glyph is decided
from evidence in the text itself: a CID that stands between ``ก`` and ``ร`` at least twice
(``การ``, the most frequent word of these reports) is SARA AA. Other CIDs are left as they are.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from normalizers.thai.thai_aa_glyph import aa_name, unname_as

_CID = re.compile(r"\(cid:([0-9]+)\)")
_IN_KAN = re.compile(r"ก\(cid:([0-9]+)\)ร")
MIN_EVIDENCE = 2


def sara_aa_cid(text: str) -> str | None:
    """The CID number that stands for ``า`` in this text, if the text proves one."""
    votes = Counter(_IN_KAN.findall(text or ""))
    if not votes:
        return None
    cid, n = votes.most_common(1)[0]
    return cid if n >= MIN_EVIDENCE else None


def fill_sara_aa(text: str, cid: str | None = None) -> str:
    """``text`` with the CID proven to be ``า`` (by ``text`` itself, or ``cid`` given) written
    as ``า`` (dropped right after ``ำ``)."""
    cid = cid or sara_aa_cid(text)
    if cid is None or not text or "(cid:" not in text:
        return text

    def sub(m: re.Match) -> str:
        if m.group(1) != cid:
            return m.group(0)
        return "" if m.start() > 0 and text[m.start() - 1] == "ำ" else "า"

    return _CID.sub(sub, text)


def fill_extraction(ex):
    """(extraction, flags): the document's page texts and table cells with the CID its text
    proves to be ``า`` filled in, and with the SARA AM name its text shows the SARA AA glyph
    under written back as ``า`` (``unname_extraction``; a copy: the extraction given is not
    changed)."""
    cid = sara_aa_cid("\n".join((p.full_text or p.text or "") for p in ex.pages))
    flags = []
    if cid is not None:
        pages = [replace(p, text=fill_sara_aa(p.text, cid), full_text=fill_sara_aa(p.full_text, cid)) for p in ex.pages]
        tables = [replace(t, rows=[[fill_sara_aa(c, cid) if c else c for c in row] for row in t.rows]) for t in ex.tables]
        ex, flags = replace(ex, pages=pages, tables=tables), [f"glyph_read_as_sara_aa:cid{cid}"]
    ex, named = unname_extraction(ex)
    return ex, flags + named


def unname_extraction(ex):
    """(extraction, flags): where the document's text as a whole shows its SARA AA glyph named by
    a SARA AM cluster (``thai_aa_glyph.aa_name``: ``กำร`` for ``การ`` in every page, a WeasyPrint
    or Pango PDF that drew ``ำ`` before any ``า``), every page text and table cell with that name
    written back as ``า`` (the dictionary then puts a real ``ำ`` back where the word needs it). The
    decision is the document's: ``repair`` makes it for a page's text, but a table cell alone is
    too short to show it (``ผลกำรประเมิน`` stayed so, with no flag)."""
    name = aa_name("\n".join((p.full_text or p.text or "") for p in ex.pages))
    if name is None:
        return ex, []
    pages = [replace(p, text=unname_as(p.text, name), full_text=unname_as(p.full_text, name)) for p in ex.pages]
    tables = [replace(t, rows=[[unname_as(c, name) if c else c for c in row] for row in t.rows]) for t in ex.tables]
    return replace(ex, pages=pages, tables=tables), ["glyph_read_as_sara_aa:sara_am_name"]
