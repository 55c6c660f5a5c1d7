"""Forms of question chat members type, on a story of its own: "X on Y?" asking for X's words
on Y; a message that says something before it asks, or asks its reader first ("u seen
this?"); a clause before what a question asks."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Millbrook city council approved a new public library on Monday.",
        (
            "Mayor Rosa Delgado said the library would open next autumn. “Every child deserves "
            "a place to read,” Delgado said."
        ),
        (
            "Bakery owner Hugo Brandt complained about the loss of parking spaces. “Nobody can "
            "park near my shop anymore,” Brandt said."
        ),
        "Delgado has been criticised for her ties to a developer in Fairview, the next town.",
        "Former mayor Paul Whitman pushed for a library in 2015, but the council rejected it.",
        (
            "“The budget covers the books and the staff for ten years,” city treasurer Nadia "
            "Kerr said."
        ),
        "Construction will cost $12 million, paid partly by a state grant.",
        "The library will hold 80,000 books and a reading room for children.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


def assert_their_words_first(library: Searcher, question: str, speaker: str, fragment: str) -> None:
    """`question` asks for `speaker`'s words, and the passage holding `fragment` is first."""
    answer = library.ask(question)
    assert answer.asked_speaker == speaker, (question, answer.reason)
    assert fragment in answer.passages[0].text, question


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # a passage of theirs holds the topic
        ("kerr on the budget?", "Nadia Kerr", "The budget covers"),
        ("delgado on the opening", "Rosa Delgado", "would open next autumn"),
        ("the treasurer on the books", "Nadia Kerr", "The budget covers"),
        # none does, and no passage tells of them and the topic in the story's own words:
        # their words are what the story has
        ("brandt on the library", "Hugo Brandt", "Nobody can park"),
    ],
)
def test_someone_quoted_then_on_and_a_topic_asks_for_their_words(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    answer = asked_for_words(library, question, speaker)
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        # the story tells of her and Fairview in its own words, quoting no one
        ("delgado on fairview?", "ties to a developer in Fairview"),
        # mentioned, never quoted: what the story says of him, not a refusal
        ("whitman on the library?", "Paul Whitman pushed for a library"),
        # words for no one before "on"
        ("any update on the library?", "library"),
        ("tldr on the budget", "The budget covers"),
        ("deets on the library", "library"),
    ],
)
def test_on_after_words_that_ask_no_one_s_words_is_a_plain_question(
    library: Searcher, question: str, fragment: str
) -> None:
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "who"),
    [("obama on the library?", "obama"), ("the fire chief on parking", "the fire chief")],
)
def test_someone_the_story_does_not_quote_before_on_is_refused(
    library: Searcher, question: str, who: str
) -> None:
    # as "what did the fire chief say about parking" is
    answer = library.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


@pytest.mark.parametrize(
    "message",
    [
        "brandt is so annoying lol. when will the library open?",
        "Mr. Brandt at the bakery is so annoying!! ok so when will the library open",
    ],
)
def test_what_a_message_says_before_its_question_is_not_searched(
    library: Searcher, message: str
) -> None:
    # searched with the question, "brandt" put his passage first
    answer = library.ask(message)
    assert answer.answered, answer.reason
    assert "would open next autumn" in answer.passages[0].text


def test_whom_the_question_calls_she_is_whom_the_statement_names(library: Searcher) -> None:
    answer = library.ask("kerr was on the radio this morning. what did she say about the staff")
    assert answer.asked_speaker == "Nadia Kerr"
    assert "The budget covers" in answer.passages[0].text


@pytest.mark.parametrize(
    ("message", "fragment"),
    [
        # the question points back at the statement: they are asked together
        ("delgado says it opens next autumn. is that true?", "would open next autumn"),
        # "they" is no one person the statement names: not refused as "who do you mean"
        ("delgado and kerr were at the meeting. what did they say about the budget", "budget"),
        # a question of no topic of its own asks about what was said
        ("delgado wants it open by autumn. why?", "would open next autumn"),
        # nor one of adverbs alone: they say how it asks, not about what
        ("kerr said something about the staff.. what exactly", "The budget covers"),
        ("brandt was complaining about parking again. why though?", "Nobody can park"),
        # "he" is whom the statement describes: not refused as "who do you mean"
        ("the bakery guy kinda has a point. what did he say about parking?", "Nobody can park"),
        # "his" is whom the statement names, not whose words are asked for
        ("whitman wanted a library years ago. what happened to his plan?", "Paul Whitman"),
    ],
)
def test_a_question_that_needs_the_statement_is_asked_with_it(
    library: Searcher, message: str, fragment: str
) -> None:
    answer = library.ask(message)
    assert answer.answered, answer.reason
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # the speaker is the main question's, not the opening clause's
        ("when brandt complained about parking, what did delgado say", "Rosa Delgado", "open"),
        ("after brandt complained what did kerr say about the budget", "Nadia Kerr", "budget"),
        ("when brandt said nobody can park what did kerr jump in with", "Nadia Kerr", "budget"),
        # "when" with its verb is itself the question
        ("when did delgado say the library would open", "Rosa Delgado", "open next autumn"),
    ],
)
def test_a_clause_before_the_question_is_not_whose_words_it_asks_for(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    answer = asked_for_words(library, question, speaker)
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    "opening",
    [
        "putting the politics aside for a sec,",
        "honestly,",
        "for those of us who didn't read it,",
        "not to be that guy, but",
        "parking aside:",
    ],
)
def test_words_set_off_before_a_speaker_question_leave_whose_words_it_asks_for(
    library: Searcher, opening: str
) -> None:
    # Before: only a clause of time ("when brandt complained, ...") was read past, so the
    # question was searched with no speaker: the treasurer's words were not what it asked for
    alone = library.ask("what did kerr say about the staff?")
    answer = library.ask(f"{opening} what did kerr say about the staff?")
    assert answer.asked_speaker == alone.asked_speaker == "Nadia Kerr"
    assert "The budget covers" in answer.passages[0].text


def test_words_set_off_that_ask_themselves_are_the_question(library: Searcher) -> None:
    # "did delgado, the mayor, ..." asks from its first word: nothing is set off
    answer = library.ask("did delgado, the mayor, say when the library would open?")
    assert answer.asked_speaker == "Rosa Delgado"
    assert "would open next autumn" in answer.passages[0].text


@pytest.mark.parametrize(
    ("message", "fragment"),
    [
        ("u seen this? what did kerr say about the staff", "The budget covers"),
        ("did you hear about it? when will the library open", "would open next autumn"),
        # a question of the story is still answered part by part, its own passage first
        ("did brandt complain? what did kerr say about the staff", "Nobody can park"),
    ],
)
def test_a_question_only_to_the_reader_is_not_a_part_to_answer(
    library: Searcher, message: str, fragment: str
) -> None:
    answer = library.ask(message)
    assert answer.answered, answer.reason
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    "again",
    ["what exactly she said", "what did she say exactly?", "what did she actually say"],
)
def test_a_part_asking_again_for_the_words_is_the_same_question(
    library: Searcher, again: str
) -> None:
    # Before: "what exactly she said" was a question of its own, about nothing, so the whole
    # message was rated low though the question before it is answered with confidence
    alone = library.ask("delgado's quote about every child deserving a place to read")
    assert alone.confidence == "high"
    answer = library.ask(f"delgado's quote about every child deserving a place to read?? {again}")
    assert answer.confidence == "high"
    assert [p.paragraph for p in answer.passages] == [p.paragraph for p in alone.passages]


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        ("The city treasurer, what does she say about the staff?", "Nadia Kerr", "budget covers"),
        ("brandt - what did he say about parking", "Hugo Brandt", "Nobody can park"),
        # a hyphen inside the words is no dash setting them off
        ("Nadia-Kerr, what did she say about the staff", "Nadia Kerr", "budget covers"),
    ],
)
def test_someone_named_before_a_question_about_them_by_pronoun_is_whom_it_asks(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    # Before: "she" was no one, so the question was searched with no speaker and rated low
    assert_their_words_first(library, question, speaker, fragment)


def test_words_set_off_before_a_question_name_whom_a_speaker_question_would(
    library: Searcher,
) -> None:
    # Before: the words were read as a statement naming everyone in them (the mayor and her
    # treasurer), so "she" was no one and the question was searched with no speaker
    for question in (
        "delgado's treasurer, what did she say about the staff?",
        "the mayor's treasurer - what did she say about the staff",
    ):
        answer = library.ask(question)
        assert answer.asked_speaker == "Nadia Kerr"
        assert "budget covers" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("the fire chief, what did she say about the library?", "the fire chief"),
        ("the governor - what was his take on the parking", "the governor"),
        ("the texas mayor: did she comment on the books", "the texas mayor"),
    ],
)
def test_words_set_off_naming_someone_the_story_does_not_quote_are_refused_by_name(
    library: Searcher, question: str, reason: str
) -> None:
    # Before: the words named no one the story quotes, so the question after them was
    # searched with no speaker and the closest passages shown, where "what did the fire
    # principal say" is refused: set off before the question, they stand where its pronoun does
    answer = library.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {reason}."
    assert not answer.passages


@pytest.mark.parametrize(
    "question",
    ["what did millbrook's mayor say about the library", "the fairview mayor on the library?"],
)
def test_a_role_qualified_by_a_town_the_story_names_is_searched_for_no_one(
    library: Searcher, question: str
) -> None:
    # Before: "The story doesn't quote millbrook's mayor.": the story never says whose mayor
    # Delgado is, so that is no clear evidence; nor is anyone credited (Fairview's is not hers)
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low" and answer.asked_speaker is None
    # a town it never names, or a country whose mayor it does not quote, is clear evidence
    for who in ("the texas mayor", "the mexican mayor"):
        refused = library.ask(f"what did {who} say about the library")
        assert refused.reason == f"The story doesn't quote {who}."


@pytest.mark.parametrize(
    "question",
    [
        "ok, what did she say",
        # words set off before it name someone the reading does not know: "he" is that one
        # ("alcalde", the Spanish mayor, is read as the English role since 9wrong10)
        "and the edil of fairview, what he told about the library?",
    ],
)
def test_a_pronoun_after_words_naming_no_one_is_still_no_one(
    library: Searcher, question: str
) -> None:
    answer = library.ask(question)
    assert not answer.answered
    assert answer.reason == "I can't tell who you mean; ask with the person's name."


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("lol did she really say every kid deserves somewhere to read", "Every child deserves"),
        ("so what did he say about parking", "loss of parking spaces"),
        # the verb says what the words did: that is the topic
        ("did she praise the council", "council approved"),
    ],
)
def test_a_pronoun_for_no_one_with_a_topic_shows_the_closest_passages(
    library: Searcher, question: str, fragment: str
) -> None:
    # Before: "I can't tell who you mean", though what is asked about is searchable. Whoever
    # "she" is, no passage is vouched for as her words: closest passages, each quote with
    # its own speaker.
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low" and answer.asked_speaker is None
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        ("what was kerr's overall verdict on the budget?", "Nadia Kerr", "The budget covers"),
        ("delgado's justification for the library?", "Rosa Delgado", "Every child deserves"),
        ("whats brandt's latest criticism of the library", "Hugo Brandt", "Nobody can park"),
    ],
)
def test_what_someone_says_judging_something_is_their_words(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    # Before: only nouns such as "take", "view" or "reaction" after a name asked for words,
    # and only right after it: a verdict, a justification or a criticism were searched with
    # no speaker, so the passage holding the noun's topic could be anyone's
    assert_their_words_first(library, question, speaker, fragment)


def test_a_thing_owned_with_a_qualifier_is_not_someone_speaking(library: Searcher) -> None:
    answer = library.ask("what is the library's official capacity?")
    assert answer.asked_speaker is None
    assert "80,000 books" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        ("how did delgado justify the library?", "Rosa Delgado", "Every child deserves"),
        ("how does kerr characterise the budget", "Nadia Kerr", "The budget covers"),
        ("how did brandt frame the parking problem", "Hugo Brandt", "Nobody can park"),
    ],
)
def test_a_verb_painting_something_in_words_asks_for_the_speakers_words(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    # Before: "justify", "characterise" and "frame" were no verbs of speech, so the question
    # was searched with no speaker
    assert_their_words_first(library, question, speaker, fragment)


@pytest.mark.parametrize("about", ["regarding", "concerning", "re:"])
def test_regarding_asks_what_about_asks(about: str) -> None:
    # Before: "regarding" and "concerning" were topic words ("regard", which WordNet's verb
    # bridges to "consider"; "concern"), so the passages "considering" a move and raising
    # "concerns" stood level with the one on the topic
    story = searcher_for(
        "harbour",
        "\n".join(
            [
                "The harbour board is considering a move to the old docks.",
                "Fishermen raised concerns about the plan at Monday's meeting.",
                "“The new ferry will run every hour,” harbour master Ines Okafor said.",
                "Okafor said the ferry timetable would be published in May.",
            ]
        ),
    )
    plain = story.ask("what was said about the ferry timetable?")
    answer = story.ask(f"what was said {about} the ferry timetable?")
    assert [p.paragraph for p in answer.passages] == [p.paragraph for p in plain.passages]
    assert answer.confidence == plain.confidence == "high"


def test_in_their_own_words_asks_for_the_words_of_whom_the_question_names(
    library: Searcher,
) -> None:
    # Before: no verb of speech, so the question was searched with no speaker
    answer = library.ask("in her own words, how does the treasurer size up the budget?")
    assert answer.asked_speaker == "Nadia Kerr"
    assert "The budget covers" in answer.passages[0].text
    # two people named: whose words is not said
    assert library.ask("in their own words, how do kerr and delgado see it").asked_speaker is None


def test_words_set_off_saying_whose_words_are_not_read_past(library: Searcher) -> None:
    # Words set off before the question are read past for its speaker, but not "according to
    # the treasurer": they say whose words are asked for
    answer = library.ask("according to the treasurer, what was the mayor going to say?")
    assert answer.asked_speaker == "Nadia Kerr"
    assert "The budget covers" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what was the treasurer going to talk about?", "Nadia Kerr"),
        ("what was the mayor about to announce?", "Rosa Delgado"),
    ],
)
def test_whether_or_when_someone_was_to_speak_is_no_part_of_who(
    library: Searcher, question: str, speaker: str
) -> None:
    # Before: "The story doesn't quote the treasurer going to."
    asked_for_words(library, question, speaker)


@pytest.mark.parametrize(
    "question",
    [
        # an adverb of time between the speaker and the verb
        "does the treasurer still say the budget covers the staff",
        "has kerr already commented on the budget",
        # a participle pointing at the story after the speaker
        "how long will the budget last, according to the treasurer quoted?",
    ],
)
def test_words_after_the_speaker_that_are_no_part_of_them_are_read_past(
    library: Searcher, question: str
) -> None:
    # Before: "The story doesn't quote the treasurer quoted." / "... the treasurer still."
    assert_their_words_first(library, question, "Nadia Kerr", "The budget covers")


@pytest.mark.parametrize(
    "question",
    [
        "kerr's march remarks on the budget?",  # a month between owner and noun
        "the treasurer's recent comments on the budget",
        "Kerr's final remarks on the budget, what did she say exactly",
    ],
)
def test_words_between_a_possessive_and_a_speech_noun_still_ask_for_the_owner(
    library: Searcher, question: str
) -> None:
    assert_their_words_first(library, question, "Nadia Kerr", "The budget covers")


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        ("will delgado open the library soon", "Rosa Delgado", "would open next autumn"),
        ("is the mayor going to open it this year?", "Rosa Delgado", "would open next autumn"),
        ("does kerr plan to pay the staff", "Nadia Kerr", "The budget covers"),
    ],
)
def test_whether_someone_quoted_will_do_something_asks_for_their_words(
    library: Searcher, question: str, speaker: str, fragment: str
) -> None:
    # Before: searched with no speaker; a story tells what someone will do in their words
    assert_their_words_first(library, question, speaker, fragment)


@pytest.mark.parametrize(
    "question",
    [
        "is delgado a good mayor",
        "will the library have a cafe",
        "is it going to rain",
        # someone the story names but never quotes: what it tells of him, not a refusal
        "is whitman going to push for a library again",
    ],
)
def test_a_yes_or_no_question_not_about_what_someone_will_do_names_no_speaker(
    library: Searcher, question: str
) -> None:
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
