"""Marks of words the dictionary lacks, set back where the text's own words say its reader puts
them (issue 16, session 35).

A reader that orders glyphs by position (pdfplumber on Pango text, NotoSansThai above all) sets a
mark after the next consonant whenever the mark's glyph starts right of that consonant, and
whether it does is the geometry of the base and the mark: on fresh30..fresh34's NotoSansThai via
pdfplumber, ``ั`` on ``ว``, ``ร``, ``จ``, ``ส`` is pushed every time (58, 56, 35, 33 of them), on
``ล``, ``ต``, ``ท``, ``อ`` never (49, 27, 27, 24); 93 % of the marks follow the majority of their
(base, mark) pair. The dictionary mends the words it knows and leaves the others as printed
(``จญั`` for ``จัญ``, ``ชชั`` for ``ชัช``, ``ดรา๊`` for ``ดร๊า``).

So, per text: each mark of a word the repair left reading is a (base, mark) observation, pushed
or in place (the printed line and the repaired line hold the same letters in the same order: the
marks are matched one by one, by kind, in order); a word that still does not read gets each of
its printed marks back one consonant where the learned odds say so (the pair of the consonant
before is pushed more often than the pair it was printed on stays: a likelihood ratio of at
least ``_RATIO``), and only where that mends its spelling (``_RX_MISSPELT``: a ``ั`` with no
final consonant, a vowel mark after no consonant, a tone after no consonant or vowel mark). A
word that is spelt right as printed stays, whatever the odds. No list of words or fonts: the
text's own words and Thai spelling decide.
"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict

UNK = thai_dict.UNKNOWN
_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47")
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_CONS = "\u0e01-\u0e2e"
_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
# spelling no Thai word has: SARA A with no final consonant after it (its tone between), an
# above/below vowel after no consonant, a tone or sign after no consonant or vowel mark
_RX_MISSPELT = re.compile(f"\u0e31(?![\u0e48-\u0e4b]?[{_CONS}])|(?<![{_CONS}])[\u0e31\u0e34-\u0e3a\u0e47]"
                          f"|(?<![{_CONS}\u0e31\u0e34-\u0e39])[\u0e48-\u0e4e]")
_RX_THAI_WORD = re.compile("[\u0e01-\u0e5b]+")
_RX_WORD_AFTER = re.compile("$|[\u0e01-\u0e2e\u0e40-\u0e44]")  # the end of the line, or a Thai word
_RATIO = 1.2  # odds (pushed from the consonant before : in place) a mark goes back on
_PRIOR = 2.0  # pseudo-observations of a pair, at its mark's rate over the text


def _skeleton(s: str) -> str:
    return "".join(c for c in s if c != " " and c not in _MARKS)


def _marks(s: str) -> list[tuple[str, int]]:
    """(mark, index of the skeleton letter it follows) of each mark of ``s``."""
    out: list[tuple[str, int]] = []
    k = -1
    for c in s:
        if c == " ":
            continue
        if c in _MARKS:
            out.append((c, k))
        else:
            k += 1
    return out


def _align(raw: str, out: str) -> list[tuple[str, int, int]] | None:
    """(mark, letter in ``out``, letter in ``raw``) of every mark, matched by kind in order;
    None where the two lines differ in more than where their marks stand."""
    if _skeleton(raw) != _skeleton(out):
        return None
    by_raw: dict[str, list[int]] = {}
    by_out: dict[str, list[int]] = {}
    for c, k in _marks(raw):
        by_raw.setdefault(c, []).append(k)
    for c, k in _marks(out):
        by_out.setdefault(c, []).append(k)
    if by_raw.keys() != by_out.keys() or any(len(by_raw[c]) != len(v) for c, v in by_out.items()):
        return None
    return [(c, ko, kr) for c, v in by_out.items() for ko, kr in zip(v, by_raw[c])]


def _words(out: str) -> list[tuple[int, int, int]]:
    """(first letter, letter after, index among the space-split pieces) of each piece of ``out``."""
    res: list[tuple[int, int, int]] = []
    k = 0
    for i, piece in enumerate(out.split(" ")):
        n = len(_skeleton(piece))
        res.append((k, k + n, i))
        k += n
    return res


class _Odds:
    """Per (base, mark): how often the text's reading words show the mark in place / pushed."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], list[int]] = {}
        self.marks: dict[str, list[int]] = {}

    def add(self, base: str, mark: str, pushed: int) -> None:
        self.pairs.setdefault((base, mark), [0, 0])[pushed] += 1
        self.marks.setdefault(mark, [0, 0])[pushed] += 1

    def pushed(self, base: str, mark: str) -> float:
        a, b = self.pairs.get((base, mark), (0, 0))
        ma, mb = self.marks.get(mark, (0, 0))
        prior = (mb + 1) / (ma + mb + 2)
        return (b + _PRIOR * prior) / (a + b + _PRIOR)


def _learn(pairs: list[tuple[str, str, list[tuple[str, int, int]]]]) -> _Odds:
    odds = _Odds()
    for _raw, out, al in pairs:
        skel = _skeleton(out)
        words = _words(out)
        pieces = out.split(" ")
        reads: dict[int, bool] = {}
        for c, ko, kr in al:
            if kr - ko not in (0, 1) or ko < 0:
                continue
            w = next((w for w in words if w[0] <= ko < w[1]), None)
            if w is None:
                continue
            if w[2] not in reads:
                reads[w[2]] = thai_dict.score(pieces[w[2]]) < UNK
            if reads[w[2]]:
                odds.add(skel[ko], c, kr - ko)
    return odds


def _order(c: str) -> int:
    return 0 if c in _VOWELS else 1 if c in _TONES else 2


def _fix_line(out: str, al: list[tuple[str, int, int]], odds: _Odds) -> str:
    skel = _skeleton(out)
    pieces = out.split(" ")
    for s, e, i in _words(out):
        word = pieces[i]
        if e == s or not _RX_MISSPELT.search(word) or _RX_THAI_WORD.fullmatch(word) is None:
            continue
        if thai_dict.score(word) < UNK:
            continue
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        printed: dict[int, list[tuple[str, int]]] = {}
        for c, ko, kr in al:
            if s <= ko < e:
                printed.setdefault(kr, []).append((c, ko))
        placed: dict[int, list[str]] = {}
        for kr, group in printed.items():
            ratio = 1.0
            if s < kr < e and skel[kr - 1] in _CONSONANTS:
                # (no mark stands on a vowel letter, nor ``ั`` on a word's last consonant: such a
                # mark was pushed; where the word goes on past a stand-in, ``ั`` may close there: ทั ; ง)
                closed = (kr + 1 < e and skel[kr + 1] in _CONSONANTS) or not _RX_WORD_AFTER.match(after)
                for c, _ko in group:
                    stays = (1.0 - odds.pushed(skel[kr], c)
                             if skel[kr] in _CONSONANTS and (closed or c != "\u0e31") else 0.0)
                    ratio *= odds.pushed(skel[kr - 1], c) / max(stays, 1e-3)
            for c, ko in group:
                k = kr - 1 if ratio >= _RATIO else kr if ratio <= 1 / _RATIO else ko
                placed.setdefault(k, []).append(c)
        if any(k < s or k >= e for k in placed):
            continue
        if any(sum(1 for c in v if _order(c) == o) > 1 for v in placed.values() for o in (0, 1)):
            continue
        cand = "".join(skel[k] + "".join(sorted(placed.get(k, []), key=_order)) for k in range(s, e))
        if (cand != word and len(cand) == len(word)  # (a line that opens with its marks goes on the line before)
                and len(_RX_MISSPELT.findall(cand)) < len(_RX_MISSPELT.findall(word))):
            pieces[i] = cand
    return " ".join(pieces)


def marks_by_odds(given: list[str], out: list[str]) -> list[str]:
    """``out`` (the repaired lines of ``given``) with the marks of its misspelt words that do not
    read set where the text's reading words say its reader prints them (module doc)."""
    if len(given) != len(out) or not any(_RX_MISSPELT.search(x) for x in out):
        return out
    aligned = [_align(g, o) for g, o in zip(given, out)]
    pairs = [(g, o, al) for g, o, al in zip(given, out, aligned) if al is not None]
    if not pairs:
        return out
    odds = _learn(pairs)
    return [_fix_line(o, al, odds) if al is not None and _RX_MISSPELT.search(o) else o
            for o, al in zip(out, aligned)]


# a space no Thai word stands beside: after a leading vowel (ที่เ กี่ยว), before a vowel letter or
# mark that needs the consonant before it (ป าด, รู ้คอ)
_RX_CLUSTER_SPLIT = re.compile("(?<=[\u0e01-\u0e4e])(?:(?<=[\u0e40-\u0e44]) (?=[\u0e01-\u0e2e])"
                               "| (?=[\u0e30\u0e32\u0e33\u0e45\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][\u0e01-\u0e4e]))")


def cluster_spaces(line: str) -> str:
    """``line`` without the spaces that split a Thai cluster (``_RX_CLUSTER_SPLIT``): the
    artefact spaces a reader left that the repair did not place (none in any pair set's truth)."""
    return _RX_CLUSTER_SPLIT.sub("", line) if " " in line else line


# an upper vowel printed after a leading vowel (where none stands) that follows a tone gap (Pango's
# unnamed tone glyph read as two spaces): Pango drew the consonant's vowel and tone, the reader
# set the tone apart and the vowel past the leading vowel (ข␠␠เี␠หล็ก = ขี้เหล็ก, บัดน␠␠ไี␠ด้ = บัดนี้ได้)
_RX_VOWEL_PAST_GAP = re.compile("(?<=[\u0e01-\u0e2e])(  )([\u0e40-\u0e44])([\u0e34-\u0e37]) ?(?=[\u0e01-\u0e2e])")


def vowel_before_gap(text: str) -> str:
    """``text`` with each upper vowel ``_RX_VOWEL_PAST_GAP`` finds set back on its consonant,
    before the gap, and the reader's space after it gone (the gap's tone is decided after)."""
    return _RX_VOWEL_PAST_GAP.sub("\\3\\1\\2", text) if "  " in text else text
