"""`talkwatch_dates`: date expressions (component.py), their resolution against a
reference date (resolve.py), and the publication date when metadata lacks it (pubdate.py)."""
