"""Initials of the names a story spells out, read in questions as those names.

A story writes "Temporary Protected Status" and "Human Rights Watch"; members type "TPS" and
"hrw". When a story is indexed, each run of capitalised words in a passage (two or more, with
the small words that join them: "Tren de Aragua", "Department of Homeland Security") adds a
term of its initials to that passage, placed over the name (`name_initials`). The term is
written in capitals, which no word's term ever is (text.py folds case), so it stands apart
from the words. Such terms are keys, not words (`passage_terms.is_key`): BM25 leaves them
out, so they change no ranking; a question typing initials finds the passages spelling the
name out through them (`SpelledOutNames`).

A question's word is read as a name's initials when the corpus does not use the word itself
and it has three letters or more, typed in capitals ("TPS", "TdA") or, in lower case, when
it is no English word ("tps"; "its" and "act" stay words). Two letters are too few to tell
which name they stand for (the "Latin American" of a story is seldom the "LA" people type,
nor its "Central American" their "CA"): typed in capitals, initials of two letters a story's
name has are not read as it, but are no evidence that the story is silent either
(`SpelledOutNames.are_initials`): the question is searched, not refused. A person's
initials are read as them when they are no one else's, from two letters typed in capitals
("DW" for Dana Whitfield; not "US" or "IT", words).

Initials a question does not have written out lead to the words of what they stand for,
weighed below the question's own words (`SpelledOutNames.phrase_spelt_out`, a bridge): two
capitals of a name ("WH": White House; not a country's or US state's code), or the initials
of a phrase the story writes in lower case ("SoE", "soe": "state of emergency"), found at
question time in one pass over the build's terms (`PassageTerms.runs_by_initials`): a
lower-case phrase has no key, as every run of words would need one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence

import pycountry

from bot.engine.caches import remember
from bot.engine.countries import us_state_codes
from bot.engine.index import BM25Index
from bot.engine.lexicon import shared_wordnet
from bot.engine.models import Person
from bot.engine.passage_terms import JoinedPassageTerms, Runs
from bot.engine.text import term_of
from bot.engine.words import FUNCTION_WORDS, PREPOSITIONS, is_english_word

__all__ = ["SpelledOutNames", "initials_term", "name_initials"]

MIN_LETTERS = 3  # initials read as the name they stand for
MIN_KEY_LETTERS = 2  # initials kept: two letters are no evidence the story is silent
MAX_LETTERS = 8
# The small words inside a name ("Department of Justice", "Tren de Aragua"). Initials are
# made without them (DHS) and with them (DOJ, TDA): people write both.
_JOINERS = frozenset("of and for the de del la le los las da do du von van y".split())
# A word of a name or a joiner, with where it ends and what follows (a name runs on only over
# single spaces).
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_POSSESSIVE = re.compile(r"['’]s$")
# Two capitalised words or more, side by side or joined by small words: where names may be.
# (Capitals of the Latin alphabets: a regular expression has no class of every capital.)
_CAPITALISED = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w’'-]*"
_RUN = re.compile(rf"\b{_CAPITALISED}(?: (?:(?:{'|'.join(sorted(_JOINERS))}) )*{_CAPITALISED})+")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
_NAMES_LOOKED_AT = 50  # passages read to tell which name a question's initials stand for
_CACHE_SIZE = 5_000
_TEXTS_KEPT = 64  # questions spelled out, kept for the next step reading the same


def initials_term(letters: str) -> str:
    """The index term of a name's initials: in capitals, unlike every word's term."""
    return letters.upper()


def name_initials(text: str, people: Sequence[str] = ()) -> list[tuple[str, int, int]]:
    """(initials term, start, end) for each name `text` spells out in capitalised words, at
    least two of them: "Temporary Protected Status" -> ("TPS", start, end). Not for a name
    holding one of `people` (the story's people's names, whose initials questions read from
    the people themselves: `person_initials`): "Attorney General Pam Bondi".

    A run of capitalised words may hold more than one name ("Temporary Protected Status for
    Salvadorians", "Centers for Disease Control and Prevention"), so each stretch of it that
    begins and ends where small words join it is taken too (TPS; CDC).
    """
    found: list[tuple[str, int, int]] = []
    for run, sentence_start in _name_runs(text):
        runs = [run]
        # "Still Temporary Protected Status ...": the first word may be capitalised only
        # because it opens the sentence
        if sentence_start and len(run) > 1 and is_english_word(run[0].group()):
            runs.append(run[1:])
        for words in runs:
            pieces = _pieces(words)
            for first in range(len(pieces)):
                for last in range(first, len(pieces)):
                    found += _initials(words[pieces[first][0] : pieces[last][1]])
    if people and found:
        lowered = text.lower()
        found = [
            (term, start, end)
            for term, start, end in found
            if not any(name in lowered[start:end] for name in people)
        ]
    return list(dict.fromkeys(found))


def people_names(people: Sequence[Person]) -> list[str]:
    """The names (in lower case) of `people` that `name_initials` leaves to them: the names
    and aliases of two words or more."""
    return sorted({alias.lower() for p in people for alias in (p.name, *p.aliases) if " " in alias})


def person_initials(people: Sequence[Person]) -> dict[str, list[Person]]:
    """Initials (in capitals) of the names of `people`, and whose they are: "Kilmar Abrego
    Garcia" -> KAG, "Dana Whitfield" -> DW."""
    found: dict[str, list[Person]] = {}
    for person in people:
        words = re.findall(r"[^\W\d_]+", person.name)
        capitals = [w for w in words if w[0].isupper()]
        letters = "".join(w[0] for w in capitals)
        if letters in person.aliases:
            continue  # read as them already ("HRW")
        if len(capitals) == len(words) and MIN_KEY_LETTERS <= len(letters) <= MAX_LETTERS:
            found.setdefault(letters, []).append(person)
    return found


def _name_runs(text: str) -> list[tuple[list[re.Match[str]], bool]]:
    """Runs of capitalised words joined by single spaces and small words, and whether each
    opens a sentence; a possessive ends a run ("El Salvador’s prisons")."""
    runs: list[tuple[list[re.Match[str]], bool]] = []
    for found in _RUN.finditer(text):
        start = found.start()
        before = text[max(0, start - 8) : start]
        opens = (not before.strip() and not text[:start].strip()) or bool(
            _SENTENCE_END.search(before)
        )
        run: list[re.Match[str]] = []
        for word in _WORD.finditer(text, start, found.end()):
            run.append(word)
            if _POSSESSIVE.search(word.group()):
                runs.append((run, opens))
                run, opens = [], False
        if run:
            runs.append((run, opens))
    return runs


def _pieces(run: Sequence[re.Match[str]]) -> list[tuple[int, int]]:
    """[start, end) of each stretch of capitalised words in `run` between its small words."""
    pieces: list[tuple[int, int]] = []
    start = None
    for k, match in enumerate([*run, None]):
        small = match is None or match.group().lower() in _JOINERS
        if small and start is not None:
            pieces.append((start, k))
            start = None
        elif not small and start is None:
            start = k
    return pieces


def _initials(words: Sequence[re.Match[str]]) -> list[tuple[str, int, int]]:
    """The initials of one name (its capitalised words', then with its small words too)."""
    capitals = [w.group() for w in words if w.group()[0].isupper()]
    if len(capitals) < 2:
        return []
    start, end = words[0].start(), words[-1].end()
    possessive = _POSSESSIVE.search(words[-1].group())
    if possessive:
        end -= len(possessive.group())
    found = []
    for letters in (
        "".join(w[0] for w in capitals),
        "".join(w.group()[0] for w in words),
    ):
        if MIN_KEY_LETTERS <= len(letters) <= MAX_LETTERS:
            found.append((initials_term(letters), start, end))
    return list(dict.fromkeys(found))


def _without_a_middle_initial(letters: str) -> list[str]:
    """`letters` less one letter between the first and the last: a person's initials typed
    with a middle name's ("DJT", "JFK"), which stories mostly leave out."""
    if len(letters) < MIN_LETTERS:
        return []
    return [letters[:at] + letters[at + 1 :] for at in range(1, len(letters) - 1)]


# A word that may be typed as initials: letters only ("SoE", "hrw")
_PLAIN_INITIALS = re.compile(rf"[^\W\d_]{{{MIN_KEY_LETTERS},{MAX_LETTERS}}}")
# The joining words of `_JOINERS` by their first letter: what a letter of initials may stand
# for between two words of a phrase ("state of emergency": SOE, and SE)
_JOINERS_BY_LETTER = {
    letter: frozenset(j for j in _JOINERS if j[0] == letter) for letter in {j[0] for j in _JOINERS}
}
_SPACE_ONLY = frozenset((1,))
_CLOSED_CLASS = FUNCTION_WORDS | PREPOSITIONS
_MAX_LOWER_CASE_LETTERS = 4  # initials typed in lower case ("soe", "aclu"): a longer word is one
# A phrase holds at least this share of the passages holding its rarest word: words used
# together, not words that meet by chance (in 100,000 passages, every three letters begin
# some three words side by side)
_PHRASE_SHARE = 0.2
_PHRASES_READ = 3  # places of a phrase read for how it is written (lower case, a noun last)


def _readings(letters: str) -> list[tuple[str, list[frozenset[int]]]]:
    """The ways `letters` may stand for words of a phrase: which of its inner letters are
    small joining words (never two side by side), as (the letters of its other words, the
    number of characters between each two of them: 1 for a space, 4 for " of ")."""
    found = []
    inner = letters[1:-1]
    for joined in itertools.product((False, True), repeat=len(inner)):
        if any(a and b for a, b in itertools.pairwise(joined)):
            continue
        pairs = list(zip(inner, joined, strict=True))
        if any(on and letter not in _JOINERS_BY_LETTER for letter, on in pairs):
            continue
        content, gap = letters[0], _SPACE_ONLY
        gaps: list[frozenset[int]] = []
        for letter, on in pairs:
            if on:
                gap = frozenset(len(j) + 2 for j in _JOINERS_BY_LETTER[letter])
            else:
                gaps.append(gap)  # the one before this word
                content, gap = content + letter, _SPACE_ONLY
        found.append((content + letters[-1], [*gaps, gap]))
    return found


def _is_lower_case_phrase(phrase: str, letters: str) -> bool:
    """Whether `phrase` (words found by their terms' first letters) is written in lower case
    words beginning with `letters`, each a joining word other than "the" or a noun or adjective
    (WordNet's; no preposition or function word, "over", "only"), and ends in a noun: initials
    stand for the name of a thing ("state of emergency"), not any words side by side ("over
    the weekend", "facilitate the return", "keeping the gang")."""
    words = re.split(r"[ -]", phrase)  # "maximum-security prison": MSP
    if len(words) != len(letters) or not all(w.isalpha() and w.islower() for w in words):
        return False
    if any(w[0] != letter for w, letter in zip(words, letters, strict=True)):
        return False
    wordnet = shared_wordnet()
    return all(
        (w in _JOINERS and w != "the")  # "keeping the gang": a verb and its object
        or (
            term_of(w) is not None
            and w not in _CLOSED_CLASS
            and (wordnet is None or wordnet.is_noun(w) or wordnet.is_plain_adjective(w))
        )
        for w in words
    ) and (wordnet is None or wordnet.is_noun(words[-1]))


@functools.cache
def _place_codes() -> frozenset[str]:
    """Two-letter codes of countries and US states (pycountry's): typed in capitals, they are
    the place ("CA": California), not the initials of a story's "Central American"."""
    return frozenset([c.alpha_2 for c in pycountry.countries] + list(us_state_codes()))


# A word typed as initials, and an apostrophe-s after it ("TPS's").
_TYPED = re.compile(
    rf"(?<![\w'’.-])([^\W\d_]{{{MIN_KEY_LETTERS},{MAX_LETTERS}}})(?:['’]s)?(?![\w'’-]|\.\w)"
)


class SpelledOutNames:
    """Reads the initials of a name a story spells out, in a question, as that name.

    `passage_terms` are the build's (with each passage's keys), `text(passage)` a passage's
    text, `people` the corpus's people (their own initials)."""

    def __init__(
        self,
        index: BM25Index,
        passage_terms: JoinedPassageTerms,
        text: Callable[[int], str],
        people: Sequence[Person] = (),
    ) -> None:
        self._index = index
        self._passage_terms = passage_terms
        self._text = text
        self._people_given = people
        # the people's initials: made on the first question typing initials, as `_places`
        self._initials_of: dict[str, list[Person]] | None = None
        # each name's initials and the passages spelling it out: made on the first question
        # typing initials (one pass over the build's terms: most questions type none)
        self._places: dict[str, list[int]] | None = None
        self._names: dict[str, str | None] = {}
        # (initials in lower case, typed in capitals) -> the phrase they stand for
        self._phrases: dict[tuple[str, bool], str | None] = {}
        # a question -> itself spelled out: each is read twice (before and after its
        # shorthand is written out, most often the same text)
        self._spelled: dict[str, str] = {}
        # (a word of a question, whether it is shouted) -> the name it is read as, or None
        self._written: dict[tuple[str, bool], str | None] = {}

    def spelled_out(self, question: str) -> str:
        """`question` with each word typed as a name's initials written as that name ("what is
        TPS" -> "what is Temporary Protected Status"); unchanged when it has none."""
        spelled = self._spelled.get(question)
        if spelled is None:
            spelled = remember(self._spelled, question, self._spell_out(question), _TEXTS_KEPT)
        return spelled

    def _spell_out(self, question: str) -> str:
        replaced: list[tuple[int, int, str]] = []
        shouted = question.isupper()  # "WHAT IS TPS": capitals say nothing of a word
        written = self._written
        for match in _TYPED.finditer(question):
            word = match.group(1)
            key = (word, shouted)
            name = written[key] if key in written else self._written_out(word, shouted)
            if name is not None:
                replaced.append((match.start(1), match.end(1), name))
        for start, end, name in reversed(replaced):
            question = question[:start] + name + question[end:]
        return question

    def _written_out(self, word: str, shouted: bool) -> str | None:
        """The name `word` (typed in a question, `shouted` or not) is read as, None when it
        is read as typed: remembered by the word, as it depends on nothing else of the
        question (a question's words are mostly words asked before: each looked up in the
        index and the dictionary again was most of spelling out a question of none)."""
        name: str | None = None
        if self._typed_as_initials(word, shouted):
            letters = initials_term(word)
            people = self._people.get(letters, [])
            if len(people) == 1:  # a person's, in capitals if two letters ("DW"): theirs
                name = people[0].name
            elif len(word) >= MIN_LETTERS:  # a name's: two letters are too few to tell
                name = self._name(letters)
        return remember(self._written, (word, shouted), name, _CACHE_SIZE)

    @property
    def _people(self) -> dict[str, list[Person]]:
        if self._initials_of is None:
            self._initials_of = person_initials(self._people_given)
        return self._initials_of

    def are_initials(self, word: str) -> bool:
        """Whether `word`, typed in capitals, is the initials of a name the corpus spells out
        ("WH": White House), or of someone it names (`may_stand_for_a_name`), though too short,
        or too unsure, to be read as it: no evidence the story does not mention what the
        question asks about."""
        word = _POSSESSIVE.sub("", word)
        return word.isupper() and self.may_stand_for_a_name(word)

    def may_stand_for_a_name(self, word: str) -> bool:
        """Whether `word`, in any case, is the initials of a name the corpus spells out or of
        someone it names ("un" where it writes "United Nations"), or theirs with a middle
        initial the story does not write ("DJT": Donald Trump): it may be typed for the name,
        even where too short, or too unsure, to be read as it."""
        if not MIN_KEY_LETTERS <= len(word) <= MAX_LETTERS:
            return False
        if self._places is None:
            self._places = self._passage_terms.key_places()
        letters = initials_term(word)
        return (
            letters in self._places
            or letters in self._people
            or any(short in self._people for short in _without_a_middle_initial(letters))
        )

    def phrase_spelt_out(self, word: str) -> str | None:
        """The phrase of the corpus whose initials `word` types, where it is no word (the
        corpus's or English's) and not read as a name already (`spelled_out`): a name it
        spells out in two capitalised words ("WH": "White House"; not a country's or a US
        state's code, "LA", "CA"), or a phrase it writes in lower case ("SoE", "soe": "state of
        emergency"; typed in lower case, of four letters at most: a longer word is seldom
        initials, "promo", "legit"). For a bridge to the phrase's words, weighed below the
        question's own: initials say less than the words they stand for."""
        if not _PLAIN_INITIALS.fullmatch(word) or not self._typed_as_initials(word, False):
            return None
        if len(word) < MIN_LETTERS and word.upper() in _place_codes():
            return None
        if word.islower() and len(word) > _MAX_LOWER_CASE_LETTERS:
            return None
        key = (word.lower(), word.isupper())
        if key not in self._phrases:
            name = self._name(initials_term(word)) if word.isupper() else None
            phrase = name or self._lower_case_phrase(word.lower())
            remember(self._phrases, key, phrase, _CACHE_SIZE)
        return self._phrases[key]

    def _lower_case_phrase(self, letters: str) -> str | None:
        """The phrase in lower case words (a noun last) whose initials are `letters`, with or
        without its small words ("soe", "se": "state of emergency"), in the most passages;
        None when the corpus has none. A phrase is words used together: one found in under
        `_PHRASE_SHARE` of the passages holding its rarest word is words that happen to meet
        ("police pay less" for "ppl")."""
        index = self._index
        found: dict[tuple[str, ...], Runs] = {}
        for content, gaps in _readings(letters):
            found.update(self._passage_terms.runs_by_initials(content, gaps, _PHRASES_READ))
        for terms, runs in sorted(found.items(), key=lambda item: -item[1].passages):
            if runs.passages < _PHRASE_SHARE * min(map(index.passage_frequency, terms)):
                continue
            for passage, start, end in runs.places:
                phrase = self._text(passage)[start:end]
                if _is_lower_case_phrase(phrase, letters):
                    return " ".join(phrase.split())
        return None

    def _typed_as_initials(self, word: str, shouted: bool) -> bool:
        capitals = not shouted and (word.isupper() or (word[0].isupper() and word[-1].isupper()))
        if len(word) < MIN_LETTERS and (not capitals or is_english_word(word)):
            return False  # "us", "US", "it": words
        if not capitals and (not (word.islower() or shouted) or is_english_word(word)):
            return False  # "its", "act": words; "Tps": a word capitalised, not initials
        term = term_of(word)
        # a word the corpus uses is searched as it is ("ICE" where the story says "ICE")
        return term is None or self._index.passage_frequency(term) == 0

    def _name(self, term: str) -> str | None:
        """The name these initials stand for in most of the passages that spell one out."""
        if term in self._names:
            return self._names[term]
        if self._places is None:
            self._places = self._passage_terms.key_places()
        name = None
        passages = self._places.get(term)
        if passages:
            names: Counter[str] = Counter()
            spelt: dict[str, str] = {}
            for passage in passages[:_NAMES_LOOKED_AT]:
                text = self._text(passage)
                for placed_term, start, end in self._passage_terms.placed_terms(passage):
                    if placed_term == term:
                        written = " ".join(text[start:end].split())
                        names[written.lower()] += 1
                        spelt.setdefault(written.lower(), written)
            if names:
                name = spelt[names.most_common(1)[0][0]]
        remember(self._names, term, name, _CACHE_SIZE)
        return name
