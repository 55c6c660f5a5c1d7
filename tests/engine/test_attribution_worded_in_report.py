"""A quotation that someone's reported speech relays as another person's wording (9attr23w):
`He said that his foreman, Lena Brandt, had summed up the mood on the floor: "..."` quotes
Lena Brandt, not him; `as his wife put it,` quotes his wife; when the story does not let us
tell who worded it ("as one rider put it"), nobody. Each on a bakery story of our own, with
guards where the words are the reporter's own after a mention of someone else."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "Workers at the Hollis Street bakery walked out on Thursday over a change to their shifts."
    " Plant manager Owen Price said the new schedule would stand."
)
BRANDT = "Lena Brandt, a foreman on the night line, has worked at the bakery for 20 years."
CLOSING = "The two sides meet again on Monday."


def bakery(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_name_with_a_role_appositive_summing_up_in_his_reported_clause() -> None:
    # Before: his ("summed up" is no cue, so "He said" before it was taken for the words' cue)
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer who loads the ovens before dawn, said he had lost a week of pay. He"
        " said he understood the company, but that his foreman, Lena Brandt, had summed up the"
        " mood on the floor: “Nobody minds a new clock until it is their clock.”",
        "“I have two kids and a car payment,” Ruiz said.",
    )
    searcher = searcher_for("bakery-summed-up", body)
    assert quoted(searcher, "their clock") == ["Lena Brandt"]
    assert quoted(searcher, "car payment") == ["Marco Ruiz"]


def test_a_name_putting_it_in_his_reported_clause_and_his_pronoun_after() -> None:
    # Before: his; "he said" after still resolves to him, who passed the words on
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. He said Brandt had put it more"
        " simply: “Bread does not bake itself at noon.” He said he agreed.",
        "“I have two kids,” he said.",
    )
    searcher = searcher_for("bakery-put-it", body)
    assert quoted(searcher, "does not bake") == ["Lena Brandt"]
    assert quoted(searcher, "two kids") == ["Marco Ruiz"]


def test_as_his_wife_put_it_quotes_his_wife() -> None:
    # Before: his
    body = bakery(
        "Marco Ruiz, a mixer, said he had lost a week of pay. His wife, Elena Ruiz, works at a"
        " clinic across town. He said the strike had hurt them both and, as his wife put it:"
        " “We cannot pay rent with solidarity.”",
    )
    assert quoted(searcher_for("bakery-his-wife", body), "solidarity") == ["Elena Ruiz"]


def test_as_she_put_it_quotes_the_one_she_can_be() -> None:
    # Before: his
    body = bakery(
        "Marco Ruiz, a mixer, said he had lost a week of pay. His wife, Elena Ruiz, works at a"
        " clinic across town. He said that, as she put it, “We cannot pay rent with solidarity.”",
    )
    assert quoted(searcher_for("bakery-she-put-it", body), "solidarity") == ["Elena Ruiz"]


def test_a_name_who_characterized_the_mood_in_his_reported_clause() -> None:
    # Before: his ("characterized" is no cue; WordNet files its first sense among communication)
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. He said that Brandt had"
        " characterized the mood on the floor: “Nobody minds a new clock until it is their"
        " clock.”",
    )
    assert quoted(searcher_for("bakery-characterized", body), "their clock") == ["Lena Brandt"]


def test_someone_unnamed_putting_it_is_nobodys() -> None:
    # Before: his. The story does not say who; nobody rather than the one who relayed it
    body = bakery(
        "Marco Ruiz, a mixer, said he had lost a week of pay. He said the mood was sour and, as"
        " one baker put it, “Everybody is tired of the clock.”",
    )
    assert quoted(searcher_for("bakery-one-baker", body), "tired of the clock") == [None]


def test_an_unnamed_relative_summing_it_up_is_nobodys() -> None:
    # Before: his ("his neighbor" is never named)
    body = bakery(
        "Marco Ruiz, a mixer, said he had lost a week of pay. He said his neighbor had summed it"
        " up: “Everybody is tired of the clock.”",
    )
    assert quoted(searcher_for("bakery-neighbor", body), "tired of the clock") == [None]


def test_guard_told_him_was_already_hers() -> None:
    # A plain speech verb in his reported clause: hers, on main too
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. Ruiz said Brandt had told him:"
        " “There is no dough until the flour comes.”",
    )
    assert quoted(searcher_for("bakery-told-him", body), "no dough") == ["Lena Brandt"]


def test_guard_his_own_summing_up_after_a_mention_of_her() -> None:
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. Ruiz said he agreed with Brandt"
        " and summed up the mood himself: “Everybody is tired of the clock.”",
    )
    assert quoted(searcher_for("bakery-his-own-summing", body), "tired of the clock") == [
        "Marco Ruiz"
    ]


def test_guard_he_put_it_bluntly_after_her_deed() -> None:
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. Ruiz said Brandt had cut his"
        " hours, and he put it bluntly: “I am broke.”",
    )
    assert quoted(searcher_for("bakery-he-put-it", body), "I am broke") == ["Marco Ruiz"]


def test_guard_his_words_about_her() -> None:
    body = bakery(
        BRANDT,
        "Marco Ruiz, a mixer, said he had lost a week of pay. Ruiz said that Brandt had been"
        " kind, but the drivers were, as he put it, “fed up and broke.”",
    )
    assert quoted(searcher_for("bakery-as-he-put-it", body), "fed up") == ["Marco Ruiz"]
