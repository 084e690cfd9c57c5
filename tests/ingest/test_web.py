"""Ingesting URLs from a real HTTP server on 127.0.0.1: pages, feeds, and the ways fetching fails."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from talkwatch.cli import app
from talkwatch.ingest import ingest

pytestmark = pytest.mark.network

ARTICLE_PARAGRAPHS = [
    "Russian and Ukrainian delegations met in Istanbul on 16 May 2025, their first direct talks since the "
    "spring of 2022.",
    "The meeting at the Dolmabahce palace lasted less than two hours, Turkish officials said afterwards.",
    "Both sides agreed to exchange 1,000 prisoners of war each, but made no progress towards a ceasefire.",
    "Ukraine's delegation was led by defence minister Rustem Umerov; Russia sent presidential aide "
    "Vladimir Medinsky.",
]
ARTICLE_PAGE = f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Prisoner swap agreed at first direct talks in Istanbul | Harbor Wire</title>
<meta property="og:title" content="Prisoner swap agreed at first direct talks in Istanbul">
<meta property="og:site_name" content="Harbor Wire">
<meta property="article:published_time" content="2025-05-16T18:40:00+03:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a>
<a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>Prisoner swap agreed at first direct talks in Istanbul</h1>
{"".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)}
</article></main>
<footer><p>Sign up for our newsletter.</p><p>&copy; 2025 Harbor Wire. All rights reserved.</p></footer>
</body></html>
"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Meridian Post - Europe</title>
<link>http://meridian.example/europe</link>
<description>Europe coverage</description>
<item>
<title>Witkoff meets Putin in Moscow</title>
<link>http://meridian.example/2025/04/25/witkoff-putin</link>
<pubDate>Fri, 25 Apr 2025 19:00:00 GMT</pubDate>
<description>Steve Witkoff met Vladimir Putin in Moscow on 25 April 2025 for three hours. The Kremlin called
the talks constructive and said positions had moved closer.</description>
</item>
<item>
<title>Trump and Putin meet in Alaska</title>
<link>http://meridian.example/2025/08/15/alaska-summit</link>
<pubDate>Fri, 15 Aug 2025 23:30:00 GMT</pubDate>
<description>Donald Trump and Vladimir Putin met at a military base in Anchorage on 15 August 2025. The
summit ended without an announcement of a ceasefire in Ukraine.</description>
</item>
</channel></rss>
"""
LIMIT = 2000  # bytes; the oversized pages are bigger, every other page smaller
BIG = (b"<html><body><article>" + b"<p>Talks in Istanbul went on late into the night.</p>" * 100
       + b"</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    """Serves the pages above and records the User-Agent of each request."""

    user_agents: list[str] = []

    def _send(self, status: int, content_type: str, body: bytes, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/istanbul-talks.html":
            self._send(200, "text/html; charset=utf-8", ARTICLE_PAGE.encode())
        elif self.path == "/europe.rss":
            self._send(200, "application/rss+xml", FEED.encode())
        elif self.path == "/statement.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        elif self.path == "/big.html":
            self._send(200, "text/html", BIG)
        elif self.path == "/big-streamed.html":
            # No Content-Length: over HTTP/1.0 the body ends when the connection does.
            self._send(200, "text/html", BIG, length=False)
        elif self.path == "/latest":
            self.send_response(302)
            self.send_header("Location", "/istanbul-talks.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._send(404, "text/html", b"<html><body><h1>Not found</h1></body></html>")

    def log_message(self, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The base URL of a server on a free port of 127.0.0.1."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _only_error(report) -> str:
    assert (report.new, len(report.errors)) == ([], 1)
    return str(report.errors[0])


# --- pages and feeds ---------------------------------------------------------------------------------


def test_article_page_is_ingested(server, store):
    report = ingest([f"{server}/istanbul-talks.html"], store)
    assert (len(report.new), report.errors) == (1, [])


def test_article_page_source_is_the_url(server, store):
    url = f"{server}/istanbul-talks.html"
    ingest([url], store)
    assert [(a["source"], a["url"]) for a in store.articles()] == [(url, url)]


def test_article_page_metadata_is_read(server, store):
    ingest([f"{server}/istanbul-talks.html"], store)
    article = store.articles()[0]
    assert (article["outlet"], article["published"]) == ("Harbor Wire", "2025-05-16")


def test_article_page_boilerplate_is_left_out(server, store):
    ingest([f"{server}/istanbul-talks.html"], store)
    text = store.articles()[0]["text"]
    assert ARTICLE_PARAGRAPHS[2] in text
    assert not any(word in text for word in ("Subscribe", "newsletter", "All rights reserved"))


def test_feed_entries_are_ingested(server, store):
    report = ingest([f"{server}/europe.rss"], store)
    assert (len(report.new), report.errors) == (2, [])


def test_feed_entries_keep_their_links_and_dates(server, store):
    ingest([f"{server}/europe.rss"], store)
    assert [(a["source"], a["published"]) for a in store.articles()] == [
        ("http://meridian.example/2025/04/25/witkoff-putin", "2025-04-25"),
        ("http://meridian.example/2025/08/15/alaska-summit", "2025-08-15"),
    ]


def test_feed_outlet_comes_from_the_feed_title(server, store):
    ingest([f"{server}/europe.rss"], store)
    assert {a["outlet"] for a in store.articles()} == {"Meridian Post"}


def test_redirect_is_followed_to_the_article(server, store):
    report = ingest([f"{server}/latest"], store)
    assert (len(report.new), report.errors) == (1, [])


def test_redirected_article_is_recorded_at_its_final_url(server, store):
    ingest([f"{server}/latest"], store)
    assert store.articles()[0]["url"] == f"{server}/istanbul-talks.html"


def test_user_agent_names_talkwatch(server, store):
    Handler.user_agents.clear()
    ingest([f"{server}/istanbul-talks.html"], store)
    assert Handler.user_agents and all(agent.startswith("talkwatch/") for agent in Handler.user_agents)


# --- failures ------------------------------------------------------------------------------------


def test_pdf_is_not_a_page_or_feed(server, store):
    url = f"{server}/statement.pdf"
    message = _only_error(ingest([url], store))
    assert message == f"{url}: not an HTML page or a feed (content type application/pdf)"


def test_missing_page_names_the_http_status(server, store):
    url = f"{server}/2025/03/11/jeddah.html"
    assert _only_error(ingest([url], store)) == f"{url}: HTTP 404 Not Found"


@pytest.mark.parametrize("path", ["/big.html", "/big-streamed.html"], ids=["declared", "streamed"])
def test_page_over_size_limit_is_refused(path, server, store):
    url = f"{server}{path}"
    message = _only_error(ingest([url], store, max_bytes=LIMIT))
    assert message.startswith(f"{url}: page is ") and message.endswith("over the 2 kB limit")


def test_unreachable_url_is_reported(closed_port, store):
    url = f"http://127.0.0.1:{closed_port}/istanbul-talks.html"
    assert _only_error(ingest([url], store)).startswith(f"{url}: unreachable")


def test_failed_url_does_not_stop_the_others(server, closed_port, store):
    urls = [f"http://127.0.0.1:{closed_port}/", f"{server}/statement.pdf", f"{server}/europe.rss"]
    report = ingest(urls, store)
    assert (len(report.new), report.failed) == (2, 2)


# --- through the CLI -------------------------------------------------------------------------------


def test_cli_ingests_a_page(server, runner, tmp_path):
    result = runner.invoke(app, ["ingest", f"{server}/istanbul-talks.html", "--db", str(tmp_path / "s.db")])
    assert (result.exit_code, result.stdout) == (0, "ingested 1, already known 0, failed 0\n")


def test_cli_unreachable_url_gets_one_error_line(closed_port, runner, tmp_path):
    url = f"http://127.0.0.1:{closed_port}/"
    result = runner.invoke(app, ["ingest", url, "--db", str(tmp_path / "s.db")])
    lines = [line for line in result.stderr.splitlines() if line.startswith("talkwatch: error: ")]
    assert result.exit_code == 1
    assert len(lines) == 1 and lines[0].startswith(f"talkwatch: error: {url}: unreachable")
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_max_size_applies_to_pages(server, runner, tmp_path):
    url = f"{server}/big.html"
    result = runner.invoke(app, ["ingest", url, "--max-size", "2k", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert f"talkwatch: error: {url}: page is " in result.stderr
