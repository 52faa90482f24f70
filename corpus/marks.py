"""Questions typed without diacritics ("bo cong an phai lam gi theo ke hoach 193") get their marks back from the
vocabulary of the indexed documents: each bare syllable may be any marked syllable of the corpus that folds to it,
and the sequence most likely under the corpus's syllable bigrams wins (Viterbi). Marks are never stripped from
the index: "hạn" and "hàn" stay different words; only a question with no marks at all is restored."""
from __future__ import annotations

import gzip
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import product
from pathlib import Path

from corpus.headers import fold
from corpus.text import is_syllable, syllable_share
from corpus.vn import TYPES

_WORD = re.compile(r"[^\W\d_]+")
CANDIDATES = 6  # marked forms tried per bare syllable, most frequent first
# How questions are asked: documents rarely say "gì", "nào", "ai ký", "bao lâu" (an unmarked "la bao lau" was read
# "là báo lâu"; "lay tu dau" was "lấy tư đầu"; "Con So Xay dung?", a follow-up swapping the agency, was "Con Số Xây
# dựng"; "theo to trinh so may" was "Tờ trình số máy", "giao so Noi vu" "giao số Nội vụ"; a check closing "… dung
# khong" was "… dụng không", "nhiem vu thu 9" "nhiệm vụ Thủ 9", "… thi ai phoi hop" "… thị ai phối hợp", "do ong
# Nguyen Sinh Hung ky" "đó ông …", "quy dinh ve van de gi" "về văn đề gì"), so these phrases are counted as if the
# corpus held each QUESTION_WEIGHT times.
QUESTION_PHRASES = """
phải làm gì|làm gì|là gì|việc gì|nhiệm vụ gì|những gì|khi nào|bao giờ|lúc nào|ngày nào|tháng nào|năm nào|thế nào|
như thế nào|ra sao|thì sao|cơ quan nào|đơn vị nào|văn bản nào|bộ nào|sở nào|ai ký|do ai|ai chủ trì|là ai|
ai ban hành|do ai ban hành|mấy|bao nhiêu|vấn đề gì|vấn đề nào|có hiệu lực từ ngày nào|còn|vậy|thì|đó|này|ấy|kia|không|chưa|
được giao|giao cho ai|có nhiệm vụ gì|có trách nhiệm gì|được giao gì|những việc gì|những nhiệm vụ gì|có phải|
phối hợp với ai|phối hợp với đơn vị nào|thời hạn|thời gian thực hiện|triển khai văn bản nào|
bao lâu|là bao lâu|trong bao lâu|bao lâu một lần|
từ đâu|lấy từ đâu|về đâu|gửi về đâu|ở đâu|
còn sở|còn bộ|còn cục|còn ủy ban|còn văn phòng|còn thanh tra|còn kế hoạch|còn công điện|còn công văn|còn quyết định|
còn nghị quyết|còn nghị định|còn chỉ thị|còn thông tư|còn nhiệm vụ|
số mấy|tờ trình số mấy|công văn số mấy|giao sở|giao bộ|phải xong|xong khi nào
đúng không|phải không|có đúng không|đúng chưa|phải vậy không|nhiệm vụ thứ|thứ mấy|thì ai|thì cơ quan nào|thì bộ nào|
do ông|do bà
"""
QUESTION_WEIGHT = 30
PARTLY, PARTLY_BARE = 5, 6  # a question marked on one word in five or fewer, with six bare words or more
KIND_WEIGHT = 10
BARE_LINE = 6  # lower-case words from which a line without any mark is no Vietnamese as written (`_bare_line`)
# How many times likelier a syllable one slip away from a typed syllable the corpus never writes must make its run
# before it replaces it (`MarkVocabulary._slipped_for`): its unigram alone never does, a bigram the corpus or the
# question phrases hold ("ai chủ trì") does.
SLIP_COST = math.log(1e5)
# How many times likelier a form the corpus writes with a capital is made for a word typed with one inside a
# sentence (`MarkVocabulary._restore_run`): a name's bigram ("Dung Quất") then beats a common word's unigram.
CASE_BONUS = math.log(20)
_SENTENCE_START = re.compile(r"(?:^|[.?!:;\n])[\s\"“'(\-–]*$")


# Marks that say nothing of whether a question was typed with marks: codes and abbreviations in capitals ("QĐ 807",
# "NĐ-CP", "GD&ĐT" carry a Đ in text typed without any mark) and the chat particles it closes with, which keyboards
# and habit mark on their own ("so tc duoc giao gi trong kh 193 ạ", "kh 196 ai ky thế", "… cho em với ạ?").
_CAPITALS = re.compile(r"(?<!\w)[A-ZĐ][A-ZĐ0-9&]*[A-ZĐ](?:[/-][A-ZĐ0-9&]+)*(?!\w)")
_CLOSING_PARTICLES = re.compile(r"(?:\s+(?:với|ạ|à|nhỉ|nhé|hả|ư|vậy|thế|nhá|đấy|đó))+[\s?.!]*$", re.I)


def has_marks(text: str) -> bool:
    """Whether any letter carries a Vietnamese mark (or is đ), codes in capitals and closing chat particles aside."""
    text = _CLOSING_PARTICLES.sub("", _CAPITALS.sub("", text))
    return fold(text) != text


def partly_marked(text: str) -> bool:
    """Whether a question was typed with marks on a few of its words only, as one typed in haste is ("ke hoach 193
    tinh ninh binh, nhiem vu rà soat quy hoach cay xanh do thi thi co quan nao phoi hop"): at most one word in
    PARTLY of its lower-case words marked (codes in capitals and closing chat particles aside), with
    PARTLY_BARE bare words or more. A question typed with marks leaves about a third of its syllables bare ("theo",
    "ai", "quy", "cho"), well under that share."""
    words = [w for w in _WORD.findall(_CLOSING_PARTICLES.sub("", _CAPITALS.sub("", text))) if w.islower()]
    marked = sum(fold(w) != w for w in words)
    return 0 < marked and marked * PARTLY <= len(words) and len(words) - marked >= PARTLY_BARE


def _bare_line(line: str) -> bool:
    """Whether a line of running text is written without a single mark over BARE_LINE lower-case words or more:
    text whose marks a PDF's font encoding lost ("nghien cfru khoa hoc va trao doi hoc thuat tai cac ca so giao duc
    cila Viet Nam", a draft decree in evals/devdocs), or another language; its bare forms would restore a bare
    question as bare ("cap giay xac nhan" stayed "cap giay xac nhan")."""
    words = [w for w in _WORD.findall(line) if w.islower()]
    return len(words) >= BARE_LINE and not any(fold(w) != w for w in words)


def _count_lines(lines: Iterable[str], unigrams: Counter[str], bigrams: Counter[tuple[str, str]],
                 weight: int = 1) -> None:
    """Add each line's cased syllables and bigrams to the counts, `weight` times."""
    for line in lines:
        words = _WORD.findall(line)
        for _ in range(weight):
            unigrams.update(words)
            bigrams.update(zip(words, words[1:]))


class MarkVocabulary:
    """Cased syllable and bigram counts of a corpus, keyed by their folded lower-case form."""

    def __init__(self, texts: Iterable[str]):
        unigrams: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        # document types too, as a question names them ("thong tu lien tich 89/2001" is no "liền tịch")
        phrases = [*QUESTION_PHRASES.replace("|", "\n").splitlines(), *(t.lower() for t in TYPES)]
        _count_lines(phrases, unigrams, self.bigrams, QUESTION_WEIGHT)
        # and "những <type> nào", a few times only ("No bai bo nhung thong tu nao?" is no "nhưng thông tư", and
        # "công nghệ cao nào" no "báo cáo nào"): the bigram sees one word back; the type as the corpus writes it
        # too ("hop nhat nhung thong tu nao" was "hợp nhất nhưng Thông tư nào": "Thông" → "tư" outweighed it)
        _count_lines((f"những {form} nào" for kind in TYPES for form in {kind, kind.lower()}), unigrams, self.bigrams,
                     KIND_WEIGHT)
        for text in texts:
            _count_lines((line for line in text.splitlines() if not _bare_line(line)), unigrams, self.bigrams)
        self._index(unigrams)

    @classmethod
    def from_counts(cls, unigrams: Counter[str], bigrams: Counter[tuple[str, str]]) -> MarkVocabulary:
        """A vocabulary over counts made elsewhere (see `count_syllables`)."""
        vocabulary = cls.__new__(cls)
        vocabulary.bigrams = bigrams
        vocabulary._index(unigrams)
        return vocabulary

    def _index(self, unigrams: Counter[str]) -> None:
        self.total = sum(unigrams.values()) or 1
        by_fold: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for word, count in unigrams.items():
            if len(word) > 1 and word.isupper():  # headings in capitals say nothing about a word's case
                continue
            by_fold[fold(word).lower()].append((count, word))
        self.unigrams = unigrams
        self.forms = {key: [w for _, w in sorted(forms, reverse=True)[:CANDIDATES]] for key, forms in by_fold.items()}
        # the forms written with a capital, tried too for a word typed with one ("Dung", "Đặng", "Đài" are rarer than
        # "dụng", "đăng", "đại" and their other forms)
        self.named_forms = {key: [w for _, w in sorted(forms, reverse=True) if w[:1].isupper()][:CANDIDATES]
                            for key, forms in by_fold.items()}

    def _step(self, previous: str | None, word: str) -> float:
        unigram = (self.unigrams[word] + 0.1) / self.total
        if previous is None:
            return math.log(unigram)
        # interpolated bigram: P(word | previous) with the unigram as back-off
        return math.log(0.8 * self.bigrams[(previous, word)] / (self.unigrams[previous] + 1) + 0.2 * unigram)

    def _name_like(self, form: str) -> bool:
        """Whether the corpus writes a form, marked, with a capital more often than without: a name ("Quất", "Đặng"),
        not a common word that opens sentences and headings ("Phụ" of "Phụ lục": "Phu Ly" is "Phủ Lý" by its bigram),
        nor a page's lost marks ("Bộ Công Thuong")."""
        return form[:1].isupper() and fold(form) != form and self.unigrams[form] > self.unigrams[form.lower()]

    def restore(self, text: str) -> str:
        """The text with each run of bare words replaced by its most likely marked and cased form; words the
        corpus does not know, numbers, codes and abbreviations in capitals stay as typed. A text typed with marks
        is returned as it is, but for one marked on a few words only (`partly_marked`): its bare words are
        restored, the marked ones kept as typed and read as context."""
        if has_marks(text) and not partly_marked(text):
            return text
        return re.sub(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*",
                      lambda run: self._restore_run(run[0], _SENTENCE_START.search(text[:run.start()]) is not None),
                      text)

    def _typed_for(self, word: str) -> list[str]:
        """A bare word of four letters or more that is no Vietnamese syllable, typed with one slip ("truco" for
        "truoc", "thuog" for "thuong", "bihn" for "binh"): the marked forms of the syllables one letter dropped, added
        or two letters swapped away from it; none for a word that reads as a syllable or an abbreviation none is near
        ("qppl", "ttck", "brvt")."""
        if len(word) < 4 or not word.isalpha() or not word.isascii() or is_syllable(word, lenient=True):
            return []
        near = {word[:i] + word[i + 1:] for i in range(len(word))}
        near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        near |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in "aeioughnt"}
        forms = [f for n in sorted(near) if is_syllable(n, lenient=True) for f in self.forms.get(n, [])]
        return sorted(forms, key=lambda f: -self.unigrams[f])[:CANDIDATES]

    def _slipped_for(self, word: str) -> list[str]:
        """A bare word of four letters or more that is a Vietnamese syllable the corpus never writes, typed with one
        slip into it ("chui tri" for "chu tri": "chui" is a syllable, no administrative text holds it): the word as
        typed first, then the marked forms one slip away (`_typed_for`'s), which `best_path` weighs at SLIP_COST so
        that only the context (the bigrams "ai chủ", "chủ trì") puts one in its place."""
        if len(word) < 4 or not word.isalpha() or not word.isascii() or not is_syllable(word, lenient=True):
            return []
        near = {word[:i] + word[i + 1:] for i in range(len(word))}
        near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        forms = [f for n in sorted(near - {word}) if is_syllable(n, lenient=True) for f in self.forms.get(n, [])]
        return [word, *sorted(forms, key=lambda f: -self.unigrams[f])[:CANDIDATES]] if forms else []

    def _restore_run(self, run: str, opens_sentence: bool = True) -> str:
        """A run of words restored; a word typed with a capital inside a sentence ("du an Nha may loc dau Dung Quat")
        names something, so the forms the corpus writes with a capital weigh CASE_BONUS more ("Dung Quất", not
        "Dụng Quát")."""
        words = run.split()
        options = [([w] if fold(w) != w else self.forms.get(w.lower()) or self._typed_for(w.lower())
                    or self._slipped_for(w.lower()))
                   if not (len(w) > 1 and w.isupper()) else [] for w in words]
        slipped = [fold(w) == w and not self.forms.get(w.lower()) and bool(forms) and forms[0] == w.lower()
                   for w, forms in zip(words, options)]
        named = [w[:1].isupper() and not w.isupper() and (bool(i) or not opens_sentence) for i, w in enumerate(words)]
        options = [[*forms, *(f for f in self.named_forms.get(w.lower(), []) if f not in forms)]
                   if is_named and fold(w) == w and forms else forms for w, forms, is_named in zip(words, options, named)]
        restored = self.best_path([[w] if not forms else forms for w, forms in zip(words, options)],
                                   breaks=[not forms for forms in options], slips=slipped, named=named)
        return " ".join(r if not w[0].isupper() else r[:1].upper() + r[1:] for w, r in zip(words, restored))

    def best_path(self, options: list[list[str]], cost: Callable[[int, str], float] | None = None,
                  breaks: list[bool] | None = None, slips: list[bool] | None = None,
                  named: list[bool] | None = None) -> list[str]:
        """The most likely choice of one option per position under the bigrams (Viterbi), each choice also scored
        by `cost(rank of the option, option)`; a position marked in `breaks` keeps its one option and cuts the
        chain (no bigram across it); at a position marked in `slips` every option but the first (the word as typed)
        costs SLIP_COST; at a position marked in `named` a form with a capital gains CASE_BONUS."""
        paths: dict[str | None, tuple[float, list[str]]] = {None: (0.0, [])}
        for position, forms in enumerate(options):
            if breaks and breaks[position]:
                best = max(paths.values(), key=lambda p: p[0])
                paths = {None: (best[0], [*best[1], forms[0]])}
                continue
            slip = -SLIP_COST if slips and slips[position] else 0.0
            case = CASE_BONUS if named and named[position] else 0.0
            paths = {form: max(((score + self._step(prev, form) + (cost(rank, form) if cost else 0.0)
                                 + (slip if rank else 0.0) + (case if self._name_like(form) else 0.0),
                                 [*path, form]) for prev, (score, path) in paths.items()), key=lambda p: p[0])
                     for rank, form in enumerate(forms)}
        return max(paths.values(), key=lambda p: p[0])[1]


# --- OCR text: marks misread -------------------------------------------------------------------------------------
# Tesseract often reads a syllable's letters right but its marks wrong ("khan trương" for "khẩn trương", "thúc đây"
# for "thúc đẩy", "một sô" for "một số"). The corrector below weighs, per syllable, the form as read against the
# other marked forms of the same letters, under the syllable bigrams of well-formed administrative text: a form
# replaces the one read only when it is more likely in context by more than CHANGE_COST (a log-odds), so a word
# that is rarer but fits its context ("hàn" where "hạn" is commoner) stays.

VOCABULARY_FILE = Path(__file__).with_name("syllables.tsv.gz")  # built by scripts/build_vocabulary.py
# A change must make its run this many times more likely. Measured on the bundled OCR texts (evals metadata): 1000
# puts back "bão so 11", "VE NGƯỜI CAO TUOI" that 3000 leaves; lower costs change right words more often.
CHANGE_COST = math.log(1000)
MISREAD_SHARE = 0.005  # share of misread-looking words from which a plain text is taken for OCR output ...
MISREAD_WORDS = 3  # ... when there are at least this many: one odd word ("São Paulo") says nothing
SPECK_EVIDENCE = 3
ASSOCIATION = 10  # how many times more often than chance a pair must be written to count as a set phrase
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_NUMBER = "0"  # every number is one token: "số 11", "ngày 15" are contexts too
WELL_FORMED = 0.9  # share of valid syllables a line of the source texts needs to be counted
LEXICON_WEIGHT = 2  # bigram count a dictionary word adds (the text counts dominate where they exist)
# Digits OCR reads for letters in a word: "g1ao" (giao), "6n định" (ổn định), "c0 quan" (cơ quan).
_DIGIT_LETTERS = {"0": "o", "1": "il", "6": "o"}
_LABEL = re.compile(r"\d+[a-gđ]|[a-gđ]\d+")  # a lettered point or clause ("điểm 1a", "khoản 10b"), a grade ("a1")
_LETTERS = "abcdeghiklmnopqrstuvxy"  # the letters of Vietnamese syllables without their marks (đ folds to d)


def _edits(word: str) -> set[str]:
    """The strings of the same length one letter away: one letter changed, or two neighbours swapped (a letter
    added or dropped would make a word of garbage: "tôiên" is no "tiền")."""
    splits = [(word[:i], word[i:]) for i in range(len(word))]
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    return swapped | {a + c + b[1:] for a, b in splits for c in _LETTERS}


def _tokens(line: str) -> list[str]:
    return [_NUMBER if t.isdigit() else t for t in _TOKEN.findall(line.lower())]


def count_syllables(texts: Iterable[str], lexicon: Iterable[str] = ()) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Lower-case syllable and bigram counts of well-formed texts (numbers as one token; a line or a punctuation
    mark between two words is no bigram; a line that is not WELL_FORMED Vietnamese, such as a legacy-encoded one,
    is left out), plus LEXICON_WEIGHT for each bigram of a dictionary word."""
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for line in text.splitlines():
            if syllable_share(line) < WELL_FORMED:
                continue
            for run in re.split(r"[^\w\s]|_", line):
                words = _tokens(run)
                unigrams.update(words)
                bigrams.update(zip(words, words[1:]))
    for entry in lexicon:
        words = _tokens(entry)
        unigrams.update(words)
        for pair in zip(words, words[1:]):
            bigrams[pair] += LEXICON_WEIGHT
    return unigrams, bigrams


def write_counts(path: Path, unigrams: Counter[str], bigrams: Counter[tuple[str, str]]) -> None:
    """Counts as sorted 'word<TAB>count' and 'word word<TAB>count' lines, gzip-compressed reproducibly."""
    lines = [f"{w}\t{c}" for w, c in sorted(unigrams.items())] + [f"{a} {b}\t{c}" for (a, b), c in sorted(bigrams.items())]
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def read_counts(path: Path) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        key, count = line.rsplit("\t", 1)
        if " " in key:
            a, b = key.split(" ")
            bigrams[(a, b)] = int(count)
        else:
            unigrams[key] = int(count)
    return unigrams, bigrams


class OcrCorrector:
    """Puts back the marks OCR misread, against lower-case syllable and bigram counts (see `count_syllables`)."""

    def __init__(self, unigrams: Counter[str], bigrams: Counter[tuple[str, str]], change_cost: float = CHANGE_COST):
        self.vocabulary = MarkVocabulary.from_counts(unigrams, bigrams)
        self.change_cost = change_cost

    def looks_misread(self, text: str) -> bool:
        """Whether the text reads as OCR output: at least MISREAD_WORDS words, and MISREAD_SHARE of those whose
        letters the vocabulary knows, have marks it does not know ("tuôi", "quyêt"). The share is about nil in
        written text (0.000–0.004 in 74 of the 76 vbpl.vn tax documents, against a vocabulary without them) and
        0.006–0.04 in the publisher's OCR of signed scans."""
        words = [w for w in _TOKEN.findall(text.lower()) if not w.isdigit() and fold(w) in self.vocabulary.forms]
        misread = sum(w not in self.vocabulary.unigrams for w in words)
        return misread >= MISREAD_WORDS and misread >= MISREAD_SHARE * len(words)

    def correct(self, text: str) -> str:
        """The text with each syllable whose marks were misread replaced by the likelier form, and each token that
        is no Vietnamese syllable ("g1ao", "Gnai") by the known syllable a letter away that its neighbours are
        often written beside, line by line; case, spacing, punctuation, numbers and unknown words stay as they are.
        A syllable that fits neither neighbour takes the form the text itself writes beside the same neighbour
        (see `_page_form`)."""
        own = self._own_pairs(text)
        text = re.sub(r"[^\W_]+(?:[ \t]+[^\W_]+)*", lambda run: self._run(run[0], own), text)  # runs stay in a line
        return re.sub(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])", self._unhyphen, text)

    def _own_pairs(self, text: str) -> set[tuple[str, str]]:
        """The syllable pairs of the text that well-formed text has too."""
        pairs: set[tuple[str, str]] = set()
        for run in re.split(r"[^\w\s]|_|\n", text):
            words = _tokens(run)
            pairs.update(p for p in zip(words, words[1:]) if self.vocabulary.bigrams[p])
        return pairs

    def _page_form(self, chosen: list[str], i: int, own: set[tuple[str, str]]) -> str:
        """The syllable at `i`, or, when it forms no pair well-formed text knows with either neighbour, the one
        other marked form of its letters that the text being corrected writes beside the same neighbour in a set
        phrase (a dictionary word or a pair written twice, ASSOCIATION times as often as chance): a page that reads
        "tuyển sinh" right in one line puts it back where another line has "tuyên sinh". A pair as common as "quả
        của" or "hội thì" is no evidence ("25 năm qua của" and "Quốc hội thí điểm" stay)."""
        word = chosen[i]
        before, after = (chosen[i - 1] if i else None), (chosen[i + 1] if i + 1 < len(chosen) else None)
        bigrams = self.vocabulary.bigrams
        if word == _NUMBER or (before and bigrams[(before, word)]) or (after and bigrams[(word, after)]):
            return word
        found = [f for f in self.vocabulary.forms.get(fold(word), []) if f != word
                 and ((before, f) in own and self._associated(before, f, LEXICON_WEIGHT)
                      or (f, after) in own and self._associated(f, after, LEXICON_WEIGHT))]
        return found[0] if len(found) == 1 else word

    def _misread_options(self, word: str) -> list[str]:
        """The known syllables a token that is no Vietnamese syllable may stand for: its digits read as the
        letters they resemble ("g1ao" → "giao", "6n" → "ổn"), or one letter changed or two swapped ("gnai" →
        "giai"); none for a well-formed syllable, a token whose letters a syllable has under other marks ("thiéu":
        the marks are misread, not the letters), a number, a lettered label ("1a", "10b"), an abbreviation in
        capitals or a short letters-only token ("km", "kg")."""
        letters = sum(c.isalpha() for c in word)
        if (not letters or (word.isupper() and letters > 1) or not (word.islower() or word[:1].isupper()
                                                                        and word[1:].islower())):
            return []
        own = word.lower()
        if own.isalpha() and (len(own) < 3 or is_syllable(own) or not fold(own).isascii()
                              or fold(own) in self.vocabulary.forms):  # marks misread: the other forms' job
            return []
        if not own.isalpha() and (not all(c.isalpha() or c in _DIGIT_LETTERS for c in own) or _LABEL.fullmatch(own)):
            return []
        folded = fold(own)
        variants = {"".join(v) for v in product(*(_DIGIT_LETTERS.get(c, c) for c in folded))}
        keys = [v for v in variants if v in self.vocabulary.forms]
        if not keys and own.isalpha():
            keys = sorted({e for v in variants for e in _edits(v) if e in self.vocabulary.forms})
        return [f for key in keys for f in self.vocabulary.forms[key]]

    def _unhyphen(self, pair: re.Match) -> str:
        """Two lower-case syllables that OCR joined by a hyphen ("kiểm-soát") apart again when the text has them
        side by side SPECK_EVIDENCE times; "Bà Rịa-Vũng Tàu", "e-mail" stay."""
        a, b = pair[1], pair[2]
        together = a.islower() and b.islower() and self.vocabulary.bigrams[(a, b)] >= SPECK_EVIDENCE
        return f"{a} {b}" if together else pair[0]

    def _run(self, run: str, own: set[tuple[str, str]] = frozenset()) -> str:
        written = run.split()
        options, misread = [], []
        for word in written:
            guesses = self._misread_options(word)
            misread.append(bool(guesses))
            if guesses:
                options.append([word.lower(), *guesses])
            elif not word.isalpha():
                options.append([_NUMBER])
            else:
                low = word.lower()
                options.append([low, *(f for f in self.vocabulary.forms.get(fold(low), []) if f != low)])
        chosen = self.vocabulary.best_path(options, lambda i, form: 0.0 if i == 0 else -self.change_cost)
        for i, form in enumerate(chosen):  # a token that is no syllable is replaced only beside a known neighbour
            if misread[i] and form != written[i].lower() and not self._neighbour_known(chosen, i):
                chosen[i] = written[i].lower()
        if own:  # a capitalised word inside a run may be a name ("phố Hạ Long" beside "phố Hà Nội"): left as read
            chosen = [self._page_form(chosen, i, own) if word.isalpha() and (word.islower() or word.isupper() or i == 0)
                      else form for i, (word, form) in enumerate(zip(written, chosen))]
        fixed = []
        for word, form in zip(written, chosen):
            if form == word.lower() or form == _NUMBER:
                fixed.append(word)
            elif word.isupper() and len(word) > 1:
                fixed.append(form.upper())
            else:
                fixed.append(form[:1].upper() + form[1:] if word[0].isupper() else form)
        pieces = re.split(r"([ \t]+)", run)  # the run's own spacing is kept
        pieces[::2] = fixed
        for i in reversed(range(1, len(chosen) - 1)):
            if self._speck(written[i], *chosen[i - 1:i + 2]):
                del pieces[2 * i:2 * i + 2]
        return "".join(pieces)

    def _neighbour_known(self, chosen: list[str], i: int) -> bool:
        """Whether the syllable chosen at `i` makes a set phrase with its neighbour before or after: written beside
        it at least SPECK_EVIDENCE times, and ASSOCIATION times as often as chance would put them side by side
        ("giao nhiệm" 14×, "giai đoạn" 7700×; "nhân dạng" 9×, "thành triển" of "hoàn thành triển khai" 1×)."""
        return ((i > 0 and self._associated(chosen[i - 1], chosen[i]))
                or (i + 1 < len(chosen) and self._associated(chosen[i], chosen[i + 1])))

    def _associated(self, a: str, b: str, least: int = SPECK_EVIDENCE) -> bool:
        vocabulary = self.vocabulary
        together = vocabulary.bigrams[(a, b)]
        chance = vocabulary.unigrams[a] * vocabulary.unigrams[b] / vocabulary.total
        return together >= least and together >= ASSOCIATION * chance

    def _speck(self, written: str, before: str, word: str, after: str) -> bool:
        """Whether a lone lower-case letter is a speck read as a letter ("triển khai i Nghị quyết"): the text never
        has it beside its neighbours, and has the neighbours side by side SPECK_EVIDENCE times ("điểm a khoản"
        stays)."""
        bigrams = self.vocabulary.bigrams
        return (len(written) == 1 and written.islower() and not bigrams[(before, word)] and not bigrams[(word, after)]
                and bigrams[(before, after)] >= SPECK_EVIDENCE)


@lru_cache(maxsize=1)
def ocr_corrector() -> OcrCorrector:
    """The corrector over the bundled counts (corpus/syllables.tsv.gz): read once per process."""
    return OcrCorrector(*read_counts(VOCABULARY_FILE))


def correct_ocr(text: str) -> str:
    """OCR'd text with misread marks put back (see OcrCorrector)."""
    return ocr_corrector().correct(text)
