"""What the actor and date components leave on a Doc: small dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Mention:
    """A span of text that names (or, for a pronoun, refers to) an actor."""

    actor: str  # actor id
    start: int  # character offsets into the article text
    end: int
    text: str
    kind: str  # name, alias, surname, demonym, metonym, pronoun, fuzzy, new


@dataclass
class NewActor:
    """An actor no pack knows, as the article introduces it."""

    id: str
    name: str
    kind: str  # person, organization
    side: str | None = None
    role: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class Place:
    """A place name used as a location ("in Riyadh"), with the state it belongs to when known."""

    start: int
    end: int
    text: str
    state: str | None = None


for _name, _default in (("tw_mentions", ()), ("tw_new_actors", None), ("tw_places", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
