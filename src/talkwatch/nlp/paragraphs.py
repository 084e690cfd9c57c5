"""The `talkwatch_paragraphs` component: paragraph breaks are sentence breaks,
and headings are marked so that no extractor reads them as sentences."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..ingest.paragraphs import is_heading

if not Doc.has_extension("tw_headings"):
    Doc.set_extension("tw_headings", default=())  # (start_char, end_char) of each heading


class ParagraphBreaker:
    """Marks a sentence start after every paragraph break ("\\n\\n" in stored text).

    Runs before the parser, which keeps boundaries that are already set.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        headings = []
        start = 0
        # Only whitespace tokens can break a paragraph: found from the array, not token by token.
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else ():
            if "\n" in doc[i].text:
                if i + 1 < len(doc):
                    doc[i + 1].is_sent_start = True
                headings += self._heading(doc, start, i)
                start = i + 1
        headings += self._heading(doc, start, len(doc))
        doc._.tw_headings = tuple(headings)
        return doc

    @staticmethod
    def _heading(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        if start >= end:
            return []
        paragraph = doc[start:end]
        if len(doc) > end or start > 0:  # a one-paragraph text is never a heading
            if is_heading(paragraph.text):
                return [(paragraph.start_char, paragraph.end_char)]
        return []


def is_heading_span(span: Span) -> bool:
    """True when the span lies inside a heading of its document."""
    headings = span.doc._.tw_headings
    return bool(headings) and any(start <= span.start_char and span.end_char <= end for start, end in headings)
