"""Import speed per format, beside the time to read the same file's raw bytes.

    python benchmarks/import_speed.py [--repeat N]

Builds, in a temporary folder, a ~40-page report (the corpus texts several times
over) and the whole corpus one file per report, in every format (PDF through
LibreOffice when ``soffice`` is installed), then times ``import_file`` against
``Path.read_bytes`` on the same files in the same run. Also times the hostile
inputs the importer must refuse quickly.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.ingest import IngestError, import_file  # noqa: E402
from tests.corpus_data import corpus_items  # noqa: E402
from tests.ingest.builders import (  # noqa: E402
    make_docx,
    make_eml,
    make_html,
    make_long_docx,
    make_odt,
    make_rtf,
    soffice_pdf,
)
from tests.ingest.cfb import make_msg  # noqa: E402
from tests.ingest.hostile import (  # noqa: E402
    entity_bomb_docx,
    lying_zip_bomb,
    many_parts_zip,
    zip_bomb,
)

COPIES = 3  # corpus copies in the long document: about 40 pages as PDF


def _median(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def builders(workdir: Path) -> dict[str, Callable[[str], bytes]]:
    found: dict[str, Callable[[str], bytes]] = {
        "txt": lambda text: text.encode("utf-8"),
        "txt-cp1251/1252": lambda text: text.encode("cp1251" if _cyrillic(text) else "cp1252",
                                                    errors="replace"),
        "docx": make_docx,
        "odt": make_odt,
        "rtf": make_rtf,
        "html": make_html,
        "eml": lambda text: make_eml(text, transfer="quoted-printable"),
        "msg": lambda text: make_msg(text, subject="Report"),
    }  # fmt: skip
    return found


def _cyrillic(text: str) -> bool:
    return sum("а" <= ch.lower() <= "я" for ch in text) > len(text) // 10


SUFFIX = {"txt-cp1251/1252": "txt"}


def write(folder: Path, name: str, fmt: str, data: bytes) -> Path:
    path = folder / f"{name}.{SUFFIX.get(fmt, fmt)}"
    path.write_bytes(data)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    items = corpus_items()
    texts = [item["text"] for item in items]
    long_text = "\n\n".join(texts * COPIES)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files: dict[str, tuple[Path, list[Path]]] = {}
        for fmt, build in builders(work).items():
            folder = work / fmt.replace("/", "_")
            folder.mkdir()
            long_file = write(folder, "long", fmt, build(long_text))
            corpus = [write(folder, item["id"], fmt, build(item["text"])) for item in items]
            files[fmt] = (long_file, corpus)
        pages = None
        pdf_long = soffice_pdf(make_long_docx([long_text], tables=False), work / "pdf-long")
        if pdf_long is not None:
            folder = work / "pdf"
            folder.mkdir()
            long_file = write(folder, "long", "pdf", pdf_long)
            corpus = []
            for item in items:
                data = soffice_pdf(make_docx(item["text"], tables=False), work / f"p-{item['id']}")
                assert data is not None
                corpus.append(write(folder, item["id"], "pdf", data))
            files["pdf"] = (long_file, corpus)
            pages = import_file(long_file).metadata.get("pages")

        print(f"Long document: {len(long_text):,} characters "
              f"({pages or '?'} pages as PDF); corpus: {len(items)} reports, "
              f"{sum(map(len, texts)):,} characters. Median of {args.repeat} runs.")  # fmt: skip
        if pdf_long is None:
            print("LibreOffice not found: PDF rows skipped.")
        header = (
            f"{'format':<16}{'long: import':>14}{'read bytes':>12}{'ratio':>9}"
            f"{'corpus: import':>16}{'read bytes':>12}{'ratio':>9}{'per report':>12}"
        )
        print(header)
        print("-" * len(header))
        for fmt, (long_file, corpus) in files.items():
            import_file(long_file)  # warm up imports and caches
            long_import = _median(lambda p=long_file: import_file(p), args.repeat)
            long_read = _median(lambda p=long_file: p.read_bytes(), args.repeat)
            corpus_import = _median(lambda c=corpus: [import_file(p) for p in c], args.repeat)
            corpus_read = _median(lambda c=corpus: [p.read_bytes() for p in c], args.repeat)
            print(
                f"{fmt:<16}{long_import * 1000:>11.1f} ms{long_read * 1e6:>9.0f} µs"
                f"{long_import / long_read:>8.0f}x{corpus_import * 1000:>13.1f} ms"
                f"{corpus_read * 1e6:>9.0f} µs{corpus_import / corpus_read:>8.0f}x"
                f"{corpus_import / len(corpus) * 1000:>9.1f} ms"
            )

        print("\nHostile input (must fail within 2 s, under 300 MB):")
        base = make_docx(texts[0])
        huge = work / "huge.txt"
        with huge.open("wb") as handle:
            handle.truncate(200 * 1024 * 1024)
        cases = {
            "zip bomb .docx (260 MB)": write(work, "bomb", "docx", zip_bomb()),
            "lying zip bomb .docx": write(work, "lying", "docx", lying_zip_bomb()),
            "zip of 10,050 parts .docx": write(work, "parts", "docx", many_parts_zip()),
            "XML entity bomb .docx": write(work, "entities", "docx", entity_bomb_docx(base)),
            "200 MB .txt (sparse)": huge,
        }
        for label, path in cases.items():
            tracemalloc.start()
            start = time.perf_counter()
            try:
                import_file(path)
                outcome = "imported?!"
            except IngestError as exc:
                outcome = type(exc).__name__
            elapsed = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"  {label:<28}{elapsed * 1000:>8.1f} ms  peak {peak / 2**20:>6.1f} MB  "
                  f"{outcome}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
