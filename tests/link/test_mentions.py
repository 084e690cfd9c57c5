"""Passing mentions of known dated meetings, and independent sources counted again
when copy and rewrite links change; on texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkwatch.extract import extract_store
from talkwatch.ingest import ingest
from talkwatch.link import link_store, semantic
from talkwatch.link.mentions import CalendarNames, consistent, mention_rows
from talkwatch.link.places import gazetteer
from talkwatch.link.timeline import Context, Entry, entry_row, place_events
from talkwatch.packs import load_lexicon
from talkwatch.store import Store

LEXICON = load_lexicon()


def mentions(text: str) -> dict[str, str | None]:
    """calendar id -> the reference that points at it."""
    return {m.event.id: m.reference for m in CalendarNames(LEXICON).find("a", text)}


def rows(text: str, published: str | None) -> list[dict]:
    return mention_rows([{"id": "a", "text": text, "published": published}], LEXICON, lambda i: True)


@pytest.mark.issue(5)
def test_a_known_meeting_is_found_by_any_of_its_names_with_how_the_text_points_at_it():
    found = mentions("Officials met again, a week after last week\u2019s heated Oval Office showdown "
                     "between the two presidents.")
    assert found == {"oval-office-clash": "last week"}
    assert mentions("Nothing was said of the summit in Alaska.") == {"alaska-summit": None}
    assert mentions("The office was quiet and the summit was in another country.") == {}


@pytest.mark.parametrize("text", ["Alaska summit ends without a deal", "The Alaska summit ended without a deal"])
def test_a_name_that_opens_the_text_is_found(text):
    assert mentions(text) == {"alaska-summit": None}


@pytest.mark.issue(5)
def test_a_mention_brings_the_calendar_date_place_and_participants():
    [row] = rows("The talks follow Trump's Oval Office bust-up with Zelensky last week.", "2025-03-06")
    assert (row["kind"], row["date"], row["place"], row["status"]) == ("meeting", "2025-02-28", "Washington",
                                                                       "occurred")
    assert {"donald-trump", "volodymyr-zelensky"} <= set(row["actors"])
    assert rows("Trump's Oval Office bust-up with Zelensky", "2025-03-06")[0]["id"] == row["id"]  # stable


@pytest.mark.issue(5)
def test_a_mention_the_article_date_contradicts_is_another_event():
    # The calendar's Berlin talks were on a Sunday: "Friday's talks in Berlin" are others.
    assert rows("It follows Friday's talks in Berlin with European officials.", None) == []
    # "Last week's" summit cannot be one held three months before the article.
    assert rows("Last week's Alaska summit changed little.", "2025-11-20") == []
    assert rows("Last week's Alaska summit changed little.", "2025-08-19") != []
    # Nobody names a meeting half a year before it is held.
    assert rows("Delegates discussed the Alaska summit.", "2025-01-10") == []
    [ahead] = rows("Aides are preparing for the Alaska summit.", "2025-08-12")
    assert ahead["status"] == "planned"


@pytest.mark.issue(5)
def test_consistent_accepts_an_undated_article():
    [mention] = CalendarNames(LEXICON).find("a", "since the Oval Office row")
    assert consistent(mention, None)


SIDES = {"donald-trump": "USA", "volodymyr-zelensky": "UKR", "vladimir-putin": "RUS", "UKR": "UKR",
         "steve-witkoff": "USA", "RUS": "RUS", "vladimir-medinsky": "RUS", "rustem-umerov": "UKR"}
NAMES = {"donald-trump": "Donald Trump", "volodymyr-zelensky": "Volodymyr Zelensky",
         "vladimir-putin": "Vladimir Putin", "steve-witkoff": "Steve Witkoff",
         "vladimir-medinsky": "Vladimir Medinsky", "rustem-umerov": "Rustem Umerov"}


@pytest.fixture
def ctx() -> Context:
    published = {"report": "2025-03-03", "mention": "2025-03-08", "other": "2025-03-08", "alaska": None}
    return Context(side_of=SIDES.get, is_person=NAMES.__contains__, places=gazetteer(LEXICON), published=published)


def event(eid, article, actors, date=None, first=None, last=None, location=None):
    return {"id": eid, "article": article, "kind": "meeting", "actors": list(actors), "source": list(actors[:1]),
            "target": list(actors[1:]), "date": date, "date_first": first or date, "date_last": last or date,
            "location": location, "status": "occurred"}


def mention(article: str, text: str, published: str | None) -> dict:
    [row] = mention_rows([{"id": article, "text": text, "published": published}], LEXICON, NAMES.__contains__)
    return row


@pytest.mark.issue(5)
def test_an_article_that_only_mentions_a_meeting_is_a_source_of_its_entry(ctx):
    report = event("e1", "report", ("donald-trump", "UKR", "volodymyr-zelensky"), date="2025-02-24",
                   first="2025-02-24", last="2025-03-02")
    entries: dict[str, Entry] = {}
    place_events(entries, [mention("mention", "since Trump's Oval Office bust-up with Zelensky", "2025-03-08"),
                           report], ctx)
    [entry] = entries.values()
    row = entry_row(entry, ctx, NAMES.get, lambda a: a)
    assert row["articles"] == ["report", "mention"] and row["events"] == ["e1"]
    assert (row["date"], row["location"], row["calendar"]) == ("2025-02-28", "Washington", "oval-office-clash")
    assert row["independent_sources"] == 2


@pytest.mark.issue(5)
def test_a_mentioned_meeting_nobody_reported_is_an_entry_that_reports_then_join(ctx):
    entries: dict[str, Entry] = {}
    place_events(entries, [mention("mention", "the Oval Office row", "2025-03-08")], ctx)
    place_events(entries, [event("e1", "report", ("donald-trump", "volodymyr-zelensky"), date="2025-02-28")], ctx)
    [entry] = entries.values()
    assert entry_row(entry, ctx, NAMES.get, lambda a: a)["location"] == "Washington"


@pytest.mark.issue(5)
def test_a_mention_of_another_meeting_stays_apart(ctx):
    entries: dict[str, Entry] = {}
    place_events(entries, [event("e1", "other", ("donald-trump", "volodymyr-zelensky"), date="2025-02-28",
                                 location="Munich"),
                           mention("mention", "since the Oval Office row", "2025-03-08")], ctx)
    assert len(entries) == 2


@pytest.mark.issue(5)
def test_a_mention_joins_the_meeting_its_own_article_reports_even_named_by_another_place(ctx):
    # The gazetteer cannot tell that Anchorage is in Alaska; the article names the summit and reports it.
    reported = event("e1", "alaska", ("vladimir-putin", "donald-trump"), location="Alaska")
    entries: dict[str, Entry] = {}
    place_events(entries, [reported, mention("alaska", "at the Alaska summit with Trump", None)], ctx)
    [entry] = entries.values()
    row = entry_row(entry, ctx, NAMES.get, lambda a: a)
    assert (row["date"], row["location"]) == ("2025-08-15", "Alaska")


def test_a_mention_joins_its_own_article_s_undated_report_of_talks_in_its_place(ctx):
    # "second round of talks in Istanbul": the article's talks between the states, the calendar's people
    reported = event("e1", "report", ("RUS", "UKR"), location="Istanbul")
    entries: dict[str, Entry] = {}
    place_events(entries, [reported, mention("report", "at the second round of Istanbul talks", "2025-06-02")], ctx)
    [entry] = entries.values()
    assert entry_row(entry, ctx, NAMES.get, lambda a: a)["date"] == "2025-06-02"


# --- through the store: ingest, extract, link -------------------------------------------------------

MEETING = """---
outlet: Harbor Wire
published: 2025-02-28
---
President Donald Trump and Ukrainian President Volodymyr Zelensky met at the White House in Washington on \
Friday, in a meeting that ended without the minerals deal both sides had expected to sign.
"""

PASSING = """---
outlet: Capital Ledger
published: 2025-03-06
---
European leaders gathered in Brussels on Thursday to agree on more money for their armies.

The summit comes a week after Trump's Oval Office bust-up with Zelensky, which left Kyiv's allies worried.
"""


@pytest.fixture(scope="module")
def nlp():
    from talkwatch.nlp.pipeline import build_nlp
    return build_nlp(LEXICON)


def run(store: Store, nlp, folder: Path) -> None:
    ingest([str(folder)], store)
    extract_store(store, nlp=nlp)
    link_store(store, LEXICON)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.model
@pytest.mark.issue(5)
def test_passing_mention_in_a_later_ingest_joins_the_reported_meeting(store: Store, nlp, tmp_path: Path):
    run(store, nlp, write(tmp_path / "one", "meeting.md", MEETING))
    run(store, nlp, write(tmp_path / "two", "passing.md", PASSING))
    ids = {a["outlet"]: a["id"] for a in store.articles()}
    meetings = [t for t in store.timeline() if t["kind"] == "meeting" and ids["Harbor Wire"] in t["articles"]]
    assert len(meetings) == 1
    assert set(meetings[0]["articles"]) == {ids["Harbor Wire"], ids["Capital Ledger"]}
    assert meetings[0]["date"] == "2025-02-28"


BLOOMBERG = """---
outlet: Bloomberg
published: 2025-04-24
---
Russia would accept a freeze of the front line in Zaporizhzhia and Kherson if Washington recognised Crimea as \
Russian, according to officials familiar with the Kremlin's thinking, who asked not to be named.

The offer, conveyed to American officials through intermediaries this week, also asks for sanctions on \
Russian banks and the grain trade to be eased within months of any truce.

Ukrainian officials have said they will never recognise the occupation of any of their land.
"""

REWRITE_ONE = """---
outlet: Eastgate News
published: 2025-04-26
---
According to Bloomberg, Moscow is ready to freeze the front line in Zaporizhzhia and Kherson should \
Washington recognise Crimea as Russian territory.

Steve Witkoff met Vladimir Putin in Moscow on Friday.
"""

REWRITE_TWO = """---
outlet: Danube Courier
published: 2025-04-26
---
The Kremlin's offer, passed to American officials through intermediaries, also seeks relief from \
sanctions on Russian banks and the grain trade, Bloomberg reported.

Steve Witkoff met Vladimir Putin in Moscow on Friday.
"""


@pytest.mark.model
@pytest.mark.issue(5)
def test_independent_sources_are_counted_again_when_their_original_comes_later(store: Store, nlp, tmp_path: Path,
                                                                                 monkeypatch):
    monkeypatch.setenv(semantic.SWITCH, "0")  # links from words and attribution alone, with the extra or not
    folder = write(tmp_path / "one", "one.md", REWRITE_ONE)
    run(store, nlp, write(folder, "two.md", REWRITE_TWO))
    [before] = [t for t in store.timeline() if t["kind"] == "meeting"]
    assert (len(before["articles"]), before["independent_sources"]) == (2, 2)
    run(store, nlp, write(tmp_path / "two", "bloomberg.md", BLOOMBERG))  # adds no meeting: the entry is not touched
    by_outlet = {a["outlet"]: a for a in store.articles()}
    assert by_outlet["Eastgate News"]["rewrite_of"] == by_outlet["Danube Courier"]["rewrite_of"] \
        == by_outlet["Bloomberg"]["id"]
    [after] = [t for t in store.timeline() if t["kind"] == "meeting"]
    assert after["independent_sources"] == 1
