"""The audit log: one record per ingestion or deletion (when, by which key and role, what, with what result, with
the groups in force afterwards), per read of a restricted document, and per refused attempt (401, 403, a refused
login to the web UI); kept in the state store (assistant.state) so that it survives restarts and every worker writes
to the same log."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from assistant.access import LOCAL, Principal
from assistant.state import SqliteState, StateStore
from index.ingest import IngestReport


def ingest_result(report: IngestReport) -> dict[str, Any]:
    """What an audit record keeps of an ingestion report (failed files by name)."""
    return {"indexed": report.indexed, "skipped": report.skipped, "removed": report.removed,
            "repaired": report.repaired, "failed": [Path(f.source).name for f in report.failed],
            "groups": report.groups}


class AuditLog:
    """Appends to the state store: the Assistant's (`state`), or the default one of the index folder `folder`;
    safe to share between threads and processes."""

    def __init__(self, folder: Path, state: StateStore | None = None):
        self.state = state if state is not None else SqliteState(Path(folder) / "state.sqlite")

    def write(self, action: str, key: str, role: str, **details: Any) -> None:
        record = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": action, "key": key,
                  "role": role, **details}
        self.state.add_record("audit", record)

    def refused(self, key: str, role: str, status: int, path: str, reason: str, client: str | None = None) -> None:
        """A refused attempt: 401 (no or wrong key: `key` is "?"), 403 (role too low), a refused UI login."""
        self.write("refused", key, role, status=status, path=path, reason=reason, client=client)

    def read_by(self, principal: Principal, path: str, doc_ids, groups_in_force) -> None:
        """Audit a read by `principal` that returned these documents, if any of them
        is restricted to groups (`groups_in_force(doc_ids)` is looked up only for a caller who may see restricted
        documents at all: an admin key, or a key with groups; never for the open local mode). The one rule for the
        API and the web UI."""
        doc_ids = sorted(set(doc_ids))
        if doc_ids and principal is not LOCAL and (principal.role == "admin" or principal.groups):
            self.reads(principal.name, principal.role, path,
                       {doc_id: list(groups) for doc_id, groups in groups_in_force(doc_ids).items()})

    def reads(self, key: str, role: str, path: str, documents: dict[str, list[str]]) -> None:
        """A read that returned restricted documents (doc_id → their groups); nothing is written for others."""
        restricted = {doc_id: groups for doc_id, groups in documents.items() if groups}
        if restricted:
            self.write("read", key, role, path=path, documents=restricted)

    def read(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest `limit` records, newest first."""
        return self.state.records("audit", limit)
