"""Shapes attribution set 14 (`tests/data/attribution/unseen-14`, attr-16, read whole in the
twenty-ninth session by 9attr24) left nobody's or credited to a bare surname, by cause, on a
ferry story of our own: a full name after a preposition opening its sentence ("For Lena
Moraru, the ferry's oldest pilot, ..."); a passive speech verb read as a trailing cue of
someone unnamed ("... when the closing was announced."); `"...," the statement said` after
"X said in a written statement that ..."; a participle of speech after a main clause of
another verb ("X spoke against the bridge ..., telling commissioners that ..."); a shared
surname written as an owner before its other bearer is named ("Reyes's lawyer, Diane Holt,
... what she called"); "X said, adding that she ..." deciding a shared surname; "The <noun>
who ..., Y, said" and "Petty Officer 2nd Class Y" (a rank's ordinal class before a name). Each
with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "The last ferry between Port Ellis and Greyhaven will sail on Sunday, the county said"
    " Monday, after 84 years of service."
)
CLOSING = "A bridge over the strait is due to open next spring."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_full_name_after_a_preposition_opening_its_sentence() -> None:
    # Before: "Moraru" alone was credited: the run "For Lena Moraru" was no name, so the
    # bare surname of the cue became someone of its own
    body = ferry(
        "For Lena Moraru, the ferry's oldest pilot, the news came as no surprise. She has"
        " crossed the strait twice a day since 1991.",
        "“I knew the bridge would win one day,” Moraru said. “I just hoped I'd retire first.”",
    )
    searcher = searcher_for("ferry-for", body)
    assert quoted(searcher, "bridge would win") == ["Lena Moraru"]
    assert quoted(searcher, "retire first") == ["Lena Moraru"]


def test_a_full_name_after_an_opening_preposition_with_no_appositive() -> None:
    body = ferry(
        "To Lena Moraru, the closing means an end to a family trade.",
        "“My grandfather ran this route with a steam engine,” Moraru said.",
    )
    assert quoted(searcher_for("ferry-to", body), "steam engine") == ["Lena Moraru"]


def test_a_month_after_an_opening_preposition_is_a_date() -> None:
    # Guard: "In May Moraru ..." is a date and a surname, no "May Moraru"
    body = ferry(
        "In May Moraru told the county board that the crossing lost money every winter.",
        "“We cannot run an empty boat,” Moraru said.",
    )
    searcher = searcher_for("ferry-may", body)
    assert "May Moraru" not in people_and_roles(searcher)


def announced(cue: str) -> str:
    return ferry(
        "“We kept this boat running on spare parts and stubbornness,” said Lena Moraru, its"
        " oldest pilot.",
        "Ticket sales fell by half after the bridge was approved, according to county figures.",
        f"The ferry's engineer, Tom Reyes, who has kept its engines running since 1998, stood on"
        f" the dock and cried when {cue}.",
        "“Twenty-six years I've kept her going,” he said.",
    )


def test_a_passive_speech_verb_is_no_one_speaking() -> None:
    # Before: nobody's. "the closing was announced" was read as a trailing cue whose subject
    # the story does not name, and "he" may not be anyone since such a cue
    searcher = searcher_for("ferry-passive", announced("the closing was announced"))
    assert quoted(searcher, "Twenty-six years") == ["Tom Reyes"]
    searcher = searcher_for("ferry-passive-ly", announced("the closing was formally announced"))
    assert quoted(searcher, "Twenty-six years") == ["Tom Reyes"]


def test_an_unnamed_speaker_of_the_active_verb_stays_nobody() -> None:
    # Guard: "a county official announced": someone unnamed spoke; "he" may be him
    searcher = searcher_for("ferry-active", announced("a county official announced the closing"))
    assert quoted(searcher, "Twenty-six years") == [None]


def statement(teller: str) -> str:
    return ferry(
        f"{teller} said in a written statement on Monday that the crossing had become"
        " “too costly to keep afloat.”",
        "“Every crew member will be offered work on the county's road crews,” the statement"
        " said. “Nobody will be left behind.”",
        "“We kept this boat running on spare parts and stubbornness,” said Lena Moraru, its"
        " oldest pilot.",
    )


def test_the_statement_said_after_its_quotation_is_the_persons_who_wrote_it() -> None:
    # Before: nobody's. "the statement" was read as the one someone spoke in only opening its
    # sentence ("The statement continued:"), not after the quotation it cues
    searcher = searcher_for("ferry-statement", statement("Ferry manager Ruth Alvarez"))
    assert quoted(searcher, "road crews") == ["Ruth Alvarez"]
    assert quoted(searcher, "left behind") == ["Ruth Alvarez"]


def test_the_statement_of_someone_unnamed_or_an_organisation_stays_nobody() -> None:
    # Guards: a spokeswoman the story never names; an organisation's statement (a
    # collective source, as before)
    searcher = searcher_for("ferry-statement-unnamed", statement("A county spokeswoman"))
    assert quoted(searcher, "road crews") == [None]
    searcher = searcher_for("ferry-statement-org", statement("Strait Ferry Services"))
    assert quoted(searcher, "road crews") == [None]


def spoke_against(scene: str) -> str:
    return ferry(
        "Commissioner Paul Dana, who voted for the bridge, said the ferry had lost money for a"
        " decade.",
        scene,
        "“A bridge does not wait for you at midnight,” she said.",
    )


def test_a_participle_of_speech_after_a_main_clause_with_no_speech_verb() -> None:
    # Before: nobody's. "telling" took a speaker only from a cue earlier in its sentence
    # ("X said ..., adding that"), never from the subject of a main clause of another verb
    searcher = searcher_for(
        "ferry-telling",
        spoke_against(
            "Lena Moraru, the ferry's oldest pilot, spoke against the bridge at the county"
            " meeting, telling commissioners that the night crossings were “the only way home"
            " for the hospital's cleaners.”"
        ),
    )
    assert quoted(searcher, "the only way home") == ["Lena Moraru"]
    assert quoted(searcher, "wait for you at midnight") == ["Lena Moraru"]


def test_the_participle_after_a_relative_clause_or_an_unnamed_subject_stays_nobody() -> None:
    # Guards: "who spoke ..., telling": the deckhand's, whom the story does not name; "A
    # deckhand stood up, telling": no one named
    for scene in (
        "Lena Moraru thanked a deckhand who stood up at the county meeting, telling"
        " commissioners that the night crossings were “the only way home for the hospital's"
        " cleaners.”",
        "A deckhand stood up at the county meeting, telling commissioners that the night"
        " crossings were “the only way home for the hospital's cleaners.”",
    ):
        searcher = searcher_for("ferry-telling-guard", spoke_against(scene))
        assert quoted(searcher, "the only way home") == [None]


def test_an_organisations_participle_after_its_main_clause_stays_nobody() -> None:
    # Guard: an organisation's written statement, a collective source's words
    searcher = searcher_for(
        "ferry-telling-org",
        spoke_against(
            "The Strait Pilots Association, which represents the crews, criticized the vote in"
            " a written statement, calling it “the end of the only way home for the hospital's"
            " cleaners.”"
        ),
    )
    assert quoted(searcher, "the only way home") == [None]


def owner(lawyer: str) -> str:
    return ferry(
        "The ferry's owner, Omar Reyes, is suing the county over the contract.",
        "“They promised us ten more years,” Reyes said.",
        "The county stopped paying the ferry's subsidy in January.",
        f"Reyes's lawyer, {lawyer}, spent an hour questioning the county engineer, pressing him"
        " on the cost figures and on what she called “a number picked to kill the boat.”",
        "His sister, Mara Reyes, who sold tickets on the dock for 30 years, watched from the"
        " gallery.",
    )


def test_a_shared_surname_owner_named_before_the_other_bearer_is_not_her() -> None:
    # Before: nobody's. "Reyes's" was Omar or Mara Reyes (named later), and "she" might be
    # Mara: two women named in the paragraph. The one named so far decides it, as for a
    # pronoun either may be, so "she" may only be the lawyer
    searcher = searcher_for("ferry-owner", owner("Diane Holt"))
    assert quoted(searcher, "picked to kill") == ["Diane Holt"]


def test_a_shared_surname_owner_and_a_lawyer_of_unknown_gender_stays_nobody() -> None:
    # Guard: "Robin" may be either; "she" is not told to be the lawyer
    searcher = searcher_for("ferry-owner-robin", owner("Robin Holt"))
    assert quoted(searcher, "picked to kill") == [None]


def siblings(added: str) -> str:
    return ferry(
        "The ferry's owner, Omar Reyes, is suing the county over the contract. His sister,"
        " Mara Reyes, sold tickets on the dock for 30 years.",
        "Both rode the last crossing on Sunday.",
        f"“People queued past the bait shop,” Reyes said, adding that {added} had never seen"
        " the car deck so full.",
    )


def test_a_shared_surname_decided_by_the_pronoun_a_participle_after_the_cue_reports() -> None:
    # Before: nobody's. Only the subject of the cue's own reported clause ("Reyes said she
    # had") was read as bound to the sayer, not the clause of "adding that" after it
    searcher = searcher_for("ferry-adding", siblings("she"))
    assert quoted(searcher, "past the bait shop") == ["Mara Reyes"]


def test_a_shared_surname_and_they_after_adding_stays_nobody() -> None:
    # Guard: "they" tells no gender
    searcher = searcher_for("ferry-adding-they", siblings("they"))
    assert quoted(searcher, "past the bait shop") == [None]


def rescue(subject: str) -> str:
    return ferry(
        "A deckhand fell overboard during the ferry's last winter crossing and was pulled from"
        " the water within minutes.",
        f"{subject}, said the water had been “colder than anything I trained in.” Speaking"
        " from the dock, he described the rescue as “fast, loud and very lucky.”",
    )


def test_a_role_with_a_relative_clause_then_the_name_between_commas() -> None:
    # Before: nobody's. "The <noun> who ..., Y, said" was no subject: a verb in the phrase
    # before the name was read as a clause of its own
    searcher = searcher_for("ferry-who", rescue("The crewman who jumped in after him, Ivo Marsh"))
    assert quoted(searcher, "colder than anything") == ["Ivo Marsh"]
    assert quoted(searcher, "very lucky") == ["Ivo Marsh"]


def test_a_relative_clause_of_speech_before_the_name_stays_nobody() -> None:
    # Guard: "who told the captain, Ivo Marsh," -- Marsh may be the captain told
    searcher = searcher_for("ferry-who-told", rescue("The crewman who told the captain, Ivo Marsh"))
    assert quoted(searcher, "colder than anything") == [None]


def test_a_rank_with_an_ordinal_class_before_the_name() -> None:
    # Before: "Class Ivo Marsh" was the person ("2nd" broke the title), and the name between
    # commas, with a digit in it, no subject
    searcher = searcher_for("ferry-rank", rescue("The crewman, Petty Officer 2nd Class Ivo Marsh"))
    assert "Ivo Marsh" in people_and_roles(searcher)
    assert "Class Ivo Marsh" not in people_and_roles(searcher)
    assert quoted(searcher, "colder than anything") == ["Ivo Marsh"]
    assert quoted(searcher, "very lucky") == ["Ivo Marsh"]
