"""The "Tải văn bản" tab: upload several files, saved under INDEX_DIR/uploads with safe names and indexed one by
one, with a plain Vietnamese result per file and each step shown while it runs; the chat stays usable meanwhile
(the Assistant takes no lock for reads)."""
import html
from pathlib import Path

import gradio as gr

from assistant.access import LOCAL, Principal
from assistant.public import parse_groups
from assistant.uploads import safe_name, save
from corpus.errors import AssistantError, TooLarge

FILE_TYPES = [".pdf", ".docx", ".doc", ".html", ".htm", ".txt", ".md", ".json"]
INDEXED, SKIPPED, FAILED = "Đã lập chỉ mục", "Bỏ qua vì không đổi", "Lỗi"
STAGES = {"parse": "Đọc tệp", "ocr": "Nhận dạng chữ (OCR)", "embed": "Tính vectơ", "index": "Ghi chỉ mục"}


def ingest_one(assistant, upload: Path, folder: Path, limit: int, progress=None, who: Principal = LOCAL,
               groups: tuple[str, ...] | None = None) -> tuple[str, str, str]:
    """(file name, result, detail) for one uploaded file, restricted to `groups` when given (else it keeps the
    groups in force for its doc_id), indexed and audited by the Assistant as an ingestion by `who`, the signed-in
    key (an admin, or the local admin in open local mode); `progress(stage, done, total)` hears its steps."""
    name = upload.name
    try:
        name = safe_name(upload.name)
        if upload.stat().st_size > limit:
            raise TooLarge(f"Tệp vượt quá giới hạn {limit / 2**20:g} MB.")
        with upload.open("rb") as stream:
            saved = save(stream, name, folder, limit)
    except AssistantError as error:
        assistant.audit_upload_failed(who, [name], groups, error.message)
        return name, FAILED, error.message
    try:
        report = assistant.ingest_upload([saved], who, groups, progress)
    except AssistantError as error:  # audited by the Assistant
        return name, FAILED, error.message
    if report.failed:
        return name, FAILED, "; ".join(f.reason for f in report.failed)
    restricted = sorted({g for doc_id in report.indexed + report.skipped for g in report.groups.get(doc_id, ())})
    readers = f" Nhóm được xem: {', '.join(restricted)}." if restricted else ""
    if report.indexed:
        read = " ".join(f"{d.doc_id}: {d.table_rows} dòng bảng, {d.obligations} nhiệm vụ, {d.ocr_pages} trang OCR."
                        + "".join(f" ⚠ {w}" for w in d.warnings) for d in report.documents)
        indexed = ", ".join(report.indexed)
        return name, INDEXED, f"{len(report.indexed)} văn bản, {report.chunks} đoạn: {indexed}.{readers} {read}"
    if report.skipped:
        return name, SKIPPED, f"Văn bản này đã có trong chỉ mục với cùng nội dung.{readers}"
    return name, FAILED, "Không đọc được văn bản nào từ tệp này."


def result_html(results: list[tuple[str, str, str]]) -> str:
    rows = "".join(f'<tr class="{"ok" if result == INDEXED else "skip" if result == SKIPPED else "fail"}">'
                   f"<td>{html.escape(name)}</td><td>{result}</td><td>{html.escape(detail)}</td></tr>"
                   for name, result, detail in results)
    return ('<table class="tlvb-results" id="upload-results"><thead><tr><th>Tệp</th><th>Kết quả</th><th>Chi tiết</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


def build(assistant, who=lambda request: LOCAL):
    """The tab; returns the upload's event, for the app to refresh its document lists after it. `who(request)` is
    the signed-in key, for the audit."""
    settings = assistant.settings
    gr.Markdown(f"Tải lên một hoặc nhiều văn bản (PDF, DOCX, DOC, HTML, TXT, MD, JSON; tối đa "
                f"{settings.max_file_mb} MB mỗi tệp). Tệp được lưu trong thư mục chỉ mục và lập chỉ mục ngay; "
                "văn bản không đổi được bỏ qua, văn bản đã sửa được thay thế.")
    chosen = gr.File(label="Chọn tệp văn bản", file_count="multiple", file_types=FILE_TYPES, type="filepath",
                     elem_id="upload-files")
    restrict = gr.Textbox(label="Nhóm được xem (cách nhau bởi dấu phẩy)", elem_id="upload-groups",
                          placeholder="Để trống: giữ nhóm đang áp dụng cho văn bản (văn bản mới: mọi người dùng)")
    public = gr.Checkbox(label="Mở cho mọi người dùng (bỏ giới hạn nhóm)", elem_id="upload-public")
    start = gr.Button("Tải lên và lập chỉ mục", variant="primary", elem_id="upload-start")
    results = gr.HTML(elem_id="upload-output")

    def ingest(paths, named: str, opened: bool, request: gr.Request,
               progress=gr.Progress()):  # noqa: B008 (how Gradio passes a progress bar)
        if not paths:
            gr.Warning("Hãy chọn ít nhất một tệp.")
            return ""
        try:
            groups = parse_groups(named or "", "ô nhóm") or None
        except AssistantError as error:
            gr.Warning(error.message)
            return ""
        if opened and groups:
            gr.Warning("Không thể vừa ghi nhóm vừa chọn mở cho mọi người dùng.")
            return ""
        groups, principal = () if opened else groups, who(request)
        if principal is None or not principal.may("admin"):
            gr.Warning("Chỉ khóa có vai trò quản trị được tải văn bản lên.")
            return ""
        folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
        done = []
        for number, path in enumerate(paths):
            name = f"{Path(path).name} ({number + 1}/{len(paths)})"

            def step(stage: str, count: int, total: int, number=number, name=name) -> None:
                share = count / total if total else 0
                progress((number + share) / len(paths), desc=f"{STAGES.get(stage, stage)}: {name}, {count}/{total}")
            progress(number / len(paths), desc=f"Đang lập chỉ mục {name}")
            done.append(ingest_one(assistant, Path(path), folder, limit, step, principal, groups))
        progress(1.0, desc="Xong")
        return result_html(done)

    return start.click(ingest, [chosen, restrict, public], [results])
