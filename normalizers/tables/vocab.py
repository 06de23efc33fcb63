"""The header vocabulary (``normalizers/data/header_vocab.json``) and how a header cell
matches it: evidence per role, never a single first-matching keyword.

A header cell's words are matched with whitespace removed (and, for broken text layers,
with SARA AA/AM and marks dropped). Within one cell the most specific match (highest weight,
then longest word) gives its role full weight and every other role it matches ``SECONDARY``, so
``ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ`` speaks for ``measure_analysis`` first.
A cell naming a grouping (``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) speaks for no role.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.tables.text import loose, squash

VOCAB_PATH = Path(__file__).resolve().parents[1] / "data" / "header_vocab.json"
STRONG, WEAK = 3.0, 1.0
SECONDARY = 0.3  # weight of the other roles a header cell also names


@dataclass(frozen=True)
class Vocab:
    words: tuple[tuple[str, str, float, str], ...]  # (role, word, weight, loose word)
    exact: dict
    group: tuple[str, ...]
    roles: tuple[str, ...]
    not_own: tuple[str, ...] = ()
    header_row_words: tuple[str, ...] = ()
    not_data: tuple[str, ...] = ()
    title_words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(VOCAB_PATH.read_text(encoding="utf-8"))


def role_words(role: str, kind: str) -> tuple[str, ...]:
    """One role's header words of one kind (``strong`` / ``weak``), whitespace removed."""
    return tuple(squash(w[0] if isinstance(w, list) else w) for w in _data()["roles"][role].get(kind, []))


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    d = _data()
    words = []
    for role, kinds in d["roles"].items():
        for kind, default in (("strong", STRONG), ("weak", WEAK)):
            for w in kinds.get(kind, []):
                word, weight = (w[0], float(w[1])) if isinstance(w, list) else (w, default)
                words.append((role, squash(word), weight, loose(squash(word))))
    return Vocab(words=tuple(words), exact={squash(k): v for k, v in d["exact"].items()},
                 group=tuple(squash(g) for g in d["group"]), roles=tuple(d["roles"]),
                 not_own=tuple(squash(w) for w in d.get("not_own", [])),
                 header_row_words=tuple(squash(w) for w in d.get("header_row_words", [])),
                 not_data=tuple(squash(w) for w in d.get("not_data", [])),
                 title_words=tuple(squash(w) for w in d.get("title_words", [])))


def names_other_scores(levels: list[str]) -> bool:
    """Whether a score column's header says its scores are not the document's own
    (``ค่าเฉลี่ยระดับประเทศ``, ``ปีที่ผ่านมา``)."""
    return any(w in squash(h) for h in levels for w in vocab().not_own)


def names_no_field(text: str) -> bool:
    """Whether a header cell names a column that holds no field (``งบประมาณ``, ``หมายเหตุ``,
    ``ตัวชี้วัดความสำเร็จ``): a ``not_data`` word occurs in it, is not part of a role word that
    matches there (``ปีงบประมาณ``), and no longer role word matches."""
    t = squash(text)
    if not t:
        return False
    v = vocab()
    hits = [w for w in v.not_data if w in t]
    if not hits:
        return False
    longest = max(len(w) for w in hits)
    for _, w, _, _ in v.words:
        if w and w in t and (len(w) > longest or any(h in w for h in hits)):
            return False
    return True


def header_words(min_weight: float = STRONG) -> tuple[str, ...]:
    """Words that name a role by themselves (used to tell a header row from a body row)."""
    return tuple(dict.fromkeys(w for _, w, wt, _ in vocab().words if wt >= min_weight))


def is_group_cell(text: str) -> bool:
    t = squash(text)
    return bool(t) and any(g in t for g in vocab().group)


@lru_cache(maxsize=4096)
def cell_evidence(text: str) -> tuple[tuple[str, float], ...]:
    """(role, weight) evidence of one header cell's text. A cell whose parts are joined by
    ``/`` (``ข้อคำถาม/ตัวชี้วัด``) speaks fully for the top role of each part."""
    t = squash(text)
    if not t:
        return ()
    ev = _cell_evidence(t)
    if _LATIN.search(t):
        # a Thai word read as Latin letters on a scan (``แนวทางการดำเนิน ms``, only ``แนวทาง``
        # named the measure): the cell read with the word too (``ocr_confusions.json`` latin_words)
        mended = _LATIN.sub(lambda m: _latin_words().get(m.group(0).lower(), m.group(0)), t)
        if mended != t:
            out = dict(ev)
            for r, w in _cell_evidence(mended):
                out[r] = max(out.get(r, 0.0), w)
            ev = tuple(sorted(out.items()))
    if not ev or max(w for _, w in ev) < STRONG:
        # a consonant of a role word read as its look-alike (``แนวทางการคำเนินการ``: ด read ค, dev scan 57209
        # p5, 200 dpi: the steps column unmapped and two measures' steps lost): the cell matched with each
        # consonant taken for its look-alike class (``ocr_confusions.json`` lookalike), long strong words only
        folded = _folded_evidence(t)
        if folded:  # the most specific match: the roles the cell named as read are secondary
            out = {r: w * SECONDARY for r, w in ev}
            for r, w in folded:
                out[r] = w
            ev = tuple(sorted(out.items()))
    return ev


FOLD_MIN = 6  # letters of a role word matched with look-alike consonants folded


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    classes = json.loads(_CONFUSIONS_PATH.read_text(encoding="utf-8"))["lookalike"]
    return {ord(c): cls[0] for cls in classes for c in cls}


def _fold(s: str) -> str:
    return s.translate(_fold_table())


def _folded_evidence(t: str) -> tuple[tuple[str, float], ...]:
    """The role of the longest strong word the cell prints up to look-alike consonants, none if none."""
    if is_group_cell(t):
        return ()
    ft = _fold(t)
    best = None
    for r, w, weight, _ in vocab().words:
        if weight >= STRONG and len(w) >= FOLD_MIN and w not in t and _fold(w) in ft:
            if best is None or (weight, len(w)) > best[1:]:
                best = (r, weight, len(w))
    return ((best[0], best[1]),) if best else ()


_LATIN = re.compile(r"[A-Za-z]+")
_CONFUSIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "ocr_confusions.json"


@lru_cache(maxsize=1)
def _latin_words() -> dict[str, str]:
    words = json.loads(_CONFUSIONS_PATH.read_text(encoding="utf-8"))["latin_words"]
    return {k: v for k, v in words.items() if not k.startswith("_")}


def _cell_evidence(t: str) -> tuple[tuple[str, float], ...]:
    if is_group_cell(t):
        return _under_group(t)
    v = vocab()
    role = v.exact.get(t)
    if role:
        return ((role, STRONG + 0.5),)
    parts = [p for p in t.split("/") if p]
    if len(parts) > 1:
        out: dict[str, float] = {}
        for ev in [_part_evidence(t)] + [_part_evidence(p) for p in parts]:
            for r, w in ev:
                out[r] = max(out.get(r, 0.0), w)
        return tuple(sorted(out.items()))
    return _part_evidence(t)


def _under_group(t: str) -> tuple[tuple[str, float], ...]:
    """A group title read in one cell with the sub-column title under it (a scanned two-level
    header whose two rows OCR read as one: ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติวิธีการดำเนินการ``,
    dev seed 18008 scanned, the steps column left unmapped): the sub-title's evidence when, the
    group words taken out, it names a role strongly; else none (a group cell titles no column)."""
    rest = t
    for g in sorted(vocab().group, key=len, reverse=True):
        rest = rest.replace(g, " ")
    rest = "".join(rest.split())
    if len(rest) < 4:
        return ()
    ev = cell_evidence(rest)
    return ev if ev and max(w for _, w in ev) >= STRONG else ()


def _part_evidence(t: str) -> tuple[tuple[str, float], ...]:
    v = vocab()
    tl = loose(t)
    best: dict[str, tuple[float, int]] = {}
    for r, w, weight, wl in v.words:
        if w and (w in t or (len(wl) >= 3 and wl in tl)):
            key = (weight, len(w))
            if r not in best or key > best[r]:
                best[r] = key
    if not best or max(wt for wt, _ in best.values()) < STRONG:
        # ``ประเด็นข้อคำถา``: a title whose last letter the table finder read as a body row
        for r, w, weight, _ in v.words:
            if weight >= STRONG and _cut_at_end(t, w) and (r not in best or best[r][0] < weight * CUT_WORD):
                best[r] = (weight * CUT_WORD, len(w) - 1)
    if not best:
        return ()
    top = max(best, key=lambda r: best[r])
    return tuple((r, wt if r == top else wt * SECONDARY) for r, (wt, _) in sorted(best.items()))


CUT_WORD = 0.8  # weight of a strong word the cell prints cut short at its end
CUT_MIN = 4  # letters of the word left


def _cut_at_end(t: str, w: str) -> bool:
    """Whether the cell ends with ``w`` cut short by its last letter (a header title whose
    last wrapped letters the table finder read as a body row)."""
    return len(w) - 1 >= CUT_MIN and t.endswith(w[:-1])


def header_evidence(levels: list[str]) -> dict[str, float]:
    """Role → evidence from a column's header texts, most specific level first: the
    sub-column's own cell counts fully, the cells above it (which may group several
    sub-columns) a third."""
    out: dict[str, float] = {}
    for k, text in enumerate(levels):
        factor = 1.0 if k == 0 else 0.35
        for role, w in cell_evidence(text):
            out[role] = max(out.get(role, 0.0), w * factor)
    return out
