"""Shapes attribution set 29 (`tests/data/attribution/unseen-29`, attr-32, read whole in the
thirty-ninth session by 9attr32) credited to someone else or left nobody's, by cause, on a
ski-jump story of our own: a first name that is also a function word ("Per", "Even") was no
name, so "Her husband, Per Lindqvist," brought in no one and "said Lindqvist" after it went to
his wife; a reported clause in the progressive with "not" before its verb ("the town was not
asking the bureau to ...") read as someone's words relayed ("X recalled Y asking"); "the" and
a role the story gives no one ("the pharmacist said") right after a paragraph all about one
person was no one. Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "The Ostby ski jump, built in 1958, will be torn down this spring after inspectors found"
    " its tower unsafe, the town board said on Wednesday."
)
CLOSING = "The board will vote on a new hill next year."


def jump(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


CLUB = (
    "Ingrid Dahl, who runs the Ostby Ski Club, said 40 children train on the jump each winter."
    " “We have nowhere else to send them,” Dahl said."
)


def test_a_first_name_that_is_a_function_word_names_someone() -> None:
    # Before: "Even Dahl" was no one, so "said Dahl" after him was his sister's, and "Per
    # Lund" no one, so "Lund said" nobody's
    body = jump(
        CLUB,
        "Her brother, Even Dahl, a former jumper who now coaches the juniors, said several"
        " families had asked about clubs in other towns. “Once a kid stops jumping, they"
        " stop,” said Dahl, who set the hill record in 1991.",
        "The club's treasurer, Per Lund, said the club could not pay for a new tower.",
        "“We sold raffle tickets for ten years and it bought a new rope tow,” Lund said.",
    )
    searcher = searcher_for("jump-names", body)
    assert quoted(searcher, "nowhere else") == ["Ingrid Dahl"]
    assert quoted(searcher, "Once a kid") == ["Even Dahl"]
    assert quoted(searcher, "raffle tickets") == ["Per Lund"]


def test_a_capitalised_function_word_opening_a_sentence_or_a_title_names_no_one() -> None:
    # Guards: a preposition opening a sentence ("In Ostby, ..."), an article opening a
    # paper's name ("The Ostby Courier, the town's weekly,")
    body = jump(
        CLUB,
        "In Ostby Centrum, a shop owner, Kari Moen, said the jump drew visitors.",
        "The town's weekly, The Ostby Courier, a paper founded in 1921, called the decision"
        " “a sad day.”",
    )
    searcher = searcher_for("jump-names-guard", body)
    names = set(people_and_roles(searcher))
    assert "Kari Moen" in names
    assert not any(name.split()[0] in ("In", "The") for name in names)


def test_a_clause_reported_in_the_negated_progressive_is_no_one_relayed() -> None:
    # Before: nobody's. "the club was not asking the town to ...": the reported clause's
    # verb, not "X recalled Y asking"; so too "wasn't asking"
    body = jump(
        CLUB,
        "Dahl said the club was not asking the town to save the jump, only to “give the kids"
        " one more winter.”",
        "She said the club wasn't asking for money either, just for “a little patience.”",
    )
    searcher = searcher_for("jump-negated", body)
    assert quoted(searcher, "one more winter") == ["Ingrid Dahl"]
    assert quoted(searcher, "little patience") == ["Ingrid Dahl"]


def test_someone_recalled_never_saying_stays_relayed() -> None:
    # Guard: "recalled the old coach never saying" relays a coach never named, as without
    # "never"
    body = jump(
        CLUB,
        "Dahl recalled the old coach never saying “well done” to anyone.",
    )
    searcher = searcher_for("jump-negated-guard", body)
    assert quoted(searcher, "well done") == [None]


def test_the_role_no_one_holds_after_a_paragraph_about_one_person_is_theirs() -> None:
    # Before: nobody's. "the caretaker" is a role the story gives no one; the paragraph
    # before is all about Arne Holt
    body = jump(
        CLUB,
        "Arne Holt, 72, who has painted the jump's tower every summer since 1980, said he had"
        " climbed it one last time on Sunday. He said he would watch the demolition from his"
        " porch.",
        "“It's like losing a tooth you have had all your life,” the caretaker said.",
    )
    searcher = searcher_for("jump-epithet", body)
    assert quoted(searcher, "losing a tooth") == ["Arne Holt"]


def test_the_role_after_someone_else_or_another_holder_stays_nobodys() -> None:
    # Guards: someone unnamed given the role before ("a caretaker at the school"); the
    # paragraph before names two people; the one before has a role of their own; the
    # paragraph before has another speaker
    body = jump(
        CLUB,
        "A caretaker at the school said the children had painted a banner.",
        "Arne Holt, 72, said he had climbed the tower one last time on Sunday.",
        "“It's like losing a tooth,” the caretaker said.",
        "Mayor Tove Berg said she would watch the demolition.",
        "“It is the end of something,” the engineer said.",
        "Nils Aas, 80, said his father built the tower with Tove Berg's grandfather.",
        "“They did it in one summer,” the carpenter said.",
        "Sigrid Vik, 66, said she met her husband on the landing hill. “He fell,” Dahl said.",
        "“I laughed,” the nurse said.",
    )
    searcher = searcher_for("jump-epithet-guard", body)
    assert quoted(searcher, "losing a tooth") == [None]
    assert quoted(searcher, "end of something") == [None]
    assert quoted(searcher, "in one summer") == [None]
    assert quoted(searcher, "I laughed") == [None]


def test_a_name_after_another_first_name_the_people_reader_missed_is_a_guess() -> None:
    # Before: Ingrid Dahl's. "since May Dahl retired": May after "since" may be a date, so the
    # people reader brings in no May Dahl; a first name not Ingrid's before "Dahl" in the
    # paragraph says someone else has the name, so "said Dahl" is a guess between them
    body = jump(
        CLUB,
        "Her cousin has run the rope tow since May Dahl retired in 2019. “It was always her"
        " hill,” said Dahl.",
        "At the bottom of the hill, Ingrid Dahl watched. “It was always my hill,” said Dahl.",
    )
    searcher = searcher_for("jump-missed-name", body)
    assert quoted(searcher, "always her hill") == [None]
    assert quoted(searcher, "always my hill") == ["Ingrid Dahl"]
