"""The Slack front end: slack-bolt's AsyncApp over slack-sdk's async Web client.

app.py        SlackBot (dependencies in, listeners registered) and run_slack (Socket Mode or
              the HTTP Events API), what `storybot run --platform slack` calls
asking.py     mentions, /ask, the "Ask the story" shortcut, thread follow-ups
buttons.py    the buttons under answers (more context, votes) and the misquote modal
answerbook.py answers sent, kept for their buttons and threads; clicks that come early wait
commands.py   /quotes (speaker picker, pages), /story, /botconfig, /stats, /reindex
access.py     who holds which level in a workspace (admins and owners, the config's people)
errors.py     what can go wrong in front of a person, and the words for it
render.py     Block Kit: the only module that knows Slack's limits and escaping
"""
