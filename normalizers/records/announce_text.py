"""Text fields of official results announcements: body names, levels, the assessment year.

The vocabulary (header words, levels, name prefixes, abbreviations) is data:
``normalizers/data/announcements.json``. Names are stored as printed and repaired, with
their abbreviations kept (``วิทยาลัยเทคนิค กฟผ. แม่เมาะ``); ``name_key`` is the matching key
(abbreviations expanded, spaces and dots removed) used to find a body's report.

OCR'd names get three mendings, each flagged on the row: a garbled type prefix
(``วจิทยาลัยสารพัดข่าง…`` → ``วิทยาลัยสารพัดช่าง…``, nearest known prefix within a small edit
distance), a dropped abbreviation dot (``กฟผ`` → ``กฟผ.``), a dropped space before a number
(``แห่งที่๒`` → ``แห่งที่ ๒``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from normalizers.fields.numbers import parse_year, to_ascii_digits
from normalizers.fields.orgs import PROVINCES

VOCAB_PATH = Path(__file__).resolve().parents[1] / "data" / "announcements.json"
_TH = "\u0e01-\u0e4e"
_SPACES = re.compile(r"\s+")
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # vowel marks above/below, tone marks
# ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (OCR: ประจำปี่งบประมาณ, พ .ศ.); also ITA ๒๕๖๘ / ปี พ.ศ. ๒๕๖๘
_RX_YEAR = re.compile(r"ประจำ\s*ปี\S{0,2}\s*งบ\s*ประมาณ\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*([0-9๐-๙]{4})")
_RX_YEAR_LOOSE = re.compile(r"(?:ITA|ปี\s*(?:พ\s*\.?\s*ศ\s*\.?)?)\s*([0-9๐-๙]{4})")


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads(VOCAB_PATH.read_text(encoding="utf-8"))


def squash(s: str) -> str:
    return _SPACES.sub("", s or "")


def header_role(text: str) -> str | None:
    """The announcement column a header cell names (``IIT``, ``EIT``, ``OIT``, ``total``,
    ``level``, ``name``, ``province``, ``row_no``), or None."""
    t = squash(to_ascii_digits(text)).upper()
    if not t:
        return None
    h = vocab()["header"]
    for tool in ("IIT", "EIT", "OIT"):
        if any(w in t for w in h[tool]):
            return tool
    if t in h["row_no"] or t.replace(".", "") in h["row_no"]:
        return "row_no"
    for role in ("province", "total", "level", "name"):
        if any(w in t for w in h[role]):
            return role
    return None


def weighted_cue(text: str) -> bool:
    """A header saying the tool columns are weighted parts (``IIT (30)``, ``ร้อยละ 30``)."""
    t = squash(to_ascii_digits(text))
    return any(c in t for c in vocab()["weighted_cues"])


def is_summary(text: str) -> bool:
    """A total/average row (``รวม``, ``ค่าเฉลี่ย``), not a body."""
    t = squash(text)
    return bool(t) and any(t == w or t.startswith(w) and len(t) <= len(w) + 12 for w in vocab()["summary_rows"])


def read_level(cell: str, ocr: bool) -> tuple[str | None, list[str]]:
    """The level printed in a cell, read against the level vocabulary.

    Extra marks around it (a handwritten tick read as ``๑.``) are dropped with a flag; an
    OCR'd spelling near a level word is taken with a flag; an unknown level is kept as
    printed with a flag."""
    raw = _SPACES.sub(" ", cell or "").strip()
    if not raw or raw in ("-", "–"):
        return None, []
    t = squash(raw)
    levels = sorted(vocab()["levels"], key=len, reverse=True)
    for w in levels:
        if t == w:
            return w, []
    for w in levels:  # a level word, then marks that are no Thai word (a tick read as ``๑.``)
        if not w.isascii() and raw.startswith(w) and not re.match(f"[{_TH}]", raw[len(w):]):
            return w, ["level_extra_text"]
    first = raw.split(" ")[0]
    if first in levels:
        return first, ["level_extra_text"]
    if ocr:
        # OCR: junk before the word (a tick, a stroke read as ``ad``), marks lost or added
        # (``ผานุดเยยม``): the level whose letters, marks aside, begin the cell
        core = re.sub(f"^[^{_TH}]+", "", t)
        hits = [w for w in levels if not w.isascii() and _base(core).startswith(_base(w))]
        if hits:
            w = max(hits, key=len)
            extra = len(_base(core)) > len(_base(w)) or core != t
            return w, (["level_ocr_mended"] if core[:len(w)] != w else []) + (["level_extra_text"] if extra else [])
        best = min(levels, key=lambda w: (Levenshtein.distance(w, t[:len(w)]), -len(w)))
        d = Levenshtein.distance(best, t[:len(best)])
        if not best.isascii() and d <= max(1, len(best) // 6):
            return best, ["level_ocr_mended"] + (["level_extra_text"] if len(t) > len(best) else [])
    return raw, ["level_unrecognised"]


def _base(s: str) -> str:
    """Letters only: marks above/below and tone marks dropped, SARA AM read as SARA AA
    (Tesseract's Thai model cannot output ำ)."""
    return _MARKS.sub("", s.replace("\u0e33", "\u0e32"))


def _mend_type_abbreviation(name: str) -> tuple[str, list[str]]:
    """``อบต นาขุม`` / ``อบตนาขุม`` (OCR lost the dot) → ``อบต.นาขุม``."""
    for abbr in sorted(vocab()["abbreviations"], key=len, reverse=True):
        if name.startswith(abbr):
            return name, []
        bare = abbr.rstrip(".")
        m = re.match(rf"{re.escape(bare)}\s?(?=[{_TH}]{{2}})", name)
        if m and len(bare) >= 2:
            rest = name[m.end():]
            places = set(place_names())
            if m.end() == len(bare) and rest not in places and rest[1:] in places:
                # the dot itself read as a letter (``อบตงงิ้วงาม``): the place name follows it
                return abbr + rest[1:], ["name_abbreviation_dot_restored", f"name_dot_read_as:{rest[0]}"]
            return abbr + rest, ["name_abbreviation_dot_restored"]
    return name, []


def _prefix_len(name: str) -> int:
    """Length of the type word (``วิทยาลัยเทคนิค``, ``อบต.``) a name starts with, space included."""
    words = sorted(list(vocab()["name_prefixes"]) + list(vocab()["abbreviations"]), key=len, reverse=True)
    p = next((w for w in words if name.startswith(w)), "")
    return len(p) + (1 if p and name[len(p):len(p) + 1] == " " else 0)


def _mend_prefix(name: str) -> tuple[str, list[str]]:
    prefixes = sorted(vocab()["name_prefixes"], key=len, reverse=True)
    if any(name.startswith(p) for p in prefixes):
        return name, []
    best = None
    for p in prefixes:
        if len(p) < 6:
            continue
        for extra in (0, -1, 1, 2):
            k = len(p) + extra
            if k <= 0 or k > len(name):
                continue
            d = Levenshtein.distance(p, name[:k])
            if d <= max(1, len(p) // 6) and (best is None or (d, -len(p)) < (best[0], -len(best[1]))):
                best = (d, p, k)
    if best is None:
        return name, []
    _, p, k = best
    return p + name[k:], ["name_prefix_mended"]


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Official Thai names of provinces, districts and subdistricts (PyPI ``geothai``)."""
    try:
        import geothai
    except ImportError:  # pragma: no cover - geothai is a declared dependency
        return tuple(PROVINCES)
    names = set(PROVINCES)
    for p in geothai.provinces():
        names.add(p.name_th)
        for d in geothai.districts(p.code):
            names.add(d.name_th)
            names.update(s.name_th for s in geothai.subdistricts(d.code))
    return tuple(sorted(n for n in names if len(n) >= 4))


def _mend_places(name: str, start: int) -> tuple[str, list[str]]:
    """Words after the type prefix that miss an official place name by marks, and only marks
    (``หนองกุ้งศรี`` → ``หนองกุงศรี``, ``ขูขันธ์`` → ``ขุขันธ์``, ``น้ารีด`` → ``น้ำริด``): the one
    place name within edit distance 2 whose letters are the same is taken, flagged. Names that
    are no place (``นวมินทราชูทิศ``, ``เสาวภา``) stay."""
    from rapidfuzz import process

    names = place_names()
    known = set(names)
    out, flags = name[:start], []
    for tok in re.split(r"([\s()]+)", name[start:]):
        if len(tok) >= 5 and tok not in known and re.fullmatch(rf"[{_TH}]+", tok):
            hits = process.extract(tok, names, scorer=Levenshtein.distance, score_cutoff=2, limit=50)
            hits = [h for h in hits if _base(h[0]) == _base(tok)]  # only marks differ
            if len(hits) == 1:
                flags.append(f"name_place_mended:{tok}->{hits[0][0]}")
                tok = hits[0][0]
        out += tok
    return out, flags


def _mend_abbreviations(name: str) -> tuple[str, list[str]]:
    flags = []
    for abbr in vocab()["dotted_abbreviations"]:
        bare = abbr.rstrip(".")
        rx = re.compile(rf"(?:(?<=^)|(?<=[\s(])){re.escape(bare)}(?![.{_TH}])|(?:(?<=\()){re.escape(bare)}(?=[{_TH}])")
        if rx.search(name):
            name = rx.sub(abbr, name)
            flags.append("name_abbreviation_dot_restored")
    return name, flags


def clean_name(text: str, ocr: bool) -> tuple[str, list[str]]:
    """A body's name as printed, repaired (cell lines already joined by ``normalizers.tables.grid``)."""
    name = _SPACES.sub(" ", text or "").strip(" .|")
    flags: list[str] = []
    if ocr and name:
        name, f1 = _mend_prefix(name)
        name, f5 = _mend_type_abbreviation(name)
        name, f4 = _mend_places(name, _prefix_len(name))
        name, f2 = _mend_abbreviations(name)
        fixed = re.sub(r"(แห่งที่)(?=[0-9๐-๙])", r"\1 ", name)
        fixed = re.sub(rf"(?<=[{_TH}])(แห่งที่ [0-9๐-๙])", r" \1", fixed)
        f3 = ["name_space_restored"] if fixed != name else []
        name = fixed
        flags = f1 + f2 + f3 + f4 + f5
    name = re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", name))
    return name, sorted(set(flags))


def expand(name: str) -> str:
    """Abbreviations expanded (``อบต.นาขุม`` → ``องค์การบริหารส่วนตำบลนาขุม``)."""
    t = name.replace("องค์กรการบริหารส่วน", "องค์การบริหารส่วน")
    for abbr, full in sorted(vocab()["abbreviations"].items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"(?:(?<![{_TH}])|(?<=ของ)|(?<=แห่ง)){re.escape(abbr)}\s?(?=[{_TH}])", full, t)
    return t


def name_key(name: str | None) -> str | None:
    """Matching key of a body's name: abbreviations expanded, spaces, dots and brackets gone."""
    if not name:
        return None
    t = expand(to_ascii_digits(name))
    t = re.sub(r"[\s.()\[\]\"'“”]", "", t)
    return t or None


def province_of(text: str) -> str | None:
    """A province named in a cell (``จังหวัดยโสธร``, ``ยโสธร``, ``จ.ยโสธร``)."""
    t = squash(text)
    t = re.sub(r"^(?:จังหวัด|จ\.)", "", t)
    return t if t in PROVINCES else None


def year_of(lines: list[str]) -> tuple[int | None, list[str]]:
    """The assessment year from the announcement's title (``ประจำปีงบประมาณ พ.ศ. ๒๕๖๘``).

    The first title line that prints one wins; a title that prints two different years is
    flagged; without the fiscal-year wording, ``ITA ๒๕๖๘``/``ปี ๒๕๖๘`` is taken, flagged."""
    found: list[int] = []
    for m in _RX_YEAR.finditer("\n".join(lines)):  # the title may wrap before พ.ศ.
        y = parse_year(m.group(1))
        if y and 2500 <= y <= 2700:
            found.append(y)
    if found:
        flags = [f"assessment_year_several:{','.join(map(str, sorted(set(found))))}"] if len(set(found)) > 1 else []
        return found[0], flags
    for ln in lines:
        for m in _RX_YEAR_LOOSE.finditer(ln):
            y = parse_year(m.group(1))
            if y and 2500 <= y <= 2700:
                return y, ["assessment_year_from_loose_wording"]
    return None, ["assessment_year_missing"]
