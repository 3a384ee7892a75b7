"""Breaks that read well: real Kazakh words of the seeds (/work/shared/seeds) at their
syllables, never a fragment of fewer than two letters on either side of a break (kk and
ru), and a token with punctuation typed inside it breaks at the punctuation first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from grantdesk.layout.breaking import BREAK, SOFT, Fit, fit_text, kazakh_syllables
from grantdesk.layout.metrics import REGULAR

# Words of the four held-out reports, hyphenated as a Kazakh reader expects.
SEED_WORDS = [
    "аза-мат-тар-дың", "ау-ыт-қу-лар-дың", "бағ-дар-ла-ма-ны", "бел-гі-лен-ген", "бе-ріл-ген-ді-гі",
    "дағ-ды-ла-ры-на", "есеп-ті-лі-гін", "жа-сөс-пі-рім-дер", "же-тек-ші-ле-рін", "жұ-мыс-та-ры-на",
    "кем-ші-лік-тер", "ком-по-нент-те-рі", "кө-мек-тес-ке-ні-нің", "ма-ман-да-ры-ның", "мер-зім-де-рін",
    "мү-ге-дек-те-гі", "мә-се-ле-ле-рі-не", "нә-ти-же-лер-ді", "об-лы-сын-да-ғы", "пі-кір-са-йыс-шы-лар",
    "рес-пуб-ли-ка-лық", "се-нім-ді-лік-те-рі", "тап-сы-рыл-ған", "тур-нир-ле-рі-нің", "тұр-ғын-да-рын",
    "тө-ре-ші-лер-дің", "ын-ты-мақ-тас-тық", "қа-жет-ті-лік-те-рін", "қар-жы-лан-ды-ру",
    "қа-ты-су-шы-ла-рын", "қа-ғи-дат-та-рын", "қо-сым-ша-ла-ры-мен", "қыз-мет-кер-ле-рі",
    "қы-зы-ғу-шы-лық-ты", "үй-лес-ті-ру-ші-сі", "ұйым-дас-ты-рыл-ған", "өз-ге-ріс-тер-ді",
    "Во-лон-тер-лер-дің", "фо-кус", "мә-де-ни-ет", "бас-қар-ма-сы",
]


@pytest.mark.parametrize("hyphenated", SEED_WORDS)
def test_a_seed_word_breaks_at_its_syllables(hyphenated):
    word = hyphenated.replace("-", "")
    cuts = kazakh_syllables(word)
    assert "-".join(word[a:b] for a, b in zip([0] + cuts, cuts + [len(word)])) == hyphenated


def _fit(width: float, lang: str = "kk") -> Fit:
    return Fit(REGULAR, 7, width, lang)


def _pieces(fitted: str) -> list[str]:
    return fitted.replace(SOFT, SOFT + BREAK).split(BREAK)


@pytest.mark.parametrize("hyphenated", SEED_WORDS)
def test_in_any_column_a_seed_word_breaks_only_between_syllables(hyphenated):
    word = hyphenated.replace("-", "")
    allowed = set(kazakh_syllables(word))
    for width in range(24, 80, 3):  # a column holds at least three letters and a hyphen
        pos = 0
        for piece in _pieces(fit_text(word, _fit(width)))[:-1]:
            assert piece.endswith(SOFT), (width, piece)  # every cut shows its hyphen
            pos += len(piece) - 1
            assert pos in allowed, (width, piece)


def test_punctuation_typed_inside_a_token_is_where_it_breaks_first():
    for width in range(20, 54, 2):
        pieces = _pieces(fit_text("a.Волонтерлердің", _fit(width)))
        assert pieces[0] == "a.", (width, pieces)
    assert _pieces(fit_text("a.Волонтерлердің", _fit(56))) == ["a.", "Волонтерлердің"]
    # never «…лерді / ң»
    for width in range(16, 60):
        assert not any(p.replace(SOFT, "") in ("ң", "ің") for p in _pieces(fit_text("a.Волонтерлердің", _fit(width))))


words = st.text(alphabet=list("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"), min_size=4, max_size=40)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(word=words, punct=st.sampled_from(["", ",", ").", "»,", ":"]), lead=st.sampled_from(["", "«", "("]),
       width=st.floats(min_value=16, max_value=90), lang=st.sampled_from(["kk", "ru"]))
def test_no_fragment_shorter_than_two_letters_on_either_side_of_a_break(word, punct, lead, width, lang):
    token = lead + word + punct
    pieces = _pieces(fit_text(token, _fit(width, lang)))
    assert "".join(pieces).replace(SOFT, "") == token
    if len(pieces) > 1:
        assert all(sum(ch.isalpha() for ch in p) >= 2 for p in pieces), pieces
