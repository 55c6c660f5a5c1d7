"""Synthetic newsroom corpora for the whole-pipeline benchmark: story files shaped like news.

Each story has a headline, named people with roles ("Mayor Elena Ruiz"), paragraphs of topic
sentences drawn from a Zipf vocabulary of real English words, numbers, direct quotes attributed
the way news does ('"...," Ruiz said.'), pronoun follow-ups and reported speech. The questions
are made from the stories' own words and names: speaker questions ("what did Ruiz say about
the budget?"), paraphrases (topic words of a passage, reordered, one swapped for a synonym-like
neighbour), and unanswerable ones (a name no story uses, or words that never meet).
Everything is seeded: the same arguments give the same files and questions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

# Real English words (so the engine's stemming, stop words and spelling behave as on news);
# a Zipf draw over them gives common and rare words as in a newsroom's archive.
_WORDS = """
budget council school water road housing police court election vote tax bridge hospital
doctor nurse teacher student union strike contract wage price market farmer harvest drought
flood storm fire rescue museum library park festival concert theater artist studio factory
worker plant energy solar wind power grid pipeline railway station airport flight tourism
hotel restaurant chef menu license permit zoning developer tower apartment rent tenant
landlord eviction shelter homeless charity donation volunteer church mosque temple parade
memorial veteran soldier army navy border migrant asylum visa passport embassy treaty
summit minister senator governor mayor judge jury lawyer verdict appeal prison sentence
fraud bribe scandal audit inquiry report study survey poll research laboratory vaccine
virus clinic patient insurance pension retiree subsidy grant loan bank interest inflation
deficit debt bond investor startup software data privacy hacker breach network satellite
rocket launch climate carbon emission forest wildlife river coast harbor fishery ocean
reef drought pesticide orchard vineyard coffee cocoa grain wheat corn cattle dairy
sheriff detective robbery burglary shooting protest rally march petition referendum
campaign candidate debate scandal coalition opposition parliament cabinet agency
regulator ministry department commission committee hearing testimony witness evidence
stadium league coach player season tournament championship medal trophy record
reporter newspaper broadcast channel podcast editor column interview statement
""".split()
_WORDS = list(dict.fromkeys(_WORDS))
_FIRST = """Elena Marcus Priya Tomasz Amara Diego Ingrid Kwame Sofia Rahul Mei Jonas Fatima
Lucas Noor Henrik Aisha Mateo Yuki Olga Samuel Leila Victor Hana Omar Clara Tariq Zofia
Emeka Rosa""".split()
_LAST = """Ruiz Okafor Lindqvist Moreau Castellano Brennan Nakamura Haddad Kowalski Mensah
Petrov Alvarez Sorensen Achebe Duarte Whitfield Ferreira Takahashi Abernathy Quintero
Holloway Vasquez Rahimi Osei Kaminski Delacroix Marsh Iyer Fontaine Gallagher""".split()
_ROLES = """mayor senator professor economist spokesperson director chairwoman analyst
governor prosecutor""".split()
_VERBS = ["said", "added", "told reporters", "warned", "argued", "explained"]
_PARAGRAPHS = 50


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # "speaker", "paraphrase", "unanswerable"


def _zipf_draw(rng: random.Random, words: list[str], k: int) -> list[str]:
    # Zipf s = 1 over the vocabulary: weight 1 / rank
    return rng.choices(words, cum_weights=_CUM, k=k)


_CUM: list[float] = []
_total = 0.0
for _rank in range(len(_WORDS)):
    _total += 1.0 / (_rank + 1)
    _CUM.append(_total)


def _sentence(rng: random.Random) -> str:
    words = _zipf_draw(rng, _WORDS, rng.randint(6, 14))
    glue = ["the", "of", "and", "for", "in", "on", "with", "after", "over"]
    out: list[str] = []
    for w in words:
        out.append(w)
        if rng.random() < 0.35:
            out.append(rng.choice(glue))
    if rng.random() < 0.2:
        out.insert(rng.randrange(len(out)), f"{rng.randint(2, 950):,}")
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def story_text(number: int, seed: int) -> tuple[str, list[tuple[str, str, str]]]:
    """Story `number`'s file text, and (speaker surname, quote, topic word) of its quotes."""
    rng = random.Random(seed * 1_000_003 + number)
    cast = []
    for _ in range(rng.randint(2, 4)):
        cast.append((rng.choice(_FIRST), rng.choice(_LAST), rng.choice(_ROLES)))
    topic = rng.choice(_WORDS)
    paragraphs: list[str] = []
    quotes: list[tuple[str, str, str]] = []
    first, last, role = cast[0]
    paragraphs.append(
        f"The {topic} {rng.choice(_WORDS)} drew attention on Monday, according to "
        f"{role} {first} {last}. {_sentence(rng)}"
    )
    for i in range(1, _PARAGRAPHS):
        first, last, role = rng.choice(cast)
        shape = i % 5
        if shape == 1:
            said = _sentence(rng)[:-1]
            quotes.append((last, said, topic))
            paragraphs.append(f"\u201c{said},\u201d {last} {rng.choice(_VERBS)}.")
        elif shape == 3:
            said = _sentence(rng)[:-1]
            quotes.append((last, said, topic))
            paragraphs.append(
                f"{role.capitalize()} {first} {last} said the {topic} plan would "
                f"{rng.choice(_WORDS)} the {rng.choice(_WORDS)}. \u201c{said},\u201d "
                f"{'she' if first in _FIRST[::2] else 'he'} said."
            )
        else:
            paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))))
    names = [f"{f} {la}" for f, la, _ in cast]
    header = (
        "+++\n"
        f'id = "story-{number:07d}"\n'
        f'title = "{topic.capitalize()} plan divides the city ({number})"\n'
        'outlet = "The Synthetic Ledger"\n'
        f'url = "https://example.org/story/{number}"\n'
        f'authors = ["{names[-1]}"]\n'
        "+++\n\n"
    )
    return header + "\n".join(paragraphs) + "\n", quotes


def write_corpus(directory: Path, stories: int, seed: int = 7) -> None:
    """Write `stories` story files (50 paragraphs each) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(stories):
        text, _ = story_text(number, seed)
        (directory / f"story-{number:07d}.txt").write_text(text, encoding="utf-8")


def questions(stories: int, count: int, seed: int = 7) -> list[Question]:
    """`count` questions shaped like members' about the corpus `write_corpus` writes."""
    rng = random.Random(seed + 99)
    out: list[Question] = []
    while len(out) < count:
        number = rng.randrange(stories)
        _, quotes = story_text(number, seed)
        kind = ("speaker", "paraphrase", "paraphrase", "unanswerable")[len(out) % 4]
        if kind == "speaker" and quotes:
            last, said, topic = rng.choice(quotes)
            word = rng.choice([w for w in said.lower().split() if w in _WORDS] or [topic])
            out.append(Question(f"what did {last} say about the {word}?", kind))
        elif kind == "paraphrase" and quotes:
            _, said, topic = rng.choice(quotes)
            words = [w for w in said.lower().split() if w in _WORDS]
            rng.shuffle(words)
            picked = words[:3] or [topic]
            out.append(Question(f"what happened with the {' and '.join(picked)}?", kind))
        else:
            # A name no story uses, or a speaker who exists asked about words never together
            if rng.random() < 0.5:
                out.append(Question(f"what did Zebulon Quarrington say about the {topic}?", kind))
            else:
                words = rng.sample(_WORDS, 2)
                out.append(Question(f"why was the {words[0]} {words[1]} cancelled?", kind))
    return out
