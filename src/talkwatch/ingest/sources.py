"""What the user pointed at: files, directories, URLs and standard input,
expanded into single inputs and loaded within the size limit."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .formats import EXTENSIONS, format_of
from .sizes import human_size
from .web import fetch

STDIN = "-"
DEFAULT_MAX_BYTES = 20 * 1000 * 1000


@dataclass(frozen=True)
class Input:
    """One thing to read: a file, a URL, or standard input."""

    name: str  # as shown to the user and stored as the article's source

    @property
    def is_url(self) -> bool:
        return self.name.lower().startswith(("http://", "https://"))

    @property
    def is_stdin(self) -> bool:
        return self.name == STDIN


@dataclass
class Loaded:
    name: str
    data: bytes
    format: str
    url: str | None = None


# Files that sit beside a collection without being part of it; read only when named.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notice")


def _is_readable_file(path: Path) -> bool:
    return (path.suffix.lower() in EXTENSIONS and not path.name.startswith(".")
            and not path.stem.lower().startswith(NOT_ARTICLES))


def _walk(directory: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in sorted(files) if _is_readable_file(Path(f)))
    return found


def expand(items: Sequence[str]) -> Iterator[Input | InputError]:
    """Single inputs for each item given: directories are searched recursively by file type."""
    for item in items:
        if item == STDIN or item.lower().startswith(("http://", "https://")):
            yield Input(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = _walk(path)
            if not files:
                kinds = ", ".join(sorted(EXTENSIONS))
                yield InputError(item, f"directory has no readable files (looked for {kinds})")
            yield from (Input(str(f)) for f in files)
        elif path.is_file():
            yield Input(item)
        elif path.exists():
            yield InputError(item, "not a regular file or directory")
        else:
            yield InputError(item, "no such file or directory")


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {human_size(size)}, over the {human_size(max_bytes)} limit (see --max-size)"


def load(source: Input, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """The bytes of an input and the format to read them as."""
    if source.is_url:
        page = fetch(source.name, max_bytes=max_bytes)
        return Loaded(source.name, page.data, format_of(page.url, page.data, page.content_type), url=page.url)
    if source.is_stdin:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("<stdin>", f"input is over the {human_size(max_bytes)} limit (see --max-size)")
        return Loaded("<stdin>", data, format_of("", data))
    path = Path(source.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source.name, _too_big(size, max_bytes))
        data = path.read_bytes()
    except OSError as err:
        raise InputError(source.name, f"cannot read ({err.strerror or err})") from None
    return Loaded(source.name, data, format_of(source.name, data[:4096]))
