"""Organisation codes sit beside the ISO country codes and never shadow one."""

from __future__ import annotations

from briefing_app.dossier.gather import country_name
from briefing_app.model.codes import iso_alpha2_codes, organisation_codes
from tests.extract.helpers import extract


def test_no_organisation_code_is_a_country_code():
    # "AU" for the African Union once made every Australian attendee show as "African Union"
    assert set(organisation_codes()) & set(iso_alpha2_codes()) == set()


def test_australia_and_the_african_union_have_their_own_names():
    assert country_name("AU") == "Australia"
    assert country_name("AFU", "de") == "African Union"


def test_a_spokesperson_of_the_african_union_speaks_for_it():
    meeting = extract(
        "Minister meets AU envoy\n"
        "ACCRA, 4 March. Ghana's Foreign Minister Samuel Okudzeto Ablakwa met the African Union "
        "Commissioner for Political Affairs, Bankole Adeoye, in Accra on Tuesday.",
        "2025-03-06",
    )
    countries = {p.name: p.country for p in meeting.attendees}
    assert countries.get("Bankole Adeoye") == "AFU"
    assert "AU" not in meeting.countries
