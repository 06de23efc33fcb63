"""The extract stage's output: what a PDF yields before any interpretation.

Everything here is plain data that round-trips through JSON, so the extract stage can
hand its result to the normalize stage on disk (``data/interim/<doc_id>/extract.json``)
and the normalize stage can be re-run alone without re-reading the PDF.

Cell and page text is stored *raw* (as the text layer or OCR gave it). Thai repair happens
in the normalize stage, so a repair fix re-applies with ``ita rerun --all --from normalize``.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, Optional

# Bumped when the extract stage's output changes for the same PDF (the ledger records it per
# document; ``ita rerun --all --from extract`` brings older extractions up to date).
# 2: OCR lines cut by us, digits in text re-read, cell_alt, one-row score tables (0.2.x).
# 3: scans: tall glyphs kept on their line, spaces where the script changes, underlines are
#    not row rules (0.2.2).
# 4: scans: spaces at brackets, colons, commas, quotes; a partial digit re-reading leaves the
#    word it would shorten (0.2.2).
# 5: tables without column rules: shaded (zebra) rows, rules across only split into rows;
#    shading rects are no longer rules (0.2.x).
# 6: measures tables without rules or shading (extractors/spaced.py), rules across only cut by a
#    measures header, no space at a Thai/Arabic digit seam without a space character, OCR page
#    numbers with the recognizer's confidence (PageText.numbers), mixed-script digits on scans.
# 7: tables ruled across only (extractors/rules_across.py: two-level headers without a group word, rows
#    run off a page, a row's rest above the next page's first rule); scans: measures tables from body
#    channels and lone header bands (extractors/ocr/columns.py), question codes read by pixels in code
#    columns (extractors/ocr/codecells.py).
#  8: rules-across tables under unknown header words read by content (rules_across_plain), borderless and
#     zebra rows anchored past the steps column, two header levels by merged cells, carried rows and
#     rule joints (rules_across), mark outlines of Word font subsets (glyph_outlines); scans: measures
#     tables from ink channels (ocr/borderless.py), Tesseract's Arabic digits as a second reading (0.6.0).
#  9: measures tables: upper header cells over sub-column gaps, header/body lines by width and role words,
#     zebra bands split by their text, unruled parts stitched by outer edges, ruled-across tables over a
#     page without rules; glyph recovery memoised, fast char dicts (output identical) (0.7.0).
# 10: unruled headers: a line far wider than its header cell or holding a list item is body; a header at
#     the page foot over a cut row is kept and carried with its anchor column and uncertain bounds;
#     vertically centred headers; OCR re-reads Latin-looking month words in Thai (0.8.0).
# 11: column bounds on rule joints drawn across them and on group-cell rule ends; body lines under a
#     repeated header and titles set between header lines; sub-columns under unknown upper cells; scans:
#     a zebra body carries on past a blank, a header band over one tall shaded row, two-level OCR headers (0.9.0).
# 12: a header alone at a page foot heads the row on the next page (columns carried), tall header cells
#     and narrow cells' cut titles still match their repeat; scans: borderless score grids cut at the
#     shaded header grids inside them (0.10.0).
# 13: a loose carry takes a column shown past its edges on the next page; unruled headers in words no
#     vocabulary knows found by geometry (columns under the lowest pieces, titles numbered at their end);
#     scans: stacked code cells refused, tool names by elimination up to 8 signs, tool values re-read by
#     the numeral recognizer, a flat blob beside glyphs of its height is no dash (0.11.0).
# 14: zebra rows whose first cells are merged (indicator headings) kept in the table; an indicator heading
#     beside other cells starts a Word row; numbered lists inside a first column; repeated headers paired
#     with the carried columns; ruled rows whose middle page draws column rules only; wrapped header titles
#     joined per column; unmapped TrueType glyphs matched by outline; scans: period digits, code re-reads (0.12.0).
# 15: a heading or role-naming header ends a carried table; content-read tables carry their header text;
#     borderless question lists on a results table's column lines; numbered group titles in ruled-across
#     headers; unruled content tables under unknown titles (wrapped dash unit lists, steps-first rows);
#     header fixes (titles closer than a piece gap, Word header rows cut by the page, stacked headers);
#     a two-level header split by the page break read under both rows; a next table's header cut at the
#     page foot starts its own table; scans: the period column is not cut at a word gap (0.13.0).
# 16: a run-on row's bound on its one channel nearest it; headers wrapping sub-column titles or a word a
#     line; centred titles at a page foot carry rows starting left of them; a ruled table between two rules
#     ends their stack; bounds on rule ends at spanned cells; one-line zebra bands bound the line pitch;
#     scans: a dash on its line's letters is kept (0.14.0).
# 17: a shaded header band alone at a page foot carries its columns (table_header_alone); typed header
#     depth over a column of another type; numbered items in a non-anchor column start no row; content-read
#     tables: dash-led first columns anchor no rows, loose carried bounds, carried group-title headers (0.15.0).
# 18: scans: a ruled row's part that a page break cut off (no rule over it, or no horizontal rule at
#     all) is a one-row table; month abbreviations read as Latin are read again in more shapes; two-row
#     score-table parts; short row rules stopping at a spanning tool column join their table; ได้ is no part
#     of a tool's value; (017) = (OIT), a bar-glued IIT by elimination, ทต . = ทต.; born-digital: header
#     titles cut at a page foot fill the next header, carried header bands and repeated headers over
#     several tables, lower header rows under a carried group cell (0.16.0).
# 19: scans: a measures row run off the page whose rest is loose text at the next page's top is read in
#     the previous page's columns (ocr_row_carried); a repeated header's last row ending in a long
#     one-column run is cut after its widest gap; borderless score tables: a header line inside the first
#     row starts the rows, one-row parts under a header, a header line between two scores cuts the run,
#     code-column tolerance 0.75 of a line, a header above the rows widens the table; a numeric cell's
#     glyphs are no taller than a printed character (0.17.0).
# 20: scans: a carried row's lines may lie up to 2 mm across the previous page's column edges; the first
#     unruled table under a carried row takes the carried columns when its own are fewer
#     (carried.refit_columns); Thai repair in text layers: PDFium's line-end thanthakhat, SARA U as the
#     TLWG name of mai chattawa, below vowel + tone pairs as pair sets show them, Noto's pushed final
#     vowels (0.18.0).
# 21: scans: rows under a carried rest cut where a line brings ink into new columns, a rest's glued last
#     lines kept with it, per-measure tables on one page share a sibling's column edge, codes opening a
#     cell re-read from its first line's pixels (numerals.read_code_run); Thai repair: SARA AM drawn as
#     SARA AA + nikhahit after a tone, lost SARA AM before two spaces, thanthakhat runs joined only where
#     they read, the space before MAI YAMOK after a moved mark (0.19.0).
# 22: born-digital: columns refit from the document's earlier table (table_columns_refit), hidden column
#     splits a cell padding apart, rule stacks cut around a heading slab; scans: bare tables' header repeats
#     and title rows under a heading, headings between borderless score tables, mixed-digit scores, two
#     rules at a page edge make a row; code cells re-read line by line from pixels; Thai repair: a font
#     map swapping SARA U and MAI EK learned both ways, learned readings tried in sorted order (0.20.0).
# 23: scans: an OCR'd page's full text in page order (tables placed among the outside lines), bare
#     measures tables kept whole across tall cells and page numbers, inner score grids dropped; Thai
#     repair: a word cut in three by artefact spaces joined, a pushed tail tone set back (0.21.0).
# 24: scans: a shaded header cut from a shaded first row, a continued bare table's row rest at the page
#     top, a code Tesseract left out of a cell re-read from its pixels, small score tables read column by
#     column joined back by position, code letters re-read; born-digital: a ruled region with no text no
#     longer fails its page; Thai repair: tones pdftotext dropped, ำ's nikhahit lost in a gap (0.22.0).
# 25: scans: a bare table's repeated header found past a carried row rest (tables one per measure split
#     at their headings), a group title over a narrow channel no longer hides the column border, a row rest
#     under a repeated header kept as a row; born-digital: a page holding only a row's end carries the
#     table's columns on; Thai repair: word-list spaces after a tone gap, ำ with a tone (0.23.0).
# 26: scans: a bare table's body carried past a blank inside a cell (a short line of low letters, a score
#     line under its name, a line running over a column bound), the open last row of a ruled table the
#     same; ink of a column's text right under a table flagged (ocr_ink_below_table) (0.24.0).
# 27: scans: a shaded two-level header band is a header, narrow bands inside its width do not end the body;
#     a thin line of upper marks overlapping the next line starts no row of a bare table (0.25.0).
# 28: scans: a bare measures table's two-level header stays with its table (a score grid opening it is its
#     header, centred title lines are header rows); numerals: a blob that reads as one digit fairly well is
#     split where both halves read better, kept doubtful; born-digital: a one-column row part at the page's foot
#     under zebra bands is the cut row's first part (0.26.0).
# 29: born-digital borderless tables: a sub-column title is no upper cell unless the names beside it are
#     neighbours; an empty row-numbers column takes the numbers left beside it; scans: see 0.27.0's
#     changelog (scan27) (0.27.0).
# 30: scans: zebra tables one per indicator (a darker header printed again starts a table, a band joins only
#     the stack of the band right above it); see 0.28.0's changelog (scan28) (0.28.0).
# 31: born-digital tables read from spacing measure staggered lines' gaps in their own column (a header cut
#     by the page break no longer cuts the body into one-line rows); scans: a row's rest in the first column
#     alone carried, bare tables drawn one per measure cut at each drawing of their repeated header, headings
#     kept out; a header's touching titles no group title; a score table inside a bare table's header row
#     dropped; see 0.29.0's changelog (0.29.0).
# 32: scans (h/scan30): a bare table's row rest cut off its first line (a narrow column's line running up to
#     its neighbour's closed the channels) joins that line's stretch; a repeated header row over a carried
#     rest takes the carried columns; a table ruled with horizontal lines only, another table's rules below
#     it, is not extended past its last rule as a row the page break cut; a zebra table's column inked on
#     the header row alone beside one inked on the body rows alone is one column (a code column's title);
#     (coordinator) born-digital: a boundary of the table carried from the page before kept under an outer
#     column a repeated lower header leaves untitled, a measure head beside a code-led finding starts a row of a
#     Word table without padding or numbers; scans: lone header bands printed again (two lines tall,
#     one height) start a new stack, a heading over the next table is no line of the table above, list marks
#     at a title-less stretch's right end join the column on the right; see 0.30.0's changelog (0.30.0).
# 33: scans (coordinator): a zebra table's header-led columns are measured against the all-rows columns
#     without channels that only part a title from its cells; a bare table's first row that leaves a column
#     blank is the header's rest when taken with the next row it gives more columns;
#     (h/scan31) body rows' first lines drawn alike are no header drawn twice (the first sits right
#     under another line); a two-level header onto its body with overlapping lines; a stretch grown from a
#     two-level header goes on with its body's channels; a stretch opening inside a first column's cell takes
#     the cell's lines above; a repeated header over a row's rest refits to the carried columns within the
#     drift; see 0.31.0's changelog (0.31.0).
# 34: (coordinator) born-digital: a column beyond a carried edge needs ink of the carried outer column beside
#     it; an unshaded line over a zebra stack's first band holding numbers in two cells is no header; a row's
#     rest under a repeated header ruled across may fill one column; a line at a cell's line gap under a row's
#     line is no header; a renamed copy of an installed font read through the font whose widths agree;
#     scans (h/scan32m): a zebra band holding a wide table's titles, shaded darker than the band above it,
#     starts a table of its own (tables one per measure, a row's rest atop the page, a heading, the next
#     header); the ink under a zebra stack's last band is sought no further than the next stack's first
#     band (0.32.0).
# 35: scans (h/scan33h): a bare table's header drawn again over a carried rest, in as many columns placed
#     from its titles (left edge inside the carried first column, an edge far off), takes the carried
#     columns; the rest under such a header read as a grid of its own becomes its body row;
#     (coordinator) born-digital: a line in the regular face under a bold header is no header line (glyphs
#     carry ``bold``); a carried rest's line may run an em past the carried right edge when it starts right
#     of the first column;
#     scans (h/scan33z): a zebra table's unshaded row taller than three bands (one long cell's text, no
#     paragraph gap) keeps the stack of bands going and is one row; a narrow body channel under a group
#     title, every line right of it at its edge and twice as many lines ending left of it, is a column.
# 36: (coordinator) born-digital: a column bound at a rule joint every rule has (cells' rules drawn apart);
#     a carried rest may overhang the carried right edge by 1.5 em; two or more cells beginning together,
#     or an indicator heading beginning a cell, start a row in a Word table without padding; the page's
#     last body line alone in one column far below its column's text starts the next row; a known header
#     alone at a page's foot carries its columns; role words below a fenced header over a run-off row are
#     no header.
# 37: scans (h/scan35m): a headerless table at a page's top with more columns than the table it
#     continues, its added edges word gaps of one cell's lines, takes the carried columns (ocr/word_gaps.py).
# 38: scans (h/scan36w): a bare table's body stretch reaching as far as the stretch grown from its
#     header (a heading and a group title closing channels) with more channels is kept (stretch_body).
#     scans (h/scan36v): a table ruled across read from its body channels when the all-rows reading has as many
#     columns but one without a title or body text (u52b 52201: units and measure read as one cell); a
#     first-column cell carried on past a blank under a shaded header (u52b 52211 p7, ocr/cell_run.py); a
#     row of cells under a header band and one tall band (u52b 52200 p6, ocr/band_last_row.py).
#     scans (h/scan36p): a code run's Arabic ``1`` before a Thai digit (``i1๔``) is narrow for its own
#     height, so the pixel reader keeps the Thai digit and puts back the one Tesseract dropped.
#     (coordinator) a column whose numbers run down a borderless body starts rows (spaced_rows.numbered_rows);
#     connected components of an empty image are background, not a segfault (cvsafe).
# 39: scans (h/scan37m): a partial rule under a spanning title is ink when stacking a ruled header; a heading
#     of a header repeat starts at the table's left; a lone two-level header at a page foot cut at its partial rule
#     (ocr/lone_header.py); a measures header alone over blank paper carries its columns.
#     born (h/tables37): a role-named header right under a body line at a cell's line gap is body (spaced).
#     (coordinator) lines at one pitch above a zebra's first band, rows padded, are one row (unruled._extend);
#     only a table of titles (no cell longer than a title) carries its columns over blank paper (_titles_only).
# 40: scans (h/scan38m): a bare table's one-line header over a first row filling every column is cut at its
#     first left-aligned line (ocr/header_line.py); a ruled table's open last row keeps the ruled rows' columns;
#     a two-level header over a row's rest is fitted to the page before's columns (ocr/two_level_rest.py).
#     (h/scan38q) a digit blob twice the cell's digit width (a Thai digit touching an Arabic one) is cut where
#     both halves read best, each half boxed to its own ink. born (h/tables38): a loose carry's boundary may move
#     to the middle of its neighbours when a longer rest line passes the carried slack (spaced).
# 41: scans (h/scan39p): a number alone on a cell's line read by the numeral recognizer (ocr/lone_numbers.py);
#     (h/scan39s) a score table anywhere in a bare table's header is header, not a table of its own. born
#     (h/born39): a group title narrower than its sub-columns counts every sub-title between its neighbours, and
#     the lines below a group cell between sub-titles on two lines are searched together (spaced_header).
# 42: born: a plain header's two titles read as one piece split by the body's channel; rows anchored on the first
#     column a row may not leave empty (a remark/budget/follow-up column first skipped, spaced_rows.anchor_column);
#     scans (h/scan40s): a score grid amid a bare wide table's body is part of the row, a wide body channel's cut
#     moved past the header blank; (h/scan40p) dotless month words read as Latin of any case re-read in Thai.
# 43: scans (h/scan41s): a numbered step is no header line, a lone row under a carried row takes its columns, a
#     stretch of up to 10 lines joined onto the body; (h/scan41c) a digit read under 0.95 doubtful; (h/scan41p) a
#     lone digit given a speck-sized box goes to the digit recognizer.
EXTRACT_VERSION = "43"

Method = Literal["text", "ocr", "none"]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left


@dataclass
class RawTable:
    """One table found on one page, cells as a rectangular grid of raw strings.

    ``rows[r][c]`` is None for a cell covered by a merged neighbour (pdfplumber's convention)
    and "" for an empty cell. ``cell_conf`` is per-cell confidence 0..1 (1.0 for text-layer
    cells; OCR gives its own), same shape as ``rows`` or None. ``cell_alt`` (OCR tables only,
    same shape as ``rows`` or None) is the numeral recognizer's runner-up reading of each
    numeric cell, None where it has none; after an arithmetic choice (``ocr_checks``) it is
    the reading that was replaced. The normalizer uses it to repair a number that breaks the
    indicator = mean of its questions rule.
    """

    page: int  # 1-based
    index: int  # order on the page, from 0
    bbox: BBox
    rows: list[list[Optional[str]]]
    method: Method = "text"
    cell_conf: Optional[list[list[float]]] = None
    col_x: Optional[list[float]] = None  # x0 of each column (and the table's x1 last), when known
    cell_alt: Optional[list[list[Optional[str]]]] = None  # runner-up OCR reading per numeric cell
    flags: list[str] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class PageText:
    page: int  # 1-based
    method: Method  # how the page was read
    text: str  # raw text of the page *outside* tables, in reading order (lines joined by \n)
    full_text: str = ""  # raw text of the whole page (tables included)
    width: float = 0.0
    height: float = 0.0
    flags: list[str] = field(default_factory=list)  # e.g. "text_layer_garbled:custom_encoding"
    # OCR pages: each number of ``text`` as printed with the numeral recognizer's confidence,
    # [number, conf] (extractors/ocr/textnums.py); empty for text-layer pages
    numbers: list[list] = field(default_factory=list)


@dataclass
class Extraction:
    doc_id: str
    file_name: str
    page_count: int
    pages: list[PageText] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # page-level failures, "p3: <error>"
    extract_version: str = EXTRACT_VERSION

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.method == "ocr")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, d: dict) -> "Extraction":
        pages = [PageText(**p) for p in d.get("pages", [])]
        tables = []
        for t in d.get("tables", []):
            t = dict(t)
            t["bbox"] = tuple(t["bbox"])
            tables.append(RawTable(**t))
        return cls(
            doc_id=d["doc_id"],
            file_name=d["file_name"],
            page_count=d["page_count"],
            pages=pages,
            tables=tables,
            errors=list(d.get("errors", [])),
            extract_version=d.get("extract_version", EXTRACT_VERSION),
        )

    @classmethod
    def load(cls, path: str | Path) -> "Extraction":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        tmp.replace(path)
