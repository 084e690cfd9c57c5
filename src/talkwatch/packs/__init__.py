"""Domain packs: lexicons as data files, and the loader that turns them into a Lexicon.

`core` (outlets, countries, international bodies, world cities) and `russia_ukraine` (the
people and dated events of the 2025 talks) ship with talkwatch. A user adds or
overrides a pack with a directory of the same files (`--pack DIR`, or
$TALKWATCH_PACKS, several separated by ':'): an entry with the same id as a
shipped one replaces it, others are added.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .entries import (EXTRAS, FILES, Pack, PackError, read_dated_event, read_issue, read_outlet, read_person,
                      read_plover_rule, read_stance_cues, read_stance_words, read_state, read_town,
                      read_trigger_set)
from .lexicon import Lexicon

__all__ = ["BUILTIN_PACKS", "ENV_PACKS", "Lexicon", "Pack", "PackError", "load_lexicon", "load_pack",
           "pack_dirs", "read_lexicon"]

PACKS_DIR = Path(__file__).parent
BUILTIN_PACKS = ("core", "russia_ukraine")
ENV_PACKS = "TALKWATCH_PACKS"


@lru_cache(maxsize=None)
def read_lexicon(pack: str, name: str) -> Any:
    """Load `<pack>/<name>.yml` from the packs shipped with talkwatch."""
    path = PACKS_DIR / pack / f"{name}.yml"
    if not path.is_file():
        raise KeyError(f"no lexicon '{name}' in pack '{pack}' ({path})")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class _DatesAsText(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Leaves dates as text, so that a bad one (2025-13-45) is reported with its entry
    by the pack's own check instead of crashing the YAML parser. Built on libyaml's parser
    where PyYAML has it: the core pack's places.yml takes seconds to read in pure Python."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def _data(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_DatesAsText) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise PackError(f"{path}{line}: not valid YAML ({getattr(err, 'problem', err)})") from None
    except (OSError, UnicodeDecodeError) as err:
        raise PackError(f"{path}: cannot read ({err})") from None


def _entries(path: Path, data: Any, key: str,
             extras: tuple[str, ...] = ()) -> list[tuple[str, dict[str, Any]]]:
    items = data.get(key) if isinstance(data, dict) else None
    if items is None and isinstance(data, dict) and any(data.get(x) is not None for x in extras):
        return []  # a stances.yml with only lists of words (`undo:`, ...)
    if not isinstance(items, list):
        raise PackError(f"{path}: expected a list under '{key}:'")
    out = []
    for n, item in enumerate(items, start=1):
        label = item.get("id") or item.get("name") or item.get("code") if isinstance(item, dict) else None
        where = f"{path} entry {n}" + (f" ({label})" if label else "")
        if not isinstance(item, dict):
            raise PackError(f"{where}: expected a mapping")
        out.append((where, item))
    return out


def load_pack(directory: str | Path) -> Pack:
    """Read one pack directory; PackError names the file and entry of the first problem."""
    path = Path(directory)
    if not path.is_dir():
        raise PackError(f"{path}: not a pack directory")
    pack = Pack(path.name)
    found = False
    for stem, key in FILES.items():
        file = path / f"{stem}.yml"
        if not file.is_file():
            continue
        found = True
        data = _data(file)
        if stem == "stances" and isinstance(data, dict):
            pack.stance_words = read_stance_words(data, str(file))
        for where, item in _entries(file, data, key, EXTRAS.get(stem, ())):
            if stem == "people":
                pack.people.append(read_person(item, where))
            elif stem in ("countries", "organizations"):
                target = pack.countries if stem == "countries" else pack.organizations
                target.append(read_state(item, where, "country" if stem == "countries" else "organization"))
            elif stem == "outlets":
                pack.outlets.append(read_outlet(item, where))
            elif stem == "calendar":
                pack.calendar.append(read_dated_event(item, where))
            elif stem == "triggers":
                pack.triggers.append(read_trigger_set(item, where))
            elif stem == "issues":
                pack.issues.append(read_issue(item, where))
            elif stem == "plover":
                pack.plover_rules.append(read_plover_rule(item, where))
            elif stem == "places":
                pack.places.append(read_town(item, where))
            else:
                pack.stances.append(read_stance_cues(item, where))
    if not found:
        raise PackError(f"{path}: no pack files here (expected any of {', '.join(f + '.yml' for f in FILES)})")
    return pack


def pack_dirs(extra: Sequence[str | Path] = ()) -> list[Path]:
    """The shipped packs, then $TALKWATCH_PACKS, then the ones given: later ones override."""
    env = [p for p in os.environ.get(ENV_PACKS, "").split(os.pathsep) if p]
    return [PACKS_DIR / name for name in BUILTIN_PACKS] + [Path(p) for p in [*env, *extra]]


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The merged lexicon of the shipped packs and the user's."""
    return _load_lexicon(tuple(str(p) for p in pack_dirs(extra)))


@lru_cache(maxsize=8)
def _load_lexicon(dirs: tuple[str, ...]) -> Lexicon:
    return Lexicon([load_pack(d) for d in dirs])
