"""Retrieval on the shipped story: speaker questions, abstention, verbatim answers, bad input."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.answer import Answer
from bot.engine.answer_types import Expected, expected_answer
from bot.engine.lexicon import Source
from bot.engine.models import Person, QuoteKind
from bot.engine.search import FollowUp, Searcher, SearchSettings
from bot.engine.search.base import _PassagesQuoting, with_first_names
from bot.engine.shelves import QuoteShelf
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import fold_marks, terms, tokens
from bot.errors import QuestionError
from tests.engine.stories import searcher_for


def top(searcher: Searcher, question: str) -> tuple[int, set[str | None]]:
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    first = answer.passages[0]
    return first.paragraph, {q.speaker for q in first.quotes}


def test_the_example_question_returns_paragraphs_14_and_13_credited_to_bukele(
    searcher: Searcher,
) -> None:
    answer = searcher.ask("what did Bukele say about returning Garcia?")
    assert answer.answered
    assert answer.asked_speaker == "Nayib Bukele"
    # his own words first, the paragraph relaying them beside (test_relayed_and_own_words.py)
    assert [p.paragraph for p in answer.passages[:2]] == [14, 13]
    for passage in answer.passages[:2]:
        assert passage.quotes
        assert {q.speaker for q in passage.quotes} == {"Nayib Bukele"}


@pytest.mark.parametrize(
    "question",
    [
        "what did Bukele say about returning Garcia?",
        "How much is the US paying El Salvador?",
        "what did the mayor of Springfield say about the festival?",
        "what did Zebulon Quarrington say about the budget?",
    ],
)
def test_an_answer_is_the_model_pydantic_validates_from_its_values(
    searcher: Searcher, question: str
) -> None:
    """An answer and its passages are made without validating their values again: they must
    be the models pydantic makes of them, field by field and type by type."""
    answer = searcher.ask(question)
    validated = Answer.model_validate(answer.model_dump())
    assert validated == answer
    pairs = [(answer, validated)]
    pairs += list(zip(answer.passages, validated.passages, strict=True))
    for made, checked in pairs:
        for field in type(made).model_fields:
            assert type(getattr(made, field)) is type(getattr(checked, field)), field
    assert answer.model_dump_json() == validated.model_dump_json()


@pytest.mark.parametrize(
    ("question", "paragraph", "speaker"),
    [
        ("What did the press secretary say?", 23, "Karoline Leavitt"),
        ("What did Flores-Macias warn about?", 10, "Gustavo Flores-Macias"),
        ("What did Trump say about the media?", 15, "Donald Trump"),
        ("How did Bukele describe the $6 million fee?", 24, "Nayib Bukele"),
        ("What did Pam Bondi say about the Supreme Court ruling?", 16, "Pam Bondi"),
        ("What did the Human Rights Watch analysis say about the emergency?", 20, None),
    ],
)
def test_speaker_questions_put_that_speakers_quotes_first(
    searcher: Searcher, question: str, paragraph: int, speaker: str | None
) -> None:
    found, speakers = top(searcher, question)
    assert found == paragraph
    assert speaker is None or speaker in speakers


def test_role_words_reach_the_person_through_the_index(searcher: Searcher) -> None:
    """Paragraph 5 says only "he added": the professor is found through his indexed role."""
    answer = searcher.ask("what did the professor say about tourism?")
    assert answer.passages[0].paragraph == 5
    assert answer.passages[0].quotes[0].speaker == "Gustavo Flores-Macias"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What did Vladimir Putin say about the meeting?", "doesn't quote Vladimir Putin"),
        ("What did the mayor of San Salvador say?", "doesn't quote the mayor of San Salvador"),
        ("What did Joe Biden say?", "Joe Biden is mentioned in the story but not quoted"),
        # a role the story gives, qualified as nobody it names
        ("what did the peruvian president say about gangs", "doesn't quote the peruvian president"),
        ("What did the Salvadoran interior minister say?", "doesn't quote the Salvadoran interior"),
        ("What did Bukele's lawyers say?", "doesn't quote Bukele's lawyers"),
        ("what did the guatemalan trade mnister say", "doesn't quote the guatemalan trade"),
    ],
)
def test_refuses_naming_whom_the_story_quotes_when_asked_for_someone_it_does_not(
    searcher: Searcher, question: str, reason: str
) -> None:
    answer = searcher.ask(question)
    assert not answer.answered and answer.confidence is None
    assert answer.passages == ()
    assert reason in (answer.reason or "")
    assert "Nayib Bukele" in answer.quoted_speakers  # whom it does quote, never their quotes


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What did Bukele say about Bitcoin?", "doesn't mention Bitcoin"),
        ("Who won the World Cup?", "doesn't mention World Cup"),
        # near the story's subject in meaning, but no nearer one passage than the others
        ("How many deportees came from Venezuela?", "doesn't mention Venezuela"),
        ("Did Guatemala sign a deal too?", "doesn't mention Guatemala"),
        ("lmao 😂 <@1234> ok 👀 fr", None),  # nothing left to search: a question error
    ],
)
def test_refuses_a_thing_the_corpus_never_mentions_with_what_it_covers(
    searcher: Searcher, question: str, reason: str | None
) -> None:
    if reason is None:
        with pytest.raises(QuestionError):
            searcher.ask(question)
        return
    answer = searcher.ask(question)
    assert not answer.answered and answer.passages == ()
    assert reason in (answer.reason or "")
    assert answer.quoted_speakers == ()  # not about a person: no list of people
    assert answer.scope is not None and "Bukele" in answer.scope


@pytest.mark.parametrize(
    "question",
    ["Who would have led the Justice Department?", "What did Beijing build in El Salvador?"],
)
def test_a_name_the_story_never_uses_but_close_in_meaning_to_it_is_searched_not_refused(
    story_snapshot: IndexSnapshot, searcher: Searcher, question: str
) -> None:
    """The story speaks of the attorney general and of China, never of the "Justice
    Department" or "Beijing": the names are no clear evidence that it is silent."""
    answer = searcher.ask(question)
    assert answer.answered and answer.passages
    assert answer.confidence == "low"
    # (a capital's bridge to its country would make "Beijing" no unknown name at all)
    every_unknown_name_refuses = Searcher(
        story_snapshot,
        SearchSettings(unknown_name_lead=1.0, bridge_sources=(Source.FAMILY, Source.SYNONYMS)),
    )
    assert "doesn't mention" in (every_unknown_name_refuses.ask(question).reason or "")


@pytest.mark.parametrize(
    "question",
    [
        "What did the Cornell professor say about China?",
        "Is Bukele married?",
        "How many people died in the prison?",
        "What did Trump say about the economy?",
        "What is the population of Maryland?",
        "What's the weather in San Salvador?",
        "What currency does El Salvador use?",
    ],
)
def test_weak_evidence_gives_the_closest_passages_labelled_not_a_refusal(
    searcher: Searcher, question: str
) -> None:
    """Sharing few words with the story is not evidence that it is silent: the closest passages
    come, with low confidence, for the front ends to label."""
    answer = searcher.ask(question)
    assert answer.answered and answer.passages
    assert answer.confidence == "low"


def test_every_passage_and_quote_is_verbatim_from_the_story(
    searcher: Searcher, story_snapshot: IndexSnapshot
) -> None:
    [story] = story_snapshot.stories
    for question in ["What did Trump say?", "human rights", "deportees prison cost"]:
        for passage in searcher.ask(question, top_k=10).passages:
            assert story.body[story.body.index(passage.text) :].startswith(passage.text)
            for quote in passage.quotes:
                assert passage.text[quote.start : quote.end] == quote.text
            for span in passage.highlights:
                assert fold_marks(passage.text[span.start : span.end]).strip()


def test_highlights_are_the_question_terms_in_the_passage_on_every_ask(
    story_snapshot: IndexSnapshot,
) -> None:
    """Passage words are worked out once per passage; asking again must show the same."""
    searcher = Searcher(story_snapshot)
    question = "What did Bukele say about human rights in the prison?"
    first = searcher.ask(question, top_k=5)
    query = set(terms(question))
    for passage in first.passages:
        want = [(t.start, t.end) for t in tokens(passage.text) if t.term in query]
        assert [(s.start, s.end) for s in passage.highlights] == want
    assert searcher.ask(question, top_k=5) == first


def test_answers_never_come_from_credits_or_inserted_headlines(searcher: Searcher) -> None:
    for question in ["Who contributed to the deportations?", "Can the New Right coexist?"]:
        answer = searcher.ask(question, top_k=10)
        assert all(p.paragraph not in (29, 32) for p in answer.passages)
    # asked of the story itself, the credits are its byline, shown as such (test_story_facts.py)
    answer = searcher.ask("Who contributed to this story?")
    assert answer.about_story is not None and answer.about_story.asked == ("byline",)


def test_follow_ups_read_the_previous_turn(searcher: Searcher) -> None:
    first = searcher.ask("What did Bukele say about returning Garcia?")
    shown = tuple((p.story_id, p.paragraph) for p in first.passages)
    again = searcher.ask(
        "what else did he say?",
        follow_up=FollowUp(first.question, "nayib-bukele", shown),
    )
    assert again.answered and again.asked_speaker == "Nayib Bukele"
    assert not {(p.story_id, p.paragraph) for p in again.passages} & set(shown)
    assert all(any(q.speaker == "Nayib Bukele" for q in p.quotes) for p in again.passages)
    no_context = searcher.ask("what else did he say?")
    assert not no_context.answered and "who you mean" in (no_context.reason or "")


def test_quote_kinds_reach_the_answer(searcher: Searcher) -> None:
    answer = searcher.ask("What did Stephen Miller tell reporters?")
    kinds = {q.kind for q in answer.passages[0].quotes}
    assert kinds == {QuoteKind.INDIRECT}


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "\u200b\u200b", "?!?"])
def test_empty_questions_get_a_clear_message(searcher: Searcher, question: str) -> None:
    with pytest.raises(QuestionError, match=r"ask a question|words to search"):
        searcher.ask(question)


def test_overlong_questions_get_a_clear_message(searcher: Searcher) -> None:
    with pytest.raises(QuestionError, match="10,000 characters long; please keep it under 1,000"):
        searcher.ask("x" * 10_000)


@pytest.mark.parametrize(
    "question",
    [
        "what did bukele say \x00\x07 about garcia",
        "🇸🇻 what did Bukele say about Garcia? 🤔",
        "**what** did _Bukele_ say about `Garcia`? > quote",
        "'; DROP TABLE passages; -- what did Bukele say",
        'Bukele" OR 1=1 NEAR(garcia) *',
        "@everyone <@123> <@&456> what did Trump say?",
        "\u202ewhat did Trump say\u202c",
    ],
)
def test_odd_input_gets_an_answer_not_a_traceback(searcher: Searcher, question: str) -> None:
    answer = searcher.ask(question)
    assert answer.answered or answer.reason


def previous_turn(searcher: Searcher, question: str) -> FollowUp:
    answer = searcher.ask(question)
    speaker = next((p.id for p in searcher.snapshot.people if p.name == answer.asked_speaker), None)
    return FollowUp(question, speaker, tuple((p.story_id, p.paragraph) for p in answer.passages))


@pytest.mark.parametrize(
    ("follow_up", "speaker", "paragraph"),
    [
        ("and Trump?", "Donald Trump", 9),  # Trump on crime
        ("why?", "Nayib Bukele", 7),  # the same speaker and topic again
        ("what did he say?", "Nayib Bukele", 7),
    ],
)
def test_elliptical_follow_ups_keep_the_topic(
    searcher: Searcher, follow_up: str, speaker: str, paragraph: int
) -> None:
    turn = previous_turn(searcher, "What did Bukele say about crime?")
    answer = searcher.ask(follow_up, follow_up=turn)
    assert answer.answered and answer.asked_speaker == speaker
    assert answer.passages[0].paragraph == paragraph


def test_a_follow_up_can_add_to_a_plain_question(searcher: Searcher) -> None:
    turn = previous_turn(searcher, "How many people has El Salvador detained?")
    answer = searcher.ask("and how many were convicted?", follow_up=turn)
    assert "convicted" in answer.passages[0].text
    unknown = searcher.ask("and Putin?", follow_up=turn)
    assert not unknown.answered and "Putin" in (unknown.reason or "")


@pytest.mark.parametrize(
    ("question", "speaker", "paragraph"),
    [
        ("Quote Trump on El Salvador", "Donald Trump", 9),
        ("What did HRW report about detentions?", "Human Rights Watch", 20),
        ("Bukele's comments on the Supreme Court ruling?", "Nayib Bukele", 13),
        ("What was Bukele's response about sending Garcia back?", "Nayib Bukele", 14),
    ],
)
def test_other_ways_of_asking_for_someones_words(
    searcher: Searcher, question: str, speaker: str, paragraph: int
) -> None:
    answer = searcher.ask(question)
    assert answer.asked_speaker == speaker
    assert answer.passages[0].paragraph == paragraph


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("tell me about the money", "the money"),
        ("what's the story with Garcia", "Garcia"),
        ("what's going on with the prison?", "the prison?"),
        ("Can you tell me about the notorious prison?", "the notorious prison?"),
    ],
)
def test_how_people_open_a_question_in_chat_is_not_what_it_is_about(
    searcher: Searcher, question: str, plain: str
) -> None:
    answer, plainly = searcher.ask(question), searcher.ask(plain)
    assert answer.answered and plainly.answered, (answer.reason, plainly.reason)
    assert answer.passages[0].paragraph == plainly.passages[0].paragraph


def test_a_chat_opener_does_not_make_the_story_answer_what_it_lacks(searcher: Searcher) -> None:
    for question in ("tell me about the weather in San Francisco", "what's going on with Obama?"):
        assert not searcher.ask(question).answered, question


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # A role several people share is not the person named elsewhere in the question.
        ("what did the US president say about Bukele?", "Donald Trump"),
        ("what did the president say about Bukele?", "Donald Trump"),
        # A possessive says whose aide, not who spoke.
        ("what did Trump's aide Stephen Miller say?", "Stephen Miller"),
        ("What did Trump's press secretary say about the prison?", "Karoline Leavitt"),
        ("What was the press secretary's comment on the prison?", "Karoline Leavitt"),
        # Verbs of praise and blame ask for someone's words too.
        ("How did Trump praise Bukele?", "Donald Trump"),
        # Other words for the story's roles, where they name one person.
        ("What did the Salvadoran leader say?", "Nayib Bukele"),
        ("what did the White House spokeswoman say?", "Karoline Leavitt"),
        # ... and of the country of the person whose they are said to be
        ("what did Trump's aide say?", "Stephen Miller"),
        ("what did trump's spokeswoman say?", "Karoline Leavitt"),
        ("what did the political scientist say?", "Gustavo Flores-Macias"),
        # (sixteenth session: "the analyst" was refused as someone the story does not quote)
        ("what did the analyst say about the meeting?", "Gustavo Flores-Macias"),
        ("what did the commentator say?", "Gustavo Flores-Macias"),
    ],
)
def test_the_speaker_is_who_the_speaker_words_name(
    searcher: Searcher, question: str, speaker: str
) -> None:
    answer = searcher.ask(question)
    assert answer.answered and answer.asked_speaker == speaker, answer.reason
    assert {q.speaker for q in answer.passages[0].quotes} == {speaker}


def test_someone_only_described_through_a_known_person_is_not_that_person(
    searcher: Searcher,
) -> None:
    # a role holder of someone else's country; "the leader": which one?
    for who in ("Bukele's spokesman", "Bukele's adviser", "the leader"):
        answer = searcher.ask(f"what did {who} say?")
        assert not answer.answered
        assert answer.reason == f"The story doesn't quote {who}."


def test_who_a_speaker_told_is_how_the_question_asks_not_what_about(searcher: Searcher) -> None:
    answer = searcher.ask("What did Karoline Leavitt tell reporters?")
    assert answer.answered and answer.asked_speaker == "Karoline Leavitt", answer.reason
    assert {q.speaker for q in answer.passages[0].quotes} == {"Karoline Leavitt"}


def test_a_first_name_no_one_else_has_names_its_person_in_questions(searcher: Searcher) -> None:
    for question, speaker in [
        ("what did Karoline say?", "Karoline Leavitt"),
        ("What did Nayib say about Garcia?", "Nayib Bukele"),
    ]:
        answer = searcher.ask(question)
        assert answer.asked_speaker == speaker, answer.reason
        assert {q.speaker for q in answer.passages[0].quotes} == {speaker}


def test_a_first_name_that_is_also_a_word_or_shared_is_not_an_alias() -> None:
    people = [
        Person(id="will-smith", name="Will Smith", aliases=("Will Smith", "Smith")),
        Person(id="ana-diaz", name="Ana Diaz", aliases=("Ana Diaz", "Diaz")),
        Person(id="ana-ruiz", name="Ana Ruiz", aliases=("Ana Ruiz", "Ruiz")),
        Person(id="omar-haddad", name="Omar Haddad", aliases=("Omar Haddad", "Haddad")),
    ]
    aliases = {p.id: p.aliases for p in with_first_names(people)}
    assert aliases["will-smith"] == ("Will Smith", "Smith")  # "will" is a word
    assert aliases["ana-diaz"] == ("Ana Diaz", "Diaz")  # two Anas
    assert aliases["omar-haddad"] == ("Omar Haddad", "Haddad", "Omar")


@pytest.mark.parametrize(
    "markup",
    [
        "<@81234567890>",
        "<@!81234567890>",
        "<@&55512345>",
        "<#99912345>",
        "<:pepe_think:1234567890>",
        "<a:dance:1234567890>",
        "https://example.com/thread/123",
        "HTTP://EXAMPLE.COM/THREAD",  # in capitals: the pattern ignores case, as its shortcut
        "Www.example.com/thread",
        ":eyes:",
        # Slack's: a user, a user with the name it shows, a channel, a broadcast, a group
        "<@U024BE7LH>",
        "<@W024BE7LH|sam>",
        "<#C024BE7LH|general>",
        "<!here>",
        "<!subteam^S012AB3CD|@reporters>",
        "<https://example.com/thread|the thread>",
    ],
)
def test_chat_markup_is_not_the_question(searcher: Searcher, markup: str) -> None:
    plain = searcher.ask("what did Bukele say about sending Garcia back?")
    marked = searcher.ask(f"{markup} what did Bukele say about sending Garcia back? {markup}")
    assert marked.answered and marked.confidence == plain.confidence
    assert [p.paragraph for p in marked.passages] == [p.paragraph for p in plain.passages]


@pytest.mark.parametrize(
    "question",
    [
        "what did Bukele say about sending Garcia back?",
        "how much was El Salvador paid for the deportees",
        "what is the prison called",
    ],
)
def test_a_shouted_question_is_read_as_the_same_question(searcher: Searcher, question: str) -> None:
    # Before: "WHAT DID BUKELE SAY ..." was refused as the unknown name "DID BUKELE SAY ..."
    plain = searcher.ask(question.lower())  # as typed without capitals
    shouted = searcher.ask(question.upper())
    assert shouted.answered, shouted.reason
    assert [p.paragraph for p in shouted.passages] == [p.paragraph for p in plain.passages]
    assert (shouted.confidence, shouted.asked_speaker) == (plain.confidence, plain.asked_speaker)


def test_topic_free_chat_words_count_for_nothing(searcher: Searcher) -> None:
    plain = searcher.ask("how much was El Salvador paid for the deportees")
    chatty = searcher.ask("ngl lol how much was El Salvador paid for the deportees tbh 💀💀")
    assert [p.paragraph for p in chatty.passages] == [p.paragraph for p in plain.passages]
    assert chatty.confidence == plain.confidence


@pytest.mark.parametrize(
    "question",
    [
        "who is the professor in the article",
        "who's the professor mentioned in this story",
        "anyone know who the professor is",
    ],
)
def test_naming_the_story_itself_or_asking_anyone_counts_for_nothing(
    searcher: Searcher, question: str
) -> None:
    # Before: "article" and "story" counted as words the story never uses (low confidence)
    plain = searcher.ask("who is the professor")
    named = searcher.ask(question)
    assert [p.paragraph for p in named.passages] == [p.paragraph for p in plain.passages]
    assert named.confidence == plain.confidence == "high"


MILLBROOK = "\n".join(
    [
        "Millbrook will open a second fire station next year, the council said Tuesday.",
        (
            "According to the fire chief, 40 people in Millbrook were hurt in house fires last "
            "year, most of them in the older streets north of the river."
        ),
        "Millbrook is home to 14,000 people, twice as many as in 1990.",
        "The station will cost $3 million, paid for by a bond the voters approved in May.",
    ]
)


@pytest.mark.parametrize("source", ["according to the story?", "according to this article"])
def test_according_to_the_story_itself_counts_for_nothing(source: str) -> None:
    # Before: "according" was searched, and the fire chief's count of the hurt, the passage
    # saying "According to", was the confident answer to how many people live there
    searcher = searcher_for("millbrook", MILLBROOK)
    answer = searcher.ask(f"how many people live in millbrook {source}")
    assert "home to 14,000 people" in answer.passages[0].text
    assert answer.confidence == searcher.ask("how many people live in millbrook").confidence


@pytest.mark.parametrize(
    "joined",
    [
        "{first}? and {second} to hold them here",
        # typed without the question mark: "and" before a question word asking with its verb
        "{first} and {second} to hold them here",
        "{first}, also {second} to hold them here",
    ],
)
def test_a_message_with_two_questions_is_answered_part_by_part(
    searcher: Searcher, joined: str
) -> None:
    first, second = "how many people has El Salvador detained", "what did Miller say it costs"
    answer = searcher.ask(joined.format(first=first, second=second))
    shown = [p.paragraph for p in answer.passages]
    assert shown[:2] == [18, 25]  # the best passage of each part, in turn


def test_a_question_asking_for_a_number_gets_the_passage_holding_it(
    story_snapshot: IndexSnapshot, searcher: Searcher
) -> None:
    question = "When did the two presidents first get together?"
    by_words = Searcher(story_snapshot, SearchSettings(semantic_weight=0.0)).ask(question)
    assert by_words.passages[0].paragraph == 30  # "The two met in 2019"
    # Closeness in meaning puts ¶8 first ("the first ... to visit", a date too): the answer
    # is still shown, second (a known cost of dense retrieval on this phrasing).
    assert [p.paragraph for p in searcher.ask(question).passages][:2] == [8, 30]


def test_a_passage_quoting_two_people_gives_each_quotation_its_speaker(
    searcher: Searcher,
) -> None:
    passage = searcher.ask("what did the president say about sick people?").passages[0]
    each = passage.quotes_by_speaker()
    assert {quote.speaker for quote in each} == {"Donald Trump", "Pam Bondi"}
    # Bondi's words are reported, not quoted: a front end shows them so
    assert {q.speaker: q.kind for q in each}["Pam Bondi"] is QuoteKind.INDIRECT


def test_a_misspelt_role_still_names_the_person_who_holds_it(searcher: Searcher) -> None:
    answer = searcher.ask("what did the cornell profesor say about tourism")
    assert answer.asked_speaker == "Gustavo Flores-Macias"
    assert answer.passages[0].quotes[0].speaker == "Gustavo Flores-Macias"


def test_who_questions_expect_someone_the_question_does_not_name() -> None:
    assert expected_answer("who turned Bukele away when he showed up unannounced?") == (
        Expected.PERSON
    )
    assert expected_answer("how long ago did they first meet") == Expected.NUMBER
    assert expected_answer("why did the White House want the deal") is None


def test_a_question_doubting_who_said_it_shows_whoever_did(searcher: Searcher) -> None:
    """ "did X say it, or someone else?": the passage of the person the story quotes saying it,
    with their name, and no claim that X said it."""
    answer = searcher.ask(
        "did Trump say it would be preposterous to return Garcia, or was it somebody else?"
    )
    assert answer.asked_speaker is None
    assert answer.passages[0].paragraph == 13
    assert {q.speaker for q in answer.passages[0].quotes} == {"Nayib Bukele"}
    # without the doubt it asks for Trump's words, and gets only his
    plain = searcher.ask("did Trump say it would be preposterous to return Garcia?")
    assert plain.asked_speaker == "Donald Trump"
    assert all(q.speaker == "Donald Trump" for q in plain.passages[0].quotes)


@settings(max_examples=200, deadline=None)
@given(
    quoted=st.lists(st.tuples(st.integers(-1, 4), st.integers(-1, 30)), max_size=60),
    group=st.lists(st.sampled_from(["s0", "s1", "s2", "s3", "s4", "nobody"]), max_size=7),
)
def test_a_group_s_passages_are_those_its_speakers_quotes_stand_in(
    quoted: list[tuple[int, int]], group: list[str]
) -> None:
    """The passages quoting a group of speakers, ascending, each with the number of their
    quotes it holds (a speaker named twice counted twice; a quote of nobody known, or in no
    indexed passage, in none): what the quotes' arrays say, however the runs are gathered."""
    speaker_ids = ["s0", "s1", "s2", "s3", "s4"]
    speakers = np.array([s for s, _ in quoted], dtype=np.int32)
    passages = np.array([p for _, p in quoted], dtype=np.int32)
    shelf = QuoteShelf(passages, speakers, speaker_ids)
    want: Counter[int] = Counter()
    for name in group:
        for s, p in quoted:
            if s >= 0 and p >= 0 and speaker_ids[s] == name:
                want[p] += 1
    places, counts = _PassagesQuoting(shelf).of_group(group)
    assert places.dtype == np.int64 and counts.dtype == np.int64
    assert places.tolist() == sorted(want)
    assert counts.tolist() == [want[p] for p in sorted(want)]


def test_a_group_s_passages_are_counted_without_sorting_them_into_a_mask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A group's passages and their quotes counted by where each distinct passage first
    stands among its sorted quotes (numpy's unique, which picks them by a mask copied a run at
    a time, was a third of a surname's 290 people's first look-up at 1,000,000 passages): the
    same passages and counts, in the same dtypes."""

    def no_unique(*args: object, **kwargs: object) -> None:
        raise AssertionError("np.unique")

    monkeypatch.setattr(np, "unique", no_unique)
    speaker_ids = ["s0", "s1", "s2"]
    #                 s0 quoted in 3, 3, 7;  s1 in 1, 3, 9;  s2 in 7;  nobody in 5;  s1 unindexed
    speakers = np.array([0, 0, 1, 1, 0, 2, -1, 1, 1], dtype=np.int32)
    passages = np.array([3, 3, 1, 3, 7, 7, 5, 9, -1], dtype=np.int32)
    quoting = _PassagesQuoting(QuoteShelf(passages, speakers, speaker_ids))
    places, counts = quoting.of_group(["s0", "s1", "s2", "nobody"])
    assert places.dtype == np.int64 and counts.dtype == np.int64
    assert places.tolist() == [1, 3, 7, 9]
    assert counts.tolist() == [1, 3, 2, 1]
    places, counts = quoting.of_group(["nobody"])
    assert places.tolist() == [] and counts.tolist() == []
    assert places.dtype == np.int64 and counts.dtype == np.int64


def test_a_group_s_quoted_people_and_passages_are_read_once_by_its_tuple(
    searcher: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question reader gives a group's people as the same tuple in every question naming
    them (a surname 290 people share at 1,000,000 passages): those quoted, and their
    passages, worked out once by that tuple, then without reading each one's id again; the
    same people and passages as a list of them gives."""
    quoted = searcher.quoted_people[:3]
    unquoted = [p for p in searcher._people.values() if not searcher._has_quotes(p)][:1]
    assert len(quoted) == 3 and unquoted
    group = (*quoted, *unquoted)
    assert list(searcher._quoted_of(list(group))) == list(quoted)
    quoting = searcher._quoted_of(group)
    assert list(quoting) == list(quoted)
    assert searcher._quoted_of(quoted) is quoted  # all quoted: the group's own tuple
    passages = searcher._quoting_passages(quoting)
    by_list = searcher._quoting_passages(list(quoted))
    assert passages.numbered.tolist() == by_list.numbered.tolist()
    assert passages.quotes.tolist() == by_list.quotes.tolist()

    class NoIds:
        def __contains__(self, item: object) -> bool:
            raise AssertionError("an id read again")

    def no_id(person: Person) -> str:
        raise AssertionError("an id read again")

    monkeypatch.setattr(searcher, "_quoted_ids", NoIds())
    monkeypatch.setattr("bot.engine.search.base.PERSON_ID", no_id)
    assert searcher._quoted_of(group) is quoting
    assert searcher._quoting_passages(quoting) is passages


@pytest.mark.parametrize(
    "question", ["whats HRWs verdict on bukele since he took over", "what did HRWs say"]
)
def test_known_initials_with_an_s_are_read_as_theirs(searcher: Searcher, question: str) -> None:
    # Before: "The story doesn't mention HRWs."
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    assert any(q.speaker == "Human Rights Watch" for q in answer.passages[0].quotes)
