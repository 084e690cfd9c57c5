"""Quotes and their speakers: `doc._.tw_quotes` from the full pipeline, on
sentences of our own about the 2025 talks."""

from __future__ import annotations

import pytest

from talkwatch.nlp.mentions import QuoteRecord

pytestmark = pytest.mark.model


def _quotes(nlp, text: str) -> tuple[QuoteRecord, ...]:
    return nlp(text)._.tw_quotes


def _direct(nlp, text: str) -> list[QuoteRecord]:
    return [q for q in _quotes(nlp, text) if q.direct]


def _quote(nlp, text: str, words: str) -> QuoteRecord:
    """The one quote whose text is `words`."""
    found = [q for q in _quotes(nlp, text) if q.text == words]
    assert len(found) == 1, [q.text for q in _quotes(nlp, text)]
    return found[0]


def _speaker(quote: QuoteRecord) -> tuple[str | None, str | None]:
    return quote.speaker, quote.speaker_text


# --- quotation marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb")])
def test_quote_in_any_marks_is_found_without_them(nlp, opening, closing):
    text = f"{opening}We are ready to continue the talks,{closing} Vladimir Medinsky told reporters."
    [quote] = _direct(nlp, text)
    assert quote.text == "We are ready to continue the talks,"
    assert text[quote.start: quote.end] == quote.text


def test_quote_over_several_sentences_is_one_quote(nlp):
    text = "Vladimir Medinsky said: \u201cRussia does not want a war. We want a lasting peace.\u201d"
    [quote] = _direct(nlp, text)
    assert quote.text == "Russia does not want a war. We want a lasting peace."


def test_quote_over_paragraphs_is_found_in_each_paragraph(nlp):
    text = ("\u201cWe will not give up our land,\u201d Zelensky said in his nightly address. "
            "\u201cThe occupier will not get a reward for this war.\n\n"
            "\u201cUkraine has already taken every possible step towards peace.\u201d")
    quotes = _direct(nlp, text)
    assert [q.text for q in quotes] == ["We will not give up our land,",
                                        "The occupier will not get a reward for this war.",
                                        "Ukraine has already taken every possible step towards peace."]
    assert {q.speaker for q in quotes} == {"volodymyr-zelensky"}


def test_quote_left_open_ends_with_its_paragraph(nlp):
    text = "Rubio said: \"There is still work to do in Geneva.\n\n\"We will stay here as long as it takes.\""
    first = _direct(nlp, text)[0]
    assert first.text == "There is still work to do in Geneva."


# --- split, partial and naming constructions ---------------------------------------------------------


def test_quote_split_by_attribution_gives_both_parts_the_speaker(nlp):
    text = ("\u201cUkraine is ready for a ceasefire,\u201d Zelensky said after the meeting in Jeddah. "
            "\u201cNow the ball is in Russia\u2019s court.\u201d")
    assert [(q.text, q.speaker) for q in _direct(nlp, text)] == [
        ("Ukraine is ready for a ceasefire,", "volodymyr-zelensky"),
        ("Now the ball is in Russia\u2019s court.", "volodymyr-zelensky")]


def test_quote_split_mid_sentence_gives_both_parts_the_speaker(nlp):
    text = "\u201cWe want peace,\u201d Putin said in Anchorage, \u201cbut not at any price.\u201d"
    assert [(q.text, q.speaker) for q in _direct(nlp, text)] == [
        ("We want peace,", "vladimir-putin"), ("but not at any price.", "vladimir-putin")]


@pytest.mark.parametrize("text, words, speaker", [
    ("Rubio said the talks in Jeddah had been \u201cvery productive\u201d and thanked the Saudi hosts.",
     "very productive", "marco-rubio"),
    ("Witkoff said Putin had agreed to \u201crobust\u201d security guarantees.", "robust", "steve-witkoff"),
    ("Zelensky told reporters Kyiv would only talk if a \u201cfull and unconditional ceasefire\u201d held.",
     "full and unconditional ceasefire", "volodymyr-zelensky"),
])
def test_partial_quote_inside_a_sentence_belongs_to_the_reporting_subject(nlp, text, words, speaker):
    assert _quote(nlp, text, words).speaker == speaker


@pytest.mark.parametrize("text, words, speaker, speaker_text", [
    ("Lavrov met Marco Rubio in Riyadh, and the talks were called \u201cvery useful\u201d by the latter.",
     "very useful", "marco-rubio", "the latter"),
    ("The Kremlin described the Alaska summit as \u201crespectful and constructive\u201d.",
     "respectful and constructive", "RUS", "The Kremlin"),
    ("Trump called the Istanbul meeting \u201ca good start\u201d.", "a good start", "donald-trump", "Trump"),
    ("Andrii Sybiha called it \u201can ultimatum, not a plan\u201d.", "an ultimatum, not a plan",
     "andrii-sybiha", "Andrii Sybiha"),
    ("The talks in Jeddah were described as \"substantive\" by Andriy Yermak.", "substantive",
     "andriy-yermak", "Andriy Yermak"),
])
def test_described_as_and_called_give_the_describer(nlp, text, words, speaker, speaker_text):
    assert _speaker(_quote(nlp, text, words)) == (speaker, speaker_text)


# --- where the attribution stands --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "\u201cThere is no date yet for a summit,\u201d Dmitry Peskov said on Monday.",
    "\u201cThere is no date yet for a summit,\u201d said Dmitry Peskov.",
    "Dmitry Peskov said: \u201cThere is no date yet for a summit.\u201d",
    "Dmitry Peskov told reporters, \u201cThere is no date yet for a summit.\u201d",
    "\u201cThere is no date yet for a summit?\u201d Dmitry Peskov asked.",
])
def test_attribution_before_or_after_the_quote(nlp, text):
    [quote] = _direct(nlp, text)
    assert _speaker(quote) == ("dmitry-peskov", "Dmitry Peskov")


def test_name_and_verb_after_a_quote_are_its_attribution(nlp):
    [quote] = _direct(nlp, "\u201cBig progress made!\u201d Trump posted on Truth Social after the call.")
    assert quote.speaker == "donald-trump"


# --- how the speaker is named ------------------------------------------------------------------------


@pytest.mark.parametrize("text, speaker, speaker_text", [
    ("\u201cThe exchange will take place soon,\u201d Rustem Umerov said.", "rustem-umerov", "Rustem Umerov"),
    ("Rustem Umerov led the delegation. \u201cThe exchange will take place soon,\u201d Umerov said.",
     "rustem-umerov", "Umerov"),
    ("Rustem Umerov led the delegation. \u201cThe exchange will take place soon,\u201d he told reporters.",
     "rustem-umerov", "he"),
    ("Ukraine\u2019s top negotiator Rustem Umerov said: \u201cThe exchange will take place soon.\u201d",
     "rustem-umerov", "Rustem Umerov"),
    ("Maria Zakharova met the press in Moscow. \u201cThe exchange will take place soon,\u201d she said.",
     "maria-zakharova", "she"),
    ("\u201cThe exchange will take place soon,\u201d the Kremlin said in a statement.", "RUS", "the Kremlin"),
])
def test_speaker_is_resolved_to_an_actor(nlp, text, speaker, speaker_text):
    [quote] = _direct(nlp, text)
    assert _speaker(quote) == (speaker, speaker_text)


def test_pronoun_inside_the_quote_is_not_the_speaker(nlp):
    [quote] = _direct(nlp, "Putin spoke on Thursday. \u201cHe is not serious,\u201d Zelensky said.")
    assert quote.speaker == "volodymyr-zelensky"


def test_pronoun_after_a_quoted_person_continues_that_person(nlp):
    text = ("The call was described as \u201cfrank\u201d by Putin aide Yuri Ushakov. "
            "\u201cThe presidents agreed to stay in touch,\u201d he said.")
    assert _quote(nlp, text, "The presidents agreed to stay in touch,").speaker == "yuri-ushakov"


def test_bare_quote_paragraph_takes_the_previous_paragraph_speaker(nlp):
    text = ("\u201cIt was a good conversation,\u201d Zelensky said after the call with Trump.\n\n"
            "\u201cWe agreed to keep working together on air defence.\u201d")
    quote = _quote(nlp, text, "We agreed to keep working together on air defence.")
    assert quote.speaker == "volodymyr-zelensky"


def test_bare_quote_after_reported_speech_takes_its_speaker(nlp):
    text = ("Dmitry Peskov said on Monday that Moscow had received the American proposal.\n\n"
            "\u201cWe are studying it carefully.\u201d")
    assert _quote(nlp, text, "We are studying it carefully.").speaker == "dmitry-peskov"


def test_bare_quote_without_any_speaker_before_it_has_none(nlp):
    text = ("The talks in Istanbul lasted less than two hours.\n\n"
            "\u201cNobody expected a breakthrough in a single day of talks.\u201d")
    assert _speaker(_direct(nlp, text)[0]) == (None, None)


# --- scare quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The so-called \u201cpeace plan\u201d was discussed in Geneva.",
    "The \u201cIstanbul format\u201d could be revived, diplomats believe.",
    "Kyiv rejected Moscow\u2019s \u201cmemorandum\u201d as an ultimatum.",
])
def test_short_scare_quoted_term_is_not_a_quote(nlp, text):
    assert _direct(nlp, text) == []


def test_quoted_title_is_not_a_quote(nlp):
    text = "Rubio, speaking on CBS\u2019s \u201cFace the Nation\u201d, said Washington would not wait."
    assert _direct(nlp, text) == []


def test_longer_scare_quoted_term_is_a_quote_without_speaker(nlp):
    text = "European leaders met in Paris for talks of the \u201ccoalition of the willing\u201d on Thursday."
    assert _speaker(_quote(nlp, text, "coalition of the willing")) == (None, None)


def test_term_of_a_named_author_has_no_speaker(nlp):
    # The term belongs to the proposal's authors; Russia only rejects it.
    text = ("Russia said it would never accept Western troops, rejecting a proposal by Britain and France "
            "to deploy a \u201cmultinational force for Ukraine\u201d after a ceasefire.")
    assert _speaker(_quote(nlp, text, "multinational force for Ukraine")) == (None, None)


def test_term_inside_reported_speech_belongs_to_its_speaker(nlp):
    text = "Putin said Moscow was ready for a deal that would address the \u201croot causes\u201d of the war."
    assert _quote(nlp, text, "root causes").speaker == "vladimir-putin"


# --- indirect speech ---------------------------------------------------------------------------------


def test_indirect_speech_is_the_reported_clause(nlp):
    text = "Kremlin spokesman Dmitry Peskov said Thursday that Moscow was studying the American proposal."
    [quote] = _quotes(nlp, text)
    assert (quote.direct, quote.text, quote.speaker) == (False, "Moscow was studying the American proposal",
                                                         "dmitry-peskov")
    assert text[quote.start: quote.end] == quote.text


@pytest.mark.parametrize("text, clause, speaker", [
    ("Trump told reporters in the Oval Office he would speak to Putin on Tuesday.",
     "he would speak to Putin on Tuesday", "donald-trump"),
    ("Zelensky warned that Russia was preparing a new offensive in the east.",
     "Russia was preparing a new offensive in the east", "volodymyr-zelensky"),
    ("The delegations will meet again in Istanbul next week, Umerov said.",
     "The delegations will meet again in Istanbul next week", "rustem-umerov"),
    # a clause a colon ends introduces the speaker; it is not what they said
    ("Russian senators sounded harsher: Konstantin Kosachev said any deal must be on Moscow's terms.",
     "any deal must be on Moscow's terms", "konstantin-kosachev"),
])
def test_indirect_speech_forms(nlp, text, clause, speaker):
    [quote] = _quotes(nlp, text)
    assert (quote.direct, quote.text, quote.speaker) == (False, clause, speaker)


def test_according_to_a_person_attributes_the_clause(nlp):
    [quote] = _quotes(nlp, "According to Yuri Ushakov, the two presidents discussed a meeting in Budapest.")
    assert (quote.direct, quote.text, quote.speaker) == (
        False, "the two presidents discussed a meeting in Budapest", "yuri-ushakov")


@pytest.mark.parametrize("text", [
    "The call between Putin and Trump lasted more than two hours, according to the Kremlin.",
    "Moscow says a truce will not be possible unless Kyiv stops mobilising.",
    "Russia's TASS news agency reported that the talks had ended.",
])
def test_what_a_state_or_agency_says_is_no_ones_words(nlp, text):
    assert [q for q in _quotes(nlp, text) if not q.direct] == []


def test_verb_with_a_direct_quote_gives_no_indirect_speech(nlp):
    text = "Trump said it had been a \u201cgood day\u201d of negotiations with Moscow."
    assert [(q.direct, q.text) for q in _quotes(nlp, text)] == [(True, "good day")]


def test_speech_reported_within_reported_speech_is_one_record(nlp):
    text = "Peskov said Putin had told Witkoff that Russia wanted a lasting settlement."
    [quote] = _quotes(nlp, text)
    assert (quote.text, quote.speaker) == ("Putin had told Witkoff that Russia wanted a lasting settlement",
                                           "dmitry-peskov")


# --- nothing said ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Trump called Putin on Tuesday.",
    "Witkoff told Putin about the American plan.",
    "Zelensky did not say whether he would travel to Istanbul.",
    "Rubio asked whether Russia would accept the ceasefire.",
    "It was announced that the talks would resume in Geneva.",
    "The talks in Istanbul lasted less than two hours. The delegations agreed to exchange prisoners.",
])
def test_sentence_without_speech_gives_no_quote(nlp, text):
    assert _quotes(nlp, text) == ()


def test_quote_in_a_heading_is_not_read(nlp):
    text = ("Witkoff calls Moscow talks \u201csuperb\u201d after meeting Putin\n\n"
            "The envoy spoke to reporters in Moscow on Saturday.")
    assert _quotes(nlp, text) == ()


def test_quotes_come_in_text_order(nlp):
    text = ("Peskov said the Kremlin was open to talks. \u201cWe are waiting for signals,\u201d he said. "
            "Sybiha said Kyiv would not accept any ultimatum.")
    starts = [q.start for q in _quotes(nlp, text)]
    assert len(starts) == 3 and starts == sorted(starts)


def test_he_said_after_a_quote_is_not_a_name_inside_it(nlp):
    doc = nlp('Zelensky accused Moscow of saying one thing and doing another. '
              '"Putin\'s words are very different from the reality," he said.')
    (quote,) = [q for q in doc._.tw_quotes if q.direct]
    assert quote.speaker == "volodymyr-zelensky"


def test_it_said_after_a_body_named_as_a_subject_is_that_body(extract):
    facts = extract('The White House described the call more warmly. "The leaders agreed that the movement to '
                    'peace will begin with an energy ceasefire," it said.')
    assert [q["speaker"] for q in facts.quotes if q["direct"]] == ["USA"]


def test_a_partial_quote_in_a_sentence_with_he_said_set_in_it_is_his(extract):
    facts = extract('Rubio met Yermak in Geneva. The outstanding differences, he said, were "not insurmountable."')
    assert [(q["text"], q["speaker"]) for q in facts.quotes] == [("not insurmountable.", "marco-rubio")]
