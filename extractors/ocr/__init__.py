"""OCR of one scanned PDF page: its text and its ruled tables.

``ocr_page`` renders the page (pypdfium2, pixel count capped), removes skew, finds table grids
from ruling lines (``extractors.grid``), reads numeric cells with our own numeral recognizer
(``extractors.numerals``; Tesseract ``tha`` cannot output ๔ ๖ ๗ ๘ ๙) and text cells with
Tesseract ``tha+eng``. Text cells of a page are stacked into one strip image and read by a
single Tesseract call (psm 6), the text outside tables by another (psm 3), so a page costs
about one bare Tesseract run. Tesseract's per-character "words" are re-joined into Thai
words by their box gaps, ``ำ`` is recomposed, and runs of digits inside text (prose scores,
question codes such as ``i๘``) are re-read by the numeral recognizer.

Tables go through the arithmetic second opinion (``extractors.ocr_checks``). Only OCR's own
artefacts are fixed here; the general Thai repair (``normalizers.thai.thai_text.repair_cell``)
runs in the normalize stage like for born-digital text, so its flags are kept.

Modules: ``render``, ``lines``, ``tess``, ``words``, ``digits``, ``cells``, ``blocks``, ``page``;
``leaders`` (dotted leaders read as ``key ...... value``), ``bands`` (zebra tables without rules
from their shading bands), ``aligned`` (borderless score tables from ink alignment).
"""

from extractors.ocr.render import ink_gray, render_page
from extractors.ocr.lines import TextLine
from extractors.ocr.tess import Word
from extractors.ocr.words import join_line, recompose_am
from extractors.ocr.digits import reread_digits
from extractors.ocr.cells import ink_not_read, text_sized
from extractors.ocr.page import borrowed_columns, ocr_image, ocr_page, straighten_params

__all__ = ["ink_gray", "render_page", "TextLine", "Word", "join_line", "recompose_am", "reread_digits", "ink_not_read", "text_sized", "borrowed_columns", "ocr_image", "ocr_page", "straighten_params"]
