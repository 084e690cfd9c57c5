"""The `talkwatch_quotes` component: direct quotes (in quotation marks, over
several sentences and paragraphs, split by "he said", partial, `described as "X"`)
and indirect speech ("Peskov said Thursday that ..."), each with its speaker.

A quote's speaker comes, in this order, from the attribution beside a quote
that stands as a sentence ("“...,” Peskov said", "he replied: “...”"), from the
speech verb whose clause holds the quoted words ("Trump said it had been a “good
day”"), and, for a quote with neither, from the quote before it in the same
paragraph or the speaker of the previous paragraph (news writes the attribution
once). Quoted words nobody is said to say are kept, with no speaker, only when
they read as speech; short scare-quoted terms ("root causes" used as a noun) and
names in quotation marks (“Face the Nation”) are not quotes. A term quoted inside
someone's reported speech is theirs (see `Attribution.frame_above`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..base import LexiconComponent
from ...packs import Lexicon
from .attribution import Attribution, Speaker
from ..mentions import QuoteRecord, text_of
from ..paragraphs import is_heading_span
from .quotemarks import Marked, find_marked, paragraph_spans
from .reported import Reported, reported_clauses
from .speech import SpeechVerbs, speech_verbs

MIN_SPEECH_WORDS = 4  # fewer words and no verb, with nobody saying them: a scare-quoted term
PRONOUN_GENDER = {"he": "m", "she": "f"}
MAX_TITLE_WORDS = 6
TITLE_SMALL_WORDS = {"the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "with", "or"}


@dataclass
class _Draft:
    """A quote or reported clause before speakers are carried over from earlier quotes."""

    start: int
    end: int
    direct: bool
    paragraph: int
    speaker: Speaker | None  # None: no attribution found
    standalone: bool = False
    opens_paragraph: bool = False


class QuoteReader(LexiconComponent):
    """Sets `doc._.tw_quotes` to the QuoteRecords of the document, in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.verbs: SpeechVerbs | None = None

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        self.verbs = speech_verbs()

    def __call__(self, doc: Doc) -> Doc:
        self.ready()
        paragraphs = paragraph_spans(text_of(doc))
        marked = [q for q in find_marked(text_of(doc)) if not _in_heading(doc, q)]
        where = Attribution(doc, marked, self.verbs, self.lexicon)
        framing: set[int] = set()
        drafts = _direct_drafts(marked, paragraphs, where, framing)
        starts = [s for s, _ in paragraphs]
        drafts += [_Draft(r.start, r.end, False, bisect_right(starts, r.start) - 1, r.speaker)
                   for r in reported_clauses(doc, where, framing) if self._is_indirect_speech(doc, r)]
        drafts.sort(key=lambda d: d.start)
        doc._.tw_quotes = tuple(_records(doc, drafts, where))
        return doc


    def _is_indirect_speech(self, doc: Doc, reported: Reported) -> bool:
        """A person's words, reported ("Peskov said Thursday that Moscow was preparing ...").
        What a state, a body or an agency "says" is a statement of position or a source of
        facts ("Moscow says a ceasefire will not be possible", "according to the Kremlin"):
        the positions and linking passes read those, and they are nobody's words."""
        actor = reported.speaker.actor
        new = doc._.tw_new_actors or {}
        return actor in self.lexicon.people or (actor in new and new[actor].kind == "person")


def _in_heading(doc: Doc, quote: Marked) -> bool:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and is_heading_span(span)


def _direct_drafts(marked: list[Marked], paragraphs: list[tuple[int, int]], where: Attribution,
                   framing: set[int]) -> list[_Draft]:
    """A draft for each quote, with the speaker its frame names; adds the frames' verbs to `framing`."""
    drafts = []
    for n, quote in enumerate(marked):
        p_start, p_end = paragraphs[quote.paragraph]
        same = [q for q in marked[max(n - 1, 0): n + 2] if q.paragraph == quote.paragraph]
        previous = same[0] if same[0] is not quote else None
        following = same[-1] if same[-1] is not quote else None
        floor = previous.close_at + 1 if previous and previous.close_at is not None else p_start
        limit = following.open_at if following else p_end
        standalone = quote.continues or where.is_standalone(quote, floor)
        if not standalone and _is_title(where.tokens(quote.start, quote.end)):
            continue
        beside = where.frame_after(quote, limit) or where.frame_before(quote, floor) if standalone else None
        verb = beside or where.frame_above(quote)
        speaker = None
        if verb is not None:
            framing.add(verb.i)
            speaker = where.speaker_of(verb, beside=beside is not None)
        drafts.append(_Draft(quote.start, quote.end, True, quote.paragraph, speaker, standalone,
                             quote.open_at == p_start))
    return drafts


def _records(doc: Doc, drafts: list[_Draft], where: Attribution) -> list[QuoteRecord]:
    """The records of the drafts, in text order: speakers carried over to bare quotes,
    unattributed scare quotes dropped, pronoun speakers checked against the quote before."""
    out: list[QuoteRecord] = []
    kept: list[_Draft] = []
    for draft in drafts:
        speaker = draft.speaker or _carried_over(draft, kept)
        if speaker is None:
            if not _reads_as_speech(draft, where):
                continue
            speaker = Speaker(None, None)
        if speaker.pronoun:
            speaker = _quoted_before(doc, draft, speaker, kept, where)
        draft.speaker = speaker
        kept.append(draft)
        out.append(QuoteRecord(text_of(doc)[draft.start: draft.end], draft.start, draft.end, draft.direct,
                               speaker.actor, speaker.text))
    return out


def _carried_over(draft: _Draft, kept: list[_Draft]) -> Speaker | None:
    """A bare quote's speaker: the quote before it in its paragraph ("“...,” he said.
    “...”"), or, for a paragraph that opens with it, the previous paragraph's speaker."""
    if not draft.direct or not draft.standalone:
        return None
    earlier = [d for d in kept if d.speaker and (d.speaker.actor or d.speaker.text)]
    same = [d for d in earlier if d.paragraph == draft.paragraph]
    if same:
        return same[-1].speaker
    if draft.opens_paragraph:
        before = [d for d in earlier if d.paragraph == draft.paragraph - 1]
        return before[-1].speaker if before else None
    return None


def _is_title(tokens: list[Token]) -> bool:
    """“Face the Nation”, “Operation Spiderweb”: a name in quotation marks, not words anyone said."""
    words = [t for t in tokens if t.is_alpha]
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return False
    capitalised = [t for t in words if t.text[0].isupper()]
    return len(capitalised) >= 2 and all(t.text[0].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words)


def _reads_as_speech(draft: _Draft, where: Attribution) -> bool:
    """Unattributed quoted words worth keeping: a clause or a phrase of some length,
    not a scare-quoted term ("special military operation" without anyone saying it)."""
    tokens = where.tokens(draft.start, draft.end)
    words = [t for t in tokens if t.is_alpha or t.like_num]
    return len(words) >= MIN_SPEECH_WORDS or any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _quoted_before(doc: Doc, draft: _Draft, speaker: Speaker, kept: list[_Draft],
                   where: Attribution) -> Speaker:
    """"he said" right after a quoted person continues that person (news writes the
    name once, then the pronoun), even where the previous sentence names others too
    ("... by Putin aide Yuri Ushakov. “...,” he said.")."""
    gender = PRONOUN_GENDER.get((speaker.text or "").lower())
    if gender is None or not kept:
        return speaker
    last = kept[-1]
    actor = last.speaker.actor if last.speaker else None
    if actor is None or actor == speaker.actor or not where.is_person(actor):
        return speaker
    if where.gender(actor) not in (None, gender):
        return speaker
    tokens = where.tokens(draft.start, draft.end)
    if not tokens:
        return speaker
    sent = tokens[0].sent
    previous_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    if last.end <= previous_start:
        return speaker  # a sentence without that person's words came between
    return Speaker(actor, speaker.text, True)
