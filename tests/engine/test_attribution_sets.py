"""Attribution on stories nobody working on the engine had seen when they were written: ten
sets of four fictional news stories in `tests/data/attribution/`, each with a key of who said
every quotation (null: nobody's words), written by helpers who read only the story format (the
first eight in the eighteenth to twenty-second sessions). unseen-1, 2, 4, 5, 6, 7 and 8 were
read whole to find causes (5 in the twentieth session, 6 in the twenty-first, 7 in the
twenty-second, 8 in the twenty-third), 3 for its wrong credits and misses. unseen-9 was written
in the twenty-fifth session by the helper who then fixed what it found (9attr13), so it is
seen, not blind. unseen-10 is attr-11, written in the twenty-fourth session by a helper who
read only the story format, its wrong credits read then (9attr11w) and the whole set in the
twenty-sixth (9attr16); unseen-11 is attr-12, written the same way, read whole in the
twenty-seventh (9attr19); unseen-12 is attr-13, written the same way, read whole in the
twenty-seventh too (9attr21); unseen-13 is attr-14, written the same way, read whole in the
twenty-eighth (9attr22); unseen-14 is attr-16, written the same way, read whole in the
twenty-ninth (9attr24); unseen-15 is attr-17, written the same way, read whole in the
thirtieth (9attr28); unseen-16 is attr-18, written the same way, read whole in the
thirty-first (9attr29); unseen-17 is attr-19, written the same way, read whole in the
thirty-second (9attr30); unseen-18 is attr-20, written the same way, read whole in the
thirty-second (9attr31); unseen-19 is attr-21, written the same way in the thirty-second, read
whole in the thirty-third (9attr32); unseen-20 is attr-22, written the same way, read whole in
the thirty-third (9attr33); unseen-21 is attr-23, written the same way, read whole in the
thirty-fourth (9attr34); unseen-22 is attr-24, written the same way in the thirty-fourth, read
whole then (9attr35); unseen-23 is attr-25, written the same way, read whole in the
thirty-fifth (9attr36); unseen-24 is attr-26, written the same way in the thirty-fifth, read
whole then (9attr37); unseen-25 is attr-28, written the same way at the thirty-sixth's start,
read whole then (9attr38); unseen-26 is attr-29, written the same way, read whole in the
thirty-seventh (9attr39); unseen-27 is attr-31, written the same way, read whole in the
thirty-seventh too (9attr40); unseen-28 is attr-30, written the same way at the thirty-seventh's
start and kept out unread through it, read whole in the thirty-eighth (9attr41); unseen-29 is
attr-32, written the same way, read whole in the thirty-ninth (9attr32). `storybot
--corpus DIR eval DIR/key.jsonl` prints the same figures (README, Quality)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import load_corpus
from bot.engine.evaluation import EvalReport, evaluate, load_items
from bot.engine.search import Searcher
from bot.engine.service import quote_views

SETS = Path(__file__).resolve().parents[2] / "tests" / "data" / "attribution"

# set: (quotations, credited right at least, credited to someone else at most)
FIGURES = {
    "unseen-1": (79, 79, 0),
    "unseen-2": (77, 77, 0),
    "unseen-3": (71, 71, 0),
    # one of nobody's words credited: a company's statement to the company (by design)
    "unseen-4": (77, 73, 1),
    "unseen-5": (76, 74, 0),
    # nobody's words credited: two organisations' statements (by design)
    "unseen-6": (77, 74, 2),
    # nested quotations in single marks have entries of their own; relayed words are keyed
    # to whom they relay
    "unseen-7": (75, 74, 0),
    # nobody's words credited: an organisation's statement to the organisation (by design)
    "unseen-8": (77, 74, 1),
    # written by 9attr13 with the hard cues asked for, then read whole (twenty-fifth session):
    # nobody's words credited: three organisations' statements (by design)
    # (u9-08, u9-65, "He said, '...'" and "He told me, '...'" inside someone's words whose
    # "he" only the paragraph before names, right since 9attr35 in the thirty-fourth session)
    "unseen-9": (79, 76, 3),
    # attr-11, read whole by 9attr16 (twenty-sixth session): nobody's words credited: a
    # company's statement to the company, twice (by design); "Carmine" of the key's "carmine
    # amato" (the story never writes his surname) counts as neither right nor wrong
    "unseen-10": (60, 55, 2),
    # attr-12, read whole by 9attr19 (twenty-seventh session): nobody's words credited: a
    # company's statement to the company, twice (by design); a12-75's key corrected from
    # nobody to the chairman (`the chairman said the door was "..."`, Tribal Chairman Thomas
    # Blackwater: a slip of the key's writer). Lowered from 73 by 9surname (thirty-eighth
    # session): `Asked whether the company would bring in replacement pilots, Reyes said` after
    # Laura Reyes was introduced and spoke under "she said" (a12-08, hers by the key) is
    # nobody's, as unseen-27's a31-43 of the same shape is: only what is asked tells her from
    # Capt. Daniel Reyes, and guessing the one introduced last credited a31-43 to the wrong
    # Kowalski
    "unseen-11": (77, 72, 2),
    # attr-13, read whole by 9attr21 (twenty-seventh session): nobody's words credited: a
    # company's statement to the company (by design); a13-65 (`June told me ..., '...'`, June
    # Lutz named only in the next paragraph) left nobody's
    "unseen-12": (68, 66, 1),
    # attr-14, read whole by 9attr22 (twenty-eighth session): nobody's words credited: a
    # company's statement to the company (Tristar, by design)
    "unseen-13": (71, 70, 1),
    # attr-16, read whole by 9attr24 (twenty-ninth session): nobody's words credited: an
    # agency's written statement to the agency (a16-16, `The National Transportation Safety
    # Board said in a written statement that ... "...," the statement said.`: the key's null
    # is its writer's reading of an organisation's statement as a collective source; the
    # engine credits the NTSB as it credits Human Rights Watch in the shared story)
    "unseen-14": (70, 64, 1),
    # attr-17, read whole by 9attr28 (thirtieth session): no wrong credit left (a17-20, a
    # figure in single marks inside Anjali Rao's quotation, "People hear '38 percent' and",
    # is a quotation of its own now, nobody's, as the key has it). Left nobody's: words in
    # single marks a pronoun inside the speaker's words cues (a17-29, 63, 72; a17-35, whose
    # "he said, '...'" only the paragraph before names, Jaylen Marsh's since 9attr35 in the
    # thirty-fourth session), "My wife said to me, '...'" (a17-11), the questions of a Q:/A:
    # interview (a17-36, 39: the byline's writer, no speaker), the answer's "My dad ... said,
    # "..."" (a17-38), "The company said" (a17-58; by design), "Her father said" (a17-74)
    "unseen-15": (77, 68, 0),
    # attr-18, read whole by 9attr29 (thirty-first session): no wrong credit left (a18-33,
    # "Cal Fire, as the state agency is known, wrote", is the California Department of
    # Forestry and Fire Protection now, as the key has it). Left nobody's: "In a statement,
    # the cooperative called ..." (a18-32; by design, as "the company said"). Words in single
    # marks inside Hana Sato's quotation, `He looked at them ... and said, '...'`, are Marcus
    # Lee's, as the key has them, since 9attr40 (thirty-seventh session: a18-64)
    "unseen-16": (76, 75, 0),
    # attr-19, read whole by 9attr30 (thirty-second session): nobody's words credited: a
    # company's press release to the company (a19-58, `In a press release, Kaltenbrunner
    # Gletscherbahnen said ...`: by design, as the NTSB's statement in unseen-14). Left
    # nobody's: the club's chair, whom the story never names as chair (a19-01, 16, 17: "the
    # club's chair described as", "The chair said ... she said"; only "Dennis Marsh — no
    # relation to the chair —" ties Helen Marsh to the role), and "Marsh replied" of Helen and
    # Dennis Marsh (a19-19)
    "unseen-17": (76, 71, 1),
    # attr-20, read whole by 9attr31 (thirty-second session): nobody's words credited: a
    # body's statement to the body, twice (a20-23, 24, `The Nordic Chess Council ... said in a
    # statement ... that it had followed its "fair play" procedures "in every respect"`; by
    # design, as unseen-4's and unseen-14's). Left nobody's: "according to the company's chief
    # executive, "..."" named forward outside the lede (a20-58), "Mr. Vasara ... he said" of
    # Emil and Jari Vasara, neither given "Mr." (a20-31)
    "unseen-18": (76, 72, 2),
    # attr-21, read whole by 9attr32 (thirty-third session): nobody's words credited: a
    # company's statement to the company (a21-09, `In a statement posted on its website ...,
    # Boreal said it was "in regular and constructive contact with the regulator"`; by design,
    # as unseen-14's and unseen-18's). The three wrong credits and the miss of the start are
    # right now: `its "Pure Llanfair" jars` (a brand, nobody's), `posted a photograph ... with
    # the caption: "..."` (the poster's), `Her daughter was blunter. Asked ..., she replied:`
    # (the daughter's, not her mother's)
    "unseen-19": (74, 73, 1),
    # attr-22, read whole by 9attr33 (thirty-third session): nobody's words credited: a
    # campaign group's statement to the group (a22-32, `The campaign group Save Hollin Fields
    # ... said in a statement that it was "..."`; by design, as unseen-14's and unseen-18's).
    # Left nobody's: "She added that her father had told her, "..."" (a22-14: "the magnate's
    # daughter" ties Lydia Vesey to no one, since "Conrad Vesey, the shipping magnate whose
    # company ..." gives him no role), "he had told her, "..."" inside Eleri Pryce's reported
    # clause (a22-27: a pronoun that may be either), words in single marks a pronoun inside
    # Walter Kim's quotation cues ("She said, '...'", a22-66; by design). The two "Ishikawa
    # said" quotations after "The couple said" (a22-44, 45) are nobody's, as the key has them.
    # The decimal point of "about 2.3 million pounds" no longer ends a sentence (9attr34), so
    # a company's statement is the company's (a22-12, `Vesey Maritime, which gave about 2.3
    # million pounds ..., said in a press release that it "..."`; by design, as a22-32)
    "unseen-20": (75, 70, 2),
    # attr-23, read whole by 9attr34 (thirty-fourth session). Left nobody's: words in single
    # marks inside a quotation cued by "My husband said to me that night," / "My coach said to
    # me yesterday," (a23-11, 45: who the husband and the coach are, the story tells only in
    # the next paragraph); `"...," she said` after a paragraph naming Lucia Castellano (the
    # woman who spoke in the paragraph before that may be meant as well: a23-27, 28). "said
    # members had been joking that the loops were "extra value ..."" (a23-49: the members'
    # joke the club's chair relays) is his, as the key has it, since 9attr35's cue inside
    # relayed words
    "unseen-21": (74, 70, 0),
    # attr-24, read whole by 9attr35 (thirty-fourth session): nobody's words credited: an
    # association's press release to the association (a24-63, `The Kestrel Bay Hosts
    # Association ... said in a press release that the vote was "..."`; by design, as
    # unseen-17's and unseen-20's). Every miss of the start is right now
    "unseen-22": (76, 75, 1),
    # attr-25, read whole by 9attr36 (thirty-fifth session): nobody's words credited: an
    # industry council's statement to the council (a25-35, `The Digital Industry Council ...
    # said in a statement that it "..."`; by design, as unseen-20's and unseen-22's). Every
    # miss of the start is right now
    "unseen-23": (72, 71, 1),
    # attr-26, read whole by 9attr37 (thirty-fifth session): no wrong credit left (a26-29, 30,
    # `Ms Roux, whose cooperative ..., said`, were a person "Ms Roux" of their own: titles
    # without a full stop, "Ms", "Mr", "Dr", are titles now). Left nobody's: `her nephew
    # complaining that relatives had been "..."` in the second paragraph, the nephew named
    # only further down (a26-56; as unseen-18's a20-58), `"...," she said then` after a
    # paragraph about the pianist when the woman quoted the paragraph before that may be meant
    # (a26-59; by design), `She said her mother had once told her: "..."` (a26-73: the story
    # never says whose daughter Esther Hallorann is)
    "unseen-24": (74, 71, 0),
    # attr-28, read whole by 9attr38 (thirty-sixth session): nobody's words credited: a school
    # district's post to the district (a28-36, `The Lancaster City School District posted on
    # X ... that it was "..."`) and a league's written statement to the league (a28-23, `The
    # Ohio Scholastic Robotics League ... said in a written statement that its rules require
    # that "..."`: the rules are its own); by design, as unseen-22's and unseen-23's. Every
    # miss of the start is right now
    "unseen-25": (77, 75, 2),
    # attr-29, read whole by 9attr39 (thirty-seventh session): nobody's words credited: an
    # agency's statement to the agency (a29-20, `The General Services Administration ... said
    # in a statement that the sale "..."`: no person "Services Administration" now; by design,
    # as unseen-23's and unseen-25's). Left nobody's: words in single marks inside Miriam
    # Adeyemi's quotation, `"He said, '...'"` after `what the rancher told her` (a29-52: the
    # story never calls Wade Hollis the rancher)
    "unseen-26": (75, 73, 1),
    # attr-31, read whole by 9attr40 (thirty-seventh session): nobody's words credited: a
    # contractor's statement to the contractor (a31-27, `The contractor, Meridian Tunneling
    # Partners, said in a statement that it was "..."`; by design, as unseen-25's and
    # unseen-26's). `Asked whether families should drive up ..., Kowalski said: "..."` (a31-43),
    # after Nathan Kowalski was introduced and spoke under "he said", once his by unseen-11's
    # rule, is nobody's since 9surname (thirty-eighth session), as the key has it: the name
    # back after his words may be Dr. Samuel Kowalski's as well (a12-08 of the same shape goes
    # with it). Left nobody's: `He said restaurant owners had told him ..., and that the city
    # was "..."` (a31-08: "and that" may go on the owners' clause as well as on his)
    "unseen-27": (72, 70, 1),
    # attr-30, read whole by 9attr41 (thirty-eighth session): no wrong credit at the start or
    # now. Every miss of the start (70 of 74) is right now: `"...," X wrote in a post
    # announcing the petition.` and the quotation after it (a30-67, 68: "announcing" was read
    # as someone's words relayed), `X, whose district includes the valley, also wrote to the
    # commission ... she wrote:` before a paragraph of quotation (a30-60: the name and its
    # relative clause were read as a clause reported before "wrote"), `X posted a photograph
    # ... with the caption "..."` with no colon (a30-14). The key needed no change
    "unseen-28": (74, 74, 0),
    # attr-32, read whole by 9attr32 (thirty-ninth session): no wrong credit now, one at the
    # start (a32-08, `Her husband, Per Lindqvist, ... "...," said Lindqvist` credited to Karen
    # Lindqvist: "Per", a function word, was no first name, so he was no one). Right now too:
    # `He said ... the town was not asking the bureau to reopen anything, only to "..."`
    # (a32-23: "not" before "asking" hid the progressive, read as someone's words relayed);
    # `"...," the pharmacist said` after a paragraph all about Walter Greaves, whom the story
    # calls no pharmacist (a32-52, 54), and `His daughter said` after it (a32-55). Left
    # nobody's: the words Walter quotes his father saying (a32-53, `'A drugstore is ...'`):
    # the story names the father only as `Greaves's father, Arthur,` ("Greaves" is Walter's
    # and his daughter Lena's), so "Arthur" is tied to no one and the key's "Arthur Greaves"
    # is a name the story never writes. The key needed no change
    "unseen-29": (71, 70, 0),
}


def scored(name: str) -> EvalReport:
    snapshot = build_snapshot(load_corpus(SETS / name), name)
    return evaluate(
        load_items(SETS / name / "key.jsonl"), Searcher(snapshot), quote_views(snapshot)
    )


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_quotations_of_unseen_stories_are_credited_to_who_said_them(name: str) -> None:
    report = scored(name)
    total, right, wrong = FIGURES[name]
    misses = [f"{i.id} {i.question!r}: {i.detail}" for i in report.items if not i.ok]
    assert report.attribution.total == total
    assert report.attribution_wrong.hits <= wrong, misses
    assert report.attribution.hits >= right, misses


def test_every_set_is_measured() -> None:
    assert sorted(p.name for p in SETS.iterdir() if p.is_dir()) == sorted(FIGURES)
