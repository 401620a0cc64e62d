"""Classes found on the Russian reports of unseen rounds 19 and 20.

New sentences only, not the reports' own wording: a channel post whose byline ("Посольство …
| Telegram") stands between the headline and the post's stamp, so that "накануне" counts
from the stamp and the first sentence after it is the lead.
"""

from __future__ import annotations

from tests.extract.helpers import attendee, extract

# --- a post's byline above its stamp ----------------------------------------------------------

_POST = (
    "Генконсул Узбекистана встретился с мэром Казани\n\n"
    "Генеральное консульство Республики Узбекистан в Казани | Telegram\n"
    "14 марта, 09:40\n\n"
    "Накануне Генеральный консул Республики Узбекистан в Казани Шерзод Рахимов провел в Казани "
    "встречу с мэром города Ильсуром Метшиным.\n\n"
    "Стороны обсудили сотрудничество в сфере образования и туризма.\n"
)


def test_ru_byline_above_a_posts_stamp_is_not_the_lead() -> None:
    meeting = extract(_POST, reference="2025-03-17", language="ru")
    assert str(meeting.date) == "2025-03-13"
    assert meeting.location is not None and meeting.location.name == "Kazan"
    attendee(meeting, "Шерзод Рахимов")
    attendee(meeting, "Ильсур Метшин")
