"""The common shapes of news attribution, and its traps, one short synthetic story each.

Every story uses names no other case (and no real story) uses, so a rule can only pass by being
general. Each case lists every quotation the story yields: paragraph, kind, speaker id and the
exact text, which must also be the body at the quote's offsets. `None` as a speaker is by design
where the story does not say who spoke (or says it ambiguously): "unknown" beats a wrong name.
"""

from __future__ import annotations

import pytest

from bot.engine.attribution import attribute_story
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.models import QuoteKind, SpeakerKind, Story

D, P, R = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT  # R: reported

Expected = list[tuple[int, QuoteKind, str | None, str]]

CASES: list[tuple[str, str, Expected]] = [
    # --- a cue after the quotation
    (
        "quote-comma-X-said",
        "“The roads are ready,” Carla Mendes said.\n",
        [(1, D, "carla-mendes", "The roads are ready")],
    ),
    (
        "said-X-a-role-at-org",
        "“Prices will rise,” said Omar Haddad, an economist at Lakeview Bank.\n",
        [(1, D, "omar-haddad", "Prices will rise")],
    ),
    (
        "quote-X-age-said",
        "“I lost everything,” Rosa Delgado, 43, said.\n",
        [(1, D, "rosa-delgado", "I lost everything")],
    ),
    (
        "quote-X-later-said",
        "“I had no choice,” Marco Villa later said.\n",
        [(1, D, "marco-villa", "I had no choice")],
    ),
    (
        "question-X-asked",
        "“Why now?” Wendy Moss asked.\n",
        [(1, D, "wendy-moss", "Why now?")],
    ),
    (
        "quote-org-said-in-a-statement",
        "“We are reviewing the decision,” the Tidewater Power Company said in a statement.\n",
        [(1, D, "tidewater-power-company", "We are reviewing the decision")],
    ),
    (
        "split-quote-around-the-cue",
        "“We tried,” Lucia Moreno said, “but the money ran out.”\n",
        [
            (1, D, "lucia-moreno", "We tried"),
            (1, D, "lucia-moreno", "but the money ran out."),
        ],
    ),
    (
        "nested-single-quotes",
        "“He told me, ‘Go home,’ and I did,” said Nadia Petrova.\n",
        # the outer quotation whole, the inner one a quotation of its own, nobody's
        [(1, D, "nadia-petrova", "He told me, ‘Go home,’ and I did"), (1, P, None, "Go home")],
    ),
    (
        "nested-straight-single-quotes",
        "\"She said 'never' and meant it,\" Arjun Mehta recalled.\n",
        [(1, D, "arjun-mehta", "She said 'never' and meant it"), (1, P, None, "never")],
    ),
    # --- a cue before the quotation
    (
        "X-said-colon",
        "Kenji Sato said: “We are not finished yet.”\n",
        [(1, D, "kenji-sato", "We are not finished yet.")],
    ),
    (
        "X-said-comma",
        "Tariq Aziz said, “The vote was rigged.”\n",
        [(1, D, "tariq-aziz", "The vote was rigged.")],
    ),
    (
        "X-asked-colon",
        "Jorge Ramos asked: “Who will pay for this?”\n",
        [(1, D, "jorge-ramos", "Who will pay for this?")],
    ),
    (
        "X-said-he-was-partial",
        "Goran Petrovic said he was “deeply ashamed” of the vote.\n",
        [
            (1, R, "goran-petrovic", "he was “deeply ashamed” of the vote"),
            (1, P, "goran-petrovic", "deeply ashamed"),
        ],
    ),
    (
        "role-X-who-clause-called",
        "State Senator Tom Reyes, who sponsored the bill, called the veto “a betrayal of voters.”\n"
        "“I’m disappointed,” he said.\n",
        [
            (1, P, "tom-reyes", "a betrayal of voters."),
            (2, D, "tom-reyes", "I’m disappointed"),
        ],
    ),
    # --- reported speech without quotation marks
    (
        "X-role-appositive-said",
        "Priya Nair, the county treasurer, said the audit found no fraud.\n",
        [(1, R, "priya-nair", "the audit found no fraud")],
    ),
    (
        "X-who-clause-said",
        "Dmitri Volkov, who led the inquiry for two years, said the findings were clear.\n",
        [(1, R, "dmitri-volkov", "the findings were clear")],
    ),
    (
        "X-age-who-clause-said",
        "Bo Finch, 61, who chairs the committee, said the vote would happen soon.\n",
        [(1, R, "bo-finch", "the vote would happen soon")],
    ),
    (
        "object-of-a-preposition-with-who-clause",
        "Critics of Mayor Lia Brandt, who took office in 2019, said the plan was a failure.\n",
        [(1, R, None, "the plan was a failure")],
    ),
    (
        "X-speaking-to-reporters-said",
        "Helen Achebe, speaking to reporters outside the court, said the verdict would be"
        " appealed.\n",
        [(1, R, "helen-achebe", "the verdict would be appealed")],
    ),
    (
        "X-said-Tuesday-that",
        "Farah Qureshi said Tuesday that the clinic would reopen in June.\n",
        [(1, R, "farah-qureshi", "the clinic would reopen in June")],
    ),
    (
        "X-told-someone-that",
        "Lars Eriksen told the committee that the contracts had been signed in secret.\n",
        [(1, R, "lars-eriksen", "the contracts had been signed in secret")],
    ),
    (
        "X-told-a-named-person-that",
        "Ben Cole told Mia Ward that the deal was off for good.\n",
        [(1, R, "ben-cole", "the deal was off for good")],
    ),
    (
        "X-wrote-in-a-letter-that",
        "Aisha Bello wrote in a letter to donors that the charity would close its doors.\n",
        [(1, R, "aisha-bello", "the charity would close its doors")],
    ),
    (
        "X-said-in-an-interview-with-outlet",
        "Clara Jensen said in an interview with the Riverton Gazette that she would run again.\n",
        [(1, R, "clara-jensen", "she would run again")],
    ),
    (
        "X-also-said",
        "Yusuf Demir also said the plant would hire 300 people.\n",
        [(1, R, "yusuf-demir", "the plant would hire 300 people")],
    ),
    (
        "in-a-statement-X-said",
        "In a statement, Hugo Brandt said the company regretted the error.\n",
        [(1, R, "hugo-brandt", "the company regretted the error")],
    ),
    (
        "clause-comma-X-said",
        "The bridge will reopen in the spring, Transport Secretary Lin Wu said on Monday.\n",
        [(1, R, "lin-wu", "The bridge will reopen in the spring")],
    ),
    (
        "according-to-X-after",
        "The factory will lay off 200 workers, according to union leader Marta Kowalski.\n",
        [(1, R, "marta-kowalski", "The factory will lay off 200 workers")],
    ),
    (
        "according-to-X-role-appositive-before",
        "According to Noor Hassan, the city planner, the park will double in size.\n",
        [(1, R, "noor-hassan", "the park will double in size")],
    ),
    (
        "according-to-org-report-before",
        "According to a Brookfield Institute report, rents rose faster than wages last year.\n",
        [(1, R, "brookfield-institute", "rents rose faster than wages last year")],
    ),
    (
        "according-to-org-survey-after",
        "Most voters oppose the new tax, according to a Harmon Polling Group survey.\n",
        [(1, R, "harmon-polling-group", "Most voters oppose the new tax")],
    ),
    (
        "owner-spokesman-Y-said",
        "Senator Ruth Okafor’s spokesman, Ben Adler, said the senator would not attend.\n",
        [(1, R, "ben-adler", "the senator would not attend")],
    ),
    (
        "the-role-X-age-said",
        "The mayor, Bill Chen, 58, said the city would comply. Chen added: “We will follow the"
        " law.”\n",
        [
            (1, R, "bill-chen", "the city would comply"),
            (1, D, "bill-chen", "We will follow the law."),
        ],
    ),
    # --- a speaker carried over
    (
        "the-role-said-one-candidate",
        "Mayor Ines Carvalho toured the flooded site.\n“This is only the start,” the mayor said.\n",
        [(2, D, "ines-carvalho", "This is only the start")],
    ),
    (
        "she-added",
        "Dr. Lena Ortiz said the vaccine was safe.\n“We have tested it for years,” she added.\n",
        [
            (1, R, "lena-ortiz", "the vaccine was safe"),
            (2, D, "lena-ortiz", "We have tested it for years"),
        ],
    ),
    (
        "pronoun-after-two-speakers",
        "Mayor Eva Lind said the budget was balanced. Council President Raul Ortega said the"
        " numbers were wrong.\n“They are simply wrong,” he said.\n",
        [
            (1, R, "eva-lind", "the budget was balanced"),
            (1, R, "raul-ortega", "the numbers were wrong"),
            (2, D, "raul-ortega", "They are simply wrong"),
        ],
    ),
    (
        "org-then-it-said",
        "The Harbor Commission said the port would reopen on Monday.\n"
        "“Repairs are on schedule,” it said.\n",
        [
            (1, R, "harbor-commission", "the port would reopen on Monday"),
            (2, D, "harbor-commission", "Repairs are on schedule"),
        ],
    ),
    (
        "paragraph-wholly-quoted-continues",
        "“We will rebuild,” said Tomas Lindqvist, the fire chief.\n"
        "“Every house on this street will stand again.”\n",
        [
            (1, D, "tomas-lindqvist", "We will rebuild"),
            (2, D, "tomas-lindqvist", "Every house on this street will stand again."),
        ],
    ),
    (
        "multi-paragraph-quote-open-at-end",
        "“The river rose fast,” said Pablo Neri, a farmer. “We lost the barn and the fields.\n"
        "“Nobody warned us.”\n",
        [
            (1, D, "pablo-neri", "The river rose fast"),
            (1, D, "pablo-neri", "We lost the barn and the fields."),
            (2, D, "pablo-neri", "Nobody warned us."),
        ],
    ),
    (
        "multi-paragraph-quote-cue-in-second",
        "“We waited for hours on the roof.\n“Then the water came,” said Greta Holm.\n",
        [
            (1, D, "greta-holm", "We waited for hours on the roof."),
            (2, D, "greta-holm", "Then the water came"),
        ],
    ),
    # --- a pronoun's or a role's gender: a veto on the speaker carried over
    (
        "she-after-a-man-takes-the-one-woman-who-spoke",
        "Mayor Hanna Voss said the levee would hold. Governor Bram Claes said the levee was"
        " failing.\n“We will evacuate,” she said.\n",
        [
            (1, R, "hanna-voss", "the levee would hold"),
            (1, R, "bram-claes", "the levee was failing"),
            (2, D, "hanna-voss", "We will evacuate"),
        ],
    ),
    (
        "she-after-a-man-an-honorific-says-who-fits",
        "Ms. Jo Kettering said the mill would close. Director Kofi Lusk said the mill would stay"
        " open.\n“It will close,” she said.\n",
        [
            (1, R, "jo-kettering", "the mill would close"),
            (1, R, "kofi-lusk", "the mill would stay open"),
            (2, D, "jo-kettering", "It will close"),
        ],
    ),
    (
        "she-after-a-man-a-bound-pronoun-says-who-fits",
        "Kim Arden said she would run for mayor. Councilman Dev Rao said the race was his to"
        " lose.\n“We will see about that,” she said.\n",
        [
            (1, R, "kim-arden", "she would run for mayor"),
            (1, R, "dev-rao", "the race was his to lose"),
            (2, D, "kim-arden", "We will see about that"),
        ],
    ),
    (
        "the-female-role-among-two-holders",
        "Senator Tove Lindahl and Senator Sven Aakre met on Monday.\n“We agreed,” the female"
        " senator said.\n",
        [(2, D, "tove-lindahl", "We agreed")],
    ),
    (
        "a-man-title-on-a-woman-is-no-veto",
        "Chairman Edith Morrow said the merger would go ahead.\n“It is done,” she said.\n",
        [
            (1, R, "edith-morrow", "the merger would go ahead"),
            (2, D, "edith-morrow", "It is done"),
        ],
    ),
    (
        "a-pronoun-that-may-be-someone-else-is-no-evidence",
        "Governor Tarek Osei met Mayor Kim Vance. Vance said he had been generous.\n"
        "“He kept his word,” she said.\n",
        [
            (1, R, "kim-vance", "he had been generous"),
            (2, D, "kim-vance", "He kept his word"),
        ],
    ),
    (
        "a-noun-heading-a-relative-clause-is-not-the-names",
        "Governor Dana Whitlock praised the woman Sam Ardent hired. Ardent said the hire was a"
        " good one.\n“She is the best,” he said.\n",
        [
            (1, R, "sam-ardent", "the hire was a good one"),
            (2, D, "sam-ardent", "She is the best"),
        ],
    ),
    (
        "she-with-no-gender-evidence-is-the-last-speaker",
        "Minister Tenzin Dorje said the talks had stalled.\n“Nothing has moved,” she said.\n",
        [
            (1, R, "tenzin-dorje", "the talks had stalled"),
            (2, D, "tenzin-dorje", "Nothing has moved"),
        ],
    ),
    # --- no sure speaker: None by design
    (
        "scare-quotes",
        "The so-called “reform” left many families worse off.\n",
        [(1, P, None, "reform")],
    ),
    (
        "title-of-a-work",
        "Director Sofia Brandt’s film “Jaws of the Deep” opened on Friday.\n",
        [(1, P, None, "Jaws of the Deep")],
    ),
    (
        "title-of-a-work-in-reported-speech",
        "Ravi Menon said he had watched the film “Harbor Lights” three times.\n",
        [
            (1, R, "ravi-menon", "he had watched the film “Harbor Lights” three times"),
            (1, P, None, "Harbor Lights"),
        ],
    ),
    (
        "joint-speakers",
        "Ana Costa and Felix Braun said in a joint statement that the merger was off.\n",
        [(1, R, None, "the merger was off")],
    ),
    (
        "officials-said",
        "“The road is closed until further notice,” officials said.\n",
        [(1, D, None, "The road is closed until further notice")],
    ),
    (
        "police-said",
        "The suspect fled the scene on foot, police said.\n",
        [(1, R, None, "The suspect fled the scene on foot")],
    ),
    (
        "pronoun-without-a-speaker",
        "“We tried everything,” they said.\n",
        [(1, D, None, "We tried everything")],
    ),
    (
        "two-candidates-for-a-role",
        "Judge Paul Grant and Judge Nora Fitz heard the case together.\n"
        "“The law is clear,” the judge said.\n",
        [(2, D, None, "The law is clear")],
    ),
    (
        "someone-elses-spokesman",
        "“We will appeal,” Governor Lucy Hart’s spokesman said.\n",
        [(1, D, None, "We will appeal")],
    ),
    (
        "continuation-after-narration",
        "“We won,” said Ada Quinn. Quinn then left the stage with Theo Marsh.\n“Thank you all.”\n",
        [(1, D, "ada-quinn", "We won"), (2, D, None, "Thank you all.")],
    ),
    (
        "indefinite-role-said",
        "Spokesman Ivo Laine briefed the press.\n“We will not comment,” a spokesman said.\n",
        [(2, D, None, "We will not comment")],
    ),
    (
        "said-one-official",
        "Councilwoman Beth Aldana spoke first.\n“We tried,” said one official.\n",
        [(2, D, None, "We tried")],
    ),
    (
        "someone-elses-lawyer",
        "“Nothing changes,” Governor Cora Velez’s lawyer said.\n",
        [(1, D, None, "Nothing changes")],
    ),
    (
        "X-recalled-Y-telling",
        "Mayor Hal Dunn met Pia Sorel.\n“Go home,” Dunn recalled Sorel telling him.\n",
        [(2, D, None, "Go home")],
    ),
    (
        "X-quoted-Y-as-saying",
        "Mayor Rex Talbot quoted his father as saying “Never give up on the town.”\n",
        [(1, D, None, "Never give up on the town.")],
    ),
    (
        "document-without-owner",
        "The storm destroyed forty homes in the valley, the report said.\n",
        [(1, R, None, "The storm destroyed forty homes in the valley")],
    ),
    (
        "according-to-X-who-clause",
        "According to Idris Kamara, who ran the study, prices fell sharply last year.\n",
        [(1, R, "idris-kamara", "prices fell sharply last year")],
    ),
    (
        "clause-comma-X-told-outlet",
        "Prices will rise by the summer, Oona Firth told The Harbor Post on Sunday.\n",
        [(1, R, "oona-firth", "Prices will rise by the summer")],
    ),
    (
        "she-after-a-man-when-no-woman-spoke",
        "Governor Ed Pryce and Mayor Ann Colby met. Pryce said the deal was done.\n"
        "“We will sign it,” she said.\n",
        [(1, R, "ed-pryce", "the deal was done"), (2, D, None, "We will sign it")],
    ),
    (
        "she-after-a-man-when-two-women-spoke",
        "Mayor Ilse Brandvold said the dam was safe. Judge Marit Olsen said the dam was not safe."
        " Commissioner Sven Dahl said the dam was old.\n“We will inspect it,” she said.\n",
        [
            (1, R, "ilse-brandvold", "the dam was safe"),
            (1, R, "marit-olsen", "the dam was not safe"),
            (1, R, "sven-dahl", "the dam was old"),
            (2, D, None, "We will inspect it"),
        ],
    ),
    (
        "he-after-a-woman-when-no-man-spoke",
        "Senator Wilma Frost said the bill would pass.\n“We have the votes,” he said.\n",
        [(1, R, "wilma-frost", "the bill would pass"), (2, D, None, "We have the votes")],
    ),
    (
        "the-male-role-when-only-women-hold-it",
        "Senator Liv Marsk and Senator Odile Brun met on Monday.\n“We agreed,” the male senator"
        " said.\n",
        [(2, D, None, "We agreed")],
    ),
    (
        "headline-style-colon",
        "Silva: “We will fight on”\n",
        [(1, D, None, "We will fight on")],
    ),
]


def _story(body: str) -> Story:
    return parse_story(story_file_text({"id": "t"}, body).encode(), source="t.txt")


@pytest.mark.parametrize(
    ("body", "expected"), [pytest.param(b, e, id=name) for name, b, e in CASES]
)
def test_attribution_pattern(body: str, expected: Expected) -> None:
    story = _story(body)
    result = attribute_story(story)
    for quote in result.quotes:
        assert quote.text == story.body[quote.start : quote.end]
    got = [(q.paragraph, q.kind, q.speaker_id, q.text) for q in result.quotes]
    assert got == expected, [q.cue for q in result.quotes]


def test_the_cases_use_distinct_names() -> None:
    speakers = [s for _, _, e in CASES for _, _, s, _ in e if s is not None]
    owners: dict[str, str] = {}
    for name, _, expected in CASES:
        for speaker in {s for _, _, s, _ in expected if s is not None}:
            assert owners.setdefault(speaker, name) == name, speaker
    assert len(set(speakers)) >= 30


def test_a_role_before_a_name_in_apposition_is_the_persons_role() -> None:
    result = attribute_story(_story("The county sheriff, Dale Brooks, said the road was shut.\n"))
    people = {p.id: p for p in result.people}
    assert "sheriff" in people["dale-brooks"].roles
    assert "county sheriff" in people["dale-brooks"].roles


def test_a_role_before_a_list_of_names_is_nobodys_role() -> None:
    result = attribute_story(
        _story("The mayor thanked the governor, Ann Vo, Bob Stone and Carl Wu, Ann Vo said.\n")
    )
    assert all(not p.roles for p in result.people), result.people


def test_a_spokesman_named_after_his_principal_gets_the_role() -> None:
    result = attribute_story(_story("Senator Ruth Okafor’s spokesman, Ben Adler, said no.\n"))
    people = {p.id: p for p in result.people}
    assert "spokesman" in people["ben-adler"].roles
    assert "spokesman" not in people["ruth-okafor"].roles


def test_an_outlet_or_a_document_is_not_the_speaker() -> None:
    result = attribute_story(
        _story("Clara Jensen said in an interview with the Riverton Gazette that she would run.\n")
    )
    assert {p.id for p in result.people} == {"clara-jensen"}


def test_an_organisation_speaking_through_a_survey_is_an_organisation() -> None:
    result = attribute_story(
        _story("According to a Harmon Polling Group survey, most voters oppose the new tax.\n")
    )
    (person,) = result.people
    assert person.kind is SpeakerKind.ORGANIZATION
