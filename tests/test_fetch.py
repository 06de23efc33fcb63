"""Fetching against a real HTTP server on 127.0.0.1: conditional requests, dedupe, caps, faults."""
from __future__ import annotations

import time

import pytest

from conftest import render_pdf_bytes
from datastore.fetch import FetchError, fetch_item, fetch_with_retries, file_sha256, raw_path_for
from datastore.manifest import RawManifest
from datastore.sources import SourceItem, list_source

PDF_A = render_pdf_bytes([["รายงาน A"]])
PDF_B = render_pdf_bytes([["รายงาน B"]])


def _item(srv, path):
    return SourceItem(uri=srv.url(path), file_name=path.rsplit("/", 1)[-1])


def test_download_is_kept_by_hash_and_refetch_is_conditional(http_server, tmp_path):
    http_server.set("/a.pdf", PDF_A)
    m = RawManifest(tmp_path)
    r1 = fetch_item(_item(http_server, "/a.pdf"), tmp_path, m, timeout_s=5)
    assert r1.outcome == "new" and r1.bytes_downloaded == len(PDF_A)
    assert r1.path == str(raw_path_for(tmp_path, r1.sha256)) and file_sha256(r1.path) == r1.sha256
    r2 = fetch_item(_item(http_server, "/a.pdf"), tmp_path, m, timeout_s=5)
    assert r2.outcome == "not_modified" and r2.sha256 == r1.sha256 and r2.bytes_downloaded == 0
    assert http_server.bodies_sent["/a.pdf"] == 1  # the second request got a 304
    assert m.get(r1.source_uri)["etag"]


def test_changed_source_gets_a_new_hash_and_sighting(http_server, tmp_path):
    http_server.set("/c.pdf", PDF_A)
    m = RawManifest(tmp_path)
    r1 = fetch_item(_item(http_server, "/c.pdf"), tmp_path, m, timeout_s=5)
    http_server.set("/c.pdf", PDF_B)
    r2 = fetch_item(_item(http_server, "/c.pdf"), tmp_path, m, timeout_s=5)
    assert r2.outcome == "changed" and r2.sha256 != r1.sha256
    assert [s["sha256"] for s in m.sightings(r1.source_uri)] == [r1.sha256, r2.sha256]
    assert sorted(p.name for p in (tmp_path / "by-hash").iterdir()) == sorted(
        [f"{r1.sha256}.pdf", f"{r2.sha256}.pdf"])


def test_no_validators_same_bytes_is_unchanged_and_deduped(http_server, tmp_path):
    http_server.set("/n1.pdf", PDF_A, etag=False)
    http_server.set("/n2.pdf", PDF_A, etag=False)
    m = RawManifest(tmp_path)
    a = fetch_item(_item(http_server, "/n1.pdf"), tmp_path, m, timeout_s=5)
    b = fetch_item(_item(http_server, "/n2.pdf"), tmp_path, m, timeout_s=5)
    again = fetch_item(_item(http_server, "/n1.pdf"), tmp_path, m, timeout_s=5)
    assert a.sha256 == b.sha256 and again.outcome == "unchanged"
    assert len(list((tmp_path / "by-hash").glob("*.pdf"))) == 1
    assert not list((tmp_path / "by-hash").glob(".download-*"))


def test_last_modified_conditional(http_server, tmp_path):
    http_server.set("/lm.pdf", PDF_A, etag=False, last_modified=1_700_000_000)
    m = RawManifest(tmp_path)
    fetch_item(_item(http_server, "/lm.pdf"), tmp_path, m, timeout_s=5)
    r = fetch_item(_item(http_server, "/lm.pdf"), tmp_path, m, timeout_s=5)
    assert r.outcome == "not_modified" and http_server.bodies_sent["/lm.pdf"] == 1


def test_html_saved_as_pdf_is_refused(http_server, tmp_path):
    http_server.set("/fake.pdf", b"<html><body>" + b"x" * 5000 + b"</body></html>", content_type="application/pdf")
    with pytest.raises(FetchError) as e:
        fetch_item(_item(http_server, "/fake.pdf"), tmp_path, RawManifest(tmp_path), timeout_s=5)
    assert not e.value.transient and "not a PDF" in str(e.value)
    assert not list((tmp_path / "by-hash").glob("*"))


def test_size_cap(http_server, tmp_path):
    http_server.set("/big.pdf", PDF_A)
    with pytest.raises(FetchError) as e:
        fetch_item(_item(http_server, "/big.pdf"), tmp_path, RawManifest(tmp_path), timeout_s=5, max_bytes=100)
    assert not e.value.transient and "cap" in str(e.value)


def test_500_then_200_is_retried_with_backoff(http_server, tmp_path):
    http_server.set("/flaky.pdf", PDF_A, fail_first=2)
    m = RawManifest(tmp_path)
    with pytest.raises(FetchError) as e:
        fetch_item(_item(http_server, "/flaky.pdf"), tmp_path, m, timeout_s=5)
    assert e.value.transient and "500" in str(e.value)
    assert m.get(http_server.url("/flaky.pdf"))["last_error"]
    r = fetch_with_retries(_item(http_server, "/flaky.pdf"), tmp_path, m, attempts=3, backoff_s=0.05, timeout_s=5)
    assert r.outcome == "new" and http_server.hits["/flaky.pdf"] == 3


def test_stall_past_timeout_is_a_transient_error(http_server, tmp_path):
    http_server.set("/stall.pdf", PDF_A, stall_s=3)
    t0 = time.monotonic()
    with pytest.raises(FetchError) as e:
        fetch_item(_item(http_server, "/stall.pdf"), tmp_path, RawManifest(tmp_path), timeout_s=0.5)
    assert e.value.transient and "timed out" in str(e.value)
    assert time.monotonic() - t0 < 2.5


def test_404_is_permanent(http_server, tmp_path):
    with pytest.raises(FetchError) as e:
        fetch_item(_item(http_server, "/missing.pdf"), tmp_path, RawManifest(tmp_path), timeout_s=5)
    assert not e.value.transient


def test_local_files_hashed_in_place_and_not_rehashed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.pdf").write_bytes(PDF_A)
    raw = tmp_path / "raw"
    m = RawManifest(raw)
    (item,) = list_source(str(src))
    r1 = fetch_item(item, raw, m)
    r2 = fetch_item(item, raw, m)
    assert r1.outcome == "new" and r2.outcome == "unchanged" and r1.path == str((src / "a.pdf").resolve())
    assert not (raw / "by-hash").exists()  # processed in place, not copied
    (src / "a.pdf").write_bytes(PDF_B)
    assert fetch_item(item, raw, m).outcome == "changed"


def test_local_non_pdf_is_refused(tmp_path):
    (tmp_path / "x.pdf").write_text("<html>not a pdf</html>")
    (item,) = list_source(str(tmp_path))
    with pytest.raises(FetchError):
        fetch_item(item, tmp_path / "raw", RawManifest(tmp_path / "raw"))


def test_redirects_followed_but_loops_and_non_http_targets_are_permanent(http_server, tmp_path):
    http_server.set("/real.pdf", PDF_A)
    http_server.set("/moved.pdf", b"", status=301, headers={"Location": "/real.pdf"})
    http_server.set("/loop.pdf", b"", status=302, headers={"Location": "/loop.pdf"})
    http_server.set("/to-ftp.pdf", b"", status=302, headers={"Location": "ftp://127.0.0.1/x.pdf"})
    m = RawManifest(tmp_path)
    assert fetch_item(_item(http_server, "/moved.pdf"), tmp_path, m, timeout_s=5).sha256 == _sha(PDF_A)
    for path in ("/loop.pdf", "/to-ftp.pdf"):
        with pytest.raises(FetchError) as e:
            fetch_item(_item(http_server, path), tmp_path, m, timeout_s=5)
        assert not e.value.transient, path


def _sha(b: bytes) -> str:
    import hashlib
    return hashlib.sha256(b).hexdigest()
