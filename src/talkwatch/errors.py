"""One exception hierarchy for talkwatch.

    TalkwatchError
     ├── InputError      an input (file, record, feed entry, URL) could not be read
     └── StoreError      the store cannot be opened or is not a talkwatch store

Every error renders as one line that names what failed and why, so the CLI can
print it as is instead of a traceback.
"""

from __future__ import annotations


class TalkwatchError(Exception):
    """Base class of every error talkwatch raises on purpose."""


class InputError(TalkwatchError):
    """An input that could not be read: names the input, the record or line, and the reason."""

    def __init__(self, where: str, reason: str, *, line: int | None = None) -> None:
        self.where = where
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        place = f"{self.where}:{self.line}" if self.line is not None else self.where
        return f"{place}: {self.reason}"


class StoreError(TalkwatchError):
    """The store cannot be used: not a talkwatch store, too new a schema, unreachable."""
