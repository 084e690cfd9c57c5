"""Paragraph structure: blank-line blocks, single-line paragraphs, headings, hard wrapping."""

from __future__ import annotations

import pytest

from talkwatch.ingest.paragraphs import PARAGRAPH_SEPARATOR, is_heading, join_paragraphs, split_paragraphs

ONE = "Envoys from Washington and Moscow met in Riyadh on Monday to discuss a pause in fighting at sea."
TWO = "Both delegations called the talks useful and said experts would meet again."


@pytest.mark.parametrize("line", [
    "What the two sides agreed",
    "Russia's conditions for a ceasefire",
    "Why Zelensky can't and won't give up Crimea",
    "30 days without strikes on energy sites",
    "  Kyiv's response  ",
])
def test_headings(line: str) -> None:
    assert is_heading(line)


@pytest.mark.parametrize("line", [
    ONE,  # ends a sentence
    "Is a truce possible?",
    "He called the talks \u201cconstructive.\u201d",
    "Officials said:",
    "the talks went on late into the night",  # lower case: the rest of a sentence
    "In Riyadh, officials said,",
    " ".join(["Word"] * 17),  # too long for a heading
    "",
    "   ",
])
def test_not_headings(line: str) -> None:
    assert not is_heading(line)


def test_blank_lines_separate_paragraphs() -> None:
    assert split_paragraphs(f"{ONE}\n\n{TWO}\n") == [ONE, TWO]


def test_blank_line_with_spaces_separates_paragraphs() -> None:
    assert split_paragraphs(f"{ONE}\n  \t\n{TWO}") == [ONE, TWO]


def test_each_line_of_web_copied_text_is_a_paragraph() -> None:
    assert split_paragraphs(f"{ONE}\n{TWO}\n") == [ONE, TWO]


def test_windows_and_old_mac_line_ends() -> None:
    assert split_paragraphs(f"{ONE}\r\n\r\n{TWO}\r\n") == [ONE, TWO]
    assert split_paragraphs(f"{ONE}\r\r{TWO}\r") == [ONE, TWO]


def test_whitespace_inside_a_paragraph_is_tidied() -> None:
    assert split_paragraphs("  Envoys   met\tin\u00a0Riyadh.  ") == ["Envoys met in Riyadh."]


def test_empty_text_has_no_paragraphs() -> None:
    assert split_paragraphs("\n \n\t\n") == []


def test_heading_stays_a_paragraph_of_its_own() -> None:
    heading = "What the two sides agreed"
    assert split_paragraphs(f"{ONE}\n{heading}\n{TWO}") == [ONE, heading, TWO]


def test_hard_wrapped_block_is_one_paragraph() -> None:
    text = ("Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
            "ceasefire with Russia after more than eight hours of talks with US\n"
            "officials in Jeddah.\n")
    assert split_paragraphs(text) == [
        "Ukraine said on Tuesday it was ready to accept an immediate 30-day ceasefire with Russia"
        " after more than eight hours of talks with US officials in Jeddah."
    ]


def test_lines_of_uneven_length_are_not_taken_for_wrapping() -> None:
    lines = ["Talks in Riyadh", ONE, "A short line.", TWO]
    assert split_paragraphs("\n".join(lines)) == lines


def test_line_cut_mid_sentence_continues_in_the_next() -> None:
    assert split_paragraphs("Officials said the talks in\nthe Saudi capital were useful.") == [
        "Officials said the talks in the Saudi capital were useful."
    ]


def test_sentence_end_then_lower_case_line_stays_apart() -> None:
    # e.g. a name such as "de Mistura" starting the next paragraph
    assert split_paragraphs("The talks ended.\nde Mistura was not present.") == [
        "The talks ended.", "de Mistura was not present."
    ]


def test_two_line_block_is_joined_when_the_text_is_wrapped_at_that_width() -> None:
    text = ("Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
            "ceasefire with Russia after more than eight hours of talks with US\n"
            "officials in Jeddah.\n"
            "\n"
            "Officials said the proposal would now be taken to Moscow and that\n"
            "Russia would have to decide.\n")
    assert split_paragraphs(text)[1] == ("Officials said the proposal would now be taken to Moscow and that"
                                         " Russia would have to decide.")


def test_two_line_block_with_a_short_first_line_stays_two_paragraphs() -> None:
    text = ("Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
            "ceasefire with Russia after more than eight hours of talks with US\n"
            "officials in Jeddah.\n"
            "\n"
            "Next steps\n"
            "Russia would have to decide.\n")
    assert split_paragraphs(text)[1:] == ["Next steps", "Russia would have to decide."]


def test_two_line_block_alone_is_not_taken_for_wrapping() -> None:
    assert split_paragraphs(f"{ONE}\n{TWO}") == [ONE, TWO]


def test_join_uses_a_blank_line_and_drops_empty_paragraphs() -> None:
    assert PARAGRAPH_SEPARATOR == "\n\n"
    assert join_paragraphs([ONE, "", TWO]) == f"{ONE}\n\n{TWO}"


def test_split_then_join_round_trip() -> None:
    text = join_paragraphs([ONE, "What the two sides agreed", TWO])
    assert join_paragraphs(split_paragraphs(text)) == text
