"""Attribution's scans over a paragraph's tokens look only where something can be found (a cue
word, a name's first word, a quotation or sentence mark, a role head's last word), and its
tokens are made outside the interpreter's loop (`tokenize`): each gives what the plain loop
over every token gave, kept here as the reference."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.attribution.paragraphs import QuoteSpan, pair_quotes, sentence_spans
from bot.engine.corpus import load_corpus, parse_story
from bot.engine.mentions import AliasTable, Mention, name_mentions
from bot.engine.models import Person
from bot.engine.names import Token, head_ending_at, side_by_side, tokenize
from bot.engine.words import ABBREVIATIONS, ROLE_HEADS

REPO = Path(__file__).resolve().parents[2]

_PIECES = [
    *" ,.?!;\n",
    "“",
    "”",
    '"',
    "’s",
    "Ruiz",
    "Elena Ruiz",
    "Mayor",
    "mayor",
    "press secretary",
    "White House",
    "said",
    "the",
    "Dr.",
    "Ms",
    "U.S.",
    "3",
    "former",
    "Sen.",
    "chief",
    "executive",
    "  ",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


_TOKEN = re.compile(
    r"(?P<acronym>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>[^\W_]+(?:[-'’‘][^\W_]+)*)"
    r"|(?P<punct>\S)"
)


def _tokenize(text: str, offset: int = 0) -> list[Token]:
    """`tokenize` as a loop over the pattern's matches, a token at a time."""
    tokens: list[Token] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < last_end:
            continue  # the full stop an abbreviation took
        kind, word = match.lastgroup, match.group()
        if kind == "punct":
            tokens.append(
                Token(word, offset + start, offset + end, "punct", word.lower(), False, False)
            )
            last_end = end
            continue
        if kind == "word":
            if len(word) > 2 and word[-1] == "s" and word[-2] in "'’‘":  # a possessive
                cut = end - 2
                own, ending = text[start:cut], text[cut:end]
                tokens.append(
                    Token(
                        own,
                        offset + start,
                        offset + cut,
                        "word",
                        own.lower(),
                        True,
                        own[:1].isupper(),
                    )
                )
                tokens.append(
                    Token(ending, offset + cut, offset + end, "poss", ending.lower(), False, False)
                )
                last_end = end
                continue
            if text[end : end + 1] == "." and (
                word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
            ):
                end += 1
                word = text[start:end]
        tokens.append(
            Token(
                word, offset + start, offset + end, "word", word.lower(), True, word[:1].isupper()
            )
        )
        last_end = end
    for k in range(len(tokens) - 1):  # "Ms Ruiz": a title written without its full stop
        tok, after = tokens[k], tokens[k + 1]
        titled = tok.text in ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
        if titled and after.is_cap and after.start == tok.end + 1:
            tokens[k] = tok._replace(lower=tok.lower + ".")
    return tokens


def _head_ending_at(tokens: Sequence[Token], j: int) -> int | None:
    best: int | None = None
    for size in (1, 2, 3):
        i = j - size + 1
        if i < 0 or not all(t.is_word for t in tokens[i : j + 1]):
            continue
        if tuple(t.lower for t in tokens[i : j + 1]) in ROLE_HEADS and side_by_side(
            tokens, i, j + 1
        ):
            best = i
    return best


def _name_mentions(tokens: Sequence[Token], known: AliasTable) -> list[Mention]:
    table, longest, first_words = known.ids, known.longest, known.first_words
    texts = [t.text for t in tokens]
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if texts[i] not in first_words:
            i += 1
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            ids = table.get(tuple(texts[i : i + size]))
            if ids and side_by_side(tokens, i, i + size):
                mentions.append(Mention(tuple(ids), i, i + size))
                i += size
                break
        else:
            i += 1
    return mentions


def _pair_quotes(
    tokens: Sequence[Token], body: str, para_end: int
) -> tuple[list[QuoteSpan], list[int]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    for k, tok in enumerate(tokens):
        if tok.text == "“" and opened is None:
            opened = k
        elif (tok.text == "”" or tok.text == '"') and opened is not None:
            pairs.append((opened, k))
            opened = None
        elif tok.text == '"':
            opened = k
    if opened is not None:
        pairs.append((opened, None))
    quotes: list[QuoteSpan] = []
    quote_of = [-1] * len(tokens)
    for open_tok, close_tok in pairs:
        start = tokens[open_tok].end
        end = tokens[close_tok].start if close_tok is not None else para_end
        text = body[start:end]
        stripped = text.rstrip().rstrip(",").rstrip()
        end = start + len(stripped)
        start += len(stripped) - len(stripped.lstrip())
        if start >= end:
            continue
        for k in range(open_tok, (close_tok if close_tok is not None else len(tokens) - 1) + 1):
            quote_of[k] = len(quotes)
        quotes.append(QuoteSpan(open_tok, close_tok, start, end))
    return quotes, quote_of


def _sentence_spans(
    tokens: Sequence[Token], quotes: Sequence[QuoteSpan], quote_of: Sequence[int]
) -> list[tuple[int, int]]:
    opens = {q.open_tok for q in quotes}
    closes = {q.close_tok for q in quotes}
    spans: list[tuple[int, int]] = []
    start = 0
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        starts_new = nxt.is_cap or (k + 1) in opens or nxt.text[:1].isdigit()
        before = tokens[k - 1] if k > 0 else None
        if (  # "1.2": a number's point between digits, no space either side
            tok.text == "."
            and before is not None
            and before.text[-1:].isdigit()
            and nxt.text[:1].isdigit()
            and before.end == tok.start == nxt.start - 1
        ):
            continue
        ends = False
        if quote_of[k] == -1 and tok.text in ".?!":
            ends = starts_new
        elif k in closes and k > 0:
            before = tokens[k - 1].text
            ends = (before == "." and starts_new) or (before in "?!" and (k + 1) in opens)
        if ends:
            spans.append((start, k + 1))
            start = k + 1
    spans.append((start, len(tokens)))
    return [s for s in spans if s[0] < s[1]]


_PEOPLE = [
    Person(id="elena-ruiz", name="Elena Ruiz", aliases=("Elena Ruiz", "Ruiz")),
    Person(id="white-house", name="White House", aliases=("White House",)),
    Person(id="ruiz-2", name="Ruiz Ruiz", aliases=("Ruiz Ruiz", "Ruiz")),
]


def _check(text: str, offset: int = 0) -> None:
    tokens = tokenize(text, offset)
    assert tokens == _tokenize(text, offset)
    assert [type(t) for t in tokens] == [Token] * len(tokens)
    body = " " * offset + text
    for j in range(-1, len(tokens)):
        assert head_ending_at(tokens, j) == _head_ending_at(tokens, j)
    aliases = AliasTable(_PEOPLE)
    assert name_mentions(tokens, _PEOPLE, aliases) == _name_mentions(tokens, aliases)
    paired = pair_quotes(tokens, body, offset + len(text))
    assert paired == _pair_quotes(tokens, body, offset + len(text))
    assert sentence_spans(tokens, *paired) == _sentence_spans(tokens, *paired)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS)
def test_the_scans_find_what_every_token_s_loop_found(text: str) -> None:
    _check(text, 3)


# Characters where the tokens' rules meet: apostrophes before "s", full stops after a word or
# a capital, acronyms, underscores (no word character), letters whose case is not ASCII's.
_EDGES = [
    *" .,'’‘-_\n\"",
    "s",
    "S",
    "Mr",
    "mr",
    "MR",
    "Dr",
    "Ms",
    "co",
    "No",
    "A",
    "a",
    "É",
    "ß",
    "Ⓐ",
    "ǅ",
]
_EDGES += ["İ", "ſt", "U.S.", "e.g.", "1990", "x-y", "o'", "Ruiz", "“", "”", "..."]


@settings(max_examples=2000, deadline=None)
@given(text=st.lists(st.sampled_from(_EDGES), max_size=14).map("".join))
def test_tokens_are_the_loop_s_at_the_edges_of_their_rules(text: str) -> None:
    assert tokenize(text, 5) == _tokenize(text, 5)
    assert tokenize(text) == _tokenize(text)


def test_the_scans_find_the_same_in_the_story_and_synthetic_news() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import story_text

    stories = list(load_corpus(REPO / "corpus"))
    stories += [parse_story(story_text(n, 7)[0].encode(), source=f"s{n}.txt") for n in range(10)]
    for story in stories:
        for passage in story.paragraphs:
            _check(passage.text)
