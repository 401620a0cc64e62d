"""Interface language: Qt translations (.qm) for German and English.

The language comes from ``Settings.interface_language`` or, with "system", from
the system locale; anything other than German falls back to English (the
source strings). Qt's own dialogs (buttons, file dialogs) are translated from
the qtbase catalogue PySide6 ships, when present.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing_app.paths import resources_dir

log = logging.getLogger(__name__)
SUPPORTED = ("de", "en")


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """'de' or 'en' from the setting ('system', 'de', 'en') and the system locale."""
    if setting in SUPPORTED:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the interface language with the system's country.

    Without a known country, German uses Germany and English uses the United
    Kingdom (day before month, as in the ministries this is written for).
    """
    territory = (system or QLocale.system()).territory()
    lang = QLocale.Language.German if language == "de" else QLocale.Language.English
    if territory == QLocale.Country.AnyTerritory or (system or QLocale.system()).language() in (
        QLocale.Language.C,
    ):
        territory = QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom
    locale = QLocale(lang, territory)
    if locale.language() != lang:  # no such combination in CLDR: the language's default
        locale = QLocale(lang)
    return locale


def install_translators(app: QCoreApplication, setting: str = "system") -> str:
    """Load the translations for the chosen language; returns the language code."""
    language = choose_language(setting)
    for old in app.findChildren(QTranslator, "briefing-translator"):
        app.removeTranslator(old)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return language
    ours = QTranslator(app)
    ours.setObjectName("briefing-translator")
    if ours.load(str(resources_dir() / "i18n" / f"briefing_{language}.qm")):
        app.installTranslator(ours)
    else:
        log.warning("no interface translation for %s; the interface stays English", language)
    qt = QTranslator(app)
    qt.setObjectName("briefing-translator")
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return language
