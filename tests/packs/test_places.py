"""The towns of the packs (places.yml): the shipped world cities, a user's own, and entries that
cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from talkwatch.cli import app
from talkwatch.packs import ENV_PACKS, PACKS_DIR, PackError, load_lexicon
from talkwatch.packs.names import fold

ERROR = "talkwatch: error: "
HARBOURTOWN = "places:\n  - {name: Harbourtown, country: NOR, population: 61000, aliases: [Harbortown]}\n"


@pytest.fixture(autouse=True)
def _no_env_packs(monkeypatch):
    monkeypatch.delenv(ENV_PACKS, raising=False)


def _pack(directory: Path, text: str) -> Path:
    directory.mkdir()
    (directory / "places.yml").write_text(text, encoding="utf-8")
    return directory


@pytest.mark.parametrize(("name", "country"), [
    ("Kharkiv", "UKR"), ("Kharkov", "UKR"), ("Odessa", "UKR"), ("Jeddah", "SAU"), ("Istanbul", "TUR"),
    ("Gaza", "PSE"), ("Khan Younis", "PSE"), ("Khān Yūnis", "PSE"), ("Anchorage", "USA"),
])
def test_shipped_town_has_its_country(name, country):
    assert load_lexicon().place_states[fold(name)] == country


def test_shipped_towns_leave_countries_and_capitals_to_countries_yml():
    lexicon = load_lexicon()
    countries = [s for s in lexicon.states.values() if s.kind == "country"]
    names = {fold(n) for s in countries for n in (s.name, *s.aliases, s.capital, *s.metonyms) if n}
    assert names & lexicon.place_states.keys() == set()


@pytest.mark.parametrize("name", ["Valencia", "Virginia"])
def test_shipped_towns_leave_out_names_another_country_shares(name):
    # Valencia: Spain's and Venezuela's; Virginia: a South African town, but the American state.
    assert fold(name) not in load_lexicon().place_states


def test_shipped_towns_credit_geonames_and_its_licence():
    head = (PACKS_DIR / "core" / "places.yml").read_text(encoding="utf-8")[:2000]
    assert "GeoNames" in head and "CC BY 4.0" in head


def test_user_pack_adds_a_town_and_its_spellings(tmp_path):
    lexicon = load_lexicon([_pack(tmp_path / "towns", HARBOURTOWN)])
    assert (lexicon.place_states["harbourtown"], lexicon.place_states["harbortown"]) == ("NOR", "NOR")


def test_recognised_towns_are_the_ones_flagged_with_their_spellings(tmp_path):
    pack = _pack(tmp_path / "towns", "places:\n  - {name: Harbourtown, country: NOR, aliases: [Harbortown],"
                                     " recognised: true}\n  - {name: Fjordby, country: NOR}\n")
    recognised = load_lexicon([pack]).recognised_towns
    assert {"Harbourtown", "Harbortown"} <= recognised and "Fjordby" not in recognised
    assert {"Pokrovsk", "Odesa", "Odessa", "Kursk"} <= recognised  # the russia_ukraine pack's


def test_a_site_is_in_its_city(tmp_path):
    from talkwatch.link.places import Gazetteer

    pack = _pack(tmp_path / "sites", "places:\n  - {name: Harbourtown, country: NOR}\n"
                                     "  - {name: Old Fort, country: NOR, city: Harbourtown, recognised: true}\n")
    places = Gazetteer(load_lexicon([pack]))
    assert places.compatible("Old Fort", "Harbourtown") and not places.compatible("Old Fort", "Oslo")


def test_user_pack_moves_a_shipped_town(tmp_path):
    pack = _pack(tmp_path / "towns", "places:\n  - {name: Kharkiv, country: RUS}\n")
    assert load_lexicon([pack]).place_states["kharkiv"] == "RUS"


INVALID = [
    pytest.param("places:\n  - {name: Harbourtown, country: XQZ}\n",
                 "places.yml entry 1 (Harbourtown): 'country' 'XQZ' is no country", id="unknown-country"),
    pytest.param("places:\n  - {name: Harbourtown, country: Norway}\n",
                 "places.yml entry 1 (Harbourtown): 'country' must be an ISO 3166-1 alpha-3 code, not 'Norway'",
                 id="country-not-a-code"),
    pytest.param("places:\n  - {country: NOR}\n", "places.yml entry 1: 'name' is missing", id="missing-name"),
    pytest.param("places:\n  - {name: Harbourtown, country: NOR, population: many}\n",
                 "places.yml entry 1 (Harbourtown): 'population' must be a whole number, not 'many'",
                 id="population-not-a-number"),
    pytest.param("places:\n  - {name: Harbourtown, country: NOR, recognised: often}\n",
                 "places.yml entry 1 (Harbourtown): 'recognised' must be true or false, not 'often'",
                 id="recognised-not-a-flag"),
    pytest.param("places:\n  - {name: Old Fort, country: NOR, city: [Harbourtown]}\n",
                 "places.yml entry 1 (Old Fort): 'city'", id="city-not-a-name"),
]


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_bad_town_is_an_error_naming_file_and_entry(tmp_path, text, message):
    pack = _pack(tmp_path / "bad", text)
    with pytest.raises(PackError) as err:
        load_lexicon([pack])
    assert str(err.value).startswith(str(pack / "places.yml")) and message in str(err.value)


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_check_bad_town_gives_one_line(runner, tmp_path, text, message):
    pack = _pack(tmp_path / "bad", text)
    result = runner.invoke(app, ["packs", "check", str(pack)])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert (result.exit_code, len(lines)) == (1, 1)
    assert lines[0].startswith(f"{ERROR}{pack / 'places.yml'}") and message in lines[0]


def test_check_counts_the_user_s_town_names(runner, tmp_path):
    result = runner.invoke(app, ["packs", "check", str(_pack(tmp_path / "towns", HARBOURTOWN))])
    shipped = len(load_lexicon().place_states)
    assert f"{shipped + 2} town names; 0 clashes" in result.stdout
