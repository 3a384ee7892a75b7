"""One catalog mechanism for the core's messages (CLI, checks, definitions, Word import):
every entry reads in kk, ru and en, and a number picks the language's plural form."""

from __future__ import annotations

import string

import pytest

from grantdesk.catalog import nplurals, plural_index, say, template
from grantdesk.checks.messages import MESSAGES as CHECKS
from grantdesk.forms.problems import DEFINITION_MESSAGES
from grantdesk.texts import (
    BACKUP_REASONS, BACKUP_REPORTS, CLEAN, CLI_ERRORS, COUNTS, IMPORT_ERROR, STORE_ERRORS, backup_reports_text,
)
from grantdesk.wordio.messages import MESSAGES as WORD_IMPORT

CATALOGS = {"checks": CHECKS, "definitions": DEFINITION_MESSAGES, "word import": WORD_IMPORT,
            "store": STORE_ERRORS, "cli": CLI_ERRORS, "backup reasons": BACKUP_REASONS,
            "backup reports": {"backup_reports": BACKUP_REPORTS}, "import": {"import_error": IMPORT_ERROR},
            "counts": COUNTS, "clean": {"clean": CLEAN}}


@pytest.mark.parametrize(("n", "form"), [(1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0),
                                         (22, 1), (25, 2), (101, 0), (111, 2), (0, 2)])
def test_russian_takes_its_three_forms(n, form):
    assert plural_index("ru", n) == form


def test_the_backup_list_counts_reports_in_each_language():
    assert [backup_reports_text(n, "ru") for n in (1, 3, 5, 21)] == ["1 отчет", "3 отчета", "5 отчетов", "21 отчет"]
    assert [backup_reports_text(n, "en") for n in (1, 2)] == ["1 report", "2 reports"]
    assert backup_reports_text(7, "kk") == "7 есеп"
    assert backup_reports_text(None, "ru") == "? отчетов"  # unknown: the general form


def test_a_plain_dict_entry_works_as_it_always_did():
    entry = {"kk": "«{path}» жоқ", "ru": "«{path}» нет", "en": "“{path}” is missing"}
    assert say(entry, "ru", path="a") == "«a» нет"
    assert say(entry, "de", path="a") == "“a” is missing"  # a language it lacks reads English
    assert template({"en": "only English"}, "kk") == "only English"


@pytest.mark.parametrize("name", sorted(CATALOGS))
def test_every_entry_of_every_catalog_reads_in_every_language(name):
    for key, entry in CATALOGS[name].items():
        assert {"kk", "ru", "en"} <= set(entry), f"{name}: {key}"
        for lang in ("kk", "ru", "en"):
            text = entry[lang]
            if not isinstance(text, str):  # plural forms: as many as the language has, same fields
                assert len(text) == nplurals(lang), f"{name}: {key}: {lang}"
                fields = {f for t in text for _, f, _, _ in string.Formatter().parse(t) if f}
                assert all({f for _, f, _, _ in string.Formatter().parse(t) if f} == fields for t in text)
            for form in ([text] if isinstance(text, str) else text):
                assert form.strip(), f"{name}: {key}: {lang}"
