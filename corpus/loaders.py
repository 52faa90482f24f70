"""Read a file of any supported type, detected from its content, into normalised Documents."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

from corpus.agencies import restore_marks, split_glued_names
from corpus.errors import (
    BadDocument,
    BadInput,
    MissingTool,
    NotFound,
    TooLarge,
    UnsupportedFormat,
)
from corpus.headers import parse_header, unread_number
from corpus.ocr import OcrPage, PageReader
from corpus.ocr_tables import bare_tables
from corpus.ocr_fixes import (
    fix_date_marks,
    fix_forbid_marks,
    fix_ocr_header,
    fix_ocr_marks,
    fix_plain_text_marks,
    fix_table_specks,
    reconcile_number,
)
from corpus.pdf import read_pdf
from corpus.records import Document, Header, Page, Section
from corpus.rereading import reread_title
from corpus.structure import table_lines
from corpus.text import normalize, syllable_share
from corpus.vn import is_law_id, law_type

SUPPORTED_SUFFIXES = frozenset({".pdf", ".docx", ".doc", ".html", ".htm", ".txt", ".md", ".json"})
_BINARY_SUFFIXES = {".pdf": "PDF", ".docx": "Word (DOCX)", ".doc": "Word (DOC)"}
META_SUFFIX = ".meta.json"  # publisher metadata beside a file: "193.pdf" + "193.pdf.meta.json"
_META_FIELDS = {"doc_number", "doc_type", "issuer", "issued_on", "place", "title", "signer"}
GROUP = re.compile(r"[\w.-]{1,64}")
UNZIP_FACTOR = 10  # a DOCX may unpack to at most this many times the file size limit (zip bombs are refused)
# TCVN3 (ABC, the ".Vn" fonts) puts each accented letter on one Latin-1 code point; upper-case accented letters
# were written with a separate font, so they read as lower-case ones.
_TCVN3 = str.maketrans(
    "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\xadøõö÷ùýúûüþ¡¢§£¤¥¦",
    "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ")
_VNI_MARKS = re.compile(r"[a-zA-Z][äöøïüëåæÄÖØÏÜËÅÆ]|[ñÑ][a-zA-Z]")  # VNI: a base letter, then its marks


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Supported files under the given files and folders, recursively and sorted; hidden entries are skipped."""
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found = [path]
        yield from (f for f in found if not f.name.startswith(".") and f.suffix.lower() in SUPPORTED_SUFFIXES
                    and not f.name.endswith(META_SUFFIX))


def load(path: Path, max_bytes: int = 50 * 2**20, ocr: PageReader | None = None) -> list[Document]:
    """The documents in one file (one per law for ALQAC-shaped JSON, otherwise one); `ocr` reads the PDF pages
    that have no usable text layer (without it, such a PDF raises NeedsOcr)."""
    path, name = Path(path), Path(path).name
    if not path.is_file():
        raise NotFound(f"Không tìm thấy tệp '{path}'.")
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"Tệp '{name}' quá lớn ({size / 2**20:.1f} MB), giới hạn là {max_bytes / 2**20:g} MB.")
    data = path.read_bytes()
    if not data.strip():
        raise BadDocument(f"Tệp '{name}' rỗng.")
    fmt, laws = _sniff(data, path, max_bytes)
    if fmt == "json":  # the groups of the file's sidecar, if it states any, cover every law in it
        documents, (_, groups, extra) = [_law_document(law, path) for law in laws], _with_sidecar(Header(), path)
        return [replace(d, groups=groups, content_hash=hashlib.sha256(d.content_hash.encode() + extra).hexdigest())
                for d in documents] if extra else documents
    if fmt == "pdf":
        text, pages = _join_pages(read_pdf(data, name, ocr))
    else:
        text, pages = _unlegacy(_READERS[fmt](data, path), name), ()
        text = _unescape_markdown(text) if fmt == "md" else text
        if fmt in ("txt", "md"):  # plain text is often OCR output: its header block is corrected
            text = fix_plain_text_marks(normalize(fix_ocr_header(text)))
        else:
            text = normalize(text)
        if fmt == "txt":  # and OCR drops marks: "Uy ban nhân dân thành phó Hà Nội", "15 thang 10 nam 2025",
            # and the spaces between a scanned cell's syllables: "BộTàichính"
            text = restore_marks(fix_forbid_marks(fix_date_marks(split_glued_names(text))), names_only=True)
            text = bare_tables(text)  # a task table's rows read as bare "a | b | c" lines
    if not text:
        raise BadDocument(f"Tệp '{name}' không có nội dung chữ.")
    header = parse_header(text)
    if fmt in ("txt", "md") or pages and pages[0].ocr_confidence is not None:
        header = replace(header, doc_number=reconcile_number(header.doc_number, path.stem, unread_number(text)),
                         title=reread_title(header.title, text, header.doc_type))
    header, groups, extra = _with_sidecar(header, path)
    return [Document(doc_id=path.stem, source=str(path), fmt=fmt, text=text,
                     content_hash=hashlib.sha256(data + extra).hexdigest(), header=header, pages=pages,
                     groups=groups)]


def _with_sidecar(header: Header, path: Path) -> tuple[Header, tuple[str, ...] | None, bytes]:
    """The header with gaps filled from `<file>.meta.json` when present (an unsigned draft's registry number
    and date, known from the publisher), the groups that may read the document (None when the sidecar does not
    say), and the sidecar's bytes so that editing it re-indexes the document."""
    sidecar = path.with_name(path.name + META_SUFFIX)
    if not sidecar.is_file():
        return header, None, b""
    raw = sidecar.read_bytes()
    try:
        meta = json.loads(raw)
        known = {k: v for k, v in meta.items() if k in _META_FIELDS and v}
        if "issued_on" in known:
            known["issued_on"] = date.fromisoformat(known["issued_on"])
    except (ValueError, AttributeError) as error:
        raise BadDocument(f"Tệp siêu dữ liệu '{sidecar.name}' không hợp lệ: {error}") from None
    gaps = {k: v for k, v in known.items() if getattr(header, k) is None}
    groups = parse_groups(meta["groups"], f"tệp '{sidecar.name}'") if "groups" in meta else None
    return replace(header, **gaps), groups, raw


def parse_groups(values: list[str] | tuple[str, ...] | str, where: str) -> tuple[str, ...]:
    """Group names from a list or a comma-separated string; each 1–64 letters, digits, '.', '_' or '-'."""
    items = values.split(",") if isinstance(values, str) else values
    if not isinstance(items, (list, tuple)) or not all(isinstance(g, str) for g in items):
        raise BadInput(f"Nhóm trong {where} phải là danh sách tên nhóm.")
    groups = tuple(dict.fromkeys(g.strip() for g in items if g.strip()))
    bad = [g for g in groups if not GROUP.fullmatch(g)]
    if bad:
        raise BadInput(f"Tên nhóm không hợp lệ trong {where}: {', '.join(bad)} (chỉ chữ, số, '.', '_', '-'; "
                       "tối đa 64 ký tự).")
    return groups


def _sniff(data: bytes, path: Path, max_bytes: int) -> tuple[str, list | None]:
    """The format from the file's first bytes; the suffix only tells txt from md and catches misnamed binaries."""
    suffix, head = path.suffix.lower(), data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf", None
    if data.startswith(b"PK\x03\x04"):
        try:
            archive = zipfile.ZipFile(BytesIO(data))
        except zipfile.BadZipFile:
            raise BadDocument(f"Tệp '{path.name}' là tệp nén bị hỏng, không đọc được.") from None
        unpacked = sum(entry.file_size for entry in archive.infolist())  # reads never go past these sizes
        if unpacked > UNZIP_FACTOR * max_bytes:
            raise BadDocument(f"Tệp '{path.name}' giải nén ra {unpacked / 2**20:.0f} MB, vượt giới hạn "
                              f"{UNZIP_FACTOR * max_bytes / 2**20:g} MB: có thể là tệp nén độc hại (zip bomb), "
                              "không được đọc.")
        if "word/document.xml" in archive.namelist():
            return "docx", None
        if suffix == ".docx":
            raise BadDocument(f"Tệp '{path.name}' không phải tài liệu Word hợp lệ (thiếu word/document.xml).")
        raise UnsupportedFormat(f"Tệp '{path.name}' là tệp nén ZIP, không phải định dạng được hỗ trợ.")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc", None
    if b"<html" in data[:4096].lower() and head.startswith((b"<html", b"<!doctype html", b"<?xml")) or (
            suffix in (".html", ".htm") and head.startswith(b"<")):
        return "html", None
    if suffix in _BINARY_SUFFIXES:
        raise BadDocument(f"Tệp '{path.name}' không phải tệp {_BINARY_SUFFIXES[suffix]} hợp lệ (nội dung không khớp).")
    if head[:1] in (b"[", b"{") or suffix == ".json":
        try:
            parsed = json.loads(data.decode("utf-8-sig"))
        except ValueError:
            parsed = None
        if _is_alqac(parsed):
            return "json", parsed
        if suffix == ".json":
            raise UnsupportedFormat(f"Tệp JSON '{path.name}' không theo dạng được hỗ trợ: cần danh sách "
                                    '[{"id": ..., "articles": [{"id": ..., "text": ...}]}].')
    return ("md" if suffix == ".md" else "txt"), None


def _is_alqac(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(law, dict) and isinstance(law.get("id"), str) and isinstance(law.get("articles"), list)
        and all(isinstance(a, dict) and "id" in a and isinstance(a.get("text"), str) for a in law["articles"])
        for law in value)


def _join_pages(pages: list[tuple[str, OcrPage | None]]) -> tuple[str, tuple[Page, ...]]:
    """Normalised pages joined by blank lines, with each page's range in the joined text and its OCR confidence;
    OCR'd text has its header misreadings and its misread marks corrected."""
    parts, ranges, offset = [], [], 0
    for number, (raw, read) in enumerate(pages, 1):
        page = fix_ocr_marks(fix_table_specks(normalize(fix_ocr_header(raw)))) if read else normalize(raw)
        if page and parts:
            offset += 2
        ranges.append(Page(number, offset, offset + len(page), read.confidence if read else None))
        if page:
            parts.append(page)
            offset += len(page)
    return "\n\n".join(parts), tuple(ranges)


def _read_docx(data: bytes, path: Path) -> str:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(BytesIO(data))
    except Exception as error:  # python-docx raises bare KeyError/ValueError/lxml errors on damaged parts
        raise BadDocument(f"Tệp Word '{path.name}' bị hỏng, không đọc được ({type(error).__name__}).") from None
    blocks = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.append(_markdown_table([_unique_cells(row.cells) for row in block.rows]))
        else:
            blocks.append(block.text)
    return "\n".join(blocks)


def _unique_cells(cells) -> list[str]:
    """A merged cell appears once per grid column it spans in python-docx; keep it once."""
    seen, texts = set(), []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            texts.append(cell.text)
    return texts


def _markdown_table(rows: list[list[str]]) -> str:
    rows = [row for row in rows if any(c.strip() for c in row)]
    return table_lines(rows[0], rows[1:]) if rows else ""


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&<>~=\"'])")


# Bold over a word's first letters only, a converter's drop cap: "**C**hính phủ chỉ đạo việc tổ chức thực hiện Luật này"
# (Luật 09/2003/QH11, Điều 28): the word is read whole, or no rule finds the agency in it.
_BOLD_INITIAL = re.compile(r"(\*\*\*?)([^\W\d_]{1,3})\1(?=[^\W\d_])")


def _unescape_markdown(text: str) -> str:
    """Markdown backslash escapes dropped ("57\\-NQ/TW", "R\\&D", "1\\." read as written); an escaped '|' inside a
    table cell becomes '/', as `table_lines` writes it; a word's bold first letters are joined to it."""
    return _BOLD_INITIAL.sub(r"\2", _ESCAPED.sub(r"\1", text.replace("\\|", "/")))


def _read_doc(data: bytes, path: Path) -> str:
    if shutil.which("antiword") is None:
        raise MissingTool(f"Thiếu chương trình antiword để đọc tệp .doc '{path.name}': cài bằng "
                          "'apt-get install antiword' hoặc lưu lại tệp dưới dạng .docx.")
    try:
        done = subprocess.run(["antiword", "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise BadDocument(f"Đọc tệp Word cũ '{path.name}' quá lâu (antiword quá 60 giây).") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["không rõ lý do"]
        raise BadDocument(f"Không đọc được tệp Word cũ '{path.name}' (antiword: {reason[0]}).")
    return done.stdout.decode("utf-8", "replace")


_BLOCKS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
           "pre", "dt", "dd", "title", "header", "footer", "main", "ul", "ol", "dl", "form", "caption"]


def _read_html(data: bytes, path: Path) -> str:
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "nav", "head", "noscript", "template"]):
        tag.decompose()
    for string in soup.find_all(string=True):  # source line breaks inside a paragraph are spaces
        if type(string) is NavigableString:
            string.replace_with(re.sub(r"\s+", " ", string))
        else:  # comments, doctype, processing instructions
            string.extract()
    for table in reversed(soup.find_all("table")):  # innermost first, so a layout table holds flat rows
        table.replace_with(NavigableString("\n" + _markdown_table(_html_grid(table)) + "\n"))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_after("\n")
    return soup.get_text()


def _html_grid(table) -> list[list[str]]:
    """A table's rows with merged cells resolved: a cell spanning rows (rowspan) is carried down into the rows it
    covers, so that each row keeps its lead and deadline; one spanning columns (colspan) is kept once, its other
    columns left empty."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered)
    for tr in table.find_all("tr"):
        row: list[str] = []
        cells = iter(tr.find_all(["td", "th"], recursive=False) or tr.find_all(["td", "th"]))
        while True:
            column = len(row)
            if column in pending:
                text, left = pending.pop(column)
                row.append(text)
                if left > 1:
                    pending[column] = (text, left - 1)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = cell.get_text(" ", strip=True)
            span = _span(cell.get("rowspan"))
            if span > 1:
                pending[column] = (text, span - 1)
            row += [text] + [""] * (_span(cell.get("colspan")) - 1)
        rows.append(row)
    return rows


def _span(value) -> int:
    return min(int(value), 100) if str(value or "").isdigit() and int(value) > 0 else 1


def _decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) first; otherwise the candidate encoding (TCVN3 among them) that reads as the
    most Vietnamese."""
    from charset_normalizer import from_bytes

    try:
        text = data.decode("utf-8-sig")
        if _printable(text):
            return text
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in dict.fromkeys([m.encoding for m in from_bytes(data)][:5] + ["cp1258", "tcvn3"]):
        try:
            text = data.decode("latin-1").translate(_TCVN3) if encoding == "tcvn3" else data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _printable(text):
            candidates.append((syllable_share(normalize(text)), -len(candidates), text))
    if not candidates:
        raise BadDocument(f"Tệp '{path.name}' không phải văn bản đọc được (không nhận ra bảng mã ký tự).")
    return max(candidates)[2]


def _unlegacy(text: str, name: str) -> str:
    """Text typed in a legacy Vietnamese font encoding, read as Latin-1 letters ("Uû ban nh©n d©n"): TCVN3 is
    converted to Unicode; VNI, whose marks follow the letter, is reported (convert it with Unikey first)."""
    share = syllable_share(normalize(text))
    if share >= 0.8:
        return text
    converted = text.translate(_TCVN3)
    if syllable_share(normalize(converted)) >= max(0.5, share + 0.2):
        return converted
    words = text.split()
    if words and len(_VNI_MARKS.findall(text)) >= 0.1 * len(words):
        raise BadDocument(f"Tệp '{name}' dùng bảng mã cũ VNI (phông VNI-Times), không phải Unicode: hãy chuyển "
                          "sang Unicode (ví dụ Unikey, mục Công cụ chuyển mã) rồi nạp lại.")
    return text


def _printable(text: str) -> bool:
    return sum(not c.isprintable() and c not in "\n\r\t\f" for c in text) <= len(text) // 100


_READERS = {"docx": _read_docx, "doc": _read_doc, "html": _read_html, "txt": _decode_text, "md": _decode_text}


def _law_document(law: dict, path: Path) -> Document:
    """One law of an ALQAC-shaped file: "Điều {id}. {text}" per article, one Section per article body."""
    law_id, parts, sections, offset = law["id"], [], [], 0
    for article in law["articles"]:
        aid, body = str(article["id"]), normalize(article["text"])
        prefix = f"Điều {aid}." + (" " if body else "")
        start = offset + len(prefix)
        parts.append(prefix + body)
        first_line = body.split("\n", 1)[0]
        sections.append(Section(heading_path=(f"Điều {aid}. {first_line}".rstrip(),), start=start,
                                end=start + len(body), article=aid, label=f"Điều {aid}"))
        offset = start + len(body) + 2
    numbered, doc_type = is_law_id(law_id), law_type(law_id)
    header = Header(doc_number=law_id if numbered else None, title=None if numbered else law_id, doc_type=doc_type)
    digest = hashlib.sha256(json.dumps(law, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return Document(doc_id=law_id, source=str(path), fmt="json", text="\n\n".join(parts), content_hash=digest,
                    header=header, sections=tuple(sections))
