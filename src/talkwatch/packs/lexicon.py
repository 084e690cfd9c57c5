"""The merged lexicon of several packs, indexed for matching and resolution."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .entries import DatedEvent, Issue, Outlet, Pack, Person, StanceCues, State, TriggerSet

# Names led by these are not called by their last word ("Pope Francis" is not "Francis").
_TITLED = ("pope", "sheikh", "king", "queen", "prince", "princess", "emir", "cardinal", "patriarch")
_ROMAN = re.compile(r"^[IVXL]+$")
# Patronymic and family particles: "Mohammed bin Salman" is not "Salman".
_PARTICLES = {"bin", "ibn", "al", "bint", "ben"}
MIN_SURNAME_CHARS = 3


@dataclass(frozen=True)
class Term:
    """A surface form and what it names."""

    text: str
    actor: str  # actor id
    kind: str  # name, alias, surname, demonym, metonym, outlet
    label: str  # spaCy entity label: PERSON, GPE, NORP, ORG


def _surname(name: str) -> str | None:
    words = name.split()
    if len(words) < 2 or words[0].lower() in _TITLED or _ROMAN.match(words[-1]) \
            or _PARTICLES & {w.lower() for w in words}:
        return None
    return words[-1] if len(words[-1]) >= MIN_SURNAME_CHARS else None


class Lexicon:
    """People, states, bodies, outlets and dated events of several packs; later packs win."""

    def __init__(self, packs: Sequence[Pack]) -> None:
        self.packs = list(packs)
        self.people: dict[str, Person] = {}
        self.states: dict[str, State] = {}
        self.outlets: dict[str, Outlet] = {}
        self.calendar: dict[str, DatedEvent] = {}
        # Triggers and stance cues add up across packs; issues with the same id are replaced.
        self.triggers: dict[str, TriggerSet] = {}
        self.issues: dict[str, Issue] = {}
        self.stances: dict[str, StanceCues] = {}
        for pack in packs:
            for t in pack.triggers:
                old = self.triggers.get(t.kind)
                self.triggers[t.kind] = t if old is None else TriggerSet(
                    t.kind, t.plover or old.plover, tuple(dict.fromkeys(old.verbs + t.verbs)),
                    tuple(dict.fromkeys(old.nouns + t.nouns)), tuple(dict.fromkeys(old.phrases + t.phrases)))
            self.issues.update((i.id, i) for i in pack.issues)
            for c in pack.stances:
                old_cues = self.stances[c.stance].cues if c.stance in self.stances else ()
                self.stances[c.stance] = StanceCues(c.stance, tuple(dict.fromkeys(old_cues + c.cues)))
            self.people.update((p.id, p) for p in pack.people)
            self.states.update((s.id, s) for s in [*pack.countries, *pack.organizations])
            self.outlets.update((o.name, o) for o in pack.outlets)
            self.calendar.update((e.id, e) for e in pack.calendar)
        self.terms = self._terms()
        self.by_form: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            self.by_form[term.text].append(term)

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
            yield from (Term(a, p.id, "alias", "PERSON") for a in p.aliases)

    def _terms(self) -> list[Term]:
        terms = [*self._state_terms(), *self._person_terms()]
        terms += [Term(f, f"outlet:{o.name}", "outlet", "ORG") for o in self.outlets.values() for f in (o.name, *o.aliases)]
        taken = {t.text.casefold() for t in terms}
        # A bare surname names a person only when no one else and nothing else goes by it.
        owners: dict[str, set[str]] = defaultdict(set)
        for p in self.people.values():
            for full in (p.name, *p.aliases):
                surname = _surname(full)
                if surname:
                    owners[surname].add(p.id)
        terms += [Term(s, next(iter(ids)), "surname", "PERSON") for s, ids in owners.items()
                  if len(ids) == 1 and s.casefold() not in taken]
        return terms

    def clashes(self) -> list[str]:
        """Forms that name more than one actor: each would be resolved by whichever pack came last."""
        folded: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for t in self.terms:
            if t.kind != "surname":
                folded[t.text.casefold()].add((t.actor, t.kind))
        out = []
        for form, owners in sorted(folded.items()):
            actors = sorted({a for a, _ in owners})
            if len(actors) > 1:
                out.append(f"'{form}' names {len(actors)} actors: {', '.join(actors)}")
        return out

    def side_of(self, actor_id: str) -> str | None:
        if actor_id in self.people:
            return self.people[actor_id].side
        if actor_id in self.states:
            return self.states[actor_id].code
        return None

    def is_outlet(self, actor_id: str) -> bool:
        return actor_id.startswith("outlet:")
