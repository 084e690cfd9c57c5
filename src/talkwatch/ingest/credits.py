"""Bylines, datelines and copyright lines: who wrote and published an article.

They name the outlet ("By Angus Watson and Anna Chernova, CNN", "(CNN) —",
"©2025 Bloomberg L.P.") and a dateline may date the article ("GENEVA, Nov 23
(Reuters) -", "MOSCOW, Dec 2 -"), but they are not part of the story, so they are
taken out of the text and kept as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..packs import read_lexicon
from .published import dateline_published

_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:L\.?P\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|GmbH|S\.?A\.?|Co\.?|Corp\.?|Media Group|Group)$", re.I
)
_RIGHTS = re.compile(r"[\s.,;]*all rights reserved\.?$", re.I)
# Words that make a name an outlet rather than a person ("Harbor Wire", "The Meridian Post").
_OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Wire|Press|Journal|Agency|Observer|Ledger|Herald|Tribune|Media|Radio|TV|"
    r"Television|Daily|Gazette|Telegraph|Independent|Review|Report|Service|Network|Broadcasting|"
    r"Bulletin|Chronicle|Monitor|Standard|Guardian|Express|Weekly|Magazine|Today|Insider|Digest)\b"
)
_NAME_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_BYLINE = re.compile(r"^(?:By|BY|Written by|Story by)\s+(?P<names>[A-Z].*)$")
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][\w .,'\u2019-]{0,60}?)\s*)?\((?P<outlet>[A-Z][\w .&/'-]{0,40}?)\)\s*[\u2014\u2013-]{1,2}\s*"
)
# The dash that ends a dateline without an agency, spaced: a hyphen inside a name ("WINSTON-SALEM") is none.
_DASH = r"\s+(?:[\u2014\u2013]{1,2}|-{1,2})\s+(?=[A-Z\"\u201c\u2018'])"
# "WASHINGTON \u2014", "ANCHORAGE, Alaska - ", "WASHINGTON, D.C. -": a place in capitals, no date.
_PLACE_DATELINE = re.compile(rf"^[A-Z]{{3,}}(?:(?:,?\s+|-)[A-Z][A-Za-z.]+)*,?{_DASH}")
_COPYRIGHT = re.compile(
    r"^(?:\u00a9|\(c\)|copyright\b)\s*(?:\u00a9\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)?(?P<owner>.*)$", re.I
)
_SIGN_OFF = re.compile(r"^(?:\(?(?:Reporting|Writing|Additional reporting) by\b.*(?:Editing by\b.*)?\)?)$")
CREDIT_MAX_WORDS = 20
# The date of a dateline: "Nov 23", "November 23, 2025", "23 November".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\b"
_DATELINE_DATE = re.compile(rf"\b{_DATE}")
# "MOSCOW, Dec 2 -", "KYIV, Ukraine, March 11 \u2014", "LONDON, 14 March 2025 \u2013": a place, a date, a dash
# and no agency. The date after the comma is what tells it from a sentence ("Moscow, however, said");
# a weekday is never a place ("On Tuesday, March 3 - ").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_PLACE_WORD = rf"(?!{_WEEKDAY})[A-Z][\w.'\u2019-]*"
_DATED_DATELINE = re.compile(rf"^{_PLACE_WORD}(?:,?\s+{_PLACE_WORD}){{0,3}},\s+(?P<date>{_DATE}){_DASH}")


@lru_cache(maxsize=1)
def _outlet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for outlet in read_lexicon("core", "outlets")["outlets"]:
        for form in [outlet["name"], *outlet.get("aliases", [])]:
            index[form.casefold()] = outlet["name"]
    return index


def known_outlet(name: str) -> str | None:
    """The canonical name of a news outlet the core pack knows, or None."""
    return _outlet_index().get(clean_outlet(name).casefold())


def clean_outlet(name: str) -> str:
    """An outlet name without legal suffixes and rights notices: "Bloomberg L.P." -> "Bloomberg"."""
    name = _RIGHTS.sub("", name.strip()).strip(" .,;")
    while True:
        shorter = _LEGAL_SUFFIX.sub("", name).strip(" .,;")
        if shorter == name:
            return name
        name = shorter


def canonical_outlet(name: str) -> str:
    """Known outlets by their canonical name, others as written, tidied."""
    return known_outlet(name) or clean_outlet(name)


def looks_like_outlet(name: str) -> bool:
    name = clean_outlet(name)
    return bool(known_outlet(name) or _OUTLET_WORDS.search(name) or re.fullmatch(r"[A-Z]{2,6}", name))


@dataclass
class Credits:
    """What the credit lines of an article said, and the paragraphs left without them."""

    paragraphs: list[str]
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # the dateline's date ("GENEVA, Nov 23 (Reuters) -")
    published_inferred: bool = False  # its year was inferred

    def dates(self, published: str | None) -> dict[str, object]:
        """An Article's date fields: the metadata's date when there is one, else the dateline's."""
        if published or not self.published:
            return {"published": published}
        return {"published": self.published, "published_inferred": self.published_inferred}


def _read_byline(paragraph: str) -> tuple[list[str], str | None] | None:
    match = _BYLINE.match(paragraph)
    if not match or len(paragraph.split()) > CREDIT_MAX_WORDS or paragraph.endswith((".", "?", "!")):
        return None
    parts = [p.strip() for p in _NAME_LIST_SPLIT.split(match["names"]) if p.strip()]
    outlet = None
    if parts and looks_like_outlet(parts[-1]):
        outlet = canonical_outlet(parts.pop())
    return parts, outlet


def _is_headline(paragraph: str) -> bool:
    return len(paragraph.split()) <= CREDIT_MAX_WORDS and not paragraph.rstrip().endswith((".", "?", "!", ":", ";"))


def _read_dateline(paragraph: str) -> tuple[str, str | None, str | None] | None:
    """(the paragraph without its dateline, the outlet it names, the date it gives as written)
    when the paragraph opens with a dateline: "GENEVA, Nov 23 (Reuters) -", "MOSCOW, Dec 2 -",
    "WASHINGTON \u2014". None when it does not."""
    match = _DATELINE.match(paragraph)
    if match and len(match["outlet"].split()) <= 4:
        dated = _DATELINE_DATE.search(match["place"] or "")
        return paragraph[match.end():], canonical_outlet(match["outlet"]), dated[0] if dated else None
    match = _DATED_DATELINE.match(paragraph)
    if match:
        return paragraph[match.end():], None, match["date"]
    match = _PLACE_DATELINE.match(paragraph)
    return (paragraph[match.end():], None, None) if match else None


def strip_credits(paragraphs: list[str]) -> Credits:
    """Take bylines, datelines, sign-offs and copyright lines out of an article's paragraphs."""
    credits = Credits(list(paragraphs))
    paras = credits.paragraphs
    if paras:
        byline = _read_byline(paras[0])
        if byline is not None:
            credits.authors, credits.outlet = byline
            paras.pop(0)
    # The dateline opens the body, after a headline when the text starts with one.
    first = 1 if len(paras) > 1 and _is_headline(paras[0]) and _read_dateline(paras[1]) else 0
    dateline = _read_dateline(paras[first]) if len(paras) > first else None
    if dateline is not None:
        paras[first], outlet, written = dateline
        credits.outlet = credits.outlet or outlet
        found = dateline_published(written, paras[first]) if written else None
        if found:
            credits.published, credits.published_inferred = found
    while paras and len(paras[-1].split()) <= CREDIT_MAX_WORDS:
        tail = paras[-1]
        copyright_line = _COPYRIGHT.match(tail)
        if copyright_line:
            owner = clean_outlet(copyright_line["owner"])
            if owner and not credits.outlet:
                credits.outlet = canonical_outlet(owner)
        elif not _SIGN_OFF.match(tail):
            break
        paras.pop()
    credits.paragraphs = [p for p in paras if p.strip()]
    return credits
