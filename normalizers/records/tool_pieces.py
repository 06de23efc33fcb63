"""Tool scores a scanned results table prints in pieces that no reader took whole.

A results table whose tool cells span indicator rows (IIT over 1-5, EIT over 6-8, OIT over
9-10) comes out of OCR in pieces when its rows are shaded (zebra): the tool's name in one cell,
its score in the cell below (``EIT`` | ``๘7.30``), the name garbled (``o1`` for OIT), the cell
cut from the table into the page's text (``IIT`` on one line, ``๘๐.๙0`` on the next), or a
stray letter glued to the score (``EIT ๗๓.๔๘ด``). The column holding them is then no tool-score
column by its contents, and the tool scores were null (fresh18s 18507, 18508, 18511).

Here, for each tool the document has no score for:

- a cell of a results/analysis table's column other than its indicator and score columns that
  is a bare score (a tool's name may stand before it), on a row whose indicator belongs to the
  tool, and no other tool named in it or the cell above;
- in the text of a page with such a table: a line that is only the tool's name, the next line
  only a score.

- a cell there printing a short word that is no tool name before the score (``แห ๘3.06``,
  ``o1 91.๘6``: IIT and OIT garbled; unseen scan 32004), on a row whose indicator names the
  tool, flagged ``<tool>_score:tool_name_unread:<read>``.

A stray Thai letter at either end of the score is dropped. Such a cell whose score has one
character that is no digit (``e1 «8.81``) gives the mean of the tool's indicators when that
mean is the printed score but for that character (``<tool>_score_digit_from_mean``), else the
tool score stays null with ``<tool>_score_unread:p<n>`` (the document is ``partial``). One value per tool, or none when the
pieces disagree. The value is taken with ``<tool>_score_from_pieces:p<n>`` (info) when the mean of
the tool's indicator scores (``checks.tool_means``) bears it out, else with
``<tool>_score_pieces_unconfirmed:p<n>`` (check); a line of text is taken only when the mean
bears it out (a chart's labels read by OCR print the same way). A score the numeral
recognizer was not sure of adds ``<tool>_score:low_confidence_ocr``."""

from __future__ import annotations

import re

from normalizers.fields.indicators import TOOL_OF, match_indicator
from normalizers.fields.numbers import find_scores, parse_score, to_ascii_digits
from normalizers.fields.ocr_numbers import SURE, number_conf
from normalizers.records.checks import TOOL_MEAN_TOL
from normalizers.tables.grid import Table
from normalizers.tables.text import squash
from normalizers.tables.vocab import names_other_scores

_TOOL = re.compile(r"^\(?(IIT|EIT|OIT)\)?")
# (a stray letter a leading vowel too: ``ไ๖๘.๗๗ว`` for 68.77, dev u46a 46105 p1, OIT unread)
_SCORE = re.compile(r"^[ก-ฮเ-ไ]?([0-9]{1,3}\.[0-9]{2})[ก-ฮเ-ไ]?$")
LOW_CONF = 0.6  # a cell read below this is flagged (as ``records.scores`` does)
MAX_GARBLED_NAME = 3  # squashed characters of a tool name OCR garbled (``แห``, ``e1``, ``o1``)
_NUMBER_LIKE = re.compile(r"[0-9]\.[0-9]{2}$")  # a score's decimals, whatever came before them


def _score(text: str) -> float | None:
    """A bare two-decimal score (a stray letter at either end dropped), else None."""
    m = _SCORE.match(to_ascii_digits(squash(text)))
    if not m:
        return None
    v = float(m.group(1))
    return v if 0.0 <= v <= 100.0 else None


def _named(text: str) -> tuple[str | None, str]:
    """(tool the cell starts with, the rest of the cell)."""
    s = squash(text).upper()
    m = _TOOL.match(s)
    return (m.group(1), squash(text)[m.end():]) if m else (None, text)


def _garbled_head(text: str) -> tuple[str, str] | None:
    """(name read, score text) of a cell printing a short word that is no tool name and no
    number before its last word (``แห ๘3.06``, ``o1 91.๘6``: IIT and OIT garbled), else None."""
    parts = text.split()
    if len(parts) < 2:
        return None
    head = squash(" ".join(parts[:-1]))
    if len(head) > MAX_GARBLED_NAME or parse_score(head)[0] is not None or find_scores(head):
        return None
    return head, parts[-1]


def _one_digit_from_mean(printed: str, mean: float | None) -> float | None:
    """The mean of the tool's indicators, when the printed score is that mean (to 2 decimals)
    with one character OCR made no digit of (``«8.81`` for ``88.81``), else None."""
    if mean is None:
        return None
    want, got = f"{mean:.2f}", to_ascii_digits(squash(printed))
    diff = [k for k, (a, b) in enumerate(zip(want, got)) if a != b]
    if len(want) != len(got) or len(diff) != 1 or got[diff[0]].isdigit() or got[diff[0]] == ".":
        return None
    return round(mean, 2)


def _cell_pieces(t: Table, roles: list[str]) -> tuple[list[tuple[str, float, int, float, list[str]]],
                                                      list[tuple[str, str, int]]]:
    """(tool, value, page, confidence, flags) of the bare scores in a results table's other
    columns, and (tool, printed, page) of the cells there that print a tool's score past reading
    (a short name, then a number with a character that is no digit)."""
    ind_cols = [c for c, r in enumerate(roles) if r == "indicator"] or [0]
    others = [c for c, r in enumerate(roles) if r not in ("indicator", "score", "seq")]
    out, unread = [], []
    for c in others:
        for k, row in enumerate(t.rows):
            if c >= len(row.cells) or not row.cells[c].strip():
                continue
            named, rest = _named(row.cells[c])
            v = _score(rest)
            flags: list[str] = []
            garbled = _garbled_head(row.cells[c]) if named is None else None
            label = " ".join(row.cells[i] for i in ind_cols if i < len(row.cells))
            if names_other_scores([" ".join(x for i, x in enumerate(row.cells) if i != c)]):
                continue  # a national average's row joined under the table is nobody's piece
            no = match_indicator(label)[0]
            own = TOOL_OF.get(no) if no is not None else None
            if v is None and garbled and own:
                # the tool's name garbled (``แห ๘3.06``): the tool is the one of the cell's row
                v, rest = _score(garbled[1]), garbled[1]
                flags = [f"{own.lower()}_score:tool_name_unread:{garbled[0]}"]
            if v is None:
                if (named or garbled) and own and named in (None, own) and _NUMBER_LIKE.search(to_ascii_digits(rest)):
                    unread.append((own, squash(rest), row.page))
                elif own and (_CUT_SCORE.match(to_ascii_digits(squash(row.cells[c])))
                              or _CUT_SCORE_MORE.match(to_ascii_digits(squash(row.cells[c])))) and k \
                        and _name_piece_above(t, k, c, own, ind_cols):
                    # the score under its garbled name with its decimals past reading (``o1`` over
                    # ``๗๖.่``: unbiased fresh31s 43113 p1, 200 dpi, OIT null with no flag)
                    unread.append((own, squash(row.cells[c]), row.page))
                continue
            above = _named(t.rows[k - 1].cells[c])[0] if k and c < len(t.rows[k - 1].cells) else None
            tool = named or own
            if tool is None or (own and tool != own) or (above and above != tool):
                continue
            conf = row.conf[c] if c < len(row.conf) else 1.0
            out.append((tool, v, row.page, conf, flags))
    return out, unread


_CUT_SCORE = re.compile(r"^[0-9]{1,3}\.[^0-9]{0,2}$")  # a score whose decimals OCR lost (``๗๖.่``)
# ... or a score with a third decimal, or a speck before it (``๘๘.๗๙๓`` for 88.79, ``'๖๕.๘๑``: dev
# fresh33u 47208 p1, u44b 44210 p1, EIT and OIT lost without a flag; ``tool_solve`` reads them)
_CUT_SCORE_MORE = re.compile(r"^[^0-9\s]?[0-9]{1,3}\.[0-9]{2}[0-9]?$")


def _name_piece_above(t: Table, k: int, c: int, own: str, ind_cols: list[int]) -> bool:
    """Whether the cell above row ``k`` in column ``c`` prints a tool's name alone (read or garbled,
    ``OIT``, ``o1``) on a row of the same tool."""
    above = t.rows[k - 1].cells[c] if c < len(t.rows[k - 1].cells) else ""
    named, rest = _named(above)
    sq = squash(above)
    if not (named == own and not squash(rest).strip("()") or named is None and 1 <= len(sq) <= MAX_GARBLED_NAME
            and not find_scores(sq) and parse_score(sq)[0] is None):
        return False
    label = " ".join(t.rows[k - 1].cells[i] for i in ind_cols if i < len(t.rows[k - 1].cells))
    no = match_indicator(label)[0]
    return no is not None and TOOL_OF.get(no) == own


def _line_pieces(text: str, page: int, numbers: list | None) -> list[tuple[str, float, int, float]]:
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    out = []
    for a, b in zip(lines, lines[1:]):
        named, rest = _named(a)
        v = _score(b)
        if v is None:
            continue
        conf = number_conf(numbers, v) if numbers is not None else 1.0
        if named and not squash(rest).strip("()"):
            out.append((named, v, page, conf))
        elif named is None and 1 <= len(squash(a)) <= MAX_GARBLED_NAME:
            # the name garbled past reading (``[]`` over ``7๗.๙๔``: held-out fresh31u 43212 p1, 200 dpi,
            # a zebra results table's IIT cell cut into the page's text, IIT null in an ``ok``
            # document): whose score it is only the tools' means can say (``tool_pieces``)
            # (a name read as digits, ``1`` for IIT: fresh32s 45105 p1, 300 dpi, IIT null in an ``ok``
            # document; ``_not_indicator_line`` tells it from an indicator's number over its score)
            out.append((GARBLED + squash(a), v, page, conf))
    return out


def _not_indicator_line(name: str, v: float, read: dict[int, float]) -> bool:
    """May a garbled name over a score be a tool's, not an indicator's number over its score?
    A name without digits may; a number may where that indicator was read with another score
    and no indicator read has this score."""
    digits = to_ascii_digits(name)
    if not re.search(r"[0-9]", digits):
        return True
    n = int(digits) if digits.isascii() and digits.isdigit() else None
    return n is not None and n in read and read[n] != v and v not in read.values()


GARBLED = "?"  # the tool of a line piece whose name OCR garbled: the mean of the tool's indicators decides


def tool_pieces(tables: list[Table], kinds: list[str], page_text: list[tuple[int, str]],
                ocr_nums: dict[int, list], have: set[str], means: dict[str, float],
                read: dict[int, float] | None = None,
                printed: dict[str, tuple[str, int]] | None = None) -> dict[str, tuple[float | None, list[str]]]:
    """tool -> (score, flags) for the tools not in ``have`` that results tables print in pieces.
    ``kinds[k]`` is the kind of ``tables[k]`` and its roles (``(kind, roles)``); ``read``: the
    indicator scores the document's results and analysis tables gave (number -> score);
    ``printed`` (filled when given): tool -> (the print of a score cell past reading, page)."""
    cells, lines, unread = [], [], []
    pages = set()
    for t, (kind, roles) in zip(tables, kinds):
        if kind in ("results", "analysis"):
            found_here, unread_here = _cell_pieces(t, roles)
            cells += found_here
            unread += unread_here
            pages.add(t.page)
    for page, text in page_text:
        if page in pages:
            lines += [p + ([],) for p in _line_pieces(text, page, ocr_nums.get(page))]
    out: dict[str, tuple[float | None, list[str]]] = {}
    for tool in ("IIT", "EIT", "OIT"):
        if tool in have:
            continue
        mean = means.get(tool)
        borne = [p for p in lines if p[0] == tool and mean is not None and abs(mean - p[1]) <= TOOL_MEAN_TOL]
        if not borne and mean is not None:
            # a piece whose name is garbled: the one tool whose mean bears it out, no other's
            near = [p for p in lines if p[0].startswith(GARBLED) and abs(mean - p[1]) <= TOOL_MEAN_TOL
                    and _not_indicator_line(p[0][len(GARBLED):], p[1], read or {})
                    and not any(abs(m - p[1]) <= TOOL_MEAN_TOL for t, m in means.items() if t != tool)]
            if len(near) == 1:
                p = near[0]
                borne = [(tool,) + p[1:4] + ([f"{tool.lower()}_score:tool_name_unread:{p[0][len(GARBLED):]}"],)]
        found = [p for p in cells if p[0] == tool] + borne
        if not found:
            # a score cell of the tool with one character past reading (``e1 «8.81``): the mean
            # of its indicators where it is the printed score but for that character, else
            # null and the document told (``<tool>_score_unread``)
            for _, text, page in [u for u in unread if u[0] == tool][:1]:
                v = _one_digit_from_mean(text, mean)
                out[tool] = (v, [f"{tool.lower()}_score_digit_from_mean:{text}" if v is not None
                                 else f"{tool.lower()}_score_unread:p{page}"])
                if v is None and printed is not None:
                    printed.setdefault(tool, (text, page))
            continue
        if len({p[1] for p in found}) > 1:
            continue
        _, v, page, conf, pflags = min(found, key=lambda p: p[3])
        ok = mean is not None and abs(mean - v) <= TOOL_MEAN_TOL
        flags = pflags + [f"{tool.lower()}_score_from_pieces:p{page}" if ok
                          else f"{tool.lower()}_score_pieces_unconfirmed:p{page}"]
        if conf < min(SURE, LOW_CONF) or (conf < SURE and not ok):
            flags.append(f"{tool.lower()}_score:low_confidence_ocr")
        out[tool] = (v, flags)
    return out


_STRICT = re.compile(r"^[0-9]{1,3}\.[0-9]{2}$")
NUMBERED_LABEL = re.compile(r"^[0-9]{1,2}\.?\s*[ก-๎]")  # an indicator's numbered name (``๑.การปฏิบัติหน้าที่``)
MIN_ROWS_READ = 6  # a results table read with this many of its ten rows: one lost row is a piece


# a results row printed on one line, the name then its score alone at the end (``1.การปฏิบัติหน้าที่ 63.02``;
# ``results_lines.one_line_rows`` reads it)
ONE_LINE = re.compile(r"^(?P<label>.{4,60}?)\s+(?P<score>[0-9]{1,3}\.[0-9]{2})$")


def indicator_lines(page_text: list[tuple[int, str]], pages: set[int], indicators: list[dict],
                    ocr_nums: dict[int, list]) -> list[tuple[int, float, int, float]]:
    """(indicator no, score, page, confidence) of results-table rows OCR cut out of the table into
    the page's text as two lines, the indicator's numbered name then its score alone
    (``๑.การปฏิบัติหน้าที่`` / ``๗๖.๒๖``: fresh18s 18508 p1, a zebra table), on a page of ``pages``
    (a results table of the document's own), for an indicator the results table lacks while it
    has most of the others."""
    read = {r["indicator_no"] for r in indicators if r.get("source") == "results_table"}
    if len(read) < MIN_ROWS_READ:
        return []
    out = []
    for page, text in page_text:
        if page not in pages:
            continue
        lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
        for a, b in zip(lines, lines[1:]):
            label, score = to_ascii_digits(a), to_ascii_digits(squash(b))
            if len(a) > 60 or not NUMBERED_LABEL.match(label) or not _STRICT.match(score):
                continue
            if ONE_LINE.match(label):
                continue  # the name's line ends with its own score: the line below is another cell's
                # (the OIT score beside it: ``๑0 การป้องกันการทุจริต ๘๖.49`` / ``7๓.6๔``, scan37p's unseen
                # 56204 p1 of session 37, indicator 10 given 73.64, flagged only as read from text)
            no, _, flags = match_indicator(a)
            if no is None or no in read or any(f.startswith("indicator_by_number") for f in flags):
                continue
            if not label.startswith(str(no)):
                continue  # the printed number is the named indicator's
            v = float(score)
            if 0.0 <= v <= 100.0:
                out.append((no, v, page, number_conf(ocr_nums.get(page), v) if page in ocr_nums else 1.0))
    return out
