"""Export: render a Meeting into a Word briefing note from a template."""
