"""How saved meeting files are named (no pydantic: the editor's start path reads it)."""

MEETING_SUFFIX = ".briefing.json"
