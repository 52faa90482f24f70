"""Rebuild corpus/syllables.tsv.gz: the syllable and bigram counts that put back the marks OCR misread
(corpus.marks.OcrCorrector), from official documents that have a real text layer: the bundled ones (the OCR'd ones,
*.signed.txt and scanned pages, are left out) and, where ../shared is beside the checkout, its official texts (the
vbpl.vn tax documents, the Ninh Bình plans, the Nghị quyết 57 package without its news summaries; never the held-out
documents of evals/holdout); plus the word list
of the pyvi package (MIT), a Vietnamese dictionary of 31,000 words. Only counts are stored, no text.

Run after adding bundled documents: `PYTHONPATH=$PWD .venv/bin/python scripts/build_vocabulary.py`.
"""
from importlib.resources import files
from pathlib import Path

from corpus.errors import AssistantError
from corpus.loaders import iter_files, load
from corpus.marks import VOCABULARY_FILE, count_syllables, write_counts
from corpus.text import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SOURCES = [ROOT / "corpus" / "samples", SHARED / "tax_vbpl" / "markdown_docs", SHARED / "ninhbinh_ubnd_2024",
           *(p for p in sorted((SHARED / "nq57_nq03_program" / "official_texts").glob("*.md"))
             if not p.name.startswith("BCD_"))]


HELD_OUT = {path.name for path in (ROOT / "evals" / "holdout").iterdir()}


def texts():
    seen = set(HELD_OUT)  # the held-out evaluation documents stay unseen
    for path in iter_files([p for p in SOURCES if p.exists()]):
        if path.name.endswith((".signed.txt", ".txt")) or path.name in seen:  # OCR text; a file bundled twice
            continue
        seen.add(path.name)
        try:
            documents = load(path)
        except AssistantError as error:  # a scan without a text layer
            print(f"skipped {path.name}: {error}")
            continue
        for document in documents:
            if all(page.ocr_confidence is None for page in document.pages):
                yield document.text


lexicon = normalize(files("pyvi").joinpath("models/words.txt").read_text(encoding="utf-8")).splitlines()
unigrams, bigrams = count_syllables(texts(), lexicon)
write_counts(VOCABULARY_FILE, unigrams, bigrams)
print(f"{VOCABULARY_FILE.relative_to(ROOT)}: {len(unigrams)} syllables, {len(bigrams)} bigrams, "
      f"{VOCABULARY_FILE.stat().st_size // 1024} KB")
