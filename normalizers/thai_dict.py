"""Dictionary scoring of Thai strings, used only to decide ambiguous repairs.

``score(s)`` segments a Thai string into dictionary words (maximal coverage,
then fewest words) and returns a cost: every character not covered by a word
costs ``UNKNOWN``, every word costs 1. Lower is better. The word list is
pythainlp's ``thai_words()`` plus a short ITA-domain list, loaded once.
"""

from __future__ import annotations

from functools import lru_cache

UNKNOWN = 100
MAX_WORD = 24

# Compounds that are frequent in ITA reports but missing from pythainlp's list.
DOMAIN_WORDS = (
    "ตัวชี้วัด ชี้วัด ผู้รับบริการ ผู้มาติดต่อ ผู้บริหาร เจ้าหน้าที่ ข้อคำถาม ประจำปี งบประมาณ "
    "ปีงบประมาณ การประเมิน ผลการประเมิน คุณธรรม ความโปร่งใส หน่วยงาน ภาครัฐ การทุจริต "
    "ประพฤติมิชอบ เลือกปฏิบัติ ร้องเรียน จัดซื้อจัดจ้าง พัสดุ เผยแพร่ เปิดเผย ยกระดับ "
    "แนวทาง มาตรการ ประสิทธิภาพ ทรัพยากรบุคคล ทรัพย์สิน ราชการ ป.ป.ช. อบต. เทศบาลตำบล "
    "องค์การบริหารส่วนตำบล ดำเนินงาน ดำเนินการ ส่วนร่วม ช่องทาง ออนไลน์ สารสนเทศ คะแนน "
    "ประเด็น ข้อมูล สถิติ ผลประโยชน์ทับซ้อน"
).split()


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(words, prefixes) — loaded lazily on the first ambiguous decision."""
    from pythainlp.corpus import thai_words

    words = {w for w in thai_words() if len(w) >= 2 and " " not in w and len(w) <= MAX_WORD}
    words.update(DOMAIN_WORDS)
    words.update(("ก็", "ๆ", "ฯ"))
    prefixes = set()
    for w in words:
        for k in range(1, len(w) + 1):
            prefixes.add(w[:k])
    return frozenset(words), frozenset(prefixes)


def is_word(s: str) -> bool:
    """True if ``s`` is in the lexicon."""
    return s in _lexicon()[0]


@lru_cache(maxsize=65536)
def score(s: str) -> int:
    """Segmentation cost of Thai string ``s`` (see module doc). Empty string costs 0."""
    words, prefixes = _lexicon()
    n = len(s)
    inf = 1 << 30
    best = [inf] * (n + 1)
    best[0] = 0
    for i in range(n):
        b = best[i]
        if b == inf:
            continue
        if b + UNKNOWN < best[i + 1]:
            best[i + 1] = b + UNKNOWN
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            piece = s[i:j]
            if piece not in prefixes:
                break
            if piece in words and b + 1 < best[j]:
                best[j] = b + 1
    return best[n]


def unknown_chars(s: str) -> int:
    """Number of characters of ``s`` that no dictionary word covers."""
    return score(s) // UNKNOWN


def segment(s: str) -> list[str]:
    """The best segmentation of ``s`` (unknown characters are single-char pieces)."""
    words, prefixes = _lexicon()
    n = len(s)
    inf = 1 << 30
    best = [inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0
    for i in range(n):
        b = best[i]
        if b == inf:
            continue
        if b + UNKNOWN < best[i + 1]:
            best[i + 1], back[i + 1] = b + UNKNOWN, i
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            piece = s[i:j]
            if piece not in prefixes:
                break
            if piece in words and b + 1 < best[j]:
                best[j], back[j] = b + 1, i
    out = []
    j = n
    while j > 0:
        i = back[j]
        out.append(s[i:j])
        j = i
    return out[::-1]
