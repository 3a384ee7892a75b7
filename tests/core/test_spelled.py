"""Amounts in words (grantdesk/values/spelled.py): num2words' own Kazakh and Russian,
without importing its other languages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from grantdesk.values.spelled import number_in_words

NUMBERS = [0, 1, 11, 21, 100, 1001, 7_000_000, 10_125_000, 123_456_789, 2_000_000_000_001]


@pytest.mark.parametrize("lang,code", [("kk", "kz"), ("ru", "ru"), ("en", "kz")])
def test_the_words_are_num2words_own(lang, code):
    from num2words import num2words

    assert [number_in_words(n, lang) for n in NUMBERS] == [num2words(n, lang=code) for n in NUMBERS]


def test_the_known_words():
    assert number_in_words(7_000_000, "kk") == "жеті миллион"
    assert number_in_words(7_000_000, "ru") == "семь миллионов"


def test_only_the_two_languages_are_loaded_and_num2words_still_imports_whole():
    code = (
        "import sys\n"
        "from grantdesk.values.spelled import number_in_words\n"
        "words = number_in_words(21, 'kk'), number_in_words(21, 'ru')\n"
        "langs = sorted(m for m in sys.modules if m.startswith('num2words.lang_'))\n"
        "import num2words\n"
        "print(words, langs, num2words.num2words(21, lang='de'), num2words.lang_KZ is sys.modules['num2words.lang_KZ'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "('жиырма бір', 'двадцать один') ['num2words.lang_KZ', 'num2words.lang_RU'] einundzwanzig True"
