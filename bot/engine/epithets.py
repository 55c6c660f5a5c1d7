"""What a story says someone calls themselves or is called: an epithet ("Bukele has called
himself a “philosopher king” and even “the coolest dictator in the world”", "Ruiz, dubbed
“the Iron Chair” by his staff", "Holt is known as “the pump whisperer”") lets a question
describe them by it ("the cool dictator guy", "the iron chair"). Read from the passages that
hold the description's last word, the first time a description fits nobody by the names and
roles the people reader gives (`descriptions.Descriptions`): a story's labels are no roles (the
attributor and the index read roles; "the king said" is not Bukele's cue), so they are kept
apart and read only here.

A label is a quotation after a labelling verb whose subject is the person itself (a reflexive:
"called himself", "styled herself as"), or after the person's name and "dubbed", "nicknamed",
"known as", "called" (an apposition or a passive: "X, dubbed “...”", "X is known as “...”").
A description fits it when its last word is a word of the label (a form of it) and each of
its other words is one too, or its base form is ("cool" of "coolest"), or a word for anyone
("guy").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.engine.caches import remember
from bot.engine.models import Person
from bot.engine.text import may_hold_word, terms, unambiguous_lemma
from bot.engine.words import all_lemmas

if TYPE_CHECKING:
    from bot.engine.index import BM25Index

_CACHE_SIZE = 4_096  # description words whose labels are kept
# the words a label is given with: a reflexive, or a participle naming someone
_LABELLING_TERMS = tuple(
    dict.fromkeys(
        t
        for word in "himself herself themselves itself dubbed nicknamed known called styled"
        " branded labelled labeled".split()
        for t in terms(word)
    )
)

# A labelling verb and the person itself as its object: "called himself", "has dubbed herself"
_REFLEXIVE = re.compile(
    r"\b(?:call(?:s|ed)?|dub(?:s|bed)?|nicknam(?:es|ed)|styl(?:es|ed)|describ(?:es|ed)|"
    r"proclaim(?:s|ed)|nam(?:es|ed)|brand(?:s|ed)|label(?:s|l?ed))\s+"
    r"(?:himself|herself|themselves|itself)\b(?:\s+as\b)?",
    re.IGNORECASE,
)
# The person's name, then a labelling participle: "X, dubbed", "X is known as", "X was nicknamed"
_CALLED = re.compile(
    r"^\s*(?:,\s*|\s+(?:is|was|has\s+been|had\s+been|are|were)\s+(?:\w+ly\s+|also\s+|often\s+)?)"
    r"(?:dubbed|nicknamed|known\s+as|called|styled|branded|labell?ed)\b",
    re.IGNORECASE,
)
# Between the subject and its verb: auxiliaries and adverbs ("has", "has also", "once")
_BETWEEN = re.compile(r"^\s*(?:(?:has|had|have|also|even|often|once|repeatedly|\w+ly)\s+)*$", re.I)
# The quotations a label verb takes, to the sentence's end: "a “philosopher king” and even “...”"
_QUOTED = re.compile(r"[“\"]([^”\"]{1,80})[”\"]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)(?![^“]*”)")


# A question asking the labels someone gave themselves: "what nicknames has bukele given
# himself", "what titles did she give herself", "bukele's nickname for himself", "what
# self-given nicknames has he used": a noun of a label, and with it the verb of giving or using
# it and "self" of "self-given", where a reflexive ("himself", "self-") says the label is their
# own. The story tells such a label by its construction ("Bukele has called himself a
# “philosopher king”": `_REFLEXIVE` and a quotation), not in these words.
_OWN_LABEL_ASKED = re.compile(r"\b(?:him|her|them|it)sel(?:f|ves)\b|\bself[-\s]", re.IGNORECASE)
_LABEL_WORDS = re.compile(
    r"\b(?:nick\s?names?|titles?|monikers?|epithets?|labels?|self(?=[-\s])"
    r"|give|gives|gave|given|giving|use|uses|used|using)\b",
    re.IGNORECASE,
)
_LABEL_NOUN = re.compile(r"\b(?:nick\s?names?|titles?|monikers?|epithets?|labels?)\b", re.I)
# the word every match of it holds (`may_hold_word`): "nick names" holds "nick"
_LABEL_NOUN_WORDS = frozenset(
    "nick nickname nicknames title titles moniker monikers epithet epithets label labels".split()
)


def own_label_spans(question: str) -> list[tuple[int, int]]:
    """Where `question`, asking the labels someone gave themselves (a noun of a label and a
    reflexive, `_OWN_LABEL_ASKED`), names the label and its giving: words a passage telling
    the label by its construction need not hold (`gives_own_label`)."""
    if not (
        may_hold_word(question, _LABEL_NOUN_WORDS)
        and _LABEL_NOUN.search(question)
        and _OWN_LABEL_ASKED.search(question)
    ):
        return []
    return [m.span() for m in _LABEL_WORDS.finditer(question)]


def own_label_sentences(text: str) -> list[str]:
    """The sentences of `text` telling a label someone gave themselves, to the label's end: a
    labelling verb with a reflexive object, then a quotation in the same sentence ("Bukele has
    called himself a “philosopher king”")."""
    found = []
    for verb in _REFLEXIVE.finditer(text):
        before = text[: verb.start()]
        opens = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
        after = text[verb.end() :]
        end = _SENTENCE_END.search(after)
        if _QUOTED.search(after[: end.start()] if end else after):
            found.append(text[opens : verb.end() + (end.start() if end else len(after))])
    return found


def gives_own_label(text: str) -> bool:
    """Whether `text` tells a label someone gave themselves (`own_label_sentences`)."""
    return bool(own_label_sentences(text))


class Epithets:
    """The labels a corpus gives its people, looked up by a description's last word."""

    def __init__(
        self,
        index: BM25Index,
        text_of: Callable[[int], str],
        mentions: Callable[[str], Sequence[tuple[Person, int, int]]],
    ) -> None:
        # a passage's text; the people a text names, and where
        self._index = index
        self._text_of = text_of
        self._mentions = mentions
        self._labels: dict[str, tuple[tuple[Person, frozenset[str]], ...]] = {}

    def fitting(self, words: Sequence[str], anyone: frozenset[str]) -> list[Person]:
        """The people a label of the story fits the description `words` (lower case, articles
        and possessives left out) as the module says; `anyone`: the words for any person."""
        if not words:
            return []
        head = words[-1]
        qualifiers = [w for w in words[:-1] if w not in anyone]
        if head in anyone:
            if not qualifiers:
                return []
            head, qualifiers = qualifiers[-1], qualifiers[:-1]
        head_terms = terms(head)
        if len(head_terms) != 1:
            return []
        fitting: list[Person] = []
        for person, label in self._labelled(head_terms[0]):
            if all(_in_label(w, label) for w in qualifiers) and all(
                p.id != person.id for p in fitting
            ):
                fitting.append(person)
        return fitting

    def _labelled(self, term: str) -> tuple[tuple[Person, frozenset[str]], ...]:
        """Each label holding `term`, with whom it labels (read once a term)."""
        found = self._labels.get(term)
        if found is None:
            passages, _ = self._index.sparse_scores([term])
            # only those holding a word a label is given with (a look-up of their postings,
            # not a read of every passage holding a common word)
            passages = passages[self._index.holding_any(passages, _LABELLING_TERMS)]
            found = tuple(
                (person, label)
                for passage in passages.tolist()
                for person, label in self._labels_in(self._text_of(passage))
                if term in label
            )
            remember(self._labels, term, found, _CACHE_SIZE)
        return found

    def _labels_in(self, text: str) -> list[tuple[Person, frozenset[str]]]:
        """The labels `text` gives people: each as the words of its quotations, and their
        terms and base forms."""
        labels: list[tuple[Person, frozenset[str]]] = []
        mentions = self._mentions(text)
        for verb in _REFLEXIVE.finditer(text):
            subject = [
                person
                for person, _, end in mentions
                if end <= verb.start() and _BETWEEN.match(text[end : verb.start()])
            ]
            if subject:
                labels.append((subject[-1], _label_words(text[verb.end() :])))
        for person, _, end in mentions:
            called = _CALLED.match(text[end:])
            if called:
                labels.append((person, _label_words(text[end + called.end() :])))
        return [(person, label) for person, label in labels if label]


def _label_words(after: str) -> frozenset[str]:
    """The words of the quotations opening `after` (to its sentence's end), as themselves,
    their terms and base forms."""
    end = _SENTENCE_END.search(after)
    sentence = after[: end.start()] if end else after
    first = _QUOTED.search(sentence)
    if first is None or sentence[: first.start()].strip(" ,").lower() not in ("", "a", "an", "the"):
        return frozenset()
    words: set[str] = set()
    for quoted in _QUOTED.finditer(sentence):
        for word in re.findall(r"[^\W\d_]+", quoted.group(1).lower()):
            words.update(_forms(word))
    return frozenset(words)


def _in_label(word: str, label: frozenset[str]) -> bool:
    """Whether a description's `word` is a word of the label: itself, its term or its base
    form ("cool" of "coolest", "dictators" of "dictator")."""
    return not label.isdisjoint(_forms(word))


def _forms(word: str) -> tuple[str, ...]:
    """A word, its index terms, its dictionary form and, for an adjective's or an adverb's
    degree, its base ("loud" of "loudest": `text.unambiguous_lemma` leaves a word of two parts
    of speech as it is)."""
    lemmas = all_lemmas(word)
    degrees = (*lemmas.get("ADJ", ()), *lemmas.get("ADV", ()))
    return (word, unambiguous_lemma(word), *terms(word), *(d.lower() for d in degrees))
