"""Whether two place names can be the same place: "Riyadh" and "Saudi Arabia"
can, "Miami" and "Berlin" cannot."""

from __future__ import annotations

from functools import lru_cache

from ..packs import Lexicon
from ..packs.names import fold


class Gazetteer:
    """Countries, their capitals and seats of power, and the towns and sites of the packs' places.yml."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.country_of: dict[str, str] = {}
        self.city_of: dict[str, str] = {}
        for state in lexicon.states.values():
            if state.kind != "country":
                continue
            for name in (state.name, *state.aliases):
                self.country_of[fold(name)] = state.code
            for place in (state.capital, *state.metonyms):
                if place:
                    self.country_of.setdefault(fold(place), state.code)
                    # A seat of power is in the capital: "the Kremlin" is in Moscow.
                    if state.capital and fold(place) not in self.city_of:
                        self.city_of[fold(place)] = fold(state.capital)
        self.countries = {fold(s.name) for s in lexicon.states.values() if s.kind == "country"} | {
            fold(a) for s in lexicon.states.values() if s.kind == "country" for a in s.aliases}
        # The packs' towns (places.yml) come last: a country's name, capital or seat of power keeps
        # its meaning; of two packs' towns, the later pack's, as in the lexicon.
        for town in (t for pack in lexicon.packs for t in pack.places):
            for alias in town.aliases:  # "Kharkov" is Kharkiv
                if fold(alias) not in self.country_of:
                    self.city_of[fold(alias)] = fold(town.name)
            if town.city:  # a site is in its city: "the Oval Office" is in Washington
                for name in (town.name, *town.aliases):
                    self.city_of[fold(name)] = self.city_of.get(fold(town.city), fold(town.city))
        for name, country in lexicon.place_states.items():
            self.country_of.setdefault(name, country)

    def compatible(self, a: str | None, b: str | None) -> bool:
        """True unless both places are known and cannot be the same."""
        fa, fb = fold(a), fold(b)
        fa, fb = self.city_of.get(fa, fa), self.city_of.get(fb, fb)
        if not fa or not fb or fa == fb or fa in fb or fb in fa:
            return True
        ca, cb = self.country_of.get(fa), self.country_of.get(fb)
        a_country, b_country = fa in self.countries, fb in self.countries
        if a_country and b_country:
            return False
        if a_country or b_country:  # a city and a country: the same only when the city is known to be in it
            city_country = cb if a_country else ca
            country = ca if a_country else cb
            return city_country is not None and city_country == country
        return False  # two different cities

    def specificity(self, place: str | None) -> int:
        """2 for a city or site, 1 for a country, 0 for nothing."""
        folded = fold(place)
        return 0 if not folded else 1 if folded in self.countries else 2


@lru_cache(maxsize=4)
def gazetteer(lexicon: Lexicon) -> Gazetteer:
    return Gazetteer(lexicon)
