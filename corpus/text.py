"""Vietnamese text normalisation shared by documents and queries: NFC, one tone-mark convention, clean whitespace."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from corpus.vn import fold, sentence_spans, typed_in_haste, typed_number_codes  # noqa: F401 (fold, sentence_spans re-exported: agencies, obligations, answering, quiz_sources)

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
TONES = "\u0300\u0301\u0303\u0309\u0323"
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\ufffd"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2007\u2009\u202f\u3000\t\f\v"), " ")
# A character either table changes: a text holding none (most text read again: passages, quotes, questions) is left
# untranslated, as translating through a dict costs a lookup per character.
_ODD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in (*_INVISIBLE, *_SPACES)) + "]")


def _plain_spaces(text: str) -> str:
    """Invisible characters removed, other spaces read as " " (`_INVISIBLE`, `_SPACES`)."""
    return text.translate(_INVISIBLE).translate(_SPACES) if _ODD_CHARS.search(text) else text


_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_CODA = "ch|ng|nh|c|m|n|p|t"
_OPEN = "iêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
_EITHER = "oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y"
_CLOSED = "uyê|iê|uô|ươ|yê|oă|uâ|oo|ă|â"
_SYLLABLE = re.compile(rf"(?:{_ONSET})?(?:(?:{_OPEN})|(?:{_EITHER})(?:{_CODA})?|(?:{_CLOSED})(?:{_CODA}))")


# The same on letters stripped of every mark, for OCR that lost or misplaced them ("kiém-soat", "CONG HOA").
_BARE_SYLLABLE = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?")
# The five tones plus circumflex, breve and horn; any other mark (ü, ï) means the word is not Vietnamese.
_MARKS = set(TONES + "\u0302\u0306\u031b")


@lru_cache(maxsize=1 << 16)  # a text's words repeat: each distinct word is judged once
def is_syllable(token: str, lenient: bool = False) -> bool:
    """A well-formed Vietnamese syllable: onset, rhyme, at most one tone mark (only sắc or nặng before a final
    p, t, c, ch), and plain casing ("Việt", "VIỆT"). `lenient` judges the letters only, whatever Vietnamese marks
    they carry: what OCR output needs."""
    if lenient:
        decomposed = unicodedata.normalize("NFD", token.lower().replace("đ", "d"))
        letters = "".join(c for c in decomposed if c not in _MARKS)
        return letters.isascii() and _BARE_SYLLABLE.fullmatch(letters) is not None
    if not token.isalpha() or not (token.islower() or token.isupper() or token.istitle()):
        return False
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = [c for c in decomposed if c in TONES]
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    if len(tones) > 1 or bare.endswith(("c", "ch", "p", "t")) and tones not in (["\u0301"], ["\u0323"]):
        return False
    return _SYLLABLE.fullmatch(bare) is not None


def syllable_share(text: str, lenient: bool = False) -> float:
    """Share of word tokens that are valid syllables (see is_syllable); numbers, codes and upper-case
    abbreviations do not count. The one measure of whether text reads as Vietnamese: PDF text layers, OCR output,
    header lines, guessed encodings."""
    valid = counted = 0
    for raw in unicodedata.normalize("NFC", text).split():
        token = re.sub(r"^\W+|\W+$", "", raw)
        if not token or re.search(r"[\d/@._]", token):
            continue
        ok = is_syllable(token, lenient)
        if ok or not token.isupper():
            valid, counted = valid + ok, counted + 1
    return valid / counted if counted else 0.0


def _tone_moves() -> dict[str, str]:
    """Map 'new-style' endings (hoà, thuý, khoẻ) to the traditional placement (hòa, thúy, khỏe) used by
    official documents, for the open diphthongs oa, oe, uy."""
    moves = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new = f + unicodedata.normalize("NFC", s + tone)
                old = unicodedata.normalize("NFC", f + tone) + s
                moves[new] = old
    return moves


_MOVES = _tone_moves()
# Only at the end of a syllable (no final consonant), and not after "q" where "u" belongs to the consonant (quý).
# Matched as "o/u + a marked second vowel" (one character class: a scan of every text read, twenty times faster
# than the alternation of the 45 endings); a pair that is no ending, or one after "q", is put back as it was.
_MOVE_RE = re.compile("[oOuU][" + "".join(sorted({ending[1] for ending in _MOVES})) + r"](?!\w)")


def fix_tone_placement(text: str) -> str:
    """Put tone marks of oa/oe/uy syllables on the first vowel: hoà → hòa, thuý → thúy, khoẻ → khỏe."""
    def move(m: re.Match[str]) -> str:
        ending = m.group(0)
        return ending if m.start() and text[m.start() - 1] in "qQ" else _MOVES.get(ending, ending)

    return _MOVE_RE.sub(move, text)


def normalize(text: str) -> str:
    """NFC, invisible characters removed, traditional tone placement, spaces collapsed, blank lines limited."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = fix_tone_placement(_plain_spaces(text))
    text = _SPACE_RUN.sub(" ", text)
    text = _LINE_SPACES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


_SPACE_RUN, _LINE_SPACES, _BLANK_LINES = re.compile(r" {2,}"), re.compile(r" *\n *"), re.compile(r"\n{3,}")


def normalize_query(text: str) -> str:
    """A question normalised exactly like documents, on one line (what `normalize` does to spaces and line breaks
    the join does anyway), a document number typed in lower case given its capitals ("tt 24/2000/tt-btc"), and chat
    shorthands written out ("phai ko", "dc giao j", `corpus.vn.typed_in_haste`)."""
    text = _plain_spaces(unicodedata.normalize("NFC", text))
    return " ".join(typed_in_haste(typed_number_codes(fix_tone_placement(text))).split())


# Markdown escapes kept by loaders so that chunk text equals document text ("\-", "R\&D", "\|").
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|&<>~=])")
# Markdown bold marks a converted document leaves inside a sentence ("hướng dẫn việc quán **triệt** thực hiện Nghị
# quyết", Nghị quyết 57-NQ/TW as converted to Markdown): no text of the document.
_MD_BOLD = re.compile(r"\*\*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE_ROW = re.compile(r"^[\s|:\-–]*$")


def clean_display(text: str, header: Sequence[str] = ()) -> str:
    """Text as a reader should see it in an answer or a quote: markdown escapes removed, a table row's cells
    joined by " · " (no pipes, no header rule rows), whitespace collapsed. With the table's column names (`header`,
    as the document writes them), a row with as many cells is shown cell by cell under its column's name: "TT: 5 ·
    Nhiệm vụ: … · Cơ quan chủ trì: … · Thời gian thực hiện: Quý I/2025". Offsets do not hold in the result."""
    names = [_MD_ESCAPE.sub(r"\1", " ".join(name.split())) for name in header]
    lines = []
    for line in text.splitlines():
        if "|" in line and line.strip().startswith("|"):
            if _RULE_ROW.match(line):
                continue
            cells = [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|"))]
            if len(names) == len(cells) and all(names):
                line = " · ".join(f"{name}: {cell}" for name, cell in zip(names, cells) if cell)
            else:
                line = " · ".join(c for c in cells if c)
        lines.append(_MD_ESCAPE.sub(r"\1", _MD_BOLD.sub("", line)))
    return " ".join(" ".join(lines).split())
