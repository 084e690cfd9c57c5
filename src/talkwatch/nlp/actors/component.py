"""The `talkwatch_actors` component: every mention of a person, state or body
resolved to one actor.

Order of evidence for a name: the pack's patterns (set by the entity ruler
that runs before the NER); names introduced earlier in the same article
("Beseda" after "Sergey Beseda"); a close spelling of a known name (rapidfuzz);
else a new actor, with the side and role its title gives. A state's office with
no name ("the Ukrainian president") is its holder. Pronouns and "the latter" /
"the former" resolve to an earlier person of the article. A state named where
only a place can be ("in Moscow", "the Budapest summit") is a place.
"""

from __future__ import annotations

import re
from bisect import insort

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..base import LexiconComponent
from ..events.governors import RECEIVING
from ..events.triggers import key_of
from ...ingest.credits import known_outlet
from ...packs import Lexicon
from ...packs.entries import slug
from ...packs.names import fold
from ..mentions import Mention, NewActor, Place, text_of
from ..paragraphs import is_heading_span
from ..quotes.quotemarks import find_marked
from ..tense import governing_verb
from ..words import words_of
from .titles import office_holder, office_named, title_of

DEFAULT_FUZZY_THRESHOLD = 88
MIN_FUZZY_CHARS = 5
FIRST_NAME_MIN_RATIO = 70
# Labels the small model gives a town it does not know: "Odesa" as a person, "Kostiantynivka" as a body.
MISREAD_TOWN_LABELS = {"PERSON", "ORG", "LANGUAGE", "NORP", "PRODUCT", "WORK_OF_ART"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "to", "into", "across", "around", "via"}
_ORG_HEADS = re.compile(
    r"\b(?:Ministry|Council|Agency|Fund|Office|Committee|Service|Bank|Party|Forces|Commission|Parliament|"
    r"Court|Organi[sz]ation|Union|Alliance|Assembly|Institute|Foundation|Department|Directorate|Guard|Army|Navy)\b"
)
_NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z\u00c0-\u024f'\u2019-]+\.?$")
_LATTER = {"latter": -1, "former": -2}
_BUILDINGS = {"basilica", "cathedral", "church", "abbey", "square", "palace", "hospital", "college", "university",
              "bridge", "street", "avenue", "park", "hall", "chapel", "monastery", "station", "airport"}
OBJECT_DEPS = {"dobj", "iobj", "dative", "pobj"}
# Acts whose "from" names where they were launched, not who made them: "drones from Belarus".
LAUNCHED_KINDS = {"attack", "mobilization"}
PUBLISHED = "tw_published"  # doc.user_data key: the article's publication date, when the caller knows it
# Words before a surname that are a title, not a given name ("Mr Bush", "Gen. Gerasimov"), besides the
# words of the pack's role titles ("President", "Chancellor", "Minister").
HONORIFICS = {"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "lord", "lady", "gen", "adm", "col", "lt",
              "maj", "capt", "sen", "rep", "gov", "then", "former", "late", "acting", "deputy", "vice", "elect"}

# Nouns for what a person is, which NER does not always see a name after: "lawmaker Oleksiy Goncharenko".
PERSON_NOUNS = {"lawmaker", "legislator", "senator", "congressman", "congresswoman", "deputy", "mp", "minister",
                "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "envoy", "diplomat",
                "negotiator", "ambassador", "official", "commander", "general", "governor", "mayor", "analyst",
                "journalist", "activist", "blogger", "economist", "lawyer", "politician", "businessman", "oligarch"}

# People who act for a state: "negotiators from Washington" are the United States'.
DELEGATES = {"delegation", "delegate", "team", "representative", "counterpart", "emissary", "officer", "leader",
             "mediator"}


class ActorResolver(LexiconComponent):
    """Resolves entity spans and pronouns to actors; see the module docstring."""

    def __init__(self, nlp: Language, name: str, *, fuzzy_threshold: int = DEFAULT_FUZZY_THRESHOLD) -> None:
        self.name = name
        self.fuzzy_threshold = fuzzy_threshold
        self._person_forms: list[str] = []
        self._person_ids: list[str] = []
        self._title_words: set[str] = set()
        self._strike_verbs: frozenset[str] = frozenset()  # attacks' and seizures' verbs: a town is their object
        self._given_nouns: frozenset[str] = frozenset()  # acts that come "from" a party: "a proposal from Moscow"
        self._meeting_nouns: frozenset[str] = frozenset()  # "the Budapest summit": a capital there is the venue

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        pairs = [(t.text, t.actor) for t in lexicon.terms if t.label == "PERSON"]
        self._person_forms = [f for f, _ in pairs]
        self._person_ids = [a for _, a in pairs]
        self._title_words = HONORIFICS | {w.lower() for p in lexicon.people.values() for r in p.roles
                                          for w in re.findall(r"[^\W\d_]+", r.title)}
        self._strike_verbs = frozenset(v for kind in ("attack", "coercion") if kind in lexicon.triggers
                                       for v in lexicon.triggers[kind].verbs)
        self._given_nouns = frozenset(n for kind, t in lexicon.triggers.items() if kind not in LAUNCHED_KINDS
                                      for n in t.nouns)
        self._meeting_nouns = frozenset(n for kind in ("meeting", "call") if kind in lexicon.triggers
                                        for n in lexicon.triggers[kind].nouns)

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        quotes = [(q.start, q.end) for q in find_marked(text_of(doc))]
        mentions: list[Mention] = []
        places: list[Place] = []
        new: dict[str, NewActor] = {}
        for ent in doc.ents:
            if is_heading_span(ent):
                continue
            ent = self._titled_person(ent)  # "lawmaker Oleksiy Goncharenko", read by NER as an organisation
            # "Ingrid Solberg", where the pack knows only Erna Solberg; "Anton Gerashchenko", only Michael Anton
            named = self._with_given_name(ent) or self._with_family_name(ent)
            if named is not None:
                ent, found = named, self._resolve_person(named, _clean_name(named), new, mentions)
            else:
                found = self._resolve(ent, new, mentions)
            if found is None:
                if ent.label_ in ("GPE", "LOC", "FAC") or self._misread_town(ent):
                    # a town of the packs' places.yml has its state
                    places.append(Place(ent.start_char, ent.end_char, ent.text,
                                        self.lexicon.place_states.get(fold(ent.text))))
                continue
            actor, kind = found
            holder = self._title_holder(ent, actor, mentions)
            if holder is not None:  # "the Ukrainian president": Zelensky, not Ukraine
                mentions.append(Mention(holder, ent.start_char, ent.end_char, ent.text, "title"))
                continue
            if kind == "metonym" and (self._is_located(ent) and not self._giver(ent) or self._venue(ent)):
                places.append(Place(ent.start_char, ent.end_char, ent.text, self.lexicon.side_of(actor)))
                continue
            if self.lexicon.states.get(actor) and self.lexicon.states[actor].kind == "country" and self._is_located(ent) \
                    and not self._giver(ent):
                places.append(Place(ent.start_char, ent.end_char, ent.text, actor))
            mentions.append(Mention(actor, ent.start_char, ent.end_char, ent.text, kind))
        # Sorted again: the pronouns below look back at the mentions in text order.
        mentions = sorted(mentions + _later_surnames(doc, mentions, new), key=lambda m: m.start)
        mentions += self._pronouns(doc, mentions, new, quotes)
        mentions.sort(key=lambda m: m.start)
        doc._.tw_mentions = tuple(mentions)
        doc._.tw_new_actors = new
        doc._.tw_places = tuple(places)
        return doc

    # names

    def _misread_town(self, ent: Span) -> bool:
        """A known town the small model took for a person or body, where only a place can be: after
        "in", "near", "to" ... or struck ("A missile hit Kherson", "drones struck Odesa"). "Asked
        Jackson" stays a person."""
        if ent.label_ not in MISREAD_TOWN_LABELS or fold(ent.text) not in self.lexicon.place_states:
            return False
        root = ent.root
        if root.dep_ == "pobj":
            return root.head.lower_ in LOCATIVE
        return root.dep_ == "dobj" and root.head.lemma_.lower() in self._strike_verbs

    def _with_given_name(self, ent: Span) -> Span | None:
        """"Ingrid Solberg" is not Erna Solberg: a known surname after a given name that none of its
        bearers has is another person's. The two words, to resolve as a name the pack does not know."""
        lexicon = self.lexicon
        if not ent.ent_id_ or ent.start == 0 or ent.label_ != "PERSON":
            return None
        terms = [t for t in lexicon.by_form.get(ent.text, ()) if t.kind == "surname"]
        given = ent.doc[ent.start - 1]
        if not terms or given.ent_id_ or given.ent_type_ not in ("", "PERSON") or given.pos_ != "PROPN" \
                or not (given.is_title and given.is_alpha) or given.lower_ in self._title_words:
            return None
        bearers = lexicon.namesakes.get(ent.text, (terms[0].actor,))
        if any(given.text == f.split()[0] for b in bearers for f in (lexicon.people[b].name, *lexicon.people[b].aliases)):
            return None  # "Recep Erdogan": a shorter form of the bearer's own name
        return Span(ent.doc, ent.start - 1, ent.end, label="PERSON")

    def _titled_person(self, ent: Span) -> Span:
        """A name of two or three capitalised words that a person's title precedes ("Ukrainian lawmaker
        Oleksiy Goncharenko") is a person's, whatever label NER gave it."""
        if ent.label_ != "ORG" or ent.ent_id_ or ent.start == 0 or not 2 <= len(ent) <= 3:
            return ent
        title = ent.doc[ent.start - 1]
        if title.lower_ not in self._title_words | PERSON_NOUNS or not title.is_lower or title.pos_ != "NOUN":
            return ent
        if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
            return ent
        return Span(ent.doc, ent.start, ent.end, label="PERSON")

    def _with_family_name(self, ent: Span) -> Span | None:
        """"Anton Gerashchenko" is not Michael Anton: a known surname that a capitalised name
        follows is another person's given name. The two words, to resolve as a name."""
        doc = ent.doc
        if not ent.ent_id_ or ent.label_ != "PERSON" or len(ent) != 1 or ent.end >= len(doc):
            return None
        if not any(t.kind == "surname" for t in self.lexicon.by_form.get(ent.text, ())):
            return None
        family = doc[ent.end]
        if family.ent_id_ or family.pos_ != "PROPN" or not (family.is_title and family.is_alpha) \
                or family.lower_ in self._title_words or family.ent_type_ not in ("", "PERSON"):
            return None
        return Span(doc, ent.start, ent.end + 1, label="PERSON")

    def _resolve(self, ent: Span, new: dict[str, NewActor], earlier: list[Mention]) -> tuple[str, str] | None:
        lexicon = self.lexicon
        if ent.ent_id_:
            text = "the" + ent.text[3:] if ent.text.startswith("The ") else ent.text  # "The Kremlin" opens a sentence
            terms = lexicon.by_form.get(text, ())
            kind = next((t.kind for t in terms if t.actor == ent.ent_id_), "name")
            if kind == "surname" and text in lexicon.namesakes:  # "Bush": which one, if the text tells
                actor = lexicon.bearer(text, ent.doc.user_data.get(PUBLISHED), [m.actor for m in earlier])
                return (actor, kind) if actor else None
            return ent.ent_id_, kind
        text = _clean_name(ent)
        if not text:
            return None
        if ent.label_ == "PERSON":
            return self._resolve_person(ent, text, new, earlier)
        if ent.label_ == "ORG":
            outlet = known_outlet(text)
            if outlet:
                return f"outlet:{outlet}", "outlet"
            if _ORG_HEADS.search(text) and len(text.split()) >= 2 or re.fullmatch(r"[A-Z]{2,6}", text):
                actor = new.setdefault(slug(text), NewActor(slug(text), text, "organization"))
                return actor.id, "new"
        return None

    def _resolve_person(self, ent: Span, text: str, new: dict[str, NewActor],
                        earlier: list[Mention]) -> tuple[str, str] | None:
        words = text.split()
        if not all(_NAME_TOKEN.match(w) for w in words) or _names_a_place(ent, words):
            return None
        for actor in new.values():  # "Beseda" after "Sergey Beseda"
            if actor.kind == "person" and len(words) == 1 and words[0] in actor.name.split():
                return actor.id, "surname"
        side, role = title_of(ent, self.lexicon)
        known = self._fuzzy(text, earlier)
        # A title naming another side ("Russia's X" for a Ukrainian's near-namesake) is another person.
        if known and (side is None or self.lexicon.side_of(known) in (None, side)):
            return known, "fuzzy"
        if len(words) < 2:
            return None  # a lone unknown word is too weak to make an actor of
        actor = new.setdefault(slug(text), NewActor(slug(text), text, "person", side, role))
        actor.side, actor.role = actor.side or side, actor.role or role
        return actor.id, "new"

    def _fuzzy(self, text: str, earlier: list[Mention]) -> str | None:
        """A known person whose name or alias is spelled nearly the same ("Zelenskyi"). A lone word
        is one of the domain pack's people or of those the article named before: English words near
        some world figure's surname abound ("Patriot missiles")."""
        if len(text) < MIN_FUZZY_CHARS or not self._person_forms:
            return None
        match = process.extractOne(text, self._person_forms, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
        if match is None:
            return None
        form, words = match[0].split(), text.split()
        # Same number of words, so "Putin" never stands in for "Vladimir Putin's aide"; and a
        # surname longer or shorter by a syllable ("Yermakov", "Yermak") is a family name of its own.
        if len(form) != len(words) or abs(len(form[-1]) - len(words[-1])) > 1:
            return None
        if len(words) > 1 and fuzz.ratio(form[0], words[0]) < FIRST_NAME_MIN_RATIO:
            return None  # "Sergei" and "Sergey" are one name; "Sergei" and "Marco" are not
        actor = self._person_ids[match[2]]
        if len(words) == 1 and actor not in self.lexicon.domain_people and all(m.actor != actor for m in earlier):
            return None
        return actor

    def _title_holder(self, ent: Span, actor: str, earlier: list[Mention]) -> str | None:
        """"The Ukrainian president", "Russia's foreign minister", "the Russian leader": the person of the
        packs who held that office of that state on the publication date (see `office_holder`)."""
        state = self.lexicon.states.get(actor)
        offices = office_named(ent) if state is not None and state.kind == "country" else None
        if offices is None:
            return None
        return office_holder(offices, state.code, self.lexicon, ent.doc.user_data.get(PUBLISHED),
                             {m.actor for m in earlier})

    def _venue(self, ent: Span) -> bool:
        """"the Budapest summit", "the Riyadh talks": a capital naming a meeting is where it is held."""
        root = ent.root
        return root.dep_ == "compound" and key_of(root.head) in self._meeting_nouns

    def _giver(self, ent: Span) -> bool:
        """"A proposal from Moscow", "received aid from Washington", "officials from Kyiv": who gave it or
    whom they serve, not where it was."""
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ != "from":
            return False
        head = root.head.head
        if head.pos_ in ("NOUN", "PROPN") and key_of(head) in PERSON_NOUNS | DELEGATES:
            return True  # "negotiators from Washington and Kyiv": whom they act for
        return key_of(head) in (RECEIVING if head.pos_ == "VERB" else self._given_nouns)

    @staticmethod
    def _is_located(ent: Span) -> bool:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ == "the" and ent.start > 1:
            before = ent.doc[ent.start - 2]
        if before is not None and before.lower_ == "to" and before.i > 0 and before.doc[before.i - 1].lower_ == "according":
            return False  # "according to the Kremlin": a source, not a destination
        return before is not None and before.lower_ in LOCATIVE

    # pronouns

    def _gender(self, actor: str, new: dict[str, NewActor]) -> str | None:
        person = self.lexicon.people.get(actor)
        return person.gender if person else (new[actor].gender if actor in new else None)

    def _is_person(self, actor: str, new: dict[str, NewActor]) -> bool:
        return actor in self.lexicon.people or (actor in new and new[actor].kind == "person")

    def _pronouns(self, doc: Doc, named: list[Mention], new: dict[str, NewActor],
                  quotes: list[tuple[int, int]]) -> list[Mention]:
        people = [m for m in named if self._is_person(m.actor, new)]
        if not people:
            return []
        out = []
        # Only the few tokens that can refer back, not every token of the article.
        lowers = doc.to_array("LOWER")
        wanted = self._referring_hashes(doc)
        for i in (i for i, h in enumerate(lowers) if h in wanted):
            token = doc[i]
            lower = token.lower_
            if lower in _LATTER and token.i > 0 and doc[token.i - 1].lower_ == "the":
                earlier = _distinct_before(people, token.idx)
                if len(earlier) >= -_LATTER[lower]:
                    span = doc[token.i - 1: token.i + 1]
                    out.append(Mention(earlier[_LATTER[lower]], span.start_char, span.end_char, span.text, "pronoun"))
            elif lower in PRONOUNS and token.pos_ == "PRON" and not any(start <= token.idx < end for start, end in quotes):
                # A name inside a quote is what the speaker talks about, not who "he said" is.
                outside = [m for m in people if not any(start <= m.start < end for start, end in quotes)]
                actor = self._antecedent(token, outside, new, PRONOUNS[lower])
                if actor:
                    mention = Mention(actor, token.idx, token.idx + len(token), token.text, "pronoun")
                    out.append(mention)
                    # "If it goes well, he said, he would ... Putin. He warned ...": a pronoun resolved
                    # is who the next one may point back to, as the subject it is.
                    insort(people, mention, key=lambda m: m.start)
        return out

    @staticmethod
    def _referring_hashes(doc: Doc) -> set[int]:
        strings = doc.vocab.strings
        return {strings.add(word) for word in (*PRONOUNS, *_LATTER)}

    def _antecedent(self, token: Token, people: list[Mention], new: dict[str, NewActor], gender: str) -> str | None:
        """The person a pronoun points to: in its own sentence the nearest one before it,
        else the subject (or first person) of the nearest earlier sentence that has one."""
        doc = token.doc
        sent = token.sent
        ahead = self._fronted_subject(token, people, new, gender)
        if ahead is not None:
            return ahead
        fits = [m for m in people if m.start < token.idx and self._gender(m.actor, new) in (None, gender)]
        if not fits:
            return None
        same = [m for m in fits if m.start >= sent.start_char]
        if token.lower_ in ("him", "her") and token.dep_ in OBJECT_DEPS:
            # "Sybiha backed him": an object pronoun never names its own clause's subject.
            verb = governing_verb(token)
            same = [m for m in same if not (_is_subject(doc, m) and _verb_of(doc, m) == verb)]
        if same:
            subjects = [m for m in same if _is_subject(doc, m)]
            return (subjects or same)[-1].actor
        previous = [m for m in fits if m.start < sent.start_char]
        if not previous:
            return None
        last_sent = doc.char_span(previous[-1].start, previous[-1].end, alignment_mode="expand").sent
        in_last = [m for m in previous if m.start >= last_sent.start_char]
        subjects = [m for m in in_last if _is_subject(doc, m)]
        # "described as useful by Putin aide Yuri Ushakov": the passive's agent speaks, not the
        # name inside his title.
        agents = [m for m in in_last if _is_agent(doc, m)]
        heads = [m for m in in_last if not _is_modifier(doc, m)]
        return (subjects or agents or heads or in_last)[0].actor


    def _fronted_subject(self, token: Token, people: list[Mention], new: dict[str, NewActor],
                         gender: str) -> str | None:
        """"In Ankara, where he was on a visit, Zelensky said ...": a pronoun in a phrase put before
        its sentence's subject, with no person named before it in the sentence, is that subject."""
        sent = token.sent
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > token.i), None)
        if subject is None or token.i > root.i or token in subject.subtree:
            return None
        if any(sent.start_char <= m.start < token.idx for m in people):
            return None
        first, last = subject.left_edge.idx, subject.idx + len(subject)
        named = [m for m in people if first <= m.start < last and self._gender(m.actor, new) in (None, gender)]
        return named[-1].actor if named else None


def _later_surnames(doc: Doc, mentions: list[Mention], new: dict[str, NewActor]) -> list[Mention]:
    """Surnames of people the article introduced ("Petrov" after "Ivan Petrov") where the NER
    missed them or took them for an organisation: `_resolve_person` only sees PERSON spans."""
    owners: dict[str, list[str]] = {}
    for actor in new.values():
        if actor.kind == "person" and len(actor.name.split()) >= 2:
            owners.setdefault(actor.name.split()[-1], []).append(actor.id)
    if not owners:
        return []
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.actor, m.start)
    covered = [(m.start, m.end) for m in mentions]
    out = []
    lower = {surname.lower() for surname in owners}
    for token in (doc[i] for i, word in enumerate(words_of(doc).lower) if word in lower):
        ids = owners.get(token.text)
        if not ids or len(ids) > 1 or token.idx <= first.get(ids[0], len(text_of(doc))):
            continue  # unknown, shared by two people, or before the full name
        # Part of a longer name ("Petrov Institute"), already a mention, or in a heading: not this person.
        if any(e.start <= token.i < e.end and len(e) > 1 for e in doc.ents) \
                or any(s <= token.idx < e for s, e in covered) or is_heading_span(doc[token.i: token.i + 1]):
            continue
        out.append(Mention(ids[0], token.idx, token.idx + len(token), token.text, "surname"))
    return out


def _names_a_place(ent: Span, words: list[str]) -> bool:
    """"St Peter's Basilica", "Saint Sophia Cathedral": a saint's name is a building's."""
    if words[0] in ("St", "St.", "Saint", "San", "Santa"):
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent[-1].tag_ == "POS" and after is not None and after.lower_ in _BUILDINGS


def _verb_of(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return governing_verb(span.root) if span is not None else None


def _head_token(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i \
            and head.head.ent_type_ == head.ent_type_:
        head = head.head
    return head


def _is_agent(doc: Doc, mention: Mention) -> bool:
    head = _head_token(doc, mention)
    return head is not None and head.dep_ == "pobj" and head.head.lower_ == "by"


def _is_modifier(doc: Doc, mention: Mention) -> bool:
    """A name inside another person's title: "Putin" in "Putin aide Yuri Ushakov"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "poss", "nmod") \
        and not span.start <= span.root.head.i < span.end


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _distinct_before(people: list[Mention], offset: int) -> list[str]:
    """Persons mentioned before `offset`, each once, in order of their last mention."""
    order: list[str] = []
    for m in people:
        if m.start < offset:
            if m.actor in order:
                order.remove(m.actor)
            order.append(m.actor)
    return order


def _clean_name(ent: Span) -> str:
    """Entity text without a possessive ending, leading article, or line breaks."""
    text = " ".join(ent.text.split())
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)
    return re.sub(r"^(?:the|The)\s+", "", text).strip()
