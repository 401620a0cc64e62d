"""The people register: one entry per person across meetings, spellings and scripts.

Names are compared by their transliteration key (textfold.name_key) and then
fuzzily (rapidfuzz) within a block of similar surnames, so Ильхам Алиев, Ilham
Aliyev and Ilcham Alijew become one person. Corrections made by hand (merge,
split) are stored per spelling in ``person_groups`` and always win.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefing_app.archive.errors import NotFoundError
from briefing_app.archive.textfold import name_key
from briefing_app.archive.types import RegisterPerson, RoleSeen
from briefing_app.errors import UserInputError

# Minimum similarity (0–100) of two name keys, and of their surnames, to be one person.
NAME_SIMILARITY = 86
SURNAME_SIMILARITY = 80


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _person_id(seed: str) -> str:
    return "p" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:10]


def _surname(key: str) -> str:
    parts = key.split()
    return parts[-1] if parts else key


def similar_keys(a: str, b: str) -> bool:
    if a == b:
        return True
    if fuzz.ratio(_surname(a), _surname(b)) < SURNAME_SIMILARITY:
        return False
    return fuzz.token_sort_ratio(a, b) >= NAME_SIMILARITY


def cluster_keys(keys: list[str]) -> dict[str, str]:
    """Map each key to its cluster's representative (the smallest key in it)."""
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    blocks: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        blocks[_surname(key)[:1]].append(key)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if find(a) != find(b) and similar_keys(a, b):
                    ra, rb = find(a), find(b)
                    parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in keys}


@dataclass
class _Sighting:
    """One spelling with one role, over all the meetings it was seen in."""

    name: str
    key: str
    role: str
    organization: str
    country: str | None
    first: dt.date | None
    last: dt.date | None
    meeting_ids: list[str]


def build_register(
    sightings: list[_Sighting], manual: dict[str, str]
) -> tuple[list[RegisterPerson], dict[str, str]]:
    """The register, and the person id of every spelling."""
    names_by_key: dict[str, set[str]] = defaultdict(set)
    for s in sightings:
        names_by_key[s.key].add(s.name)
    clusters = cluster_keys(list(names_by_key))
    members: dict[str, list[str]] = defaultdict(list)
    for key, rep in clusters.items():
        members[rep].append(key)

    group_of: dict[str, str] = {}
    for rep, keys in members.items():
        cluster_names = sorted(n for k in keys for n in names_by_key[k])
        manual_in_cluster = [manual[n] for n in cluster_names if n in manual]
        for key in keys:
            for name in names_by_key[key]:
                if name in manual:
                    group_of[name] = manual[name]
                    continue
                same_key = [manual[n] for n in sorted(names_by_key[key]) if n in manual]
                if same_key:
                    group_of[name] = Counter(same_key).most_common(1)[0][0]
                elif manual_in_cluster:
                    group_of[name] = Counter(manual_in_cluster).most_common(1)[0][0]
                else:
                    group_of[name] = _person_id(rep)

    by_group: dict[str, list[_Sighting]] = defaultdict(list)
    for s in sightings:
        by_group[group_of[s.name]].append(s)
    register = []
    manual_groups = set(manual.values())
    for gid, seen in by_group.items():
        spellings: Counter[str] = Counter()
        roles: dict[tuple[str, str, str | None], list[dt.date]] = defaultdict(list)
        for s in seen:
            spellings[s.name] += len(s.meeting_ids)
            if s.role or s.organization:
                roles[(s.role, s.organization, s.country)].extend(
                    d for d in (s.first, s.last) if d is not None
                )
        role_list = [
            RoleSeen(role, org, country, min(dates, default=None), max(dates, default=None))
            for (role, org, country), dates in roles.items()
        ]
        role_list.sort(key=lambda r: (r.first_seen or dt.date.min, r.role))
        register.append(
            RegisterPerson(
                id=gid,
                name=spellings.most_common(1)[0][0],
                variants=[n for n, _ in spellings.most_common()],
                countries=sorted({s.country for s in seen if s.country}),
                roles=role_list,
                meeting_ids=list(dict.fromkeys(i for s in seen for i in s.meeting_ids)),
                corrected=gid in manual_groups,
            )
        )
    register.sort(key=lambda p: (-len(p.meeting_ids), p.name))
    return register, group_of


class PeopleMixin:
    """People register methods of the archive."""

    _lock: object
    connection: sqlite3.Connection

    def _register(self) -> tuple[list[RegisterPerson], dict[str, str]]:
        conn = self.connection
        # Aggregated in SQL: one row per spelling and role, not one per meeting.
        sightings = [
            _Sighting(name, key, role, org, country, _day(first), _day(last), ids.split("\x1f"))
            for name, key, role, org, country, first, last, ids in conn.execute(
                "SELECT p.name, p.name_key, p.role, p.organization, p.country, min(m.date),"
                " max(m.date), group_concat(m.id, char(31)) FROM meeting_people p"
                " JOIN meetings m ON m.num = p.meeting"
                " GROUP BY p.name, p.name_key, p.role, p.organization, p.country"
                " ORDER BY min(m.num)"
            )
        ]
        manual = dict(conn.execute("SELECT name, group_id FROM person_groups").fetchall())
        return build_register(sightings, manual)

    def people(self) -> list[RegisterPerson]:
        """Everyone in the archive, most often met first."""
        with self._lock:  # type: ignore[attr-defined]
            return self._register()[0]

    def person(self, person_id: str) -> RegisterPerson:
        for entry in self.people():
            if entry.id == person_id:
                return entry
        raise NotFoundError(f"There is no person {person_id!r} in the people register.")

    def merge_people(self, person_ids: list[str]) -> str:
        """Make several register entries one person (kept as a correction); its id."""
        if len(person_ids) < 2:
            raise UserInputError("Choose at least two people to merge.")
        with self._lock:  # type: ignore[attr-defined]
            register = {p.id: p for p in self._register()[0]}
            missing = [pid for pid in person_ids if pid not in register]
            if missing:
                raise NotFoundError(f"There is no person {missing[0]!r} in the people register.")
            target = person_ids[0]
            names = [n for pid in person_ids for n in register[pid].variants]
            self._assign(names, target)
            return target

    def split_person(self, person_id: str, names: list[str]) -> str:
        """Take the spellings *names* out of a person into a new entry; the new id."""
        with self._lock:  # type: ignore[attr-defined]
            register = {p.id: p for p in self._register()[0]}
            if person_id not in register:
                raise NotFoundError(f"There is no person {person_id!r} in the people register.")
            entry = register[person_id]
            moving = [n for n in entry.variants if n in set(names)]
            staying = [n for n in entry.variants if n not in set(names)]
            if not moving or not staying:
                raise UserInputError(
                    "Choose some, but not all, of the person's spellings to split off."
                )
            new_id = _person_id("split:" + "|".join(sorted(moving)))
            self._assign(staying, person_id)
            self._assign(moving, new_id)
            return new_id

    def _assign(self, names: list[str], group_id: str) -> None:
        with self._write() as conn:  # type: ignore[attr-defined]
            conn.executemany(
                "INSERT INTO person_groups (name, group_id) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET group_id = excluded.group_id",
                [(n, group_id) for n in names],
            )

    def _person_keys(self, person: str) -> list[str]:
        """Name keys of every spelling of the person the filter text names."""
        wanted = name_key(person)
        if not wanted:
            return []
        conn = self.connection
        rows = conn.execute("SELECT name, name_key FROM person_names").fetchall()
        keys = {
            key
            for _, key in rows
            if wanted in key
            or similar_keys(wanted, key)
            or (" " not in wanted and fuzz.ratio(wanted, _surname(key)) >= NAME_SIMILARITY)
        }
        manual = dict(conn.execute("SELECT name, group_id FROM person_groups").fetchall())
        if manual:
            groups = {manual[n] for n, k in rows if k in keys and n in manual}
            keys |= {name_key(n) for n, g in manual.items() if g in groups}
        return sorted(keys)
