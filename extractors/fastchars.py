"""pdfplumber's per-char dictionary, built without its generic per-attribute walk.

pdfplumber turns every pdfminer layout object into a dict (``Page.process_object``): for
each attribute it calls ``resolve_all`` (a recursive walk for PDF references, lists and
dicts), decodes the colour space's name through PDFDocEncoding and builds the kind name with
a regular expression. A report page draws ~1,500 chars, all of them plain floats, strings
and tuples of floats, so that walk was about a quarter of the page's parse time.

``install()`` replaces ``process_object`` for ``LTChar`` only (every other object takes
pdfplumber's own path) with a version that produces the same dict: the same keys in the
same order, equal values (``tests/test_fastchars.py`` compares both on every page of real
PDFs). Scalars skip ``resolve_all`` (it returns them unchanged) and the colour space's
decoded name is remembered per name. Installed only for the pdfplumber version it was
written against; any other version keeps pdfplumber's code.
"""
from __future__ import annotations

from unicodedata import normalize as normalize_unicode

PDFPLUMBER_VERSION = "0.11.10"  # the process_object this mirrors (pdfplumber/page.py)
_SCALARS = frozenset({float, int, str, bool, type(None)})
_installed = False


def install() -> bool:
    """Install the fast char path (idempotent); False when pdfplumber is another version."""
    global _installed
    if _installed:
        return True
    import pdfplumber
    from pdfplumber import page as plumber_page

    if pdfplumber.__version__ != PDFPLUMBER_VERSION:
        return False
    from pdfminer.layout import LTChar
    from pdfplumber.utils import resolve_all, resolve_and_decode

    ALL_ATTRS = plumber_page.ALL_ATTRS
    fix_fontname_bytes = plumber_page.fix_fontname_bytes
    orig = plumber_page.Page.process_object
    decoded: dict[str, object] = {}  # colour space name -> resolve_and_decode(name)

    def process_object(self, obj):
        if type(obj) is not LTChar:
            return orig(self, obj)
        attr = {}
        for k, v in obj.__dict__.items():
            if k in ALL_ATTRS:
                attr[k] = v if type(v) in _SCALARS else resolve_all(v)
        attr["object_type"] = "char"
        attr["page_number"] = self.page_number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                name = getattr(obj, cs).name
                if type(name) is str:
                    if name not in decoded:
                        decoded[name] = resolve_and_decode(name)
                    attr[cs] = decoded[name]
                else:
                    attr[cs] = resolve_and_decode(name)
        text = obj.get_text()
        norm = self.pdf.unicode_norm
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):  # rare byte-encoded font names
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        mb_x0, mb_top = self.mediabox[:2]
        if "y0" in attr:
            attr["top"] = (self.height - attr["y1"]) + mb_top
            attr["bottom"] = (self.height - attr["y0"]) + mb_top
            attr["doctop"] = self.initial_doctop + attr["top"]
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    process_object._ita_original = orig  # for the equivalence test
    plumber_page.Page.process_object = process_object
    _installed = True
    return True
