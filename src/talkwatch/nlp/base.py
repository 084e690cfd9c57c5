"""What talkwatch's pipeline components share: their data come from the packs."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from ..packs import Lexicon, load_lexicon


class LexiconComponent:
    """A component whose lexicon is handed over by `initialize(lexicon=...)` (the
    shipped packs when none is given); `prepare` builds what it matches with.
    A pipeline used without initialising gets the shipped packs on its first document."""

    lexicon: Lexicon | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.prepare(self.lexicon, nlp)

    def prepare(self, lexicon: Lexicon, nlp: Language | None) -> None:
        """Build matchers and indexes from the lexicon; nothing by default."""

    def ready(self) -> Lexicon:
        """The lexicon, initialising first when nobody did."""
        if self.lexicon is None:
            self.initialize()
        assert self.lexicon is not None
        return self.lexicon
