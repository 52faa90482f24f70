"""Command line: `python -m assistant ingest|search ...`; every error is one Vietnamese line and exit code 1."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from assistant.core import Assistant
from assistant.settings import Settings
from corpus.errors import AssistantError, BadInput, NotFound
from index.records import MODES, Filters, Hit, Query


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages are English; say it in Vietnamese first
        self.exit(2, f"Lỗi: tham số không hợp lệ ({message}).\n{self.format_usage()}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{text}' phải có dạng YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m assistant", description="Trợ lý Văn bản: hỏi đáp có trích dẫn trên văn bản chỉ đạo, điều hành.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ingest = commands.add_parser("ingest", help="Lập chỉ mục tệp và thư mục (đệ quy).")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--json", action="store_true", help="In kết quả dạng JSON.")

    search = commands.add_parser("search", help="Tìm đoạn văn bản liên quan đến câu hỏi.")
    search.add_argument("question", nargs="?", help="Câu hỏi.")
    search.add_argument("--queries", type=Path, help="Tệp JSONL, mỗi dòng {\"id\": ..., \"question\": ...}.")
    search.add_argument("--k", type=int, default=10, help="Số kết quả (mặc định 10).")
    search.add_argument("--mode", choices=MODES, default="hybrid", help="Kiểu tìm kiếm (mặc định hybrid).")
    search.add_argument("--json", action="store_true", help="In kết quả dạng JSON.")
    search.add_argument("--type", dest="doc_types", action="append", default=[], help="Lọc theo loại văn bản.")
    search.add_argument("--issuer", dest="issuers", action="append", default=[], help="Lọc theo cơ quan ban hành.")
    search.add_argument("--doc", dest="doc_ids", action="append", default=[], help="Lọc theo mã văn bản (doc_id).")
    search.add_argument("--number", dest="doc_numbers", action="append", default=[], help="Lọc theo số hiệu.")
    search.add_argument("--from", dest="issued_from", type=_date, help="Ban hành từ ngày (YYYY-MM-DD).")
    search.add_argument("--to", dest="issued_to", type=_date, help="Ban hành đến ngày (YYYY-MM-DD).")

    for sub in (ingest, search):
        sub.add_argument("--index", type=Path, help="Thư mục chỉ mục (mặc định: TLVB_INDEX_DIR hoặc data/index).")
    return parser


def _read_queries(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise NotFound(f"Không tìm thấy tệp câu hỏi '{path}'.")
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise BadInput(f"Dòng {number} của '{path}' không phải JSON hợp lệ.") from None
        if not isinstance(item, dict) or "id" not in item or not isinstance(item.get("question"), str):
            raise BadInput(f"Dòng {number} của '{path}' cần có \"id\" và \"question\" (chuỗi).")
        queries.append(item)
    return queries


def _print_hits(hits: list[Hit]) -> None:
    if not hits:
        print("Không tìm thấy đoạn văn bản nào phù hợp.")
    for rank, hit in enumerate(hits, 1):
        where = ", ".join(filter(None, (hit.doc_number or hit.doc_id, hit.section, f"trang {hit.page}" if hit.page else "")))
        print(f"[{rank}] {hit.score:.4f}  {where}\n    {hit.title or ''}\n    {' '.join(hit.text.split())[:300]}")


def _search(assistant: Assistant, args: argparse.Namespace) -> None:
    filters = Filters(tuple(args.doc_types), tuple(args.issuers), tuple(args.doc_ids), tuple(args.doc_numbers),
                      args.issued_from, args.issued_to)
    if args.queries:
        for item in _read_queries(args.queries):
            hits = assistant.search(Query(item["question"], args.k, args.mode, filters))
            print(json.dumps({"id": item["id"], "hits": [h.contract() for h in hits]}, ensure_ascii=False), flush=True)
        return
    if args.question is None:
        raise BadInput("Hãy nhập câu hỏi hoặc dùng --queries TỆP.jsonl.")
    hits = assistant.search(Query(args.question, args.k, args.mode, filters))
    if args.json:
        print(json.dumps({"question": args.question, "hits": [h.contract() for h in hits]}, ensure_ascii=False))
    else:
        _print_hits(hits)


def _ingest(assistant: Assistant, args: argparse.Namespace) -> None:
    report = assistant.ingest(args.paths)
    if args.json:
        print(json.dumps({"indexed": report.indexed, "chunks": report.chunks, "skipped": report.skipped,
                          "removed": report.removed,
                          "failed": [{"source": f.source, "reason": f.reason} for f in report.failed]},
                         ensure_ascii=False))
    else:
        print(report.summary())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings(index_dir=args.index) if args.index else Settings()
    try:
        with Assistant(settings, progress=sys.stderr.isatty()) as assistant:
            {"ingest": _ingest, "search": _search}[args.command](assistant, args)
    except AssistantError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return 1
    return 0
