"""Dictionary scoring of Thai strings, used only to decide ambiguous repairs.

``score(s)`` segments a Thai string into dictionary words (maximal coverage,
then fewest words) and returns a cost: every character not covered by a word
costs ``UNKNOWN``, every word costs 1. Lower is better. The word list is
pythainlp's ``thai_words()`` plus a short ITA-domain list, loaded once.

Speed (repair scores thousands of near-identical strings): the words ending at
each position are found by walking a trie of the reversed words backwards, so
the cost of a prefix depends on that prefix alone. Cost arrays are memoised.
"""

from __future__ import annotations

import gc
import math
from codecs import charmap_encode as _charmap_encode
from encodings.cp874 import encoding_table as _CP874
from functools import lru_cache
from typing import Any

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


_MEMO_MAX = 32768
# memo: string -> its cost array (see _fill), a tuple: tuples of ints leave the garbage
# collector's lists after its first pass, lists stay in every later one
_costs: dict[str, tuple[int, ...]] = {}
_backs: dict[str, tuple[tuple[int, ...], list[int]]] = {}  # memo: string -> _back(string)


_NO_WORD = "\uffff"  # the key of a character no lexicon word holds (no key of the trie)


def _key(s: str) -> str:
    """``s`` as the trie reads it: each character one of the 256 one-character strings CPython
    keeps (Thai by its TIS-620/cp874 byte), so a walk's lookups find the trie's own key objects
    (no new character object per position, no hash to compute, no compare of two objects).
    Every lexicon word is TIS-620 (a word that is not is left out of the trie): a character
    cp874 lacks is in no word, its key is ``_NO_WORD`` (a walk stops there, as it did on it)."""
    try:
        return _charmap_encode(s, "strict", _CP874)[0].decode("latin-1")
    except UnicodeEncodeError:
        return "".join(_key_char(c) for c in s)


def _key_char(c: str) -> str:
    try:
        return _charmap_encode(c, "strict", _CP874)[0].decode("latin-1")
    except UnicodeEncodeError:
        return _NO_WORD


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, Any]]:
    """(words, trie of the reversed words) — loaded lazily on the first ambiguous decision.

    The trie is nested dicts keyed by the previous character; the root maps a character to its
    node, every node below it to an entry (the node it leads to, whether a word starts at that
    character). Walking it costs one dict lookup per character,
    where checking slices against a set of words costs a new string and its hash (the flag on
    the entry spares a second lookup per step: the walk once asked the node for an end key)."""
    from pythainlp.corpus import thai_words

    words = {w for w in thai_words() if len(w) >= 2 and " " not in w and len(w) <= MAX_WORD}
    words.update(DOMAIN_WORDS)
    words.update(("ก็", "ๆ", "ฯ"))
    trie: dict = {}
    collecting = gc.isenabled()
    gc.disable()  # (the collector would walk the growing trie again and again while it is built)
    try:
        for w in words:
            try:
                _charmap_encode(w, "strict", _CP874)
            except UnicodeEncodeError:
                continue  # (none of pythainlp's words: see ``_key``)
            node = trie
            rev = _key(w)[::-1]
            for c in rev[:-1]:
                entry = node.get(c)
                if entry is None:
                    entry = node[c] = ({}, False)
                node = entry[0]
            last = rev[-1]  # a word starts at its first character
            entry = node.get(last)
            if entry is None:
                node[last] = ({}, True)
            elif not entry[1]:
                node[last] = (entry[0], True)
    finally:
        if collecting:
            gc.enable()
    # the first step of a walk reads a word's last character: no flag (a word is two or more
    # characters; ``ๆ`` alone never counts), the root maps each character to its node itself
    trie = {c: entry[0] for c, entry in trie.items()}
    # The trie is ~300k dicts (and as many entry tuples) that live as long as the process: the cyclic garbage
    # collector would walk all of them on every full collection (perf: its share of the
    # repair time fell from 13 % to 7 % with this). Moving everything allocated so far to
    # the permanent generation (gc.freeze) stops that; reference counting still frees
    # what is dropped (only reference cycles among objects older than this are kept).
    gc.freeze()
    return frozenset(words), trie


def clear_caches() -> None:
    """Forget memoised costs and segmentations (for benchmarks of cold runs)."""
    _costs.clear()
    _backs.clear()
    _segment.cache_clear()
    unknown_positions.cache_clear()
    corpus_logp.cache_clear()


def is_word(s: str) -> bool:
    """True if ``s`` is in the lexicon."""
    return s in _lexicon()[0]


# The programme behind every function here: ``best[k]``, the cost of ``s[:k]``, is the
# cheaper of ``best[k - 1] + UNKNOWN`` (``s[k - 1]`` not covered) and ``best[j] + 1`` for
# every word ``s[j:k]`` of two or more characters, found by walking the reversed-word
# trie from ``s[k - 1]`` backwards (so one-character entries such as ``ๆ`` never count
# as words). ``best[k]`` reads ``s[:k]`` only, and no more than its last MAX_WORD
# characters (no word is longer). ``list(_key(...))`` gives each character as the trie's own
# key object (indexing a str makes a new one, hashed again, per lookup): of the characters from
# ``x - MAX_WORD`` on, the first a walk from ``x`` can read; ``map(trie.get, ...)`` takes
# every first trie step at C speed.


def _fill(s: str, best: list[int], x: int, ref: tuple[int, ...] = (), z: int = -1, shift: int = 0,
          UNK: int = UNKNOWN) -> list[int]:
    """Complete ``best`` (``len(s) + 1`` long, ``best[:x + 1]`` already right).

    With ``ref`` (``z >= 0``): ``s[z:]`` are the last characters of the string whose cost
    array is ``ref`` (``ref[k + shift]`` is its entry at ``best[k]``'s position). ``best[k]``
    reads only ``s[k - MAX_WORD:k]`` and ``best[k - MAX_WORD:k]``: once ``best[j] - ref[j + shift]``
    is one constant ``off`` for the MAX_WORD positions ``j`` before ``k`` (all ``>= z``),
    every later entry is ``ref[j + shift] + off``, copied, not walked."""
    trie: dict[str, Any] = _lexicon()[1]
    o = x - MAX_WORD if x > MAX_WORD else 0  # no walk from x on reads a character before o
    chars = list(_key(s[o:]))
    n = len(s)
    sync = z >= 0
    off, run = 0, 0
    k = x
    for first in map(trie.get, chars[x - o:]):  # the walk that has read s[k]
        c = best[k] + UNK
        if first is not None:
            node: dict[str, Any] = first  # typed: compiled (mypyc), dict calls are direct
            j = k
            while j > o:
                nxt: tuple[dict[str, Any], bool] | None = node.get(chars[j - 1 - o])
                if nxt is None:
                    break
                node, starts = nxt
                j -= 1
                if starts and best[j] + 1 < c:
                    c = best[j] + 1
        k += 1
        best[k] = c
        if sync and k >= z:
            d = c - ref[k + shift]
            if run and d == off:
                run += 1
            else:
                off, run = d, 1
            if run >= MAX_WORD and k < n:
                for t in range(k + 1, n + 1):
                    best[t] = ref[t + shift] + off
                break
    return best


def _memo(s: str, best: list[int]) -> tuple[int, ...]:
    if len(_costs) >= _MEMO_MAX:
        _costs.clear()
    got = tuple(best)
    _costs[s] = got
    return got


def _array(s: str) -> tuple[int, ...]:
    got = _costs.get(s)
    if got is None:
        got = _memo(s, _fill(s, [0] * (len(s) + 1), 0))
    return got


def score(s: str) -> int:
    """Segmentation cost of Thai string ``s`` (see module doc). Empty string costs 0."""
    return _array(s)[-1]


def prefix_score(s: str, k: int) -> int:
    """``score(s[:k])``, read off ``s``'s cost array (``best[k]`` reads ``s[:k]`` only)."""
    return _array(s)[min(max(k, 0), len(s))]


def score_edit(base: str, s: str) -> int:
    """``score(s)`` for a string ``s`` made by editing ``base``: the cost array of their
    common prefix is ``base``'s (``best[k]`` reads ``s[:k]`` only), so only the rest is
    filled. Same result as ``score(s)``; both arrays are memoised."""
    got = _costs.get(s)
    if got is not None:
        return got[-1]
    ref = _array(base)
    d = common_prefix(base, s)
    best = list(ref[:d + 1])
    best.extend([0] * (len(s) - d))
    # the common suffix (after the common prefix): once the new array has run a constant
    # offset from ``ref`` over MAX_WORD positions inside it, the rest is ``ref`` + offset
    e, hi = 0, min(len(base), len(s)) - d
    while e < hi:
        mid = (e + hi + 1) >> 1
        if base[len(base) - mid:] == s[len(s) - mid:]:
            e = mid
        else:
            hi = mid - 1
    if e <= MAX_WORD:
        return _memo(s, _fill(s, best, d))[-1]
    return _memo(s, _fill(s, best, d, ref, len(s) - e, len(base) - len(s)))[-1]


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b``, by halving (C-speed compares)."""
    k, hi = 0, min(len(a), len(b))
    while k < hi:
        mid = (k + hi + 1) >> 1
        if a[:mid] == b[:mid]:
            k = mid
        else:
            hi = mid - 1
    return k


def window_delta(s: str, cand: str, i: int, win: int) -> int:
    """How much more the window of ``cand`` around position ``i`` (``win`` characters each
    side, in ``s``'s positions) costs than that of ``s`` (``cand`` is ``s`` edited at ``i``).
    A window that starts at 0 reads its cost off ``s``'s own array."""
    lo, hi = max(0, i - win), i + win
    if lo == 0:
        return score_edit(s, cand[:hi + len(cand) - len(s)]) - prefix_score(s, hi)
    w = s[lo:hi]
    return score_edit(w, cand[lo:hi + len(cand) - len(s)]) - score(w)


def _back(s: str) -> tuple[tuple[int, ...], list[int]]:
    """The cost array of ``s`` and back pointers: ``back[k]`` is the start of the last
    piece of ``s[:k]``, set for the ``k`` the best segmentation ends a piece at (the path
    from ``len(s)`` back to 0; the others stay 0). Of equal-cost segmentations the one a
    forward pass would find first is kept: the word with the lowest start, and the unknown
    step only if it is strictly cheaper than every word. The cost array is ``score``'s
    (memoised, often already filled), so only the pieces of the path are walked in the
    trie, not every position again. Both arrays are memoised."""
    got = _backs.get(s)
    if got is not None:
        return got
    best = _array(s)
    back = [0] * (len(s) + 1)
    trie: dict[str, Any] = _lexicon()[1]
    chars = list(_key(s))
    k = len(s)
    while k > 0:
        target = best[k]
        start = k - 1  # the unknown step, unless a word costs as little
        first: dict[str, Any] | None = trie.get(chars[k - 1])
        if first is not None:
            node: dict[str, Any] = first
            j = k - 1
            while j > 0:
                nxt: tuple[dict[str, Any], bool] | None = node.get(chars[j - 1])
                if nxt is None:
                    break
                node, starts = nxt
                j -= 1
                if starts and best[j] + 1 == target:  # ties: the lower start
                    start = j
        back[k] = start
        k = start
    if len(_backs) >= _MEMO_MAX // 4:
        _backs.clear()
    _backs[s] = best, back
    return best, back


def unknown_chars(s: str) -> int:
    """Number of characters of ``s`` that no dictionary word covers."""
    return score(s) // UNKNOWN


@lru_cache(maxsize=8192)
def unknown_positions(s: str) -> tuple[int, ...]:
    """Start positions of the characters of ``s`` that no dictionary word covers."""
    back = _back(s)[1]  # (the pieces of ``_segment``, read off its back pointers: no piece strings)
    out: list[int] = []
    j = len(s)
    while j > 0:
        i = back[j]
        if j - i == 1 and not is_word(s[i]):
            out.append(i)
        j = i
    out.reverse()
    return tuple(out)


def segment(s: str) -> list[str]:
    """The best segmentation of ``s`` (unknown characters are single-char pieces)."""
    return list(_segment(s))


@lru_cache(maxsize=8192)
def _segment(s: str) -> tuple[str, ...]:
    back = _back(s)[1]
    out = []
    j = len(s)
    while j > 0:
        i = back[j]
        out.append(s[i:j])
        j = i
    return tuple(out[::-1])


@lru_cache(maxsize=1)
def _am_syllables() -> dict[str, int]:
    """Thai National Corpus frequencies (pythainlp's ``tnc_freq.txt``) of the short words
    that end with ``ำ`` (``ต่ำ`` 8930, ``ตำ`` 767): only those lines are read."""
    from pathlib import Path

    import pythainlp.corpus

    out: dict[str, int] = {}
    path = Path(pythainlp.corpus.__file__).parent / "tnc_freq.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.split("\n"):
        word, _, n = line.partition("\t")
        if 2 <= len(word) <= 3 and word.endswith("\u0e33") and n.strip().isascii() and n.strip().isdigit():
            out[word] = int(n)
    return out


def am_frequency(word: str) -> int:
    """How often the short word ``word`` (ending with ``ำ``) occurs in the Thai National
    Corpus (0 when unknown)."""
    return _am_syllables().get(word, 0)


@lru_cache(maxsize=1)
def _word_freqs() -> tuple[dict[str, int], float]:
    """Thai National Corpus word frequencies (pythainlp's ``tnc_freq.txt``) and the log of
    their total; empty when the file is missing."""
    from pathlib import Path

    import pythainlp.corpus

    out: dict[str, int] = {}
    path = Path(pythainlp.corpus.__file__).parent / "tnc_freq.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out, 0.0
    for line in text.split("\n"):
        word, _, n = line.partition("\t")
        n = n.strip()
        if word and n.isascii() and n.isdigit():
            out[word] = int(n)
    return out, math.log(max(1, sum(out.values())))


@lru_cache(maxsize=8192)
def corpus_logp(s: str) -> float:
    """Log probability of ``s`` under a unigram model of the Thai National Corpus, read on its
    dictionary segmentation (``segment``; a word or piece the corpus lacks counts once): breaks
    ties of ``score`` by how common the words are (``การ|จดจำ`` over ``การจด|จา``)."""
    freqs, log_total = _word_freqs()
    return sum(math.log(freqs.get(w, 0) + 1) - log_total for w in _segment(s))


_NAME_FILES = ("person_names_female_th.txt", "person_names_male_th.txt", "family_names_th.txt")
_NAME_MIN, _NAME_MAX = 4, 20


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """pythainlp's Thai given and family names of 4 to 20 characters (empty when the files are missing)."""
    from pathlib import Path

    import pythainlp.corpus

    here = Path(pythainlp.corpus.__file__).parent
    out: set[str] = set()
    for name in _NAME_FILES:
        try:
            text = (here / name).read_text(encoding="utf-8")
        except OSError:
            continue
        out.update(w for w in (line.strip() for line in text.split("\n")) if _NAME_MIN <= len(w) <= _NAME_MAX)
    return frozenset(out)


def name_across(s: str, k: int) -> bool:
    """Whether a known Thai given or family name (``_names``) in ``s`` spans position ``k``
    (starts before it and ends after it)."""
    names = _names()
    for a in range(max(0, k - _NAME_MAX + 1), k):
        for b in range(max(k + 1, a + _NAME_MIN), min(len(s), a + _NAME_MAX) + 1):
            if s[a:b] in names:
                return True
    return False


def name_ends(s: str) -> bool:
    """Whether ``s`` ends with a known Thai given or family name (``_names``)."""
    names = _names()
    return any(s[a:] in names for a in range(max(0, len(s) - _NAME_MAX), len(s) - _NAME_MIN + 1))
