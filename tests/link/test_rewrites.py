"""Paraphrased rewrites against independent reports of one event, on articles written for these tests.

A rewrite retells the original's names and numbers in its order and repeats its quotes, if only in
part; two reports of one meeting name the same people but each tells its own facts, quotes and angle.
"""

from __future__ import annotations

import pytest

from talkwatch.link import LinkItem, find_links
from talkwatch.link.duplicates import fact_order, facts, shared_quotes

RIYADH = """Ukrainian and American officials wrapped up a second day of technical talks in Riyadh on Tuesday, focusing on a proposed pause in attacks on shipping in the Black Sea and on energy facilities.

The Ukrainian team was led by Defence Minister Rustem Umerov, who described the meetings as "useful and focused." On the American side, the talks were handled by Michael Anton, a senior State Department official, and Andrew Peek of the National Security Council.

US officials had met a Russian delegation at the Ritz-Carlton hotel in the Saudi capital on Monday. That meeting lasted about 12 hours, according to Russian state media, and was led for Moscow by Grigory Karasin, a former diplomat, and Sergei Beseda, an adviser to the FSB director.

The White House later said both countries had agreed to "ensure safe navigation, eliminate the use of force, and prevent the use of commercial vessels for military purposes" in the Black Sea. The Kremlin added that the deal would take effect only after some Western sanctions on Russian agricultural exports were lifted.

Volodymyr Zelensky said Ukraine would regard any movement of Russian warships outside the eastern Black Sea as a violation. Kyiv has not agreed to any easing of sanctions, he added."""

RIYADH_REWRITE = """Two days of technical negotiations between the United States and Ukraine ended in the Saudi capital on Tuesday, with the discussions centred on halting strikes on Black Sea shipping and on energy sites.

Rustem Umerov, Ukraine's defence minister, headed Kyiv's delegation and called the sessions "useful and focused." Washington was represented by Michael Anton of the State Department and Andrew Peek from the National Security Council.

A day earlier the Americans had held roughly 12 hours of talks with Russian envoys Grigory Karasin and Sergei Beseda at the Ritz-Carlton, Russian state media reported.

According to a White House statement, the two countries committed to "ensure safe navigation, eliminate the use of force, and prevent the use of commercial vessels for military purposes" at sea. Moscow, however, said it would implement the arrangement only once restrictions on its farm exports were removed.

Zelensky warned that Russian warships leaving the eastern part of the Black Sea would be treated as a breach, and said Ukraine had not consented to lifting any sanctions."""

KREMLIN = """The Kremlin said on Friday it had not received any official version of the American peace plan for Ukraine, but that it saw elements in the draft that could form the basis of a settlement.

Dmitry Peskov, President Vladimir Putin's spokesman, told reporters that Moscow had only seen the text in the media. "There have been no substantive discussions yet," Peskov said. "There are some points that we can look at positively."

Putin later told his Security Council that the 28-point document "could be used as the basis for a final peaceful settlement," while accusing Kyiv and its European backers of harbouring illusions about defeating Russia on the battlefield.

The plan, drawn up by US envoy Steve Witkoff and Kremlin negotiator Kirill Dmitriev, calls for Ukraine to cede the rest of the Donetsk region and cap its army at 600,000 troops.

Ukrainian officials have said they will not accept any deal that requires them to give up territory they still control."""

KREMLIN_REWRITE = """Moscow has yet to receive an official copy of Washington's proposal to end the war in Ukraine, the Kremlin said on Friday, though it sees parts of the draft as a possible foundation for peace.

Speaking to journalists, Kremlin spokesman Dmitry Peskov said Russia knew the text only from press reports and that "there have been no substantive discussions yet."

The 28-point plan, which US envoy Steve Witkoff prepared with Russia's Kirill Dmitriev, would require Kyiv to hand over the part of Donetsk it still holds and to limit its armed forces to 600,000.

At a Security Council meeting, Vladimir Putin said the proposal "could be used as the basis for a final peaceful settlement." He said Ukraine and the Europeans were under the illusion that Russia could be beaten militarily."""

ISTANBUL = """Russian and Ukrainian delegations met in Istanbul on Monday for their second round of direct talks, and agreed to exchange all severely wounded prisoners and those under 25, but made no progress towards a ceasefire.

The meeting at the Ciragan Palace lasted a little over an hour. Russia's team was led by presidential aide Vladimir Medinsky, Ukraine's by Defence Minister Rustem Umerov.

Medinsky said Russia would also hand over the bodies of 6,000 Ukrainian soldiers. He said Moscow had offered a two- to three-day truce in some sections of the front so that the dead could be collected.

Umerov said Ukraine had proposed a further meeting before the end of June and had given the Russian side a list of children it says were deported. "We are ready to continue, but we need results, not theatre," Umerov said.

Turkish Foreign Minister Hakan Fidan, who opened the session, said the world was watching."""

ISTANBUL_OTHER = """The second round of direct peace talks between Russia and Ukraine ended in Istanbul on Monday after about an hour, with both sides handing over written proposals for ending the war that remained far apart.

Russia's memorandum demanded that Ukraine withdraw from four regions Moscow claims and accept limits on its army, according to a copy published by Russian media. Kyiv's proposal called for a full ceasefire of at least 30 days as a first step.

Vladimir Medinsky, who led the Russian delegation, told reporters that the two sides had agreed on a new prisoner exchange covering the young and the seriously wounded. "This will be the largest exchange so far," he said.

Ukraine's Rustem Umerov said the Russian memorandum would be studied, but added: "What Russia calls a memorandum is an ultimatum."

President Volodymyr Zelensky, speaking in Vilnius, called the Russian document worthless."""

MOSCOW = """Vladimir Putin received US envoy Steve Witkoff and Jared Kushner at the Kremlin on Tuesday evening for talks that ran for almost five hours, but the two sides did not agree on a compromise over territory.

Yuri Ushakov, Putin's foreign policy adviser, said after the meeting that some American proposals were acceptable to Moscow while others were not. "No compromise version has been chosen yet," Ushakov told reporters. He said the conversation had been "useful, constructive and substantive."

Kirill Dmitriev, the head of Russia's sovereign wealth fund, also took part.

Ushakov said the two sides had agreed not to disclose the details and that contacts would continue."""

MOSCOW_OTHER = """Hours before sitting down with Donald Trump's envoys on Tuesday, Vladimir Putin accused European governments of sabotaging the peace effort and said Russia was prepared to fight Europe if it came to that.

"We are not planning to go to war with Europe, but if Europe wants to and starts, we are ready right now," Putin told an investment forum in Moscow. He said the Europeans had added demands to the US plan that they knew Russia would reject.

The remarks cast a shadow over his meeting at the Kremlin with Steve Witkoff and Jared Kushner, which stretched late into the night. Kirill Dmitriev, Putin's investment envoy, had met the Americans on their arrival.

In Dublin, Volodymyr Zelensky said he was waiting for a report from Washington on what Putin had said. "Everything depends on what signals come from Moscow," he said."""



def link(original: str, other: str) -> dict[str, str]:
    return find_links([LinkItem("a", original, "2025-03-25", "Harbor Wire", 0),
                       LinkItem("b", other, "2025-03-26", "Coastal Daily", 1)], embeddings=False).rewrite_of


@pytest.mark.parametrize(("original", "rewrite"), [(RIYADH, RIYADH_REWRITE), (KREMLIN, KREMLIN_REWRITE)])
def test_a_paraphrase_without_attribution_is_a_rewrite(original: str, rewrite: str) -> None:
    assert link(original, rewrite) == {"b": "a"}


@pytest.mark.parametrize(("report", "other"), [(ISTANBUL, ISTANBUL_OTHER), (MOSCOW, MOSCOW_OTHER)])
def test_two_reports_of_one_meeting_with_their_own_quotes_are_no_rewrite(report: str, other: str) -> None:
    assert link(report, other) == {}


def test_facts_are_names_and_numbers_at_first_mention_not_sentence_openers() -> None:
    assert facts("Talks in Geneva lasted 4 hours. Rubio said Geneva's hosts and NATO helped; 600,000 troops.") \
        == ["geneva", "4", "nato", "600000"]


def test_fact_order_counts_the_facts_told_in_the_same_order() -> None:
    assert fact_order(["rubio", "geneva", "28", "yermak"], ["rubio", "geneva", "28", "yermak"]) == 1.0
    assert fact_order(["rubio", "geneva", "28", "yermak"], ["yermak", "28", "geneva", "rubio"]) == 0.25
    assert fact_order(["rubio", "geneva"], []) == 0.0


def test_a_quote_repeated_in_part_is_shared() -> None:
    original = {"this has been the most productive and meaningful day we have had so far"}
    assert shared_quotes(original, {"the most productive and meaningful day we have had"}) == 1
    assert shared_quotes(original, {"a productive day, but much remains to be done"}) == 0
