"""The trimmed ICU data of the Linux bundle: what stays, and that Qt still sorts and decodes
the app's languages the same with it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.fresh_python import run_python
from tests.packaging.bundle_support import PACKAGING, load_bundle_config

bb = load_bundle_config()
_spec = importlib.util.spec_from_file_location("icu_data", PACKAGING / "icu_data.py")
assert _spec is not None and _spec.loader is not None
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("de.res", True),
        ("de_CH.res", True),
        ("en_001.res", True),
        ("ja.res", False),
        ("zh_Hant_TW.res", False),
        ("coll/ru.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("coll/zh.res", False),
        ("coll/es__TRADITIONAL.res", False),
        ("zone/fr_CA.res", True),
        ("curr/pool.res", True),
        ("res_index.res", True),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("cnvalias.icu", True),
        ("ibm-5347_P100-1998.cnv", True),  # windows-1251
        ("ibm-878_P100-1996.cnv", True),  # KOI8-R
        ("ibm-943_P15A-2003.cnv", False),  # Shift_JIS
        ("gb18030.cnv", False),
        ("translit/en.res", False),
        ("unames.icu", False),
        ("brkitr/root.res", True),
        ("brkitr/line.brk", True),
        ("brkitr/cjdict.dict", False),
        ("nfkc.nrm", True),
    ],
)
def test_items_kept_are_those_of_the_apps_languages(item: str, kept: bool) -> None:
    assert icu_data.keep_item(item, bb.LANGUAGES) is kept


def _icu_library() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("only the Linux wheels of PySide6 ship ICU")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    found = [path for path in found if icu_data.LIBRARY_NAME.search(path.name)]
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    missing = icu_data.missing_tools()
    if missing:
        pytest.skip(f"tools missing: {', '.join(missing)} (apt install icu-devtools binutils)")
    return found[0]


# Qt features that read ICU data, printed as JSON to compare full and trimmed data.
_QT_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["Zebra", "Äpfel", "apfel", "Österreich", "Ofen", "élan", "Eliza", "Œuvre",
         "Ёлка", "Яблоко", "Арбуз", "ешё", "Straße", "Strasse"]
out = {}
for name in ("de_DE", "de_AT", "en_GB", "fr_FR", "ru_RU"):
    collator = QCollator(QLocale(name))
    out[name] = sorted(words, key=collator.sortKey)
out["upper"] = [QLocale(n).toUpper("straße ёлка œuvre") for n in ("de_DE", "ru_RU", "fr_FR")]
out["codecs"] = {n: QStringDecoder(n).isValid() for n in
                 ("windows-1250", "windows-1251", "windows-1252", "ISO-8859-5", "ISO-8859-15",
                  "KOI8-R", "KOI8-U", "IBM866", "macintosh")}
print(json.dumps(out, ensure_ascii=False))
"""


def _probe(preload: Path | None) -> dict:
    # The trimmed library answers to the same soname, so ICU binds to it instead.
    env = {"LD_PRELOAD": str(preload)} if preload is not None else {}
    result = run_python(_QT_PROBE, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_trimmed_icu_is_small_and_qt_sorts_and_decodes_the_same(tmp_path: Path) -> None:
    library = _icu_library()
    trimmed = icu_data.trim_library(library, tmp_path, bb.LANGUAGES)
    assert trimmed.name == library.name
    assert trimmed.stat().st_size < library.stat().st_size / 4

    full, small = _probe(None), _probe(trimmed)
    assert small == full
    assert all(full["codecs"].values())
    # The probe did reach ICU: German and Russian order differ (Latin or Cyrillic first).
    assert full["de_DE"][0] != full["ru_RU"][0]
