"""Whether a page's text layer can be repaired, or must be read with OCR (``assess``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.thai.thai_chars import PUA_TABLE, is_pua


@dataclass(frozen=True)
class TextQuality:
    """Whether a page's text layer can be repaired (else: read it with OCR)."""

    usable: bool
    reason: str | None  # no_text | custom_encoding | latin_mojibake | unmapped_pua
    thai_ratio: float = 0.0  # Thai letters / all letters
    letters: int = 0
    pua_unmapped: int = 0
    replacement_chars: int = 0
    detail: dict = field(default_factory=dict)


_RX_LATIN_WORD = re.compile(r"[A-Za-z]+")
_COMMON_EN = frozenset(
    "the of and to in for is on by with at as from or be are this that it an no not was "
    "ita oit iit eit pdf www http https com org go th e service open data integrity "
    "transparency assessment page total score id you we he she they have has had will "
    "can all one two date name report year office department government public "
    "information we our your his her its which who what when where there their".split())


def assess(text: str) -> TextQuality:
    """Judge a page's text layer: usable (possibly after ``repair``) or not.

    Not usable: no text; custom font encodings (``1>@01>1/0@1@>@1``: punctuation
    and digits where letters should be); Latin mojibake from an OCR run as English
    (many Latin "words" that are not words, with odd punctuation inside); Private
    Use Area code points outside the Thai presentation-form table.
    """
    t = text or ""
    letters = sum(1 for c in t if c.isalpha() and not ("\u0e00" <= c <= "\u0e7f") or
                  "\u0e01" <= c <= "\u0e4e")
    thai = sum(1 for c in t if "\u0e01" <= c <= "\u0e4e")
    pua_all = [c for c in t if is_pua(c)]
    unmapped = sum(1 for c in pua_all if ord(c) not in PUA_TABLE and not 0xF020 <= ord(c) <= 0xF0FF)
    fffd = t.count("\ufffd")
    nonspace = sum(1 for c in t if not c.isspace())
    ratio = thai / letters if letters else 0.0
    detail: dict = {}
    if nonspace < 3:
        return TextQuality(False, "no_text", ratio, letters, unmapped, fffd, detail)
    if unmapped and unmapped >= max(3, 0.02 * nonspace) :
        return TextQuality(False, "unmapped_pua", ratio, letters, unmapped, fffd, detail)
    if fffd > max(5, 0.05 * nonspace) and fffd > thai * 0.1:
        return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    symbols = sum(1 for c in t if c in "<>@/\\`^{}|~[]_=;:#$%&*+")
    digits = sum(1 for c in t if "0" <= c <= "9")
    detail.update(symbols=symbols, digits=digits)
    if thai < 0.05 * nonspace:
        # custom encoding: symbol-heavy runs with few letters
        if symbols >= 0.15 * nonspace and letters < 0.5 * nonspace:
            return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
        words = _RX_LATIN_WORD.findall(t)
        if len(words) >= 5:
            known = sum(1 for w in words if w.lower() in _COMMON_EN or (w.isupper() and len(w) <= 6))
            vowelless = sum(1 for w in words if len(w) >= 3 and not re.search("[aeiouyAEIOUY]", w))
            odd = sum(1 for w in re.findall(r"\S+", t)
                      if re.search(r"[A-Za-z][^A-Za-z0-9\s.,()\-'/]+[A-Za-z]", w))
            detail.update(latin_words=len(words), known=known, vowelless=vowelless, odd=odd)
            if ((odd + vowelless) >= 0.25 * len(words) and known < 0.5 * len(words)) or \
                    (len(words) >= 20 and known < 0.1 * len(words)):
                return TextQuality(False, "latin_mojibake", ratio, letters, unmapped, fffd, detail)
        if symbols >= 0.25 * nonspace:
            return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    elif symbols > thai and symbols >= 0.2 * nonspace:
        return TextQuality(False, "custom_encoding", ratio, letters, unmapped, fffd, detail)
    return TextQuality(True, None, ratio, letters, unmapped, fffd, detail)
