"""The normalize stage's output: contract rows for one document, before writing.

Row dicts use exactly the contract's column names (see datastore/schema.py). The writer
adds ``ingested_at``, ``pipeline_version``, ``schema_version``, ``source_uri`` and
``file_name`` to the document row; everything else is filled here.
Dates are ``datetime.date``; lists are lists of str. Saved as JSON
(``data/interim/<doc_id>/records.json``) between the normalize and write stages.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

NORMALIZE_VERSION = "41"  # 2: doc_kind, announced_scores (schema 2); 3: table meaning from evidence;
# 4: codes never corrected onto a code printed elsewhere, results tables from tool lines and page text,
#    measures fields (period+units split, codes out of analysis, budget/target columns), Thai repair rules
# 5: measure rows continued across pages/tables joined, header leftovers dropped, cell/column contradictions
#    flagged; units mended and flagged; stacked question rows cut; text-only columns are no tool scores;
#    codes from their place in the table (code_from_position); Thai repair rules (0.5.0)
# 6: indicator cells of measures tables, header-only/body-only columns joined, headerless parts mapped with
#    the table they continue, row tails without keys joined, indicator rows from headings; repair (0.6.0)
# 7: fields from joined columns, roles from the same grid, single-day and open-ended periods flagged,
#    page-foot question scores, split/interleaved indicator cells, OCR header words, tone repair (0.7.0)
# 8: stacked indicator headings cut, question text carried into the next page's table, indicator cells
#    fused with periods or glued to neighbours, running numbers out of measures, column_not_read,
#    OCR month words mended, Thai repair rules (0.8.0)
# 9: typed headers (titles over few columns are a cut row), rows started at a page foot join the row below,
#    wrapped codes rejoined, cut header titles, periods cut at page breaks flagged, follow-up notes typed,
#    OCR'd OIT codes with a zero, fused OCR indicator headings split, garbled IIT keys, repair rules (0.9.0)
# 10: header rows told by repetition and typed sub-headers (unknown wording), codes-then-finding columns,
#     headings up to three lines above a table, column_unmapped_text, codes from a joined indicator column,
#     units glued to a header tail, Thai repair rules (letter for a tone, tone lost with ำ) (0.10.0)
# 11: codes-then-finding cells weighed as a column's share (analysis on them alone is low evidence),
#     column_not_read:analysis, responsible_unsure, two more tells of a row cut by a page break, one header
#     comparison, second header rows told by cells running down, per-measure tables grouped by whole titles,
#     Thai repair rules (a space kept before unread text, the learned swap wins a shaper tie) (0.11.0)
# 12: follow-up columns from what their cells name, every table's header words cleared, codes at the head
#     of a steps cell and at the starts of its lines, header depth three, responsible_unsure on glued
#     units, OCR period digits mended, Thai repair rules (vowel copies, junk-word joins) (0.12.0)
# 13: a question part does not continue an indicator part; unit cells told by their contents (dash lists,
#     สํานัก); header_text_kept; two more page-break tells (an unnumbered indicator rest, a cell starting
#     mid-word) and a keyless row at a page foot joined to the next page's; a headerless continuation
#     between the previous part's column middles stitched; a two-level header's upper rows read a line
#     each; measures_body_unread; floating-vowel and shaper-vote Thai repair rules (0.13.0)
# 14: a results table running on into question rows read as two tables (kind_from_rows); an indicator
#     column holding codes and a finding gives codes and analysis (indicator_cell_holds_codes); a period's
#     year alone after a page break joins the cut row; OCR: ปี read as a, bracketed list numbers (0.14.0)
# 15: question/indicator rows missing between found ones make the document partial (questions_missing,
#     indicators_missing); OCR i read as two glyphs; a measure's list number is a code only when the catalog
#     confirms it; OCR period mends (dot read as ิ, day symbol, year glued to the next day) (0.15.0)
# 16: a tool cell whose name OCR garbled keeps its score (tool_name_unread); text vs table tool scores
#     decided by the indicators' mean (<tool>_score_from_table); a misread tool name in a sentence named by
#     its description (tool_name_from_description); a finding ending in an indicator's name is no
#     indicator cell; Thai repair: dictionary-found lost ำ, marks across line breaks and spaces (0.16.0)
# 17: an indicator heading at a page foot (after a results list, or alone in fewer columns) heads the next
#     page's questions; indicators_missing at a question table's ends; headerless parts stitched to the
#     table's last part, a header's rest on the next page continues it; wrapped header words and word ends
#     back into their header; row numbers out of period/unit cells (period_seq_dropped,
#     responsible_seq_dropped); district_unreadable, org/province names split by OCR spaces; tool scores
#     glued after (OIT) checked by the overall score; Thai repair: punctuation tone stand-ins, Noto tone
#     gaps, spaces kept on ties in word lists, clean words not re-read by renaming marks; measures tables
#     read a line per row joined back (rows_from_lines, table_rows_are_lines -> partial) (0.17.0)
# 18: header rows told from body rows by what their cells hold (body_evidence); a group title read with its
#     sub-title names the sub-title's role; a header's rest under a foot heading continues the table, the
#     heading kept for the part's rows (part_heading); responsible_empty, header_text_kept,
#     measures_text_unread, ignored_table:scores_not_own; scans: OCR'd month names and quarters mended in
#     period lines, garbled codes flagged (code_unreadable), codes kept by place in sequences, headings
#     fused into cells, header_row_split, heading_column_joined, text_pieces_joined (0.18.0)
# 19: measure_numbers_gap, measure_rest_unread, a measure name never an indicator cell, header rests
#     and cut titles over a repeated header, one-row measure parts never skipped; scans: tool scores read
#     from pieces, district word misread, overall from tools, heading scores unreadable/doubled, results
#     rows from page text, units snapped (responsible_ocr_snapped), code_digit_unsure, OCR look-alike
#     consonants and a document's repeated runs mend OCR text, per-measure headings move down; a table's
#     heading under a title starting with its first word (0.19.0)
# 20: scans: OCR pages' headings give stitched parts their indicator, ocr_row_carried reaches the measure,
#     level read through Latin look-alikes, garbled codes flagged code_unreadable; born-digital: a part of
#     more than four columns is never a questions table, a repeated header's overrun rest given back,
#     table_columns_refit kept on measure rows (0.20.0)
# 21: no measure field null without a flag (cell_empty / cell_unread / indicator_not_found), headings placed
#     by later rows and on multi-table OCR pages, headings split across cells, a repeated header's upper
#     rows' overrun given back, seq_empty row rests; scans: header bands and fused header rows, headerless
#     parts on a table's columns, untaken numbers null a period side, units with ๆ snapped (0.21.0)
# 22: scans: indicator headings read from any OCR cell and placed where the page prints them, page-foot
#     scores, IIT codes read with a 1, units one edit per five letters off a known unit snapped, one-digit
#     end days 1-2 kept (flagged); the Thai fiscal year in fields/fiscal.py (0.22.0)
# 23: two measures read as one row flagged (measures_merged_in_cell, document partial), issue headings
#     with no measure under them flagged, a report title cut across a table's columns kept out of the
#     header, a first row with a numbered item never the header, a header alone at a page foot joined to
#     its table, a page-break join signal period_above_only; Thai repair rules of 0.23.0 (0.23.0)
# 24: measures cut by the OCR grid named (measures_text_cut, partial); a cell's own numbered list not two
#     measures; results header specks, heading scores above 100, indicator rows by number, stacked scores,
#     score-cell noise, IIT codes read with 1 for i, whole ranges never a cut period's tail, ไตรมาส mended;
#     Thai repair: clean lines kept in text with one typo, MAI THO + ำ maps, brackets for tones (0.24.0).
# 25: tool lines with a stray bar figure read, refused tool lines and garbled tool cells flagged unread;
#     คะแนน garbled after a number mended on OCR'd text; a range's unread day on one side null and flagged;
#     garbled tool names in results cells, tool digit from the indicator mean, period header specks, Latin
#     header words, code_other_indicator; Thai repair: pushed tones/vowels at a run's end set back, tone ties
#     by word frequency, PDFium commas for MAI EK beside spaces (0.25.0).
# 26: OCR'd periods: letters right before a day-less month (``lo ธันวาคม``) are an unread day, that side null
#     and flagged; a cell starting with a list number and a word (``1 มาตรการ…``) is no column title (0.26.0).
# 27: periods with ถึง/ตั้งแต่ glued to a month, (จน)ถึง … alone a deadline; a tool score with specks after it
#     kept and flagged, จำเภอ a district word; steps on the page after a measure flag its row; a heading in a
#     carried row's cell goes to the next table; ©)/&)/ๆ list numbers dropped; Latin garble before a code
#     flagged (0.27.0).
# 28: a two-level header's upper title inside a repeated header is no cut row's line; an overall score with
#     an integer digit lost is the weighted tool sum (flagged); OCR'd repeated headers compared by similarity
#     when grids were inferred; page-break tells indicator_above_only and dotless step lists; Thai repair: a
#     thanthakhat past a space (Noto/pdfplumber) (0.28.0).
# 29: one title word alone in a headerless page-top row is the cut row's rest (kept, flagged); unreadable
#     indicator-cell scores and a garbled overall sentence named (or the overall from the tools); Thai repair:
#     PDFium's Noto Sans Thai marks of ช displaced, Noto/pdfplumber word-list compounds in three pieces; see
#     0.29.0's changelog (0.29.0).
# 30: Thai repair (h/repair30): a glyph a text layer leaves unnamed (``(cid:N)``, LibreOffice's tone over
#     ำ) decided by the dictionary; (h/repair30b) a known given or family name joins across an artefact space in
#     a word list, and a name's last mark set after its real space goes back; (coordinator) a heading below a
#     section title in one cell read, a two-level header read as one row with a cut row's rest, a table placed
#     in the page text by the nearest body line, a repeated header with one cell clipped stitched, header-like
#     words beside numbered items kept (flagged), garbled tool keys/scores in key/value lines and spanned tool
#     cells, a tool score past reading flagged, ``อำเภ`` + ล/ฮ a misread district word, last year's overall
#     sentence skipped; see 0.30.0's changelog (0.30.0).
# 31: scans (coordinator): a tool's name OCR garbled over its score in a spanned cell is a tool cell; a
#     score under a garbled tool name with its decimals lost flagged unread; a level read as a round glyph
#     takes the overall's band (C/D), else ``level_unreadable``; Thai repair (h/repair31): PDFium/Noto ``,``
#     named as a tone at a word's end, the ช cascade of displaced marks (a nikhahit or tone stand-in among
#     them), a Pango tone gap in a word the dictionary lacks filled (TLWG pdfplumber), a thanthakhat pushed past
#     the next consonant's vowel moved back (Pango pdfplumber);
#     (h/scan31) a numbered steps column beside a code column is no question text (not joined);
#     list numbers whose dots OCR lost, 1, 2 … at line starts, type a cell as steps; OCR'd repeated headers
#     alike column by column (a title clipped at the page's top, a garbled one) stitch;
#     (h/scan31b) scanned question tables: a text column cut in pieces under one header, OIT codes read
#     ``6NN``, a code and a score alone no question text, a question code read as a Latin word, stacked OIT rows
#     with zero-read codes and one garbled score; a period column cut in two (``ไตรมาสที่ | 1-3``) joined; a
#     day and a month abbreviation glued to the next line's word; see 0.31.0's changelog (0.31.0).
# 32: Thai repair (h/repair32): a text whose SARA AA glyph the ToUnicode map names by the SARA AM cluster it
#     was first drawn in (every ``า`` read ``ำ`` or ``้ำ``) has each name read back as ``า`` (thai_aa_glyph);
#     (h/scan32q) scanned question tables: a column the body leaves blank between the codes and the
#     texts joined to the codes; misread codes (``113``, ``640``) in sequence repaired without an own-shaped
#     code in the column; a one-digit misread code (``64``, ``18``) beside its own-shaped neighbour repaired;
#     a question row left in the page text read; a tool score one digit from what the overall bears out
#     mended, flagged; a tool score garbled into Thai letters a garbled piece; (coordinator) a scanned indicator
#     cell's score kept for the row's indicator when the cell's name or ``คะแนน`` is past reading; garbled tool
#     keys before the line's read last tools give the head's scores in order, flagged (0.32.0).
# 33: Thai repair (h/repair33): the SARA AA glyph's SARA AM name decided once per document and read back as
#     ``า`` in every page and table cell (flag ``glyph_read_as_sara_aa:sara_am_name``); a run that lost the
#     same tone twice gets both back; no other mark read as ``ู`` where the learned map names ``ู``'s glyph;
#     a pushed tone before a space not read as the learned ``ู``; NotoSansThai/pdfplumber's pushed last tone
#     goes back on a tie;
#     scans (h/scan33h): a table's header printed again at a page's top and read loosely alike (titles by
#     edit distance, row by row or column by column) is the header again: read into body rows, its lowest
#     row's lines after the titles are the cut row's rest; read as a grid of its own over a headerless
#     body grid, it heads that body; as the part's header, the part continues the table;
#     (coordinator) titles over a page-foot part match the next page's repeated header; rows holding the
#     header's letters cut into other lines are the header repeated; a typed header does not hold a cut
#     last row against its column; a header band of two or three title rows; garbled codes (``ilolo``, Latin
#     leftovers in a codes cell) flagged; a tool name read as a digit; Latin digits glued before a Thai score a
#     key's garble; a tool score past reading read back from the weighted overall (``tool_overall``).
# 34: (coordinator) two-level headers alike but for where they place a group title are one table's; a score
#     under OCR noise beside question rows is no tool score; OIT codes read as padded numbers beside their
#     catalog texts; an empty column titled for the question texts joins the codes and texts; a sliver
#     column an OCR grid cut out of a cell's words joins its neighbour; a year alone is that fiscal year;
#     an org name or a district OCR split by a space joined by the gazetteer; step numbers without
#     their dot count as step lines of a row's rest read as page text; a range's start OCR read into the
#     units cell goes back to the period;
#     scans (h/scan34t): doubted tool scores (a third decimal, a speck, a digit lost, a look-alike letter,
#     a tool line with garbled keys) solved together against the weighted overall, flagged
#     ``<tool>_score_solved``; a sum past rounding but within check_overall flagged ``tools_weighted_inexact``;
#     Thai repair (h/repair34): a text whose only signature is pdftotext's lost SARA AM shows no pushed vowel
#     (a name ending in an upper vowel, ``วัณย์ศิริ``, is left as printed); a tone pdftotext lost goes back on a
#     dictionary tie where the toned word is commoner and has words beside it in its run; a word list keeps a
#     tall consonant's space where both halves read; a tone gap stands for the one tone the text never names on
#     an upper vowel, wherever it reads best; a tone is not learned as a below vowel the text prints as itself;
#     scans (h/scan34i): a results row left in the page's text on one line (name, then score); an
#     indicator heading with its score fused over a question row read (its ``คะแนน`` misread by a letter, the
#     question's code read ``[1๒๕`` or as Thai letters), the question then split off; a question table's
#     indicator row alone at a page's foot is its ``analysis_table`` row; a reading with a digit of its whole
#     part lost takes the value every other place prints (``score_digit_from_other_source``).
# 35: (coordinator) a header title's claim to a role its cells contest (another column holds that role's
#     content in every cell, this one in none) counts half; an indicator cell's number outside 0-100 is
#     unreadable, not kept; a cell printing a score makes no header row; a header printed again over more
#     rows than the first part's, a row's rest in its lowest cells, is told; a header alone under its own
#     heading at a page's foot starts its table;
#     Thai repair (h/repair35): a text without ``ำ`` whose runs read in fewer words with it is G1 (pdftotext's
#     lost SARA AM in rare words: ``ชาระหนี้``); a misspelt word the dictionary lacks takes its marks where the
#     text's own reading words say its reader pushes them (``ปหงั`` = ``ปหัง``); a misnamed mark after a vowel
#     letter may still move (``หนา้``); no space after a leading vowel or before a mark; an upper vowel set
#     past a tone gap and a leading vowel goes back (``ข  เี หล็ก`` = ``ขี้เหล็ก``);
#     scans (h/scan35f): a tool line whose key OCR glued to an Arabic-digit score (``1777.72``) read
#     against the weighted overall, a summary line's tools nothing read flagged ``<tool>_score_unread``;
#     an OCR'd period side whose implausible year is the next (unread) date's day or a year with a
#     glyph for a digit read again without it, flagged ``period_year_garbled``; a month abbreviation glued to
#     the one before it mended; an OCR'd score 100 < v < 101 is 100.00 (``score_past_100_read_as_100``); a
#     tool print's third decimal dropped before any other edit when solving against the overall; a score
#     after a tool's name whose clause names only an earlier year is no tool's (``earlier_year_score_skipped``); an OCR'd
#     heading's score with a digit or two before it takes the tail a table prints for it (``score_tail_from_other_source``);
#     scans (h/scan35n): a scanned measures table of no kind whose header was misread takes the header of a measures
#     table of the same document in the same columns (``table_header_from_sibling``); a scan's header read
#     atop each row's cells is split off, the grid cut into one table per measure (``header_glued_to_rows``);
#     an issue heading whose name is past reading ends the issue before's indicator.
# 36: Thai repair (h/repair36): a text whose SARA U glyph the ToUnicode map names by the low tone it was first
#     drawn under (``ปุ๋ย`` first: every ``ุ`` read ``๋``, ``ท่๋มท๋น`` = ``ทุ่มทุน``; TLWG fonts, LibreOffice) has
#     each name read back as ``ุ`` where the dictionary or Thai spelling says (thai_u_glyph);
#     scans (h/scan36p): OCR'd period words read again (``Tl งบประมาณ`` for ตลอดปีงบประมาณ, ``ถึ่ง``, ``5A`` for
#     ธ.ค., ``มีย`` for มิ.ย.); a two-digit day with a lone letter glued before it keeps its day
#     (``period_day_stray_letter``); the tail of a score garbled by a glyph inside it (``84.«9 คะแนน``) is no score.
#     (coordinator) a header's wrapped titles beside a word rest are no body row (header_rests); codes in a
#     column given no role name the row; a repeated header's titles spilled onto the cut row go back; a name's
#     rest after a page break joins its row (measure_breaks); ``ต่อเนื่อง`` is a period word; ``&)`` before a
#     measure word names two measures in a cell; ``อำเทอ`` is a misread ``อำเภอ``.
# 37: Thai repair (h/repair37): a high MAI THO glyph read as ``"`` (thai_quote_glyph), a tone written as a letter
#     or digit, a word that lost its tone twice, a lost tone + nikhahit gap; scans (h/scan37p): tool lines with
#     garbled keys (tool_bars), a stacked results row with one score garbled, quarter/dash/WA periods, OCR letters
#     in indicator names; born (h/tables37): a headerless part with more empty columns stitched by the one fitting
#     choice, a repeated title's rest over a code goes back; (coordinator) a table opening with its header's last
#     title line takes its sibling's header (header_tail), a sub-title row under a group over most columns is
#     header, glued/garbled scan codes read or flagged, a scan heading in the header cell heads the table,
#     ``ระดุบ`` before a level, a results row from text keeps its own line's score.
# 38: scans: a repeated header glued over a table's first body row is split off (glued_header); indicator
#     scores whose Thai digits Tesseract cannot print read back against another source (h/scan38p,
#     digits_misread); a bare list number one past the last counts (h/scan38m); units: joined into the period's
#     column flagged (units_in_joined_column), a header's rest no unit, a period line's last word completing the
#     unit before it, ``ทุกส่วน`` incomplete; a unit at the steps' line ends, a unit above the period, Thai letters
#     over a code (h/tables38); a row's first steps at the page before's foot flagged (measure_head_unread);
#     Thai repair (h/repair38): Noto tone gaps, a ``1`` for the overhang tone, SARA U for MAI TRI, pdftotext
#     lines broken at a mark.
# 39: a misread scan header naming columns otherwise than a same-columns sibling's takes the sibling's; a heading
#     at the foot of the row before a glued header goes to the next table; a row's rest printed as the next page's
#     text joined (measure_rest_from_text); a keyless row opening its page carries on the row before; a heading-only
#     table above a headed one is its heading; (h/born39) a row's head steps at the page before's foot joined
#     (measure_head_joined); (h/scan39p) period OCR look-alikes (asian, 5.A., AA, a stray letter in a month), header
#     look-alike consonants; (h/scan39i) a garbled year between dates, results rows named by number
#     (indicator_by_number), stray marks on measures-table scores; (h/scan39s) codes garbled to Thai letters
#     flagged; (h/repair39) Noto marks after a word's real space.
# 40: a header's third level told by the top titles running down through it; an OCR'd indicator cell's score of
#     three decimals unreadable (the other source's reading without the extra digit taken, flagged); (h/born40)
#     units beside bare codes under an unknown title, a keyless row after a carried rest, a unit cut by a page
#     break kept; (h/scan40i) indicator scores with the point lost, a digit too many or the lead digit under a
#     mark resolved against another source, a heading glued to i1, a page-foot code and score; (h/scan40s) a code
#     read twice flagged; (h/repair40) a tone glyph named as punctuation, a line-end tone over an upper vowel.
# 41: a measure row's rest in a table of its own joined on two tells of text going on after the break, its
#     indicator score kept; an OCR'd end day after a stray point unread; (h/born41) a clipped Latin title tail
#     after a code digit, units glued to the last column, a rest opening with the bracketed score; (h/scan41s)
#     list marks' column joined, clipped titles mapped with their siblings; (h/scan41c) OIT codes glued to the
#     finding, a garbled tool line named unread; (h/scan41p) `A.A.` months checked by every reading, a stand-in
#     end day unread, quarter ranges; (h/repair41) lost-nikhahit gaps read by dictionary and TNC; a measure column
#     named by its cells' head words; code_not_found.


@dataclass
class Records:
    doc_id: str
    document: dict  # documents row (without the writer-filled columns)
    indicator_scores: list[dict] = field(default_factory=list)
    question_scores: list[dict] = field(default_factory=list)
    planned_measures: list[dict] = field(default_factory=list)
    announced_scores: list[dict] = field(default_factory=list)  # an announcement's rows (schema 2)
    normalize_version: str = NORMALIZE_VERSION

    def to_json(self) -> str:
        def enc(o):
            if isinstance(o, dt.date):
                return o.isoformat()
            raise TypeError(type(o))
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, default=enc)

    @classmethod
    def from_dict(cls, d: dict) -> "Records":
        pm = []
        for r in d.get("planned_measures", []):
            r = dict(r)
            for k in ("period_start", "period_end"):
                if r.get(k):
                    r[k] = dt.date.fromisoformat(r[k])
            pm.append(r)
        return cls(doc_id=d["doc_id"], document=d["document"],
                   indicator_scores=d.get("indicator_scores", []),
                   question_scores=d.get("question_scores", []),
                   planned_measures=pm,
                   announced_scores=d.get("announced_scores", []),
                   normalize_version=d.get("normalize_version", NORMALIZE_VERSION))

    @classmethod
    def load(cls, path: str | Path) -> "Records":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        tmp.replace(path)
