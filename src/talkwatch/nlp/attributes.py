"""The model's attribute ruler (tag map and exceptions: POS, MORPH, LEMMA), run
as table lookups instead of through spaCy's Matcher.

The English pipelines' ruler holds about 180 one-token patterns: a tag map
that every token matches, and exceptions keyed on a word ("n't", "gonna")
whose set and regex predicates the Matcher calls back into Python for every
token. That made it the costliest step of the parse after the parser itself
(about 5.6 ms of an article). Here each one-token pattern is indexed by the
word, tag or label it needs; the tag map is applied to the arrays in one pass;
patterns of several tokens stay with a spaCy AttributeRuler. Matches are applied
in the order spaCy applies them (by pattern, later ones win), so the tokens come
out exactly as the stock component leaves them (tests/nlp/test_attributes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

# Token attributes a one-token pattern may test here, with the array column each is read from.
TESTED = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "ORTH": ORTH, "IS_SPACE": IS_SPACE}
# Keys a pattern can be indexed by, in order of preference (the rarest first).
INDEX_KEYS = ("ORTH", "LOWER", "TAG", "DEP")

CACHE_LIMIT = 200_000
Check = Callable[[Any], bool]


class Rule:
    """One alternative of one pattern: the tests it makes of a token, and what it sets."""

    def __init__(self, order: int, tests: dict[str, Check], attrs: dict[Any, Any], index: int) -> None:
        self.order, self.tests, self.attrs, self.index = order, tests, attrs, index

    def accepts(self, token: dict[str, Any]) -> bool:
        return all(test(token[key]) for key, test in self.tests.items())


class AttributeTables:
    """Applies the patterns of an AttributeRuler as the ruler would, faster."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.tag_map: dict[str, tuple[int | None, int | None]] = {}
        self.indexed: dict[str, dict[Any, list[Rule]]] = {key: {} for key in INDEX_KEYS}
        self.scanned: list[Rule] = []
        self.rest = AttributeRuler(nlp.vocab, name=name)
        self.rest_order: list[int] = []
        # The rules each distinct token matches: most words of an article recur.
        self._accepted: dict[tuple[str, str, str, str, bool], list[Rule]] = {}

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   patterns: Iterable[dict[str, Any]] = ()) -> None:
        """Load a ruler's patterns (`AttributeRuler.patterns`), in its order."""
        patterns = list(patterns)
        start = 0
        while start < len(patterns) and _tag_map_entry(patterns[start]):
            tag = patterns[start]["patterns"][0][0]["TAG"]
            attrs = patterns[start]["attrs"]
            pos, morph = self.tag_map.get(tag, (None, None))
            self.tag_map[tag] = (POS_IDS[attrs["POS"]] if "POS" in attrs else pos,
                                 self.vocab.morphology.add(attrs["MORPH"]) if "MORPH" in attrs else morph)
            start += 1
        for order, p in enumerate(patterns[start:], start=start):
            attrs, index = normalize_token_attrs(self.vocab, p["attrs"]), p.get("index", 0)
            for alternative in p["patterns"]:
                tests = _tests(alternative)
                if tests is None or index not in (0, -1):
                    self.rest.add([alternative], p["attrs"], index)
                    self.rest_order.append(order)
                else:
                    self._index(Rule(order, tests, attrs, index), alternative[0])

    def _index(self, rule: Rule, pattern: dict[str, Any]) -> None:
        for key in INDEX_KEYS:
            value = pattern.get(key)
            if isinstance(value, str):
                self.indexed[key].setdefault(value, []).append(rule)
                return
            if isinstance(value, dict) and set(value) == {"IN"}:
                for v in value["IN"]:
                    self.indexed[key].setdefault(v, []).append(rule)
                return
        self.scanned.append(rule)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([LOWER, TAG, DEP, ORTH, IS_SPACE, POS, MORPH]).astype("uint64")
        strings = doc.vocab.strings
        unique, inverse = numpy.unique(table[:, :4], return_inverse=True)
        names = [strings[int(h)] for h in unique]
        columns = [[names[i] for i in column] for column in inverse.reshape(len(doc), 4).T.tolist()]
        # Every pattern is matched against the tokens as they come in, as the Matcher would be.
        rest = self.rest.match(doc) if self.rest_order else []
        matches: list[tuple[int, int, Any]] = []
        accepted = self._accepted
        if len(accepted) > CACHE_LIMIT:
            accepted.clear()
        for i, key in enumerate(zip(*columns, (bool(v) for v in table[:, 4].tolist()))):
            rules = accepted.get(key)
            if rules is None:
                rules = accepted[key] = self._rules_for(key)
            matches += [(rule.order, i, rule.attrs) for rule in rules]
        for attr_id, _, start, end in rest:
            position = start + self.rest.indices[attr_id] if self.rest.indices[attr_id] >= 0 \
                else end + self.rest.indices[attr_id]
            matches.append((self.rest_order[attr_id], position, self.rest.attrs[attr_id]))
        self._apply_tag_map(doc, table, columns[1])  # the first patterns: applied first
        for _, i, attrs in sorted(matches, key=lambda m: (m[0], m[1])):
            set_token_attrs(doc[i], attrs)
        return doc

    def _rules_for(self, key: tuple[str, str, str, str, bool]) -> list[Rule]:
        """The rules a token with these (LOWER, TAG, DEP, ORTH, IS_SPACE) values matches."""
        token = dict(zip(("LOWER", "TAG", "DEP", "ORTH", "IS_SPACE"), key))
        candidates = list(self.scanned)
        for name in INDEX_KEYS:
            candidates += self.indexed[name].get(token[name], ())
        return [rule for rule in dict.fromkeys(candidates) if rule.accepts(token)]

    def _apply_tag_map(self, doc: Doc, table: numpy.ndarray, tags: list[str]) -> None:
        values = table[:, 5:7].copy()
        for i, tag in enumerate(tags):
            pos, morph = self.tag_map.get(tag, (None, None))
            if pos is not None:
                values[i, 0] = pos
            if morph is not None:
                values[i, 1] = morph
        doc.from_array([POS, MORPH], values)


def _tag_map_entry(p: dict[str, Any]) -> bool:
    """A pattern of the tag map: one token, tested on its tag alone, setting POS or MORPH."""
    alternatives = p["patterns"]
    return (len(alternatives) == 1 and len(alternatives[0]) == 1 and set(alternatives[0][0]) == {"TAG"}
            and isinstance(alternatives[0][0]["TAG"], str) and set(p["attrs"]) <= {"POS", "MORPH"}
            and p.get("index", 0) == 0)


def _tests(pattern: list[dict[str, Any]]) -> dict[str, Check] | None:
    """The tests of a one-token pattern, or None when it is not one this module reads."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= set(TESTED):
        return None
    tests: dict[str, Check] = {}
    for key, value in pattern[0].items():
        test = _test(value)
        if test is None:
            return None
        tests[key] = test
    return tests


def _test(value: Any) -> Check | None:
    if isinstance(value, (str, bool)):
        return lambda v, value=value: v == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            return lambda v, allowed=frozenset(arg): v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            return lambda v, banned=frozenset(arg): v not in banned
        if op == "REGEX" and isinstance(arg, str):
            return lambda v, pattern=re.compile(arg): pattern.search(v) is not None
    return None


def use_attribute_tables(nlp: Language) -> None:
    """Swap the model's `attribute_ruler` for AttributeTables holding the same patterns (same
    name, same place in the pipeline)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    patterns = ruler.patterns
    tables = nlp.replace_pipe("attribute_ruler", "talkwatch_attribute_tables")
    tables.initialize(patterns=patterns)
