"""talkwatch: an evidence-linked record of peace negotiations, read from the news.

    >>> from talkwatch import Store, ingest, export_data
    >>> store = Store("talks.db")
    >>> ingest(["clippings/"], store).summary()
    'ingested 12, already known 0, failed 0'
    >>> export_data(store)["articles"][0]["outlet"]
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from .errors import InputError, StoreError, TalkwatchError  # noqa: E402
from .export import export, export_data  # noqa: E402
from .ingest import IngestReport, ingest  # noqa: E402
from .models import Article  # noqa: E402
from .store import Store  # noqa: E402

__all__ = [
    "Article",
    "IngestReport",
    "InputError",
    "Store",
    "StoreError",
    "TalkwatchError",
    "__version__",
    "export",
    "export_data",
    "ingest",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
