"""Bytes to text: UTF-8 first, then the encoding charset-normalizer detects."""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

from ..errors import InputError

WESTERN = "cp1252"  # the code page of English-language text that is not UTF-8
# Control bytes that never occur in text; a NUL is the surest sign of a binary file.
_BINARY_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # said to the user when the input was not UTF-8


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes, or many control bytes."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in head if b in _BINARY_BYTES)
    return controls / len(head) > 0.05


def _best_match(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's best guess, except that cp1252 wins a tie: Western European text
    often fits cp1250 just as well, and read as cp1250 "señor" would be stored as "seńor"."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = (m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence))
    return next((m for m in tied if m.encoding == WESTERN), best)


def decode(data: bytes, where: str) -> Decoded:
    """Decode an input's bytes, naming the encoding when it was not UTF-8.

    Raises InputError for empty and binary data and for text whose encoding
    cannot be detected.
    """
    if not data.strip():
        raise InputError(where, "empty file")
    if looks_binary(data):
        raise InputError(where, "binary file, not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as err:
        bad_at = err.start
    best = _best_match(data)
    if best is None or best.encoding is None:
        raise InputError(where, f"not valid UTF-8 (bad byte at offset {bad_at}) and no other encoding fits")
    encoding = best.encoding
    return Decoded(
        str(best),
        encoding,
        note=f"not valid UTF-8 (bad byte at offset {bad_at}); read as {encoding}, the detected encoding",
    )
