"""The merged lexicon of several packs, indexed for matching and resolution."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .entries import (STANCE_WORDS, DatedEvent, Issue, Outlet, Pack, PackError, Person, StanceCues, State,
                      TriggerSet)
from .names import fold

# Names led by these are not called by their last word ("Pope Francis" is not "Francis").
_TITLED = ("pope", "sheikh", "king", "queen", "prince", "princess", "emir", "cardinal", "patriarch", "crown", "grand",
           "emperor", "sultan", "ayatollah", "mullah")
_ROMAN = re.compile(r"^[IVXL]+$")
# Patronymic and family particles: "Mohammed bin Salman" is not "Salman".
_PARTICLES = {"bin", "ibn", "al", "bint", "ben"}
MIN_SURNAME_CHARS = 3
# A surname borne by more people of one side than this is a common family name ("Singh"), not a name.
MAX_NAMESAKES = 3
# Surnames that are also everyday words, common given names or places: alone, capitalised at the start of a
# sentence or before another name ("May 5", "Brown bears", "Martin Griffiths", "La Paz"), they name no one.
# Checked against the casefolded word; the full names still match.
NOT_SURNAMES = frozenset("""
    abdullah ahmed ali arthur austin aziz ban barak bishop borne brown cannon champagne clark cleverly cook cruz dan
    english flores fox gabriel gang gates hague han hassan henry hill horn howard hunt hussein ibrahim jin jonathan
    jun kenny key kim klaus lagos lasso lee major marin martin may medina mesa meta michel mills mohamed mohammed
    moon mustafa nano nelson omar park parts pavel paz philippe ping rashid rice richard salman sen sharon smith sol
    straw struck stuart sung taylor toledo tong truss vega wade wagner yew
""".split())


@dataclass(frozen=True)
class Term:
    """A surface form and what it names."""

    text: str
    actor: str  # actor id
    kind: str  # name, alias, surname, demonym, metonym, outlet
    label: str  # spaCy entity label: PERSON, GPE, NORP, ORG


def _surname(name: str) -> str | None:
    words = name.split()
    if len(words) < 2 or words[0].lower() in _TITLED or _ROMAN.match(words[-1]) or words[-1].endswith(".") \
            or _PARTICLES & {w.lower() for w in words}:
        return None
    return words[-1] if len(words[-1]) >= MIN_SURNAME_CHARS else None


def _surnames(person: Person) -> set[str]:
    """The bare names a person goes by: the last word of each full name, and one-word aliases
    (a family name that comes first, "Xi" of "Xi Jinping"; a spelling of the surname, "Witcoff")."""
    out = {s for s in map(_surname, (person.name, *person.aliases)) if s}
    out |= {a for a in person.aliases if len(a.split()) == 1}
    return {s for s in out if s.casefold() not in NOT_SURNAMES}


def _recency(person: Person) -> tuple[str, str]:
    """Sorts people by when they last held a post: one still in post last, one with no dates first."""
    if not person.roles:
        return "", ""
    return max((r.end or "9999", r.start or "") for r in person.roles)


class Lexicon:
    """People, states, bodies, outlets, towns and dated events of several packs; later packs win."""

    def __init__(self, packs: Sequence[Pack]) -> None:
        self.packs = list(packs)
        self.people: dict[str, Person] = {}
        self._pack_of: dict[str, int] = {}  # person id -> index of the pack that last defined them
        self.states: dict[str, State] = {}
        self.outlets: dict[str, Outlet] = {}
        self.calendar: dict[str, DatedEvent] = {}
        # Triggers, stance cues and stance word lists add up across packs; issues with the same id (and their
        # `yielding`) are replaced.
        self.triggers: dict[str, TriggerSet] = {}
        self.issues: dict[str, Issue] = {}
        self.stances: dict[str, StanceCues] = {}
        # stances.yml's lists of words (entries.STANCE_WORDS): "undo" words reverse the stance word they govern
        self.stance_words: dict[str, frozenset[str]] = {key: frozenset() for key in STANCE_WORDS}
        self.plover_rules: dict[tuple[str, str], str] = {}  # (kind, trigger) -> PLOVER type, plover.yml
        self.place_states: dict[str, str] = {}  # folded town name or spelling -> ISO alpha-3, places.yml
        self.recognised_towns: set[str] = set()  # forms of the towns always read as places (`recognised`)
        for n, pack in enumerate(packs):
            for t in pack.triggers:
                old = self.triggers.get(t.kind)
                self.triggers[t.kind] = t if old is None else TriggerSet(
                    t.kind, t.plover or old.plover, tuple(dict.fromkeys(old.verbs + t.verbs)),
                    tuple(dict.fromkeys(old.nouns + t.nouns)), tuple(dict.fromkeys(old.phrases + t.phrases)))
            self.issues.update((i.id, i) for i in pack.issues)
            for c in pack.stances:
                old_cues = self.stances[c.stance].cues if c.stance in self.stances else ()
                self.stances[c.stance] = StanceCues(c.stance, tuple(dict.fromkeys(old_cues + c.cues)))
            for key, words in pack.stance_words.items():
                self.stance_words[key] |= set(words)
            self.people.update((p.id, p) for p in pack.people)
            self._pack_of.update((p.id, n) for p in pack.people)
            self.states.update((s.id, s) for s in [*pack.countries, *pack.organizations])
            self.outlets.update((o.name, o) for o in pack.outlets)
            self.calendar.update((e.id, e) for e in pack.calendar)
            self.plover_rules.update(((r.kind, w), r.plover) for r in pack.plover_rules for w in r.words)
            self.place_states.update((fold(f), t.country) for t in pack.places for f in (t.name, *t.aliases))
            self.recognised_towns.update(f for t in pack.places if t.recognised for f in (t.name, *t.aliases))
        # The people of the latest pack that has any: the negotiation's own, where a misspelt lone surname
        # ("Witcoff") is far likelier than one of the core pack's world figures ("Patriot" is no Patriota).
        latest = max(self._pack_of.values(), default=0)
        self.domain_people = frozenset(i for i, n in self._pack_of.items() if n == latest)
        self._check_group_countries()
        self._check_town_countries()
        self._check_yielding_sides()
        self.terms = self._terms()
        self.by_form: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            self.by_form[term.text].append(term)

    def plover_of(self, kind: str, lemma: str, default: str | None) -> str | None:
        """The PLOVER type plover.yml gives an act of `kind` signalled by `lemma`, else `default`."""
        return self.plover_rules.get((kind, lemma), default)

    def _check_group_countries(self) -> None:
        """A group's `country` names a country of the merged packs (a user's group may name a shipped one)."""
        countries = {s.code for s in self.states.values() if s.kind == "country"}
        for s in self.states.values():
            if s.country is not None and s.country not in countries:
                raise PackError(f"{s.where or s.id}: 'country' {s.country!r} is no country of the packs' countries.yml")

    def _check_town_countries(self) -> None:
        """A town's `country` names a country of the merged packs."""
        countries = {s.code for s in self.states.values() if s.kind == "country"}
        for town in (t for pack in self.packs for t in pack.places if t.country not in countries):
            raise PackError(f"{town.where}: 'country' {town.country!r} is no country of the packs' countries.yml")

    def _check_yielding_sides(self) -> None:
        """The side an issue's `yielding` cedes is the code of a country or body of the merged packs."""
        codes = {s.code for s in self.states.values()}
        for issue in self.issues.values():
            if issue.yielding is not None and issue.yielding.cedes not in codes:
                raise PackError(f"{issue.where or issue.id}: 'yielding' cedes {issue.yielding.cedes!r}, "
                                "which is no code of the packs' countries.yml or organizations.yml")

    def _state_terms(self) -> Iterable[Term]:
        for s in self.states.values():
            label = "GPE" if s.kind == "country" else "ORG"
            yield Term(s.name, s.id, "name", label)
            yield from (Term(a, s.id, "alias", label) for a in s.aliases)
            yield from (Term(d, s.id, "demonym", "NORP") for d in s.demonyms)
            yield from (Term(m, s.id, "metonym", label) for m in s.metonyms)

    def _person_terms(self) -> Iterable[Term]:
        for p in self.people.values():
            yield Term(p.name, p.id, "name", "PERSON")
            yield from (Term(a, p.id, "alias", "PERSON") for a in p.aliases if len(a.split()) > 1)

    def _terms(self) -> list[Term]:
        terms = [*self._state_terms(), *self._person_terms()]
        terms += [Term(f, f"outlet:{o.name}", "outlet", "ORG") for o in self.outlets.values() for f in (o.name, *o.aliases)]
        taken = {t.text.casefold() for t in terms}
        # A bare surname names the one person who goes by it; shared by a few people, it names whichever
        # `bearer` picks (see there). The people of the latest pack that has any take it: a domain pack's
        # "Powell" is its own, not a former secretary of state of the core pack.
        owners: dict[str, set[str]] = defaultdict(set)
        for p in self.people.values():
            for surname in _surnames(p):
                owners[surname].add(p.id)
        self.namesakes: dict[str, tuple[str, ...]] = {}
        for surname, ids in owners.items():
            latest = max(self._pack_of[i] for i in ids)
            ids = {i for i in ids if self._pack_of[i] == latest}
            if surname.casefold() in taken or len(ids) > MAX_NAMESAKES:
                continue
            ranked = tuple(sorted(ids, key=lambda i: (_recency(self.people[i]), i), reverse=True))
            if len(ranked) > 1:
                self.namesakes[surname] = ranked
            terms.append(Term(surname, ranked[0], "surname", "PERSON"))
        return terms

    def bearer(self, surname: str, date: str | None = None, named: Sequence[str] = ()) -> str | None:
        """Who a bare surname names. Of the people who share it: the one the text named last
        (`named`, ids in order of mention); else the only one in post on `date`; else, when they all
        act for one side, the one in post on that date or most recently ("Bush" in 2005 is George W.
        Bush, "Kirchner" is Argentina's either way); else nobody."""
        ids = self.namesakes.get(surname)
        if ids is None:
            terms = [t for t in self.by_form.get(surname, ()) if t.kind == "surname"]
            return terms[0].actor if terms else None
        for actor in reversed(named):
            if actor in ids:
                return actor
        in_post = [i for i in ids if date and any(r.holds_on(date) for r in self.people[i].roles)]
        if len(in_post) == 1:
            return in_post[0]
        candidates = in_post or ids
        return candidates[0] if len({self.people[i].side for i in candidates}) == 1 else None

    def clashes(self) -> list[str]:
        """Forms that name more than one actor (each would be resolved by whichever pack came last),
        and plover.yml rules for a word that is no trigger of their kind (they would never apply)."""
        folded: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for t in self.terms:
            if t.kind != "surname":
                folded[t.text.casefold()].add((t.actor, t.kind))
        out = []
        for form, owners in sorted(folded.items()):
            actors = sorted({a for a, _ in owners})
            if len(actors) > 1:
                out.append(f"'{form}' names {len(actors)} actors: {', '.join(actors)}")
        for kind, word in sorted(self.plover_rules):
            t = self.triggers.get(kind)
            if t is None or word not in (*t.verbs, *t.nouns, *t.phrases):
                out.append(f"plover.yml: '{word}' is no trigger of kind '{kind}' in triggers.yml")
        return out

    def side_of(self, actor_id: str) -> str | None:
        if actor_id in self.people:
            return self.people[actor_id].side
        if actor_id in self.states:
            return self.states[actor_id].code
        return None

    def is_outlet(self, actor_id: str) -> bool:
        return actor_id.startswith("outlet:")
