"""The generic news vocabulary of the CAMEO event categories (02-20) in the trigger lexicon
(packs/core/triggers.yml) and the PLOVER type event data give it (packs/core/plover.yml,
after PLOVER's own CAMEO mapping). The sentences are ours: ordinary news prose for each
category, and everyday sentences that use the same words for no event."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(autouse=True)
def _partyless_acts_kept(nlp, monkeypatch):
    """Read acts as the sentence coder does: "Farmers blocked the highway" names no coded party,
    but its act is still data (talkwatch.coder.code_records)."""
    monkeypatch.setattr(nlp.get_pipe("talkwatch_events"), "keep_partyless", True)


def _events(nlp, text: str):
    return list(nlp(text)._.tw_events)


def _coded(lexicon, event) -> str | None:
    """The PLOVER type a sentence coder gives the act's words (before status is considered)."""
    return lexicon.plover_of(event.kind, event.lemma, event.plover)


@pytest.mark.parametrize(("sentence", "kind", "plover", "lemma"), [
    # 04 consult: mediation and envoys sent for talks
    ("The American envoy engaged in shuttle diplomacy between Israel and Egypt.",
     "meeting", "CONSULT", "shuttle diplomacy"),
    ("The African Union sent a mediation mission to Sudan.", "meeting", "CONSULT", "send mediation mission"),
    ("Norway sent an envoy to Colombia for talks with the rebels.", "meeting", "CONSULT", "send envoy"),
    # 05 diplomatic cooperation
    ("Egypt and Turkey upgraded diplomatic relations on Monday.", "support", "SUPPORT", "upgrade relation"),
    ("Germany defended the right of Israel to self-defence.", "support", "SUPPORT", "defend right"),
    # 06 material cooperation: judicial
    ("Interpol and Brazilian police launched a joint investigation into the smuggling ring.",
     "cooperation", "COOPERATE", "joint investigation"),
    ("Spain handed over the suspect to French authorities.", "cooperation", "COOPERATE", "hand over suspect"),
    # 07 provide aid, asylum and refuge
    ("The Red Cross delivered medical supplies to Gaza.", "aid", "AID", "deliver supply"),
    ("Turkey took in thousands of Syrian refugees.", "aid", "AID", "take in refugee"),
    # 08 yield: curfew and state of emergency (0813-0814), protests called off (082), demands
    # acceded to (083), return (084), international involvement allowed (086)
    ("Ecuador ended the state of emergency in three provinces.", "concession", "RETREAT", "end state of emergency"),
    ("The president lifted the state of emergency on Friday.", "concession", "RETREAT", "lift state of emergency"),
    ("The unions called off the strike after a week.", "concession", "CONCEDE", "call off strike"),
    ("The junta acceded to the request of the African Union.", "concession", "CONCEDE", "accede to request"),
    ("Prosecutors dropped charges against the opposition leader.", "concession", "CONCEDE", "drop charge"),
    ("Turkey opened its border to Syrian refugees.", "concession", "RETREAT", "open border"),
    ("Serbia allowed the return of refugees to Kosovo.", "concession", "CONCEDE", "allow return"),
    ("Iran allowed inspectors into the Natanz plant.", "concession", "RETREAT", "allow inspector"),
    # 09 investigate
    ("The Senate held a hearing into the bombing.", "accusation", "ACCUSE", "hearing into"),
    ("The UN sent a fact-finding mission to Myanmar.", "accusation", "ACCUSE", "send fact - finding mission"),
    # 12 reject
    ("Iran reneged on its nuclear commitments.", "rejection", "REJECT", "renege on"),
    ("The United States backed out of the nuclear deal.", "rejection", "REJECT", "back out of"),
    ("Russia said a ceasefire was out of the question.", "rejection", "REJECT", "out of the question"),
    # 13 threaten
    ("The rebels vowed revenge for the killing of their commander.", "threat", "THREATEN", "vow revenge"),
    # 14 protest: strikes and boycotts (143), obstruction (144), stone-throwing (145)
    ("Farmers blocked the main highway into the capital on Monday.", "protest", "PROTEST", "block highway"),
    ("Truckers blocked traffic on the bridge for three hours.", "protest", "PROTEST", "block traffic"),
    ("Protesters threw stones at police in Srinagar.", "protest", "PROTEST", "throw stone"),
    ("Dockworkers stopped work at the port of Antwerp.", "protest", "PROTEST", "stop work"),
    ("The opposition boycotted the election in Venezuela.", "protest", "PROTEST", "boycott election"),
    # 15 exhibit force posture
    ("Pakistani troops remained on alert along the border.", "mobilization", "MOBILIZE", "remain on alert"),
    ("Police beefed up security around the parliament.", "mobilization", "MOBILIZE", "beef up security"),
    ("India sent troops to the border with China.", "mobilization", "MOBILIZE", "send troop"),
    # 16 reduce relations; an embargo (163) is COERCE in PLOVER
    ("Qatar suspended its mediation between Israel and Hamas.", "sanction", "SANCTION", "suspend mediation"),
    ("Mali expelled UN aid agencies.", "sanction", "SANCTION", "expel aid agency"),
    ("The United States imposed an embargo on Cuba.", "sanction", "COERCE", "embargo"),
    # 17 coerce; 19 occupy territory (192)
    ("Hackers launched a cyber attack on Estonian government websites.", "coercion", "COERCE", "cyber attack"),
    ("The junta declared a state of emergency in the capital.",
     "coercion", "COERCE", "declare state of emergency"),
    ("Belarus revoked the licence of an independent newspaper.", "coercion", "COERCE", "revoke licence"),
    ("Rebels captured the town of Goma.", "coercion", "COERCE", "capture town"),
    ("The army retook the city from the militants.", "coercion", "COERCE", "retake"),
    # 18 assault: hostages and human shields (181), beatings (182); 19 fight
    ("Gunmen took three aid workers hostage.", "coercion", "ASSAULT", "take hostage"),
    ("Rebels held two French journalists hostage.", "attack", "ASSAULT", "hold hostage"),
    ("Militias used civilians as human shields.", "attack", "ASSAULT", "use as human shield"),
    ("Police beat up protesters in Minsk.", "attack", "ASSAULT", "beat up"),
    ("Indian and Pakistani troops exchanged fire along the Line of Control.", "attack", "ASSAULT", "exchange fire"),
    ("Azerbaijan violated the ceasefire in Karabakh.", "attack", "ASSAULT", "violate ceasefire"),
    # 20 mass violence
    ("The Syrian army used chemical weapons against civilians.", "attack", "ASSAULT", "use chemical weapon"),
])
def test_cameo_category_vocabulary(nlp, lexicon, sentence, kind, plover, lemma):
    events = [e for e in _events(nlp, sentence) if e.lemma == lemma]
    assert len(events) == 1, _events(nlp, sentence)
    assert (events[0].kind, _coded(lexicon, events[0])) == (kind, plover)


def test_phrase_claims_its_words_from_another_kind(nlp):
    # "sent" alone would be aid, "mediation" alone a meeting: the phrase is one act of mediation.
    assert [e.kind for e in _events(nlp, "The African Union sent a mediation mission to Sudan.")] == ["meeting"]
    # A strike called off is a concession, not a sanction's "call off" (of talks or visits).
    assert [e.kind for e in _events(nlp, "The union called off the strike on Tuesday.")] == ["concession"]


@pytest.mark.parametrize("sentence", [
    "Medical supplies are running low in the hospital.",
    "Advocates of open borders criticised the new law.",
    "The team was on alert for injuries.",
])
def test_same_words_in_no_such_event(nlp, sentence):
    assert not [e for e in _events(nlp, sentence) if e.kind in ("aid", "concession", "mobilization")]
