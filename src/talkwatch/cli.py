"""The `talkwatch` command: a thin shell over the library.

Each command parses its options, calls one library function and formats the
result; errors the user can act on are printed as one line, never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__, _cli_views
from .errors import InputError, TalkwatchError
from .export import FORMATS, LISTS, export
from .extract import extract_store
from .link import link_store
from .ingest import DEFAULT_MAX_BYTES, ingest
from .ingest.published import parse_published
from .packs import load_lexicon, load_pack
from .store import Store

app = typer.Typer(
    name="talkwatch",
    help="Turn news reports of peace negotiations into an evidence-linked record.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
# Piped or captured output (make demo, CI logs) has no terminal width: give tables room.
PIPED_WIDTH = 150
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else PIPED_WIDTH)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_INPUT_FAILED = 1
EXIT_ERROR = 2
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes for the NLP pass.")]
PackOption = Annotated[Optional[list[str]], typer.Option(
    "--pack", help="A pack directory that adds to or overrides the shipped ones (repeatable; also $TALKWATCH_PACKS).")]
DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Store: a SQLite file or SQLAlchemy URL [default: $TALKWATCH_DB or ./talkwatch.db]"),
]
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)


def _fail(message: str, code: int = EXIT_ERROR) -> typer.Exit:
    err.print(f"talkwatch: error: {message}", markup=False)
    return typer.Exit(code)


def _open_store(db: str | None, *, create: bool = False) -> Store:
    try:
        return Store(db, create=create)
    except TalkwatchError as e:
        raise _fail(str(e)) from None


def parse_size(text: str) -> int:
    """Bytes from "20MB", "500k", "1.5G" or a plain number of bytes (decimal units)."""
    match = _SIZE.match(text)
    if not match:
        raise typer.BadParameter(f"not a size: {text!r} (try 20MB or 500k)")
    number, unit = float(match[1]), match[2].lower()
    return int(number * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[unit])


def _version(value: bool) -> None:
    if value:
        out.print(f"talkwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Turn news reports of peace negotiations into an evidence-linked record."""


@app.command("ingest")
def ingest_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, feed or page URLs, or - for stdin.",
                                                metavar="PATH_OR_URL", show_default=False)],
    db: DbOption = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date for articles that carry none.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet for articles that name none.")] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="Refuse inputs larger than this.")] = "20MB",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    workers: WorkersOption = 1,
    pack: PackOption = None,
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Store only; run 'talkwatch extract' later.")] = False,
) -> None:
    """Read articles from files, directories, feeds, pages or stdin into the store,
    then read who and when from each new one.

    \b
    Example:
        talkwatch ingest ~/clippings feeds/ukraine.rss https://example.org/story.html
    """
    published_date = parse_published(published) if published else None
    if published and not published_date:
        raise typer.BadParameter(f"not a date: {published!r}", param_hint="--published")
    max_bytes = parse_size(max_size) if max_size else DEFAULT_MAX_BYTES
    store = _open_store(db, create=True)

    def show_error(e: InputError) -> None:
        err.print(f"talkwatch: error: {e}", markup=False)

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=quiet or not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)

        def advance(done: int, total: int, name: str) -> None:
            progress.update(task, completed=done, total=total, description=f"ingesting {Path(name).name[:40]}")

        report = ingest(inputs, store, published=published_date, outlet=outlet, max_bytes=max_bytes,
                        on_input=advance, on_error=show_error)
    for note in report.notes:
        err.print(f"talkwatch: warning: {note}", markup=False)
    if not no_extract:
        _extract(store, every=False, workers=workers, packs=pack or [], quiet=quiet)
        _link(store, pack or [])
    if not quiet:
        out.print(report.summary())
    store.close()
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _extract(store: Store, *, every: bool, workers: int, packs: list[str], quiet: bool) -> int:
    """The NLP pass with a progress bar; one-line errors for packs and models."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=quiet or not err.is_terminal) as progress:
        task = progress.add_task("reading articles", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            count = extract_store(store, every=every, workers=workers, packs=packs, on_article=advance)
        except TalkwatchError as e:
            raise _fail(str(e)) from None
    return count


def _link(store: Store, packs: list[str]) -> None:
    """Copies, rewrites, stories and the timeline, brought up to date."""
    try:
        link_store(store, load_lexicon(packs))
    except TalkwatchError as e:
        raise _fail(str(e)) from None


@app.command("extract")
def extract_command(
    db: DbOption = None,
    every: Annotated[bool, typer.Option("--all", help="Re-read every article, not only new ones.")] = False,
    workers: WorkersOption = 1,
    pack: PackOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Run the NLP pass over stored articles (after a pack changed, say).

    \b
    Example:
        talkwatch extract --all --pack ~/packs/my_talks
    """
    store = _open_store(db)
    count = _extract(store, every=every, workers=workers, packs=pack or [], quiet=quiet)
    _link(store, pack or [])
    store.close()
    if not quiet:
        out.print(f"extracted {count}")


@app.command("actors")
def actors_command(
    db: DbOption = None,
    side: Annotated[Optional[str], typer.Option(help="Only actors of this side (RUS, UKR, USA, EU, NATO, ...).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List the actors mentioned: name, kind, side, role, the forms seen and how often.

    \b
    Example:
        talkwatch actors --side RUS
    """
    store = _open_store(db)
    rows = store.actors(side=side)
    store.close()
    if as_json:
        for r in rows:
            r["mention_count"] = len(r.pop("mentions"))
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=f"{len(rows)} actors", title_justify="left")
    for column in ("name", "kind", "side", "role", "seen as", "mentions"):
        table.add_column(column, overflow="fold")
    for r in rows:
        seen = sorted({m["text"] for m in r["mentions"] if m["kind"] != "pronoun"})
        table.add_row(r["name"], r["kind"], r["country"] or "", r["role"] or "", ", ".join(seen),
                      str(len(r["mentions"])))
    out.print(table)


packs_app = typer.Typer(help="Domain packs: lexicons of actors, outlets and dated events.", no_args_is_help=True)
app.add_typer(packs_app, name="packs")


@packs_app.command("check")
def packs_check_command(
    directories: Annotated[Optional[list[str]], typer.Argument(help="Pack directories to check with the shipped ones.",
                                                               metavar="DIR", show_default=False)] = None,
) -> None:
    """Validate packs and report forms that name two actors.

    \b
    Example:
        talkwatch packs check ~/packs/my_talks
    """
    try:
        for directory in directories or []:
            load_pack(directory)
        lexicon = load_lexicon(directories or [])
    except TalkwatchError as e:
        raise _fail(str(e), EXIT_INPUT_FAILED) from None
    for clash in lexicon.clashes():
        out.print(f"clash: {clash}", markup=False)
    out.print(f"{len(lexicon.packs)} packs: {len(lexicon.people)} people, {len(lexicon.states)} states and bodies, "
              f"{len(lexicon.outlets)} outlets, {len(lexicon.calendar)} dated events, "
              f"{len(lexicon.place_states)} town names; "
              f"{len(lexicon.clashes())} clashes")


@app.command("export")
def export_command(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "json",
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                      help="File for json/jsonl; directory for csv/parquet (one file per list).")] = None,
    table: Annotated[str, typer.Option(help=f"For csv on stdout: which list ({', '.join(LISTS)}).")] = "articles",
) -> None:
    """Write everything the store knows in the talkwatch export format.

    \b
    Example:
        talkwatch export --format json > talks.json
        talkwatch export --format parquet -o tables/
    """
    store = _open_store(db)
    try:
        text = export(store, fmt, output, table=table)
    except TalkwatchError as e:
        raise _fail(str(e)) from None
    except OSError as e:
        raise _fail(f"{output}: cannot write ({e.strerror or e})") from None
    finally:
        store.close()
    if text is not None:
        sys.stdout.write(text)


@app.command("articles")
def articles_command(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List the stored articles: date, outlet, title and source.

    \b
    Example:
        talkwatch articles --db talks.db
    """
    store = _open_store(db)
    rows = store.articles()
    store.close()
    if as_json:
        fields = ("id", "published", "published_inferred", "outlet", "title", "source", "url")
        sys.stdout.write(json.dumps([{k: r[k] for k in fields} for r in rows], ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=f"{len(rows)} articles", title_justify="left")
    for column in ("date", "outlet", "title", "source"):
        table.add_column(column, overflow="fold")
    for r in rows:
        date = (r["published"] or "?") + (" (inferred)" if r["published_inferred"] else "")
        table.add_row(date, r["outlet"] or "", r["title"] or r["text"][:60] + "…", r["source"])
    out.print(table)


_cli_views.register(app, _open_store, out)
_cli_views.register_links(app, _open_store, out)


@app.command("code")
def code_command(
    path: Annotated[str, typer.Argument(help="JSON Lines of {id, text, date?}; - for stdin.", metavar="FILE.jsonl")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    missing: Annotated[Optional[str], typer.Option(
        "--missing", help="Code written for a party an event lacks or cannot code (PETRARCH: ---); "
                          "default: an empty list.")] = None,
) -> None:
    """Code sentences into PLOVER events: {id, events: [{plover, kind, source, target}]} a line.

    \b
    Example:
        talkwatch code sentences.jsonl > coded.jsonl
        talkwatch code sentences.jsonl --missing=--- > coded.jsonl
    """
    from .coder import code_file

    try:
        failed = code_file(path, output, missing=missing)
    except TalkwatchError as e:
        raise _fail(str(e)) from None
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


EXIT_BUG = 70  # EX_SOFTWARE: talkwatch itself failed


def main() -> None:
    """Entry point of the console script. A fault of talkwatch's own is one line naming it (the
    traceback with TALKWATCH_DEBUG=1): what was stored before it stays stored."""
    try:
        app()
    except Exception as e:  # noqa: BLE001 - the last line of defence; every expected error is handled where it arises
        if os.environ.get("TALKWATCH_DEBUG"):
            raise
        where = traceback.extract_tb(e.__traceback__)[-1]
        err.print(f"talkwatch: internal error: {type(e).__name__}: {e} (at {Path(where.filename).name}:{where.lineno}; "
                  "please report it, with TALKWATCH_DEBUG=1 for the traceback)", markup=False)
        sys.exit(EXIT_BUG)
