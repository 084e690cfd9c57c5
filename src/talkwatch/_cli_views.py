"""The view commands of `talkwatch`: events, quotes and positions as tables or
JSON, filtered, and the position matrix. Registered on the app in cli.py."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from .views import ActorIndex, Filters, position_matrix, query, stories, timeline, timeline_markdown

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Store: a SQLite file or SQLAlchemy URL.")]
ActorOpt = Annotated[Optional[str], typer.Option(help="An actor's id, name or alias (part of it is enough).")]
SideOpt = Annotated[Optional[str], typer.Option(help="A side: RUS, UKR, USA, EU, NATO, ...")]
SinceOpt = Annotated[Optional[str], typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Up to this date, inclusive.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _names(ids: list[str], actors: ActorIndex) -> str:
    return ", ".join(actors.name(i) for i in ids)


def _print_json(rows: list[dict[str, Any]]) -> None:
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")


def register(app: typer.Typer, open_store: Any, out: Any) -> None:
    """Add the view commands to `app`; `open_store(db)` opens a store or exits with one line."""

    @app.command("events")
    def events_command(db: DbOpt = None, actor: ActorOpt = None, side: SideOpt = None,
                       kind: Annotated[Optional[str], typer.Option(help="meeting, call, proposal, demand, ...")] = None,
                       status: Annotated[Optional[str], typer.Option(help="occurred, ongoing, planned, hypothetical")] = None,
                       since: SinceOpt = None, until: UntilOpt = None, as_json: JsonOpt = False) -> None:
        """List events: who met, called, proposed, demanded, rejected or agreed to what.

        \b
        Example:
            talkwatch events --kind meeting --side RUS --since 2025-03
        """
        store = open_store(db)
        rows, actors = query(store, "events", Filters(actor, side, kind, None, status, since, until))
        store.close()
        if as_json:
            return _print_json(rows)
        table = Table(title=f"{len(rows)} events", title_justify="left")
        for column in ("date", "kind", "status", "source", "target", "where", "sentence"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(r["date"] or "", r["kind"], r["status"], _names(r["source"], actors),
                          _names(r["target"] or [a for a in r["actors"] if a not in r["source"]], actors),
                          r["location"] or "", r["sentence"])
        out.print(table)

    @app.command("quotes")
    def quotes_command(db: DbOpt = None, actor: ActorOpt = None, side: SideOpt = None,
                       since: SinceOpt = None, until: UntilOpt = None,
                       direct: Annotated[Optional[bool], typer.Option("--direct/--indirect",
                                                                      help="Only direct or only reported speech.")] = None,
                       as_json: JsonOpt = False) -> None:
        """List quotes with their speakers.

        \b
        Example:
            talkwatch quotes --actor Peskov
        """
        store = open_store(db)
        rows, actors = query(store, "quotes", Filters(actor, side, None, None, None, since, until))
        store.close()
        if direct is not None:
            rows = [r for r in rows if r["direct"] == direct]
        if as_json:
            return _print_json(rows)
        table = Table(title=f"{len(rows)} quotes", title_justify="left")
        for column in ("date", "speaker", "quote"):
            table.add_column(column, overflow="fold")
        for r in rows:
            said = f"“{r['text']}”" if r["direct"] else f"(reported) {r['text']}"
            table.add_row(r["date"] or "", actors.name(r["speaker"]) if r["speaker"] else "?", said)
        out.print(table)

    @app.command("positions")
    def positions_command(db: DbOpt = None, actor: ActorOpt = None, side: SideOpt = None,
                          issue: Annotated[Optional[str], typer.Option(help="ceasefire, nato_membership, ...")] = None,
                          since: SinceOpt = None, until: UntilOpt = None,
                          matrix: Annotated[bool, typer.Option("--matrix", help="Sides × issues, latest stance.")] = False,
                          as_json: JsonOpt = False) -> None:
        """List each party's stated positions on the issues, or the sides × issues matrix.

        \b
        Example:
            talkwatch positions --matrix
            talkwatch positions --side RUS --issue ceasefire
        """
        store = open_store(db)
        rows, actors = query(store, "positions", Filters(actor, side, None, issue, None, since, until))
        store.close()
        if matrix:
            return _show_matrix(position_matrix(rows, actors), as_json, out)
        if as_json:
            return _print_json(rows)
        table = Table(title=f"{len(rows)} positions", title_justify="left")
        for column in ("date", "holder", "side", "issue", "stance", "condition"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(r["date"] or "", actors.name(r["actor"]), actors.side(r["actor"]) or "", r["issue"],
                          r["stance"], r["condition"] or "")
        out.print(table)


def register_links(app: typer.Typer, open_store: Any, out: Any) -> None:
    """Add the cross-article views: timeline and stories."""

    @app.command("timeline")
    def timeline_command(db: DbOpt = None, actor: ActorOpt = None, side: SideOpt = None,
                         kind: Annotated[Optional[str], typer.Option(help="meeting, call, proposal, ...")] = None,
                         since: SinceOpt = None, until: UntilOpt = None,
                         fmt: Annotated[str, typer.Option("--format", "-f", help="table, md or json")] = "table") -> None:
        """The negotiation's timeline: each development once, with every report behind it.

        \b
        Example:
            talkwatch timeline --kind meeting --since 2025-03 --format md
        """
        store = open_store(db)
        rows, actors = timeline(store, Filters(actor, side, kind, None, None, since, until))
        store.close()
        if fmt == "json":
            return _print_json(rows)
        if fmt == "md":
            sys.stdout.write(timeline_markdown(rows))
            return
        if fmt != "table":
            raise typer.BadParameter(f"unknown format {fmt!r} (table, md or json)", param_hint="--format")
        table = Table(title=f"{len(rows)} timeline entries", title_justify="left")
        for column in ("date", "kind", "status", "summary", "sources", "reports"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(r["date"] or "", r["kind"], r["status"], r["summary"], str(r["independent_sources"]),
                          str(len(r["articles"])))
        out.print(table)

    @app.command("stories")
    def stories_command(db: DbOpt = None, as_json: JsonOpt = False) -> None:
        """Stories: articles about the same development, with copies and rewrites marked.

        \b
        Example:
            talkwatch stories --json
        """
        store = open_store(db)
        rows = stories(store)
        store.close()
        if as_json:
            return _print_json(rows)
        table = Table(title=f"{len(rows)} stories", title_justify="left")
        for column in ("story", "date", "outlet", "title", "copy of"):
            table.add_column(column, overflow="fold")
        for story in rows:
            titles = {a["id"]: a["title"] or a["source"] for a in story["articles"]}
            for n, a in enumerate(story["articles"]):
                original = a["duplicate_of"] or a["rewrite_of"]
                mark = ("rewrite of " if a["rewrite_of"] else "copy of ") + titles.get(original, original) if original else ""
                table.add_row(story["id"][6:14] if n == 0 else "", a["published"] or "", a["outlet"] or "",
                              a["title"] or a["source"], mark)
        out.print(table)


def _show_matrix(matrix: dict[str, dict[str, dict[str, Any]]], as_json: bool, out: Any) -> None:
    if as_json:
        _print_json([{"side": side, "issue": issue, "stance": r["stance"], "date": r["date"], "actor": r["actor"],
                      "position": r["id"]} for side, issues in sorted(matrix.items()) for issue, r in sorted(issues.items())])
        return
    issues = sorted({issue for row in matrix.values() for issue in row})
    table = Table(title="latest stance by side and issue", title_justify="left")
    table.add_column("side")
    for issue in issues:
        table.add_column(issue.replace("_", " "), overflow="fold")
    for side, row in sorted(matrix.items()):
        cells = [f"{row[i]['stance']}\n{row[i]['date'] or ''}" if i in row else "" for i in issues]
        table.add_row(side, *cells)
    out.print(table)
