"""The readers, one input format each: what they take from an input and what they leave out.

Every article text here was written for these tests; the events are real 2025 ones.
"""

from __future__ import annotations

import json

from talkwatch.ingest.feeds import read_feed
from talkwatch.ingest.html import read_html
from talkwatch.ingest.jsonl import read_jsonl
from talkwatch.ingest.text import read_text

BODY = "Envoys from Washington and Moscow met in Riyadh on Monday to discuss a pause in fighting at sea."
MORE = "Both delegations called the talks useful and said experts would meet again."


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- plain text and Markdown ------------------------------------------------------------------


def test_front_matter_fields() -> None:
    article = read_text(
        "---\n"
        "title: Delegations meet in Istanbul\n"
        "outlet: Harbor Wire\n"
        "published: 2025-05-16\n"
        "url: https://harborwire.example.org/2025/05/16/istanbul\n"
        "author: Lena Ortiz and Pavel Grin\n"
        "---\n"
        "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks.\n",
        "istanbul.txt",
    )
    assert article.title == "Delegations meet in Istanbul"
    assert article.outlet == "Harbor Wire"
    assert article.published == "2025-05-16"
    assert article.url == "https://harborwire.example.org/2025/05/16/istanbul"
    assert article.authors == ["Lena Ortiz", "Pavel Grin"]
    assert article.source == "istanbul.txt"
    assert article.text == ("Russian and Ukrainian delegations met in Istanbul on Friday"
                            " for their first direct talks.")


def test_front_matter_outlet_alias_is_canonical() -> None:
    article = read_text(f"---\noutlet: BBC News\n---\n{BODY}\n", "a.txt")
    assert article.outlet == "BBC"


def test_date_marker_on_the_first_line_is_the_published_date_and_leaves_the_text() -> None:
    article = read_text(f" date 2025-03-08 {BODY}\n\n{MORE}\n", "a.txt")
    assert article.published == "2025-03-08"
    assert paragraphs(article.text) == [BODY, MORE]


def test_date_marker_followed_by_byline_both_leave_the_text() -> None:
    article = read_text(f" date 2025-03-24 By Mira Holt and Dan Ortega, CNN\n\n{BODY}\n\n{MORE}\n", "a.txt")
    assert article.published == "2025-03-24"
    assert article.outlet == "CNN"
    assert article.authors == ["Mira Holt", "Dan Ortega"]
    assert paragraphs(article.text) == [BODY, MORE]


def test_a_dateline_after_the_headline_dates_the_article_and_names_the_outlet() -> None:
    article = read_text(f"Talks end in Geneva\n\nGENEVA, November 23, 2025 (Reuters) - {BODY}\n\n{MORE}\n", "a.txt")
    assert (article.published, article.published_inferred, article.outlet) == ("2025-11-23", False, "Reuters")
    assert article.text == f"Talks end in Geneva\n\n{BODY}\n\n{MORE}"


def test_a_dateline_without_an_agency_after_the_headline_dates_the_article() -> None:
    article = read_text("---\noutlet: Plains Courier\ntitle: Envoys meet in Moscow\n---\nEnvoys meet in Moscow\n\n"
                        "MOSCOW, Dec 2 - Envoys held talks at the Kremlin on Tuesday.\n\n" + MORE, "a.txt")
    assert (article.published, article.published_inferred) == ("2025-12-02", True)
    assert article.text == f"Envoys meet in Moscow\n\nEnvoys held talks at the Kremlin on Tuesday.\n\n{MORE}"


def test_a_place_only_dateline_leaves_the_text_and_no_date() -> None:
    article = read_text(f"ANCHORAGE, Alaska - {BODY}\n", "a.txt")
    assert (article.published, article.text) == (None, BODY)


def test_front_matter_date_wins_over_the_marker() -> None:
    article = read_text(f"---\npublished: 2025-03-09\n---\n date 2025-03-08 {BODY}\n", "a.txt")
    assert article.published == "2025-03-09"
    assert article.text == BODY


def test_byline_gives_outlet_and_authors() -> None:
    article = read_text(f"By Mira Holt and Dan Ortega, Harbor Wire\n\n{BODY}\n", "a.txt")
    assert article.outlet == "Harbor Wire"
    assert article.authors == ["Mira Holt", "Dan Ortega"]
    assert article.text == BODY


def test_outlet_dateline_gives_outlet_and_leaves_the_text() -> None:
    article = read_text(f"(CNN) \u2014 {BODY}\n\n{MORE}\n", "a.txt")
    assert article.outlet == "CNN"
    assert paragraphs(article.text) == [BODY, MORE]


def test_place_and_agency_dateline_gives_outlet_and_leaves_the_text() -> None:
    article = read_text(f"KYIV, Ukraine (AP) \u2014 {BODY}\n", "a.txt")
    assert article.outlet == "Associated Press"
    assert article.text == BODY


def test_copyright_last_line_gives_outlet_and_leaves_the_text() -> None:
    article = read_text(f"{BODY}\n\n{MORE}\n\n\u00a92025 Bloomberg L.P.\n", "a.txt")
    assert article.outlet == "Bloomberg"
    assert paragraphs(article.text) == [BODY, MORE]
    assert "\u00a9" not in article.text


def test_markdown_title_heading_is_the_title() -> None:
    article = read_text(f"# Putin and Trump speak for two hours\n\n{BODY}\n", "a.md", markdown=True)
    assert article.title == "Putin and Trump speak for two hours"
    assert article.text == BODY


def test_markdown_subheadings_stay_paragraphs_of_their_own() -> None:
    article = read_text(f"# Title\n\n{BODY}\n\n## What comes next\n\n{MORE}\n", "a.md", markdown=True)
    assert paragraphs(article.text) == [BODY, "What comes next", MORE]


def test_markdown_links_and_emphasis_are_plain_text() -> None:
    article = read_text("Talks in **Riyadh** were [called useful](https://x.example.org) by _both_ sides.\n",
                        "a.md", markdown=True)
    assert article.text == "Talks in Riyadh were called useful by both sides."


def test_heading_line_in_a_text_stays_a_paragraph_of_its_own() -> None:
    # Single-newline paragraphs, as text copied from a web page comes.
    article = read_text(f"{BODY}\nWhat the two sides agreed\n{MORE}\n", "a.txt")
    assert paragraphs(article.text) == [BODY, "What the two sides agreed", MORE]


def test_stored_paragraphs_are_separated_by_a_blank_line() -> None:
    article = read_text(f"{BODY}\n\n\n\n{MORE}\n", "a.txt")
    assert article.text == f"{BODY}\n\n{MORE}"


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    wrapped = (
        "Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
        "ceasefire with Russia after more than eight hours of talks with US\n"
        "officials in the Saudi city of Jeddah, a step Washington welcomed.\n"
        "\n"
        "The joint statement said the truce could be extended by consent and\n"
        "would take effect once Moscow had accepted it and applied it too.\n"
        "Russia did not respond immediately.\n"
    )
    article = read_text(wrapped, "a.txt")
    assert paragraphs(article.text) == [
        "Ukraine said on Tuesday it was ready to accept an immediate 30-day ceasefire with Russia after"
        " more than eight hours of talks with US officials in the Saudi city of Jeddah,"
        " a step Washington welcomed.",
        "The joint statement said the truce could be extended by consent and would take effect once Moscow"
        " had accepted it and applied it too. Russia did not respond immediately.",
    ]


def test_two_line_paragraph_of_a_hard_wrapped_text_is_joined() -> None:
    # Both continuations start with a capital ("Kyiv", "Russia"), so only the
    # width the rest of the text was wrapped at tells them from new paragraphs.
    wrapped = (
        "Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
        "ceasefire with Russia after more than eight hours of talks with US\n"
        "officials in the Saudi city of Jeddah, a step Washington welcomed.\n"
        "\n"
        "In return, the United States said it would resume aid to and share\n"
        "Kyiv intelligence again.\n"
        "\n"
        "Officials said the proposal would now be taken to Moscow and that\n"
        "Russia would have to decide.\n"
    )
    article = read_text(wrapped, "a.txt")
    assert paragraphs(article.text)[1:] == [
        "In return, the United States said it would resume aid to and share Kyiv intelligence again.",
        "Officials said the proposal would now be taken to Moscow and that Russia would have to decide.",
    ]


def test_heading_of_a_hard_wrapped_text_stays_a_paragraph() -> None:
    wrapped = (
        "Ukraine said on Tuesday it was ready to accept an immediate 30-day\n"
        "ceasefire with Russia after more than eight hours of talks with US\n"
        "officials in the Saudi city of Jeddah, a step Washington welcomed.\n"
        "\n"
        "What the two sides agreed\n"
        "The truce could be extended by consent, the statement said.\n"
    )
    article = read_text(wrapped, "a.txt")
    assert paragraphs(article.text)[1:] == [
        "What the two sides agreed",
        "The truce could be extended by consent, the statement said.",
    ]


def test_line_cut_mid_sentence_is_joined_to_the_next() -> None:
    article = read_text("In return, the United States said it would lift its pause on military\n"
                        "aid and intelligence sharing with Kyiv.\n", "a.txt")
    assert article.text == ("In return, the United States said it would lift its pause on military"
                            " aid and intelligence sharing with Kyiv.")


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Envoys meet in Riyadh | Harbor Wire</title>
<meta property="og:site_name" content="Harbor Wire">
<meta property="og:title" content="Envoys meet in Riyadh">
{published}
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience.
Accept all cookies to keep browsing.</p><button>Accept</button></div>
<main>
<article>
<h1>Envoys meet in Riyadh</h1>
<p>American and Russian delegations sat down in Riyadh on Monday for technical talks about a pause in
fighting at sea, officials from both sides said.</p>
<p>The meeting in the Saudi capital followed a separate session with a Ukrainian team the day before,
and a statement was expected once it ended.</p>
<p>Neither delegation gave details of the proposals on the table, but both described the mood as
businesslike and said more rounds would follow.</p>
</article>
</main>
<footer><p>Subscribe to our newsletter for daily updates.</p>{copyright}
<p>Contact us | Privacy policy</p></footer>
</body>
</html>
"""
PUBLISHED_META = '<meta property="article:published_time" content="2025-03-24T09:30:00+03:00">'
BOILERPLATE = ("Home", "Sport", "cookies", "Accept", "newsletter", "Contact us", "Privacy policy",
               "All rights reserved")


def page(*, published: str = PUBLISHED_META, copyright: str = "") -> str:
    return PAGE.format(published=published, copyright=copyright)


def test_html_keeps_only_the_article_paragraphs() -> None:
    article = read_html(page(), "page.html")
    text = article.text
    assert "American and Russian delegations sat down in Riyadh on Monday" in text
    assert "both described the mood as businesslike and said more rounds would follow." in text
    for words in BOILERPLATE:
        assert words not in text, words


def test_html_paragraphs_are_separate_and_unwrapped() -> None:
    article = read_html(page(), "page.html")
    body = [p for p in paragraphs(article.text) if p != "Envoys meet in Riyadh"]
    assert len(body) == 3
    assert all("\n" not in p for p in body)


def test_html_site_name_is_the_outlet() -> None:
    assert read_html(page(), "page.html").outlet == "Harbor Wire"


def test_html_published_from_meta() -> None:
    assert read_html(page(), "page.html").published == "2025-03-24"


def test_html_title() -> None:
    assert read_html(page(), "page.html").title == "Envoys meet in Riyadh"


def test_html_source_is_the_url_when_fetched() -> None:
    article = read_html(page(), "page.html", url="https://harborwire.example.org/riyadh")
    assert article.source == article.url == "https://harborwire.example.org/riyadh"


def test_html_copyright_year_is_no_publication_date() -> None:
    article = read_html(page(published="", copyright="<p>\u00a9 2024 Harbor Wire. All rights reserved.</p>"),
                        "page.html")
    assert article.published is None


# --- JSON Lines -----------------------------------------------------------------------------


def jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(r) for r in records) + "\n"


def test_jsonl_text_outlet_published_url() -> None:
    [article] = read_jsonl(jsonl({"title": "Talks at sea", "text": BODY, "outlet": "Reuters",
                                  "published": "2025-03-24", "url": "https://a.example.org/1"}), "dump.jsonl")
    assert (article.text, article.title) == (BODY, "Talks at sea")
    assert (article.outlet, article.published) == ("Reuters", "2025-03-24")
    assert article.url == "https://a.example.org/1"


def test_jsonl_record_with_url_has_the_url_as_source() -> None:
    [article] = read_jsonl(jsonl({"text": BODY, "url": "https://a.example.org/1"}), "dump.jsonl")
    assert article.source == "https://a.example.org/1"


def test_jsonl_record_without_url_has_the_file_as_source() -> None:
    [article] = read_jsonl(jsonl({"text": BODY}), "dump.jsonl")
    assert article.source == "dump.jsonl"


def test_jsonl_content_source_and_date_keys() -> None:
    record = {"content": BODY, "source": "Westbrook Times", "date": "2025-05-17"}
    [article] = read_jsonl(jsonl(record), "d.jsonl")
    assert (article.text, article.outlet, article.published) == (BODY, "Westbrook Times", "2025-05-17")


def test_jsonl_body_key_without_outlet_or_date() -> None:
    [article] = read_jsonl(jsonl({"body": BODY, "title": "At the White House"}), "d.jsonl")
    assert (article.text, article.title) == (BODY, "At the White House")
    assert (article.outlet, article.published) == (None, None)


def test_jsonl_reads_every_line() -> None:
    articles = list(read_jsonl(jsonl({"text": BODY}, {"content": MORE}), "d.jsonl"))
    assert [a.text for a in articles] == [BODY, MORE]


# --- RSS and Atom ---------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbor Wire - World</title>
<link>https://harborwire.example.org/</link>
<description>World news</description>
<item>
<title>Delegations meet in Istanbul</title>
<link>https://harborwire.example.org/2025/05/16/istanbul</link>
<pubDate>{pub_date}</pubDate>
<dc:creator>Lena Ortiz</dc:creator>
<description>Teaser: talks in Istanbul.</description>
<content:encoded><![CDATA[<p>Russian and Ukrainian delegations met in Istanbul on Friday for their first
direct talks since 2022.</p><p>The two sides agreed to exchange a thousand prisoners of war each,
Turkish officials said.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""
RSS_PARAGRAPHS = [
    "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022.",
    "The two sides agreed to exchange a thousand prisoners of war each, Turkish officials said.",
]

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Danube Courier</title>
<id>urn:uuid:6c1f0e52-0000-4000-8000-000000000001</id>
<updated>2025-04-26T12:00:00Z</updated>
<entry>
<title>Leaders meet at the Vatican</title>
<link href="https://danubecourier.example.org/2025/04/26/vatican"/>
<id>urn:uuid:6c1f0e52-0000-4000-8000-000000000002</id>
<updated>2025-04-26T12:00:00Z</updated>
<published>2025-04-26T11:00:00Z</published>
<author><name>Ines Vogel</name></author>
<summary>Short meeting.</summary>
<content type="html">&lt;p&gt;Donald Trump and Volodymyr Zelensky spoke briefly inside St Peter's Basilica
before the funeral of Pope Francis.&lt;/p&gt;
&lt;p&gt;Both sides called the conversation productive.&lt;/p&gt;</content>
</entry>
</feed>
"""


def rss(pub_date: str = "Fri, 16 May 2025 18:00:00 +0000") -> bytes:
    return RSS.format(pub_date=pub_date).encode("utf-8")


def test_rss_uses_full_content_encoded() -> None:
    [article] = read_feed(rss(), "feed.rss")
    assert paragraphs(article.text) == RSS_PARAGRAPHS
    assert "Teaser" not in article.text


def test_rss_entry_metadata() -> None:
    [article] = read_feed(rss(), "feed.rss")
    assert article.title == "Delegations meet in Istanbul"
    assert article.outlet == "Harbor Wire"
    assert article.published == "2025-05-16"
    assert article.authors == ["Lena Ortiz"]


def test_feed_entry_source_is_its_link() -> None:
    [article] = read_feed(rss(), "feed.rss")
    assert article.source == article.url == "https://harborwire.example.org/2025/05/16/istanbul"


def test_rss_published_is_the_publisher_s_own_date() -> None:
    # 01:30 in Kyiv is still the evening before in UTC; the date is the one the feed gives.
    [article] = read_feed(rss("Fri, 16 May 2025 01:30:00 +0300"), "feed.rss")
    assert article.published == "2025-05-16"


def test_atom_entry() -> None:
    [article] = read_feed(ATOM.encode("utf-8"), "feed.atom")
    assert paragraphs(article.text) == [
        "Donald Trump and Volodymyr Zelensky spoke briefly inside St Peter's Basilica"
        " before the funeral of Pope Francis.",
        "Both sides called the conversation productive.",
    ]
    assert article.source == "https://danubecourier.example.org/2025/04/26/vatican"
    assert article.title == "Leaders meet at the Vatican"
    assert (article.outlet, article.published) == ("Danube Courier", "2025-04-26")
    assert article.authors == ["Ines Vogel"]
