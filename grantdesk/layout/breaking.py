"""Where a printed line of typed text may end, so that no word, number or date is cut.

reportlab breaks lines only at whitespace, and cuts a word too long for its line at any
letter, without a hyphen, re-measuring the rest of the word for every line (so one
100 000-character word took time growing with its square). Typed text is therefore
prepared for the width it will print in before reportlab sees it (`fit_text`):

- a number, date, date range or phone (`1 787 500`, `15.04.2024 – 20.04.2024`,
  `+7 701 123 45 67`) keeps its inner spaces unbreakable (no-break spaces) when it fits
  the line on its own;
- a word that cannot fit a line on its own is cut into pieces that do: a word of letters
  between syllables, with a visible hyphen (Russian: pyphen's dictionary; Kazakh and any
  other letters: the Turkic syllable rule `kazakh_syllables`); after a hyphen or slash
  already in it; anything else (a link, a Base64 blob, a 4 000-digit number) where the
  line is full, adding nothing. A piece cut between syllables ends in SOFT (a soft
  hyphen), any other in BREAK (a zero-width space); typed text holds neither
  (text.printable drops them). The writers turn them into what their format breaks at
  (layout/model.py), so the PDF and the Word file break a word at the same places.

Only the printed copy changes: every typed character prints, in order. The cost is
linear in the text: each piece is measured once, from running sums of letter widths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat

from .metrics import face

BREAK = "\u200b"  # where a cut word may end a line, showing nothing (model.BREAK)
SOFT = "\u00ad"  # where a cut word ends a line with a hyphen shown (model.SOFT)
# reportlab splits words at Python whitespace (or at paragraph._wsc when the text has a
# no-break space) and a zero-width space is neither; a hair space is both.
SEPARATOR = "\u200a"
NBSP = "\u00a0"
# A space the model made unbreakable (inside a date, number or phone): a mark of its own,
# measured as a space, so a writer can tell it from a no-break space someone typed (the
# Word writer marks it, and reading that file back gives the typed space: docx_read.py).
JOIN = "\ue000"
HYPHEN = "-"

# reportlab's own word separators (paragraph._wsc): what it may break a line at. The
# no-break space is not one of them; thin and narrow spaces are.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000-\u200a\u200b\u2028\u2029\u202f\u205f\u3000"
_WORDS = re.compile(f"[^{_SPACES}]+")
# A number, date, date range, time or phone: groups of digits (or a bracketed code)
# joined by one mark or one space, or by a dash between spaces: `1 787 500`, `15.04.2024`,
# `01.08.2023 – 30.11.2023`, `10:00-12:00`, `+7 702 862 97 92`, `8 (7222) 36-03-63`.
_SEP = "[ \u00a0\u2009\u202f]"
_ATOM = r"(?:\d+|\(\d+\))"
_DIGIT_RUN = re.compile(rf"\+?{_ATOM}(?:(?:[.,:/\-–—]|{_SEP}[-–—]{_SEP}|{_SEP})?{_ATOM})*")
_INNER_SPACE = re.compile("[ \u2009\u202f]")

_VOWELS = frozenset("аәеёиоөуұүыіэюяaeiouyäöü")
_SIGNS = frozenset("ьъ")
_KAZAKH_ONLY = frozenset("әғқңөұүһі")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A token is a word (breaks between syllables, with a hyphen) when it is letters, maybe
# joined by hyphens or apostrophes, maybe in quotes or brackets or followed by punctuation.
# Letter runs may be joined by punctuation typed without a space (`a.Волонтерлердің`,
# `(қызметкерлері),мен`): such a token breaks at its punctuation first.
_OPEN = "\"'«„“(\\["
_CLOSE = "\"'»“”)\\].,;:!?"
_WORDLIKE = re.compile(rf"[{_OPEN}]*[^\W\d_]+(?:(?:[-'’/]|[{_CLOSE}]+[{_OPEN}]*)[^\W\d_]+)*[{_CLOSE}]*")
# After these a word may end its line with nothing added: a typed hyphen or slash, or
# punctuation with a letter right after it.
_TYPED_BREAK = frozenset("-/")
_PUNCT_BREAK = frozenset(".,;:!?)]»”")
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_PART = 2  # letters left on either side of a syllable break
# A long letter run (a stuck key) is hyphenated only near where its line ends.
_WINDOW = 48


@dataclass(frozen=True)
class Fit:
    """Text set in `font` at `size` on lines `width` points wide, in language `lang`."""

    font: str
    size: float
    width: float
    lang: str


def _widths(text: str, font: str, size: float) -> list[float]:
    f = face(font)
    k = size / 1000.0
    return [w * k for w in map(f.by_char.get, text, repeat(f.default))]


def text_width(text: str, font: str, size: float) -> float:
    return face(font).width(text, size)


def words(text: str) -> list[str]:
    """The pieces a line may not break inside: whitespace-separated words, with a number,
    date or phone kept as one (its inner spaces as no-break spaces)."""
    return _WORDS.findall(_join_digit_runs(text, None))  # measured: NBSP and JOIN are alike


_CODE_LIKE = re.compile(r"://|^[(<«\"']*www\.|^(?=.*\d)(?=.*[^\W\d_]).{16,}$")


def breaks_anyway(word: str) -> bool:
    """A link or a code (`https://…`, a Base64 blob): it breaks where a line is full
    rather than between syllables, so no column is widened for it."""
    return _CODE_LIKE.search(word) is not None


def _join_digit_runs(text: str, fit: Fit | None) -> str:
    """Inner spaces of each digit run made unbreakable, if the run fits a line (always
    when `fit` is None: a run is one unit for measuring)."""

    def join(m: re.Match[str]) -> str:
        run = m.group(0)
        if not _INNER_SPACE.search(run):
            return run
        joined = _INNER_SPACE.sub(NBSP if fit is None else JOIN, run)
        if fit is not None and text_width(joined, fit.font, fit.size) > fit.width:
            return run  # too long for one line: it may break between its groups
        return joined

    return _DIGIT_RUN.sub(join, text)


def fit_text(text: str, fit: Fit) -> str:
    """`text` prepared to print on lines `fit.width` wide: see the module's docstring."""
    if not text:
        return text
    text = _join_digit_runs(text, fit)
    out: list[str] = []
    pos = 0
    for m in _WORDS.finditer(text):
        word = m.group(0)
        # A word narrower than a line of its widest letters needs no measuring at all.
        if len(word) * fit.size * 1.2 <= fit.width:
            continue
        if text_width(word, fit.font, fit.size) <= fit.width:
            continue
        out.append(text[pos:m.start()])
        pieces = _pieces(word, _widths(word, fit.font, fit.size), fit)
        out.append("".join(p if p.endswith(SOFT) else p + BREAK for p in pieces[:-1]) + pieces[-1])
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _pieces(word: str, widths: list[float], fit: Fit) -> list[str]:
    """`word` cut greedily into pieces each fitting `fit.width` (its added hyphen included)."""
    sums = [0.0, *accumulate(widths)]
    hyphen = text_width(HYPHEN, fit.font, fit.size)
    wordlike = _WORDLIKE.fullmatch(word) is not None
    syllables = _syllable_breaks(word, fit.lang) if wordlike and len(word) <= 4 * _WINDOW else None
    # letters before each offset: no break leaves fewer than MIN_PART on a side
    letters = [0, *accumulate(ch.isalpha() for ch in word)] if wordlike else None
    pieces: list[str] = []
    start, n = 0, len(word)
    while sums[n] - sums[start] > fit.width:
        # The furthest end that fits: sums is increasing, so bisect.
        lo, hi = start + 1, n
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sums[mid] - sums[start] <= fit.width:
                lo = mid
            else:
                hi = mid - 1
        end = lo  # at least one character per piece, whatever the width
        cut, add = end, ""
        if wordlike:
            found = _best_break(word, start, end, sums, hyphen, fit, syllables, letters)
            if found is not None:
                cut, add = found
            else:
                cut = _whole_parts(letters, start, end, n)
                if cut >= n:
                    break  # too short to cut into two parts of two letters: it runs over
        else:
            cut = _soft_break(word, start, end)
        pieces.append(word[start:cut] + add)
        start = cut
    pieces.append(word[start:])
    return pieces


def _whole_parts(letters: list[int], start: int, end: int, n: int) -> int:
    """Where a word with no break point left in its line is cut where the line is full:
    moved so that neither side has fewer than MIN_PART letters (the piece may run a
    letter past the line, as a word that cannot be cut does); n: no cut."""
    cut = end
    while cut < n and letters[cut] - letters[start] < MIN_PART:
        cut += 1
    while cut > start + 1 and 0 < letters[n] - letters[cut] < MIN_PART:
        cut -= 1
    if letters[cut] - letters[start] < MIN_PART or letters[n] - letters[cut] < MIN_PART:
        return n  # a side of one letter, or of punctuation alone
    return cut


def _best_break(word: str, start: int, end: int, sums: list[float], hyphen: float, fit: Fit,
                syllables: list[int] | None, letters: list[int]) -> tuple[int, str] | None:
    """The last break in (start, end] of a word: after a hyphen or slash already there
    (nothing added) if that fills at least half the line, else between syllables with a
    hyphen added (if the hyphen still fits), else after that hyphen or slash anyway."""
    if syllables is None:  # a very long run: syllables of the stretch where the line ends
        lo = max(start, end - _WINDOW)
        syllables = [lo + p for p in _syllable_breaks(word[lo:min(len(word), end + MIN_PART + 1)], fit.lang)]
    best: tuple[int, str] | None = None
    n = len(word)
    punct = False
    for b in range(end, start, -1):
        if letters[b] == letters[start] or letters[n] == letters[b]:
            continue  # a piece of punctuation alone on a line
        if word[b - 1] in _PUNCT_BREAK and b < n and word[b].isalpha():
            best, punct = (b, ""), True
            break
        if word[b - 1] in _TYPED_BREAK:
            best = (b, "")
            break
    # Punctuation typed inside a token is where it breaks first (`a.` / `Волонтерлердің`,
    # never «…лерді / ң»); a typed hyphen when it fills half the line.
    if best is not None and (punct or sums[best[0]] - sums[start] >= fit.width / 2):
        return best
    for b in reversed(syllables):
        if letters[b] - letters[start] < MIN_PART:
            break  # never a single letter before a break (nor after: the syllables say so)
        if start < b <= end and sums[b] - sums[start] + hyphen <= fit.width:
            if best is None or b > best[0]:
                best = (b, SOFT)
            break
    return best


def _soft_break(word: str, start: int, end: int) -> int:
    """Where a piece of a link or code ends: after `/ . - _ ? & = ,` in the last third of
    the line, else where the line is full."""
    if end >= len(word):
        return end
    floor = start + max(1, (end - start) * 2 // 3)
    for b in range(end, floor, -1):
        if word[b - 1] in "/.-_?&=,;":
            return b
    return end


def _syllable_breaks(word: str, lang: str) -> list[int]:
    """Offsets in `word` where a hyphen may go, between syllables of each letter run."""
    out: list[int] = []
    for m in _LETTERS.finditer(word):
        run = m.group(0)
        if len(run) < 2 * MIN_PART:
            continue
        out.extend(m.start() + p for p in _run_breaks(run, lang))
    return out


def _run_breaks(run: str, lang: str) -> list[int]:
    low = run.lower()
    if lang == "ru" and _CYRILLIC.search(low) and not (_KAZAKH_ONLY & set(low)):
        dictionary = _pyphen("ru_RU")
        if dictionary is not None:
            return dictionary.positions(run)
    # Kazakh, and a Latin word (a name, a brand) too: the vowel rule reads them right
    # often enough, without loading a dictionary.
    return kazakh_syllables(run)


@lru_cache(maxsize=2)
def _pyphen(lang: str):
    """pyphen's dictionary, read only when a word must break; None if it cannot be read
    (a build that left its data out): the vowel rule serves then, printing never fails."""
    try:
        import pyphen

        return pyphen.Pyphen(lang=lang, left=MIN_PART, right=MIN_PART)
    except (ImportError, KeyError, OSError):
        return None


def kazakh_syllables(word: str) -> list[int]:
    """Syllable breaks of a Kazakh word by the Turkic rule: every syllable has one vowel;
    between two vowels the last consonant before the second opens its syllable (V-CV,
    VC-CV, VCC-CV), two vowels side by side part (V-V); a soft or hard sign stays with the
    letter before it. No break leaves fewer than MIN_PART letters on a side.
    `мәдениет` → мә-де-ни-ет, `басқармасы` → бас-қар-ма-сы."""
    low = word.lower()
    vowels = [i for i, ch in enumerate(low) if ch in _VOWELS]
    out: list[int] = []
    for a, b in zip(vowels, vowels[1:]):
        cut = b if b == a + 1 else b - 1
        while cut < b and low[cut] in _SIGNS:
            cut += 1
        if MIN_PART <= cut <= len(word) - MIN_PART and (not out or cut > out[-1]):
            out.append(cut)
    return out
