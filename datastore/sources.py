"""Sources: where PDFs come from, listed as ``SourceItem``s (Prefect-free).

Three kinds of source, told apart by ``list_source(source)``:

- a local directory: every ``*.pdf`` below it; ``uri`` is the path relative to the root and
  the file is processed in place (not copied);
- an HTTP(S) index page: the PDF links on it, relative links resolved against the page URL;
- a manifest (CSV or JSON, local or HTTP(S)) of PDF URLs, optionally with organisation
  metadata columns (kept in ``SourceItem.meta``).

Only ``http``/``https`` URLs are accepted. An entry that cannot be used (a ``file://`` row of a
manifest, a symlink leading out of the source directory, a dangling one) does not stop the
listing: it becomes a ``SourceItem`` with ``error`` set, which fails alone when fetched and is
recorded like any other failed source item. Every file name taken from a URL or a manifest is
reduced to a safe base name (``safe_file_name``), so it can never name a path elsewhere.
"""
from __future__ import annotations

import csv
import io
import os
import json
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urljoin, urlsplit

MAX_INDEX_BYTES = 5 * 1024 * 1024  # an index page or remote manifest larger than this is refused
META_KEYS = ("org_name", "org_type", "district", "province")
_URL_KEYS = ("url", "source_uri", "link", "href", "pdf_url")


class SourceError(ValueError):
    """A source that cannot be used: unknown kind, unsafe scheme, unreadable manifest."""


@dataclass(frozen=True)
class SourceItem:
    """One PDF of a source: its ``uri`` (URL or path relative to a local root) and file name."""

    uri: str
    file_name: str
    local_path: Optional[str] = None  # absolute path for local files, None for URLs
    meta: dict = field(default_factory=dict, hash=False, compare=False)
    error: Optional[str] = None  # rejected when listed (bad manifest row, symlink): fails alone
    root: Optional[str] = None  # local directory sources: the root the item was listed under

    @property
    def is_remote(self) -> bool:
        return self.local_path is None


def is_url(text: str) -> bool:
    """True if ``text`` looks like a URL with a scheme (``x://``), safe or not."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text.strip()))


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL with a host, else raise ``SourceError``.
    (Which hosts may be connected to is checked at connect time: ``datastore.safe_http``.)"""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise SourceError(f"only http/https sources are allowed, not {parts.scheme or 'no scheme'!r}: {url!r}")
    if not parts.netloc:
        raise SourceError(f"URL without a host: {url!r}")
    return url.strip()


def safe_file_name(name: str, default: str = "document.pdf") -> str:
    """A plain base file name from a URL path or a manifest value: no directories, no ``..``,
    no control characters, at most 200 characters; ``default`` if nothing usable is left."""
    name = unicodedata.normalize("NFC", unquote(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    if not name or name in (".", ".."):
        return default
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 190] + dot + ext[:9]) if dot else name[:200]
    return name


def file_name_from_url(url: str) -> str:
    """The safe file name of a URL's last path segment."""
    return safe_file_name(posixpath.basename(urlsplit(url).path))


# --- local directory -------------------------------------------------------------------------
def list_local_dir(root: str | Path) -> list[SourceItem]:
    """Every ``*.pdf`` (any case) below ``root``, sorted by relative path.

    Symlinks are never followed out of ``root``: a symlink (to a file or a directory) whose
    target lies outside, or that dangles, is listed as a failed item saying so; a symlink to a
    file inside ``root`` is listed like the file; symlinked directories are not descended into.
    Other entries named ``*.pdf`` that are not regular files (FIFOs, devices) fail too."""
    root = Path(root).resolve()
    items = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames + filenames):
            p = base / name
            if name.startswith(".") or (name in dirnames and not p.is_symlink()):
                continue
            item = local_item(root, p)
            if item is not None:
                items.append(item)
    return sorted(items, key=lambda i: i.uri)


def local_item(root: str | Path, p: str | Path) -> Optional[SourceItem]:
    """The ``SourceItem`` of one entry ``p`` below ``root`` (None: not a PDF candidate)."""
    root, p = Path(root).resolve(), Path(p)
    rel = p.relative_to(root).as_posix()
    fail = lambda why: SourceItem(uri=rel, file_name=p.name, local_path=str(p), error=f"{rel}: {why}",  # noqa
                                  root=str(root))
    if p.is_symlink():
        target = os.readlink(p)
        real = p.resolve()
        if root != real and root not in real.parents:
            return fail(f"symlink to {target}, outside the source directory: not followed")
        if not real.exists():
            return fail(f"broken symlink (to {target})")
        if real.is_dir():
            return None  # a directory inside root: its files are listed where they are
    elif p.is_dir():
        return None
    if p.suffix.lower() != ".pdf":
        return None
    real = p.resolve()
    if not real.is_file():
        return fail("not a regular file")
    return SourceItem(uri=rel, file_name=p.name, local_path=str(real), root=str(root))


# --- HTML index page ---------------------------------------------------------------------------
class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: Optional[str] = None
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag in ("a", "area", "link") and a.get("href"):
            self.links.append(a["href"])


def parse_index_html(html: str, page_url: str) -> list[str]:
    """Absolute http(s) URLs of the PDF links on an HTML page, in page order, deduplicated.

    Relative links are resolved against ``<base href>`` or ``page_url``; a link is a PDF link
    when its path ends in ``.pdf`` (any case)."""
    parser = _LinkParser()
    parser.feed(html)
    base = urljoin(page_url, parser.base) if parser.base else page_url
    seen, out = set(), []
    for href in parser.links:
        url = urljoin(base, href.strip()).split("#", 1)[0]
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            continue
        if not urlsplit(url).path.lower().endswith(".pdf") or url in seen:
            continue
        seen.add(url)
        out.append(url)
    return out


# --- manifests ---------------------------------------------------------------------------------
def _item_from_record(rec: dict, base_url: Optional[str]) -> SourceItem:
    url = next((str(rec[k]).strip() for k in _URL_KEYS if rec.get(k)), "")
    if not url:
        raise SourceError(f"manifest entry without a url: {rec!r}")
    if base_url and not is_url(url):
        url = urljoin(base_url, url)
    check_url(url)
    name = safe_file_name(str(rec.get("file_name") or ""), default=file_name_from_url(url))
    meta = {k: str(rec[k]).strip() for k in META_KEYS if rec.get(k) not in (None, "")}
    return SourceItem(uri=url, file_name=name, meta=meta)


def parse_manifest(text: str, fmt: str, base_url: Optional[str] = None) -> list[SourceItem]:
    """Items of a manifest. ``fmt`` is ``csv`` (header row with ``url`` and optional
    ``file_name``, ``org_name``, ``org_type``, ``district``, ``province``) or ``json`` (a list of
    URLs or of objects with those keys, or ``{"documents": [...]}``). Relative URLs need
    ``base_url`` (the manifest's own URL)."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        if not reader.fieldnames or not set(_URL_KEYS) & {f.strip().lower() for f in reader.fieldnames}:
            raise SourceError(f"CSV manifest needs a 'url' column, has {reader.fieldnames}")
        records = [{(k or "").strip().lower(): v for k, v in row.items()} for row in reader]
    elif fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SourceError(f"manifest is not valid JSON: {e}") from None
        if isinstance(data, dict):
            data = data.get("documents") or data.get("items") or data.get("urls") or []
        if not isinstance(data, list):
            raise SourceError("JSON manifest must be a list (or {'documents': [...]})")
        records = [{"url": d} if isinstance(d, str) else dict(d) for d in data]
    else:
        raise SourceError(f"unknown manifest format {fmt!r}")
    items, seen = [], set()
    for n, rec in enumerate(records, 1):
        if not any(rec.get(k) for k in _URL_KEYS):
            continue  # blank CSV line
        try:
            item = _item_from_record(rec, base_url)
        except SourceError as e:  # this row fails alone; the others are ingested
            raw = next((str(rec[k]).strip() for k in _URL_KEYS if rec.get(k)), f"row {n}")
            item = SourceItem(uri=raw, file_name=safe_file_name(raw.rsplit("/", 1)[-1], default=f"row-{n}"),
                              error=f"manifest row {n}: {e}")
        if item.uri not in seen:
            seen.add(item.uri)
            items.append(item)
    return items


def manifest_format(name: str, content_type: str = "") -> Optional[str]:
    """``csv``/``json`` for a manifest by file extension or content type, else None."""
    path = urlsplit(name).path.lower() if is_url(name) else name.lower()
    ct = content_type.lower()
    if path.endswith(".csv") or "text/csv" in ct:
        return "csv"
    if path.endswith(".json") or "json" in ct:
        return "json"
    return None


# --- dispatch ----------------------------------------------------------------------------------
def _get_text(url: str, client, max_bytes: int) -> tuple[str, str]:
    """GET a small text resource (index page, manifest) with a size cap → (text, content type)."""
    with client.stream("GET", url) as r:
        r.raise_for_status()
        chunks, size = [], 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise SourceError(f"{url} is larger than {max_bytes} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
        encoding = r.charset_encoding or "utf-8"
        return body.decode(encoding, errors="replace"), r.headers.get("content-type", "")


def list_source(source: str, *, client=None, timeout_s: float = 30.0,
                max_index_bytes: int = MAX_INDEX_BYTES) -> list[SourceItem]:
    """The PDFs of ``source``: a local directory, a local or http(s) manifest (.csv/.json),
    an http(s) URL of a single PDF, or an http(s) index page. Raises ``SourceError`` for
    anything else (including non-http(s) URLs, a page on a host that is not public, or one past
    its download deadline/rate) and ``httpx.HTTPError`` when a page cannot be read (callers retry
    those)."""
    source = str(source).strip()
    if is_url(source):
        url = check_url(source)
        if urlsplit(url).path.lower().endswith(".pdf"):
            return [SourceItem(uri=url, file_name=file_name_from_url(url))]
        from datastore import safe_http
        own = client is None
        client = client or safe_http.make_client(timeout_s)
        try:
            with safe_http.budget():
                text, ctype = _get_text(url, client, max_index_bytes)
        except (safe_http.FetchRefused, safe_http.DeadlineExceeded, safe_http.TransferTooSlow) as e:
            raise SourceError(f"{url}: {e}") from None
        finally:
            if own:
                client.close()
        fmt = manifest_format(url, ctype)
        return parse_manifest(text, fmt, base_url=url) if fmt else [
            SourceItem(uri=u, file_name=file_name_from_url(u)) for u in parse_index_html(text, url)]
    path = Path(source).expanduser()
    if path.is_dir():
        return list_local_dir(path)
    if path.is_file():
        fmt = manifest_format(path.name)
        if fmt:
            return parse_manifest(path.read_text(encoding="utf-8-sig"), fmt)
        if path.suffix.lower() == ".pdf":
            real = path.resolve()
            return [SourceItem(uri=path.name, file_name=path.name, local_path=str(real))]
    raise SourceError(f"not a directory, manifest (.csv/.json), PDF or http(s) URL: {source!r}")
