"""No word, number or date is cut on paper but one too long for its column, and that one
between syllables with a hyphen (layout/breaking.py, layout/widths.py).

Read back from the PDF: every word printed is a typed or official word, or two line-end
pieces that join into one; every digit group and date is whole on its line.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grantdesk.document import from_json
from grantdesk.forms.files import read_yaml
from grantdesk.printing import render_pdf
from grantdesk.layout.breaking import BREAK, HYPHEN, JOIN, MIN_PART, NBSP, SOFT, Fit, fit_text, kazakh_syllables, text_width
from grantdesk.printing.fonts import REGULAR, register_fonts
from grantdesk.resources import forms_dir, resource_path
from grantdesk.values.money import amount_in_words
from grantdesk.values.numbers import parse_number

from .conftest import PdfText

# The longest words of the four real documents (shared/seeds), found once by width at the
# table's size, and the numbers, dates and phones in the shapes they hold.
LONGEST_WORDS = [
    "ұйымдастырылыпЖетісу", "Пікірсайысшылардың", "қауымдастықтардағы", "пікірсайысшылармен",
    "Хабарласушылардың", "Республикасындағы", "жасамайтындығына", "мессенджерлерінде",
    "бенефициарлардың", "прекурсорларының", "сертификаттармен", "қоғамдастықтарды",
]
NUMBERS = ["1 787 500 астам", "10 125 000", "01.08.2023 – 30.11.2023", "15.04.2024", "+7 702 862 97 92",
           "9-10.11.24", "8 (7222) 36-03-63"]


def _strings(node) -> list[str]:
    """Every text in a parsed JSON or YAML tree, row ids and block kinds aside."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() if k not in ("id", "standard") for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _vocabulary(report: dict) -> set[str]:
    """Every word that may print: what was typed, and every word of the definition and the
    print chrome (both languages)."""
    texts = _strings(report) + _strings(read_yaml(forms_dir() / "fr24.yaml")) + _strings(
        read_yaml(resource_path("print.yaml")))
    total = parse_number(report["project"].get("grant_total", ""))
    if total.is_number:  # the grant total prints in words too
        texts += [amount_in_words(total.value, lang) for lang in ("kk", "ru")]
    return {_core(w) for t in texts for w in t.split()} | {"-"}  # "-" opens a bullet


def _core(word: str) -> str:
    """A word without the punctuation around it (the form adds colons to labels)."""
    return word.strip(".,:;!?()[]«»\"'")


def _lines(pdf: bytes) -> list[str]:
    return [line.replace(NBSP, " ") for page in PdfText(pdf).pages for line in page.splitlines()]


_CODE = re.compile(r"[\d/:.=?_&%]")  # a link or a code: cut where its line is full


def _cut_words(lines: list[str], vocabulary: set[str]) -> list[tuple[str, str]]:
    """Words printed that are neither a known word nor line-end pieces of one: (word, line).

    A word cut over lines ends its line and goes on at the start of the next: between
    syllables with a hyphen added, after a hyphen or slash of its own, or (a link, a code)
    with nothing added. Pieces are joined back, each line-end hyphen tried both as added
    and as typed, and the joined word must be a known one.
    """
    bad = []
    tokens = [(w, i) for i, line in enumerate(lines) for w in line.split()]
    last_of_line = {i: n for n, (_, i) in enumerate(tokens)}
    k = 0
    while k < len(tokens):
        word, i = tokens[k]
        if _core(word) in vocabulary or re.search(r"\d", word):
            k += 1
            continue
        # join the pieces that follow, one per line, while each piece ends its line; a
        # piece joined to the next with nothing added between two letters is a cut with
        # no hyphen, which only a link or a code may have
        candidates: dict[str, bool] = {word: False}
        n, found = k, False
        while last_of_line.get(tokens[n][1]) == n and n + 1 < len(tokens) and len(candidates) < 64:
            nxt = tokens[n + 1][0]
            joined: dict[str, bool] = {}
            for c, bare in candidates.items():
                joined[c + nxt] = bare or (c[-1:].isalpha() and nxt[:1].isalpha())
                if c.endswith(HYPHEN):
                    joined[c[:-1] + nxt] = bare
            candidates, n = joined, n + 1
            if any(_core(c) in vocabulary and (not bare or _CODE.search(c)) for c, bare in candidates.items()):
                found = True
                break
        if found:
            k = n + 1
        else:
            bad.append((word, lines[i]))
            k += 1
    return bad


def _numbers_whole(lines: list[str], typed: list[str]) -> list[str]:
    """Numbers and dates typed that print cut inside: each date and digit group
    (`15.04.2024`, `9-10.11.24`) whole on a line, and each grouped number (`1 787 500`,
    narrower than any column) whole on one line."""
    printed = {w for line in lines for w in line.split()}
    one_line = "\n".join(" ".join(line.split()) for line in lines)
    missing = []
    for value in typed:
        value = value.replace(NBSP, " ")
        for group in re.findall(r"[+(]?\d[\d.,:()\-–—/]*", value):
            if not any(group in w for w in printed):
                missing.append(group)
        for number in re.findall(r"(?<![\d ])\d{1,3}(?: \d{3})+(?![\d])", value):
            if number not in one_line:
                missing.append(number)
    return missing


@pytest.fixture(scope="module")
def seed_json() -> dict:
    from .conftest import FIXTURES

    return json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))


def _longest_words_report(seed: dict) -> dict:
    """Seed 001's shape with every value of every table and text field replaced by the
    seeds' longest words, numbers and dates: the hardest column widths there are."""
    report = json.loads(json.dumps(seed))
    words = LONGEST_WORDS + NUMBERS
    cells = itertools.count(1)

    def fill(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and value.strip() and key not in ("id", "standard"):
                    n = next(cells)
                    node[key] = " ".join(words[(n + j) % len(words)] for j in range(3))
                else:
                    fill(value)
        elif isinstance(node, list):
            for item in node:
                fill(item)

    fill(report["tables"])
    for key in report["values"]:
        if report["values"][key].strip():
            report["values"][key] = " ".join(LONGEST_WORDS[:4] + NUMBERS[:3])
    return report


@pytest.mark.parametrize("which", ["seed 001", "longest words"])
def test_no_word_is_cut_but_between_syllables(which, seed_json, registry):
    report = seed_json if which == "seed 001" else _longest_words_report(seed_json)
    pdf = render_pdf(from_json(report, registry)).pdf
    lines = _lines(pdf)
    assert not _cut_words(lines, _vocabulary(report))
    typed = [s for s in _strings(report["tables"]) + _strings(report["values"]) if re.search(r"\d", s)]
    assert not _numbers_whole(lines, typed)


def test_the_longest_words_report_prints_every_word_in_order(seed_json, registry, read_pdf):
    report = _longest_words_report(seed_json)
    text = read_pdf(render_pdf(from_json(report, registry)).pdf)
    for value in _strings(report["tables"]) + _strings(report["values"]):
        assert text.has_in_order(value), value


def test_a_heading_keeps_its_words_whole_in_one_size(seed_001):
    """Every header cell of the activity table is in the one header size of that table."""
    from grantdesk.layout.build import TreeTable, print_tree
    from grantdesk.printing.tree import tree_flowables

    tree = next(n for n in print_tree(seed_001.form, seed_001).body if isinstance(n, TreeTable))
    table = tree_flowables(tree)[0]
    sizes = set()
    for cell in table._cellvalues[0]:
        para = getattr(cell, "_label", cell)
        sizes.add(para.style.fontSize)
    assert len(sizes) == 1


# ---- the breaking rules themselves ---------------------------------------------------------


def _fit(width: float, lang: str = "kk") -> Fit:
    register_fonts()
    return Fit(REGULAR, 7, width, lang)


def _restore(fitted: str, original: str) -> str:
    """The fitted text with what breaking added taken out: the break marks (a cut
    between syllables is a soft hyphen, shown as «-» only where the line ends)."""
    return fitted.replace(BREAK, "").replace(SOFT, "").replace(JOIN, NBSP)


def test_kazakh_syllables():
    def hyphenated(word: str) -> str:
        cuts = kazakh_syllables(word)
        return "-".join(word[a:b] for a, b in zip([0] + cuts, cuts + [len(word)]))

    assert hyphenated("мәдениет") == "мә-де-ни-ет"
    assert hyphenated("басқармасы") == "бас-қар-ма-сы"
    assert hyphenated("Пікірсайысшылардың") == "Пі-кір-са-йыс-шы-лар-дың"
    assert hyphenated("қатысушылардың") == "қа-ты-су-шы-лар-дың"
    assert hyphenated("ауданы") == "ау-да-ны"  # never a single letter left on a line
    assert kazakh_syllables("ақ") == []


def test_a_russian_word_breaks_where_the_dictionary_says():
    fitted = fit_text("государственные", _fit(30, "ru"))
    pieces = fitted.split(SOFT)
    assert len(pieces) > 1 and BREAK not in fitted
    assert "".join(pieces) == "государственные"
    assert pieces[0] in ("го", "госу", "государ")


def test_a_number_fitting_its_line_keeps_its_groups_together():
    fitted = fit_text("1 787 500 астам", _fit(40))
    assert f"1{JOIN}787{JOIN}500" in fitted and BREAK not in fitted
    # too long for the line: it may break between groups, never inside one, no hyphen
    fitted = fit_text("1 787 500 астам", _fit(20))
    assert "1 787 500" in fitted and JOIN not in fitted and SOFT not in fitted


def test_a_date_range_fitting_its_line_stays_together():
    fitted = fit_text("өтті 01.08.2023 – 30.11.2023 аралығында", _fit(90))
    assert f"01.08.2023{JOIN}–{JOIN}30.11.2023" in fitted


def test_an_endless_number_breaks_where_the_line_is_full_without_a_hyphen():
    digits = "1234567890" * 30
    fitted = fit_text(digits, _fit(30))
    pieces = fitted.split(BREAK)
    assert "".join(pieces) == digits
    assert all(text_width(p, REGULAR, 7) <= 30 for p in pieces)


def test_a_link_breaks_without_a_hyphen_and_stays_one_link():
    from grantdesk.printing.markup import to_markup

    url = "https://drive.google.com/drive/folders/139YYLZxI8BqfZEwZiQuWfVCKPTtZSZVK?usp=drive_link"
    markup = to_markup(fit_text(f"Сілтеме: {url}", _fit(60)))
    assert f'href="{url}"' in markup
    assert markup.count("<a ") == 1


text_alphabet = st.sampled_from(list("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя") + list("abcxyz0123456789")
                                + [" ", " ", "-", ".", ",", "/", "(", ")", "«", "»", "\u00a0"])


@settings(max_examples=150, derandomize=True, deadline=None)
@given(text=st.text(alphabet=text_alphabet, min_size=1, max_size=160),
       width=st.floats(min_value=8, max_value=120), lang=st.sampled_from(["kk", "ru"]))
def test_breaking_keeps_every_character_in_order_and_every_piece_fits(text, width, lang):
    fit = _fit(width, lang)
    fitted = fit_text(text, fit)
    assert _restore(fitted, text).replace(NBSP, " ") == text.replace(NBSP, " ")
    for word in fitted.replace(BREAK, " ").replace(SOFT, HYPHEN + " ").split():
        # A piece of a word keeps two letters (tests/layout/test_breaks.py): one of up to
        # three letters wider than the line runs over rather than be cut to one.
        if len(word) > 1 and sum(ch.isalpha() for ch in word) < 2 * MIN_PART:
            continue
        if len(word) > 1:  # a single letter wider than the line cannot be helped
            assert text_width(word, REGULAR, 7) <= width + 1e-6, word


def test_links_typed_without_spaces_are_each_a_link():
    from grantdesk.printing.markup import to_markup

    typed = "https://instagram.com/p/DC6R5Pesca6/,https://instagram.com/p/DC6RJA8sw6x/,www.egov.kz"
    markup = to_markup(fit_text(typed, _fit(50)))
    assert re.findall(r'href="([^"]+)"', markup) == [
        "https://instagram.com/p/DC6R5Pesca6/", "https://instagram.com/p/DC6RJA8sw6x/", "http://www.egov.kz"]
