"""Shapes attribution set 28 (`tests/data/attribution/unseen-28`, attr-30, read whole in the
thirty-eighth session by 9attr41) left nobody's, by cause, on a town-pool story of our own:
a trailing cue after words ending "in a post announcing the petition" read "announcing" as
someone's words relayed ("X recalled Y telling her"); a name set off by a relative clause
with a verb of its own ("X, whose ward includes the pool, also wrote to the council") read as
a clause reported before a trailing cue, whose unnamed speaker then left "she wrote:" and the
paragraph of quotation after it nobody's; a caption after "with the caption" and no colon was
no cue. Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = (
    "The Brookfield town pool, which has opened every summer since 1962, will close for good"
    " in May after the council declined to pay for a new filter system, officials said on"
    " Tuesday."
)
CLOSING = "The pool's diving boards will be sold at auction in the spring."


def pool(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


MANAGER = "Nadia Ferris, the pool's manager, said the filters were 40 years old."
SWIMMER = (
    "Lena Ostrowski, 16, has swum for the town team since she was eight. She started an online"
    " petition on Sunday."
)


def test_words_after_a_post_announcing_something_are_the_posters() -> None:
    # Before: nobody's. "wrote in a post announcing the petition": her own post, no one
    # else's words relayed; the quotation after it goes on in hers
    body = pool(
        MANAGER,
        SWIMMER,
        "“I learned to swim in that pool before I could ride a bike,” Lena Ostrowski wrote in a"
        " post announcing the petition. “Nobody asked the kids.”",
        "“It is the only cool place in town in August,” Ferris said in a statement announcing"
        " the closing date.",
    )
    searcher = searcher_for("pool-post", body)
    assert quoted(searcher, "before I could ride") == ["Lena Ostrowski"]
    assert quoted(searcher, "Nobody asked the kids") == ["Lena Ostrowski"]
    assert quoted(searcher, "only cool place") == ["Nadia Ferris"]


def test_words_someone_recalls_another_telling_stay_the_others() -> None:
    # Guards: "recalled her coach telling her" relays a coach never named; "recalled in a
    # letter her father telling her", a father never named, too
    body = pool(
        MANAGER,
        SWIMMER,
        "“Do not ever look at the wall,” Ostrowski recalled her coach telling her.",
        "“You will swim for this town one day,” Ferris recalled in a letter her father telling"
        " her.",
    )
    searcher = searcher_for("pool-recalled", body)
    assert quoted(searcher, "look at the wall") == [None]
    assert quoted(searcher, "swim for this town") == [None]


def test_a_name_set_off_by_a_relative_clause_is_no_reported_clause() -> None:
    # Before: nobody's. "X, whose ward includes the pool, also wrote to the council" is no
    # "<clause>, X wrote": her letter's words, after "she wrote:", are hers
    body = pool(
        MANAGER,
        "Councillor Amara Quist, whose ward includes the pool, also wrote to the council this"
        " week. In the letter, which her office shared with reporters, she wrote:",
        "“I do not ask the council to spend what it does not have. I ask it to count what the"
        " town loses.”",
    )
    searcher = searcher_for("pool-relative", body)
    assert quoted(searcher, "count what the town loses") == ["Amara Quist"]


def test_a_clause_reported_before_a_trailing_cue_past_a_relative_clause_stays_reported() -> None:
    # Guard: a verb outside the relative clause ("is beyond repair") makes a reported clause
    body = pool(
        MANAGER,
        "The filter system, which was installed in 1984, is beyond repair, Ferris wrote to the"
        " council.",
    )
    searcher = searcher_for("pool-relative-guard", body)
    assert speakers_of(searcher, "is beyond repair") == ["Nadia Ferris"]


def test_a_caption_a_person_posted_is_theirs() -> None:
    # Before: nobody's. "posted a photograph ... with the caption "..."" with no colon
    body = pool(
        MANAGER,
        "On social media, the swim team's coach, Omar Reyes, posted a photograph of a line of"
        " swimmers waiting outside the gates of the pool with the caption “Save our summer,"
        " Brookfield.”",
    )
    searcher = searcher_for("pool-caption", body)
    assert quoted(searcher, "Save our summer") == ["Omar Reyes"]


def test_a_bodys_caption_or_another_persons_photograph_stays_nobodys() -> None:
    # Guards: a body's caption (as a body's post is), after a colon too; a photograph
    # another took
    body = pool(
        MANAGER,
        "The Brookfield Swim Club posted a video of the last race with the caption “See you in"
        " June.”",
        "The Brookfield Swim Club posted a photograph on social media on Monday showing the"
        " empty lanes under the evening lights, with the caption: “This is what we lose.”",
        "Omar Reyes, the swim team's coach, said the team would train in a neighbouring town.",
        "Reyes posted a photograph his son took with the caption “Last lap.”",
    )
    searcher = searcher_for("pool-caption-guard", body)
    assert quoted(searcher, "See you in June") == [None]
    assert quoted(searcher, "what we lose") == [None]
    assert quoted(searcher, "Last lap") == [None]
