"""A smaller ICU data library for the Linux bundle.

PySide6's Linux wheels ship ICU with its full data (``libicudata.so.NN``, 31 MB): the
locale data of 800 locales, 190 legacy code pages, transliteration rules and the word
dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese. Qt uses ICU for
collation (sorting lists), locale-aware case mapping, time-zone names and legacy text
codecs. This module rebuilds the library with only what the app's languages need:

* locale bundles (``de.res``, ``coll/ru.res``, ``zone/fr_CA.res`` …) of the app's
  languages and the root, shared and supplemental data every locale falls back on;
* the code pages a German, English, French or Russian document may come in
  (windows-125x, ISO 8859, KOI8, DOS 866, Mac Roman/Cyrillic); UTF-8/16/32, ASCII and
  Latin-1 are built into ICU's code, not data;
* no transliterators, character-name table, spoof-check data or break dictionaries
  (word segmentation of Asian scripts: their absence makes ICU fall back to its rules).

The package is taken apart and rebuilt with ICU's own tools (``icupkg``, ``genccode``
from Debian's ``icu-devtools``) and linked with ``ld`` (binutils). Without them the
library is left whole, with a note: the bundle is then larger, nothing else changes.

This module must not import PyInstaller nor ``briefing_app``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# ``libicudata.so.73`` -> 73; the data symbol and package are named after that version.
LIBRARY_NAME = re.compile(r"libicudata\.so\.(\d+)$")

# A locale bundle: optional tree ("coll/", "zone/" …), a 2-3 letter language, then
# script/region/variant parts: "de.res", "en_001.res", "zh_Hant_TW.res", "de__PHONEBOOK.res".
_LOCALE_BUNDLE = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
# Named like a locale but not one: the index of installed locales is kept.
_NOT_LOCALES = frozenset({"res_index.res"})

# Code pages kept, by ICU's file-name stem (the names users know are in the comment).
KEPT_CODE_PAGES = {
    "ibm-5346": "windows-1250 (Central European)",
    "ibm-5347": "windows-1251 (Cyrillic)",
    "ibm-5348": "windows-1252 (Western European)",
    "ibm-5349": "windows-1253",
    "ibm-5350": "windows-1254",
    "ibm-9447": "windows-1255",
    "ibm-9448": "windows-1256",
    "ibm-9449": "windows-1257",
    "ibm-5354": "windows-1258",
    "ibm-912": "ISO-8859-2",
    "ibm-913": "ISO-8859-3",
    "ibm-914": "ISO-8859-4",
    "ibm-915": "ISO-8859-5 (Cyrillic)",
    "ibm-1089": "ISO-8859-6",
    "ibm-9005": "ISO-8859-7",
    "ibm-5012": "ISO-8859-8",
    "ibm-920": "ISO-8859-9",
    "iso-8859": "ISO-8859-10 and -14",
    "ibm-921": "ISO-8859-13",
    "ibm-923": "ISO-8859-15 (Western European with the euro sign)",
    "ibm-878": "KOI8-R",
    "ibm-1168": "KOI8-U",
    "ibm-866": "IBM866 (DOS Cyrillic)",
    "macos-0": "macintosh (Mac Roman)",
    "macos-7": "x-mac-cyrillic",
}

_DROPPED_TREES = ("translit/",)
_DROPPED_FILES = frozenset({"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"})

TOOLS = ("nm", "readelf", "icupkg", "genccode", "ld")


def keep_item(name: str, languages: Iterable[str]) -> bool:
    """Whether the ICU data item *name* (as ``icupkg -l`` lists it) stays in the bundle."""
    base = PurePosixPath(name).name
    if name.startswith(_DROPPED_TREES) or base in _DROPPED_FILES:
        return False
    match = _LOCALE_BUNDLE.match(name)
    if match and base not in _NOT_LOCALES:
        return match.group(1) in set(languages)
    if name.endswith(".cnv"):
        return base.split("_", 1)[0] in KEPT_CODE_PAGES
    return not (name.startswith("brkitr/") and name.endswith(".dict"))


def missing_tools() -> list[str]:
    """The command-line tools the rebuild needs that this machine lacks."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def _data_blob(library: Path, symbol: str) -> bytes:
    """The ICU common-data package the library exports as *symbol* (it holds nothing else)."""
    for line in _run("nm", "-D", "-S", "--defined-only", library).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise RuntimeError(f"{library.name} exports no {symbol}")
    # The symbol's address is inside .rodata; the section table maps it to a file offset.
    for line in _run("readelf", "-W", "-S", library).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            address = address - section_address + section_offset
            break
    else:
        raise RuntimeError(f"{library.name} has no .rodata section")
    data = library.read_bytes()[address : address + size]
    if len(data) != size:
        raise RuntimeError(f"{library.name}: {symbol} lies outside the file")
    return data


def trim_library(library: Path, target_dir: Path, languages: Iterable[str]) -> Path:
    """Write a trimmed copy of *library* (``libicudata.so.NN``) into *target_dir*.

    Returns the new library's path. Raises ``RuntimeError`` with the reason when a tool
    fails; the caller then keeps the original.
    """
    match = LIBRARY_NAME.search(library.name)
    if not match:
        raise RuntimeError(f"{library.name} is not an ICU data library")
    version = match.group(1)
    entry = f"icudt{version}"
    package = f"{entry}l"  # little-endian package name, as ICU looks it up
    languages = tuple(languages)
    target_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target_dir) as tmp:
        work = Path(tmp)
        full = work / "full" / f"{package}.dat"
        full.parent.mkdir()
        full.write_bytes(_data_blob(library, f"{entry}_dat"))
        items = [line.strip() for line in _run("icupkg", "-l", full).splitlines()]
        if not items:
            raise RuntimeError(f"{library.name}: icupkg lists no data items")
        dropped = [item for item in items if item and not keep_item(item, languages)]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        trimmed = work / f"{package}.dat"
        # --ignore-deps: the root break rules name the dictionaries that are left out.
        _run("icupkg", "--ignore-deps", "-r", work / "dropped.txt", full, trimmed)
        _run("genccode", "-q", "-o", "-e", entry, "-m", library, "-d", work, trimmed)
        obj = work / f"{package}_dat.o"
        out = target_dir / library.name
        _run("ld", "-shared", "-z", "noexecstack", "-soname", library.name, "-o", out, obj)
        kept = _run("icupkg", "--ignore-deps", "-l", trimmed).split()
        if len(kept) != len(items) - len(dropped):
            raise RuntimeError(f"{library.name}: the rebuilt package lost items")
    return out


def trim_binaries(binaries: list, target: Path, languages: Iterable[str]) -> list:
    """PyInstaller TOC of binaries with ICU's data library replaced by a trimmed copy.

    Anything that goes wrong (tools missing, an unexpected library) keeps the original
    library and prints why: the bundle is then only larger.
    """
    missing = missing_tools()
    result = []
    for dest, source, kind in binaries:
        if LIBRARY_NAME.search(dest.replace("\\", "/")):
            if missing:
                print(
                    f"briefing-desk spec: ICU data kept whole ({', '.join(missing)} missing;"
                    " Debian: apt install icu-devtools binutils)"
                )
            else:
                try:
                    trimmed = trim_library(Path(source), target, languages)
                except RuntimeError as exc:
                    print(f"briefing-desk spec: ICU data kept whole: {exc}")
                else:
                    before, after = Path(source).stat().st_size, trimmed.stat().st_size
                    print(
                        f"briefing-desk spec: ICU data {before / 2**20:.1f} MB -> "
                        f"{after / 2**20:.1f} MB ({', '.join(languages)})"
                    )
                    source = str(trimmed)
        result.append((dest, source, kind))
    return result
