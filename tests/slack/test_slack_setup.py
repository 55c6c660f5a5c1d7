"""The app manifest and the example config agree with what the bot does."""

from __future__ import annotations

import json

from bot.config import SlackSettings, load_settings
from bot.slack.asking import SHORTCUT
from tests.slack.slackworld import REPO

# The commands the tests in this folder drive through the real bot.
COMMANDS = {"/ask", "/quotes", "/story", "/botconfig", "/stats", "/reindex"}


def test_the_manifest_declares_what_the_bot_answers() -> None:
    manifest = json.loads((REPO / "slack-app-manifest.json").read_text(encoding="utf-8"))
    features = manifest["features"]
    assert {c["command"] for c in features["slash_commands"]} == COMMANDS
    # Channel and user references come escaped (<#C…|name>), as /botconfig reads them.
    assert all(c["should_escape"] for c in features["slash_commands"])
    [shortcut] = features["shortcuts"]
    assert shortcut["type"] == "message" and shortcut["callback_id"] == SHORTCUT
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] and settings["interactivity"]["is_enabled"]
    assert {"app_mention", "message.channels"} <= set(settings["event_subscriptions"]["bot_events"])
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "channels:history", "chat:write", "commands"} <= scopes
    assert {"users:read", "usergroups:read"} <= scopes


def test_the_example_config_documents_every_slack_key() -> None:
    example = REPO / "config.example.toml"
    settings = load_settings(example)
    assert settings.slack == SlackSettings()
    text = example.read_text(encoding="utf-8")
    section = text[text.index("[slack]") : text.index("[logging]")]
    for key in SlackSettings.model_fields:
        assert f"{key} =" in section, f"[slack].{key} is not documented"
