"""Domain packs: the shipped ones, a user's pack added with --pack or $TALKWATCH_PACKS,
overrides, clashes, and `talkwatch packs check` on packs that cannot be used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talkwatch.cli import app
from talkwatch.packs import BUILTIN_PACKS, ENV_PACKS, PACKS_DIR, load_lexicon, load_pack

ERROR = "talkwatch: error: "
PETROV = """\
people:
  - id: ivan-petrov
    name: Ivan Petrov
    aliases: [Ivan Petroff]
    side: RUS
    gender: m
    roles:
      - title: Russia's deputy finance minister
        from: 2025-02
"""
# No title around the name, so the side can only come from the pack.
PETROFF_ARTICLE = "Ivan Petroff arrived in Geneva for talks on sanctions.\n"


@pytest.fixture(autouse=True)
def _no_env_packs(monkeypatch):
    monkeypatch.delenv(ENV_PACKS, raising=False)


def _pack(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir()
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def _petrov_pack(tmp_path: Path) -> Path:
    return _pack(tmp_path / "my_pack", {"people.yml": PETROV})


def _actors(runner, db: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["actors", "--json", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ingest(runner, tmp_path: Path, *args: str) -> Path:
    (tmp_path / "geneva.txt").write_text(PETROFF_ARTICLE, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "geneva.txt"), "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return db


def _side_of(actors: list[dict], actor_id: str) -> str | None:
    return next(a["country"] for a in actors if a["id"] == actor_id)


# --- the shipped packs ------------------------------------------------------------------------------------


def test_shipped_packs_load():
    assert [p.name for p in load_lexicon().packs] == list(BUILTIN_PACKS)


def test_russia_ukraine_has_at_least_60_people():
    assert len(load_pack(PACKS_DIR / "russia_ukraine").people) >= 60


def test_every_side_is_a_known_state_or_body():
    lexicon = load_lexicon()
    codes = {s.code for s in lexicon.states.values()}
    assert [p.id for p in lexicon.people.values() if p.side is not None and p.side not in codes] == []


def test_shipped_packs_have_no_clashes():
    assert load_lexicon().clashes() == []


def test_shipped_calendar_knows_the_pope_s_funeral():
    assert load_lexicon().calendar["pope-francis-funeral"].start == "2025-04-26"


# --- a user's pack ------------------------------------------------------------------------------------------


@pytest.mark.model
def test_without_user_pack_unknown_person_has_no_side(runner, tmp_path):
    # The control for the --pack tests below: the article alone gives no side.
    assert _side_of(_actors(runner, _ingest(runner, tmp_path)), "ivan-petroff") is None


@pytest.mark.model
def test_user_pack_on_ingest(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--pack", str(_petrov_pack(tmp_path)))
    assert _side_of(_actors(runner, db), "ivan-petrov") == "RUS"


@pytest.mark.model
def test_user_pack_on_extract_all(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    result = runner.invoke(app, ["extract", "--all", "--pack", str(_petrov_pack(tmp_path)), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _side_of(_actors(runner, db), "ivan-petrov") == "RUS"


@pytest.mark.model
def test_user_pack_person_is_listed_by_side(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--pack", str(_petrov_pack(tmp_path)))
    assert "ivan-petrov" in [a["id"] for a in _actors(runner, db, "--side", "RUS")]


def test_user_pack_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_PACKS, str(_petrov_pack(tmp_path)))
    assert load_lexicon().people["ivan-petrov"].side == "RUS"


def test_environment_change_is_seen_despite_cache(monkeypatch, tmp_path):
    load_lexicon()  # cached without the user's pack
    monkeypatch.setenv(ENV_PACKS, str(_petrov_pack(tmp_path)))
    assert "ivan-petrov" in load_lexicon().people


@pytest.mark.model
def test_user_pack_from_environment_on_ingest(monkeypatch, runner, tmp_path):
    monkeypatch.setenv(ENV_PACKS, str(_petrov_pack(tmp_path)))
    assert _side_of(_actors(runner, _ingest(runner, tmp_path)), "ivan-petrov") == "RUS"


def test_user_pack_overrides_shipped_person_by_id(tmp_path):
    pack = _pack(tmp_path / "override", {"people.yml": """\
people:
  - id: sergei-ryabkov
    name: Sergei Ryabkov
    side: RUS
    roles:
      - title: Russia's chief arms negotiator
"""})
    ryabkov = load_lexicon([pack]).people["sergei-ryabkov"]
    assert ryabkov.role_on("2025-06-01") == "Russia's chief arms negotiator"


def test_shipped_role_before_override(tmp_path):
    assert load_lexicon().people["sergei-ryabkov"].role_on("2025-06-01") == "Russia's deputy foreign minister"


# --- packs check --------------------------------------------------------------------------------------------

KREMLIN_WATCH = """\
organizations:
  - id: kremlin-watch
    code: KW
    name: Kremlin Watch
    aliases: [Kremlin]
"""


def test_check_valid_pack_exits_0(runner, tmp_path):
    result = runner.invoke(app, ["packs", "check", str(_petrov_pack(tmp_path))])
    assert (result.exit_code, result.stdout.splitlines()[-1].endswith("; 0 clashes")) == (0, True)


def test_check_counts_the_user_s_people(runner, tmp_path):
    result = runner.invoke(app, ["packs", "check", str(_petrov_pack(tmp_path))])
    shipped = len(load_lexicon().people)
    assert f"3 packs: {shipped + 1} people" in result.stdout


def test_check_reports_clash(runner, tmp_path):
    pack = _pack(tmp_path / "clash", {"organizations.yml": KREMLIN_WATCH})
    result = runner.invoke(app, ["packs", "check", str(pack)])
    assert "clash: 'kremlin' names 2 actors: RUS, kremlin-watch" in result.stdout.splitlines()


def test_clash_is_not_an_error(runner, tmp_path):
    pack = _pack(tmp_path / "clash", {"organizations.yml": KREMLIN_WATCH})
    assert runner.invoke(app, ["packs", "check", str(pack)]).exit_code == 0


def test_lexicon_lists_clash(tmp_path):
    pack = _pack(tmp_path / "clash", {"organizations.yml": KREMLIN_WATCH})
    assert load_lexicon([pack]).clashes() == ["'kremlin' names 2 actors: RUS, kremlin-watch"]


def test_lexicon_lists_plover_rule_for_no_trigger(tmp_path):
    pack = _pack(tmp_path / "rules", {"plover.yml": "rules:\n  - kind: concession\n    plover: RETREAT\n"
                                                    "    words: [surrender]\n"})
    assert load_lexicon([pack]).clashes() == [
        "plover.yml: 'surrender' is no trigger of kind 'concession' in triggers.yml"]


def _bad_yielding(yielding: str, message: str, case: str):
    """An issues.yml whose one issue has `yielding:` followed by the given text."""
    text = f"issues:\n  - id: border_villages\n    cues: [enclave]\n    yielding:{yielding}"
    return pytest.param("issues.yml", text, f"issues.yml entry 1 (border_villages): {message}",
                        id=f"yielding-{case}")


BAD_DATE = "people.yml entry 1 (Ivan Petrov): 'from' is not an ISO date: '2025-13-45'"
INVALID = [
    pytest.param("people.yml", "people:\n  - id: ivan-petrov\n    side: RUS\n",
                 "people.yml entry 1 (ivan-petrov): 'name' is missing", id="missing-name"),
    pytest.param("people.yml", "people:\n  - name: Ivan Petrov\n    roles:\n      - title: envoy\n"
                 "        from: 2025-13-45\n",
                 BAD_DATE, id="bad-date"),
    pytest.param("people.yml", "people:\n  - name: Ivan Petrov\n    roles:\n      - title: envoy\n"
                 "        from: \"2025-13-45\"\n",
                 BAD_DATE, id="bad-date-quoted"),
    pytest.param("calendar.yml", "events:\n  - id: geneva-round\n    date: 2025-02-30\n"
                 "    names: [Geneva round]\n",
                 "calendar.yml entry 1 (geneva-round): 'date' is not an ISO date: '2025-02-30'",
                 id="no-such-day"),
    pytest.param("people.yml", "people:\n  - name: Ivan Petrov\n    gender: x\n",
                 "people.yml entry 1 (Ivan Petrov): 'gender' must be m or f, not 'x'", id="bad-gender"),
    pytest.param("people.yml", "people:\n  name: Ivan Petrov\n",
                 "people.yml: expected a list under 'people:'", id="not-a-list"),
    pytest.param("people.yml", "people:\n  - name: [Ivan\n", "people.yml:3: not valid YAML",
                 id="invalid-yaml"),
    pytest.param("plover.yml", "rules:\n  - kind: concession\n    plover: GIVE\n    words: [release]\n",
                 "plover.yml entry 1: 'plover' must be a PLOVER type", id="bad-plover-type"),
    pytest.param("organizations.yml", "organizations:\n  - id: harbour-front\n    name: Harbour Front\n"
                 "    kind: group\n    country: Freedonia\n",
                 "organizations.yml entry 1 (harbour-front): 'country' must be an ISO 3166-1 alpha-3 code, "
                 "not 'Freedonia'", id="group-country-not-a-code"),
    pytest.param("organizations.yml", "organizations:\n  - id: harbour-front\n    name: Harbour Front\n"
                 "    kind: group\n    country: XQZ\n",
                 "organizations.yml entry 1 (harbour-front): 'country' 'XQZ' is no country", id="group-country-unknown"),
    pytest.param("organizations.yml", "organizations:\n  - id: harbour-council\n    name: Harbour Council\n"
                 "    kind: igo\n    country: NOR\n",
                 "organizations.yml entry 1 (harbour-council): 'country' is only for groups", id="country-of-a-body"),
    _bad_yielding(" [ARM, hand over]\n", "'yielding' must be a mapping with 'cedes' and 'words'",
                  "not-a-mapping"),
    _bad_yielding("\n      words: [hand over]\n", "'yielding': 'cedes' is missing", "no-side"),
    _bad_yielding("\n      cedes: ARM\n", "'yielding' needs at least one word in 'words'", "no-words"),
    _bad_yielding("\n      cedes: ARM\n      words: [hand it all over]\n",
                  "'yielding' words are one word or a verb and its particle", "phrase"),
    _bad_yielding("\n      cedes: Armenia\n      words: [hand over]\n",
                  "'yielding' cedes 'ARMENIA', which is no code", "side-not-a-code"),
    pytest.param("stances.yml", "undo: [lift, {ease: 1}]\nstances: []\n",
                 "stances.yml: 'undo' must be a list of non-empty strings", id="undo-not-words"),
]


@pytest.mark.parametrize(("name", "text", "message"), INVALID)
def test_check_invalid_pack_exits_1(runner, tmp_path, name, text, message):
    pack = _pack(tmp_path / "bad", {name: text})
    assert runner.invoke(app, ["packs", "check", str(pack)]).exit_code == 1


@pytest.mark.parametrize(("name", "text", "message"), INVALID)
def test_check_invalid_pack_gives_one_line_naming_file_and_entry(runner, tmp_path, name, text, message):
    pack = _pack(tmp_path / "bad", {name: text})
    result = runner.invoke(app, ["packs", "check", str(pack)])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{ERROR}{pack / name}") and message in lines[0]


@pytest.mark.parametrize(("name", "text", "message"), INVALID)
def test_check_invalid_pack_shows_no_traceback(runner, tmp_path, name, text, message):
    pack = _pack(tmp_path / "bad", {name: text})
    result = runner.invoke(app, ["packs", "check", str(pack)])
    assert (type(result.exception), "Traceback" in result.stdout + result.stderr) == (SystemExit, False)


def test_invalid_pack_on_extract_is_one_error_line(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--no-extract")
    pack = _pack(tmp_path / "bad", {"people.yml": "people:\n  - name: Ivan Petrov\n    gender: x\n"})
    result = runner.invoke(app, ["extract", "--pack", str(pack), "--db", str(db)])
    assert (result.exit_code, result.stderr.splitlines()) == (2, [
        f"{ERROR}{pack / 'people.yml'} entry 1 (Ivan Petrov): 'gender' must be m or f, not 'x'"])


# --- the world leaders of the core pack -------------------------------------------------------------------


def _mentions(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    """(text, actor, side) of each named mention, the article parsed as ingest parses it."""
    from talkwatch.extract import ArticleInput, extract_articles
    from talkwatch.nlp.pipeline import build_nlp

    lexicon = load_lexicon()
    facts = next(extract_articles([ArticleInput("a", text, published)], build_nlp(lexicon), lexicon))
    sides = {a.id: a.country for a in facts.actors}
    return [(m.text, m.actor, sides[m.actor]) for m in facts.mentions if m.kind != "pronoun"]


def test_core_has_world_leaders_with_their_side():
    people = load_pack(PACKS_DIR / "core").people
    assert len(people) >= 1000
    by_id = {p.id: p for p in people}
    assert (by_id["angela-merkel"].side, by_id["kofi-annan"].side, by_id["hu-jintao"].side) == ("DEU", "UN", "CHN")


def test_core_people_are_not_those_of_russia_ukraine():
    # The later pack's entry would replace core's; core leaves its people to it.
    core = {p.id for p in load_pack(PACKS_DIR / "core").people}
    assert core & {p.id for p in load_pack(PACKS_DIR / "russia_ukraine").people} == set()


def test_surname_of_same_side_namesakes_names_the_one_in_post():
    lexicon = load_lexicon()
    assert lexicon.bearer("Bush", "1991-06") == "george-h-w-bush"
    assert lexicon.bearer("Bush", "2006-02-14") == "george-w-bush"
    assert lexicon.side_of(lexicon.bearer("Bush")) == "USA"  # undated: the latest, still the right side


def test_surname_of_namesakes_names_the_one_the_text_named():
    assert load_lexicon().bearer("Bush", "2006-02-14", ["george-h-w-bush"]) == "george-h-w-bush"


def test_surname_of_namesakes_of_two_sides_needs_a_date():
    lexicon = load_lexicon()
    assert {lexicon.side_of(i) for i in lexicon.namesakes["Fischer"]} >= {"DEU", "AUT"}
    assert lexicon.bearer("Fischer") is None
    assert lexicon.bearer("Fischer", "2012-05") == "heinz-fischer"


@pytest.mark.parametrize("word", ["May", "Brown", "Major", "Rice", "Martin", "Park", "Kim"])
def test_surname_that_is_an_everyday_word_or_given_name_is_no_term(word):
    assert [t for t in load_lexicon().by_form.get(word, ()) if t.kind == "surname"] == []


@pytest.mark.model
def test_world_leader_resolves_with_side():
    found = _mentions("Angela Merkel met the Chilean president in a hotel outside Lisbon on Friday.\n")
    assert found[0] == ("Angela Merkel", "angela-merkel", "DEU")


@pytest.mark.model
def test_transliterations_name_one_leader():
    found = _mentions("Moammar Gadhafi wrote to the council. Later, Qaddafi phoned the envoy.\n")
    assert [a for _, a, _ in found] == ["muammar-gaddafi", "muammar-gaddafi"]


@pytest.mark.model
def test_shared_surname_resolves_to_the_side_and_the_one_in_post():
    text = "President Bush told reporters the cargo flights would go on through the winter.\n"
    assert _mentions(text, "1992-01-15") == [("Bush", "george-h-w-bush", "USA")]
    assert _mentions(text, "2004-01-15") == [("Bush", "george-w-bush", "USA")]


@pytest.mark.model
def test_ordinary_words_are_not_actors():
    text = ("Major roads were shut in May as brown floodwater rose; rice and straw were carried to the park, "
            "and the major said hunters may hunt only with a key.\n")
    assert _mentions(text) == []


# --- international bodies and groups of the core pack ------------------------------------------------------


@pytest.mark.parametrize(("actor", "kind", "body", "code"), [
    ("unmiss", "organization", "igo", "UN"),  # a UN mission takes the UN's code
    ("unctad", "organization", "igo", "UN"),
    ("fao", "organization", "igo", "FAO"),  # a specialised agency keeps its own
    ("ecb", "organization", "igo", "EU"),
    ("european-community", "organization", "igo", "EU"),  # the EU's predecessor
    ("kfor", "organization", "igo", "NATO"),
    ("odihr", "organization", "igo", "OSCE"),
    ("venice-commission", "organization", "igo", "COE"),
    ("mercosur", "organization", "igo", "MERCOSUR"),
    ("oxfam", "organization", "ngo", "OXFAM"),
    ("reporters-without-borders", "organization", "ngo", "RWB"),
    ("farc", "group", None, "FARC"),
])
def test_core_knows_the_world_s_bodies(actor, kind, body, code):
    state = load_lexicon().states[actor]
    assert (state.kind, state.body, state.code) == (kind, body, code)


@pytest.mark.parametrize(("form", "actor"), [
    ("U.N. Population Fund", "unfpa"), ("UNFPA", "unfpa"), ("European Economic Community", "european-community"),
    ("EEC", "european-community"), ("Al Qaeda", "al-qaeda"), ("Pakistani Taliban", "ttp"),
    ("Hashd al-Shaabi", "popular-mobilization-forces"), ("Doctors Without Borders", "msf"),
    ("RSF", "rsf"),  # the Rapid Support Forces; Reporters Without Borders goes by its names only
])
def test_forms_of_the_world_s_bodies_name_one_actor(form, actor):
    assert {t.actor for t in load_lexicon().by_form[form]} == {actor}


def _forms(file: str) -> list[tuple[str, str]]:
    """(casefolded form, entry) for every name, alias, demonym and metonym of a core file."""
    import yaml

    data = yaml.safe_load((PACKS_DIR / "core" / f"{file}.yml").read_text(encoding="utf-8"))[file]
    return [(form.casefold(), e.get("id") or e["code"]) for e in data
            for form in (e["name"], *(e.get("aliases") or []), *(e.get("demonyms") or []), *(e.get("metonyms") or []))]


def test_no_form_is_under_two_organizations_or_a_country():
    owners: dict[str, set[str]] = {}
    for form, entry in _forms("organizations") + _forms("countries"):
        owners.setdefault(form, set()).add(entry)
    assert {form: entries for form, entries in owners.items() if len(entries) > 1} == {}


@pytest.mark.parametrize("form", ["CARE", "NAM", "IRA", "SDF", "PDF", "ETA", "BIS", "EFF", "Labour", "Democrats",
                                  "Justice and Development Party", "Law and Justice"])
def test_abbreviations_and_names_that_are_ambiguous_are_no_organization(form):
    lexicon = load_lexicon()
    assert [t.actor for t in lexicon.by_form.get(form, ()) if t.actor in lexicon.states
            and lexicon.states[t.actor].kind != "country"] == []


def test_group_countries_are_countries_and_no_group_code_is_one():
    lexicon = load_lexicon()
    countries = {s.code for s in lexicon.states.values() if s.kind == "country"}
    groups = [s for s in lexicon.states.values() if s.kind == "group"]
    assert [g.id for g in groups if g.country is not None and g.country not in countries] == []
    assert [g.id for g in groups if g.code in countries] == []  # the export writes a group's code as its side


@pytest.mark.parametrize(("actor", "country"), [
    ("hamas", "PSE"), ("hezbollah", "LBN"), ("pkk", "TUR"), ("houthis", "YEM"), ("taliban", "AFG"),
    ("al-qaeda", None), ("islamic-state", None),  # transnational
])
def test_a_group_belongs_to_its_country(actor, country):
    assert load_lexicon().states[actor].country == country


def test_user_group_may_name_a_shipped_country(tmp_path):
    pack = _pack(tmp_path / "groups", {"organizations.yml": "organizations:\n  - id: harbour-front\n"
                                                             "    name: Harbour Front\n    kind: group\n"
                                                             "    country: nor\n"})
    assert load_lexicon([pack]).states["harbour-front"].country == "NOR"


def test_unknown_group_country_is_an_error_naming_file_and_entry(tmp_path):
    from talkwatch.packs import PackError

    pack = _pack(tmp_path / "groups", {"organizations.yml": "organizations:\n  - id: harbour-front\n"
                                                             "    name: Harbour Front\n    kind: group\n"
                                                             "    country: XQZ\n"})
    with pytest.raises(PackError, match=r"organizations\.yml entry 1 \(harbour-front\): 'country' 'XQZ'"):
        load_lexicon([pack])


# --- what a pack says for the positions reader: yielding and undo words ----------------------------------

BORDER_VILLAGES = """\
issues:
  - id: border_villages
    cues: [border village, enclave]
    yielding:
      cedes: arm
      words: [Hand over, return]
"""


def test_user_issue_has_its_yielding(tmp_path):
    pack = _pack(tmp_path / "caucasus", {"issues.yml": BORDER_VILLAGES})
    yielding = load_lexicon([pack]).issues["border_villages"].yielding
    assert (yielding.cedes, yielding.words) == ("ARM", ("hand over", "return"))


def test_shipped_yielding_is_on_its_issue():
    assert load_lexicon().issues["territorial_concessions"].yielding.cedes == "UKR"


def test_user_issue_without_yielding_replaces_the_shipped_one(tmp_path):
    issues = "issues:\n  - id: territorial_concessions\n    cues: [land]\n"
    pack = _pack(tmp_path / "land", {"issues.yml": issues})
    assert load_lexicon([pack]).issues["territorial_concessions"].yielding is None


def test_user_undo_words_add_to_the_shipped_ones(tmp_path):
    pack = _pack(tmp_path / "undo", {"stances.yml": "undo: [Ease, relax]\n"})
    undo = load_lexicon([pack]).stance_words["undo"]
    assert {"ease", "relax", "lift"} <= undo and "ease" not in load_lexicon().stance_words["undo"]


def test_stances_file_needs_its_list_or_undo_words(tmp_path):
    from talkwatch.packs import PackError

    pack = _pack(tmp_path / "empty", {"stances.yml": "version: 1\n"})
    with pytest.raises(PackError, match=r"stances\.yml: expected a list under 'stances:'"):
        load_pack(pack)


def test_a_user_pack_adds_words_to_every_list_of_stances_yml(tmp_path):
    pack = tmp_path / "extra"
    pack.mkdir()
    (pack / "stances.yml").write_text("version: 1\nhypothetical: [conceivable]\njudging: [deem]\n")
    words = load_lexicon([pack]).stance_words
    assert "conceivable" in words["hypothetical"] and {"deem", "consider"} <= words["judging"]
    assert "conceivable" not in load_lexicon().stance_words["hypothetical"]
