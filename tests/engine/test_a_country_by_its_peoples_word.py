"""A country the question names by its people's word ("British") is the one a passage names
by its name ("the United Kingdom"), and the other way round ("the UK" of "British hauliers"):
the people's words are WordNet's, read from the country's adjectives, the people they are of
("Britannic": "British") and its natives ("Salvadorian"). Not where the word is one most
passages use (a story about El Salvador: "Salvadoran" and "El Salvador" tell nothing apart),
nor where the story writes it of something else ("Latin American" is no American)."""

from __future__ import annotations

import pytest

from bot.engine.countries import Countries
from bot.engine.lexicon import WordNet, wordnet_directory
from bot.engine.search import Searcher
from bot.engine.text import terms
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Transport minister Aoife Brennan said on Tuesday that ferry fares between Dublin and"
        " Holyhead would rise by a fifth in the spring.",
        "Passenger numbers from France rose by a fifth last year, the port authority said.",
        "Passenger numbers from the United Kingdom fell by a tenth over the same period.",
        "French hauliers said the higher fares would cost them little.",
        "British hauliers warned that the higher fares would push more lorries onto the longer"
        " route.",
        "“We cannot keep running half-empty boats in winter,” Brennan said.",
        "The ferries will be built in Finland and should enter service in 2028.",
    ]
)


# a story naming the United Kingdom, never "British"
PORT_STORY = "\n".join(
    [
        "Harbour master Ingrid Dahl said on Friday that the port of Reykjavik, Iceland's"
        " busiest, would close two berths for repairs.",
        "Iceland has agreed to let trawlers from the United Kingdom land their catch in"
        " Reykjavik, having so far issued 30 permits.",
        "Fish prices in the U.K. could fall by a tenth under the deal, officials said.",
        "Crews in Iceland said they had not been consulted about the permits.",
        "“The berths are older than I am,” Dahl said.",
    ]
)


@pytest.fixture(scope="module")
def ferries() -> Searcher:
    return searcher_for("ferries", FERRY_STORY)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port", PORT_STORY)


@pytest.fixture(scope="module")
def countries() -> Countries:
    directory = wordnet_directory()
    assert directory is not None
    return Countries(WordNet(directory))


@pytest.mark.parametrize(
    "question",
    [
        "how did the number of british passengers change last year",
        "How did numbers of British passengers move over the year?",
    ],
)
def test_a_peoples_word_reaches_the_countrys_name(ferries: Searcher, question: str) -> None:
    assert "United Kingdom" in ferries.ask(question).passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what did hauliers from the uk say about the fares",
        "what did the UK's hauliers say about the fares",
    ],
)
def test_a_countrys_name_reaches_its_peoples_word(ferries: Searcher, question: str) -> None:
    assert "British hauliers" in ferries.ask(question).passages[0].text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("How many permits has Iceland issued to British trawlers?", "30 permits"),
        ("will British shoppers pay less for fish", "in the U.K."),
    ],
)
def test_a_peoples_word_the_story_never_writes_is_no_unknown_name(
    port: Searcher, question: str, words: str
) -> None:
    # it was refused: "The story doesn't mention British."
    answer = port.ask(question)
    assert answer.answered
    assert words in answer.passages[0].text


def test_a_role_of_a_country_the_story_is_not_of_is_still_refused(port: Searcher) -> None:
    # "British" now names the United Kingdom; the harbour master is of no country the story
    # shows as its own (it names Iceland more than the UK)
    assert not port.ask("what did the British harbour master say").answered


def test_the_other_country_keeps_its_own_passage(ferries: Searcher) -> None:
    assert "French hauliers" in ferries.ask("what did the french hauliers say").passages[0].text


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("British", "United Kingdom"),
        ("Brits", "United Kingdom"),
        ("Salvadorian", "El Salvador"),
        ("Chinese", "China"),
        ("Venezuelan", "Venezuela"),
        ("American", "United States"),
    ],
)
def test_wordnet_gives_the_peoples_words(countries: Countries, word: str, country: str) -> None:
    [(named, _, _)] = countries.people_named(word)
    assert country in countries.names(named)


@pytest.mark.parametrize(
    "text",
    [
        "the leader of a central American nation",
        "a Latin American country",
        "African Americans",
        "a pole vault",  # "Pole" of Poland is "pole" in lower case too
    ],
)
def test_a_word_of_a_longer_noun_names_no_people(countries: Countries, text: str) -> None:
    assert countries.people_named(text) == []


def test_a_plural_is_the_same_people(countries: Countries) -> None:
    [(named, _, _)] = countries.people_named("what did bukele ask for salvadorans")
    assert "El Salvador" in countries.names(named)


# a story about Peru: "Peru" and "Peruvian" in a fifth of its passages and more
MINES_STORY = "\n".join(
    [
        "Peruvian President Ana Quispe arrived in Madrid on Monday for talks on mining.",
        "Quispe has met Spanish investors several times, most recently in Lima last month.",
        "Peru exports more copper than almost any other country, the ministry said.",
        "Still, analyst Marco Ruiz warned that reports of abuses inside Peruvian mines should be"
        " taken seriously.",
        "According to the miners' union, 4,000 workers in Peru have been injured since 2020,"
        " raising concerns over safety.",
        "“We will not sell our mountains cheaply,” Quispe said.",
        "Peru signed a trade deal with Spain in 2019.",
        "The government of Peru has received 40 million euros in new investment this year.",
        "Quispe also stands accused of violating Peru's constitution when she sought reelection.",
        "Spain's foreign minister praised Peru's growth.",
        "The talks will continue in Lima in June.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "are there concerns about abuses in peruvian mines",
        "what are the worries about mines in peru",
    ],
)
def test_a_country_most_passages_name_reaches_nothing(question: str) -> None:
    # "Peruvian" and "Peru" say what the story is about, not where the answer is: reaching one
    # from the other put passages only naming the country first (dev d19 "Salvadoran prisons")
    mines = searcher_for("mines", MINES_STORY)
    assert mines._other_names_bridges(question, terms(question)) == {}


def test_a_country_few_passages_name_reaches_its_other_words(ferries: Searcher) -> None:
    question = "what did hauliers from the uk say about the fares"
    # "British", and "United Kingdom" by its rarer word ("kingdom": "unit" as rare, the first
    # in the order of the letters)
    assert ferries._other_names_bridges(question, terms(question)) == {"uk": ("british", "kingdom")}
