"""Shapes attribution set 10 (`tests/data/attribution/unseen-10`, read whole in the twenty-sixth
session, 9attr16) showed open: a surname two people share, written alone after a paragraph
naming only one of them, or before the other was named at all. Each story here is of our own
wording (a rowing club's regatta), with guards."""

from __future__ import annotations

from bot.engine.models import StoryAttribution
from bot.engine.story_analysis import attribution_from_json, attribution_to_json
from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = "The Lakeside Rowing Club won the autumn regatta on Saturday for the first time."
CLOSING = "The club races again in the spring."


def regatta(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_shared_surname_before_the_other_is_named_is_the_one_named_so_far() -> None:
    # Before: "Okafor thanked the crew" (of Nadia and, later, her sister Grace Okafor) named
    # nobody for the pronoun after it
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "The crew finished three lengths clear of the field.",
        "Okafor thanked the crew on the dock. “We trained for this in the dark,” she said.",
        "Her sister, Grace Okafor, coached the club for a decade.",
    )
    searcher = searcher_for("regatta-before-named", body)
    assert quoted(searcher, "trained for this") == ["Nadia Okafor"]


def test_a_shared_surname_right_after_a_paragraph_naming_one_of_them() -> None:
    # Before: `"...," Okafor said` right after a paragraph introducing Daniel Okafor was
    # nobody's (both Okafors named by then)
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father and the club's longtime coach, was quieter.",
        "“She has been up at five every day since March,” Okafor said.",
    )
    searcher = searcher_for("regatta-after-intro", body)
    assert quoted(searcher, "up at five") == ["Daniel Okafor"]


def test_a_shared_surname_after_one_of_the_other_gender_is_introduced_is_not_them() -> None:
    # Before (with the rule above): `"...," Okafor said, shaking her head` right after a
    # paragraph introducing her father went to him; the pronoun of the other gender in the
    # cue's sentence is evidence against him (blind attribution set 12 had this shape)
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, said she had rowed with a sore wrist.",
        "Her father, Daniel Okafor, was more relaxed. “They will be fine,” he said.",
        "“We should have won by more,” Okafor said, shaking her head.",
    )
    searcher = searcher_for("regatta-her-head", body)
    assert quoted(searcher, "won by more") != ["Daniel Okafor"]
    assert quoted(searcher, "will be fine") == ["Daniel Okafor"]


def test_a_shared_surname_after_a_paragraph_naming_both_stays_undecided() -> None:
    # guard: the paragraph before names both of them
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father, watched Nadia Okafor cross the line.",
        "“It was the best race of the year,” Okafor said.",
    )
    searcher = searcher_for("regatta-both-named", body)
    assert quoted(searcher, "best race") == [None]


def test_a_shared_surname_after_a_paragraph_writing_it_alone_stays_undecided() -> None:
    # guard: the paragraph before writes the shared surname alone too
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father, said Okafor had trained hard.",
        "“It was the best race of the year,” Okafor said.",
    )
    searcher = searcher_for("regatta-alone-before", body)
    assert quoted(searcher, "best race") == [None]


def test_a_posting_verb_after_a_quotation_is_its_cue() -> None:
    # Before: `"...," she posted.` was no cue (only `posted on X: "..."` and `posted that`
    # were), so the club president's post was nobody's
    body = regatta(
        "Club president Ines Varga posted on Facebook that the boathouse would open late.",
        "“Sleep in, champions,” she posted.",
        "“We will frame the oars,” Varga posted on Instagram, adding a photo of the crew.",
    )
    searcher = searcher_for("regatta-posted", body)
    assert quoted(searcher, "Sleep in") == ["Ines Varga"]
    assert quoted(searcher, "frame the oars") == ["Ines Varga"]


def test_a_posting_verb_with_an_object_after_a_quotation_is_no_cue() -> None:
    # guard: "posted a photo" after a quotation that ended its sentence reports no words
    body = regatta(
        "Coach Ines Varga watched from the launch.",
        "“Row!” Someone in the crowd posted a photo of the finish.",
    )
    searcher = searcher_for("regatta-posted-photo", body)
    assert quoted(searcher, "Row!") != ["Someone"]


def test_a_shared_surname_after_a_paragraph_naming_one_already_met_stays_undecided() -> None:
    # guard: Daniel was met before ("Daniel and Nadia Okafor"); the paragraph before only
    # names him again, so "Okafor" after it may be either
    body = regatta(
        "Among the rowers were Daniel and Nadia Okafor, a brother and sister from Millbrook.",
        "“We share a car to practice,” Nadia Okafor said.",
        "Her brother nodded. “She drives,” Daniel Okafor said.",
        "Okafor said the pair had “never missed a morning.”",
    )
    searcher = searcher_for("regatta-met-before", body)
    assert quoted(searcher, "never missed") == [None]


def test_a_body_the_story_calls_the_company_is_asked_as_the_company() -> None:
    # Before: "what did the company say" named no one ("Lakeside Oars" has no word for a
    # company; the story's "The company said" was kept nowhere a question reads)
    body = regatta(
        "Lakeside Oars, which built the winning boat, said in a statement that the hull had"
        " been “tested in three winters.” The company said it would build two more.",
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
    )
    searcher = searcher_for("regatta-company", body)
    answer = searcher.ask("what did the company say")
    assert answer.asked_speaker == "Lakeside Oars"
    assert "tested in three winters" in answer.passages[0].text
    # the resolver still credits "The company said" to nobody, as before
    assert speakers_of(searcher, "build two more") == [None]


def test_a_body_noun_after_another_body_as_object_calls_none_of_them() -> None:
    # guard: "asked the agency" is another body; the first "the agency" after the name is no
    # subject, so the one after it says nothing of Lakeside Oars
    body = regatta(
        "Lakeside Oars said it had asked the agency for a second inspection; the agency said"
        " it would “look again in May.”",
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
    )
    searcher = searcher_for("regatta-agency-object", body)
    answer = searcher.ask("what did the agency say")
    assert answer.asked_speaker != "Lakeside Oars"


def test_put_it_before_a_colon_is_a_cue() -> None:
    # Before: `X, who ..., put it bluntly: "..."` was nobody's (no speech verb; "X was blunt:"
    # was read, "put it" was not), and X, named nowhere else, was no person
    body = regatta(
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
        "Marta Kessler, who chairs the club's board, put it bluntly: “We have no money for"
        " a new boathouse. Somebody has to pay.”",
        "Varga summed it up: “Cold water, warm hearts.”",
    )
    searcher = searcher_for("regatta-put-it", body)
    assert quoted(searcher, "no money") == ["Marta Kessler"]
    assert quoted(searcher, "Cold water") == ["Ines Varga"]


def test_put_it_somewhere_before_a_colon_is_no_cue() -> None:
    # guard: "put it on the agenda:" says where, not how anyone said something
    body = regatta(
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
        "The board chair, Marta Kessler, put it on the agenda: “New boathouse.”",
    )
    searcher = searcher_for("regatta-put-it-somewhere", body)
    assert quoted(searcher, "New boathouse") != ["Marta Kessler"]


def test_a_relative_opening_a_clause_reported_with_no_that_is_its_verbs_subject() -> None:
    # Before: `She said her husband used to tell rowers that "..."` was nobody's ("her
    # husband" right after "said" was no subject; after "said that" it was)
    body = regatta(
        "Ines Varga, 70, founded the club with her late husband, Tomas, in 1979.",
        "“This was a swamp when we came,” she said.",
        "She said her husband, who died in 2015, used to tell new rowers that “the lake"
        " forgives nothing.”",
    )
    searcher = searcher_for("regatta-her-husband", body)
    assert quoted(searcher, "forgives nothing") == ["Tomas"]


def test_a_relative_told_by_the_speaker_is_no_subject() -> None:
    # guard: "told her husband" makes him the one told, not the one speaking
    body = regatta(
        "Ines Varga, 70, founded the club with her late husband, Tomas, in 1979.",
        "She told her husband that “the lake forgives nothing.”",
    )
    searcher = searcher_for("regatta-told-husband", body)
    assert quoted(searcher, "forgives nothing") != ["Tomas"]


def test_according_to_a_described_paper_names_the_paper() -> None:
    # Before: `According to the Dutch newspaper De Telegraaf, ...` made a body "Dutch" (the
    # word describing the paper) and credited it with what the paper reported
    body = regatta(
        "According to the Dutch newspaper De Telegraaf, the club had turned down a sponsor.",
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
    )
    searcher = searcher_for("regatta-newspaper", body)
    names = {p.name for p in searcher.snapshot.people}
    assert "Dutch" not in names
    assert speakers_of(searcher, "turned down a sponsor") == ["De Telegraaf"]


def test_a_body_asked_by_its_noun_whose_words_are_nobodys_is_still_searched() -> None:
    # guard: "The company said" is credited to no one, so "what did the company say" of
    # Lakeside Properties, which the story calls "the company", is no "mentioned but not
    # quoted" (it was, with the nouns kept and no such reading)
    body = regatta(
        "The boathouse's landlord, Lakeside Properties, raised the rent last year. In a"
        " statement, the company said it had “offered the club a discount for ten years.”",
        "Coach Ines Varga said the crew had “never rowed a stiffer boat.”",
    )
    searcher = searcher_for("regatta-company-unquoted", body)
    answer = searcher.ask("what did the company say")
    assert answer.answered, answer.reason
    assert "offered the club a discount" in answer.passages[0].text


def test_the_nouns_a_body_is_called_by_are_stored_with_a_build() -> None:
    # the compact form a build stores people in keeps `Person.called`
    body = regatta(
        "Lakeside Oars, which built the winning boat, said in a statement that the hull had"
        " been “tested in three winters.” The company said it would build two more.",
    )
    searcher = searcher_for("regatta-company-stored", body)
    attribution = StoryAttribution(people=searcher.snapshot.people, quotes=())
    again = attribution_from_json(attribution_to_json(attribution))
    assert {p.name: p.called for p in again.people}["Lakeside Oars"] == ("company",)
