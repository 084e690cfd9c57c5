"""Ingest: inputs in, articles stored once each.

    expand (sources.py) ─► load (sources.py, web.py) ─► decode (decoding.py)
      ─► read per format (text.py, html.py, jsonl.py, feeds.py) ─► Store.add_article

Every failure is an InputError naming the input and the reason; it is reported
and the other inputs go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from ..errors import InputError
from ..models import Article
from ..store import Store
from .decoding import decode
from .feeds import read_feed
from .formats import FEED, HTML, JSONL, MARKDOWN
from .html import read_html
from .jsonl import read_jsonl
from .sources import DEFAULT_MAX_BYTES, Input, expand, load
from .text import read_text

__all__ = ["DEFAULT_MAX_BYTES", "IngestReport", "ingest", "read_input"]


@dataclass
class IngestReport:
    """What one ingest run did."""

    new: list[str] = field(default_factory=list)  # ids of articles stored for the first time
    known: list[str] = field(default_factory=list)  # ids of articles the store already had
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things the user should know, e.g. encodings

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        return f"ingested {len(self.new)}, already known {len(self.known)}, failed {self.failed}"


def read_input(source: Input, *, max_bytes: int = DEFAULT_MAX_BYTES,
               notes: list[str] | None = None) -> Iterator[Article | InputError]:
    """The articles of one input, and an error for each record of it that holds none.

    Raises InputError when the input as a whole cannot be read.
    """
    loaded = load(source, max_bytes=max_bytes)
    if loaded.format == FEED:
        if not loaded.data.strip():
            raise InputError(loaded.name, "empty file")
        yield from read_feed(loaded.data, loaded.name)
        return
    decoded = decode(loaded.data, loaded.name)
    if decoded.note and notes is not None:
        notes.append(f"{loaded.name}: {decoded.note}")
    if loaded.format == JSONL:
        yield from read_jsonl(decoded.text, loaded.name)
    elif loaded.format == HTML:
        yield read_html(decoded.text, loaded.name, url=loaded.url)
    else:
        yield read_text(decoded.text, loaded.name, markdown=loaded.format == MARKDOWN)


def ingest(items: Sequence[str], store: Store, *, published: str | None = None, outlet: str | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES,
           on_input: Callable[[int, int, str], None] | None = None,
           on_error: Callable[[InputError], None] | None = None) -> IngestReport:
    """Read every input and store each article once.

    Args:
        items: paths, directories, URLs, or "-" for standard input.
        store: where articles go; each article is written in its own transaction.
        published: publication date for articles whose input gives none.
        outlet: outlet for articles whose input names none.
        max_bytes: inputs larger than this are refused.
        on_input: called as (done, total, name) after each input, for progress.
        on_error: called with each error as it happens.
    """
    report = IngestReport()

    def fail(err: InputError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    sources: list[Input] = []
    for item in expand(items):
        if isinstance(item, InputError):
            fail(item)
        else:
            sources.append(item)
    for done, source in enumerate(sources, start=1):
        try:
            for article in read_input(source, max_bytes=max_bytes, notes=report.notes):
                if isinstance(article, InputError):
                    fail(article)
                    continue
                article.published = article.published or published
                article.outlet = article.outlet or outlet
                is_new = store.add_article(article)
                (report.new if is_new else report.known).append(article.id)
        except InputError as err:
            fail(err)
        if on_input:
            on_input(done, len(sources), source.name)
    return report
