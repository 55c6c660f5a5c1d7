"""Shapes attribution set 18 (`tests/data/attribution/unseen-18`, attr-20, read whole in the
thirty-second session by 9attr31) credited wrongly or left nobody's, by cause, on a harbour
bridge story of our own (the last rule on a skier's appeal): a name given after "known" and
words saying to whom or how ("known to locals as the "Old Iron Span""); the question put after
"Asked by a reporter," with the answer's cue after it ("Asked by a reporter, "...?" Ruiz said:
"...""); a participle putting a question to the subject, longer than ten words ("X, asked
whether ..., said:"); a role's long body name in an appositive ("president of the local chapter
of the National Association of Letter Carriers"); a title the story gave one of two people
sharing a surname that no list of roles knows ("Father Lund said"); a first name alone as the
cue inside a speaker's words ("Harold used to say, '...'"); a name set off after a role inside
them ("My predecessor, Father Luis Marto, told me ..., '...'"); a role owned by "his" in the
story's first paragraph, told back to further down ("his lawyer said" then "the lawyer, Ingrid
Dahl,"). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "PORT ELLIS, Maine — The town will close the harbour bridge for repairs next month, the"
    " first full closing since it opened in 1911."
)
CLOSING = "The bridge is expected to reopen in the spring."


def harbour(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_name_known_to_someone_as_is_nobodys_words() -> None:
    # Before: the society's and Greta Olsen's words ("known" had to stand right before "as")
    body = harbour(
        "The Port Ellis Historical Society said its members had voted to restore the bridge,"
        " known to locals as the “Old Iron Span,” before the summer.",
        "Greta Olsen, a retired engineer, said the ferry, known locally as the “Harbor Queen,”"
        " had carried cars across the inlet until 1911.",
        "Tom Berg said the tug, known in the yard as “Big Bertha,” would tow the span away.",
    )
    searcher = searcher_for("bridge-known", body)
    assert quoted(searcher, "Old Iron Span") == [None]
    assert quoted(searcher, "Harbor Queen") == [None]
    assert quoted(searcher, "Big Bertha") == [None]


def test_a_label_in_lower_case_after_known_stays_the_speakers() -> None:
    # Guard: words in lower case are a label, words, as after "called"
    body = harbour(
        "Greta Olsen, a retired engineer, said the old span, known to locals as “the rattler,”"
        " had worried her for years.",
    )
    searcher = searcher_for("bridge-known-guard", body)
    assert quoted(searcher, "the rattler") == ["Greta Olsen"]


def asked(sentence: str) -> str:
    return harbour(
        "Mayor Ana Ruiz said the town had saved for the repairs for a decade.",
        sentence,
    )


def test_the_question_put_after_asked_by_is_not_the_answerers() -> None:
    # Before: Ruiz's ("Ruiz said:" read as the question's cue, one sentence after "?")
    searcher = searcher_for(
        "bridge-asked",
        asked("Asked by a reporter, “Will the ferry run again?” Ruiz said: “Not this year.”"),
    )
    assert quoted(searcher, "ferry run again") == [None]
    assert quoted(searcher, "Not this year") == ["Ana Ruiz"]
    searcher = searcher_for(
        "bridge-asked-comma",
        asked("When asked, “Is the money there?” Ruiz said, “Every cent of it.”"),
    )
    assert quoted(searcher, "money there") == [None]
    assert quoted(searcher, "Every cent") == ["Ana Ruiz"]


def test_words_after_asked_with_their_own_cue_stay_the_answerers() -> None:
    # Guards: the quotation after "Asked ...," with a cue of its own is the answer
    searcher = searcher_for(
        "bridge-asked-guard",
        asked("Asked by a reporter, “Why would we wait?” Ruiz said."),
    )
    assert quoted(searcher, "Why would we wait") == ["Ana Ruiz"]
    searcher = searcher_for(
        "bridge-asked-guard-whether",
        asked("Asked whether the ferry would run, “Not this year,” Ruiz said."),
    )
    assert quoted(searcher, "Not this year") == ["Ana Ruiz"]
    # a quotation split by its cue, no question put: the answerer's both
    searcher = searcher_for(
        "bridge-asked-guard-split",
        asked("Asked by a reporter about the cost, “We have it,” Ruiz said, “every cent.”"),
    )
    assert quoted(searcher, "We have it") == ["Ana Ruiz"]
    assert quoted(searcher, "every cent") == ["Ana Ruiz"]


def test_a_long_question_put_to_the_subject_is_set_off_as_an_appositive() -> None:
    # Before: nobody's (an appositive of eleven words or more was too long)
    body = harbour(
        "The town's engineer, Rita Okafor, has overseen the inspections since 2019.",
        "Okafor, asked whether the town would delay the work if the state grant were cut, said:"
        " “We have other money.”",
    )
    searcher = searcher_for("bridge-asked-long", body)
    assert quoted(searcher, "other money") == ["Rita Okafor"]


def test_a_roles_long_body_name_counts_once_in_an_appositive() -> None:
    # Before: nobody's (the role phrase of twelve words was too long an appositive)
    body = harbour(
        "Dana Cole, president of the local chapter of the National Association of Letter"
        " Carriers, which represents carriers in both towns, said the union had heard of the"
        " closing “an hour” before it was announced.",
    )
    searcher = searcher_for("bridge-union", body)
    assert quoted(searcher, "an hour") == ["Dana Cole"]


def test_a_long_phrase_in_lower_case_is_still_no_appositive() -> None:
    # Guard: only a capitalised name counts once; words in lower case count each
    body = harbour(
        "Dana Cole, president of the chapter and a carrier for thirty years on the same two"
        " routes in the town, said the union had heard of the closing “an hour” before it was"
        " announced.",
    )
    searcher = searcher_for("bridge-union-guard", body)
    assert quoted(searcher, "an hour") == [None]


def lunds(cue: str, *, titled: bool = True, treasurer: str = "Maria Lund") -> str:
    return harbour(
        ("Father Paul Lund, the pastor," if titled else "Paul Lund, the pastor,")
        + " said the church bell would ring as the bridge closed.",
        f"The parish treasurer, {treasurer}, who is not related to the pastor, said the parish"
        " had paid for a new rope.",
        f"{cue} said the bell would ring from the tower, beside a door that, he said, still had"
        " “the same crooked hinge it had in 1911.”",
        "“Maybe we will oil it this time,” he said.",
    )


def test_a_title_the_story_gave_one_of_a_shared_surname_is_that_one() -> None:
    # Before: nobody's ("Father" is a kin noun, no role a list knows, so "Father Lund" was
    # no subject)
    searcher = searcher_for("bridge-father", lunds("Father Lund"))
    assert quoted(searcher, "crooked hinge") == ["Paul Lund"]
    assert quoted(searcher, "oil it this time") == ["Paul Lund"]


def test_a_title_the_story_gave_no_one_stays_nobodys() -> None:
    # Guard: the story never calls either Lund "Father", and both are men: which Lund is
    # meant is a guess (with Maria Lund the treasurer, "Father" is the one man of the surname,
    # test_attribution_unseen17's gendered titles)
    searcher = searcher_for(
        "bridge-father-guard", lunds("Father Lund", titled=False, treasurer="Mark Lund")
    )
    assert quoted(searcher, "crooked hinge") == [None]


def widow(*others: str) -> str:
    return harbour(
        *others,
        "Edith Crane, 79, said her late husband, Harold Crane, had seen the closing coming.",
        "“Harold used to say, ‘They will close that bridge the day after I die,’” she said."
        " “He was right.”",
    )


def test_a_first_name_cueing_words_inside_a_quotation_is_the_one_it_opens() -> None:
    # Before: nobody's (a first name alone inside the speaker's words was no one)
    searcher = searcher_for("bridge-widow", widow())
    # the speaker's words, then the words in single marks inside them
    assert quoted(searcher, "day after I die") == ["Edith Crane", "Harold Crane"]


def test_a_first_name_two_people_open_stays_nobodys() -> None:
    # Guard: Harold Crane and Harold Dunn: which Harold is a guess
    searcher = searcher_for(
        "bridge-widow-guard",
        widow("The harbour master, Harold Dunn, has kept the bridge log since 1990."),
    )
    assert quoted(searcher, "day after I die") == ["Edith Crane", None]


def keeper(words: str) -> str:
    return harbour(
        "Tomas Reyes, the bridge keeper, said he had learned the job from the man before him.",
        f"“{words} ‘Never trust the winch in January.’ He was right,” Reyes said.",
    )


def test_a_name_set_off_after_a_role_inside_the_speakers_words_cues_the_words() -> None:
    # Before: nobody's (the comma closing the name was read as the cue's subject)
    searcher = searcher_for(
        "bridge-keeper",
        keeper("My predecessor, Father Luis Marto, told me when I was young,"),
    )
    assert quoted(searcher, "trust the winch") == ["Tomas Reyes", "Luis Marto"]


def test_two_names_set_off_inside_the_speakers_words_stay_nobodys() -> None:
    # Guard: two people told him: whose words they are is a guess
    searcher = searcher_for(
        "bridge-keeper-guard",
        keeper("My teachers, Luis Marto and Ana Soto, told me,"),
    )
    assert quoted(searcher, "trust the winch") == ["Tomas Reyes", None]


def skier(later: str, *, lede: str = "") -> str:
    return "\n".join(
        [
            lede
            + "OSLO — A 17-year-old skier banned from the national championship has appealed the"
            " ruling, his lawyer said on Monday, calling it “a punishment without a crime.”",
            "The ski federation said it would not comment while the appeal was pending.",
            later,
            "The appeal will be heard next month.",
        ]
    )


def test_an_owned_role_in_the_lede_is_the_one_named_later_with_the_role() -> None:
    # Before: nobody's ("his lawyer said" names someone's agent, no one the story knows)
    body = skier("“We have asked for the test results twice,” the lawyer, Ingrid Dahl, said.")
    searcher = searcher_for("skier-lawyer", body)
    assert quoted(searcher, "without a crime") == ["Ingrid Dahl"]


def test_an_owned_role_in_the_lede_stays_nobodys_unless_told_back() -> None:
    # Guards: the lawyer named with an owner of their own may be another's lawyer; two
    # lawyers named; a lawyer introduced as "a lawyer" is not told back to; an owned role
    # after the story's first paragraph is someone's agent, as before
    for n, later in enumerate(
        [
            "“We will respond in court,” the federation's lawyer, Ingrid Dahl, said.",
            "“We have asked twice,” the lawyer, Ingrid Dahl, said. The federation's lawyer,"
            " Lars Moen, declined to comment.",
            "“We have asked twice,” said Ingrid Dahl, a lawyer in Bergen.",
        ]
    ):
        searcher = searcher_for(f"skier-lawyer-guard-{n}", skier(later))
        assert quoted(searcher, "without a crime") == [None], later
    body = skier(
        "“We have asked for the test results twice,” the lawyer, Ingrid Dahl, said.",
        lede="The national ski championship ended on Sunday in Oslo.\n",
    )
    searcher = searcher_for("skier-lawyer-guard-later", body)
    assert quoted(searcher, "without a crime") == [None]
