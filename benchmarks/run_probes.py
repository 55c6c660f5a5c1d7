"""Answer a file of probes (hostile questions and conversations, as
`tests/data/probes-9probe3/probes.jsonl` keeps them, with their verdicts) and print, for each,
what the last turn gets: confidence, speaker asked, passages, who the first passage's
quotations are credited to, a refusal's reason. `--changed` prints only the probes whose answer
differs from the file's recorded "end", so a change's effect on them shows at once.

Usage::

    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe3/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe5/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe7/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9voice/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe9/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe10/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe11/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe12/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9refuse1/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe14/probes.jsonl [--changed]
    .venv/bin/python benchmarks/run_probes.py tests/data/probes-9probe16/probes.jsonl [--changed]

Each probe: {"id", "story": a folder of story files ("corpus/"), "turns": [question, ...]};
the turns after the first are follow-ups, read as the bot reads replies
(`bot.frontend.conversation.follow_up`). A question the engine cannot take (`QuestionError`)
is kept as its message, shown to the member as it is, under "reason".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.answer import Answer  # noqa: E402
from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.search import Searcher  # noqa: E402
from bot.errors import QuestionError  # noqa: E402
from bot.frontend.conversation import follow_up, turn_of  # noqa: E402
from bot.storage import ConversationTurn  # noqa: E402


def summary(answer: Answer) -> dict[str, object]:
    first = answer.passages[0] if answer.passages else None
    about_bot = {"about_bot": list(answer.about_bot.asked)} if answer.about_bot else {}
    note = {"note": answer.note} if answer.note else {}
    return {
        "answered": answer.answered,
        "confidence": answer.confidence,
        "speaker": answer.asked_speaker,
        "passages": [f"{p.story_id}#{p.paragraph}" for p in answer.passages],
        "first_quotes": sorted({str(q.speaker) for q in first.quotes}) if first else [],
        "reason": answer.reason,
        "about_story": list(answer.about_story.asked) if answer.about_story else None,
        **about_bot,  # only where set: the probes' recorded answers predate it
        **note,  # the same
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", type=Path)
    parser.add_argument("--changed", action="store_true", help="only answers unlike 'end'")
    args = parser.parse_args()
    searchers: dict[str, Searcher] = {}
    for line in args.probes.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        probe = json.loads(line)
        folder = probe["story"]
        if folder not in searchers:
            searchers[folder] = Searcher(build_snapshot(load_corpus(ROOT / folder), "probes"))
        searcher = searchers[folder]
        turns: list[ConversationTurn] = []
        got: dict[str, object] = {}
        for question in probe["turns"]:
            before = follow_up(turns)
            try:
                answer = searcher.ask(question, follow_up=before)
            except QuestionError as exc:  # shown to the member as it is, as the bot does
                got = {
                    "answered": False,
                    "confidence": None,
                    "speaker": None,
                    "passages": [],
                    "first_quotes": [],
                    "reason": str(exc),
                    "about_story": None,
                }
                break
            turns.append(turn_of(answer, dt.datetime.now(dt.UTC)))
            got = summary(answer)
        if args.changed and got == probe.get("end"):
            continue
        print(json.dumps({"id": probe["id"], "turns": probe["turns"], **got}, ensure_ascii=False))


if __name__ == "__main__":
    main()
