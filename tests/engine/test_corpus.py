"""Story files: headers, paragraphs and offsets, lines that are not story text, bad files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.corpus import classify_paragraph, load_corpus, parse_story, story_file_text
from bot.engine.models import ParagraphRole
from bot.errors import CorpusError

REPO = Path(__file__).resolve().parents[2]
SHIPPED_BODY_START = "The long-running friendship between MAGA World"


def story_bytes(body: str = "A paragraph.\nAnother one.", **meta: object) -> bytes:
    return story_file_text({"id": "s1", **meta}, body).encode()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_the_shipped_story_loads_with_its_body_unchanged() -> None:
    [story] = load_corpus(REPO / "corpus")
    assert story.id == "bukele-white-house"
    assert story.body.lstrip().startswith(SHIPPED_BODY_START)
    assert story.meta.outlet is None and story.meta.url is None and story.meta.published is None
    assert story.meta.contributors == ("Mabinty Quarshie",)
    assert len(story.paragraphs) == 32
    assert len(story.passages) == 30
    for passage in story.paragraphs:
        assert story.body[passage.start : passage.end] == passage.text
        for sentence in passage.sentences:
            assert passage.start <= sentence.start < sentence.end <= passage.end
    roles = {p.paragraph: p.role for p in story.paragraphs if p.role is not ParagraphRole.STORY}
    assert roles == {29: ParagraphRole.INSERTED, 32: ParagraphRole.CREDIT}
    assert story.paragraphs[12].text.startswith("But during the meeting, Bukele said")


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Jane Roe contributed to this report.", ParagraphRole.CREDIT),
        ("Reporting by Jane Roe and John Doe", ParagraphRole.CREDIT),
        ("Jane Roe and John Doe contributed reporting", ParagraphRole.CREDIT),
        ("RELATED: Why the Senate Stalled on Border Talks", ParagraphRole.INSERTED),
        ("Inside the Fight Over the Budget", ParagraphRole.INSERTED),
        ("Budget woes: Can the city keep its libraries open?", ParagraphRole.INSERTED),
        ("The mayor contributed $5 to the fund, aides said.", ParagraphRole.STORY),
        ("Why does it matter? Because the vote is close.", ParagraphRole.STORY),
        ("“We will win,” Smith said: “That is certain.”", ParagraphRole.STORY),
        ("The vote: 52 to 48.", ParagraphRole.STORY),
    ],
)
def test_lines_that_are_not_story_text_are_found_by_rule(line: str, role: ParagraphRole) -> None:
    assert classify_paragraph(line) is role


def test_credit_names_become_contributors() -> None:
    story = parse_story(
        story_bytes("Body text here.\nAl Smith and Bo Jones contributed."), source="x"
    )
    assert story.meta.contributors == ("Al Smith", "Bo Jones")
    assert [p.role for p in story.paragraphs] == [ParagraphRole.STORY, ParagraphRole.CREDIT]


def test_header_corrections_override_the_rules() -> None:
    body = "First paragraph here.\nA Headline Looking Line Here\nThird one."
    story = parse_story(
        story_bytes(body, include_paragraphs=[2], exclude_paragraphs=[3]), source="x"
    )
    assert [p.role for p in story.paragraphs] == [
        ParagraphRole.STORY,
        ParagraphRole.STORY,
        ParagraphRole.INSERTED,
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\xff\xfe not utf8", "is not UTF-8"),
        (b"no header at all\n", "must start with a TOML header"),
        (b"+++\nid = 's1'\nbody without a closing fence", "not closed"),
        (b"+++\nid = = broken\n+++\nBody.", "broken header"),
        (b"+++\ntitle = 'x'\n+++\nBody.", "has no id"),
        (b"+++\nid = 'Bad Id!'\n+++\nBody.", "bad header: id"),
        (b"+++\nid = 's1'\ntitel = 'typo'\n+++\nBody.", "bad header: titel"),
        (b"+++\nid = 's1'\npublished = 'not a date'\n+++\nBody.", "published"),
        (b"+++\nid = 's1'\n+++\n\n  \n", "no story text"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path: Path, data: bytes, problem: str) -> None:
    write(tmp_path, "broken.txt", data)
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    assert str(caught.value).startswith("broken.txt: ")
    assert problem in str(caught.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", story_bytes())
    write(tmp_path, "b.txt", story_bytes())
    with pytest.raises(CorpusError, match=r"b.txt: duplicate id 's1', already used by a.txt"):
        load_corpus(tmp_path)


def test_oversized_files_and_links_outside_the_corpus_are_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = write(tmp_path, "secret.txt", story_bytes())
    (corpus / "link.txt").symlink_to(outside)
    with pytest.raises(CorpusError, match=r"link\.txt: is a link to a file outside"):
        load_corpus(corpus)
    (corpus / "link.txt").unlink()
    write(corpus, "big.txt", story_bytes("word " * 1000))
    with pytest.raises(CorpusError, match=r"big.txt: is .* bytes; the limit is 1,000"):
        load_corpus(corpus, max_bytes=1000)


def test_other_files_are_ignored_and_stories_sorted_by_id(tmp_path: Path) -> None:
    write(tmp_path, "README.md", "not a story")
    write(tmp_path, "z.txt", story_file_text({"id": "a-story"}, "Text."))
    write(tmp_path, "a.txt", story_file_text({"id": "b-story"}, "Text."))
    assert [s.id for s in load_corpus(tmp_path)] == ["a-story", "b-story"]


def test_missing_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ('url = "javascript:alert(1)"', "url: must be an http:// or https:// address"),
        ('url = "https://ok.example) **x** [Nitro](https://evil.example"', "url: must be a web"),
        ('url = "/relative/path"', "url: must be an http:// or https:// address"),
        (f'url = "https://x.example/{"a" * 500}"', "url: String should have at most 500"),
        (f'title = "{"t" * 257}"', "title: String should have at most 256"),
        (f'outlet = "{"o" * 101}"', "outlet: String should have at most 100"),
        (f'authors = ["{"a" * 101}"]', "authors.0: String should have at most 100"),
        ("authors = [" + ", ".join(['"A"'] * 21) + "]", "authors: List should have at most 20"),
        ("contributors = [" + ", ".join(['"C"'] * 51) + "]", "contributors: List should"),
    ],
)
def test_header_fields_are_limited_and_the_url_must_be_a_web_address(
    header: str, problem: str
) -> None:
    raw = f'+++\nid = "limits"\n{header}\n+++\nSome text.\n'.encode()
    with pytest.raises(CorpusError, match=re.escape(problem)):
        parse_story(raw, source="limits.txt")


# pysbd_sentences is pysbd's `segment` without its per-sentence regular expressions: it must
# give exactly what `segment` gives, on news text and on text made to trip it.
_PIECES = [
    "Dr.",
    "Mr. Smith",
    "U.S.",
    "said",
    "It",
    "was",
    "“fine.”",
    '"No."',
    "'s",
    "e.g.",
    "1.",
    "2.5",
    "(a)",
    "a.m.",
    "?",
    "!",
    "...",
    "…",
    ".",
    ",",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\u2009",
    "\t",
    "Jan.",
    "St.",
    "No.",
    "i.",
    "ii.",
    "-",
    "—",
    "(",
    ")",
    "a",
    "A",
    "the end.",
]


def _segment(text: str) -> list[str]:
    import pysbd

    return list(pysbd.Segmenter(language="en", clean=False).segment(text))


def test_sentences_are_pysbds_on_every_paragraph_of_the_corpus() -> None:
    from bot.engine.corpus import pysbd_sentences

    for story in load_corpus(REPO / "corpus"):
        for passage in story.paragraphs:
            assert pysbd_sentences(passage.text) == _segment(passage.text), passage.text
    repeated = "He said no. He said no.  He said no.\u00a0 Then: yes. Then: yes."
    assert pysbd_sentences(repeated) == _segment(repeated)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_sentences_are_pysbds_on_made_up_text(text: str) -> None:
    from bot.engine.corpus import pysbd_sentences

    assert pysbd_sentences(text) == _segment(text)


# plain_sentences answers without pysbd for text its rules cannot touch: whenever it answers,
# the answer is pysbd's. Words chosen to sit right at the edges of its conditions.
_PLAIN_PIECES = [
    *"said Ruiz Budget council ups urs ice eag phad Dr dr no No Nos art gen".split(),
    *"Sen Inc I In It A a".split(),
    *"ii iv mix KG Co US 503 7 b1 said.” the, “Vote “Tax”".split(),
    *"Dr. no. art. ups. ice. eag. ph d. dr phil. u s. I. ii. KG. Co. US. 503. b1. end. Mr.".split(),
    ",",
    ".",
    "“",
    "”",
    ",”",
    "budget,”",
    "’",
    "-",
    "‘",
    "o’.",
    "x-.",
]


_PLAIN_WORDS = st.sampled_from(
    "said Ruiz budget council ups urs ice eag phad Dr dr no Nos art gen Sen Inc I In It A a"
    " ii iv mix KG Co US 503 7 b1 the, Vote phil ph d u s Ruiz’s workers’ ’s well-known 2-1 -"
    " -- a- ‘Tax’".split()
)


@st.composite
def _plain_sentence(draw: st.DrawFn) -> str:
    words = " ".join(draw(st.lists(_PLAIN_WORDS, min_size=1, max_size=6)))
    if draw(st.booleans()):  # a quotation, then who said it
        said = " ".join(draw(st.lists(_PLAIN_WORDS, min_size=1, max_size=3)))
        words = f"“{words},” {said}"
    return words + "."


def _plain_text() -> st.SearchStrategy[str]:
    """Sentences as news writes them, from words that trip pysbd's rules, now and then with a
    piece that breaks the pattern."""
    pieces = st.one_of(_plain_sentence(), _plain_sentence(), st.sampled_from(_PLAIN_PIECES))
    return st.lists(pieces, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(_plain_text())
def test_plain_sentences_are_pysbds_wherever_they_answer(text: str) -> None:
    from bot.engine.corpus import plain_sentences

    plain = plain_sentences(text)
    if plain is not None:
        assert plain == _segment(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaZbI .,“”0’-", min_size=1, max_size=60))
def test_plain_sentences_are_pysbds_on_any_text_of_their_characters(text: str) -> None:
    from bot.engine.corpus import plain_sentences

    plain = plain_sentences(text)
    if plain is not None:
        assert plain == _segment(text)


def test_plain_sentences_answer_for_plain_news_text_and_leave_the_rest_to_pysbd() -> None:
    from bot.engine.corpus import plain_sentences

    text = "The vote drew attention. “Tax the water,” Ruiz said. Then Ruiz left."
    assert (
        plain_sentences(text)
        == _segment(text)
        == [
            "The vote drew attention. ",
            "“Tax the water,” Ruiz said. ",
            "Then Ruiz left.",
        ]
    )
    for text in [
        "He met Dr. Ruiz.",  # an abbreviation
        "He met the ups. Then left.",  # pysbd's "u.s" is a regular expression
        "It cost 2.5 million.",  # a number with a point
        "“We won. They lost,” she said.",  # a stop inside a quotation
        "Ruiz’s plan passed - narrowly.",  # a dash
        "Did it pass? Yes.",  # a question mark
        "He said it passed",  # no closing stop
    ]:
        assert plain_sentences(text) is None, text


def test_plain_sentences_are_pysbds_on_the_benchmarks_synthetic_stories() -> None:
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import story_text

    from bot.engine.corpus import plain_sentences

    answered = 0
    for number in range(20):
        story = parse_story(story_text(number, 7)[0].encode(), source=f"s{number}.txt")
        for passage in story.paragraphs:
            plain = plain_sentences(passage.text)
            if plain is not None:
                answered += 1
                assert plain == _segment(passage.text), passage.text
    assert answered > 500  # most synthetic paragraphs are plain


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="aZ9,.“”’ -‘!é\n", min_size=1, max_size=30))
def test_plain_text_is_found_as_the_pattern_finds_it(text: str) -> None:
    """Whether a paragraph is plain text is read by scans rather than the pattern's per-character
    alternation: the same answer for every text."""
    from bot.engine.corpus import _PLAIN_TEXT, _plain_text

    assert _plain_text(text) == (_PLAIN_TEXT.fullmatch(text) is not None)
