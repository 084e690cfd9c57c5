"""Bylines, datelines and copyright lines: the outlet and authors they name, taken out of the text."""

from __future__ import annotations

import datetime as dt

import pytest

from talkwatch.ingest.credits import canonical_outlet, strip_credits
from talkwatch.ingest.published import dateline_published

BODY = "Envoys from Washington and Moscow met in Riyadh on Monday to discuss a pause in fighting at sea."
MORE = "Both delegations called the talks useful and said experts would meet again."


@pytest.mark.parametrize(("written", "canonical"), [
    ("CNN", "CNN"),
    ("BBC News", "BBC"),
    ("Bloomberg L.P.", "Bloomberg"),
    ("Bloomberg LP", "Bloomberg"),
    ("AP", "Associated Press"),
    ("The Associated Press", "Associated Press"),
    ("reuters", "Reuters"),
    ("Thomson Reuters", "Reuters"),
])
def test_known_outlets_by_their_canonical_name(written: str, canonical: str) -> None:
    assert canonical_outlet(written) == canonical


@pytest.mark.parametrize(("written", "tidied"), [
    ("Capital Ledger Ltd.", "Capital Ledger"),
    ("Harbor Wire Inc.", "Harbor Wire"),
    ("Northline Review. All rights reserved.", "Northline Review"),
    ("  Danube Courier  ", "Danube Courier"),
])
def test_unknown_outlets_as_written_without_legal_suffix(written: str, tidied: str) -> None:
    assert canonical_outlet(written) == tidied


def test_byline_with_two_authors_and_outlet() -> None:
    credits = strip_credits(["By Mira Holt and Dan Ortega, CNN", BODY])
    assert (credits.outlet, credits.paragraphs) == ("CNN", [BODY])
    assert credits.authors == ["Mira Holt", "Dan Ortega"]


def test_byline_with_three_authors() -> None:
    credits = strip_credits(["By Mira Holt, Dan Ortega and Ana Pop, Reuters", BODY])
    assert credits.authors == ["Mira Holt", "Dan Ortega", "Ana Pop"]
    assert credits.outlet == "Reuters"


def test_byline_without_outlet_gives_authors_only() -> None:
    credits = strip_credits(["By Mira Holt", BODY])
    assert (credits.outlet, credits.authors, credits.paragraphs) == (None, ["Mira Holt"], [BODY])


def test_sentence_starting_with_by_is_no_byline() -> None:
    sentence = "By Monday evening the delegations had agreed on a text."
    credits = strip_credits([sentence, MORE])
    assert (credits.outlet, credits.authors, credits.paragraphs) == (None, [], [sentence, MORE])


def test_outlet_dateline_is_removed() -> None:
    credits = strip_credits([f"(CNN) \u2014 {BODY}", MORE])
    assert (credits.outlet, credits.paragraphs) == ("CNN", [BODY, MORE])


def test_place_and_agency_dateline_is_removed() -> None:
    credits = strip_credits([f"KYIV, Ukraine (AP) \u2014 {BODY}"])
    assert (credits.outlet, credits.paragraphs) == ("Associated Press", [BODY])


def test_dateline_with_a_plain_hyphen() -> None:
    credits = strip_credits([f"MOSCOW (Reuters) - {BODY}"])
    assert (credits.outlet, credits.paragraphs) == ("Reuters", [BODY])


def test_place_only_dateline_is_removed_without_an_outlet() -> None:
    credits = strip_credits([f"WASHINGTON \u2014 {BODY}"])
    assert (credits.outlet, credits.paragraphs) == (None, [BODY])


def test_byline_outlet_wins_over_dateline_outlet() -> None:
    credits = strip_credits(["By Mira Holt, Harbor Wire", f"(Reuters) \u2014 {BODY}"])
    assert (credits.outlet, credits.paragraphs) == ("Harbor Wire", [BODY])


def test_parenthesis_later_in_the_first_paragraph_is_no_dateline() -> None:
    text = "Envoys met in Riyadh (Saudi Arabia) on Monday."
    assert strip_credits([text]).paragraphs == [text]


@pytest.mark.parametrize("line", [
    "\u00a92025 Bloomberg L.P.",
    "\u00a9 2025 Bloomberg L.P. All rights reserved.",
    "Copyright 2025 Bloomberg",
    "(c) 2024-2025 Bloomberg LP",
])
def test_copyright_last_line_names_the_outlet(line: str) -> None:
    credits = strip_credits([BODY, MORE, line])
    assert (credits.outlet, credits.paragraphs) == ("Bloomberg", [BODY, MORE])


def test_copyright_line_does_not_override_an_outlet_already_named() -> None:
    credits = strip_credits([f"(CNN) \u2014 {BODY}", "\u00a92025 Bloomberg L.P."])
    assert (credits.outlet, credits.paragraphs) == ("CNN", [BODY])


def test_sign_off_and_copyright_at_the_end_are_removed() -> None:
    credits = strip_credits([BODY, "(Reporting by Mira Holt; Editing by Dan Ortega)", "\u00a9 2025 Reuters"])
    assert (credits.outlet, credits.paragraphs) == ("Reuters", [BODY])


def test_long_last_paragraph_is_kept() -> None:
    last = ("Copyright disputes over the minerals deal were not discussed, officials said, although both "
            "sides had raised them in earlier rounds of talks that month.")
    assert strip_credits([BODY, last]).paragraphs == [BODY, last]


def test_strip_credits_does_not_change_its_argument() -> None:
    given = ["By Mira Holt, CNN", f"(CNN) \u2014 {BODY}", "\u00a92025 CNN"]
    strip_credits(given)
    assert given == ["By Mira Holt, CNN", f"(CNN) \u2014 {BODY}", "\u00a92025 CNN"]


def test_text_without_credits_is_unchanged() -> None:
    credits = strip_credits([BODY, MORE])
    assert (credits.outlet, credits.authors, credits.paragraphs) == (None, [], [BODY, MORE])


def test_a_dateline_with_a_year_dates_the_article() -> None:
    credits = strip_credits(["KYIV, March 11, 2025 (Reuters) - Ukraine accepted the US proposal."])
    assert (credits.published, credits.published_inferred) == ("2025-03-11", False)
    assert credits.paragraphs == ["Ukraine accepted the US proposal."]


def test_a_dateline_after_a_headline_is_read_and_removed() -> None:
    credits = strip_credits(["Talks end in Geneva", "GENEVA, Nov 23 (Reuters) - Negotiators ended talks on Sunday."])
    assert credits.outlet == "Reuters" and credits.paragraphs == ["Talks end in Geneva", "Negotiators ended talks on Sunday."]
    day = dt.date.fromisoformat(credits.published)
    assert (day.month, day.day, day.weekday(), credits.published_inferred) == (11, 23, 6, True)


@pytest.mark.parametrize(("lead", "published"), [
    ("Negotiators ended talks on Sunday.", "2025-11-23"),  # 23 November 2025 was a Sunday
    ("Negotiators met on Thursday.", "2023-11-23"),  # a Thursday; in 2024 a Saturday, two days after
    ("Negotiators met in Geneva.", "2026-11-23"),  # no weekday: the latest year
])
def test_a_dateline_without_a_year_takes_the_year_its_weekdays_fit(lead: str, published: str) -> None:
    assert dateline_published("Nov 23", lead, dt.date(2026, 12, 1)) == (published, True)


def test_a_dateline_date_that_does_not_exist_dates_nothing() -> None:
    assert dateline_published("Feb 30", "on Sunday", dt.date(2026, 12, 1)) is None


def test_metadata_date_wins_over_the_dateline() -> None:
    credits = strip_credits(["KYIV, Nov 23 (Reuters) - Ukraine accepted the US proposal."])
    assert credits.dates("2025-11-24") == {"published": "2025-11-24"}


# --- datelines without an agency ---------------------------------------------------------------


@pytest.mark.parametrize(("dateline", "month_day", "inferred"), [
    ("MOSCOW, Dec 2 - ", (12, 2), True),
    ("KYIV, Ukraine, March 11 \u2014 ", (3, 11), True),
    ("Moscow, Dec. 2 \u2014 ", (12, 2), True),
    ("LONDON, 14 March 2025 \u2013 ", (3, 14), False),
    ("WASHINGTON, Dec 2, 2025 -- ", (12, 2), False),
])
def test_a_dateline_with_a_date_and_no_agency_dates_the_article(dateline: str, month_day: tuple[int, int],
                                                                inferred: bool) -> None:
    credits = strip_credits([dateline + BODY, MORE])
    day = dt.date.fromisoformat(credits.published)
    assert ((day.month, day.day), credits.published_inferred, credits.outlet) == (month_day, inferred, None)
    assert credits.paragraphs == [BODY, MORE]


def test_a_dateline_without_an_agency_takes_its_year_from_the_weekdays() -> None:
    credits = strip_credits(["MOSCOW, Dec 2 - Envoys held talks at the Kremlin on Tuesday."])
    assert (credits.published, credits.published_inferred) == ("2025-12-02", True)  # a Tuesday in 2025


def test_a_dateline_without_an_agency_after_a_headline_is_read_and_removed() -> None:
    credits = strip_credits(["Envoys meet in Moscow", f"MOSCOW, Dec 2 - {BODY}"])
    assert credits.paragraphs == ["Envoys meet in Moscow", BODY]
    assert credits.published is not None


@pytest.mark.parametrize("dateline", ["ANCHORAGE, Alaska - ", "WASHINGTON, D.C. \u2014 ", "WINSTON-SALEM, N.C. - "])
def test_a_place_only_dateline_with_any_dash_is_removed_and_dates_nothing(dateline: str) -> None:
    credits = strip_credits([dateline + BODY])
    assert (credits.published, credits.paragraphs) == (None, [BODY])


@pytest.mark.parametrize("sentence", [
    "Moscow, however, said the proposal needed more work before any meeting.",
    "MOSCOW, which has rejected a truce, sent its envoy to Riyadh on Monday.",
    "Kyiv, March 3 talks aside, has seen little progress since the winter.",
    "On Tuesday, March 3 - the day after the talks - both sides fired drones.",
    "Talks in Geneva, Nov 23 - Envoys from both sides met again.",
])
def test_a_sentence_opening_with_a_name_and_a_comma_is_no_dateline(sentence: str) -> None:
    credits = strip_credits([sentence])
    assert (credits.published, credits.paragraphs) == (None, [sentence])


def test_a_byline_and_time_stamp_under_a_headline_are_credits_and_the_headline_the_title() -> None:
    credits = strip_credits(["Envoys meet in Riyadh", "By Anna Petrova and Mark Jones",
                             "Updated 10:32 AM EDT, Tue March 25, 2025", BODY, MORE])
    assert (credits.title, credits.authors, credits.published, credits.published_inferred) == (
        "Envoys meet in Riyadh", ["Anna Petrova", "Mark Jones"], "2025-03-25", False)
    assert credits.paragraphs == ["Envoys meet in Riyadh", BODY, MORE]


@pytest.mark.parametrize(("line", "published"), [
    ("Published 26 March 2025", "2025-03-26"),
    ("Wed 26 Mar 2025 14.05 GMT", "2025-03-26"),
    ("March 26, 2025 10:32 AM", "2025-03-26"),
])
def test_a_time_stamp_line_dates_the_article(line: str, published: str) -> None:
    credits = strip_credits(["Envoys meet in Riyadh", line, BODY])
    assert (credits.published, credits.paragraphs) == (published, ["Envoys meet in Riyadh", BODY])


@pytest.mark.parametrize("line", ["Talks resumed on March 26, 2025", "The talks on March 26, 2025 were tense"])
def test_a_headline_with_a_date_is_no_time_stamp(line: str) -> None:
    credits = strip_credits(["Envoys meet in Riyadh", line, BODY])
    assert (credits.published, credits.title) == (None, None) and line in credits.paragraphs


def test_a_copied_page_s_furniture_is_taken_out() -> None:
    credits = strip_credits(["Share", "Advertisement", BODY, "READ MORE: What the deal says",
                             "Photo: Envoys arrive in Riyadh. (AP Photo)", MORE, "Read more about the talks here."])
    assert credits.paragraphs == [BODY, MORE, "Read more about the talks here."]
