"""What `import talkwatch` offers: exactly the names in __all__, each importable."""

from __future__ import annotations

import __future__
import importlib
import inspect

import pytest

import talkwatch

PUBLIC = {
    "Article", "IngestReport", "InputError", "Store", "StoreError", "TalkwatchError", "__version__",
    "export", "export_data", "ingest",
}


def test_all_lists_exactly_the_public_names() -> None:
    assert sorted(talkwatch.__all__) == sorted(PUBLIC)
    assert len(talkwatch.__all__) == len(set(talkwatch.__all__))


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_each_public_name_is_importable(name: str) -> None:
    module = importlib.import_module("talkwatch")
    assert getattr(module, name) is not None
    namespace: dict = {}
    exec(f"from talkwatch import {name}", namespace)
    assert namespace[name] is getattr(talkwatch, name)


def test_no_public_name_is_left_out_of_all() -> None:
    defined = {name for name, value in vars(talkwatch).items()
               if not name.startswith("_") and not inspect.ismodule(value)
               and not isinstance(value, __future__._Feature)}
    assert defined <= set(talkwatch.__all__)


def test_star_import_gives_the_public_names() -> None:
    namespace: dict = {}
    exec("from talkwatch import *", namespace)
    assert {n for n in namespace if n != "__builtins__"} == PUBLIC


def test_errors_form_one_hierarchy() -> None:
    assert issubclass(talkwatch.InputError, talkwatch.TalkwatchError)
    assert issubclass(talkwatch.StoreError, talkwatch.TalkwatchError)


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    assert talkwatch.__version__ == version("talkwatch")
