"""The sentence coder (talkwatch.coder): records in, PLOVER events with
event-data actor codes out; files with bad lines. Our own sentences."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from spacy.language import Language

from talkwatch.coder import ActorCoder, code_file, code_records
from talkwatch.errors import InputError
from talkwatch.nlp.mentions import NewActor
from talkwatch.nlp.pipeline import build_nlp
from talkwatch.packs import load_lexicon


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder(load_lexicon())


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The pipeline tests/nlp builds too (built once per process and lexicon)."""
    return build_nlp(load_lexicon())


# --- actor codes (no model needed) ---------------------------------------------------------------


@pytest.mark.parametrize(("actor", "code"), [
    ("USA", "USA"),  # a country: its ISO 3166-1 alpha-3 code
    ("vladimir-putin", "RUS"),  # a person: the side they act for
    ("mark-rutte", "IGO"),  # a person of an intergovernmental body
    ("eu", "IGO"),
    ("amnesty", "NGO"),
    ("fao", "IGO"),  # a specialised agency
    ("unmiss", "IGO"),  # a UN mission
    ("save-the-children", "NGO"),
    ("hamas", "PSE"),  # a group of one country: that country, as CAMEO codes domestic groups
    ("houthis", "YEM"),
    ("al-qaeda", None),  # a transnational group has no code
    ("islamic-state", None),
    ("outlet:TASS", None),
    ("someone-unknown", None),
])
def test_actor_codes(coder, actor, code):
    assert coder.code(actor, {}) == code


def test_new_person_takes_the_code_of_their_side(coder):
    new = {"ivan-petrov": NewActor("ivan-petrov", "Ivan Petrov", "person", side="RUS")}
    assert coder.code("ivan-petrov", new) == "RUS"


def test_new_person_of_a_group_takes_the_group_s_country(coder):
    # "Hezbollah official Ali Haidar": a title names the group as the person's side
    new = {"ali-haidar": NewActor("ali-haidar", "Ali Haidar", "person", side="HEZBOLLAH")}
    assert coder.code("ali-haidar", new) == "LBN"


def test_new_person_of_a_transnational_group_has_no_code(coder):
    new = {"abu-salim": NewActor("abu-salim", "Abu Salim", "person", side="AL-QAEDA")}
    assert coder.code("abu-salim", new) is None


def test_user_group_is_coded_by_the_country_its_pack_gives(tmp_path):
    pack = tmp_path / "groups"
    pack.mkdir()
    (pack / "organizations.yml").write_text("organizations:\n  - id: harbour-front\n    name: Harbour Front\n"
                                            "    kind: group\n    country: NOR\n", encoding="utf-8")
    assert ActorCoder(load_lexicon([pack])).code("harbour-front", {}) == "NOR"


def test_new_organization_without_side_has_no_code(coder):
    new = {"oval-office": NewActor("oval-office", "Oval Office", "organization")}
    assert coder.code("oval-office", new) is None


# --- coding sentences ----------------------------------------------------------------------------


def _code(nlp, *texts: str) -> list[dict]:
    return list(code_records(({"id": str(n), "text": t} for n, t in enumerate(texts)), nlp))


@pytest.mark.model
def test_codes_a_meeting_between_people_by_their_sides(nlp):
    assert _code(nlp, "Marco Rubio met Sergei Lavrov in Riyadh on Tuesday.") == [
        {"id": "0", "events": [{"plover": "CONSULT", "kind": "meeting", "source": ["USA"], "target": ["RUS"]}]}]


@pytest.mark.model
def test_codes_bodies_as_igo_and_ngo(nlp):
    sanction, accusation = _code(nlp, "The European Union imposed new sanctions on Russia.",
                                 "Amnesty International condemned Russia's strikes on Kharkiv.")
    assert [(e["plover"], e["source"], e["target"]) for e in sanction["events"]] == [("SANCTION", ["IGO"], ["RUS"])]
    assert [(e["plover"], e["source"], e["target"]) for e in accusation["events"]] == [("ACCUSE", ["NGO"], ["RUS"])]


@pytest.mark.model
def test_codes_a_group_by_its_country_and_new_bodies_as_igo_and_ngo(nlp):
    attack, agency, charity, transnational = _code(
        nlp, "The Houthis fired a missile at a tanker off Eritrea on Monday.",
        "The Food and Agriculture Organization sent seeds to Sudan.",
        "Oxfam accused Israel of blocking aid convoys.",
        "Al Qaeda threatened new attacks on Denmark.")
    dyads = [[(e["plover"], e["source"], e["target"]) for e in coded["events"]]
             for coded in (attack, agency, charity, transnational)]
    assert ("ASSAULT", ["YEM"], ["ERI"]) in dyads[0]
    assert ("AID", ["IGO"], ["SDN"]) in dyads[1]
    assert ("ACCUSE", ["NGO"], ["ISR"]) in dyads[2]
    assert dyads[3] == [("THREATEN", [], ["DNK"])]


@pytest.mark.model
def test_reciprocal_event_is_coded_both_ways(nlp):
    [coded] = _code(nlp, "Talks between Russia and Ukraine began in Istanbul on Friday.")
    assert sorted((e["source"][0], e["target"][0]) for e in coded["events"]) == [("RUS", "UKR"), ("UKR", "RUS")]


@pytest.mark.model
def test_one_sided_event_keeps_both_sources(nlp):
    [coded] = _code(nlp, "Russia and Ukraine exchanged 175 prisoners of war on Wednesday.")
    assert [(e["plover"], e["source"], e["target"]) for e in coded["events"]] == [("CONCEDE", ["RUS", "UKR"], [])]


@pytest.mark.parametrize(("text", "expected"), [
    # PLOVER (CAMEO 03): a cooperative act offered, promised or announced for later is AGREE.
    ("Norway said it was willing to send medical teams to Ukraine.", ("AGREE", ["NOR"])),
    ("The European Union will provide new humanitarian aid to Moldova.", ("AGREE", ["IGO"])),
    ("Japan promised to continue its aid to Ukraine.", ("AGREE", ["JPN"])),
    # Done, not promised: the act's own type.
    ("The European Union provided new humanitarian aid to Moldova.", ("AID", ["IGO"])),
    # Sought, not yet done: an intention too.
    ("Brazil is seeking to deepen its partnership with India.", ("AGREE", ["BRA"])),
    # Denied: no intention, the act's own type.
    ("Germany did not send weapons to Georgia.", ("AID", ["DEU"])),
    # A planned meeting stays a meeting.
    ("Macron will meet Starmer in London next week.", ("CONSULT", ["FRA"])),
])
@pytest.mark.model
def test_intentions_to_cooperate_are_agree(nlp, text, expected):
    [coded] = _code(nlp, text)
    assert expected in [(e["plover"], e["source"]) for e in coded["events"]]


@pytest.mark.parametrize(("text", "plover"), [
    ("Israel released 50 Palestinian prisoners on Monday.", "RETREAT"),  # PLOVER: releasing people is RETREAT
    ("Turkey eased restrictions on Syrian traders.", "RETREAT"),
    ("Belgium extradited a suspect to France.", "COOPERATE"),
    ("Russia made a concession on grain exports.", "CONCEDE"),  # the kind's own type
])
@pytest.mark.model
def test_trigger_words_refine_the_plover_type(nlp, text, plover):
    [coded] = _code(nlp, text)
    assert plover in [e["plover"] for e in coded["events"]]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany rejected calls by Poland for war reparations.", ("REJECT", "DEU", "POL")),
    ("Hungary threatened to cut diplomatic ties with Slovakia.", ("THREATEN", "HUN", "SVK")),
    ("Austria is opposed to Turkish membership of the bloc.", ("REJECT", "AUT", "TUR")),
])
@pytest.mark.model
def test_responses_and_threats_are_aimed_at_whom_their_object_names(nlp, text, dyad):
    [coded] = _code(nlp, text)
    assert dyad in [(e["plover"], s, t) for e in coded["events"] for s in e["source"] for t in e["target"]]


@pytest.mark.parametrize(("text", "plover"), [
    # CAMEO 13: a hostile act announced for later, or only on a condition, threatens it.
    ("The union said it would boycott the elections unless the minister resigned.", "THREATEN"),
    ("Poland plans to impose tariffs on Belarusian grain.", "THREATEN"),
    # Done, not announced: the act's own type.
    ("Poland imposed tariffs on Belarusian grain.", "SANCTION"),
    # Denied: no threat either, the act's own type, as event data code negated acts.
    ("Poland did not impose tariffs on Belarusian grain.", "SANCTION"),
])
@pytest.mark.model
def test_announced_hostile_acts_are_threats(nlp, text, plover):
    [coded] = _code(nlp, text)
    assert [e["plover"] for e in coded["events"]] == [plover]


@pytest.mark.model
def test_acts_of_subordinate_clauses_give_way_to_the_main_one(nlp):
    marched, reported = _code(nlp, "Thousands of Chileans marched through Santiago demanding higher pensions.",
                              "Peru said Chile must release the fishermen it detained last week.")
    assert [e["plover"] for e in marched["events"]] == ["PROTEST"]  # not also a REQUEST
    assert "REQUEST" in [e["plover"] for e in reported["events"]]  # a demand in a reported clause is the act


@pytest.mark.model
def test_act_of_uncoded_parties_keeps_its_type(nlp):
    [coded] = _code(nlp, "Riot police fired tear gas at the crowd outside parliament.")
    assert coded["events"] and all(e["source"] == [] for e in coded["events"])
    # articles keep only acts of named parties: the coder's setting does not leak into the pipeline
    assert not nlp.get_pipe("talkwatch_events").keep_partyless


@pytest.mark.parametrize(("text", "plover"), [
    ("Ghana granted political asylum to three Togolese journalists.", "AID"),  # "grant" carries the noun
    ("Algeria launched a mediation effort between Mali and the rebels.", "CONSULT"),  # "effort" names the act
    ("Government troops were engaged in heavy fighting with rebels near Goma.", "ASSAULT"),  # "engaged in"
])
@pytest.mark.model
def test_event_nouns_carried_by_general_words(nlp, text, plover):
    [coded] = _code(nlp, text)
    assert plover in [e["plover"] for e in coded["events"]]


@pytest.mark.model
def test_missing_parties_can_be_written_as_a_code(nlp):
    # PETRARCH's convention: "---" for a party the event lacks or cannot code.
    [coded] = list(code_records([{"id": "1", "text": "Gunmen attacked a police post in northern Mali."}], nlp,
                                missing="---"))
    assert [(e["plover"], e["source"], e["target"]) for e in coded["events"]] == [("ASSAULT", ["---"], ["MLI"])]
    [plain] = _code(nlp, "Gunmen attacked a police post in northern Mali.")
    assert plain["events"][0]["source"] == []


@pytest.mark.model
def test_sentence_without_event_has_no_events(nlp):
    assert _code(nlp, "Peskov declined to comment.") == [{"id": "0", "events": []}]


@pytest.mark.model
def test_records_keep_their_ids_and_order(nlp):
    coded = list(code_records([{"id": 7, "text": "Kyiv accused Moscow of new attacks."},
                               {"id": "b", "text": "Nothing happened.", "date": "2025-03-19"}], nlp))
    assert [c["id"] for c in coded] == [7, "b"]
    assert coded[0]["events"][0]["source"] == ["UKR"]


# --- files ---------------------------------------------------------------------------------------


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "sentences.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
def test_code_file_reports_bad_lines_and_codes_the_rest(nlp, tmp_path):
    path = _write(tmp_path, [
        json.dumps({"id": "a", "text": "Marco Rubio met Sergei Lavrov in Riyadh."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "c", "text": "Russian troops withdrew from the Kursk region."}),
    ])
    out, errors = io.StringIO(), io.StringIO()
    assert code_file(path, out, nlp=nlp, errors=errors) == 3
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a", "c"]
    lines = errors.getvalue().splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "no 'text'" in lines[1]


@pytest.mark.model
def test_code_file_writes_to_a_path(nlp, tmp_path):
    path = _write(tmp_path, [json.dumps({"id": "a", "text": "Germany sent air defence systems to Ukraine."})])
    target = tmp_path / "coded.jsonl"
    assert code_file(path, target, nlp=nlp, errors=io.StringIO()) == 0
    [coded] = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert coded["events"] == [{"plover": "AID", "kind": "aid", "source": ["DEU"], "target": ["UKR"]}]


def test_code_file_of_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="missing.jsonl"):
        code_file(tmp_path / "missing.jsonl", io.StringIO(), errors=io.StringIO())


@pytest.mark.model
def test_what_an_act_answers_is_not_coded_apart(nlp):
    text = "Germany rejected calls by Poland for war reparations."
    [coded] = _code(nlp, text)
    assert [e["plover"] for e in coded["events"]] == ["REJECT"]
    assert {e.kind for e in nlp(text)._.tw_events} == {"rejection", "demand"}  # the record keeps both


@pytest.mark.model
def test_code_command_writes_coded_lines_and_the_missing_code(tmp_path):
    from typer.testing import CliRunner

    from talkwatch.cli import app

    path = _write(tmp_path, [json.dumps({"id": "a", "text": "Gunmen attacked a police post in northern Mali."})])
    out = tmp_path / "coded.jsonl"
    result = CliRunner().invoke(app, ["code", str(path), "--missing", "---", "-o", str(out)])
    assert result.exit_code == 0, result.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["events"][0]["source"] == ["---"]


@pytest.mark.model
def test_a_demonym_places_an_act_only_when_it_names_a_place(nlp):
    shelled, depot = _code(nlp, "Three people were killed in Israeli tank shelling in Gaza on Friday.",
                           "Drones hit an oil depot in the Russian city of Novorossiysk.")
    assert all("ISR" not in e["target"] for e in shelled["events"])  # who fired is no place
    assert ("ASSAULT", ["RUS"]) in [(e["plover"], e["target"]) for e in depot["events"]]


@pytest.mark.model
def test_the_object_of_a_frame_verb_is_the_target_of_its_act(nlp):
    [coded] = _code(nlp, "Syrian rebels engaged Lebanese soldiers in a firefight near the border.")
    assert [(e["plover"], e["source"], e["target"]) for e in coded["events"]] == [("ASSAULT", ["SYR"], ["LBN"])]


@pytest.mark.model
def test_victims_of_an_attack_noun_are_its_target(nlp):
    [coded] = _code(nlp, "Four Ukrainian soldiers were wounded in a Russian artillery attack near Pokrovsk.")
    assert [(e["plover"], e["source"], e["target"]) for e in coded["events"]] == [("ASSAULT", ["RUS"], ["UKR"])]
    [none] = _code(nlp, "He died in hospital on Monday.")
    assert none["events"] == []


@pytest.mark.model
def test_a_domestic_act_is_coded_with_the_country_on_both_sides(nlp):
    [coded] = _code(nlp, "Kenyan police arrested Kenyan opposition activists in Nairobi.")
    assert [(e["plover"], e["source"], e["target"]) for e in coded["events"]] == [("COERCE", ["KEN"], ["KEN"])]


@pytest.mark.parametrize(("text", "plover"), [
    ("Dock workers struck for higher pay on Monday.", "PROTEST"),  # working people strike: a stoppage
    ("Russian missiles struck Kyiv overnight.", "ASSAULT"),
])
@pytest.mark.model
def test_who_strikes_decides_between_a_stoppage_and_an_attack(nlp, text, plover):
    [coded] = _code(nlp, text)
    assert [e["plover"] for e in coded["events"]] == [plover]


@pytest.mark.model
def test_roads_blocked_by_weather_are_no_protest(nlp):
    storm, farmers = _code(nlp, "The storm blocked roads across the region.", "Farmers blocked roads across the region.")
    assert storm["events"] == [] and [e["plover"] for e in farmers["events"]] == ["PROTEST"]


@pytest.mark.model
def test_what_came_under_attack_is_its_target(nlp):
    [coded] = _code(nlp, "Ukrainian positions near Pokrovsk came under mortar fire.")
    assert [(e["plover"], e["target"]) for e in coded["events"]] == [("ASSAULT", ["UKR"])]
    [criticised] = _code(nlp, "The minister came under criticism from Poland.")
    assert "ASSAULT" not in [e["plover"] for e in criticised["events"]]


@pytest.mark.model
def test_a_participle_describing_a_thing_reports_no_act(nlp):
    [coded] = _code(nlp, "Russia returned the seized vessels to Ukraine.")
    assert "COERCE" not in [e["plover"] for e in coded["events"]]
