"""What every front end (Discord, Slack) decides the same way, whatever its markup: trimming
and paging text, which speakers an answer quotes, follow-up conversations, who may do what,
and how often a member may ask. bot/discord and bot/slack only turn these into their own
messages; neither imports the other."""
