"""Place names folded for lookup: accents, case and "the" do not count.

Kept free of imports from talkwatch, so tools/make_places.py can load it from its scratch venv.
"""

from __future__ import annotations

import unicodedata


def fold(name: str | None) -> str:
    """"The Kremlin" -> "kremlin", "Khān Yūnis" -> "khan yunis"."""
    if not name:
        return ""
    text = name.lower()
    if not name.isascii():  # most names are ASCII; the packs fold some 20,000 at load
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace("the ", " ").split())
