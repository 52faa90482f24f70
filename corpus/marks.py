"""Questions typed without diacritics ("bo cong an phai lam gi theo ke hoach 193") get their marks back from the
vocabulary of the indexed documents: each bare syllable may be any marked syllable of the corpus that folds to it,
and the sequence most likely under the corpus's syllable bigrams wins (Viterbi). Marks are never stripped from
the index: "hạn" and "hàn" stay different words; only a question with no marks at all is restored."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from corpus.headers import fold

_WORD = re.compile(r"[^\W\d_]+")
CANDIDATES = 6  # marked forms tried per bare syllable, most frequent first
# How questions are asked: documents rarely say "gì", "nào", "ai ký", so these phrases are counted as if the
# corpus held each QUESTION_WEIGHT times.
QUESTION_PHRASES = """
phải làm gì|làm gì|là gì|việc gì|nhiệm vụ gì|những gì|khi nào|bao giờ|lúc nào|ngày nào|tháng nào|năm nào|thế nào|
như thế nào|ra sao|thì sao|cơ quan nào|đơn vị nào|văn bản nào|bộ nào|sở nào|ai ký|do ai|ai chủ trì|là ai|
ai ban hành|do ai ban hành|mấy|bao nhiêu|có hiệu lực từ ngày nào|còn|vậy|thì|đó|này|ấy|kia|không|chưa|
được giao|giao cho ai|có nhiệm vụ gì|có trách nhiệm gì|được giao gì|những việc gì|những nhiệm vụ gì|có phải|
phối hợp với ai|phối hợp với đơn vị nào|thời hạn|thời gian thực hiện|triển khai văn bản nào
"""
QUESTION_WEIGHT = 30


def has_marks(text: str) -> bool:
    """Whether any letter carries a Vietnamese mark (or is đ)."""
    return fold(text) != text


class MarkVocabulary:
    """Cased syllable and bigram counts of a corpus, keyed by their folded lower-case form."""

    def __init__(self, texts: Iterable[str]):
        unigrams: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        for phrase in QUESTION_PHRASES.replace("|", "\n").splitlines():
            words = _WORD.findall(phrase)
            for _ in range(QUESTION_WEIGHT):
                unigrams.update(words)
                self.bigrams.update(zip(words, words[1:]))
        for text in texts:
            for line in text.splitlines():
                words = _WORD.findall(line)
                unigrams.update(words)
                self.bigrams.update(zip(words, words[1:]))
        self.total = sum(unigrams.values()) or 1
        by_fold: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for word, count in unigrams.items():
            if len(word) > 1 and word.isupper():  # headings in capitals say nothing about a word's case
                continue
            by_fold[fold(word).lower()].append((count, word))
        self.unigrams = unigrams
        self.forms = {key: [w for _, w in sorted(forms, reverse=True)[:CANDIDATES]] for key, forms in by_fold.items()}

    def _step(self, previous: str | None, word: str) -> float:
        unigram = (self.unigrams[word] + 0.1) / self.total
        if previous is None:
            return math.log(unigram)
        # interpolated bigram: P(word | previous) with the unigram as back-off
        return math.log(0.8 * self.bigrams[(previous, word)] / (self.unigrams[previous] + 1) + 0.2 * unigram)

    def restore(self, text: str) -> str:
        """The text with each run of bare words replaced by its most likely marked and cased form; words the
        corpus does not know, numbers, codes and abbreviations in capitals stay as typed."""
        if has_marks(text):
            return text
        out, last = [], 0
        for run in re.finditer(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*", text):
            out.append(text[last:run.start()])
            out.append(self._restore_run(run.group(0)))
            last = run.end()
        out.append(text[last:])
        return "".join(out)

    def _restore_run(self, run: str) -> str:
        words = run.split()
        options = [self.forms.get(w.lower(), []) if not (len(w) > 1 and w.isupper()) else [] for w in words]
        # Viterbi over the candidates; a word without candidates keeps its own spelling and breaks the chain
        paths: dict[str | None, tuple[float, list[str]]] = {None: (0.0, [])}
        for word, forms in zip(words, options):
            if not forms:
                best = max(paths.values(), key=lambda p: p[0])
                paths = {None: (best[0], [*best[1], word])}
                continue
            paths = {form: max(((score + self._step(prev, form), [*path, form])
                                for prev, (score, path) in paths.items()), key=lambda p: p[0])
                     for form in forms}
        restored = max(paths.values(), key=lambda p: p[0])[1]
        return " ".join(r if not w[0].isupper() else r[:1].upper() + r[1:] for w, r in zip(words, restored))
