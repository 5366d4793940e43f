#!/usr/bin/env python3
"""Writes a WARC file from a folder of pages with warcio (Python's standard WARC library), the way
a crawler records them: for each page a `request` and a `response` record (HTTP headers, the body
gzip-compressed with Content-Encoding, or chunked, in turn), each record its own gzip member.

usage: make_warc.py PAGES_DIR OUT.warc[.gz] [--mixed]
PAGES_DIR: .html/.htm/.txt files, or .html.gz (decompressed first). Page NAME is captured as
https://pages.example/NAME. --mixed adds records that are not pages: warcinfo, metadata, an image
response, a 404 response, a redirect, a revisit of the first page (its original is in the file)
and a revisit whose original is not.
"""
import gzip, io, os, sys
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

def chunked(body):
    out = b""
    for i in range(0, len(body), 4000):
        part = body[i:i + 4000]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"

def main():
    pages_dir, out_path = sys.argv[1], sys.argv[2]
    mixed = "--mixed" in sys.argv
    names = sorted(n for n in os.listdir(pages_dir) if n.endswith((".html", ".htm", ".txt", ".html.gz")))
    with open(out_path, "wb") as out:
        writer = WARCWriter(out, gzip=out_path.endswith(".gz"))
        if mixed:
            writer.write_record(writer.create_warcinfo_record("pages.warc.gz", {"software": "make_warc.py"}))
        first = None
        for i, name in enumerate(names):
            raw = open(os.path.join(pages_dir, name), "rb").read()
            if name.endswith(".gz"):
                raw, name = gzip.decompress(raw), name[:-3]
            uri = "https://pages.example/" + name
            ctype = "text/plain; charset=utf-8" if name.endswith(".txt") else "text/html"
            headers = [("Content-Type", ctype)]
            body = raw
            if i % 3 == 1:
                body = gzip.compress(raw, mtime=0)
                headers.append(("Content-Encoding", "gzip"))
            elif i % 3 == 2:
                body = chunked(raw)
                headers.append(("Transfer-Encoding", "chunked"))
            else:
                headers.append(("Content-Length", str(len(body))))
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET /" + name.encode() + b" HTTP/1.1\r\nHost: pages.example\r\n\r\n"),
                                                warc_content_type="application/http; msgtype=request")
            writer.write_record(request)
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
            if first is None:
                first = (uri, record.rec_headers.get_header("WARC-Payload-Digest"), record.rec_headers.get_header("WARC-Date"))
        if mixed:
            png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
            writer.write_record(writer.create_warc_record("https://pages.example/logo.png", "response", payload=io.BytesIO(png),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")))
            writer.write_record(writer.create_warc_record("https://pages.example/missing.html", "response", payload=io.BytesIO(b"<p>gone</p>"),
                http_headers=StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
            writer.write_record(writer.create_warc_record("https://pages.example/old", "response", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("301 Moved Permanently", [("Location", "/new")], protocol="HTTP/1.1")))
            writer.write_record(writer.create_warc_record("https://pages.example/", "metadata", payload=io.BytesIO(b"outlinks: none\n"),
                warc_content_type="application/warc-fields"))
            if first:
                writer.write_record(writer.create_revisit_record(first[0] + "?again", digest=first[1], refers_to_uri=first[0], refers_to_date=first[2],
                    http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
            writer.write_record(writer.create_revisit_record("https://pages.example/elsewhere.html", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri="https://other.example/", refers_to_date="2020-01-01T00:00:00Z",
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))

if __name__ == "__main__":
    main()
