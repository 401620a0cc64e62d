"""Random and mutated bytes: every importer either reads them or raises an IngestError."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.ingest import IngestError, SourceDocument, import_bytes
from briefing_app.settings import ImportLimits
from tests.corpus_data import corpus_items
from tests.ingest.builders import make_docx, make_eml, make_html, make_odt, make_rtf
from tests.ingest.cfb import make_msg
from tests.ingest.hostile import image_only_pdf

LIMITS = ImportLimits(max_file_bytes=1024 * 1024, max_unpacked_bytes=8 * 1024 * 1024)
NAMES = ("r.txt", "r.md", "r.docx", "r.odt", "r.rtf", "r.html", "r.eml", "r.msg", "r.pdf", None)


@cache
def seeds() -> dict[str, bytes]:
    text = corpus_items()[1]["text"]
    return {
        "r.txt": text.encode("cp1252", errors="replace"),
        "r.docx": make_docx(text),
        "r.odt": make_odt(text),
        "r.rtf": make_rtf(text),
        "r.html": make_html(text),
        "r.eml": make_eml(text, transfer="base64"),
        "r.pdf": image_only_pdf(),
        "r.msg": make_msg(text, subject="Vermerk", attachments=(("a.docx", make_docx(text)),)),
    }


def _import(data: bytes, name: str | None) -> None:
    try:
        document = import_bytes(data, file_name=name, limits=LIMITS)
    except IngestError as exc:
        assert str(exc)
    else:
        assert isinstance(document, SourceDocument)
        assert document.text.strip()


@st.composite
def mutated(draw) -> tuple[bytes, str]:
    name = draw(st.sampled_from(sorted(seeds())))
    data = bytearray(seeds()[name])
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at : at + draw(st.integers(1, 256))]
    return bytes(data), name


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(NAMES))
def test_random_bytes_under_any_name(data: bytes, name: str | None) -> None:
    _import(data, name)


@FUZZ
@given(mutated())
def test_mutated_files(case: tuple[bytes, str]) -> None:
    data, name = case
    _import(data, name)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(sorted(seeds())))
def test_signature_with_random_tail(tail: bytes, name: str) -> None:
    # Keep a real signature (PK.., %PDF-, {\rtf ...) so the format's own reader runs.
    _import(seeds()[name][:64] + tail, name)
