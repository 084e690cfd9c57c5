"""Bylines, time stamps, datelines and copyright lines: who wrote and published an article.

They name the outlet ("By Angus Watson and Anna Chernova, CNN", "(CNN) —",
"©2025 Bloomberg L.P.") and a time stamp or dateline may date the article
("Updated 10:32 AM EDT, Wed March 26, 2025", "GENEVA, Nov 23 (Reuters) -",
"MOSCOW, Dec 2 -"), but they are not part of the story, so they are taken out of
the text and kept as metadata; so is a copied page's furniture ("Share",
"Advertisement", "READ MORE: ...").
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
_LIST_JOIN = re.compile(r"\s(?:and|&)\s")
_ROLE = re.compile(r"\b(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|staff|chief|"
                   r"producer|photographer)s?\b", re.I)
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
# A page's time stamp copied with its text: "Updated 10:32 AM EDT, Wed March 26, 2025", "Published 26 March 2025".
_STAMP = re.compile(r"^(?:(?P<word>(?:Last\s+)?(?:Updated|Published|Posted|Modified)|First published)\b[:\s]*(?:on\s+)?)?"
                    r"(?P<rest>.*)$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_BEFORE_DATE = re.compile(r"^\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$", re.I)
_AFTER_DATE = re.compile(  # times and zones: "10:32 AM EDT", "| 14.05 GMT"
    r"^(?:[\s,|/]*(?:\d{1,2}[:.]\d{2}|[AaPp]\.?[Mm]\.?|[A-Z]{2,4}|\d{4}|[+-]\d{2}:?\d{2}))*[\s,|/]*$")
STAMP_MAX_WORDS = 14
TOP_LINES = 6  # how far into the text credit lines are looked for
# Lines of a web page's furniture that come along when its text is copied.
_CHROME = {"share", "share this", "share this article", "advertisement", "ad", "sponsored", "skip to content",
           "listen", "listen to this article", "comments", "save", "save article", "print", "email", "copy link",
           "facebook", "twitter", "x", "whatsapp", "linkedin", "follow", "subscribe", "sign up", "menu", "loading..."}
_CHROME_LEAD = re.compile(r"^(?:READ MORE|Read more|RELATED|Related|WATCH|Watch|LISTEN|Photo|Image|Video|Sign up|"
                          r"Subscribe|Advertisement)\s*[:|\u2014\u2013-]\s*\S")


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
    published: str | None = None  # the stamp's or dateline's date ("GENEVA, Nov 23 (Reuters) -")
    published_inferred: bool = False  # its year was inferred
    title: str | None = None  # the headline a byline or time stamp follows

    def dates(self, published: str | None) -> dict[str, object]:
        """An Article's date fields: the metadata's date when there is one, else the dateline's."""
        if published or not self.published:
            return {"published": published}
        return {"published": self.published, "published_inferred": self.published_inferred}


def _read_byline(paragraph: str) -> tuple[list[str], str | None] | None:
    match = _BYLINE.match(paragraph)
    if not match or len(paragraph.split()) > CREDIT_MAX_WORDS or paragraph.endswith((".", "?", "!")):
        return None
    parts = _names(match["names"])
    outlet = None
    if parts and looks_like_outlet(parts[-1]):
        outlet = canonical_outlet(parts.pop())
    else:
        # After the list of names ("By A and B, Global Desk", "By A, Global Desk"), a last part is the desk
        # or outlet they write for, known or not; a role ("Moscow Correspondent") is neither name nor outlet.
        names, comma, tail = match["names"].rpartition(",")
        tail = tail.strip()
        if comma and tail[:1].isupper() and not _LIST_JOIN.search(tail) and (
                _LIST_JOIN.search(names) or "," not in names):
            parts = _names(names)
            outlet = None if _ROLE.search(tail) else canonical_outlet(tail)
    return parts, outlet


def _names(names: str) -> list[str]:
    return [p.strip() for p in _NAME_LIST_SPLIT.split(names) if p.strip()]


def _read_stamp(paragraph: str) -> tuple[str, bool] | None:
    """The date of a time stamp line ("Updated 10:32 AM EDT, Wed March 26, 2025") and whether its
    year was inferred; None for any other line."""
    match = _STAMP.match(paragraph.strip())
    if match is None or len(paragraph.split()) > STAMP_MAX_WORDS or paragraph.rstrip().endswith((".", "?", "!")):
        return None
    rest = match["rest"]
    dated = _DATELINE_DATE.search(rest)
    # Without "Updated" and the like, only a line that is a date with a year, its weekday and its time:
    # "Wed 26 Mar 2025 14.05 GMT", not "Talks resumed on March 26, 2025".
    if dated is None or not (match["word"] or _YEAR.search(rest) and _BEFORE_DATE.match(rest[:dated.start()])
                                 and _AFTER_DATE.match(rest[dated.end():])):
        return None
    return dateline_published(dated[0] + (f" {y[0]}" if (y := _YEAR.search(match["rest"])) and not
                                          _YEAR.search(dated[0]) else ""), match["rest"])


def is_chrome(paragraph: str) -> bool:
    """A line of a page's furniture: "Share", "Advertisement", "READ MORE: ...", "Photo: ...", a section
    trail ("World | Europe")."""
    line = " ".join(paragraph.split())
    return line.casefold() in _CHROME or (len(line.split()) <= CREDIT_MAX_WORDS and bool(_CHROME_LEAD.match(line))) \
        or bool(_SECTION_TRAIL.match(line))


def _names_outlet(line: str) -> bool:
    """A line of one to four capitalised words, no sentence: an outlet's name under a headline."""
    words = line.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha()
                                        for w in words)


# A page's trail of sections: "World | Europe", "News > Politics".
_SECTION_TRAIL = re.compile(r"^[A-Z][\w&'-]*(?: [A-Z&][\w&'-]*){0,2}(?: [|>\u203a/] [A-Z][\w&'-]*(?: [A-Z&][\w&'-]*){0,2})+$")
# Closing quotes and brackets: a line ending '... "great."' ends a sentence, '... "a 10"' may be a headline.
_CLOSERS = "\"'\u201d\u2019)]"
HEADLINE_MIN_WORDS = 3
# A line ending on one of these was cut mid-sentence, not written as a headline.
_HANGING = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "that", "who", "which", "said", "says"}


def _is_headline(paragraph: str) -> bool:
    return len(paragraph.split()) <= CREDIT_MAX_WORDS and \
        not paragraph.rstrip().rstrip(_CLOSERS).endswith((".", "?", "!", ":", ";", ","))


def _stands_as_headline(paras: list[str]) -> bool:
    """The first paragraph is a headline with nothing under it but the story: short, opening with a
    capital, ending without punctuation or a word left hanging, and followed by prose (within two
    paragraphs, to step over a line like "16:05 Moscow time"). A first sentence ends with a full stop."""
    words = paras[0].split() if paras else []
    if len(paras) < 2 or len(words) < HEADLINE_MIN_WORDS or not _is_headline(paras[0]) \
            or not paras[0].lstrip(_CLOSERS + "\u201c\u2018")[:1].isupper() and not paras[0][:1].isdigit() \
            or words[-1].casefold() in _HANGING:
        return False
    body = next((p for p in paras[1:3] if len(p.split()) > len(words)), "")
    return body.rstrip().rstrip(_CLOSERS).endswith((".", "?", "!"))


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


def _read_top(credits: Credits, paras: list[str]) -> None:
    """Bylines and time stamps under a headline ("Headline / By A and B / Updated March 26, 2025"):
    taken out, and the headline kept as the title."""
    head = 1 if len(paras) > 1 and _is_headline(paras[0]) else 0
    found = False
    while len(paras) > head + 1 and head < TOP_LINES:
        byline = _read_byline(paras[head]) if not credits.authors else None
        stamp = _read_stamp(paras[head]) if byline is None else None
        if byline is None and stamp is None and head and not credits.outlet and _names_outlet(paras[head]) \
                and (_read_stamp(paras[head + 1]) or _read_byline(paras[head + 1])):
            credits.outlet = canonical_outlet(paras[head]) or paras[head].strip()  # "Headline / Eastern Courier / date"
        elif byline is not None:
            credits.authors, outlet = byline
            credits.outlet = credits.outlet or outlet
        elif stamp is not None:
            if not credits.published:
                credits.published, credits.published_inferred = stamp
        else:
            break
        paras.pop(head)
        found = True
    if found and head:
        credits.title = paras[0]


def strip_credits(paragraphs: list[str]) -> Credits:
    """Take bylines, datelines, sign-offs and copyright lines out of an article's paragraphs."""
    credits = Credits(list(paragraphs))
    paras = credits.paragraphs
    paras[:] = [p for p in paras if not is_chrome(p)]
    if paras:
        byline = _read_byline(paras[0])
        if byline is not None:
            credits.authors, credits.outlet = byline
            paras.pop(0)
    _read_top(credits, paras)
    # The dateline opens the body, after a headline when the text starts with one.
    first = 1 if len(paras) > 1 and _is_headline(paras[0]) and _read_dateline(paras[1]) else 0
    dateline = _read_dateline(paras[first]) if len(paras) > first else None
    if credits.title is None and (first or _stands_as_headline(paras)):
        credits.title = paras[0]  # kept in the text too, as a heading the later stages skip
    if dateline is not None:
        paras[first], outlet, written = dateline
        credits.outlet = credits.outlet or outlet
        found = dateline_published(written, paras[first]) if written else None
        if found and not credits.published:
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
