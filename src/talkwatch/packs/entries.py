"""The entries a domain pack holds, and their validation.

A pack is a directory of optional YAML files, each a list under one key:

    people.yml         people:         id, name, aliases, side, gender, roles [{title, from, to}]
    countries.yml      countries:      code, name, aliases, demonyms, capital, metonyms
    organizations.yml  organizations:  id, code, name, aliases, kind, demonyms, metonyms, country (groups)
    outlets.yml        outlets:        name, aliases
    calendar.yml       events:         id, date | from/to, names, place, kind, participants
    triggers.yml       triggers:       kind, plover, verbs, nouns, phrases (lemmas that signal an event)
    issues.yml         issues:         id, cues (phrases that name the issue), yielding {cedes, words} (who
                                       gives something up in the proposition, the words for giving it up)
    stances.yml        stances:        stance, cues (phrases that take a stance); beside the list, the
                                       word lists of STANCE_WORDS (`undo:`, `hypothetical:`,
                                       `talk_about:`, `judging:`, `commentators:`, `seizing:`)
    plover.yml         rules:          kind, plover, words (triggers whose act PLOVER types otherwise)
    places.yml         places:         name, country, population, aliases, recognised, city (towns and sites,
                                       the country each is in, and the city a site is in)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..errors import TalkwatchError

FILES = {"people": "people", "countries": "countries", "organizations": "organizations",
         "outlets": "outlets", "calendar": "events", "triggers": "triggers", "issues": "issues",
         "stances": "stances", "plover": "rules", "places": "places"}
# Lists a file holds beside its entries; a file with one of them needs no entries.
# stances.yml's lists beside its cues: `undo` (words that reverse the stance word they govern: "lift" a
# "pause"), `hypothetical` and `talk_about` (backing talk about a possible issue is openness: "its vision
# of a possible truce"), `judging` (verbs that say what their object is: "consider X a violation"),
# `commentators` (people who comment and are no party: "analysts said Russia would reject it"), `seizing`
# (words for taking by force: "would take more land").
STANCE_WORDS = ("undo", "hypothetical", "talk_about", "judging", "commentators", "seizing")
EXTRAS = {"stances": STANCE_WORDS}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STANCES = ("support", "oppose", "conditional", "open")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_SLUG = re.compile(r"[^a-z0-9]+")


class PackError(TalkwatchError):
    """A pack file that cannot be used: names the file, the entry and the problem."""


def slug(name: str) -> str:
    """An actor id from a name: "Steve Witkoff" -> "steve-witkoff"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG.sub("-", ascii_name.lower()).strip("-")


@dataclass(frozen=True)
class Role:
    title: str
    start: str | None = None  # ISO date at any precision, inclusive
    end: str | None = None

    def holds_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start[: len(date)] <= date) and (self.end is None or date <= self.end
                                                                            or date.startswith(self.end))


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    side: str | None
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, date: str | None) -> str | None:
        """The title held on `date` (the latest one when the date is unknown)."""
        for role in reversed(self.roles):
            if role.holds_on(date):
                return role.title
        return self.roles[-1].title if self.roles else None


@dataclass(frozen=True)
class State:
    """A country or an international body: an actor that is a side of its own."""

    id: str
    code: str
    name: str
    kind: str  # country | organization | group
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    capital: str | None = None
    body: str | None = None  # igo | ngo, as organizations.yml says; `kind` folds both into "organization"
    # A group's country (ISO alpha-3): the one it belongs to and operates in, where one is clear
    # (Hamas: PSE); none for a transnational group. Lexicon checks it names a country of the packs.
    country: str | None = None
    where: str = field(default="", compare=False, repr=False)  # file and entry, for errors found later


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DatedEvent:
    id: str
    names: tuple[str, ...]
    start: str
    end: str
    place: str | None = None
    kind: str | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerSet:
    """Words that signal one kind of event (ONTOLOGY.md), as lemmas."""

    kind: str
    plover: str | None
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()  # multi-word, matched on lemmas: "hold talks", "rule out"


@dataclass(frozen=True)
class PloverRule:
    """Acts of `kind` whose trigger is one of `words` are coded `plover` by event data (plover.yml)."""

    kind: str
    plover: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Yielding:
    """An issue's proposition has the side `cedes` give something up; `words` (lemmas, or a verb
    and its particle: "give up") are giving up, and done by another side they reverse it."""

    cedes: str  # a side code; Lexicon checks it names a country or body of the packs
    words: tuple[str, ...]


@dataclass(frozen=True)
class Issue:
    """A negotiation issue (ONTOLOGY.md) and the phrases that name it."""

    id: str
    cues: tuple[str, ...]
    yielding: Yielding | None = None
    where: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class StanceCues:
    """Phrases that take one stance toward what follows them."""

    stance: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Town:
    """A city or town the packs' countries do not name, and the country it is in (places.yml)."""

    name: str
    country: str  # ISO alpha-3; Lexicon checks it names a country of the packs
    population: int | None = None
    aliases: tuple[str, ...] = ()  # other spellings: "Kharkov"
    # Always a place when written so, even where the model reads no name ("shelling of Pokrovsk"):
    # for the towns a negotiation's news names most, which the small model often misses.
    recognised: bool = False
    city: str | None = None  # the city a site is in: the Oval Office is in Washington
    where: str = field(default="", compare=False, repr=False)


@dataclass
class Pack:
    """Everything one pack directory holds."""

    name: str
    people: list[Person] = field(default_factory=list)
    countries: list[State] = field(default_factory=list)
    organizations: list[State] = field(default_factory=list)
    outlets: list[Outlet] = field(default_factory=list)
    calendar: list[DatedEvent] = field(default_factory=list)
    triggers: list[TriggerSet] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    stances: list[StanceCues] = field(default_factory=list)
    stance_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stances.yml's STANCE_WORDS lists
    plover_rules: list[PloverRule] = field(default_factory=list)
    places: list[Town] = field(default_factory=list)


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PackError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _text(entry: dict[str, Any], key: str, where: str, *, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise PackError(f"{where}: '{key}' is missing")
        return None
    if isinstance(value, (list, dict)):
        raise PackError(f"{where}: '{key}' must be one text, not {'a list' if isinstance(value, list) else 'a mapping'}")
    return str(value).strip()


def _date(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if not _ISO.match(text) or not _is_calendar_date(text):
        raise PackError(f"{where}: '{key}' is not an ISO date: {value!r}")
    return text


def _is_calendar_date(text: str) -> bool:
    """"2025-02", "2025-02-28": the regex checks the shape, this the month and day exist."""
    year, month, day = (text.split("-") + ["01", "01"])[:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def read_person(entry: dict[str, Any], where: str) -> Person:
    name = _text(entry, "name", where, required=True)
    roles = []
    for n, role in enumerate(entry.get("roles") or [], start=1):
        if not isinstance(role, dict) or not role.get("title"):
            raise PackError(f"{where}: role {n} needs a 'title'")
        roles.append(Role(str(role["title"]), _date(role, "from", where), _date(role, "to", where)))
    gender = _text(entry, "gender", where)
    if gender not in (None, "m", "f"):
        raise PackError(f"{where}: 'gender' must be m or f, not {gender!r}")
    side = _text(entry, "side", where)
    return Person(_text(entry, "id", where) or slug(name or ""), name or "", side.upper() if side else None,
                  _strings(entry, "aliases", where), gender, tuple(roles))


def read_state(entry: dict[str, Any], where: str, kind: str) -> State:
    name = _text(entry, "name", where, required=True) or ""
    code = _text(entry, "code", where, required=kind == "country")
    entry_kind = _text(entry, "kind", where) if kind != "country" else "country"
    body = entry_kind if entry_kind in ("igo", "ngo") else None
    if body:
        entry_kind = "organization"
    country = _text(entry, "country", where)
    if country is not None:
        if entry_kind != "group":
            raise PackError(f"{where}: 'country' is only for groups (kind: group)")
        if not _ALPHA3.match(country.upper()):
            raise PackError(f"{where}: 'country' must be an ISO 3166-1 alpha-3 code, not {country!r}")
        country = country.upper()
    return State(
        id=code if kind == "country" and code else (_text(entry, "id", where) or slug(name)),
        code=(code or "").upper() or (_text(entry, "id", where) or slug(name)).upper(),
        name=name,
        kind=entry_kind or "organization",
        aliases=_strings(entry, "aliases", where),
        demonyms=_strings(entry, "demonyms", where),
        metonyms=_strings(entry, "metonyms", where),
        capital=_text(entry, "capital", where),
        body=body,
        country=country,
        where=where,
    )


def read_outlet(entry: dict[str, Any], where: str) -> Outlet:
    return Outlet(_text(entry, "name", where, required=True) or "", _strings(entry, "aliases", where))


def read_dated_event(entry: dict[str, Any], where: str) -> DatedEvent:
    start = _date(entry, "date", where) or _date(entry, "from", where)
    if start is None:
        raise PackError(f"{where}: needs 'date' or 'from'")
    names = _strings(entry, "names", where)
    if not names:
        raise PackError(f"{where}: needs at least one name in 'names'")
    return DatedEvent(_text(entry, "id", where) or slug(names[0]), names, start, _date(entry, "to", where) or start,
                      _text(entry, "place", where), _text(entry, "kind", where), _strings(entry, "participants", where))


def read_trigger_set(entry: dict[str, Any], where: str) -> TriggerSet:
    kind = _text(entry, "kind", where, required=True) or ""
    plover = _text(entry, "plover", where)
    sets = {key: tuple(w.lower() for w in _strings(entry, key, where)) for key in ("verbs", "nouns", "phrases")}
    if not any(sets.values()):
        raise PackError(f"{where}: needs at least one of 'verbs', 'nouns', 'phrases'")
    return TriggerSet(kind, plover.upper() if plover else None, sets["verbs"], sets["nouns"], sets["phrases"])


def read_plover_rule(entry: dict[str, Any], where: str) -> PloverRule:
    plover = (_text(entry, "plover", where, required=True) or "").upper()
    if plover not in PLOVER_TYPES:
        raise PackError(f"{where}: 'plover' must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {plover!r}")
    words = tuple(w.lower() for w in _strings(entry, "words", where))
    if not words:
        raise PackError(f"{where}: needs at least one trigger in 'words'")
    return PloverRule(_text(entry, "kind", where, required=True) or "", plover, words)


def read_issue(entry: dict[str, Any], where: str) -> Issue:
    cues = _strings(entry, "cues", where)
    if not cues:
        raise PackError(f"{where}: needs at least one cue in 'cues'")
    return Issue(_text(entry, "id", where, required=True) or "", tuple(c.lower() for c in cues),
                 _yielding(entry, where), where)


def _yielding(entry: dict[str, Any], where: str) -> Yielding | None:
    value = entry.get("yielding")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise PackError(f"{where}: 'yielding' must be a mapping with 'cedes' and 'words'")
    cedes = _text(value, "cedes", f"{where}: 'yielding'", required=True) or ""
    words = tuple(w.lower() for w in _strings(value, "words", f"{where}: 'yielding'"))
    if not words:
        raise PackError(f"{where}: 'yielding' needs at least one word in 'words'")
    # A word is matched as a lemma, or a lemma and the particle or preposition after it.
    for word in words:
        if len(word.split()) > 2:
            raise PackError(f"{where}: 'yielding' words are one word or a verb and its particle, "
                            f"not {word!r}")
    return Yielding(cedes.upper(), words)


def read_stance_words(data: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    """stances.yml's lists of words beside its cues (STANCE_WORDS), lowercased."""
    return {key: tuple(w.lower() for w in _strings(data, key, where)) for key in STANCE_WORDS if key in data}


def read_stance_cues(entry: dict[str, Any], where: str) -> StanceCues:
    stance = _text(entry, "stance", where, required=True)
    if stance not in STANCES:
        raise PackError(f"{where}: 'stance' must be one of {', '.join(STANCES)}, not {stance!r}")
    return StanceCues(stance, tuple(c.lower() for c in _strings(entry, "cues", where)))


def read_town(entry: dict[str, Any], where: str) -> Town:
    name = _text(entry, "name", where, required=True) or ""
    country = (_text(entry, "country", where, required=True) or "").upper()
    if not _ALPHA3.match(country):
        raise PackError(f"{where}: 'country' must be an ISO 3166-1 alpha-3 code, not {entry['country']!r}")
    population = entry.get("population")
    if population is not None and (type(population) is not int or population < 0):
        raise PackError(f"{where}: 'population' must be a whole number, not {population!r}")
    recognised = entry.get("recognised", False)
    if not isinstance(recognised, bool):
        raise PackError(f"{where}: 'recognised' must be true or false, not {recognised!r}")
    return Town(name, country, population, _strings(entry, "aliases", where), recognised,
                _text(entry, "city", where), where)
