"""Sources: local directory, HTML index page, CSV/JSON manifests, URL and file-name safety."""
from __future__ import annotations

import json

import pytest

from datastore.sources import (SourceError, check_url, list_source, parse_index_html, parse_manifest,
                               safe_file_name)
from conftest import render_pdf_bytes


def test_local_directory_lists_pdfs_relative_to_root(tmp_path):
    pdf = render_pdf_bytes([["a"]])
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.pdf").write_bytes(pdf)
    (tmp_path / "sub" / "B.PDF").write_bytes(pdf)
    (tmp_path / "notes.txt").write_text("x")
    items = list_source(str(tmp_path))
    assert [i.uri for i in items] == ["a.pdf", "sub/B.PDF"]
    assert all(not i.is_remote for i in items)
    assert items[1].local_path == str((tmp_path / "sub" / "B.PDF").resolve())


def test_local_symlink_outside_root_is_reported_not_followed(tmp_path):
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(render_pdf_bytes([["a"]]))
    root = tmp_path / "root"
    root.mkdir()
    (root / "link.pdf").symlink_to(outside)
    (item,) = list_source(str(root))
    assert item.uri == "link.pdf" and "outside the source directory: not followed" in item.error


def test_index_page_resolves_relative_links():
    html = """<html><head><base href="/docs/"></head><body>
      <a href="ita/report%201.pdf">one</a> <a href='../two.PDF#page=2'>two</a>
      <a href="https://other.example/x.pdf">abs</a> <a href="page.html">not a pdf</a>
      <a href="ftp://evil/x.pdf">ftp</a> <a href="javascript:alert(1)">js</a>
      <a href="ita/report%201.pdf">dup</a></body></html>"""
    urls = parse_index_html(html, "http://127.0.0.1:9/site/index.html")
    assert urls == ["http://127.0.0.1:9/docs/ita/report%201.pdf", "http://127.0.0.1:9/two.PDF",
                    "https://other.example/x.pdf"]


def test_index_page_over_http(http_server):
    http_server.set("/list/index.html", '<a href="a.pdf">a</a><a href="/b/c.pdf">c</a>')
    items = list_source(http_server.url("/list/index.html"), timeout_s=5)
    assert [i.uri for i in items] == [http_server.url("/list/a.pdf"), http_server.url("/b/c.pdf")]
    assert [i.file_name for i in items] == ["a.pdf", "c.pdf"]


def test_csv_manifest_with_metadata_over_http(http_server):
    csv_text = ("url,org_name,province,file_name\n"
                "docs/x.pdf,อบต.หนองบัว,อุตรดิตถ์,\n"
                "http://127.0.0.1:1/y.pdf,,,../../etc/passwd\n")
    http_server.set("/m.csv", csv_text.encode(), content_type="text/csv")
    items = list_source(http_server.url("/m.csv"), timeout_s=5)
    assert items[0].uri == http_server.url("/docs/x.pdf")
    assert items[0].meta == {"org_name": "อบต.หนองบัว", "province": "อุตรดิตถ์"}
    assert items[1].file_name == "passwd"  # a name from a manifest never leaves the raw dir


def test_json_manifest_local_file(tmp_path):
    p = tmp_path / "m.json"
    p.write_text(json.dumps({"documents": ["https://a.example/1.pdf",
                                           {"url": "https://a.example/2.pdf", "district": "เมือง"}]}))
    items = list_source(str(p))
    assert [i.uri for i in items] == ["https://a.example/1.pdf", "https://a.example/2.pdf"]
    assert items[1].meta == {"district": "เมือง"}


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x/y.pdf", "gopher://x", "http://"])
def test_only_http_and_https(url):
    with pytest.raises(SourceError):
        check_url(url)
    with pytest.raises(SourceError):
        list_source(url)


def test_manifest_non_http_row_fails_alone():
    items = parse_manifest("url\nhttp://127.0.0.1:9/a.pdf\nfile:///etc/passwd\nhttps://x.example/b.pdf\n", "csv")
    assert [i.uri for i in items] == ["http://127.0.0.1:9/a.pdf", "file:///etc/passwd", "https://x.example/b.pdf"]
    assert [bool(i.error) for i in items] == [False, True, False]
    assert items[1].error.startswith("manifest row 2: only http/https sources are allowed")
    with pytest.raises(SourceError):  # a manifest without a url column is not a manifest
        parse_manifest("name\nx\n", "csv")


@pytest.mark.parametrize("raw,expected", [
    ("../../etc/passwd", "passwd"), ("a/b/c.pdf", "c.pdf"), ("..", "document.pdf"),
    ("%2e%2e%2fsecret.pdf", "secret.pdf"), ("C:\\x\\y.pdf", "y.pdf"), (".hidden.pdf", "hidden.pdf"),
    ("ok\x00.pdf", "ok.pdf"), ("", "document.pdf"),
])
def test_safe_file_name(raw, expected):
    assert safe_file_name(raw) == expected


def test_unknown_source_is_an_error(tmp_path):
    with pytest.raises(SourceError):
        list_source(str(tmp_path / "missing"))


def test_every_source_item_accounted_for_special_files_and_private_index(tmp_path, monkeypatch, http_server):
    """A FIFO named .pdf fails alone (never opened: it would block); an index page on a host
    that is not public is a clear SourceError, not a retried network error."""
    import os
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "a.pdf").write_bytes(render_pdf_bytes([["a"]]))
    items = {i.uri: i for i in list_source(str(tmp_path))}
    assert items["pipe.pdf"].error == "pipe.pdf: not a regular file" and items["a.pdf"].error is None
    http_server.set("/list/index.html", '<a href="a.pdf">a</a>')
    monkeypatch.delenv("ITA_ALLOW_HOSTS", raising=False)
    with pytest.raises(SourceError, match="is a loopback address, not a public host"):
        list_source(http_server.url("/list/index.html"), timeout_s=5)
    assert http_server.hits == {}
