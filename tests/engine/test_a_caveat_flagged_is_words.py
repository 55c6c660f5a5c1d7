""" "Did the Cornell professor flag any caveats re: the visit, or was his read entirely
positive?": "flag" was no verb of speech, so the question asked nothing of the professor's, and
the passage naming him "Cornell University professor" came first; his warning third (fresh-71
s02). To flag, as to voice, express or raise, a concern, a caveat or a warning is to say it in
words: the speaker's. And the noun says what kind of words (a caveat is a warning: "warned"),
so it is a word of the topic, not of the verb, as it was for "voice any reservations"."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The new Harbor Bridge opened on Friday, a year late, according to Rutgers University"
        " professor Elena Morales.",
        "“For the city, the bridge cuts the commute from the east side by twenty minutes,”"
        " Morales said.",
        "“For the mayor, the opening is a chance to show that big projects can still be done,”"
        " she added.",
        "Still, while calling the opening a “win for commuters,” Morales warned that the tolls"
        " may keep poorer drivers off the bridge.",
        "Mayor Tom Reyes cut the ribbon and said the bridge would carry 40,000 cars a day.",
    ]
)


@pytest.fixture(scope="module")
def bridge():  # type: ignore[no-untyped-def]
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage naming her "Rutgers University professor" first
        "Did the Rutgers professor flag any caveats re: the opening, or was her read entirely"
        " positive?",
        "did the professor flag any caveats?",
        # guards, first on main too: the caveat alone reaches her warning; "raise" was a verb
        # of speech before
        "Did the Rutgers academic flag any caveats re: the bridge?",
        "did morales flag any caveats about the bridge",
        "has the professor raised a caveat about the bridge?",
    ],
)
def test_a_caveat_flagged_is_her_warning(bridge, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = bridge.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Still, while calling the opening")
    assert all("Morales" in p.text or "she added" in p.text for p in answer.passages)
