"""Province and district names checked against the national gazetteer (PyPI ``geothai``).

A broken text layer garbles proper nouns the dictionary cannot repair (``ลาปลายมาศ`` for
ลำปลายมาศ). When a printed name is not an official one but matches exactly one official
name of that province loosely (ignoring SARA AA/AM, NIKHAHIT and tone marks), the official
spelling is used and flagged; otherwise the name stays as printed, flagged as unknown.
"""
from __future__ import annotations

from functools import lru_cache

from normalizers.tables.grid import loose
from normalizers.thai.thai_cer import edit_distance


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[str]]:
    """province (Thai) → its districts (Thai); empty when geothai is not installed."""
    try:
        import geothai
    except ImportError:  # pragma: no cover - geothai is a declared dependency
        return {}
    return {p.name_th: [d.name_th for d in geothai.districts(p.code)] for p in geothai.provinces()}


def _snap(name: str, candidates: list[str]) -> tuple[str, list[str]]:
    if not name or not candidates or name in candidates:
        return name, []
    key = loose(name)
    hits = [c for c in candidates if loose(c) == key]
    if len(hits) == 1:
        return hits[0], [f"place_spelling_corrected:{name}->{hits[0]}"]
    # a mark or two lost or misplaced: the one official name within a small edit distance
    dist = sorted((edit_distance(name, c), c) for c in candidates)
    limit = max(1, len(name) // 4)
    if dist and dist[0][0] <= limit and (len(dist) == 1 or dist[1][0] > dist[0][0]):
        return dist[0][1], [f"place_spelling_corrected:{name}->{dist[0][1]}"]
    return name, [f"place_not_in_gazetteer:{name}"]


def check_place(province: str | None, district: str | None) -> tuple[str | None, str | None, list[str]]:
    """Official spellings of (province, district) where the printed ones are garbled."""
    gaz = _gazetteer()
    if not gaz:
        return province, district, []
    flags: list[str] = []
    if province:
        province, f = _snap(province, list(gaz))
        flags += f
    if district and province in gaz:
        district, f = _snap(district, gaz[province])
        flags += f
    return province, district, flags
