"""Round 24: a sea named after a country ('océan Indien', 'Gulf of Guinea') names no state."""

from __future__ import annotations

from briefing_app.extract.countries import find_countries
from briefing_app.extract.lexicon import get_lexicon
from tests.extract.helpers import extract


def test_french_ocean_adjective_is_no_country() -> None:
    text = "M. Paul Renaud, sous-directeur de l'océan Indien, a reçu l'ambassadeur du Chili."
    codes = [c.code for c in find_countries(text, get_lexicon("fr"))]
    assert "IN" not in codes
    assert "CL" in codes


def test_english_gulf_is_no_country() -> None:
    text = "Piracy in the Gulf of Guinea worries the Ghanaian navy."
    codes = [c.code for c in find_countries(text, get_lexicon("en"))]
    assert codes == ["GH"]


def test_director_for_a_sea_keeps_her_own_state() -> None:
    m = extract(
        "Entretien à Lisbonne\n\nLisbonne, le 3 juin 2026 – M. Rui Tavares, directeur général "
        "portugais, a reçu Mme Aline Vasseur, directrice de l'Afrique et de l'océan Indien "
        "au ministère français.\n\nIls ont évoqué la pêche.",
        "2026-06-04",
        language="fr",
    )
    assert "IN" not in m.countries
