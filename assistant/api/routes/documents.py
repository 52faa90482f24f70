"""GET /documents and /documents/{doc_id}: what is indexed (ids may contain '/', as law ids do); its text rebuilt
from the index, its relations to other documents, its original file and page images of a PDF (only from the file
an indexed document was read from, never a path given)."""
import mimetypes
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, PlainTextResponse, Response

from assistant.api.deps import AssistantDep, CallerDep, audit_reads
from assistant.api.files import disposition
from assistant.api.models import DocumentDetail, DocumentOut, RelationsOut
from assistant.passages import document_text
from corpus.errors import NotFound

router = APIRouter(tags=["văn bản"])


@router.get("/documents", response_model=list[DocumentOut])
def documents(assistant: AssistantDep, caller: CallerDep, request: Request):
    listed = assistant.documents(caller.filters())
    audit_reads(request, caller, [d.doc_id for d in listed])
    return [d.document_fields() for d in listed]


# Declared before /documents/{doc_id}, whose path parameter would otherwise take ".../text" as part of the id.
@router.get("/documents/{doc_id:path}/text", response_class=PlainTextResponse,
            responses={200: {"content": {"text/plain": {}}, "description": "The document's text as indexed."}})
def document_text_view(doc_id: str, assistant: AssistantDep, caller: CallerDep, request: Request):
    document = assistant.document(doc_id, caller.filters())
    audit_reads(request, caller, [doc_id])
    return PlainTextResponse(document_text(document.chunks),
                             headers={"Content-Disposition": disposition(f"{Path(doc_id).name}.txt", "inline")})


@router.get("/documents/{doc_id:path}/relations", response_model=RelationsOut)
def document_relations(doc_id: str, assistant: AssistantDep, caller: CallerDep, request: Request):
    found = assistant.relations(doc_id, caller.filters())
    audit_reads(request, caller, [doc_id, *(r.other.doc_id for r in (*found.outgoing, *found.incoming) if r.other.doc_id)])
    return found


@router.get("/documents/{doc_id:path}/pages/{page:int}.png", response_class=Response,
            responses={200: {"content": {"image/png": {}}, "description": "One page of the original PDF."}})
def document_page(doc_id: str, page: int, assistant: AssistantDep, caller: CallerDep, request: Request):
    """A page of the scanned original, shown beside the text OCR read from it."""
    image = assistant.page_image(doc_id, page, caller.filters())
    audit_reads(request, caller, [doc_id])
    return Response(image, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/documents/{doc_id:path}/source", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}, "description": "The original file."}})
def document_source(doc_id: str, assistant: AssistantDep, caller: CallerDep, request: Request):
    document = assistant.document(doc_id, caller.filters())
    audit_reads(request, caller, [doc_id])
    source = document.head.source
    path = Path(source) if source else None
    if path is None or not path.is_file():
        raise NotFound(f"Tệp gốc của văn bản '{doc_id}' không còn trên máy chủ.")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if media_type.startswith("text/") and _is_utf8(path):  # otherwise let the browser guess the encoding
        media_type += "; charset=utf-8"
    return FileResponse(path, media_type=media_type, headers={"Content-Disposition": disposition(path.name, "inline")})


def _is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@router.get("/documents/{doc_id:path}", response_model=DocumentDetail)
def document(doc_id: str, assistant: AssistantDep, caller: CallerDep, request: Request):
    found = assistant.document(doc_id, caller.filters())
    audit_reads(request, caller, [doc_id])
    return found.to_dict()
