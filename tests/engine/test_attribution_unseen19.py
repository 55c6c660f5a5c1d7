"""Shapes attribution set 19 (`tests/data/attribution/unseen-19`, attr-21, read whole in the
thirty-third session by 9attr32) credited wrongly or left nobody's, by cause, on a covered
market story of our own: capitalised words in quotation marks naming a kind of thing between a
determiner and a noun (`its "Harbour Gold" jars`: a brand, nobody's words, not the reported
speaker's); words a sender put with what they posted or sent (`posted a photograph ... with the
caption: "..."`); a sentence whose subject is "Her"/"His" and a noun of kin (`Her daughter was
blunter. Asked ..., she replied: "..."`: the daughter the story named, when she spoke before,
not the last speaker). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "HARWICK — The covered market will close for a year of repairs in January, the council"
    " said on Monday, and its forty traders must move to a car park across the river."
)
CLOSING = "The market is expected to reopen in early 2027."


def market(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_capitalised_words_naming_a_kind_of_thing_are_nobodys() -> None:
    # Before: the reported speaker's (Ortiz's, Vale's), as words she or he said
    body = market(
        "Lena Ortiz, who has sold honey at the market for thirty years, said the stall had sold"
        " out of its “Harbour Gold” jars within a week of the news.",
        "Ortiz said she would wear a “Save Our Market” badge to every council meeting.",
        "Tom Vale, who chairs the traders’ association, said the “Shop Small” leaflets had"
        " gone to every house in the town.",
        "Vale said Ortiz’s “Harbour Gold” label was better known than the market itself.",
    )
    searcher = searcher_for("market-brand", body)
    assert quoted(searcher, "Harbour Gold") == [None, None]
    assert quoted(searcher, "Save Our Market") == [None]
    assert quoted(searcher, "Shop Small") == [None]


def test_capitalised_words_with_no_noun_after_stay_the_speakers() -> None:
    # Guards: capitalised words that qualify no noun after them are still the speaker's
    body = market(
        "Lena Ortiz, who has sold honey at the market for thirty years, said the new rent was"
        " “Frankly Absurd” and would close half the stalls.",
        "Tom Vale said the council’s offer was “a disgrace” to the town.",
    )
    searcher = searcher_for("market-brand-guard", body)
    assert quoted(searcher, "Frankly Absurd") == ["Lena Ortiz"]
    assert quoted(searcher, "a disgrace") == ["Tom Vale"]


def test_words_put_with_what_someone_posted_or_sent_are_theirs() -> None:
    # Before: nobody's ("posted a photograph" is no message; the caption is)
    body = market(
        "Lena Ortiz, who has sold honey at the market for thirty years, said she had heard the"
        " news from a customer.",
        "Ortiz posted a photograph of the empty aisles on Instagram with the caption: “Thirty"
        " years. One letter.”",
        "Tom Vale, who chairs the traders’ association, said the vote had been rushed.",
        "Vale shared a video of the vote on Facebook, with the words: “Remember their names.”",
        "Vale later sent the council a box of old market tokens with a note: “You sold these"
        " once too.”",
    )
    searcher = searcher_for("market-caption", body)
    assert quoted(searcher, "One letter") == ["Lena Ortiz"]
    assert quoted(searcher, "Remember their names") == ["Tom Vale"]
    assert quoted(searcher, "You sold these") == ["Tom Vale"]


def test_words_put_with_what_someone_else_made_stay_nobodys() -> None:
    # Guards: a thing another made or posted (`her son took`, `a post by the council`): the
    # words may be theirs, so nobody's, as on main
    body = market(
        "Lena Ortiz, who has sold honey at the market for thirty years, said she had heard the"
        " news from a customer.",
        "Ortiz posted a photograph her son took with the caption: “The last Saturday.”",
        "Tom Vale shared a post by the council with the message: “Repairs start in January.”",
    )
    searcher = searcher_for("market-caption-guard", body)
    assert quoted(searcher, "The last Saturday") == [None]
    assert quoted(searcher, "Repairs start") == [None]


def family(*paragraphs: str) -> str:
    return market(
        "Lena Ortiz, who has sold honey at the market for thirty years, said she would move"
        " her stall across the river. “We have moved before,” she said.",
        "Her daughter, Mia Ortiz, who runs the stall on Saturdays, started a petition. Her"
        " husband, Carlos Ortiz, keeps the bees.",
        "Mia Ortiz said three hundred people had signed it by Tuesday.",
        "Lena Ortiz said she was willing to wait for the repairs. “A year is not forever,” she"
        " said.",
        *paragraphs,
    )


def test_a_kin_subject_is_who_the_pronoun_after_means() -> None:
    # Before: the last speaker's (Lena Ortiz's), whoever the sentence before was about
    searcher = searcher_for(
        "market-kin",
        family(
            "Her daughter was blunter. Asked whether the family trusted the council, she"
            " replied: “Would you?”"
        ),
    )
    assert quoted(searcher, "Would you?") == ["Mia Ortiz"]
    searcher = searcher_for(
        "market-kin-comma",
        family("Her daughter, asked about the petition, shrugged. “It is a start,” she said."),
    )
    assert quoted(searcher, "It is a start") == ["Mia Ortiz"]


def test_a_sons_sentence_before_his_words() -> None:
    # Before: the father's, the last speaker
    body = market(
        "Tom Vale, who chairs the traders’ association, said the move would cost each stall"
        " £2,000. “Nobody asked us,” he said.",
        "His son, Leo Vale, sells cheese two stalls down. Leo Vale said trade had halved.",
        "Tom Vale said he would meet the council on Friday.",
        "His son was less patient. “I will sell online,” he said.",
    )
    searcher = searcher_for("market-kin-son", body)
    assert quoted(searcher, "sell online") == ["Leo Vale"]


def test_a_kin_subject_who_may_not_be_the_pronoun_leaves_the_last_speaker() -> None:
    # Guards: "Her husband" is no one "she" may be; a relative something was done to ("was
    # born"), or one who never spoke before, is spoken of: the last speaker still speaks; a kin
    # subject set off with a name after a title ("His brother, Councillor Sam Vale,"), who
    # never spoke before, leaves the rules after it to find him (unseen-17's a19-rovers-stadium)
    searcher = searcher_for(
        "market-kin-guard",
        family("Her husband stayed at home. “He hates crowds,” she said."),
    )
    assert quoted(searcher, "He hates crowds") == ["Lena Ortiz"]
    searcher = searcher_for(
        "market-kin-passive",
        family("Her daughter was born above the stall. “She learned to count here,” she said."),
    )
    assert quoted(searcher, "learned to count") == ["Lena Ortiz"]
    searcher = searcher_for(
        "market-kin-silent",
        family(
            "Lena Ortiz’s sister, Rosa Ortiz, moved to Leeds in 2010.",
            "Lena Ortiz said she would not follow her. “I was born here,” she said.",
            "Her sister calls every Sunday. “She wants me to move north,” she said.",
        ),
    )
    assert quoted(searcher, "move north") == ["Lena Ortiz"]
    body = market(
        "Tom Vale, who chairs the traders’ association, said the move would cost each stall"
        " £2,000.",
        "His brother, Councillor Sam Vale, sits on the committee that will decide. He said he"
        " would not vote. “I know too many of the traders,” he said.",
    )
    searcher = searcher_for("market-kin-title", body)
    assert quoted(searcher, "too many of the traders") == ["Sam Vale"]
