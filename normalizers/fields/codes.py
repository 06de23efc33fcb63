"""ITA question codes: shape repair (``i๑๒``, ``1๒``, ``๐๒๓``), per-year catalogs, and
recovery of misprinted codes from the question text.

Canonical codes are lowercase ASCII ``i1``..``i30``, ``e1``..``e15``, ``o1``..``o43``.
Catalogs are data files, one per questionnaire edition (``normalizers/fields/catalogs/*.json``),
with the year -> edition mapping in ``catalogs/editions.json``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.fields.numbers import to_ascii_digits

RANGES = {"i": 30, "e": 15, "o": 43}
TOOL_PREFIX = {"IIT": "i", "EIT": "e", "OIT": "o"}
_CATALOG_DIR = Path(__file__).with_name("catalogs")

_TH_DIGIT = "๐-๙"
_ANY_DIGIT = "0-9๐-๙"
# shapes, tried on the stripped raw token (original script kept, so Thai-vs-ASCII is visible)
_RX_LETTER = re.compile(rf"^([iIeEoO])[\s.\-]*([{_ANY_DIGIT}]{{1,2}})$")
_RX_ZERO_O = re.compile(rf"^[0๐]([{_ANY_DIGIT}]{{1,2}})$")  # ๐๒๓ / 023 / 06 -> o
# 1๒ -> i2 (ASCII 1 for 'i'); the second digit in either script: OCR gives the digits Tesseract's
# Thai model cannot output (๔ ๖ ๗ ๘ ๙) in Arabic (``|1๑8`` for ``i๑๘``, dev seed 18803 scanned page 3)
_RX_ONE_I = re.compile(rf"^[1lI|]([{_TH_DIGIT}][{_ANY_DIGIT}]?)$")
_RX_BARE = re.compile(rf"^([{_ANY_DIGIT}]{{1,3}})$")
# OCR of an ``i`` as two glyphs, its dot or stem read ``[`` or ``บ`` and the rest ``1``:
# ``[114`` -> i14, ``บ111`` -> i11 (no printed code or Thai word starts so)
_I_GLYPHS = r"[\[บ]1"
_RX_SPLIT_I = re.compile(rf"^{_I_GLYPHS}([{_ANY_DIGIT}]{{1,2}})$")


def _num(s: str) -> int:
    """Integer value of a string of ASCII/Thai digits (validated by the caller's regex)."""
    return int(to_ascii_digits(s), 10)


def _in_range(prefix: str, n: int) -> bool:
    return 1 <= n <= RANGES[prefix]


def canonical_code(raw: str | None, tool_hint: str | None = None) -> tuple[str | None, list[str]]:
    """Repair the shape of a printed question code.

    ``i๑๒``/``I12``/``i 12`` -> i12; ``e๕`` -> e5; ``1๒`` -> i2 (flag); ``๐๒๓``/``O23``/``023``
    -> o23 (``๐``/``0`` for o is flagged); a bare number uses ``tool_hint`` (IIT/EIT/OIT),
    flagged, else None. Out-of-range codes (i>30, e>15, o>43) are None with a flag.
    """
    if raw is None or not raw.strip():
        return None, ["code_missing"]
    tok = re.sub(r"\s+", " ", raw.strip()).strip(".:)( ")
    flags: list[str] = []
    m = _RX_LETTER.match(tok)
    if m:
        prefix, n = m.group(1).lower(), _num(m.group(2))
        if m.group(1).isupper():
            flags.append(f"code_case:{tok}")
    elif (m := _RX_ZERO_O.match(tok)):
        prefix, n = "o", _num(m.group(1))
        flags.append(f"code_repaired:{tok}->o{n}")
    elif (m := _RX_ONE_I.match(tok)):
        prefix, n = "i", _num(m.group(1))
        flags.append(f"code_repaired:{tok}->i{n}")
    elif (m := _RX_SPLIT_I.match(tok)):
        prefix, n = "i", _num(m.group(1))
        flags.append(f"code_repaired:{tok}->i{n}")
    elif (m := _RX_BARE.match(tok)):
        prefix = TOOL_PREFIX.get((tool_hint or "").upper())
        if prefix is None:
            return None, [f"code_unreadable:{tok}"]
        n = _num(m.group(1))
        flags.append(f"code_prefix_from_tool:{tok}->{prefix}{n}")
    else:
        return None, [f"code_unreadable:{tok[:20]}"]
    if not _in_range(prefix, n):
        return None, flags + [f"code_out_of_range:{prefix}{n}"]
    hint_prefix = TOOL_PREFIX.get((tool_hint or "").upper())
    if hint_prefix and hint_prefix != prefix:
        flags.append(f"code_tool_mismatch:{prefix}{n}!={tool_hint}")
    # a plain lowercase/Thai-digit code is not a doubt: drop the cosmetic case flag
    flags = [f for f in flags if not f.startswith("code_case:")]
    return f"{prefix}{n}", flags


# ---------------------------------------------------------------- catalogs

class Catalog(dict):
    """Question texts of one questionnaire edition: ``{code: text}`` ("" when the text is unknown).

    Extra attributes: ``year`` (assessment year the catalog stands for: the year asked for, or
    the nearest covered year on a fallback), ``requested`` (year asked for), ``edition`` (edition
    id, e.g. ``2562-2566``), ``indicator`` (``{code: indicator_no}``), ``unverified`` (codes
    whose text is not checked against a published questionnaire: such a text never overrides
    a printed code), ``ranges`` (highest number per prefix), ``flags`` (e.g. a fallback).
    """

    year: int
    requested: int | None
    edition: str
    indicator: dict[str, int]
    unverified: frozenset[str]
    ranges: dict[str, int]
    flags: list[str]


@lru_cache(maxsize=None)
def editions() -> tuple[dict, ...]:
    """The questionnaire editions (``catalogs/editions.json``): id, file, first and last year."""
    data = json.loads((_CATALOG_DIR / "editions.json").read_text(encoding="utf-8"))
    return tuple(sorted(data["editions"], key=lambda e: e["first"]))


def catalog_years() -> list[int]:
    """B.E. assessment years that an edition covers."""
    return sorted(y for e in editions() for y in range(e["first"], e["last"] + 1))


def edition_of(year: int | None) -> tuple[dict, int, list[str]]:
    """(edition, year it stands for, flags) for an assessment year. A year no edition covers
    uses the nearest covered year (ties go to the later one), flagged
    ``catalog_fallback:<asked>-><used>``; an unknown year uses the latest edition, flagged."""
    years = catalog_years()
    if year in years:
        used = year
    else:
        used = min(years, key=lambda y: (abs(y - (year or years[-1])), -y))
    ed = next(e for e in editions() if e["first"] <= used <= e["last"])
    return ed, used, ([] if used == year else [f"catalog_fallback:{year}->{used}"])


@lru_cache(maxsize=None)
def _read_edition(file: str) -> dict:
    return json.loads((_CATALOG_DIR / file).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_catalog(year: int | None) -> Catalog:
    """The question catalog of an assessment year's edition (cached; do not mutate)."""
    ed, used, flags = edition_of(year)
    data = _read_edition(ed["file"])
    cat = Catalog((c, q.get("text") or "") for c, q in data["questions"].items())
    cat.year, cat.requested, cat.edition, cat.flags = used, year, ed["id"], flags
    cat.indicator = {c: q["indicator"] for c, q in data["questions"].items() if q.get("indicator")}
    cat.unverified = frozenset(c for c, q in data["questions"].items() if q.get("text_source") == "unverified")
    cat.ranges = dict(data.get("ranges") or RANGES)
    return cat


TOOL_OF_INDICATOR = {**{n: "IIT" for n in range(1, 6)}, **{n: "EIT" for n in range(6, 9)}, 9: "OIT", 10: "OIT"}
TOOL_OF_PREFIX = {"i": "IIT", "e": "EIT", "o": "OIT"}


def question_indicator(code: str | None, year: int | None,
                       indicator_hint: int | None = None) -> tuple[int | None, list[str]]:
    """``indicator_no`` of a canonical question code (contract): the document's own grouping
    first (``indicator_hint``: the ``ตัวชี้วัดที่ N`` heading or indicator row the question
    sits under, already resolved to the official 1-10 numbering), else the edition's catalog,
    else None with a flag.

    A hint of another tool (``e5`` under an IIT indicator) is not a grouping of this question
    (``indicator_hint_other_tool``). Where the document's grouping and the catalog differ the
    document wins, flagged ``indicator_differs_from_catalog:<hint>!=<catalog>``; a catalog
    used for another year carries its ``catalog_fallback`` flag.
    """
    if not code or code[0] not in TOOL_OF_PREFIX:
        return None, ["indicator_unknown:no_code"]
    tool = TOOL_OF_PREFIX[code[0]]
    cat = load_catalog(year)
    from_cat = cat.indicator.get(code)
    flags: list[str] = []
    if indicator_hint is not None:
        if TOOL_OF_INDICATOR.get(indicator_hint) == tool:
            if from_cat is not None and from_cat != indicator_hint:
                flags.append(f"indicator_differs_from_catalog:{indicator_hint}!={from_cat}@{cat.edition}")
            return indicator_hint, flags
        flags.append(f"indicator_hint_other_tool:{indicator_hint}~{code}")
    if from_cat is not None:
        return from_cat, flags + list(cat.flags)
    return None, flags + [f"indicator_unknown:{code}@{cat.edition}"]


# ---------------------------------------------------------------- text matching

_KEEP = re.compile(r"[^a-z\u0e01-\u0e3a\u0e40-\u0e4e]")


def _norm_text(t: str) -> str:
    """Letters only (Thai and Latin, lowercased): drops spaces, digits, punctuation."""
    return _KEEP.sub("", t.lower())


def _grams(t: str, n: int = 3) -> frozenset[str]:
    s = _norm_text(t)
    if len(s) < n:
        return frozenset({s}) if s else frozenset()
    return frozenset(s[i:i + n] for i in range(len(s) - n + 1))


@lru_cache(maxsize=None)
def _catalog_index(year: int | None) -> tuple[tuple[str, ...], tuple[int, ...], dict[str, tuple[int, ...]]]:
    """Codes with text, their trigram-set sizes, and an inverted index trigram -> code indices."""
    cat = load_catalog(year)
    codes: list[str] = []
    sizes: list[int] = []
    index: dict[str, list[int]] = {}
    for code, text in cat.items():
        if not text:
            continue
        g = _grams(text)
        for gram in g:
            index.setdefault(gram, []).append(len(codes))
        codes.append(code)
        sizes.append(len(g))
    return tuple(codes), tuple(sizes), {k: tuple(v) for k, v in index.items()}


def match_question_text(text: str, year: int | None,
                        indicator_hint: int | None = None) -> list[tuple[str, float]]:
    """Catalog codes ranked by similarity of ``text`` to their question text (best first).

    Similarity blends Dice and the overlap coefficient of character-trigram sets (0-1), so
    a truncated or wrapped question still matches. ``indicator_hint`` adds 0.05 to
    questions of that indicator.
    """
    q = _grams(text)
    if len(q) < 4:
        return []
    codes, sizes, index = _catalog_index(year)
    inter = [0] * len(codes)
    for gram in q:
        for i in index.get(gram, ()):
            inter[i] += 1
    nq = len(q)
    indicator = load_catalog(year).indicator if indicator_hint is not None else {}
    scored = []
    for i, code in enumerate(codes):
        k = inter[i]
        s = 0.5 * (2 * k / (nq + sizes[i])) + 0.5 * (k / min(nq, sizes[i])) if k else 0.0
        if indicator and indicator.get(code) == indicator_hint:
            s += 0.05
        scored.append((code, s))
    scored.sort(key=lambda x: -x[1])
    return scored


_STRONG = 0.62   # a text match good enough to name the question by itself
_AGREE = 0.45    # printed code's catalog text is close enough to the cell text
_MARGIN = 0.08   # best text match must beat the runner-up by this much


def sure_text_match(best: float, second: float) -> bool:
    """Whether a text's best catalog match (score ``best``, runner-up ``second``) names its
    question by itself: strong enough, and clear of the runner-up."""
    return best >= _STRONG and best - second >= _MARGIN


def resolve_question(raw_code: str | None, text: str, year: int | None,
                     indicator_hint: int | None = None,
                     tool_hint: str | None = None,
                     prefer_printed: bool = False,
                     taken: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, float, list[str]]:
    """Decide the canonical code of a printed question (code + text) for an assessment year.

    Returns (code, confidence, flags). The printed code is repaired by shape first; the
    question text is matched against the year's catalog. A garbled code (``๖``, ``๑๒๒``,
    ``๖๕``) or one whose text clearly belongs to another question is replaced by the text
    match, flagged ``code_corrected:<raw>-><code>``. Nothing readable -> (None, 0, flags).
    With ``prefer_printed`` a well-formed printed code found in the catalog is kept even when
    the text names another question (``code_text_mismatch:<code>~<text match>``, lower
    confidence) — for columns whose contract is "the codes as printed". The same holds when
    the catalog is another edition's (``catalog_fallback``): its numbering may differ.
    ``taken`` holds the well-formed codes the document prints on its other question rows: a
    well-formed printed code is never corrected onto one of them (``code_text_mismatch``
    instead) — the correction would drop that row's printed score as a duplicate.
    """
    raw = (raw_code or "").strip()
    code, flags = canonical_code(raw, tool_hint) if raw else (None, ["code_missing"])
    cat = load_catalog(year)
    flags = list(flags) + list(cat.flags)
    ranked = match_question_text(text or "", year, indicator_hint)
    best, best_s = ranked[0] if ranked else (None, 0.0)
    second_s = ranked[1][1] if len(ranked) > 1 else 0.0
    text_sure = best is not None and sure_text_match(best_s, second_s)
    shape_repaired = any(f.startswith(("code_repaired", "code_prefix_from_tool")) for f in flags)
    if cat.flags and code is not None and not shape_repaired:
        # another edition's catalog (no edition covers the year): its numbering may not be
        # the document's, so a well-formed printed code is kept, a disagreement only flagged
        prefer_printed = True
    if code is not None and not shape_repaired and best != code and best in taken:
        prefer_printed = True  # the text's question is printed under its own code elsewhere

    if code is not None and code not in cat:
        flags.append(f"code_not_in_catalog:{code}@{cat.year}")
        if text_sure and best not in cat.unverified and not prefer_printed:
            flags.append(f"code_corrected:{raw}->{best}")
            return best, round(min(0.9, best_s), 3), flags
        return code, 0.5, flags

    if code is not None:
        if not cat[code] or not ranked:  # no text to check against
            return code, (0.85 if shape_repaired else 0.95), flags
        own = next(s for c, s in ranked if c == code)
        if own >= _AGREE and (best == code or own >= best_s - _MARGIN):
            return code, (0.9 if shape_repaired else 1.0), flags
        if text_sure and not prefer_printed and not ({code, best} & cat.unverified):
            flags.append(f"code_corrected:{raw}->{best}")
            return best, round(min(0.9, best_s), 3), flags
        flags.append(f"code_text_mismatch:{code}~{best}" if text_sure else f"code_text_mismatch:{code}")
        return code, 0.6, flags

    # no usable printed code: the text decides, unless the question it names is printed under
    # its own code elsewhere (dev scan 17503: e๑ read ``eo``, its text closest to e2's; e2 then
    # kept this row's score and dropped its own): the row's place may still say (code_sequence)
    if text_sure and best in taken:
        flags.append(f"code_guess_ambiguous:{best}")
        return None, 0.0, flags
    if text_sure:
        flags = [f for f in flags if not f.startswith("code_unreadable")]
        flags.append(f"code_corrected:{raw or '-'}->{best}")
        if best in cat.unverified:
            flags.append(f"code_from_unverified_text:{best}@{cat.edition}")
        return best, round(min(0.85, best_s), 3), flags
    if best is not None and best_s >= _AGREE:
        flags.append(f"code_guess_ambiguous:{best}")
    return None, 0.0, flags


def edition_year_for_questions(printed: list[tuple[str | None, str]],
                               year: int | None) -> tuple[int | None, list[str]]:
    """The year whose questionnaire edition a document's printed questions fit, for
    :func:`resolve_question`'s ``year`` (not the document's assessment year).

    ``printed`` holds (raw code, question text) pairs. A pair supports an edition when its
    code, repaired by shape, is in that edition and the text is that question's text. When
    another edition is clearly better supported than the one ``year`` maps to (at least 3
    pairs, more than twice as many plus one), that edition's last year is returned, flagged
    ``catalog_edition_from_texts:<year>-><edition>``: a mis-read assessment year (or a report
    quoting another year's questionnaire) must not renumber every printed code.
    """
    support: dict[str, int] = {}
    for ed in editions():
        rep = ed["last"]
        n = 0
        for raw, text in printed:
            code, _ = canonical_code(raw) if raw else (None, [])
            if code is None or code not in load_catalog(rep) or not load_catalog(rep)[code]:
                continue
            ranked = match_question_text(text or "", rep)
            if not ranked:
                continue
            own = next((sc for c, sc in ranked if c == code), 0.0)
            if own >= _AGREE and own >= ranked[0][1] - _MARGIN:
                n += 1
        support[ed["id"]] = n
    base = load_catalog(year).edition
    best = max(support, key=lambda k: (support[k], k == base))
    if best != base and support[best] >= 3 and support[best] > 2 * support[base] + 1:
        ed = next(e for e in editions() if e["id"] == best)
        return ed["last"], [f"catalog_edition_from_texts:{year}->{best}"]
    return year, []


@dataclass
class Question:
    """A printed question resolved: canonical code, tool, ``indicator_no`` (document's
    grouping first, see :func:`question_indicator`), confidence and every flag."""

    code: str | None
    tool: str | None
    indicator_no: int | None
    confidence: float
    flags: list[str]


def resolve_printed_question(raw_code: str | None, text: str, year: int | None,
                             indicator_hint: int | None = None, tool_hint: str | None = None,
                             prefer_printed: bool = False) -> Question:
    """:func:`resolve_question` plus the question's tool and indicator.

    ``indicator_hint`` is the document's own grouping (the indicator heading/row the
    question is printed under): it helps the text match and, when of the question's tool,
    is the ``indicator_no`` (a disagreement with the catalog is flagged, not overruled).
    A code the catalog does not hold is kept (never dropped), flagged."""
    code, conf, flags = resolve_question(raw_code, text, year, indicator_hint, tool_hint, prefer_printed)
    if code is None:
        return Question(None, None, None, conf, flags)
    ind, iflags = question_indicator(code, year, indicator_hint)
    flags = list(dict.fromkeys(flags + iflags))
    return Question(code, TOOL_OF_PREFIX[code[0]], ind, conf, flags)


# ---------------------------------------------------------------- code lists and prefixes

_TOKEN = (
    rf"(?:(?<![A-Za-z0-9๐-๙])[iIeEoO][ \-]?[{_ANY_DIGIT}]{{1,2}}"   # i๑๒, e 5, O23
    rf"|(?<![{_ANY_DIGIT}.])[0๐][{_ANY_DIGIT}]{{1,2}}"               # ๐๒๓ / 023
    rf"|(?<![{_ANY_DIGIT}.])1[{_TH_DIGIT}][{_ANY_DIGIT}]?)"          # 1๒, 1๑8
    rf"(?![{_ANY_DIGIT}/:]|\.[{_ANY_DIGIT}])"
)
_RX_LIST = re.compile(rf"({_TOKEN})(?:\s*(?:-|–|—|ถึง)\s*({_TOKEN}))?")
# ``1`` read for ``i`` (``1๒``, ``|1๑8``) is a code only at the cell's start or in a run of
# codes: between the run's codes only separators, specks and digits Tesseract split off
# (``i๑7 ๑7 |1๑8``); inside a text a mixed-digit number (``ร้อยละ 1๒5 ของ``) read as i25 unflagged
_RX_RUN_GAP = re.compile(rf"[\s,;|\[({_ANY_DIGIT}-]*")


def parse_code_list(text: str | None) -> list[str]:
    """Every canonical code mentioned in a cell, in order, without duplicates.

    Ranges expand (``i1 - i4`` -> i1, i2, i3, i4; ``O๑-O๒๖``); ``ข้อ e2``, ``o23, o24``,
    ``i๑๓``, ``๐๒๓`` are recognised. Bare numbers (``ข้อ ๑๐``) are not codes, nor is ``1๒``
    (``1`` read for ``i``) outside the cell's opening run of codes.
    """
    out: list[str] = []
    prev_end = 0
    for m in _RX_LIST.finditer(text or ""):
        if _RX_ONE_I.match(m.group(1)) and not _RX_RUN_GAP.fullmatch(text[prev_end:m.start()]):
            continue  # ``1๒`` inside a text (``ร้อยละ 1๒ ของ…``) is a number, not i2
        a, _ = canonical_code(m.group(1))
        if a is None:
            continue
        prev_end = m.end()
        codes = [a]
        if m.group(2):
            b, _ = canonical_code(m.group(2))
            if b and b[0] == a[0] and int(a[1:]) < int(b[1:]) <= int(a[1:]) + 45:
                codes = [f"{a[0]}{n}" for n in range(int(a[1:]), int(b[1:]) + 1)]
            elif b:
                codes.append(b)
        for c in codes:
            if c not in out:
                out.append(c)
    return out


_RX_PREFIX = re.compile(
    rf"^\s*(?:ข้อ\s*|[\[|](?=[iIeEoO][{_ANY_DIGIT}]))?"
    rf"([iIeEoO][ \-]?[{_ANY_DIGIT}]{{1,2}}|{_I_GLYPHS}[{_ANY_DIGIT}]{{1,2}}|[{_ANY_DIGIT}]{{1,3}})"
    rf"(?=\s|[\u0e01-\u0e2e\u0e40-\u0e44])(?![{_ANY_DIGIT}])\s*"
)


# a one-digit code whose second digit wrapped onto the next line of a narrow code column
# (``o2`` / ``8 ตัวชี้วัดที่ …``; ``o2`` / ``4`` / ``o2`` / ``5``): one digit standing alone, then
# text, another code or the cell's end
_RX_WRAPPED_CODE = re.compile(
    rf"(?:^|(?<=[\s,]))((?:ข้อ\s*)?([iIeEoO])[ \-]?([{_ANY_DIGIT}]))\s+([{_ANY_DIGIT}])(?=\s+[^\s{_ANY_DIGIT}.)]|\s*$)")


def rejoin_wrapped_code(cell_text: str) -> tuple[str, list[str]]:
    """``o2 8 ตัวชี้วัดที่ ๑๐ …`` → ``o28 ตัวชี้วัดที่ ๑๐ …``, flagged ``code_digits_rejoined``:
    a lone digit after a one-digit code is the code's second digit, wrapped onto the next
    line of a narrow column (no question text starts with a lone digit), at the cell's
    start or after another code (``o2 4 o2 5`` → ``o24 o25``); in a cell of codes only
    (``o2 3``) too. Only when the joined number is a code of that tool."""
    text, flags, pos = cell_text or "", [], 0
    while (m := _RX_WRAPPED_CODE.search(text, pos)) is not None:
        if text[:m.start(1)].strip() and not _codes_before(text[:m.start(1)]):
            break  # only in a run of codes from the cell's start
        if not _in_range(m.group(2).lower(), _num(m.group(3) + m.group(4))):
            pos = m.end()
            continue
        joined = f"{m.group(2)}{m.group(3)}{m.group(4)}"
        flags.append(f"code_digits_rejoined:{m.group(2)}{m.group(3)} {m.group(4)}->{canonical_code(joined)[0]}")
        text = text[:m.start(1)] + joined + text[m.end():]
        pos = m.start(1) + len(joined)
    return (text, flags) if flags else (cell_text, [])


def _codes_before(head: str) -> bool:
    """Whether ``head`` (the cell before a code) is codes only (``o24``, ``i1, i2``)."""
    return bool(head.strip()) and not re.sub(rf"[iIeEoO{_ANY_DIGIT},\s\-–]|และ|ถึง|ข้อ", "", head)


def starts_question_code(text: str | None) -> bool:
    """Does ``text`` start with a tool-letter question code (``i7 …``, ``e๑๒ …``, ``O5 …``)?"""
    raw, _ = split_code_prefix(text)
    return raw is not None and raw[0] in "iIeEoO"


def split_code_prefix(cell_text: str | None) -> tuple[str | None, str]:
    """Split a question cell into (raw code as printed, question text).

    ``i๑ การปฏิบัติงาน…`` -> ("i๑", "การปฏิบัติงาน…"); works for ``1๒``, ``๖``, ``๑๒๒``,
    ``๐๒๓``, ``O5``. A list number (``๑.``, ``๒)``) is not a code. No code -> (None, text).
    """
    text = (cell_text or "").strip()
    m = _RX_PREFIX.match(text)
    if not m:
        return None, text
    rest = text[m.end():].strip()
    if not rest:
        return None, text
    return m.group(1).replace(" ", "").replace("-", ""), rest
