"""Fetching: one source item → a raw PDF on disk with its sha256 (Prefect-free).

Remote PDFs are downloaded with httpx (timeouts, a size cap, a ``%PDF-`` magic-byte check,
conditional requests with the ETag/Last-Modified kept in the raw manifest) into
``<raw_dir>/by-hash/<sha256>.pdf``; the path is built from the hash only, never from a name
taken from a URL. Local files are hashed in place (not copied), and a file whose size and
mtime are those recorded is not even re-hashed.

``fetch_item`` makes one attempt and raises ``FetchError`` (``.transient`` says whether a retry
may help); ``fetch_with_retries`` adds retries with exponential backoff for callers without an
orchestrator (the Prefect task retries ``fetch_item`` itself).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from datastore.interim import file_sha256  # noqa: F401 - re-exported
from datastore.manifest import RawManifest
from datastore.settings import settings
from datastore.version import __version__
from datastore.sources import SourceItem, check_url

MAX_PDF_BYTES = settings().max_pdf_mb * 1024 * 1024  # $ITA_MAX_PDF_MB
DEFAULT_TIMEOUT_S = settings().fetch_timeout_s  # $ITA_FETCH_TIMEOUT_S
PDF_MAGIC = b"%PDF-"
USER_AGENT = f"ita-dataset/{__version__} (+https://github.com/; ITA report collector)"


class FetchError(Exception):
    """A source could not be fetched; ``transient`` is True when a retry may succeed."""

    def __init__(self, message: str, *, transient: bool, sha256: str | None = None,
                 path: str | None = None):
        super().__init__(message)
        self.transient = transient
        self.sha256 = sha256  # set when the rejected bytes are at hand (a local file)
        self.path = path


@dataclass
class FetchResult:
    """Outcome of fetching one item.

    ``outcome`` is ``new`` (a hash never seen for this source), ``changed`` (the source's
    content changed), ``unchanged`` (same hash as last time) or ``not_modified`` (HTTP 304).
    ``path`` is the raw PDF to process (by-hash file, or the local file in place)."""

    source_uri: str
    file_name: str
    sha256: str
    path: str
    outcome: str
    bytes_downloaded: int = 0
    meta: dict = field(default_factory=dict)
    previous_sha256: Optional[str] = None  # for ``changed``: the version this one replaces

    def to_dict(self) -> dict:
        return asdict(self)


def make_client(timeout_s: float = DEFAULT_TIMEOUT_S):
    """An httpx client with connect/read/write timeouts, redirects followed (http/https only)."""
    import httpx
    return httpx.Client(timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
                        follow_redirects=True, max_redirects=5,
                        headers={"User-Agent": USER_AGENT})


def raw_path_for(raw_dir: str | Path, sha256: str) -> Path:
    """Where a fetched PDF with this hash is kept: ``<raw_dir>/by-hash/<sha256>.pdf``."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a sha256: {sha256!r}")
    return Path(raw_dir) / "by-hash" / f"{sha256}.pdf"


def _outcome(known: Optional[dict], sha: str) -> str:
    if not known or not known.get("sha256"):
        return "new"
    return "unchanged" if known["sha256"] == sha else "changed"


def hash_local(item: SourceItem, manifest: RawManifest) -> FetchResult:
    """Hash a local file in place; skip re-hashing when size and mtime match the manifest."""
    st = os.stat(item.local_path)
    known = manifest.get(item.uri)
    if known and known.get("sha256") and known.get("size") == st.st_size and known.get("mtime_ns") == st.st_mtime_ns:
        manifest.touch(item.uri)
        return FetchResult(item.uri, item.file_name, known["sha256"], item.local_path, "unchanged", meta=item.meta)
    with open(item.local_path, "rb") as f:
        head = f.read(1024)
    if PDF_MAGIC not in head:
        manifest.record_error(item.uri, "not a PDF (no %PDF- header)")
        kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() else \
            ("an empty file" if not head else "no %PDF- header")
        raise FetchError(f"not a PDF ({kind})", transient=False,
                         sha256=file_sha256(item.local_path), path=str(item.local_path))
    sha = file_sha256(item.local_path)
    outcome = _outcome(known, sha)
    manifest.record(item.uri, sha, file_name=item.file_name, size=st.st_size, mtime_ns=st.st_mtime_ns,
                    meta=item.meta or None)
    return FetchResult(item.uri, item.file_name, sha, item.local_path, outcome, meta=item.meta,
                       previous_sha256=known.get("sha256") if outcome == "changed" else None)


def _download(r, raw_dir: Path, max_bytes: int, url: str) -> tuple[str, Path, int]:
    """Stream a response body into a temp file in ``raw_dir/by-hash`` → (sha256, temp path, size)."""
    declared = r.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: {declared} bytes is over the {max_bytes}-byte cap", transient=False)
    target_dir = raw_dir / "by-hash"
    target_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".tmp", dir=target_dir)
    tmp = Path(tmp_name)
    h, size, head = hashlib.sha256(), 0, b""
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: larger than the {max_bytes}-byte cap", transient=False)
                if len(head) < 1024:
                    head = (head + chunk)[:1024]
                    if len(head) == 1024 and PDF_MAGIC not in head:  # stop early: not a PDF
                        raise FetchError(f"{url}: not a PDF (no %PDF- header)", transient=False)
                h.update(chunk)
                out.write(chunk)
        if PDF_MAGIC not in head:
            ctype = r.headers.get("content-type", "?")
            raise FetchError(f"{url}: not a PDF (no %PDF- header; content-type {ctype})", transient=False)
        return h.hexdigest(), tmp, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def fetch_item(item: SourceItem, raw_dir: str | Path, manifest: RawManifest, *, client=None,
               timeout_s: float = DEFAULT_TIMEOUT_S, max_bytes: int = MAX_PDF_BYTES) -> FetchResult:
    """One attempt at fetching ``item`` (remote: conditional GET; local: hash in place).

    Raises ``FetchError``: transient for timeouts, connection errors, HTTP 408/429/5xx;
    permanent for other HTTP errors, bodies over ``max_bytes`` and non-PDF content."""
    if not item.is_remote:
        return hash_local(item, manifest)
    import httpx
    url = check_url(item.uri)
    raw_dir = Path(raw_dir)
    known = manifest.get(url)
    headers = {}
    if known and known.get("sha256") and raw_path_for(raw_dir, known["sha256"]).exists():
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    own = client is None
    client = client or make_client(timeout_s)
    try:
        with client.stream("GET", url, headers=headers) as r:
            if r.status_code == 304 and known and known.get("sha256"):
                manifest.touch(url)
                return FetchResult(url, item.file_name, known["sha256"],
                                   str(raw_path_for(raw_dir, known["sha256"])), "not_modified", meta=item.meta)
            if r.status_code >= 400:
                transient = r.status_code in (408, 425, 429) or r.status_code >= 500
                raise FetchError(f"{url}: HTTP {r.status_code}", transient=transient)
            if r.status_code != 200:
                raise FetchError(f"{url}: unexpected HTTP {r.status_code}", transient=False)
            sha, tmp, size = _download(r, raw_dir, max_bytes, url)
            etag, last_mod = r.headers.get("etag"), r.headers.get("last-modified")
    except httpx.TimeoutException as e:
        manifest.record_error(url, f"timeout ({type(e).__name__})")
        raise FetchError(f"{url}: timed out after {timeout_s:g}s ({type(e).__name__})", transient=True) from None
    except (httpx.UnsupportedProtocol, httpx.TooManyRedirects, httpx.DecodingError) as e:
        manifest.record_error(url, f"{type(e).__name__}: {e}")  # e.g. a redirect to ftp://
        raise FetchError(f"{url}: {type(e).__name__}: {e}", transient=False) from None
    except httpx.TransportError as e:
        manifest.record_error(url, f"{type(e).__name__}: {e}")
        raise FetchError(f"{url}: {type(e).__name__}: {e}", transient=True) from None
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        manifest.record_error(url, f"{type(e).__name__}: {e}")
        raise FetchError(f"{url}: {type(e).__name__}: {e}", transient=False) from None
    except FetchError as e:
        manifest.record_error(url, str(e))
        raise
    finally:
        if own:
            client.close()
    final = raw_path_for(raw_dir, sha)
    if final.exists():
        tmp.unlink(missing_ok=True)  # same bytes already kept: dedupe by hash
    else:
        os.replace(tmp, final)
    outcome = _outcome(known, sha)
    manifest.record(url, sha, file_name=item.file_name, etag=etag, last_modified=last_mod, size=size,
                    meta=item.meta or None)
    downloaded = size
    return FetchResult(url, item.file_name, sha, str(final), outcome, bytes_downloaded=downloaded, meta=item.meta,
                       previous_sha256=known.get("sha256") if outcome == "changed" else None)


def fetch_with_retries(item: SourceItem, raw_dir: str | Path, manifest: RawManifest, *, client=None,
                       attempts: int = 3, backoff_s: float = 1.0, **kw) -> FetchResult:
    """``fetch_item`` retried on transient errors, waiting ``backoff_s * 2**n`` between attempts."""
    for n in range(attempts):
        try:
            return fetch_item(item, raw_dir, manifest, client=client, **kw)
        except FetchError as e:
            if not e.transient or n == attempts - 1:
                raise
            time.sleep(backoff_s * (2 ** n))
    raise AssertionError("unreachable")
