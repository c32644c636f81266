"""Language: --lang, else the system's; Dutch when the locale says nl, English otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.kernel import words
from tracker.ui.resources import translations_dir

__all__ = ["SUPPORTED", "choose_language", "install_translations"]

SUPPORTED = words.SUPPORTED


def choose_language(requested: str | None = None) -> str:
    """The command line's rule (tracker.kernel.words), then Qt's idea of the system locale."""
    system = QLocale.system().name().split("_")[0]
    return words.choose_language(requested, system if system in SUPPORTED else "en")


_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Dayweave's and Qt's own translations (Qt's give "Cancel" and "OK" in Dutch).

    Locales are made from their names: touching QLocale.Language would build Qt's enum of
    every language on Earth at start-up.
    """
    dutch = language == "nl"
    words.set_language(language or "en")  # the plain catalogue: errors said below the UI
    QLocale.setDefault(QLocale("nl_NL" if dutch else "en_US"))
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    # English has a catalogue too: it holds the plural forms ("1 disruption", "2 disruptions").
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"dayweave_{'nl' if dutch else 'en'}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if dutch:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_nl", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return list(_installed)
