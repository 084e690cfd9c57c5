"""The `talkwatch_dates` component: date expressions and references to dated
events ("Saturday's funeral of Pope Francis", "last week's Oval Office
bust-up"), each with the tense of its clause. Resolution against the
publication date happens later (`pubdate.py`), when the date is known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..base import LexiconComponent
from ...packs import Lexicon
from .resolve import WEEKDAYS, is_duration
from ..paragraphs import is_heading_span
from ..tense import tense_of

# What a reference to a dated event can be led by: "last week's", "Saturday's", "yesterday's".
ANCHOR_REFERENCE = re.compile(r"^(?:(?P<mod>last|this|next)\s+(?P<unit>week|month|year|weekend)|(?P<weekday>"
                              + "|".join(WEEKDAYS) + r")|(?P<day>yesterday|today|tomorrow))(?:'s|\u2019s)?$", re.I)


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    tense: str


@dataclass(frozen=True)
class Anchor:
    """A named dated event in the text, and how the text points to it."""

    start: int
    end: int
    text: str
    event: str  # calendar id
    reference: str | None  # "last week", "saturday", "yesterday", or None
    tense: str


for _name in ("tw_dates", "tw_anchors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


class DateFinder(LexiconComponent):
    """Finds date expressions (from the NER's DATE and TIME spans) and calendar anchors."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")  # NORM: "’s" and "'s" match alike
        self.nlp = nlp

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        for event in lexicon.calendar.values():
            self.matcher.add(event.id, list(self.nlp.tokenizer.pipe(event.names)))

    def __call__(self, doc: Doc) -> Doc:
        dates = []
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME") and not is_heading_span(ent) and not is_duration(ent.text):
                dates.append(DateSpan(ent.start_char, ent.end_char, ent.text, tense_of(ent)))
        # "attacked Kyiv overnight": the night the report comes the morning after, which NER leaves out.
        for token in (doc if "overnight" in doc.text.lower() else ()):
            if token.lower_ == "overnight" and token.ent_type_ not in ("DATE", "TIME") and token.pos_ == "ADV":
                dates.append(DateSpan(token.idx, token.idx + len(token), token.text, tense_of(doc[token.i: token.i + 1])))
        doc._.tw_dates = tuple(_joined(sorted(dates, key=lambda d: d.start), doc.text))
        anchors = []
        # The longest name wins: "technical talks in Riyadh" is not also "talks in Riyadh".
        for span in filter_spans(self.matcher(doc, as_spans=True)):
            if is_heading_span(span):
                continue
            anchors.append(Anchor(span.start_char, span.end_char, span.text, span.label_,
                                  _reference(span), tense_of(span)))
        doc._.tw_anchors = tuple(anchors)
        return doc


# What joins two weekdays into one stretch of days: "on Monday and Tuesday", "Monday and on Tuesday".
_JOIN = re.compile(r"^,?\s+and\s+(?:on\s+)?$")


def _joined(dates: list[DateSpan], text: str) -> list[DateSpan]:
    """Weekdays the NER splits ("on Monday and Tuesday") as one span, as it already gives
    "Sunday and Monday"; not when the second leads a noun of its own ("Tuesday's meeting")."""
    out: list[DateSpan] = []
    for date in dates:
        prev = out[-1] if out else None
        if prev is not None and _JOIN.match(text[prev.end: date.start]) and _weekday(prev.text) \
                and _weekday(date.text) and not text.startswith(("'s", "\u2019s"), date.end):
            out[-1] = DateSpan(prev.start, date.end, text[prev.start: date.end], prev.tense)
            continue
        out.append(date)
    return out


def _weekday(text: str) -> bool:
    return text.lower() in WEEKDAYS


def _reference(span: Span) -> str | None:
    """The words just before an event's name that say when it was, relative to now."""
    doc = span.doc
    start = span.start
    # Skip the name's own article and adjectives: "last week's tense Oval Office encounter".
    i = start - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "DET") and start - i <= 3:
        i -= 1
    if i >= 0 and doc[i].text in ("'s", "\u2019s"):
        i -= 1
    for width in (2, 1):
        if i - width + 1 < 0:
            continue
        words = doc[i - width + 1: i + 1].text
        match = ANCHOR_REFERENCE.match(words)
        if match:
            if match["mod"]:
                return f"{match['mod'].lower()} {match['unit'].lower()}"
            return (match["weekday"] or match["day"]).lower()
    return None
