"""`talkwatch_quotes`: quotation marks (quotemarks.py), speech verbs (speech.py),
speakers (attribution.py) and indirect speech (reported.py)."""
