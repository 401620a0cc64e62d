"""Schema versions of the Meeting's JSON form and the steps between them.

Version 0 is the shape of the annotated corpus (``gold`` in ``shared/corpus``):
location as a plain city name, agreements and follow-ups as plain strings,
topics with ``keys``. Every later version adds one step here, so a file written
by any earlier release still opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_app.model.meeting import SCHEMA_VERSION

Document = dict[str, Any]


def _v0_to_v1(doc: Document) -> Document:
    out: Document = {
        k: v for k, v in doc.items() if k not in {"location", "topics", "agreements", "follow_ups"}
    }
    location = doc.get("location")
    if isinstance(location, str) and location.strip():
        out["location"] = {"name": location}
    elif isinstance(location, dict):
        out["location"] = location
    topics = []
    for topic in doc.get("topics", []) or []:
        if isinstance(topic, dict) and "keys" in topic:
            topic = {**topic, "keywords": topic["keys"]}
            topic.pop("keys")
        topics.append(topic)
    out["topics"] = topics
    out["agreements"] = [
        {"text": a} if isinstance(a, str) else a for a in doc.get("agreements", []) or []
    ]
    out["follow_ups"] = [
        {"text": f} if isinstance(f, str) else f for f in doc.get("follow_ups", []) or []
    ]
    out["schema_version"] = 1
    return out


# MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {0: _v0_to_v1}


class SchemaVersionError(ValueError):
    pass


def migrate(doc: Document) -> Document:
    """Bring a JSON document of any known version up to the current schema version."""
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SchemaVersionError(f"schema version {version!r} is not a whole number")
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"this meeting was saved by a newer Briefing Desk (schema version {version}); "
            f"this one reads up to version {SCHEMA_VERSION}. Please update Briefing Desk"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version = doc["schema_version"]
    return doc
