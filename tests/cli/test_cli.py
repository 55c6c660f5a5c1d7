"""The real command line in a subprocess, as a newcomer would use it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "what did Bukele say about returning Garcia?"
ANSWER_KEYS = {
    "question",
    "answered",
    "confidence",
    "reason",
    "asked_speaker",
    "passages",
    "about_story",
    "about_bot",
    "note",
    "parts",
}
PASSAGE_KEYS = {"rank", "document", "title", "paragraph", "text", "score", "quotes"}


def storybot(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return python(cwd, "-m", "bot", *args)


def one_clear_line(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    """A user's mistake is told in one line holding each of `expected`, with no traceback and a
    failing exit status."""
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def python(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """This interpreter run with `args` in `cwd` (a CLI run, or a probe around one)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_ask_on_a_fresh_checkout_builds_the_index_and_quotes_the_story(checkout: Path) -> None:
    result = storybot(checkout, "ask", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Bukele said it would be “preposterous” for him to return" in result.stdout
    assert "paragraph 13" in result.stdout
    assert "quoting Nayib Bukele" in result.stdout
    assert result.stderr == ""
    assert (checkout / "data" / "storybot.sqlite3").exists()


def test_ask_json_keeps_the_documented_names(checkout: Path) -> None:
    result = storybot(checkout, "ask", "--json", "--top-k", "2", EXAMPLE)
    answer = json.loads(result.stdout)
    assert set(answer) == ANSWER_KEYS
    assert answer["answered"] is True and answer["asked_speaker"] == "Nayib Bukele"
    assert len(answer["passages"]) == 2
    first = answer["passages"][0]
    assert set(first) == PASSAGE_KEYS
    # his own words first, the paragraph relaying them beside
    assert (first["rank"], first["document"], first["paragraph"]) == (1, "bukele-white-house", 14)
    bukele = {"speaker": "Nayib Bukele"}
    own = {**bukele, "text": "How can I smuggle a terrorist into the United States?"}
    assert {**own, "kind": "direct"} in first["quotes"]
    second = answer["passages"][1]
    assert (second["rank"], second["paragraph"]) == (2, 13)
    assert {**bukele, "text": "preposterous", "kind": "partial"} in second["quotes"]


def test_ask_json_file_answers_one_object_a_line(checkout: Path) -> None:
    questions = checkout / "questions.txt"
    questions.write_text(
        f"{EXAMPLE}\n\nWhat did Vladimir Putin say about the meeting?\n   \n", encoding="utf-8"
    )
    result = storybot(checkout, "ask", "--json", "--file", str(questions))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["answered"] for a in lines] == [True, False]
    assert "doesn't quote Vladimir Putin" in lines[1]["reason"]
    assert lines[1]["passages"] == []


def test_an_abstention_says_who_the_story_quotes(checkout: Path) -> None:
    result = storybot(checkout, "ask", "What did Vladimir Putin say about the meeting?")
    assert result.returncode == 0
    assert "The story doesn't quote Vladimir Putin." in result.stdout
    assert "The story quotes" in result.stdout and "Nayib Bukele" in result.stdout


def test_index_prints_what_it_indexed(checkout: Path) -> None:
    result = storybot(checkout, "index")
    assert result.returncode == 0, result.stderr
    assert "Indexed 1 story, 30 passages" in result.stdout
    assert "bukele-white-house: 30 passages" in result.stdout
    assert "Nayib Bukele" in result.stdout and "Quotes per speaker:" in result.stdout


def test_quotes_lists_each_quote_with_its_speaker(checkout: Path) -> None:
    result = storybot(checkout, "quotes", "--speaker", "Human Rights Watch", "--json")
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert {q["paragraph"] for q in quotes} == {18, 19, 20}
    assert all(set(q) == {"document", "paragraph", "text", "speaker", "kind"} for q in quotes)
    continued = next(q for q in quotes if q["paragraph"] == 20)
    assert continued["text"].startswith("A state of emergency") and continued["kind"] == "direct"
    unknown = storybot(checkout, "quotes", "--speaker", "Putin")
    assert unknown.returncode == 1 and "no quotes from 'Putin'" in unknown.stderr


def test_eval_prints_the_measures(checkout: Path) -> None:
    result = storybot(checkout, "eval", str(REPO / "tests/data/eval-dev.jsonl"))
    assert result.returncode == 0, result.stderr
    recall = re.search(r"^Recall@1 +[01]\.\d\d \((\d+)/94\)", result.stdout, re.MULTILINE)
    assert recall and int(recall.group(1)) >= 70  # a floor: rounds of tuning only raise it
    assert "attribution right              1.00 (10/10)" in result.stdout
    assert re.search(r"^paraphrase +\d+/25", result.stdout, re.MULTILINE)  # per category
    assert "trade-off at search.high_confidence = 0.60: " in result.stdout


def test_eval_scores_who_is_credited_with_each_quotation(tmp_path: Path) -> None:
    # an admin checking attribution on stories of their own: a key of who said each quotation
    # (null: nobody's words), wrong credits counted apart from quotations credited to nobody
    corpus = tmp_path / "stories"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(
        "\n".join(
            [
                '+++\nid = "ferry"\n+++',
                "Harbour master Tobias Wren said the ferry would run again in May.",
                "“We have waited long enough,” Wren said.",
                "Mayor Ines Calloway called the repairs “a bargain” on Tuesday.",
                "The council's “emergency” budget passed 5-2.",
            ]
        ),
        encoding="utf-8",
    )
    key = tmp_path / "key.jsonl"
    items = [
        {"id": "a1", "kind": "attribution", "quote": "waited long enough", "speaker": "wren"},
        {"id": "a2", "kind": "attribution", "quote": "a bargain", "speaker": "calloway"},
        {"id": "a3", "kind": "attribution", "quote": "emergency", "speaker": None},
        # a key that says someone else: the quotation is credited to someone else than it names
        {"id": "a4", "kind": "attribution", "quote": "waited long", "speaker": "calloway"},
    ]
    key.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
    db = tmp_path / "attribution.sqlite3"
    result = storybot(tmp_path, "--corpus", str(corpus), "--db", str(db), "eval", str(key))
    assert result.returncode == 0, result.stderr
    assert "attribution right              0.75 (3/4)" in result.stdout
    assert "  credited to someone else     0.25 (1/4)" in result.stdout


def test_eval_with_typos_scores_misspelt_questions(checkout: Path) -> None:
    dev = REPO / "tests/data/eval-dev.jsonl"
    result = storybot(checkout, "eval", "--verbose", "--typos", "2", str(dev))
    assert result.returncode == 0, result.stderr
    asked = set(re.findall(r"^(?:ok  |MISS) [dn]\d+: (.*)$", result.stdout, re.MULTILINE))
    questions = [json.loads(line) for line in dev.read_text().splitlines() if line]
    originals = {item.get("q") for item in questions}
    # every question, each misspelt (a few have no word of five letters to misspell)
    assert len(asked) >= 120 and len(asked & originals) <= 3
    # 0.70 (66/94) since every form of a light verb carries no topic ("when it comes to")
    recall = re.search(r"^Recall@1 +[01]\.\d\d \((\d+)/94\)", result.stdout, re.MULTILINE)
    assert recall and int(recall.group(1)) >= 60  # a floor (72 at the thirty-fifth's end)
    assert "top passage ¶" in result.stdout  # a miss shows what came first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "   "], "Please ask a question about the story."),
        (["ask", "x" * 10_000], "please keep it under 1,000"),
        (["ask"], "ask what?"),
        (["--config", "missing.toml", "ask", "hi"], "/missing.toml does not exist"),
        (["eval", "nope.jsonl"], "/nope.jsonl: the question set does not exist"),
    ],
)
def test_bad_input_gets_a_clear_message_not_a_traceback(
    checkout: Path, args: list[str], message: str
) -> None:
    result = storybot(checkout, *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_story_file_is_named_and_the_old_index_keeps_answering(checkout: Path) -> None:
    assert storybot(checkout, "index").returncode == 0
    (checkout / "corpus" / "bad.txt").write_bytes(b"\xff\xfe\x00 not text")
    result = storybot(checkout, "index")
    assert result.returncode == 1
    assert "bad.txt: is not UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr
    answer = storybot(checkout, "ask", "--json", EXAMPLE)
    assert json.loads(answer.stdout)["answered"] is True


def test_options_work_before_and_after_the_command(checkout: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    storybot(checkout, "--db", str(elsewhere), "index")
    storybot(checkout, "index", "--db", str(elsewhere))
    assert elsewhere.exists()
    assert not (checkout / "data").exists()


def test_a_config_file_sets_paths_relative_to_itself(checkout: Path, tmp_path: Path) -> None:
    config_dir = tmp_path / "conf"
    config_dir.mkdir()
    (config_dir / "config.toml").write_text(
        f'[corpus]\ndir = "{checkout / "corpus"}"\n[storage]\ndatabase = "state/bot.db"\n',
        encoding="utf-8",
    )
    result = storybot(tmp_path, "--config", str(config_dir / "config.toml"), "ask", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert (config_dir / "state" / "bot.db").exists()


def test_ask_labels_the_closest_passages_and_says_what_a_refusal_covers(checkout: Path) -> None:
    closest = storybot(checkout, "ask", "What is the exchange rate of the colon these days?")
    assert closest.returncode == 0, closest.stderr
    assert "The story may not answer that directly; the closest it comes:" in closest.stdout
    refused = storybot(checkout, "ask", "What did Bukele say about Bitcoin?")
    assert "The story doesn't mention Bitcoin." in refused.stdout
    assert "The story covers: The long-running friendship" in refused.stdout
    assert "People quoted" not in refused.stdout  # not about a person
    json_answer = json.loads(storybot(checkout, "ask", "--json", EXAMPLE).stdout)
    assert json_answer["confidence"] in {"high", "low"}


def test_ask_shows_each_quotation_with_its_own_speaker(checkout: Path) -> None:
    result = storybot(checkout, "ask", "--top-k", "1", "what did Trump say about sick people?")
    assert "“These are sick people” — Donald Trump" in result.stdout
    # the story reports what Bondi said without quotation marks: shown so, never as her words
    bondi = " ".join(result.stdout.split()).split("“These are sick people” — Donald Trump")[1]
    assert bondi.strip().startswith("it did not compel them")
    assert "foreign country — Pam Bondi (reported, not quoted)" in bondi
    miller = storybot(checkout, "ask", "--top-k", "1", "what did stephen miller say about the cost")
    assert "homeland security adviser Stephen Miller told reporters" in miller.stdout
    assert "reporting what Stephen Miller said" in miller.stdout
    assert "quoting Stephen Miller" not in miller.stdout


def test_a_cold_ask_on_sqlite_answers_without_loading_what_it_does_not_use(
    checkout: Path,
) -> None:
    """A `storybot ask` on a SQLite database, in a fresh process: the answer as ever, and
    PostgreSQL's client library (asyncpg, a tenth of a second of every start), the chat
    front ends' and lemminflect's package (only its files are read) never imported."""
    assert storybot(checkout, "index").returncode == 0
    probe = (
        "import sys\n"
        "from bot.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "unused = ('asyncpg', 'discord', 'slack_bolt', 'slack_sdk', 'aiohttp', 'lemminflect')\n"
        "print('loaded:', *sorted(name for name in unused if name in sys.modules))\n"
        "raise SystemExit(code)\n"
    )
    result = python(checkout, "-c", probe, "ask", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Bukele said it would be “preposterous” for him to return" in result.stdout
    assert result.stdout.splitlines()[-1] == "loaded:"


def test_initials_of_a_name_the_story_spells_out_are_read_as_it(checkout: Path) -> None:
    """ "TPS" is the story's "Temporary Protected Status", typed in capitals or not; it was
    refused as a name the story never mentions."""
    for question in ("what is TPS", "can someone explain the tps thing"):
        result = storybot(checkout, "ask", question)
        assert result.returncode == 0, result.stderr
        assert "doesn't mention" not in result.stdout
        first = result.stdout.split("  > ", 1)[1]
        assert "Temporary Protected Status" in first.split("— ", 1)[0].replace("\n  > ", " ")
    refused = storybot(checkout, "ask", "what does the story say about DACA")
    assert "The story doesn't mention DACA." in refused.stdout


def test_who_wrote_the_story_is_answered_from_its_byline_and_header(checkout: Path) -> None:
    result = storybot(checkout, "ask", "who wrote this article?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2:5] == [
        "About the story bukele-white-house:",
        "No author is named; Mabinty Quarshie contributed to the story.",
        "",
    ]
    assert "  > Mabinty Quarshie contributed to this story" in result.stdout
    assert "bukele-white-house, paragraph 32" in result.stdout
    assert result.stdout.count("  > ") == 1  # the byline line alone: no unrelated passage

    link = storybot(checkout, "ask", "wheres the link")
    assert "There is no link to it in the story's details." in link.stdout
    assert "  > " not in link.stdout

    answer = json.loads(storybot(checkout, "ask", "--json", "when was this published").stdout)
    assert (answer["answered"], answer["confidence"], answer["passages"]) == (True, "high", [])
    assert answer["about_story"]["asked"] == ["published"]
    assert answer["about_story"]["published"] is None


def test_asked_about_itself_it_says_what_it_quotes_from(checkout: Path) -> None:
    """ "what are your sources" showed the closest passages as if they might answer, and "how
    do you know this" was refused as having no words: it says what it reads, and how."""
    result = storybot(checkout, "ask", "what are your sources?")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2].startswith("My source is the one story I have read: I answer only from it,")
    assert "The story:" in lines
    assert "bukele-white-house (its details give no title, outlet, date or link)" in lines
    assert "  > " not in result.stdout  # no passage shown as if it answered

    known = storybot(checkout, "ask", "how do you know this")
    assert known.returncode == 0, known.stderr
    assert "I'm a bot that knows only what the story says" in known.stdout
    assert "try asking in a sentence" not in known.stdout

    answer = json.loads(storybot(checkout, "ask", "--json", "what can you do?").stdout)
    assert (answer["answered"], answer["confidence"], answer["passages"]) == (True, "high", [])
    assert answer["about_bot"]["asked"] == ["abilities"]
    assert answer["about_bot"]["story_count"] == 1
    assert answer["about_bot"]["stories"][0]["document"] == "bukele-white-house"


# Runs the command line, then names the build-only modules it imported.
IMPORTED = """
import sys
from bot.cli import main

code = main(sys.argv[1:])
building = ("bot.engine.builder", "bot.engine.attribution", "pysbd", "multiprocessing")
print(" ".join(name for name in building if name in sys.modules), file=sys.stderr)
raise SystemExit(code)
"""


def test_an_ask_from_the_stored_build_imports_nothing_of_building(checkout: Path) -> None:
    """Answering from a stored build needs neither the builder, the attributor nor the
    sentence splitter: they were some 60 ms of a cold `storybot ask`."""
    built = storybot(checkout, "index")
    assert built.returncode == 0, built.stderr
    result = python(checkout, "-c", IMPORTED, "ask", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert "quoting Nayib Bukele" in result.stdout
    assert result.stderr.strip() == ""


def test_a_refusal_says_whom_the_story_only_reports_apart_from_whom_it_quotes(
    checkout: Path,
) -> None:
    """Bondi's and Miller's words are reported, never in quotation marks: the story does not
    quote them, and neither a refusal nor `quotes --speaker` says it does."""
    result = storybot(checkout, "ask", "what did Obama say?")
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())
    assert (
        "The story quotes Donald Trump, Gustavo Flores-Macias, Human Rights Watch, Karoline "
        "Leavitt and Nayib Bukele; it reports what Pam Bondi and Stephen Miller said." in said
    )
    unknown = storybot(checkout, "quotes", "--speaker", "Putin")
    assert unknown.returncode == 1
    error = " ".join(unknown.stderr.split())
    assert "it reports what Pam Bondi and Stephen Miller said" in error
    assert "Nayib Bukele" in error and "Bukele, Pam Bondi" not in error


def test_who_the_story_quotes_leaves_out_whom_it_only_reports(checkout: Path) -> None:
    """ "who is quoted in the story?": Bondi's and Miller's words are reported, never in
    quotation marks, so the story is not said to quote them; it says it reports them."""
    result = storybot(checkout, "ask", "who is quoted in the story?")
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())
    assert (
        "It quotes Gustavo Flores-Macias, Nayib Bukele, Donald Trump, Human Rights Watch and "
        "Karoline Leavitt; it reports what Pam Bondi and Stephen Miller said." in said
    )
    shown = json.loads(storybot(checkout, "ask", "--json", "who is quoted in the story?").stdout)
    assert shown["about_story"]["reported"] == ["Pam Bondi", "Stephen Miller"]
    assert "Pam Bondi" not in shown["about_story"]["quoted"]


FERRY = """+++
id = "ferry"
title = "Harbour ferry to run again in May"
outlet = "The Larch Gazette"
published = 2026-03-02
+++
The harbour ferry between Larch Point and Wren Island will run again in May after two years \
of repairs, the county said on Monday.
Harbour master Tobias Wren said the new engines had passed their sea trials. “We have waited \
long enough, and the boat is ready,” Wren said.
Mayor Ines Calloway called the repairs “a bargain” and said the county had spent $4.2 million \
on them.
Fares will rise from $3 to $4 for adults, the county said. Children under 12 will still ride free.
"""


def test_a_message_of_two_questions_held_low_says_which_passage_answers_each(
    tmp_path: Path,
) -> None:
    """Issue 9 in a terminal: a message of two questions, one answered and one only come close
    to, says of each part what Discord and Slack say (bot.frontend.present.part_lines), between
    the low label and the passages; `--json` carries each part's own confidence."""
    corpus = tmp_path / "stories"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(FERRY, encoding="utf-8")
    where = ("--corpus", str(corpus), "--db", str(tmp_path / "ferry.sqlite3"))
    message = "what did wren say about the engines? also how much will fares be"
    result = storybot(tmp_path, *where, "ask", message)
    assert result.returncode == 0, result.stderr
    said = result.stdout.splitlines()
    assert said[2:6] == [
        "The story may not answer that directly; the closest it comes:",
        "“what did wren say about the engines”: passage 1 answers it.",
        "“how much will fares be”: passage 2 is the closest it comes.",
        "",
    ]
    # passage 1, then passage 2: the first lines of the passages shown, in order
    firsts = [line for before, line in pairwise(said) if not before and line[:4] == "  > "]
    assert firsts[0].startswith("  > Harbour master Tobias Wren said the new engines")
    assert firsts[1].startswith("  > Fares will rise from $3 to $4")
    # the second part's passage not shown: said so, not "passage 2"
    one = storybot(tmp_path, *where, "ask", "--top-k", "1", message)
    assert "“how much will fares be”: its closest passage is not among these." in one.stdout
    assert "passage 2" not in one.stdout
    # both parts answered: the message is high, and no part is said again
    both = storybot(tmp_path, *where, "ask", "what did wren say? also what did the mayor say")
    assert "may not answer" not in both.stdout
    assert "answers it" not in both.stdout
    assert both.stdout.splitlines()[2].startswith("  > Harbour master Tobias Wren")
    answer = json.loads(storybot(tmp_path, *where, "ask", "--json", message).stdout)
    assert set(answer) == ANSWER_KEYS and answer["confidence"] == "low"
    assert answer["parts"] == [
        {"question": "what did wren say about the engines", "confidence": "high", "rank": 1},
        {"question": "how much will fares be", "confidence": "low", "rank": 2},
    ]
    assert [p["paragraph"] for p in answer["passages"][:2]] == [2, 4]
    single = json.loads(storybot(tmp_path, *where, "ask", "--json", "what did wren say").stdout)
    assert single["parts"] == []
