"""Qt item models over the meeting document."""
