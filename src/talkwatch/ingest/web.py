"""Fetching pages and feeds over HTTP(S), politely and within limits."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import InputError
from .sizes import human_size

USER_AGENT = f"talkwatch/{__version__} (+https://pypi.org/project/talkwatch/)"
DEFAULT_TIMEOUT = 20.0
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                  "application/rdf+xml", "application/xml", "text/xml", "text/plain")


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """GET a page or feed; InputError when it is unreachable, too big, or not HTML, a feed or text."""
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type and not content_type.startswith(ACCEPTED_TYPES):
                    raise InputError(url, f"not an HTML page or a feed (content type {content_type})")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(url, f"page is {human_size(int(declared))}, over the {human_size(max_bytes)} limit")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(url, f"page is over the {human_size(max_bytes)} limit")
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), content_type)
    except httpx.TimeoutException:
        raise InputError(url, f"unreachable: no answer within {timeout:g} s") from None
    except httpx.InvalidURL as err:
        raise InputError(url, f"not a valid URL ({err})") from None
    except httpx.HTTPError as err:
        raise InputError(url, f"unreachable ({type(err).__name__}: {err})") from None
