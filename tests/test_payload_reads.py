"""Above index/, stored data travels as records (index.records.StoredChunk, DocumentHead, StoredReference,
DocumentText), never as payload dicts read by string key: a renamed field fails at import or in a test, not in a
user's face. This is the issue's grep, with the reads it still finds listed and justified: each reads JSON that is
not a store payload (an answer's or a quiz's JSON, a users file, a sidecar, a data set, a server's reply)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("chunk_id|doc_id|ordinal|text|heading_path|article|section|table_header|page|start|end|ocr_confidence|"
          "source|fmt|content_hash|doc_number|doc_serial|doc_type|issuer|issued_on|title|signer|place|groups|"
          "references|ref_keys|obligations|lead_keys|agency_keys|due|pipeline")
PAYLOAD_READ = re.compile(rf'\["({FIELDS})"\]|\.get\("({FIELDS})"')
NOT_PAYLOADS = {  # path → why its reads by key are of JSON, not of a stored payload
    "assistant/cli.py": "Answer.to_dict() or the server's JSON answer (Remote), printed as the CLI contract",
    "assistant/api/routes/chat.py": "the OpenAI-compatible request messages and Answer.to_dict()",
    "assistant/api/routes/ingest.py": "the JSON response of an ingest report (asdict)",
    "assistant/uploads.py": "an upload's sidecar .meta.json",
    "assistant/access.py": "the users file (JSON)",
    "assistant/quiz_export.py": "a quiz's own JSON (to_json/from_json)",
    "ui/render.py": "Answer.to_dict() kept in the chat's state",
    "evals/alqac.py": "the ALQAC question file",
    "evals/load.py": "the server's JSON answer",
}


def test_no_payload_dict_is_read_by_string_key_above_the_index():
    found = []
    for folder in ("assistant", "ui", "evals"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in NOT_PAYLOADS:
                continue
            found += [f"{name}:{n}: {line.strip()}" for n, line in enumerate(path.read_text().splitlines(), 1)
                      if PAYLOAD_READ.search(line)]
    assert found == []


def test_the_files_excused_still_exist():
    assert all((ROOT / name).is_file() for name in NOT_PAYLOADS)
