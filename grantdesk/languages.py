"""The languages: the app's own (its screens and messages), the reports' (what prints), and
each by its own name. A module of constants with no imports, so the window's menus are built
without loading the document model (the window is shown before the core loads, issue 21)."""

UI_LANGUAGES = ("kk", "ru", "en")
# A report is printed in one of the two official languages.
REPORT_LANGUAGES = ("kk", "ru")
# Each language by its own name, as menus and the first-start dialog offer it.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
