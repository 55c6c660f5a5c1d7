"""Reading whom a question asks about and where they said it, on a story of its own: speech
verbs among a speaker's passages, and people and organisations named by how the story
describes them."""

from __future__ import annotations

import pytest

from bot.engine.descriptions import Descriptions
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The Riverton town council voted Tuesday to close the old harbour bridge for repairs.",
        (
            "Mayor Linda Okafor said the closure would last until spring. “Our crews will "
            "work through the winter,” Okafor said."
        ),
        "“Drivers should plan longer routes to the east bank,” Okafor added.",
        (
            "Harbour director Tom Reyes warned that the steel supports had rusted badly. "
            "“Another storm could bring the whole span down,” Reyes said."
        ),
        "“The repairs will cost residents dearly,” Reyes said of the budget.",
        (
            "“Shop owners on the east bank will lose their customers,” the Riverside Tenants "
            "Union said in a statement."
        ),
        "Traffic on the bridge averages 12,000 cars a day.",
        "The ferry service will add two boats during the closure.",
        (
            "Council member Ana Ruiz voted against the closure. “We were given no time to "
            "study the engineers’ report,” Ruiz said."
        ),
        "Work on the bridge is expected to begin next month.",
        "The town last repaired the bridge in 1998.",
        "Local schools will run extra buses for residents who live across the river.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


def _first(searcher: Searcher, question: str) -> tuple[str | None, str]:
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    return answer.asked_speaker, answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # "residents" is in another passage of his, not where he warned
        "what was Reyes warning residents about?",
        "what did the harbour director warn residents of",
    ],
)
def test_a_speech_verb_finds_where_the_speaker_used_it(bridge: Searcher, question: str) -> None:
    speaker, text = _first(bridge, question)
    assert speaker == "Tom Reyes"
    assert text.startswith("Harbour director Tom Reyes warned")


def test_a_plain_speech_verb_still_leaves_the_topic_to_choose(bridge: Searcher) -> None:
    # "said" is in most passages: it tells none apart, the topic does
    speaker, text = _first(bridge, "what did Reyes say about residents")
    assert speaker == "Tom Reyes"
    assert "cost residents dearly" in text


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # an organisation by a word for any organisation and words of its own name
        ("what did the tenants group say?", "Riverside Tenants Union", "Shop owners"),
        ("what did the riverside organisation say about shops", "Riverside Tenants Union", "Shop"),
        # by its own kind of word
        ("what did the union say", "Riverside Tenants Union", "Shop owners"),
        # a person by the start of their role noun, as people shorten it in chat
        ("what did the harbour dir say about storms", "Tom Reyes", "Another storm"),
    ],
)
def test_a_description_from_the_story_names_the_speaker(
    bridge: Searcher, question: str, speaker: str, fragment: str
) -> None:
    asked, text = _first(bridge, question)
    assert asked == speaker
    assert fragment in text


@pytest.mark.parametrize(
    "who", ["the landlords group", "the river charity", "the Riverside shop owners group"]
)
def test_a_group_the_story_describes_nobody_by_is_an_absent_speaker(
    bridge: Searcher, who: str
) -> None:
    answer = bridge.ask(f"what did {who} say about the closure?")
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."
    assert "Riverside Tenants Union" in answer.quoted_speakers


def test_a_word_for_any_group_alone_names_no_one(bridge: Searcher) -> None:
    # "the group": which one? Searched as a plain question, never read as the union.
    answer = bridge.ask("what did the group say?")
    assert answer.asked_speaker is None


def test_the_shipped_story_reads_role_descriptions_of_its_speakers(searcher: Searcher) -> None:
    for question, speaker in [
        ("what was the rights group warning about?", "Human Rights Watch"),
        ("what did the watchdog report about El Salvador's prisons", "Human Rights Watch"),
        # the asking word after the verb, as said aloud (before: a plain question)
        ("Trump's press sec said what exactly", "Karoline Leavitt"),
        ("what did trump's press sec tell reporters", "Karoline Leavitt"),
        ("what did the cornell prof say about tourism", "Gustavo Flores-Macias"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered and answer.asked_speaker == speaker, (question, answer.reason)
    for who in ("the UN rights group", "the Salvadoran watchdog group"):
        answer = searcher.ask(f"what did {who} say?")
        assert not answer.answered and answer.reason == f"The story doesn't quote {who}."


def test_when_something_will_happen_is_not_answered_by_a_time_gone_by(bridge: Searcher) -> None:
    # the council voted "Tuesday": no sign of the answer for a vote to come
    signals = bridge.confidence_signals("when is the town council going to vote again?")
    assert signals is not None and signals.answer_type == -1
    # a time to come the story gives is the answer, and a sign of it
    answer = bridge.ask("when will the work on the bridge begin?")
    assert answer.passages[0].text.startswith("Work on the bridge is expected to begin")
    signals = bridge.confidence_signals("when will the work on the bridge begin?")
    assert signals is not None and signals.answer_type == 1


def test_a_focus_word_is_not_what_a_question_is_about(bridge: Searcher) -> None:
    # "even" weighs nothing: the passage is the same with or without it
    plain = bridge.ask("did the ferry service add boats")
    focused = bridge.ask("did the ferry service even add boats")
    assert [p.paragraph for p in focused.passages] == [p.paragraph for p in plain.passages]
    signals = bridge.confidence_signals("did the ferry service even add boats")
    assert signals == bridge.confidence_signals("did the ferry service add boats")


def test_a_misspelt_description_still_names_the_speaker(bridge: Searcher) -> None:
    asked, _ = _first(bridge, "what did the tennants group say")
    assert asked == "Riverside Tenants Union"
    # a word of its own one letter away is no typo: a group the story does not describe
    answer = bridge.ask("what did the tenors group say")
    assert not answer.answered and answer.reason == "The story doesn't quote the tenors group."


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the harbour guy say about storms", "Tom Reyes"),
        ("what did the mayor lady say", "Linda Okafor"),
    ],
)
def test_a_word_for_anyone_after_the_persons_own_words_names_them(
    bridge: Searcher, question: str, speaker: str
) -> None:
    asked, _ = _first(bridge, question)
    assert asked == speaker


def test_a_word_for_anyone_the_story_describes_nobody_by_is_an_absent_speaker(
    bridge: Searcher,
) -> None:
    answer = bridge.ask("what did the ferry guy say?")
    assert not answer.answered and answer.reason == "The story doesn't quote the ferry guy."
    # several fit: which one? Read as a plain question, never as one of them
    assert bridge.ask("what did the closure guy say").asked_speaker is None


def test_chat_shorthand_for_a_department_is_the_department(searcher: Searcher) -> None:
    short = searcher.ask("what did the state dept do to its travel advisory")
    spelt = searcher.ask("what did the state department do to its travel advisory")
    assert [p.paragraph for p in short.passages] == [p.paragraph for p in spelt.passages]
    assert short.confidence == spelt.confidence


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what was the harbour director's take on the repairs", "Tom Reyes"),
        ("what was the director's reaction to the storm", "Tom Reyes"),
        ("how was the mayor's response to the vote", "Linda Okafor"),
        ("so what is Ruiz's view on the closure?", "Ana Ruiz"),
    ],
)
def test_the_asking_words_before_a_persons_take_are_not_their_name(
    bridge: Searcher, question: str, speaker: str
) -> None:
    # "what was the director" is nobody the story quotes; the director is
    assert _first(bridge, question)[0] == speaker


@pytest.mark.parametrize(
    "question", ["what did riverton say about the bridge", "what did Riverton say?"]
)
def test_a_place_the_story_names_but_never_quotes_is_an_absent_speaker(
    bridge: Searcher, question: str
) -> None:
    # typed in lower case as in chat, one word is a name too (before, only two or three words
    # were, and the council's vote was shown as what the town said, with high confidence)
    answer = bridge.ask(question)
    assert not answer.answered
    assert answer.reason is not None and answer.reason.startswith("The story doesn't quote")
    assert "Linda Okafor" in answer.quoted_speakers


def test_one_lower_case_word_still_names_whom_the_story_quotes(bridge: Searcher) -> None:
    speaker, text = _first(bridge, "what did okafor say about the winter")
    assert speaker == "Linda Okafor"
    assert "through the winter" in text
    # an English word where a speaker should be is no name: "residents" are asked about
    assert bridge.ask("what did residents say about the bridge").answered
    # nor a short word, which may be a name misspelt past correcting: searched, not refused
    assert bridge.ask("what did okfr say about the winter").answered


# A port deal and the state's lawyers: the story spells out the offices people type as initials.
PORT_STORY = "\n".join(
    [
        "The state signed a lease on Monday handing the old grain port to the firm Kestrel Lines.",
        "“The lease breaks no law and protects every dock job,” Attorney General Rosa Imrie said.",
        "Dan Kell, a former prosecutor, was nominated for attorney general last year but withdrew.",
        "Dockworkers marched to the capitol on Friday to demand a vote on the lease.",
        "Kestrel Lines will pay the state $40 million over ten years.",
        "The firm plans to dredge the harbour channel before winter.",
        "Environmental groups fear the dredging will harm the oyster beds.",
        "The governor has not said whether she will sign the lease.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port", PORT_STORY)


@pytest.mark.parametrize(
    ("initials", "spelt"),
    [
        ("so was kell ever the AG??", "so was kell ever the attorney general??"),
        (
            "what did the AG say about the lease",
            "what did the attorney general say about the lease",
        ),
    ],
)
def test_the_initials_of_an_office_are_the_office(
    port: Searcher, initials: str, spelt: str
) -> None:
    short, long = port.ask(initials), port.ask(spelt)
    assert short.asked_speaker == long.asked_speaker
    assert [p.paragraph for p in short.passages] == [p.paragraph for p in long.passages]
    assert short.confidence == long.confidence == "high"


def test_initials_in_lower_case_are_a_word() -> None:
    from bot.engine.chat import expand_shorthand

    assert expand_shorthand("is the ag sector big") == "is the ag sector big"
    assert expand_shorthand("the AG's lawyers") == "the attorney general's lawyers"


def test_what_a_head_word_says_is_kept_and_reads_the_same_every_time(searcher: Searcher) -> None:
    """The kinds of people a description's last word names are worked out once per word and
    kept: every later question reads the same people as a reader that never kept any."""
    people = searcher.snapshot.people
    kept = Descriptions(people)
    for words in (
        ["rights", "group"],
        ["cornell", "prof"],
        ["zebulon", "quarrington"],
        ["press", "sec"],
        ["watchdog"],
        ["group"],
    ):
        for _ in range(2):
            assert kept.fitting(words) == Descriptions(people).fitting(words), words
    assert kept.fitting(["cornell", "prof"]) and not kept.fitting(["zebulon", "quarrington"])


FLOOD_STORY = "\n".join(
    [
        (
            "Mayor Dana Whitfield said the flood barriers would be finished by June. “We will "
            "not let the river take another home,” Whitfield said."
        ),
        (
            "Priya Natarajan, the city engineer, warned that the budget was too small. “Half the "
            "money is gone already,” Natarajan said."
        ),
        "Residents have filed claims that the city ignored warnings about the levee for years.",
        "Reports of mould in the flooded school were confirmed by inspectors last week.",
        "The river rose four metres in March, its highest level in a century.",
        "The council will vote on extra funding for the barriers next month.",
    ]
)


@pytest.fixture(scope="module")
def flood() -> Searcher:
    return searcher_for("flood", FLOOD_STORY)


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        # a speech word after a determiner or another noun, or in a form the asking verb does
        # not take ("does X ... claims"), is a noun: no speech of the person named
        ("does whitfield even care about the levee claims", "filed claims"),
        ("why did the mayor ignore the levee warnings", "ignored warnings"),
        ("did natarajan look at the mould reports from the school", "Reports of mould"),
    ],
)
def test_a_speech_word_used_as_a_noun_asks_no_one_s_words(
    flood: Searcher, question: str, fragment: str
) -> None:
    answer = flood.ask(question)
    assert answer.answered and answer.asked_speaker is None, (answer.asked_speaker, answer.reason)
    assert fragment in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "speaker", "fragment"),
    [
        # the speech word as the speaker's verb, in each form a question asks with
        ("what has whitfield claimed about the barriers", "Dana Whitfield", "finished by June"),
        ("did natarajan warn about the budget", "Priya Natarajan", "budget was too small"),
        ("what is natarajan saying about the money", "Priya Natarajan", "Half the money"),
        # "her claims": the words of the one named, as "Whitfield's claims" are
        ("when did whitfield make her claims about the river", "Dana Whitfield", "another home"),
        # "whatd": typed for "what did"
        ("whatd natarajan say about the money", "Priya Natarajan", "Half the money"),
        ("what'd the mayor say about the river", "Dana Whitfield", "take another home"),
        # a lead-in asking for it in short before "what X said"
        ("tldr on what natarajan said", "Priya Natarajan", "Natarajan"),
        ("quick summary of what whitfield said about the river", "Dana Whitfield", "river"),
        ("remind me what natarajan said about money", "Priya Natarajan", "Half the money"),
    ],
)
def test_chat_forms_of_asking_what_someone_said(
    flood: Searcher, question: str, speaker: str, fragment: str
) -> None:
    asked, text = _first(flood, question)
    assert asked == speaker
    assert fragment in text


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("whatd the governor say about the flood", "the governor"),
        ("tldr on what the fire chief said", "the fire chief"),
        ("gist of what dana's lawyer said", "dana's lawyer"),
    ],
)
def test_someone_the_story_does_not_quote_asked_in_chat_forms_is_refused(
    flood: Searcher, question: str, who: str
) -> None:
    answer = flood.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


def test_a_lead_in_before_what_the_story_says_asks_no_speaker(flood: Searcher) -> None:
    answer = flood.ask("tldr on what the story says about the school")
    assert answer.answered and answer.asked_speaker is None
    assert "Reports of mould" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        # "how come" asks why, in a statement's word order: "come the council" is nobody
        ("how come the council thinks the bridge must close", "close the old harbour bridge"),
        ("how come Reyes said the storm could bring it down", "Another storm"),
    ],
)
def test_how_come_asks_why_and_names_no_one_of_its_own(
    bridge: Searcher, question: str, fragment: str
) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert fragment in answer.passages[0].text


def test_a_number_where_the_speaker_stands_names_no_one(bridge: Searcher) -> None:
    # "45/47" may stand for someone (a president by his terms) but is no name the story lacks:
    # searched, never refused as an absent speaker
    answer = bridge.ask("what did 45/47 say about the storm and the steel supports")
    assert answer.answered, answer.reason
    assert "Another storm" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # a verb in the imperative before whose words are asked for is no part of the name:
        # "Quote Tom Reyes's" was refused as a name the story never mentions
        "Quote Tom Reyes's warning about the steel supports",
        "quote the harbour director's comments on storms",
        "show me Reyes's remarks about the storm",
        "Mod test: Quote Tom Reyes's remarks on the storm.",
    ],
)
def test_asking_in_the_imperative_names_the_speaker_after_the_verb(
    bridge: Searcher, question: str
) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert "Another storm" in answer.passages[0].text or "steel supports" in answer.passages[0].text


def test_asking_in_the_imperative_for_someone_absent_names_them_alone(bridge: Searcher) -> None:
    answer = bridge.ask("Quote Marco Rubio's remarks on the bridge")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote Marco Rubio."


def test_initials_of_capitalised_words_of_a_role_describe_its_holder() -> None:
    # Before: "the WH press sec" named no one (its "WH" no word of hers) and was searched
    # as a plain question, where "the White House press sec" was Leavitt
    story = searcher_for(
        "ferry",
        "\n".join(
            [
                "The county will run a new ferry to Gull Island from June.",
                "“Tickets will cost four dollars,” Harbour Board press secretary Ada Lin said.",
                "“The crossing will take twenty minutes,” harbour master Lena Kerr said.",
            ]
        ),
    )
    answer = story.ask("what did the HB press sec say about tickets")
    assert answer.asked_speaker == "Ada Lin"
    assert "four dollars" in answer.passages[0].text
