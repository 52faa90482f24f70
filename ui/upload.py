"""The "Tải văn bản" tab: upload several files, saved under INDEX_DIR/uploads with safe names and indexed one by
one, with a plain Vietnamese result per file and each step shown while it runs; the chat stays usable meanwhile
(the Assistant takes no lock for reads)."""
import html
from pathlib import Path

import gradio as gr

from assistant.api.uploads import safe_name, save
from assistant.audit import AuditLog, ingest_result
from corpus.errors import AssistantError, TooLarge

FILE_TYPES = [".pdf", ".docx", ".doc", ".html", ".htm", ".txt", ".md", ".json"]
INDEXED, SKIPPED, FAILED = "Đã lập chỉ mục", "Bỏ qua vì không đổi", "Lỗi"
STAGES = {"parse": "Đọc tệp", "ocr": "Nhận dạng chữ (OCR)", "embed": "Tính vectơ", "index": "Ghi chỉ mục"}


def ingest_one(assistant, audit: AuditLog, upload: Path, folder: Path, limit: int,
               progress=None) -> tuple[str, str, str]:
    """(file name, result, detail) for one uploaded file, audited as an ingestion by the UI (whose users hold an
    admin key, or none in open local mode); `progress(stage, done, total)` hears its steps."""
    name = upload.name
    try:
        name = safe_name(upload.name)
        if upload.stat().st_size > limit:
            raise TooLarge(f"Tệp vượt quá giới hạn {limit / 2**20:g} MB.")
        with upload.open("rb") as stream:
            saved = save(stream, name, folder, limit)
        report = assistant.ingest([saved], progress)
    except AssistantError as error:
        audit.write("ingest", "ui", "admin", files=[name], error=error.message)
        return name, FAILED, error.message
    audit.write("ingest", "ui", "admin", files=[name], **ingest_result(report))
    if report.failed:
        return name, FAILED, "; ".join(f.reason for f in report.failed)
    if report.indexed:
        read = " ".join(f"{d.doc_id}: {d.table_rows} dòng bảng, {d.obligations} nhiệm vụ, {d.ocr_pages} trang OCR."
                        + "".join(f" ⚠ {w}" for w in d.warnings) for d in report.documents)
        indexed = ", ".join(report.indexed)
        return name, INDEXED, f"{len(report.indexed)} văn bản, {report.chunks} đoạn: {indexed}. {read}"
    if report.skipped:
        return name, SKIPPED, "Văn bản này đã có trong chỉ mục với cùng nội dung."
    return name, FAILED, "Không đọc được văn bản nào từ tệp này."


def result_html(results: list[tuple[str, str, str]]) -> str:
    rows = "".join(f'<tr class="{"ok" if result == INDEXED else "skip" if result == SKIPPED else "fail"}">'
                   f"<td>{html.escape(name)}</td><td>{result}</td><td>{html.escape(detail)}</td></tr>"
                   for name, result, detail in results)
    return ('<table class="tlvb-results" id="upload-results"><thead><tr><th>Tệp</th><th>Kết quả</th><th>Chi tiết</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


def build(assistant, audit: AuditLog):
    """The tab; returns the upload's event, for the app to refresh its document lists after it."""
    settings = assistant.settings
    gr.Markdown(f"Tải lên một hoặc nhiều văn bản (PDF, DOCX, DOC, HTML, TXT, MD, JSON; tối đa "
                f"{settings.max_file_mb} MB mỗi tệp). Tệp được lưu trong thư mục chỉ mục và lập chỉ mục ngay; "
                "văn bản không đổi được bỏ qua, văn bản đã sửa được thay thế.")
    chosen = gr.File(label="Chọn tệp văn bản", file_count="multiple", file_types=FILE_TYPES, type="filepath",
                     elem_id="upload-files")
    start = gr.Button("Tải lên và lập chỉ mục", variant="primary", elem_id="upload-start")
    results = gr.HTML(elem_id="upload-output")

    def ingest(paths, progress=gr.Progress()):  # noqa: B008 (how Gradio passes a progress bar)
        if not paths:
            gr.Warning("Hãy chọn ít nhất một tệp.")
            return ""
        folder, limit = settings.index_dir / "uploads", settings.max_file_mb * 2**20
        done = []
        for number, path in enumerate(paths):
            name = f"{Path(path).name} ({number + 1}/{len(paths)})"

            def step(stage: str, count: int, total: int, number=number, name=name) -> None:
                share = count / total if total else 0
                progress((number + share) / len(paths), desc=f"{STAGES.get(stage, stage)}: {name}, {count}/{total}")
            progress(number / len(paths), desc=f"Đang lập chỉ mục {name}")
            done.append(ingest_one(assistant, audit, Path(path), folder, limit, step))
        progress(1.0, desc="Xong")
        return result_html(done)

    return start.click(ingest, [chosen], [results])
