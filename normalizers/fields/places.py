"""Province and district names checked against the national gazetteer (PyPI ``geothai``).

A broken text layer garbles proper nouns the dictionary cannot repair (``ลาปลายมาศ`` for
ลำปลายมาศ). When a printed name is not an official one but matches exactly one official
name of that province loosely (ignoring SARA AA/AM, NIKHAHIT and tone marks), the official
spelling is used and flagged; otherwise the name stays as printed, flagged as unknown.
"""
from __future__ import annotations

import re
from functools import lru_cache

from normalizers.fields.orgs import parse_org
from normalizers.tables.text import loose
from normalizers.thai.thai_cer import edit_distance
from normalizers.thai.ocr_words import lookalike


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[str]]:
    """province (Thai) → its districts (Thai); empty when geothai is not installed."""
    try:
        import geothai
    except ImportError:  # pragma: no cover - geothai is a declared dependency
        return {}
    return {p.name_th: [d.name_th for d in geothai.districts(p.code)] for p in geothai.provinces()}


_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _consonants(name: str) -> str:
    return _MARKS.sub("", loose(name))


def _snap(name: str, candidates: list[str]) -> tuple[str, list[str]]:
    if not name or not candidates or name in candidates:
        return name, []
    key = loose(name)
    hits = [c for c in candidates if loose(c) == key]
    if len(hits) == 1:
        return hits[0], [f"place_spelling_corrected:{name}->{hits[0]}"]
    # vowels above and below the consonants lost or swapped (``พูปน`` for พิปูน): the
    # consonants alone, where they name one official place
    key = _consonants(name)
    hits = [c for c in candidates if _consonants(c) == key]
    if len(hits) == 1 and len(key) >= 3:
        return hits[0], [f"place_spelling_corrected:{name}->{hits[0]}"]
    # a mark or two lost or misplaced: the one official name within a small edit distance
    dist = sorted((edit_distance(name, c), c) for c in candidates)
    limit = max(1, len(name) // 4)
    if dist and dist[0][0] <= limit and (len(dist) == 1 or dist[1][0] > dist[0][0]):
        return dist[0][1], [f"place_spelling_corrected:{name}->{dist[0][1]}"]
    return name, [f"place_not_in_gazetteer:{name}"]


def check_place(province: str | None, district: str | None,
                lines: tuple[str, ...] = ()) -> tuple[str | None, str | None, list[str]]:
    """Official spellings of (province, district) where the printed ones are garbled. A district
    read short of a space OCR put inside it (``อำเภอบ้า นแพง``: ``บ้า``, unseen scans fresh34s 49109,
    u48a 48104) takes the one district of its province it makes with the word after the space on
    one of ``lines``, flagged ``place_spelling_corrected``."""
    gaz = _gazetteer()
    if not gaz:
        return province, district, []
    flags: list[str] = []
    if province:
        province, f = _snap(province, list(gaz))
        flags += f
    if district and province in gaz and district not in gaz[province]:
        joined = _space_joined(district, lines, tuple(gaz[province]), ())
        if joined:
            return province, joined[0], flags + [f"place_spelling_corrected:{district} {joined[1]}->{joined[0]}"]
    if district and province in gaz:
        district, f = _snap(district, gaz[province])
        flags += f
    return province, district, flags


@lru_cache(maxsize=128)
def _districts_of(province: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(district, its subdistricts) of a province by the gazetteer; empty when unknown."""
    try:
        import geothai
    except ImportError:  # pragma: no cover - geothai is a declared dependency
        return ()
    prov = next((p for p in geothai.provinces() if p.name_th == province), None)
    if prov is None:
        return ()
    return tuple((d.name_th, tuple(s.name_th for s in geothai.subdistricts(d.code)))
                 for d in geothai.districts(prov.code))


@lru_cache(maxsize=256)
def _subdistricts(province: str, district: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the district's subdistricts, the province's) by the gazetteer; empty when unknown."""
    districts = _districts_of(province)
    own = next((subs for name, subs in districts if name == district), ())
    return own, tuple(s for _, subs in districts for s in subs)


def _one_lookalike(a: str, b: str) -> bool:
    """``a`` and ``b`` differ in one letter, a consonant OCR reads for the other (``ocr_confusions.json``)."""
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) and len(diff) == 1 and lookalike(*diff[0])


def snap_org_name(org_name: str | None, org_type: str | None, places: list[str | None],
                  province: str | None = None, ocr: bool = False, lines: tuple[str, ...] = ()) -> tuple[str | None, list[str]]:
    """An organisation named after its place (``เทศบาลเมืองกาฬสินธุ``) spelled as the place's
    official name once that is known (``เทศบาลเมืองกาฬสินธุ์``), flagged; else unchanged. A
    subdistrict's organisation read by OCR (``องค์การบริหารส่วนตำบลท่าข้าง``) whose name is no subdistrict of
    its province, one look-alike consonant (``ocr_confusions.json``) away from exactly one of its district's (or else its
    province's), takes that one, flagged (unseen scans 41209 and 43103: ``ช้าง`` OCR'd ``ข้าง`` on
    every page, the org name wrong with no flag)."""
    if not org_name or not org_type or not org_name.startswith(org_type):
        return org_name, []
    rest = org_name[len(org_type):]
    for place in places:
        if place and rest != place and len(_consonants(place)) >= 3 and _consonants(rest) == _consonants(place):
            return org_type + place, [f"org_name_spelling_corrected:{rest}->{place}"]
    if ocr and province and "ตำบล" in org_type and len(rest) >= 3:
        own, every = _subdistricts(province, places[0] if places else None)
        if every and rest not in every:
            joined = _space_joined(rest, lines, own, every)
            if joined:
                return org_type + joined[0], [f"org_name_space_joined_subdistrict:{rest} {joined[1]}->{joined[0]}"]
            for names in (own, every):
                hits = sorted({s for s in names if _one_lookalike(rest, s)})
                if len(hits) == 1:
                    return org_type + hits[0], [f"org_name_spelling_corrected:{rest}->{hits[0]}"]
                if hits:
                    break
    return org_name, []


def _space_joined(rest: str, lines: tuple[str, ...], own: tuple[str, ...], every: tuple[str, ...]) -> tuple[str, str] | None:
    """(subdistrict, the word after the space) where OCR split a subdistrict's name with a space
    everywhere it is printed (``อบต.ดอน แก้ว`` on every page of unseen scan 47207: the name read
    ``ดอน``, wrong with no flag): the name read is no subdistrict, the name and the word after it
    on a line naming it start with exactly one subdistrict of its district (or else its
    province's) longer than the name read."""
    words = set()
    for ln in lines:
        for m in re.finditer(re.escape(rest) + r" ([\u0e01-\u0e4e]+)", ln):
            words.add(m.group(1))
    for names in (own, every):
        hits = sorted({(s, w) for w in words for s in names
                       if len(s) > len(rest) and s.startswith(rest) and (rest + w).startswith(s)})
        if len({s for s, _ in hits}) == 1:
            return hits[0]
        if hits:
            return None
    return None


def org_of(head_lines: list[str], ocr: bool = False) -> dict:
    """The organisation of a report from its first pages' lines (``orgs.parse_org``), its
    province and district spelled as the gazetteer's and its name as its place's
    (``check_place``, ``snap_org_name``); ``flags`` holds every flag of the three."""
    org = parse_org(head_lines) if head_lines else {}
    if org.get("province") or org.get("district"):
        lines = tuple(head_lines)
        org["province"], org["district"], pflags = check_place(org.get("province"), org.get("district"), lines)
        org["org_name"], oflags = snap_org_name(org.get("org_name"), org.get("org_type"), [org["district"], org["province"]],
                                                org["province"], ocr=ocr, lines=lines)
        org["flags"] = list(org.get("flags", [])) + pflags + oflags
        if not org.get("district") and org.get("province"):
            place = _own_place(org.get("org_name"), org.get("org_type"))
            district = _district_of(org["province"], place) if place else None
            if district:  # the district unread (``อ.ลี้`` OCR'd ``aa``: fresh38u 57201, 57209, 300 dpi)
                org["district"] = district
                org["flags"].append(f"district_from_gazetteer:{place}")
    return org


_SUBDISTRICT_ORGS = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล")


def _own_place(org_name: str | None, org_type: str | None) -> str | None:
    """The subdistrict a subdistrict-level organisation is named after (``องค์การบริหารส่วนตำบลนาทราย``:
    นาทราย), else None."""
    if not org_name or org_type not in _SUBDISTRICT_ORGS or not org_name.startswith(org_type):
        return None
    return org_name[len(org_type):].strip() or None


def _district_of(province: str, place: str) -> str | None:
    """The one district of ``province`` the gazetteer gives a subdistrict named ``place``; None when
    no district or several do."""
    hits = [name for name, subs in _districts_of(province) if place in subs]
    return hits[0] if len(hits) == 1 else None
