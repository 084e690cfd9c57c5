"""Whether two place names can be the same place, with the towns of places.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkwatch.link.places import Gazetteer, fold, gazetteer
from talkwatch.packs import ENV_PACKS, load_lexicon


@pytest.fixture(autouse=True)
def _no_env_packs(monkeypatch):
    monkeypatch.delenv(ENV_PACKS, raising=False)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Jeddah", "Saudi Arabia", True),
    ("Saudi Arabia", "Jeddah", True),
    ("Jeddah", "Turkey", False),
    ("Odesa", "Ukraine", True),
    ("Kharkov", "Kharkiv", True),  # two spellings of one city
    ("Kharkiv", "Russia", False),
    ("Istanbul", "Riyadh", False),
    ("Gaza", "Israel", False),
    ("Oval Office", "Washington", True),  # a site and the city it is in
    ("Oval Office", "United States", True),
    ("Oval Office", "Moscow", False),
])
def test_town_and_country(a, b, same):
    assert gazetteer(load_lexicon()).compatible(a, b) is same


@pytest.mark.parametrize(("place", "country"), [("Jeddah", "SAU"), ("the Kremlin", "RUS"), ("Riyadh", "SAU"),
                                                ("Khan Younis", "PSE"), ("Quarnholm Bay", None)])
def test_country_of_a_place(place, country):
    assert gazetteer(load_lexicon()).country_of.get(fold(place)) == country


@pytest.mark.parametrize(("place", "rank"), [("Jeddah", 2), ("Saudi Arabia", 1), ("", 0)])
def test_a_town_is_more_specific_than_its_country(place, rank):
    assert gazetteer(load_lexicon()).specificity(place) == rank


def test_a_capital_keeps_its_country_over_a_user_s_town(tmp_path: Path):
    pack = tmp_path / "towns"
    pack.mkdir()
    (pack / "places.yml").write_text("places:\n  - {name: Riyadh, country: NOR, aliases: [Moscow]}\n",
                                     encoding="utf-8")
    places = Gazetteer(load_lexicon([pack]))
    assert (places.country_of["riyadh"], places.compatible("Moscow", "Russia")) == ("SAU", True)
