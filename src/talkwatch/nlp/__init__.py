"""The NLP pass: one spaCy pipeline (pipeline.py) whose components each read one
thing off a parsed article, in this order:

    talkwatch_paragraphs   paragraphs.py   paragraph breaks are sentence breaks
    talkwatch_names        (entity ruler)  the packs' names, ahead of the NER
    talkwatch_repairs      repairs.py      one systematic parse error mended
    talkwatch_actors       actors/         who is mentioned, with side and role
    talkwatch_dates        dates/          date expressions, resolved later
    talkwatch_quotes       quotes/         direct and indirect speech, with speakers
    talkwatch_events       events/         who did what to whom, where, when
    talkwatch_positions    positions/      each party's stance on each issue

Each component's package has the same shape: `component.py` holds the spaCy
component, the other modules what it reads with. factories.py registers them
all; mentions.py holds the records they leave on a Doc; words.py and tense.py
are shared readings of the parse; base.py is their common base class.
"""
