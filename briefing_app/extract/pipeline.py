"""extract_meeting: run every stage over a SourceDocument and assemble the Meeting."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.extract.actions import extract_actions
from briefing_app.extract.companions import companions_country, side_sentence_country
from briefing_app.extract.context import Context
from briefing_app.extract.country_titles import roles_from_country_titles
from briefing_app.extract.headline import clean_title, find_agency, find_dateline
from briefing_app.extract.lead_title import holder_of_lead_title
from briefing_app.extract.lexicon import get_lexicon
from briefing_app.extract.mail_sender import (
    drafter_note_taker,
    drafter_present,
    sender_attendee,
)
from briefing_app.extract.people import extract_people
from briefing_app.extract.place import choose_location
from briefing_app.extract.sections import find_items
from briefing_app.extract.side_clauses import pronoun_side_country, side_clause_country
from briefing_app.extract.signer import signer_attendee
from briefing_app.extract.topics import extract_topics
from briefing_app.extract.unnamed_host import unnamed_host_title
from briefing_app.extract.when import choose_date, elsewhere_sentences
from briefing_app.ingest.document import SourceDocument
from briefing_app.language import detect_language
from briefing_app.model import Meeting, Provenance, Side, Source, Span

_MIN_BODY_WORDS = 7


def _language(document: SourceDocument, language: str | None) -> str:
    return language or document.language or detect_language(document.text) or "en"


def _body_start(ctx: Context) -> int:
    """The first sentence of running text after the headline and a standalone dateline."""
    skip_line = ctx.dateline.start if ctx.dateline and ctx.dateline.standalone else -1
    labels = [
        ctx.lex.label(k) for k in ("date", "venue", "subject", "participants", "reference")
    ]  # "Réf. : TD n° 488 du 22 octobre": an earlier message the report refers to
    mail = ctx.lex.label("mail_header")
    forwarded = ctx.forwarded_line  # a forwarded message: its note above is no report
    for sentence in ctx.sentences:
        if sentence.line == ctx.headline_line or sentence.start == skip_line:
            continue
        if sentence.line <= forwarded:
            continue
        if skip_line >= 0 and sentence.start < skip_line and sentence.line <= 4:
            # "Посольство … | Telegram" above the post's stamp "22 октября, 10:14": a byline
            # between the headline and a standalone dateline is no part of the body
            continue
        line = ctx.lines[sentence.line].text
        if any(lab and lab.match(line) for lab in labels):
            continue
        if (
            mail is not None
            and (sentence.line < 12 or sentence.line < forwarded + 12)
            and re.match(r"^\S+(?:\s\S+)?\s?:", line)
            and mail.match(line)
        ):
            continue  # "Envoyé : jeudi 23 janvier …": an e-mail's header
        if sentence.text.rstrip().endswith(":") and line.strip() == sentence.text.strip():
            continue  # "The following is attributable to a Treasury spokesperson:"
        if len(sentence.text.split()) >= _MIN_BODY_WORDS:
            return sentence.index
    return len(ctx.sentences)


def extract_meeting(
    document: SourceDocument, *, reference_date: dt.date, language: str | None = None
) -> Meeting:
    """Pre-fill a Meeting from ``document``; every item carries the span it came from."""
    text = document.text
    lang = _language(document, language)
    lex = get_lexicon(lang)
    ctx = Context.build(text, lex, reference_date)
    ctx.published = document.published
    headline_line = ctx.lines[ctx.headline_line] if ctx.lines else None
    headline = headline_line.text.strip() if headline_line else ""
    ctx.dateline = find_dateline(ctx.lines, ctx.headline_line, lex) if ctx.lines else None
    ctx.body_start = _body_start(ctx)

    meeting = Meeting(language=lang if len(lang) in (2, 3) else "en")
    meeting.source = Source(
        file_name=document.file_name,
        format=document.format,
        sha256=document.sha256,
        imported_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        agency=(ctx.dateline.agency if ctx.dateline else "") or find_agency(text[:400]),
        dateline=ctx.dateline.text if ctx.dateline else "",
        headline=document.headline or headline,
        text=text,
    )
    subject = " ".join(document.headline.split())
    if subject and headline and not " ".join(headline.split()).startswith(subject[:40]):
        # an e-mail's subject line is not part of its body text: no span to show
        meeting.title = clean_title(subject)
        meeting.provenance["title"] = Provenance(confidence=0.85, method="subject")
    elif headline_line is not None and headline:
        meeting.title = clean_title(headline)
        lead = len(headline_line.text) - len(headline_line.text.lstrip())
        meeting.provenance["title"] = Provenance(
            spans=[
                Span(
                    start=headline_line.start + lead, end=headline_line.start + lead + len(headline)
                )
            ],
            confidence=0.9,
            method="headline",
        )

    when = choose_date(ctx)
    ctx.meeting_date = when.date
    meeting.date = when.date
    if when.provenance:
        meeting.provenance["date"] = when.provenance
    if when.time:
        meeting.time, meeting.end_time = when.time, when.end_time
        if when.time_provenance:
            meeting.provenance["time"] = when.time_provenance

    meeting.location = choose_location(ctx)
    ctx.meeting_location = meeting.location

    elsewhere = elsewhere_sentences(ctx, when.date)
    attendees, mentioned = extract_people(ctx, elsewhere)
    holder_of_lead_title(attendees, mentioned, ctx)
    sender_attendee(ctx, attendees, mentioned)
    unnamed_host_title(ctx, attendees)
    signer_attendee(ctx, attendees, mentioned)
    drafter_present(ctx, attendees, mentioned)
    drafter_note_taker(ctx, attendees)
    from briefing_app.model.codes import organisation_codes

    organisations = organisation_codes()
    for person in attendees + mentioned:
        if person.country in organisations and not person.organization:
            person.organization = organisations[person.country]
    meeting.attendees = attendees
    meeting.mentioned = mentioned
    meeting.countries = _countries(ctx, attendees)
    _sides_from_place(meeting)
    roles_from_country_titles(meeting.attendees, ctx)

    items = find_items(ctx)
    excluded = [(it.start, it.end) for it in items if it.kind != "agenda"]
    from briefing_app.extract.participants import participant_block

    block = participant_block(ctx)
    if block:
        excluded.append((block.start, block.end))
    # a name's capitalised words: "de la" in "Juan Ramón de la Fuente" is no name of a topic
    names = frozenset(
        w for p in attendees + mentioned for w in p.name.split() if not w[:1].islower()
    )
    parties = frozenset(meeting.countries) | {p.country for p in attendees if p.country}
    meeting.topics = extract_topics(ctx, items, excluded, names, parties)
    meeting.agreements, meeting.follow_ups = extract_actions(ctx, items, when.date)
    return meeting


def _countries(ctx: Context, attendees) -> list[str]:
    """States taking part: the attendees' countries, plus states listed as participants
    in the lead sentence (three or more named together, as in a C5+1 meeting)."""
    from briefing_app.model.codes import iso_alpha2_codes

    states = iso_alpha2_codes()
    companions_country(ctx, attendees)
    side_sentence_country(ctx, attendees)
    side_clause_country(ctx, attendees)
    if ctx.meeting_location is not None and ctx.meeting_location.country:
        for person in attendees:
            if (
                person.country is None
                and person.side == Side.HOST
                and person.provenance
                and person.provenance.confidence >= 0.6
            ):
                # the host side of a meeting in its own capital is rarely introduced with a country
                person.country = ctx.meeting_location.country
                person.provenance.confidence = round(person.provenance.confidence - 0.15, 2)
    _country_from_dateline(ctx, attendees)
    _home_envoys(ctx, attendees)
    _country_from_place(ctx, attendees)
    _listed_hosts(ctx, attendees)
    pronoun_side_country(ctx, attendees)
    codes = [p.country for p in attendees if p.country and p.country in states]
    lead = ctx.lead
    if lead is not None:
        named = _listed_states(ctx, lead)
        if len(set(named)) >= 3:
            codes += named
    if not codes:
        title = ctx.lines[ctx.headline_line]
        codes = [
            c.code
            for c in ctx.countries_between(title.start, title.end)
            if c.is_country and c.code in states
        ]
    return list(dict.fromkeys(codes))


def _listed_states(ctx: Context, lead) -> list[str]:
    """The longest run of state names listed together in the lead ("Die Außenminister
    Deutschlands, Frankreichs und Polens …"); a state named apart from the list ("… bei der
    Unterstützung der Ukraine") is what they spoke about."""
    import re

    named = [c for c in ctx.countries_between(lead.start, lead.end) if c.kind == "name"]
    runs: list[list] = []
    for mention in named:
        gap = ctx.text[runs[-1][-1].end : mention.start] if runs else ""
        if runs and re.fullmatch(
            r"\s*(?:,|,?\s*(?:und|and|et|и|sowie))\s*(?:(?:the|der|die|den|des|le|la|les)\s+|l['’])?",
            gap,
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    longest = max(runs, key=len) if runs else []
    return [c.code for c in longest]


def _sides_from_place(meeting: Meeting) -> None:
    """Without a 'received' verb, the country where the meeting is held is the host."""
    people = meeting.attendees
    if meeting.location is None or any(p.side != Side.OTHER for p in people):
        return
    home = meeting.location.country
    countries = {p.country for p in people if p.country}
    if home not in countries or len(countries) < 2:
        return
    for person in people:
        if person.country:
            person.side = Side.HOST if person.country == home else Side.GUEST


def _country_from_place(ctx: Context, attendees) -> None:
    """ "Le Président de la République, Emmanuel Macron, s'est entretenu à l'Élysée avec le
    Premier ministre indien": the one attendee without a country, meeting a foreign guest in
    a city of a third country, is the host; marked uncertain."""
    met = ctx.meeting_location
    if met is None or not met.country:
        return
    missing = [p for p in attendees if p.country is None]
    known = {p.country for p in attendees if p.country}
    if not missing or not known or met.country in known:
        return
    if len(missing) > 1 and len(known) != 1:
        return  # several without a country and several states: who is whose is unclear
    # all the guests' people are named with their state; the rest are the hosts
    for person in missing:
        person.country = met.country
        if person.provenance is not None:
            person.provenance.confidence = min(person.provenance.confidence, 0.5)


def _listed_hosts(ctx: Context, attendees) -> None:
    """A participants list of a meeting held in one of its parties' states marks the guests
    by their state ("советник-посланник Посольства Республики Узбекистан"); a listed person
    without one ("начальник управления Минобразования") is of the host state; uncertain."""
    met = ctx.meeting_location
    if met is None or not met.country:
        return
    listed = [p for p in attendees if p.provenance and p.provenance.method == "participants-list"]
    known = {p.country for p in listed if p.country}
    if met.country not in known or len(known) < 2:
        return
    for person in listed:
        if person.country is None:
            person.country = met.country
            person.provenance.confidence = min(person.provenance.confidence, 0.5)


def _home_envoys(ctx: Context, attendees) -> None:
    """In an internal record whose header shows the writing service ("Drahtbericht",
    "British Embassy"), the service's own envoys (Ambassador, Counsellor, Second Secretary)
    are of that state unless their title names another one; an envoy is never of the
    state where the meeting takes place."""
    import re

    from briefing_app.extract.lexicon import common

    markers = {
        code: re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
        for code, words in ctx.lex.cues.get("home_markers", {}).items()
    }
    for person in attendees:
        # "Mme Claire Legrand, directrice de l'Union européenne (MEAE)": the list item names
        # the service the person belongs to
        prov = person.provenance
        if prov and prov.method == "participants-list" and prov.spans:
            item = ctx.text[prov.spans[0].start : prov.spans[0].end]
            own = next((code for code, regex in markers.items() if regex.search(item)), None)
            if own and person.country != own:
                person.country = own
    head = ctx.text[:600]
    home = next((code for code, regex in markers.items() if regex.search(head)), None)
    if home is None:
        return
    roles = tuple(common("missions").get("mission_roles", []))
    place = ctx.meeting_location.country if ctx.meeting_location else None
    foreign = any(p.country and p.country != home for p in attendees)
    for person in attendees:
        if person.country is None and foreign:
            # the service's own people in its record ("Anwesend: StS'in Baumann …; TUN: …")
            person.country = home
            if person.provenance is not None:
                person.provenance.confidence = min(person.provenance.confidence, 0.6)
            continue
        if not person.role.lower().startswith(roles):
            continue
        listed = person.provenance is not None and person.provenance.method == "participants-list"
        if person.country is None or (person.country == place and place != home and not listed):
            # a participants row gives the country of its party ("Белорусская делегация:
            # … консул …"); only a country guessed from the text yields to the home state
            person.country = home
            if person.provenance is not None:
                person.provenance.confidence = min(person.provenance.confidence, 0.6)


def _country_from_dateline(ctx: Context, attendees) -> None:
    """A call reported from one capital ("PARIS, 12 mars – Le président Emmanuel Macron s'est
    entretenu au téléphone avec le président ukrainien …"): the one attendee without a country
    is taken to be from the dateline's country, when no other attendee is; marked uncertain."""
    from briefing_app.extract.gazetteer import lookup

    dl = ctx.dateline
    if dl is None or not dl.place or "/" in dl.place:
        return
    missing = [p for p in attendees if p.country is None]
    if len(missing) != 1:
        return
    city = lookup(dl.place, ctx.lex.language)
    if city is None or any(p.country == city.country for p in attendees):
        return
    met = ctx.meeting_location
    if met is not None and (met.name, met.country) != (city.name, city.country):
        return  # "BRUXELLES (AFP) – … a reçu lundi à Luxembourg": only the agency's desk
    person = missing[0]
    person.country = city.country
    if person.provenance is not None:
        person.provenance.confidence = min(person.provenance.confidence, 0.5)


def warm_up() -> None:
    """Load lexicons, the gazetteer and the parsers now (about a second), so that the first
    report imported later is as fast as the others; safe to call from a worker thread."""
    import datetime as _dt

    for language in ("de", "en", "fr", "ru"):
        extract_meeting(
            SourceDocument.from_text("Baku, 3 March – President Ilham Aliyev received a guest."),
            reference_date=_dt.date(2025, 3, 5),
            language=language,
        )
