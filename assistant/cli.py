"""Command line: `python -m assistant ingest|search|ask|relations|serve ...`; an error is one Vietnamese line and
exit 1."""
from __future__ import annotations

import argparse
import ipaddress
import json
from dataclasses import asdict
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from assistant import backup as backups
from assistant.access import KeyRing
from assistant.audit import AuditLog, ingest_result
from assistant.core import OPERATOR, Assistant
from assistant.public import MODES, Filters, Hit, Query, parse_date
from assistant.relations import KIND_WORDS
from assistant.remote import SERVER_FILE, Remote, running_server
from assistant.settings import Settings
from corpus.errors import AssistantError, BadInput, IndexBusy, NotFound

REMOTE_COMMANDS = ("search", "ask")  # go through the running server's API when it owns the index


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages are English; say it in Vietnamese first
        self.exit(2, f"Lỗi: tham số không hợp lệ ({message}).\n{self.format_usage()}")


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{text}' phải có dạng ngày/tháng/năm (31/12/2025) "
                                         "hoặc YYYY-MM-DD") from None


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

    ask = commands.add_parser("ask", help="Hỏi và nhận câu trả lời có trích dẫn.")
    ask.add_argument("question", help="Câu hỏi.")
    ask.add_argument("--json", action="store_true", help="In câu trả lời dạng JSON.")

    relations = commands.add_parser("relations", help="Các văn bản liên quan của một văn bản (căn cứ, triển khai, "
                                                        "thay thế, sửa đổi, bãi bỏ).")
    relations.add_argument("doc_id", help="Mã văn bản (doc_id).")
    relations.add_argument("--json", action="store_true", help="In kết quả dạng JSON.")

    serve = commands.add_parser("serve", help="Chạy giao diện web (/) và API HTTP (/api/v1) trên chỉ mục.")
    serve.add_argument("--host", default="127.0.0.1", help="Địa chỉ lắng nghe (mặc định 127.0.0.1).")
    serve.add_argument("--port", type=int, default=8000, help="Cổng (mặc định 8000).")
    serve.add_argument("--allow-open", action="store_true",
                       help="Cho phép phục vụ ngoài máy này (--host khác 127.0.0.1) khi chưa cấu hình khóa API: mọi "
                            "người truy cập được đều là quản trị.")

    backup = commands.add_parser("backup", help="Sao lưu chỉ mục và trạng thái (hội thoại, tác vụ, phản hồi, nhật ký) "
                                                 "vào THƯ_MỤC, kể cả khi máy chủ đang phục vụ.")
    backup.add_argument("folder", type=Path, metavar="THƯ_MỤC")
    backup.add_argument("--api-key", help="Khóa quản trị, khi máy chủ đang giữ chỉ mục và yêu cầu khóa.")
    restore = commands.add_parser("restore", help="Khôi phục chỉ mục và trạng thái từ bản sao lưu THƯ_MỤC "
                                                  "(máy chủ phải dừng; thư mục cũ được giữ lại bên cạnh).")
    restore.add_argument("folder", type=Path, metavar="THƯ_MỤC")

    for sub in (search, ask):
        sub.add_argument("--type", dest="doc_types", action="append", default=[], help="Lọc theo loại văn bản.")
        sub.add_argument("--issuer", dest="issuers", action="append", default=[], help="Lọc theo cơ quan ban hành.")
        sub.add_argument("--doc", dest="doc_ids", action="append", default=[], help="Lọc theo mã văn bản (doc_id).")
        sub.add_argument("--number", dest="doc_numbers", action="append", default=[], help="Lọc theo số hiệu.")
        sub.add_argument("--from", dest="issued_from", type=_date, help="Ban hành từ ngày (31/12/2025).")
        sub.add_argument("--to", dest="issued_to", type=_date, help="Ban hành đến ngày (31/12/2025).")
        sub.add_argument("--server", metavar="URL", help="Hỏi qua API của máy chủ đang chạy (mặc định: máy chủ đang "
                                                         "giữ chỉ mục, nếu có).")
        sub.add_argument("--api-key", help="Khóa API gửi tới máy chủ khi máy chủ yêu cầu khóa.")
    for sub in (ingest, search, ask, relations, serve, backup, restore):
        sub.add_argument("--index", type=Path, help="Thư mục chỉ mục (mặc định: TLVB_INDEX_DIR hoặc data/index).")
    return parser


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(doc_types=tuple(args.doc_types), issuers=tuple(args.issuers), doc_ids=tuple(args.doc_ids),
                   doc_numbers=tuple(args.doc_numbers), issued_from=args.issued_from, issued_to=args.issued_to,
                   access=OPERATOR.access)  # the local operator's: every document (a --server call: the key's)


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


def _search(assistant: Assistant | Remote, args: argparse.Namespace) -> None:
    filters = _filters(args)
    if args.queries:
        for item in _read_queries(args.queries):
            hits = assistant.search(Query(item["question"], args.k, args.mode, filters=filters))
            print(json.dumps({"id": item["id"], "hits": [h.contract() for h in hits]}, ensure_ascii=False), flush=True)
        return
    if args.question is None:
        raise BadInput("Hãy nhập câu hỏi hoặc dùng --queries TỆP.jsonl.")
    hits = assistant.search(Query(args.question, args.k, args.mode, filters=filters))
    if args.json:
        print(json.dumps({"question": args.question, "hits": [h.contract() for h in hits]}, ensure_ascii=False))
    else:
        _print_hits(hits)


def _ingest(assistant: Assistant, args: argparse.Namespace) -> None:
    report = assistant.ingest(args.paths)
    AuditLog(assistant.settings.index_dir, assistant.state).write("ingest", "cli", "admin",
                                                                  files=[str(p) for p in args.paths],
                                                                  **ingest_result(report))
    if args.json:
        print(json.dumps({"indexed": report.indexed, "chunks": report.chunks, "skipped": report.skipped,
                          "removed": report.removed,
                          "failed": [{"source": f.source, "reason": f.reason} for f in report.failed],
                          "documents": [asdict(d) for d in report.documents]},
                         ensure_ascii=False))
    else:
        print(report.summary())


def _ask(assistant: Assistant | Remote, args: argparse.Namespace) -> None:
    if isinstance(assistant, Remote):
        answer = assistant.ask(args.question, _filters(args))  # the same dict, from the server's API
    else:
        answer = assistant.ask(args.question, filters=_filters(args)).to_dict()
    if args.json:  # "answer" is the contract's name for the answer's text
        print(json.dumps({"answer": answer["text"], **answer}, ensure_ascii=False, default=str))
        return
    print(answer["text"])
    for note in answer["warnings"]:
        print(f"\n⚠ {note}")
    if answer["citations"]:
        print("\nNguồn:")
    for citation in answer["citations"]:
        quote = citation.get("display") or " ".join(citation["quote"].split())
        print(f"[{citation['number']}] {citation['label']}\n    “{quote[:200]}{'…' if len(quote) > 200 else ''}”")


def _relations(assistant: Assistant, args: argparse.Namespace) -> None:
    found = assistant.relations(args.doc_id, OPERATOR)
    if args.json:
        print(json.dumps(found.to_dict(), ensure_ascii=False))
        return
    print(f"{found.document.label}: {found.status_text}")
    for relation in (*found.outgoing, *found.incoming):
        other = relation.other.label + ("" if relation.other.doc_id else " (chưa có trong chỉ mục)")
        arrow = f"{KIND_WORDS[relation.kind]} {other}" if relation.direction == "out" else \
            f"được {other} {KIND_WORDS[relation.kind]}"
        print(f"- {arrow}\n    “{' '.join(relation.quote.split())[:200]}”")


def _serve(assistant: Assistant, args: argparse.Namespace) -> None:
    import uvicorn

    from assistant.api import PREFIX, create_site

    # An empty or bad key configuration refuses to start here (BadInput), before the model loads.
    if KeyRing.from_settings(assistant.settings).open and not _loopback(args.host):
        if not args.allow_open:
            raise BadInput(f"Từ chối phục vụ tại {args.host}: chưa cấu hình khóa API (TLVB_API_KEYS hoặc "
                           "TLVB_API_KEYS_FILE), nên mọi người truy cập được đều có quyền quản trị (xem, tải lên, xóa "
                           "mọi văn bản). Hãy cấu hình khóa, hoặc chạy với --host 127.0.0.1, hoặc thêm --allow-open "
                           "nếu thật sự muốn mở.")
        print(f"CẢNH BÁO: đang phục vụ tại {args.host} ở chế độ mở, KHÔNG có khóa API: mọi người truy cập được đều "
              "có quyền quản trị (xem, tải lên, xóa mọi văn bản, kể cả văn bản giới hạn nhóm).", file=sys.stderr,
              flush=True)
    try:
        count = len(assistant.documents(OPERATOR))  # opens the store now: a busy index fails here, not on a request
        print(f"Chỉ mục '{assistant.settings.index_dir}': {count} văn bản.", flush=True)
    except NotFound:
        print(f"Chưa có chỉ mục tại '{assistant.settings.index_dir}'; tải văn bản lên qua POST {PREFIX}/ingest.",
              flush=True)
    _ = assistant.embedder  # loaded now, not on the first question
    _ = assistant._phraser  # likewise the LLM client (llama-index, seconds to import), when an LLM is configured

    marker = assistant.settings.index_dir / SERVER_FILE

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets)
            if self.started:
                port = self.servers[0].sockets[0].getsockname()[1] if self.servers else args.port
                url = f"http://{args.host}:{port}"
                if marker.parent.is_dir():
                    marker.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
                print(f"Trợ lý Văn bản đang phục vụ tại {url}/ (giao diện web) và "
                      f"{url}{PREFIX} (API; lược đồ OpenAPI: {PREFIX}/openapi.json); "
                      "nhấn Ctrl+C để dừng.", flush=True)

        async def shutdown(self, sockets=None) -> None:  # before uvicorn re-raises the signal that stopped it
            marker.unlink(missing_ok=True)
            await super().shutdown(sockets)

    app = create_site(assistant, assistant.settings)
    Server(uvicorn.Config(app, host=args.host, port=args.port)).run()


def _loopback(host: str) -> bool:
    """Whether `host` only listens on this machine."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _backup(assistant: Assistant, args: argparse.Namespace) -> None:
    """In this process when the index is free; else by the server that holds it (POST /api/v1/backup), then
    copied from the server's backup folder into THƯ_MỤC."""
    try:
        made = backups.backup(assistant, args.folder)
    except IndexBusy:
        made = _backup_by_server(assistant.settings.index_dir, args.folder, args.api_key)
    print(f"Đã sao lưu {made['documents']} văn bản ({made['points']} đoạn) và trạng thái vào '{args.folder}'.")


def _backup_by_server(index_dir: Path, folder: Path, api_key: str | None) -> dict[str, Any]:
    import shutil

    import httpx

    try:
        url = json.loads((index_dir / SERVER_FILE).read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError, TypeError):
        raise IndexBusy(f"Chỉ mục '{index_dir}' đang được một tiến trình khác mở.") from None
    headers = {"X-API-Key": api_key} if api_key else {}
    try:
        response = httpx.post(f"{url}/api/v1/backup", headers=headers, timeout=3600)
    except httpx.HTTPError as error:
        raise IndexBusy(f"Máy chủ {url} giữ chỉ mục nhưng không trả lời ({error}).") from None
    if response.status_code != 201:
        message = response.json().get("error", {}).get("message", response.text)
        raise BadInput(f"Máy chủ {url} không sao lưu được: {message}")
    made = response.json()
    if Path(made["path"]).resolve() != folder.resolve():
        if folder.exists() and any(folder.iterdir()):
            raise BadInput(f"Thư mục sao lưu '{folder}' đã có dữ liệu; bản sao lưu nằm tại '{made['path']}'.")
        shutil.copytree(made["path"], folder, dirs_exist_ok=True)
    return made


def _restore(assistant: Assistant, args: argparse.Namespace) -> None:
    done = backups.restore(args.folder, assistant.settings.index_dir, assistant.settings.state_path)
    kept = f"; thư mục cũ được giữ tại '{done['previous']}'" if done["previous"] else ""
    print(f"Đã khôi phục {done['documents']} văn bản ({done['points']} đoạn) từ bản sao lưu ngày {done['created']} "
          f"vào '{done['restored_to']}'{kept}.")


def busy_hint(index_dir: Path) -> str:
    """What to do when another process holds the index: the running server (if it said where) ingests."""
    try:
        url = json.loads((index_dir / SERVER_FILE).read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError, TypeError):
        return (" Chỉ mục nhúng chỉ cho một tiến trình mở: hãy dừng tiến trình kia, hoặc lập chỉ mục qua máy chủ "
                "đang chạy (tab \"Tải văn bản\" hoặc POST /api/v1/ingest).")
    return (f" Máy chủ đang chạy tại {url} giữ chỉ mục này; hãy lập chỉ mục qua máy chủ: tab \"Tải văn bản\" ở "
            f"{url}/ hoặc: curl -F files=@TỆP '{url}/api/v1/ingest?background=true' "
            f"(theo dõi tiến độ tại {url}/api/v1/jobs/MÃ_TÁC_VỤ).")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings(index_dir=args.index) if args.index else Settings()
    try:
        url = (args.server or running_server(settings.index_dir)) if args.command in REMOTE_COMMANDS else None
        with Remote(url, args.api_key) if url else Assistant(settings, progress=sys.stderr.isatty()) as assistant:
            commands = {"ingest": _ingest, "search": _search, "ask": _ask, "relations": _relations, "serve": _serve,
                        "backup": _backup, "restore": _restore}
            commands[args.command](assistant, args)
    except IndexBusy as error:
        print(f"Lỗi: {error.message}{busy_hint(settings.index_dir)}", file=sys.stderr)
        return 1
    except AssistantError as error:
        print(f"Lỗi: {error.message}", file=sys.stderr)
        return 1
    return 0
