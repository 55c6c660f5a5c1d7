"""Shapes attribution set 22 (`tests/data/attribution/unseen-22`, attr-24, read whole in the
thirty-fourth session by 9attr35) left nobody's, by cause, on a brewery story of our own: a
British member of parliament ("X, the MP for Y, said") and a full name given a relative clause
and no role ("X, who runs a bakery, said"), neither read as anyone, so a "she said" after was
no one's; a reported clause in the progressive ("said older drinkers were increasingly asking
about ...") read as someone else's words relayed; a cue closing a paragraph with a colon
("In a letter to the council, she wrote:") before a paragraph of the words; a paragraph of
words after one telling that someone addressed an audience; a question closing a paragraph
after "asked the mayor:" before the answer's "she replied"; a pronoun after a paragraph whose
subject is a role ("The mayor, who ..., said ..."); a cue inside the speaker's words whose
pronoun only the paragraph before names ("he told me they would '...'"); a company's first word
that is also a first name ("Hollis Breweries ... Hollis said") read as a person. Each with
guards."""

from __future__ import annotations

from bot.engine.models import SpeakerKind
from tests.engine.stories import opening_with, people_and_roles, quoted, searcher_for

OPENING = (
    "Hollis Breweries will close its Tarnside brewery in March, ending 140 years of brewing in"
    " the town and putting 85 jobs at risk, the company said on Thursday."
)
CLOSING = "Staff will be consulted over the next six weeks."


def brewery(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_member_of_parliament_is_someone_and_a_she_after_is_her() -> None:
    # Before: nobody's. "the MP for Tarn Valley" was no role ("MP" no head of one), so
    # Bronwen Tate was no one, and her words after no one's
    body = brewery(
        "Bronwen Tate, the MP for Tarn Valley, said she would ask the company to delay the"
        " closure.",
        "“Eighty-five families deserve better than a press release,” she said.",
    )
    searcher = searcher_for("brewery-mp", body)
    assert "Bronwen Tate" in people_and_roles(searcher)
    assert quoted(searcher, "Eighty-five families") == ["Bronwen Tate"]


def test_a_full_name_with_a_relative_clause_is_someone() -> None:
    # Before: nobody's. ", who runs a bakery on the square," gave Mira Castell no role, and a
    # person is read so only with one (the clause after "said" was no reported clause either)
    body = brewery(
        "Mira Castell, who runs a bakery on the square, said about a third of her trade came"
        " from the brewery's night shift.",
        "“They buy their breakfast from me at six. Who do I bake for in April?” she said.",
    )
    searcher = searcher_for("brewery-who", body)
    assert "Mira Castell" in people_and_roles(searcher)
    assert quoted(searcher, "buy their breakfast") == ["Mira Castell"]


def test_a_place_with_a_relative_clause_is_no_one() -> None:
    # Guard: a place a preposition puts a name as stays a place (as before)
    body = brewery(
        "The closure was felt most in Virginia Water, who lost their pub team too.",
    )
    searcher = searcher_for("brewery-who-guard", body)
    assert "Virginia Water" not in people_and_roles(searcher)


def test_a_reported_clause_in_the_progressive_is_the_reporters() -> None:
    # Before: nobody's. "said older drinkers were increasingly asking" was read as "X said Y
    # asking" (Y's words relayed), so the words in the clause after were no one's
    body = brewery(
        "Owen Marsh, the brewery's head brewer, took a different view. He said older drinkers"
        " were increasingly asking for lager, and that the brewery should have made"
        " “what people drink now, not what their grandparents drank.”",
    )
    searcher = searcher_for("brewery-progressive", body)
    assert quoted(searcher, "what people drink now") == ["Owen Marsh"]


def test_words_relayed_by_a_participle_stay_the_relayed_ones() -> None:
    # Guard: "recalled a customer asking" relays the customer's words (as before)
    body = brewery(
        "Owen Marsh, the brewery's head brewer, recalled a customer once asking him"
        " “whether the beer would taste the same in Leeds.”",
    )
    searcher = searcher_for("brewery-progressive-guard", body)
    assert quoted(searcher, "taste the same") == [None]


def test_a_cue_closing_a_paragraph_with_a_colon_is_the_next_paragraphs() -> None:
    # Before: nobody's. No rule read a cue across the paragraph break
    body = brewery(
        "Councillor Ruth Fenwick, who chairs the town's economy committee, called the"
        " decision “short-sighted.”",
        "In a letter to the company's board, she wrote:",
        "“This brewery has survived two wars and a flood. It has outlived the family that"
        " built it.",
        "“It should not be closed by a board that has never visited it.”",
        "In a post on its website, the mayor's office wrote:",
        "“We will meet the company next week.”",
    )
    searcher = searcher_for("brewery-colon", body)
    assert quoted(searcher, "survived two wars") == ["Ruth Fenwick"]
    assert quoted(searcher, "never visited it") == ["Ruth Fenwick"]
    assert quoted(searcher, "meet the company") == [None]


def test_a_question_put_by_someone_unnamed_after_a_colon_is_nobodys() -> None:
    # Guard: "a reporter asked the mayor:" puts the question of someone unnamed
    body = brewery(
        "Mayor Alice Dunne said the town would bid for a new employer.",
        "At a briefing on Friday, a reporter asked the mayor:",
        "“Is there any buyer at all?”",
    )
    searcher = searcher_for("brewery-colon-guard", body)
    assert quoted(searcher, "any buyer") == [None]


def test_a_paragraph_of_words_after_an_address_is_the_speakers() -> None:
    # Before: nobody's. Only talking "about" something, or an address in the words'
    # own paragraph, gave a paragraph of quotation alone its speaker
    body = brewery(
        "Ruth Fenwick, a councillor, said the town had been given no warning.",
        "Outside the brewery gates on Friday, Ruth Fenwick addressed about 150 workers.",
        "“Nobody in this town will forget who made this decision.”",
    )
    searcher = searcher_for("brewery-address", body)
    assert quoted(searcher, "Nobody in this town") == ["Ruth Fenwick"]


def test_a_paragraph_of_words_after_an_address_naming_two_is_nobodys() -> None:
    # Guard: someone else named in the sentence may have spoken the words
    body = brewery(
        "Ruth Fenwick, a councillor, said the town had been given no warning.",
        "Outside the gates, Ruth Fenwick and Owen Marsh addressed about 150 workers.",
        "“Nobody in this town will forget who made this decision.”",
    )
    searcher = searcher_for("brewery-address-guard", body)
    assert quoted(searcher, "Nobody in this town") == [None]


def test_the_answer_to_a_question_put_to_a_role_after_a_colon_is_the_role_holders() -> None:
    # Before: nobody's. Only `"...?" a reporter asked Dunne` (the question first, the one
    # asked named) gave the answer's "she replied" the one asked
    body = brewery(
        "Mayor Alice Dunne said the town would bid for a new employer.",
        "Owen Marsh, the head brewer, said he would look for work in Leeds.",
        "At a briefing on Friday, a reporter asked the mayor:"
        " “Did the town do enough to keep the brewery?”",
        "“We did everything a town of our size can do,” she replied.",
    )
    searcher = searcher_for("brewery-asked", body)
    assert quoted(searcher, "do enough") == [None]
    assert quoted(searcher, "everything a town") == ["Alice Dunne"]


def test_the_answer_to_a_question_put_to_someone_named_after_a_colon_is_theirs() -> None:
    body = brewery(
        "Mayor Alice Dunne said the town would bid for a new employer.",
        "Owen Marsh, the head brewer, said he would look for work in Leeds.",
        "At the gates on Friday, a reporter asked Marsh: “Would you ever come back?”",
        "“Not if they paid me double,” he replied.",
    )
    searcher = searcher_for("brewery-asked-named", body)
    assert quoted(searcher, "paid me double") == ["Owen Marsh"]


def test_a_pronoun_after_a_paragraph_of_a_role_subject_is_the_role_holder() -> None:
    # Before: nobody's. A role subject counted for a pronoun only in the pronoun's own
    # paragraph; the paragraph before, with no speaker in it, gave no one
    body = brewery(
        "“This is a dark day for Tarnside,” Mayor Alice Dunne said on Thursday.",
        "The mayor, who grew up two streets from the brewery, said unemployment in the town had"
        " risen by a fifth since 2019.",
        "“Brewers, drivers, the people who clean the vats — where do they go now?” she said.",
    )
    searcher = searcher_for("brewery-role", body)
    assert quoted(searcher, "clean the vats") == ["Alice Dunne"]


def test_a_pronoun_after_a_role_subject_and_someone_unnamed_is_nobodys() -> None:
    # Guard: someone unnamed became a subject after the role's sentence
    body = brewery(
        "“This is a dark day for Tarnside,” Mayor Alice Dunne said on Thursday.",
        "The mayor met the workers on Friday. A union official was less hopeful.",
        "“Brewers, drivers, the people who clean the vats — where do they go now?” she said.",
    )
    searcher = searcher_for("brewery-role-guard", body)
    assert quoted(searcher, "clean the vats") == [None]


def test_a_cue_inside_the_words_whose_pronoun_the_paragraph_before_names() -> None:
    # Before: nobody's. "he told me they would '...'" had a clause between the cue and the
    # words, and "he" was looked for only in the words' own paragraph
    body = brewery(
        "Bronwen Tate, the MP for Tarn Valley, said she had spoken to Conrad Hale, the"
        " company's chief executive, on Thursday morning.",
        "“I asked him whether Hollis would sell the site, and he told me they would"
        " ‘consider every offer,’ which I will hold them to,” she said.",
    )
    searcher = searcher_for("brewery-nested", body)
    assert opening_with(searcher, "consider every offer") == ["Conrad Hale"]


def test_a_cue_inside_the_words_whose_pronoun_two_before_may_be_is_nobodys() -> None:
    # Guard: the paragraph before names two men the pronoun may be
    body = brewery(
        "Bronwen Tate, the MP for Tarn Valley, said she had spoken to Conrad Hale and Owen"
        " Marsh on Thursday morning.",
        "“I asked him whether Hollis would sell the site, and he told me they would"
        " ‘consider every offer,’ which I will hold them to,” she said.",
    )
    searcher = searcher_for("brewery-nested-guard", body)
    assert opening_with(searcher, "consider every offer") == [None]


def test_a_cue_inside_the_words_after_a_relative_unnamed_is_nobodys() -> None:
    # Guard: the words' own paragraph refers to someone the story never names ("his father"):
    # the pronoun may be him, not the man the paragraph before names
    body = brewery(
        "Bronwen Tate, the MP for Tarn Valley, said she had spoken to Conrad Hale on Thursday.",
        "Owen Marsh said his father had brewed there before him. “He used to say, ‘Never rush"
        " a stout.’ I never did,” Marsh said.",
    )
    searcher = searcher_for("brewery-nested-kin-guard", body)
    assert opening_with(searcher, "Never rush a stout") == [None]


def test_a_company_shortened_to_a_first_name_is_the_company() -> None:
    # Before: "Hollis" (a first name too) was a person, of whom "he" inside someone's words
    # could be told: the body's short name now, as "Marlow" of "Marlow Motors" is
    body = brewery(
        "Hollis said the last brew would be in February.",
        "Bronwen Tate, the MP for Tarn Valley, said the company had given the town no warning.",
        "“I asked whether Hollis would sell, and he said they would ‘look at it,’” she said.",
    )
    searcher = searcher_for("brewery-short-name", body)
    people = {p.name: p.kind for p in searcher.snapshot.people}
    assert "Hollis" not in people
    assert people["Hollis Breweries"] is SpeakerKind.ORGANIZATION
    assert opening_with(searcher, "look at it") == [None]


def test_a_first_name_opening_a_persons_full_name_stays_a_person() -> None:
    # Guard: "Jordan Blake ... Jordan said": a full name with no body's word in it
    body = brewery(
        "Jordan Blake, a driver, said he had worked at the brewery for twenty years.",
        "“I'll miss the smell of it,” Jordan said.",
    )
    searcher = searcher_for("brewery-short-name-guard", body)
    assert quoted(searcher, "miss the smell") == ["Jordan Blake"]
