"""The Discord front end: renders the engine's answers; knows nothing of retrieval.

app.py          StoryBot (dependencies in, cogs loaded, commands synced) and run_bot
cogs/           one per feature: ask, quotes, moderation, admin
render.py       Answer -> embeds within Discord's limits, story text escaped verbatim
views.py        persistent answer buttons, paginator, confirmations
permissions.py  member / moderator / admin, checked by the bot on every command and button
errors.py       expected errors and the one reply path for all of them
"""
