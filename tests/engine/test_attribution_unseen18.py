"""Shapes attribution set 18 (`tests/data/attribution/unseen-18`, attr-20, read whole in the
thirty-second session by 9attr31) credited wrongly or left nobody's, by cause, on a harbour
bridge story of our own: a name given after "known" and words saying to whom or how ("known to
locals as the "Old Iron Span""); the question put after "Asked by a reporter," with the answer's
cue after it ("Asked by a reporter, "...?" Ruiz said: "...""); a participle putting a question to
the subject, longer than ten words ("X, asked whether ..., said:"); a role's long body name in an
appositive ("president of the local chapter of the National Association of Letter Carriers");
a title the story gave one of two people sharing a surname that no list of roles knows ("Father
Lund said"); a first name alone as the cue inside a speaker's words ("Harold used to say,
'...'"). Each with guards."""

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
