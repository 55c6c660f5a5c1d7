"""The story engine: corpus, attribution, retrieval, answers. Knows nothing of Discord or SQLite."""
