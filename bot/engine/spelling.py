"""Misspelt words in a question, corrected to the words the corpus uses.

Names are what people misspell most ("Bukle", "Flores Macais", "Leavit") and a misspelt name
makes the question look like one about someone the story never mentions: `NameSpeller` corrects
a word the corpus does not know to a word of a known person's name, one edit away (two for
long words). Other words ("recieve", "Supreme Cuort") would make the question look like one the
story does not answer: `WordSpeller` reads a word that is neither in the corpus nor an English
word as the corpus term one edit away that the most passages use. A swap of two letters counts
as one edit. A word the corpus or English knows is never replaced. A word typed with accents
("constitución", a member writing half in Spanish) is read by its letters without them, as
"constitucion" would be: one edit from the story's "constitution".
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
import unicodedata
from collections.abc import Callable, Sequence

import jellyfish
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine.caches import remember
from bot.engine.chat import NOUNS_OF_SPEECH
from bot.engine.index import BM25Index
from bot.engine.mentions import MentionFinder
from bot.engine.models import Person
from bot.engine.name_sounds import MIN_RUN_LETTERS, NameSounds
from bot.engine.occupations import is_person_noun
from bot.engine.text import TermSpan, iter_words, stem, term_of, terms, word_terms
from bot.engine.words import ASKING_VERBS, STOP_WORDS, all_lemmas, is_english_word

_MIN_LENGTH = 4  # shorter words have too many neighbours to guess from
_MIN_NAME_WORD = 3  # "Pam", "Joe": a name a word may be a slip of the keys from
_LONG_WORD = 8  # from this length on, two edits are allowed
_MIN_WORD_LENGTH = 5  # for words other than names, whose neighbours are many more
_MIN_STOP_WORD_LENGTH = 4  # "abot", "aout": a misspelt stop word, guessed from four letters
# Guessing costs about 50 lookups a letter: a word longer than any real one, or more unknown
# words than a real question has, is not guessed at (and cannot slow the bot down).
_MAX_WORD_LENGTH = 20
# a word running two together ("elsalvador"): its length, each part's, and how many passages of
# the rarer part's are read for the two side by side
_MIN_RUN_TOGETHER = 6
_MIN_RUN_PART = 2
_RUN_TOGETHER_LOOKED_AT = 200
_MAX_GUESSES = 4
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_APOSTROPHES = "'’"
_S_ANY_CASE = "sS\u017f"  # what "s" matches ignoring case (the long s, "ſ", too)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_SPEECH_STEMS = frozenset(stem(verb) for verb in ASKING_VERBS)
_MEANINGS_KEPT = 10_000
# A name dictated as several words ("kill mar a bray go" of Kilmar Abrego): runs of two to
# `_MAX_RUN` words are joined and their sound (metaphone key) matched against the names'.
_MAX_RUN = 5
_MIN_RUN_KEY = 3  # a key of fewer consonants ("BKL" may be "back lee") is matched exactly only
_MIN_RUN_LIKENESS = 70  # rapidfuzz's ratio of the run's letters to a name's, a sound off


class NameSpeller:
    """Corrects a question's unknown words that are one or two edits from a known name."""

    def __init__(
        self, people: Sequence[Person], index: BM25Index, name_sounds: bytes | None = None
    ) -> None:
        names: dict[str, str] = {}
        for person in people:
            for label in (person.name, *person.aliases):
                for word in re.findall(r"[^\W\d_]+", label):
                    if len(word) >= _MIN_LENGTH:
                        names.setdefault(word.lower(), word)
        self._names = names
        self._choices = list(names)
        # "Bukel" shares its stem with "Bukele": the index knows it, the list of names does not
        self._by_term = {term: name for lower, name in names.items() for term in terms(lower)}
        self._index = index
        self._people = people
        # made on the first correction (most questions need none): 30-40 ms of a cold start at
        # 2,500 people
        self._mentions: MentionFinder | None = None
        # word as written -> its correction (None: none): questions repeat their words
        self._corrections: dict[str, str | None] = {}
        # every word of the people's names, sorted (`near_a_name`)
        self._short_names: list[str] | None = None
        self._near: dict[str, bool] = {}  # word -> `near_a_name`
        self._holders: dict[str, tuple[Person, ...]] | None = None  # `_role_holders`
        # a first name -> the name words right after it in the names of people having it
        self._after_firsts: dict[str, tuple[str, ...]] | None = None  # `_after_first_name`
        # the sounds of the people's names (`_dictated_name`): read on first need from the
        # table the build's files store (`name_sounds`), else made from the people
        self._stored_sounds = name_sounds
        self._sounds: NameSounds | None = None

    def _dictated_names(self, question: str) -> list[tuple[int, int, str]]:
        """Runs of the question's words that sound as one known name does when joined ("kill
        mar a bray go": Kilmar Abrego, "flores mack ias": Flores-Macias, "booth kelly":
        Bukele), as dictation writes a name it does not know: (start, end, the name). Not a
        run that is the question's own words: each of its words the corpus or a known name
        uses stands for itself ("garcia", "trump"), and a run starting or ending with a stop
        word is none."""
        words = [(w, start) for w, start, _ in iter_words(question)]
        # What each run's first checks read, read once a word (a question has some twenty runs,
        # nearly all ending here): a name heard in pieces is of ASCII letters, neither end a
        # stop word nor a word the story uses unless a name's ("bukelle say": the run's ends are
        # of the name heard, not the question), its words apart by white space only ("Leavit
        # (WH": words apart), two or more of them no name's word ("garcia guy", "stephen miler":
        # a word of a name, or one misspelt).
        lowered = [w.lower() for w, _ in words]
        can_end = [
            w.isascii()
            and w.isalpha()
            and w not in STOP_WORDS
            and (w in self._names or not self._used(w))
            for w in lowered
        ]
        if sum(can_end) < 2:
            return []  # no two words to open and close a name heard in pieces (most questions)
        letters_only = [w.isascii() and w.isalpha() for w in lowered]
        spaced = [
            question[start + len(word) : after].isspace()
            for (word, start), (_, after) in itertools.pairwise(words)
        ]
        unnamed = [w not in self._names for w in lowered]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words) - 1:
            match = None
            if can_end[i]:
                for n in range(min(_MAX_RUN, len(words) - i), 1, -1):
                    last = i + n - 1
                    if not (
                        can_end[last]
                        and all(spaced[i:last])
                        and all(letters_only[i : last + 1])
                        and sum(unnamed[i : last + 1]) >= 2
                    ):
                        continue
                    run = words[i : i + n]
                    match = self._dictated_name(run)
                    if match is not None:
                        break
            if match is None:
                i += 1
                continue
            last_word, last_start = run[-1]
            found.append((run[0][1], last_start + len(last_word), match))
            i += len(run)
        return found

    def _dictated_name(self, run: Sequence[tuple[str, int]]) -> str | None:
        """The known name `run` sounds as when joined, or None; its words are of ASCII letters,
        apart by white space, two or more no name's word, and neither end a stop word or a word
        the story uses (checked by `_dictated_names`, a word at a time)."""
        texts = [w for w, _ in run]
        lowered = [w.lower() for w in texts]
        joined = "".join(lowered)
        if len(joined) < MIN_RUN_LETTERS:
            return None
        heard = [w for w in lowered if w not in self._names and w not in STOP_WORDS]
        used = [w for w in heard if self._used(w)]
        if used and not any(w in self._names or not is_english_word(w) for w in lowered):
            return None  # a word the story uses is meant as itself, unless a name's word or
            # one English lacks ("flores mass ius") says the run is a name heard
        key = jellyfish.metaphone(joined)
        if len(key) < _MIN_RUN_KEY:
            return None
        sounds = self._name_sounds()
        names = sounds.names.get(key, set())
        if not names:  # a sound heard a little off: one consonant more, less or other, in
            # letters mostly the name's ("flores mass ius": FLRSMSS of FLRSMXS); among the
            # names starting with the run's letter (a scan in C: some ms at 100,000 people)
            letter = joined[0]
            near = [
                found
                for size in (len(key) - 1, len(key), len(key) + 1)
                for found in process.extract(
                    key,
                    sounds.near.get((letter, size), []),
                    scorer=OSA.distance,
                    score_cutoff=1,
                    limit=None,
                )
            ]
            names = {
                name
                for sound, _, _ in near
                if len(sound) >= _MIN_RUN_KEY
                for name in sounds.names[sound]
                if name[0].lower() == joined[0]
                and fuzz.ratio(joined, _letters(name).replace(" ", "")) >= _MIN_RUN_LIKENESS
            }
        if len(names) != 1:
            return None
        name = next(iter(names))
        if name[0].lower() != joined[0]:
            return None
        if set(_letters(name).split()) <= set(lowered):
            return None  # "bukele go", "flores macias view": the name is typed; more follows
        return name.lower() if all(w.islower() for w in texts) else name

    def _used(self, word: str) -> bool:
        known = word_terms(word)  # remembered by the word: every question's words are read
        return bool(known) and (
            known[0] in self._by_term or self._index.passage_frequency(known[0]) > 0
        )

    def _name_sounds(self) -> NameSounds:
        """The sounds of the people's names (`name_sounds.NameSounds`), on first need: read
        from the build's files, else made (some 13 ms at 100,000 passages)."""
        if self._sounds is None:
            self._sounds = NameSounds.read(self._stored_sounds, self._people)
            self._stored_sounds = None
        return self._sounds

    def correct(self, question: str) -> str:
        """`question` with misspelt names replaced; unchanged when nothing needs correcting.

        A correction stands only where the corrected question then names someone: "Homan" is
        one edit from "Human" (of Human Rights Watch) but is nobody's name on its own.
        """
        replacements = self._dictated_names(question)
        runs = list(replacements)
        before = ""
        for word, start, _ in iter_words(question):
            if runs and any(begins <= start < ends for begins, ends, _ in runs):
                before = word
                continue
            base, _ = _without_possessive(word)  # "Garcai's": "Garcia's"
            replacement = (
                self._correction(base)
                or self._after_role(before, base)
                or self._after_first_name(before, base)
            )
            if replacement is not None:
                replacements.append((start, start + len(base), replacement))
            before = word
        if not replacements:
            return question
        replacements.sort()
        corrected, spans = _replaced(question, replacements)
        if self._mentions is None:
            self._mentions = MentionFinder(self._people)
        named = [(start, end) for _, start, end in self._mentions.find(corrected)]
        kept = [
            _possessive_kept(question, replacement)
            for replacement, (start, end) in zip(replacements, spans, strict=True)
            if any(begins <= start and end <= ends for begins, ends in named)
        ]
        return _replaced(question, kept)[0]

    def near_a_name(self, word: str) -> bool:
        """Whether `word` (lower case) may be a known person's name misspelt or cut short past
        what `correct` dares to correct: one edit from a word of their names (of three
        letters or more), or that word with letters left out ("buke", "nayb": Bukele, Nayib;
        "trum")."""
        if self._short_names is None:  # made on first need: most questions never ask
            self._short_names = sorted(
                {
                    w.lower()
                    for person in self._people
                    for label in (person.name, *person.aliases)
                    for w in re.findall(r"[^\W\d_]+", label)
                    if len(w) >= _MIN_NAME_WORD
                }
            )
        near = self._near.get(word)
        if near is None:  # some 10 ms at 100,000 people: asked again, remembered
            near = remember(self._near, word, self._near_a_name(word), _MEANINGS_KEPT)
        return near

    def _near_a_name(self, word: str) -> bool:
        names = self._short_names or []
        if process.extractOne(word, names, scorer=OSA.distance, score_cutoff=1) is not None:
            return True
        # the names starting with its letter, in order: a slice of the sorted list
        first = bisect.bisect_left(names, word[:1])
        last = bisect.bisect_left(names, word[:1] + "\uffff")
        return any(_letters_in_order(word, name) for name in names[first:last])

    def _after_role(self, role: str, word: str) -> str | None:
        """The name word `word` is one edit from, right after the head word of a role (`role`:
        "senator web", "mayor finegan"), of the one person holding such a role whose name has
        it: the role says whom, so a short word or an English one ("web" of Senator Webb),
        which `_corrected` leaves alone, is their name mistyped. None when no one's, or two
        people's names are near it."""
        # most words of a question follow no role's word: looked up first, as its people are
        # what the word is compared with (each word's checks below were most of a question's
        # spelling read, for none)
        holders = self._role_holders().get(role.lower(), ())
        if not holders:
            return None
        lower = word.lower()
        if len(lower) < _MIN_NAME_WORD or not lower.isalpha() or lower in self._names:
            return None
        if lower in STOP_WORDS or stem(lower) in _SPEECH_STEMS:
            return None  # "the mayor and the senator", "the mayor said": no name of Mayor Ann
        near = {
            name
            for person in holders
            for name in re.findall(r"[^\W\d_]+", person.name)
            if len(name) >= _MIN_NAME_WORD and OSA.distance(lower, name.lower()) == 1
        }
        return self._cased(near.pop(), word) if len(near) == 1 else None

    def _after_first_name(self, first: str, word: str) -> str | None:
        """The word of a name `word` is near, right after that name's first word (`first`:
        "matt gates" of Matt Gaetz, a dictated or misheard surname): the first name says whose
        name comes next, so an English word ("gates"), which `_corrected` leaves alone, is the
        name mistyped, one edit away or two in a name of five letters or more, starting with
        the same letter. None when no one's, or two different names are near it."""
        if self._after_firsts is None:
            after: dict[str, set[str]] = {}
            for person in self._people:
                words = re.findall(r"[^\W\d_]+", person.name)
                if len(words) > 1 and len(words[0]) >= _MIN_NAME_WORD:
                    after.setdefault(words[0].lower(), set()).add(words[1])
            self._after_firsts = {key: tuple(sorted(names)) for key, names in after.items()}
        # most words follow no first name: looked up first (as `_after_role`'s role word)
        names = self._after_firsts.get(first.lower(), ())
        if not names:
            return None
        lower = word.lower()
        if len(lower) < _MIN_NAME_WORD or not lower.isalpha() or lower in self._names:
            return None
        if lower in STOP_WORDS or stem(lower) in _SPEECH_STEMS:
            return None  # "what did matt say": no name of Matt Gaetz
        near = {
            name
            for name in names
            if len(name) >= _MIN_NAME_WORD
            and name[0].lower() == lower[0]
            and OSA.distance(lower, name.lower()) <= (2 if len(name) >= _MIN_WORD_LENGTH else 1)
        }
        return self._cased(near.pop(), word) if len(near) == 1 else None

    def _role_holders(self) -> dict[str, tuple[Person, ...]]:
        """The people holding a role, by the role's last word ("senator": Senator Webb), once
        each. A person is looked for among the holders only where one of another object has
        its id (equal people have the same id): testing each against every holder of the head
        so far compared 2,573 people a million times (~1 s, the first question after a role
        word in a process, at 100,000 passages; ~8 s at 1,000,000)."""
        if self._holders is None:
            holders: dict[str, list[Person]] = {}
            first: dict[str, dict[str, Person]] = {}  # head -> id -> its first holder
            for person in self._people:
                for role in person.roles:
                    words = role.lower().split()
                    if not words:
                        continue
                    held = holders.setdefault(words[-1], [])
                    ids = first.setdefault(words[-1], {})
                    known = ids.get(person.id)
                    if known is None:
                        ids[person.id] = person
                        held.append(person)
                    elif known is not person and person not in held:
                        held.append(person)  # an equal copy is not; another of its id is
            self._holders = {head: tuple(people) for head, people in holders.items()}
        return self._holders

    def _correction(self, word: str) -> str | None:
        if word in self._corrections:
            return self._corrections[word]
        return remember(self._corrections, word, self._corrected(word), _MEANINGS_KEPT)

    def _corrected(self, word: str) -> str | None:
        lower = word.lower()
        if len(lower) < _MIN_LENGTH or not lower.isalpha() or lower in self._names:
            return None
        known = terms(word)
        if not known:
            return None  # a stop word
        if known[0] in self._by_term:
            return self._cased(self._by_term[known[0]], word)
        if self._index.passage_frequency(known[0]) > 0:
            return None  # a word the corpus uses: not a misspelling
        if word.islower() and is_english_word(lower):
            return None  # "like" is no "Pike" misspelt (typed "Pyke" or "Pikee", it may be)
        limit = 2 if len(lower) >= _LONG_WORD else 1
        match = process.extractOne(lower, self._choices, scorer=OSA.distance, score_cutoff=limit)
        if match is None:
            return None
        return self._cased(self._names[match[0]], word)

    @staticmethod
    def _cased(name: str, word: str) -> str:
        return name.lower() if word.islower() else name


class WordSpeller:
    """Corrects the terms of a question's misspelt words to terms the corpus uses.

    A word is taken as misspelt when the corpus does not know its term and it is not an English
    word (lemminflect's dictionary). Of the words one edit away from it (a letter dropped,
    added, changed, or two swapped) it takes the one whose term the most passages use, as
    spelling correctors do ("populatin": "population"), or, when no passage uses any, the
    one that begins a corpus term ("Amreica": "America", as in "American"); a tie is not
    guessed. Anything else is left alone: the question may simply be about something the story
    does not say (a name it never mentions, "Obama", has no corpus word one edit away).
    """

    def __init__(
        self,
        index: BM25Index,
        begins_a_term: Callable[[str], bool],
        passage_text: Callable[[int], str] | None = None,
    ) -> None:
        self._index = index
        self._begins_a_term = begins_a_term
        self._passage_text = passage_text  # for `written_apart`: none, nothing split
        self._apart: dict[str, str | None] = {}  # word -> the two words it runs together
        # word -> the term it means ("": a stop word; None: no guess). Guessing costs a few
        # milliseconds, and the same unknown words come back ("Canada", "Vladimir").
        self._meant: dict[str, str | None] = {}
        self._spelt: dict[str, str | None] = {}  # word -> the word meant, as spelt

    def correct(self, text: str, words: Sequence[TermSpan]) -> list[TermSpan]:
        """`words` (the tokens of `text`) with misspelt ones given the corpus term they mean;
        a misspelt stop word ("aboout") is dropped, as the stop word would have been."""
        corrected: list[TermSpan] = []
        guesses = 0
        for word in words:
            if guesses >= _MAX_GUESSES or self._index.passage_frequency(word.term):
                corrected.append(word)  # a word the corpus uses is taken as meant
                continue
            written, _ = _without_possessive(text[word.start : word.end])
            plain = _without_accents(written)
            if plain != written:
                # "constitución": the story's word when it has it without the accents, else
                # guessed from the letters as a word typed so would be
                term = term_of(plain.lower())
                if term is not None and self._index.passage_frequency(term):
                    corrected.append(TermSpan(term, word.start, word.end))
                    continue
                written = plain
            if _may_be_misspelt(written):
                guesses += 1
                meant = self._meaning(written.lower())
                if meant == "" and written.islower():
                    continue
                if meant == "":  # "Musk" is one edit from "must", but a name: keep it
                    meant = None
                if meant is not None:
                    word = TermSpan(meant, word.start, word.end)
            corrected.append(word)
        return corrected

    def words_near(self, word: str) -> list[str]:
        """The words one edit from `word` (lower case) that the corpus uses: what `word` may
        be misspelt from ("cort": "court"). A word, English or its term as written ("gaetz"):
        not a string whose stem only happens to be a corpus term ("noem" -> "noed" -> "no")."""
        return sorted(
            near
            for near in _one_edit(word)
            if (term := term_of(near)) is not None
            and (term == near or is_english_word(near))
            and self._index.passage_frequency(term) > 0
        )

    def written_as_meant(self, text: str, words: Sequence[TermSpan]) -> str:
        """`text` with each word `correct` read as another corpus term (`words`, its output)
        written as the word one edit away that gave it ("Acording to the professor":
        "According"), so that reading the question (whom it asks about, the cue words of
        speech) sees the word meant too. `text` itself when nothing was corrected: a lookup
        per word in what `correct` worked out."""
        replacements: list[tuple[int, int, str]] = []
        for word in words:
            written = _POSSESSIVE.sub("", text[word.start : word.end])
            meant = self._meant.get(written.lower())
            if not meant or meant != word.term or not self._index.passage_frequency(meant):
                # not guessed at, a stop word, no guess, not taken here, or only the start of
                # a corpus term ("Mexican" is no word one edit from the story's "Mexico")
                continue
            spelt = self._spelling(written.lower(), meant)
            if spelt is not None and spelt != written.lower():
                cased = spelt.capitalize() if written[:1].isupper() else spelt
                replacements.append((word.start, word.start + len(written), cased))
        return _replaced(text, replacements)[0] if replacements else text

    def written_apart(self, text: str) -> str:
        """`text` with each word that runs two of the story's words together, as chat types
        them ("the whitehouse", "elsalvador"), written as the two words the story writes side
        by side ("the white house"): read as typed, a word the corpus never uses, the topic
        was lost (and "White House" is a name the readings of the question know). Only a word
        neither the corpus nor English knows; of its cuts into two, the one the story writes
        in the most passages (a tie: none)."""
        if self._passage_text is None:
            return text
        replacements: list[tuple[int, int, str]] = []
        for written, start, end in iter_words(text):
            if not (_MIN_RUN_TOGETHER <= len(written) <= _MAX_WORD_LENGTH and written.isalpha()):
                continue
            if _IN_AN_ADDRESS.search(_token_at(text, start, end)):
                continue  # "whitehouse.gov", "truthsocial.com/@...": an address, as typed
            lower = written.lower()
            if lower not in self._apart:
                term = term_of(lower)
                unknown = (
                    term is not None
                    and not self._index.passage_frequency(term)
                    and not is_english_word(lower)
                )
                remember(self._apart, lower, self._cut(lower) if unknown else None, _MEANINGS_KEPT)
            cut = self._apart[lower]
            if cut is not None:
                at = len(cut.split(" ", 1)[0])
                replacements.append((start, end, f"{written[:at]} {written[at:]}"))
        return _replaced(text, replacements)[0] if replacements else text

    def _cut(self, word: str) -> str | None:
        """The two words `word` runs together that the story writes side by side in the most
        passages (`written_apart`), as "first second"; None for none or a tie."""
        assert self._passage_text is not None
        found: list[tuple[int, str]] = []
        for at in range(_MIN_RUN_PART, len(word) - _MIN_RUN_PART + 1):
            first, second = word[:at], word[at:]
            first_term, second_term = term_of(first), term_of(second)
            if first_term is None or second_term is None:
                continue  # a stop word: "inthe", "ofthe" are no topic
            counts = (
                self._index.passage_frequency(first_term),
                self._index.passage_frequency(second_term),
            )
            if not all(counts):
                continue
            rarer = first_term if counts[0] <= counts[1] else second_term
            other = second_term if rarer == first_term else first_term
            side_by_side = re.compile(
                rf"\b{re.escape(first)}[\s-]+{re.escape(second)}\b", re.IGNORECASE
            )
            passages = self._index.holding([rarer])[:_RUN_TOGETHER_LOOKED_AT].tolist()
            written = sum(
                1
                for passage in passages
                if self._index.contains(passage, other)
                and side_by_side.search(self._passage_text(passage))
            )
            if written:
                found.append((written, f"{first} {second}"))
        found.sort(reverse=True)
        if not found or (len(found) > 1 and found[0][0] == found[1][0]):
            return None
        return found[0][1]

    def _spelling(self, word: str, meant: str) -> str | None:
        """The word one edit from `word` whose term is `meant`: an English word first, then
        the first in order. "presidente" (Spanish, typed into an English question) means the
        corpus's "president", and is written so, not as "presideate" (a string whose stem is
        the term too, first in order), which no reader of names and roles knows."""
        if word not in self._spelt:
            found = sorted(
                (w for w in _one_edit(word) if term_of(w) == meant),
                key=lambda w: (not is_english_word(w), w),
            )
            remember(self._spelt, word, found[0] if found else None, _MEANINGS_KEPT)
        return self._spelt[word]

    def _meaning(self, word: str) -> str | None:
        """The corpus term `word` (lower case) means, "" for a stop word, None for no guess."""
        if word in self._meant:
            return self._meant[word]
        return remember(self._meant, word, self._guess(word), _MEANINGS_KEPT)

    def _guess(self, word: str) -> str | None:
        nearby = [term_of(candidate) for candidate in _one_edit(word)]
        if None in nearby:
            return ""  # one edit from the commonest words of all: "aboout", "whcih", "abot"
        if len(word) < _MIN_WORD_LENGTH:
            return None
        used = {term: self._index.passage_frequency(term) for term in nearby if term}
        ranked = sorted((n for n in used.values() if n > 0), reverse=True)
        if ranked:
            if len(ranked) > 1 and ranked[0] == ranked[1]:
                return None  # as likely one as the other: better not to guess
            return next(term for term, n in used.items() if n == ranked[0])
        beginning = [term for term in used if self._begins_a_term(term)]
        return beginning[0] if len(beginning) == 1 else None


# a run of characters that is a web or mail address, or a file's name
_IN_AN_ADDRESS = re.compile(r"[/@]|\w\.\w")


def _token_at(text: str, start: int, end: int) -> str:
    """The run of characters other than white space around `text[start:end]`."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _letters(name: str) -> str:
    """A name's words in lower case, a space between them ("Flores-Macias": "flores macias")."""
    return " ".join(re.findall(r"[^\W\d_]+", name)).lower()


def _possessive_kept(question: str, replacement: tuple[int, int, str]) -> tuple[int, int, str]:
    """`replacement` of a name, with the apostrophe the typed word left out where it is the
    name and an "s" before a word it may own: "trumps adviser" is "Trump's adviser", whose
    adviser, not Trump. Not before a speech word or a small word, or at the end: "what did
    trumps say" (a typo), "what did bukeles team say" (the same either way)."""
    start, end, name = replacement
    if question[start:end].lower() != name.lower() + "s":
        return replacement
    after = _NEXT_WORD.match(question, end)
    owned = after.group(1).lower() if after else ""
    if not owned or owned in STOP_WORDS:
        return replacement
    if (
        stem(owned) in _SPEECH_STEMS
        and not NOUNS_OF_SPEECH.fullmatch(owned)
        and not is_person_noun(owned.removesuffix("s"))
    ):
        # "what did trumps say"; but "bukeles comments" are his, and "bukeles critics" people
        # of his ("critic" shares its stem with "criticize"), not Bukele
        return replacement
    return start, end, name + "'s"


def _replaced(
    text: str, replacements: Sequence[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each (start, end, new) replacement made, and where each new text stands."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = length = 0
    for start, end, new in replacements:
        pieces += [text[cursor:start], new]
        length += start - cursor
        spans.append((length, length + len(new)))
        length += len(new)
        cursor = end
    return "".join(pieces) + text[cursor:], spans


def _without_possessive(word: str) -> tuple[str, str]:
    """("Garcai", "'s") for "Garcai's"; (word, "") for a word without one."""
    if not word.endswith("\n"):  # `_POSSESSIVE`'s match, without a pattern run a word
        has = len(word) > 1 and word[-1] in _S_ANY_CASE and word[-2] in _APOSTROPHES
        return (word[:-2], word[-2:]) if has else (word, "")
    found = _POSSESSIVE.search(word)
    return (word[: found.start()], word[found.start() :]) if found else (word, "")


def _letters_in_order(word: str, name: str) -> bool:
    """Whether `name` holds the letters of `word` in their order (`word` with letters left
    out of `name`)."""
    letters = iter(name)
    return all(letter in letters for letter in word)


def _without_accents(word: str) -> str:
    """`word` with the accents of its letters left out ("constitución": "constitucion");
    `word` itself when it has none (most words: no look at each letter)."""
    if word.isascii():
        return word
    parts = unicodedata.normalize("NFKD", word)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _may_be_misspelt(written: str) -> bool:
    """Long enough, letters only, and not an English word, nor one made a verb as English
    makes any noun or adjective one (`_made_a_verb`)."""
    return (
        _MIN_STOP_WORD_LENGTH <= len(written) <= _MAX_WORD_LENGTH
        and written.isascii()
        and written.isalpha()
        and not is_english_word(written)
        and not _made_a_verb(written.lower())
    )


def _made_a_verb(word: str) -> bool:
    """Whether `word` is the -ing form of an English noun or adjective the dictionary has no
    verb of ("cosying up to China": "cosy"), as English makes any: no misspelling ("cosying"
    was read as "costing"). Not of a verb: "runing" is a misspelt "running"."""
    if not word.endswith("ing") or len(word) < 7:
        return False
    base = word[:-3]
    return any(
        is_english_word(form) and "VERB" not in all_lemmas(form) for form in (base, base + "e")
    )


def _one_edit(word: str) -> set[str]:
    """Every string one edit from `word`: a letter dropped, added, changed, or two swapped."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = [a + b[1:] for a, b in splits if b]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changed = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    added = [a + c + b for a, b in splits for c in letters]
    return set(dropped + swapped + changed + added)
