"""Language identification: accuracy on reports and snippets, and time per call.

Usage: python benchmarks/language_id.py [--repeat 5]

Measures ``briefing_app.language.detect_language`` (langdetect, four profiles) and, in
the same run, the py3langid identifier it replaced (restricted to the same four
languages, as the app used it) when py3langid is installed:

- reports: every annotated report (tests/corpus, the shared dev set when present, the
  unseen reports under tests/extract/reports_unseen*), labelled with their language;
- snippets: from every report its first line, its first 40 and 120 characters of body
  and its first sentence; plus hand-made short and mixed-language lines, some of which
  give no clear sign (the expected answer is then None);
- time per call on a 1 KB and a 1 MB text (median of --repeat runs, after a warm-up).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.extract.scoring import load_corpus  # noqa: E402
from briefing_app.language import SUPPORTED, detect_language  # noqa: E402

Detector = Callable[[str], str | None]

# (text, expected): short lines as they come in subjects, notes and mixed e-mails.
HAND_MADE: list[tuple[str, str | None]] = [
    ("Gespräch mit dem Botschafter über Energiefragen", "de"),
    ("Talks with the ambassador on energy questions", "en"),
    ("Entretien avec l'ambassadeur sur les questions énergétiques", "fr"),
    ("Беседа с послом по вопросам энергетики", "ru"),
    ("Vermerk: Telefonat StS mit kasachischem Vize-AM", "de"),
    ("Readout: call between the foreign ministers", "en"),
    ("Compte rendu de l'entretien téléphonique", "fr"),
    ("Итоги переговоров министров иностранных дел", "ru"),
    ("Fwd: AW: Besuch Astana – bitte um Rückmeldung bis Freitag", "de"),
    ("RE: Minister's visit to Tashkent – please confirm by Friday", "en"),
    ("Sehr geehrte Frau Müller, anbei der Bericht. Best regards, John Smith", "de"),
    ("Dear colleagues, please find the readout below. Mit freundlichen Grüßen", "en"),
    ("Визит министра в Берлин (Minister visit to Berlin): итоги и договорённости", "ru"),
    ("Le ministre a rencontré son homologue allemand à Berlin.", "fr"),
    ("Der Minister traf seinen französischen Amtskollegen in Paris.", "de"),
    ("12.03.2025 — 14:00", None),
    ("", None),
    ("---", None),
    ("OK", None),
]


def _sentence(text: str) -> str:
    match = re.search(r"[^.!?\n]{20,}?[.!?](\s|$)", text)
    return match.group(0).strip() if match else text[:200]


def report_sets() -> dict[str, list[dict]]:
    sets = {"tests/corpus": load_corpus(ROOT / "tests" / "corpus")}
    for base in (ROOT.parent, ROOT.parent.parent):
        dev = base / "shared" / "corpus" / "dev"
        if dev.is_dir():
            sets["shared/corpus/dev"] = load_corpus(dev)
            break
    unseen = [
        item
        for folder in sorted((ROOT / "tests" / "extract").glob("reports_unseen*"))
        for item in load_corpus(folder)
    ]
    sets["tests/extract/reports_unseen*"] = unseen
    return sets


def snippets(items: list[dict]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for item in items:
        text, language = item["text"], item["language"]
        lines = [line.strip() for line in text.splitlines() if sum(map(str.isalpha, line)) >= 3]
        if not lines:
            continue
        body = next((line for line in lines[1:] if len(line) >= 120), lines[-1])
        out += [(lines[0], language), (body[:40], language), (body[:120], language)]
        out.append((_sentence(body), language))
    return out


def py3langid_detector() -> Detector | None:
    """The identifier the app used before (py3langid restricted to de/en/fr/ru)."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))

    def detect(text: str, min_confidence: float = 0.5) -> str | None:
        sample = text[:20_000]
        if sum(ch.isalpha() for ch in sample) < 3:
            return None
        language, confidence = identifier.classify(sample)
        return language if confidence >= min_confidence else None

    return detect


def accuracy(detect: Detector, cases: list[tuple[str, str | None]]) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for text, expected in cases:
        got = detect(text)
        if got == expected:
            right += 1
        else:
            wrong.append(f"{text[:60]!r}: {got} (expected {expected})")
    return right, wrong


def per_call_ms(detect: Detector, text: str, repeat: int) -> float:
    detect(text)  # warm-up: profiles and model loaded
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        detect(text)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--wrong", action="store_true", help="list every wrong answer")
    args = parser.parse_args()

    start = time.perf_counter()
    detect_language("Warm-up: the profiles are read on the first call.")
    print(f"import + first call, langdetect (four profiles): {time.perf_counter() - start:.3f} s")
    start = time.perf_counter()
    baseline = py3langid_detector()
    if baseline is not None:
        baseline("Warm-up: the model is read on the first call.")
        print(
            f"import + first call, py3langid (with numpy):     {time.perf_counter() - start:.3f} s"
        )
    print()
    detectors: dict[str, Detector] = {}
    if baseline is not None:
        detectors["py3langid"] = baseline
    detectors["langdetect (app)"] = detect_language

    sets = report_sets()
    all_reports = [item for items in sets.values() for item in items]
    cases: dict[str, list[tuple[str, str | None]]] = {
        name: [(item["text"], item["language"]) for item in items] for name, items in sets.items()
    }
    cases["snippets from the reports"] = snippets(all_reports)
    cases["hand-made short / mixed lines"] = HAND_MADE

    print(f"{'set':<32}{'n':>5}" + "".join(f"{name:>20}" for name in detectors))
    wrong_lists: dict[str, list[str]] = {}
    for set_name, items in cases.items():
        row = f"{set_name:<32}{len(items):>5}"
        for name, detect in detectors.items():
            right, wrong = accuracy(detect, items)
            row += f"{right / len(items):>14.1%} ({len(wrong):>2})"
            wrong_lists[f"{name} on {set_name}"] = wrong
        print(row)
    print("(accuracy, wrong answers in brackets)\n")

    base = "\n\n".join(item["text"] for item in all_reports if item["language"] == "de")
    texts = {"1 KB": base[:1024], "1 MB": (base * (1_048_576 // len(base) + 1))[:1_048_576]}
    print(f"{'time per call':<32}{'':>5}" + "".join(f"{name:>20}" for name in detectors))
    times: dict[tuple[str, str], float] = {}
    for label, text in texts.items():
        row = f"{label:<37}"
        for name, detect in detectors.items():
            times[(label, name)] = per_call_ms(detect, text, args.repeat)
            row += f"{times[(label, name)]:>17.2f} ms"
        print(row)
    if baseline is not None:
        for label in texts:
            ratio = times[(label, "langdetect (app)")] / times[(label, "py3langid")]
            print(f"ratio langdetect / py3langid, {label}: {ratio:.2f}")

    if args.wrong:
        for key, wrong in wrong_lists.items():
            if wrong:
                print(f"\n{key}:")
                for line in wrong:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
