"""The app manifest and the example config agree with what the bot does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import SlackSettings, load_settings
from bot.errors import ConfigError
from bot.slack.asking import SHORTCUT
from tests.slack.slackworld import REPO

# The commands the tests in this folder drive through the real bot.
COMMANDS = {"/ask", "/quotes", "/story", "/botconfig", "/stats", "/reindex", "/corpus"}


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


def test_tokens_come_from_the_environment_or_the_files_the_config_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bot-token").write_text("xoxb-from-a-file\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[slack]\nbot_token_file = "bot-token"\napp_token_file = "missing"\n', encoding="utf-8"
    )
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    settings = load_settings(config)
    assert settings.slack_bot_token().get_secret_value() == "xoxb-from-a-file"
    missing = r"app_token_file .*missing: the app token file does not exist"
    with pytest.raises(ConfigError, match=missing):
        settings.slack_app_token()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-from-the-environment")
    assert settings.slack_bot_token().get_secret_value() == "xoxb-from-the-environment"
    assert "xoxb" not in repr(settings.slack_bot_token())  # a SecretStr never prints itself
