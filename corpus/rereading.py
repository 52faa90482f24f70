"""A title OCR misread in its letters, not only its marks ("hoạt động địa Ủy ban" for "của Ủy ban", "Lễ mé ký" for
"Lễ mở ký"), put right from a second reading of the same title in the document: official documents restate their
title in the body ("Điều 1. Ban hành kèm theo Quyết định này “Quy chế hoạt động của Ủy ban …”", "Điều 1. Thành lập
Ban Chỉ đạo Lễ mở ký Công ước …") and in the promulgation formula of decrees and circulars ("Chính phủ ban hành
Nghị định sửa đổi mức thuế suất …"). Where the title and a second reading differ in one word between words they
share, the reading whose word fits the title's syllable pairs (corpus.marks vocabulary) wins; a word is only
replaced when the other reading is clearly better, so a right title stays as it is. The mark corrector
(corpus.marks.OcrCorrector) never guesses other letters; this step does, but only from the document's own text.

Guessing from the vocabulary alone does not work with the bundled counts (measured on the 31 titles read from the
publisher's OCR texts): 48 of the 50 title words that form no known pair with either neighbour are right (the counts
come from other documents: "vụ cháy nhà dân", "Hội chợ Mùa Thu"), only "địa" and "mé" misread, so a title marked
uncertain for such a word would be right in 13 cases of 15; the letter-edit candidates that fit both neighbours miss
all three misreads ("địa" for "của" is two letters off; "lễ mở", "mở ký" are unseen pairs) and would turn right
words wrong ("do Bão số 11" → "do Bộ số 11")."""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from corpus.marks import ocr_corrector
from corpus.vn import fold

_WORD = re.compile(r"[^\W_]+")
ANCHOR = 3  # title words in a row that place a second reading in the text
COVER = 0.6  # share of the title's words a second reading must repeat, in order ...
MIN_SHARED = 4  # ... and at least this many
COMMONER = 10  # with no syllable pair to tell them apart, a reading's word wins when this many times commoner
OWN_PLACE = 0.9  # the first place in the text repeating this share of the title is where it was read
PREFIX_WORDS = 3  # most words the promulgation formula may give back before a title whose start OCR lost


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _WORD.finditer(text)]


def _key(word: str) -> str:
    return fold(word).lower()


class TitleRereader:
    """Compares a title with its second readings in the document text, under syllable and bigram counts (lower
    case, as corpus.marks.count_syllables makes them)."""

    def __init__(self, unigrams: Counter[str], bigrams: Counter[tuple[str, str]]):
        self.unigrams, self.bigrams = unigrams, bigrams

    def reread(self, title: str | None, text: str, doc_type: str | None = None) -> str | None:
        """The title with the words a second reading shows it misread put right, and the opening words the
        promulgation formula shows it lost put back; the title as it is when nothing reads it better."""
        if not title:
            return title
        own = _words(title)
        if len(own) < MIN_SHARED:
            return title
        body = _words(text)
        readings = self._readings([_key(w) for w, _, _ in own], [_key(w) for w, _, _ in body])
        if not readings:
            return title
        prefix = self._lost_start(own, body, readings, doc_type)
        words = [w for w, _, _ in own]
        chosen = list(words)
        for i, word in enumerate(words):
            if not word.isalpha():
                continue
            left = words[i - 1].lower() if i else (prefix[-1].lower() if prefix else None)
            right = words[i + 1].lower() if i + 1 < len(words) else None
            others = {body[j][0] for j in self._aligned(readings, i) if self._same_context(own, body, i, j)}
            best = self._better(word, {o for o in others if o.lower() != word.lower()}, left, right)
            if best:
                chosen[i] = best.capitalize() if word[0].isupper() else best.lower()
        if chosen == words and not prefix:
            return title
        pieces, last = [], 0
        for (_, start, end), word in zip(own, chosen):
            pieces += [title[last:start], word]
            last = end
        fixed = "".join(pieces) + title[last:]
        if prefix:
            opening = " ".join(w.lower() for w in prefix)
            fixed = opening[:1].upper() + opening[1:] + " " + fixed[:1].lower() + fixed[1:]
        return fixed

    def _readings(self, title: list[str], body: list[str]) -> list[tuple[int, list[tuple[int, int, int, int]]]]:
        """Places in the text that repeat the title (its own place, the first one repeating OWN_PLACE of it, left
        out):
        (offset of the window in `body`, the matching blocks (title index, body index, length) as opcodes)."""
        places: dict[tuple[str, ...], list[int]] = {}
        for j in range(len(body) - ANCHOR + 1):
            places.setdefault(tuple(body[j:j + ANCHOR]), []).append(j)
        starts = sorted({j - i for i in range(len(title) - ANCHOR + 1)
                         for j in places.get(tuple(title[i:i + ANCHOR]), [])})
        readings, covered, own_seen = [], -1, False
        for start in starts:
            lo, hi = max(0, start - PREFIX_WORDS - 4), min(len(body), start + len(title) + 6)
            if start < covered:
                continue
            matcher = SequenceMatcher(None, title, body[lo:hi], autojunk=False)
            blocks = [block for block in matcher.get_matching_blocks() if block.size]
            shared = sum(block.size for block in blocks)
            if shared < max(MIN_SHARED, COVER * len(title)):
                continue
            covered = lo + blocks[-1].b + blocks[-1].size  # the next reading starts after this one's last match
            if not own_seen and shared >= OWN_PLACE * len(title):  # the title where it was read
                own_seen = True
                continue
            readings.append((lo, matcher.get_opcodes()))
        return readings

    @staticmethod
    def _aligned(readings, i: int) -> list[int]:
        """The body index of the word each reading has in place of title word `i`, where the
        reading agrees with the title word for word around it: equal words, or one word for one word."""
        found = []
        for lo, opcodes in readings:
            for tag, i1, i2, j1, j2 in opcodes:
                if i1 <= i < i2 and tag in ("equal", "replace") and i2 - i1 == j2 - j1:
                    found.append(lo + j1 + i - i1)
        return found

    @staticmethod
    def _same_context(own, body, i: int, j: int) -> bool:
        """Whether the reading's neighbours of word `j` are the title's neighbours of word `i` (letters alike,
        marks aside); a title's first or last word needs only its one neighbour."""
        before = i == 0 or j > 0 and _key(own[i - 1][0]) == _key(body[j - 1][0])
        after = i + 1 == len(own) or j + 1 < len(body) and _key(own[i + 1][0]) == _key(body[j + 1][0])
        return before and after

    def _support(self, word: str, left: str | None, right: str | None) -> int:
        word = word.lower()
        return sum(bool(pair[0] and pair[1] and self.bigrams[pair]) for pair in ((left, word), (word, right)))

    def _better(self, word: str, others: set[str], left: str | None, right: str | None) -> str | None:
        """The other reading that fits the title clearly better than `word`: more known syllable pairs with the
        neighbours, or, where neither forms a known pair (too rare a phrase to tell), a word COMMONER times
        commoner; None when the title's word holds."""
        own = self._support(word, left, right)
        scored = []
        for other in others:
            if not other.isalpha() or other.lower() not in self.unigrams:
                continue
            support = self._support(other, left, right)
            commoner = self.unigrams[other.lower()] >= COMMONER * max(1, self.unigrams[word.lower()])
            if support > own or support == own == 0 and commoner:
                scored.append((support, self.unigrams[other.lower()], other))
        return max(scored)[2] if scored else None

    def _lost_start(self, own, body, readings, doc_type: str | None) -> list[str]:
        """Words the promulgation formula ("Chính phủ ban hành Nghị định sửa đổi mức …") has right after the
        document type and before the title's first word, which the title then lost to a stamp or a speck."""
        if not doc_type or own[0][0][:1].isupper():
            return []
        formula = ["ban", "hanh", *(_key(w) for w in doc_type.split())]
        for lo, opcodes in readings:
            first = next(((j1, i1) for tag, i1, _, j1, _ in opcodes if tag == "equal"), None)
            if not first or first[1] != 0:
                continue
            j = lo + first[0]
            for k in range(1, min(PREFIX_WORDS, j - len(formula)) + 1):
                if [_key(w) for w, _, _ in body[j - k - len(formula):j - k]] == formula:
                    lost = [w for w, _, _ in body[j - k:j]]
                    return lost if all(w.isalpha() and w.lower() in self.unigrams for w in lost) else []
        return []


@lru_cache(maxsize=1)
def title_rereader() -> TitleRereader:
    """The rereader over the bundled counts (corpus/syllables.tsv.gz, as the mark corrector reads them)."""
    vocabulary = ocr_corrector().vocabulary
    return TitleRereader(vocabulary.unigrams, vocabulary.bigrams)


def reread_title(title: str | None, text: str, doc_type: str | None = None) -> str | None:
    """An OCR'd title put right from its second readings in `text` (see TitleRereader.reread)."""
    return title_rereader().reread(title, text, doc_type)
