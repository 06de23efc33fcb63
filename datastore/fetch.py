"""Fetching: one source item → a raw PDF on disk with its sha256 (Prefect-free).

Remote PDFs are downloaded with httpx (timeouts, a size cap, a ``%PDF-`` magic-byte check,
conditional requests with the ETag/Last-Modified kept in the raw manifest) into
``<raw_dir>/by-hash/<sha256>.pdf``; the path is built from the hash only, never from a name
taken from a URL. Local files are hashed in place (not copied), and a file whose size and
mtime are those recorded is not even re-hashed.

Every connection goes through ``datastore.safe_http``: public hosts only at every redirect hop
(``ITA_ALLOW_HOSTS`` for exceptions), an overall deadline and a minimum transfer rate per file
on top of the read timeout. A URL that failed for its size or its deadline/rate is parked in
the raw manifest and not downloaded again while its validators stay the same
(``manifest.PARK_POLICY``).

``fetch_item`` makes one attempt and raises ``FetchError`` (``.transient`` says whether a retry
may help); ``fetch_with_retries`` adds retries with exponential backoff for callers without an
orchestrator (the Prefect task retries ``fetch_item`` itself).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from datastore import safe_http
from datastore.interim import file_sha256  # noqa: F401 - re-exported
from datastore.manifest import RawManifest
from datastore.safe_http import (DEFAULT_DEADLINE_S, DEFAULT_MIN_RATE_BPS, DeadlineExceeded, FetchRefused,
                                 TransferTooSlow, make_client)  # noqa: F401 - make_client re-exported
from datastore.settings import settings
from datastore.sources import SourceItem, check_url

MAX_PDF_BYTES = settings().max_pdf_mb * 1024 * 1024  # $ITA_MAX_PDF_MB (datastore.settings)
DEFAULT_TIMEOUT_S = safe_http.DEFAULT_TIMEOUT_S
PDF_MAGIC = b"%PDF-"
USER_AGENT = safe_http.USER_AGENT
PARKED_KINDS = ("size", "deadline", "slow")  # failures that park a URL (see RawManifest.park)


class FetchError(Exception):
    """A source could not be fetched; ``transient`` is True when a retry may succeed.

    ``kind`` names the failure: ``source`` (rejected when listed: bad manifest row, symlink),
    ``refused`` (not a public host), ``size``, ``deadline``, ``slow``, ``parked`` (not downloaded:
    an earlier size/deadline failure with unchanged validators), ``http``, ``timeout``,
    ``network``, ``not_pdf``, ``local`` (unreadable local file), ``disk``."""

    def __init__(self, message: str, *, transient: bool, sha256: str | None = None,
                 path: str | None = None, kind: str = "other"):
        super().__init__(message)
        self.transient = transient
        self.sha256 = sha256  # set when the rejected bytes are at hand (a local file)
        self.path = path
        self.kind = kind

    def __reduce__(self):  # keep the keyword fields across pickling (Prefect results, processes)
        return (_rebuild_fetch_error, (str(self), self.transient, self.sha256, self.path, self.kind))


def _rebuild_fetch_error(message, transient, sha256, path, kind):
    return FetchError(message, transient=transient, sha256=sha256, path=path, kind=kind)


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
    try:
        st = os.stat(item.local_path)
        known = manifest.get(item.uri)
        if known and known.get("sha256") and known.get("size") == st.st_size and \
                known.get("mtime_ns") == st.st_mtime_ns:
            manifest.touch(item.uri)
            return FetchResult(item.uri, item.file_name, known["sha256"], item.local_path, "unchanged",
                               meta=item.meta)
        with open(item.local_path, "rb") as f:
            head = f.read(1024)
        if PDF_MAGIC not in head:
            manifest.record_error(item.uri, "not a PDF (no %PDF- header)")
            kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() else \
                ("an empty file" if not head else "no %PDF- header")
            raise FetchError(f"not a PDF ({kind})", transient=False, kind="not_pdf",
                             sha256=file_sha256(item.local_path), path=str(item.local_path))
        sha = file_sha256(item.local_path)
    except OSError as e:
        from datastore.errors import describe_os_error
        raise FetchError(f"cannot read {item.uri}: {describe_os_error(e)}", transient=False,
                         kind="local") from None
    outcome = _outcome(known, sha)
    manifest.record(item.uri, sha, file_name=item.file_name, size=st.st_size, mtime_ns=st.st_mtime_ns,
                    meta=item.meta or None)
    return FetchResult(item.uri, item.file_name, sha, item.local_path, outcome, meta=item.meta,
                       previous_sha256=known.get("sha256") if outcome == "changed" else None)


def _download(r, raw_dir: Path, max_bytes: int, url: str) -> tuple[str, Path, int]:
    """Stream a response body into a temp file in ``raw_dir/by-hash`` → (sha256, temp path, size)."""
    declared = r.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: {declared} bytes is over the {max_bytes}-byte cap", transient=False,
                         kind="size")
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
                    raise FetchError(f"{url}: larger than the {max_bytes}-byte cap", transient=False, kind="size")
                if len(head) < 1024:
                    head = (head + chunk)[:1024]
                    if len(head) == 1024 and PDF_MAGIC not in head:  # stop early: not a PDF
                        raise FetchError(f"{url}: not a PDF (no %PDF- header)", transient=False, kind="not_pdf")
                h.update(chunk)
                out.write(chunk)
        if PDF_MAGIC not in head:
            ctype = r.headers.get("content-type", "?")
            raise FetchError(f"{url}: not a PDF (no %PDF- header; content-type {ctype})", transient=False,
                             kind="not_pdf")
        return h.hexdigest(), tmp, size
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            from datastore.errors import describe_os_error
            raise FetchError(f"{url}: saving the download: {describe_os_error(e, target_dir)}",
                             transient=False, kind="disk") from None
        raise


def _validators(r) -> dict:
    """The response's validators: what tells whether a parked source changed."""
    return {k: r.headers.get(k) for k in ("etag", "last-modified", "content-length") if r.headers.get(k)}


def _retry_due(parked: dict, max_bytes: int) -> bool:
    """A parked source whose automatic retry is due (or whose size cap was raised) is downloaded
    again whatever its validators say."""
    if parked["kind"] == "size" and max_bytes > (parked["max_bytes"] or 0):
        return True
    due = parked.get("retry_after")
    return bool(due) and due <= dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _parked_reason(parked: dict, r) -> Optional[str]:
    """Why a parked source is not downloaded now (None: its validators changed, download it)."""
    if r.status_code != 304:
        now_v, old_v = _validators(r), parked["validators"]
        if (now_v or old_v) and now_v != old_v:
            return None
    due = parked.get("retry_after")
    nxt = f"next automatic try after {due}" if due else "no automatic retry"
    error = parked["error"] or parked["kind"]
    error = error[len(parked["source_uri"]) + 2:] if error.startswith(parked["source_uri"] + ": ") else error
    return (f"{error} (attempt {parked['attempts']}, {parked['last_failed']}); not downloaded "
            f"again: its ETag/Last-Modified/Content-Length did not change; {nxt}; `ita rerun --failed` tries now")


def fetch_item(item: SourceItem, raw_dir: str | Path, manifest: RawManifest, *, client=None,
               timeout_s: float = DEFAULT_TIMEOUT_S, max_bytes: int = MAX_PDF_BYTES,
               deadline_s: float = DEFAULT_DEADLINE_S, min_rate_bps: float = DEFAULT_MIN_RATE_BPS,
               force: bool = False) -> FetchResult:
    """One attempt at fetching ``item`` (remote: conditional GET; local: hash in place).

    Raises ``FetchError``: transient for timeouts, connection errors, HTTP 408/429/5xx;
    permanent for other HTTP errors, refused (non-public) hosts, bodies over ``max_bytes``,
    downloads past ``deadline_s`` or below ``min_rate_bps``, and non-PDF content. A size or
    deadline/rate failure parks the URL (``RawManifest.park``): later calls read only the
    response headers and raise ``kind="parked"`` while its validators are unchanged, unless
    ``force`` (``ita rerun --failed``)."""
    if item.error:
        raise FetchError(item.error, transient=False, kind="source")
    if not item.is_remote:
        return hash_local(item, manifest)
    import httpx
    url = check_url(item.uri)
    raw_dir = Path(raw_dir)
    known = manifest.get(url)
    parked = None if force else manifest.parked(url)
    if parked and _retry_due(parked, max_bytes):
        parked = None  # a plain (unconditional) download
    headers = {}
    if parked:
        if parked["validators"].get("etag"):
            headers["If-None-Match"] = parked["validators"]["etag"]
        if parked["validators"].get("last-modified"):
            headers["If-Modified-Since"] = parked["validators"]["last-modified"]
    elif known and known.get("sha256") and raw_path_for(raw_dir, known["sha256"]).exists():
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    own = client is None
    client = client or make_client(timeout_s)
    validators: dict = {}
    try:
        with safe_http.budget(deadline_s, min_rate_bps), client.stream("GET", url, headers=headers) as r:
            validators = _validators(r)
            if parked:
                reason = _parked_reason(parked, r)
                if reason:
                    manifest.record_error(url, reason)
                    raise FetchError(f"{url}: {reason}", transient=False, kind="parked")
            if r.status_code == 304 and known and known.get("sha256") and not parked:
                manifest.touch(url)
                return FetchResult(url, item.file_name, known["sha256"],
                                   str(raw_path_for(raw_dir, known["sha256"])), "not_modified", meta=item.meta)
            if r.status_code >= 400:
                transient = r.status_code in (408, 425, 429) or r.status_code >= 500
                raise FetchError(f"{url}: HTTP {r.status_code}", transient=transient, kind="http")
            if r.status_code != 200:
                raise FetchError(f"{url}: unexpected HTTP {r.status_code}", transient=False, kind="http")
            sha, tmp, size = _download(r, raw_dir, max_bytes, url)
            etag, last_mod = r.headers.get("etag"), r.headers.get("last-modified")
    except FetchRefused as e:
        raise _failed(manifest, url, f"{url}: {e}", "refused") from None
    except DeadlineExceeded as e:
        raise _park(manifest, url, f"{url}: {e}", "deadline", validators, max_bytes) from None
    except TransferTooSlow as e:
        raise _park(manifest, url, f"{url}: {e}", "slow", validators, max_bytes) from None
    except httpx.TimeoutException as e:
        raise _failed(manifest, url, f"{url}: timed out after {timeout_s:g}s ({type(e).__name__})",
                      "timeout", transient=True) from None
    except (httpx.UnsupportedProtocol, httpx.TooManyRedirects, httpx.DecodingError) as e:
        raise _failed(manifest, url, f"{url}: {type(e).__name__}: {e}", "http") from None  # e.g. to ftp://
    except httpx.TransportError as e:
        raise _failed(manifest, url, f"{url}: {type(e).__name__}: {e}", "network", transient=True) from None
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        raise _failed(manifest, url, f"{url}: {type(e).__name__}: {e}", "http") from None
    except FetchError as e:
        if e.kind == "size":
            raise _park(manifest, url, str(e), "size", validators, max_bytes) from None
        if e.kind != "parked":
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
    manifest.unpark(url)
    return FetchResult(url, item.file_name, sha, str(final), outcome, bytes_downloaded=size, meta=item.meta,
                       previous_sha256=known.get("sha256") if outcome == "changed" else None)


def _failed(manifest: RawManifest, url: str, message: str, kind: str, transient: bool = False) -> FetchError:
    manifest.record_error(url, message)
    return FetchError(message, transient=transient, kind=kind)


def _park(manifest: RawManifest, url: str, message: str, kind: str, validators: dict,
          max_bytes: int) -> FetchError:
    """A size or deadline/rate failure: recorded, and the URL parked (see ``RawManifest.park``)."""
    manifest.record_error(url, message)
    manifest.park(url, kind, message, validators, max_bytes=max_bytes)
    return FetchError(message, transient=False, kind=kind)


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
