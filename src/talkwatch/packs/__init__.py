"""Domain packs: lexicons as data files, and the loader that turns a name into data.

A pack is a directory of YAML files. `core` ships with talkwatch and holds what
every negotiation needs (news outlets, countries, international bodies); other
packs add the actors, issues and events of one negotiation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKS_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def read_lexicon(pack: str, name: str) -> Any:
    """Load `<pack>/<name>.yml` from the packs shipped with talkwatch."""
    path = PACKS_DIR / pack / f"{name}.yml"
    if not path.is_file():
        raise KeyError(f"no lexicon '{name}' in pack '{pack}' ({path})")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
