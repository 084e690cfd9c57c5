"""Byte counts as people write them, in the decimal units --max-size takes."""

from __future__ import annotations


def human_size(size: float) -> str:
    """ "3.5 kB", "20 MB", "120 bytes": a fixed "MB" would show a 1k limit as "0.001 MB"."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{int(size)} bytes"
