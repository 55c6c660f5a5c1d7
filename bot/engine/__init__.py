"""The story engine: corpus, attribution, retrieval and answers. Knows nothing of Discord or SQLite."""
