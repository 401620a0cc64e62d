"""The local meeting archive: storage, search, revisions, recovery, people, follow-ups."""
