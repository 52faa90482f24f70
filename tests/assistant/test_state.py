"""The state store (assistant.state), on both back ends: SQLite beside the index and Qdrant collections without
vectors (through qdrant-client's local mode): turns come back as the same records, conversations expire by age
and count (never by reopening), jobs, records and rate-limit buckets survive a reopen."""
import dataclasses
import json
import time
from datetime import date

import pytest
from qdrant_client import QdrantClient

from assistant.access import Principal, RateLimiter
from assistant.api.jobs import Jobs
from assistant.audit import AuditLog
from assistant.records import Answer, Citation, Turn
from assistant.core import OPERATOR
from assistant.state import MAX_TURNS, Job, QdrantState, SqliteState, _plain, open_state, scope_key, to_json
from corpus.errors import RateLimited
from corpus.records import Deadline, Obligation, Span
from index.records import Access


def _turn(n: int) -> Turn:
    deadline = Deadline("date", "trước ngày 31/12/2026", "31/12/2026", date(2026, 12, 31), 5, 9)
    obligation = Obligation("193", "c1", f"Trồng cây xanh đợt {n}", ("Sở Nông nghiệp và Môi trường",), ("UBND huyện",),
                            "Báo cáo", deadline, Span(10, 90, 2))
    citation = Citation(1, "c1", "193", "193/KH-UBND", "Kế hoạch trồng cây", "Kế hoạch", "UBND tỉnh Ninh Bình",
                        "2024-05-02", "Mục II.2", None, 2, "Sở Nông nghiệp chủ trì", 10, 32, "193.pdf", 0.87)
    answer = Answer(f"Ai trồng cây đợt {n}?", "Sở Nông nghiệp và Môi trường chủ trì [1].", True, (citation,),
                    "who", f"Ai trồng cây đợt {n}?", obligations=(obligation,), support=0.8, conversation_id="c",
                    answer_id=f"a{n}", warnings=("Văn bản đã bị thay thế",))
    return Turn(f"Ai trồng cây đợt {n}?", answer)


def _open(kind: str, folder, **policy):
    if kind == "sqlite":
        return SqliteState(folder / "state.sqlite", **policy)
    return QdrantState(QdrantClient(path=str(folder / "qdrant")), "van_ban", **policy)


@pytest.fixture(params=["sqlite", "qdrant"])
def reopen(request, tmp_path):
    """Opens the store of one back end in tmp_path; each call closes the previous one first (a restart)."""
    opened = []

    def again(**policy):
        if opened:
            opened[-1].close()
            if request.param == "qdrant":
                opened[-1]._client.close()
        opened.append(_open(request.param, tmp_path, **policy))
        return opened[-1]
    yield again
    if opened:
        opened[-1].close()


def test_turns_come_back_equal_after_a_reopen(reopen):
    state = reopen()
    turns = [_turn(n) for n in range(3)]
    for turn in turns:
        state.add_turn("c", scope_key(Access.admin()), turn)
    state.add_turn("c", scope_key(Access.of(("so-tai-chinh",))), _turn(9))
    state = reopen()
    assert state.turns("c", scope_key(Access.admin())) == turns  # dates, tuples, nested records: equal, not just alike
    assert state.turns("c", scope_key(Access.of(("so-tai-chinh",)))) == [_turn(9)]  # another scope is another conversation
    assert state.turns("khac", scope_key(Access.admin())) == []


def test_a_conversation_keeps_its_last_turns_and_expires_by_age_then_by_count(reopen):
    state = reopen(ttl=3600, max_conversations=2)
    for n in range(MAX_TURNS + 3):
        state.add_turn("dai", "*", _turn(n))
    state.prune()
    assert [t.answer.answer_id for t in state.turns("dai", "*")] == [f"a{n}" for n in range(3, MAX_TURNS + 3)]
    for name in ("mot", "hai"):
        state.add_turn(name, "*", _turn(0))
    state.prune()  # three conversations, two kept: the least recently used ("dai") goes
    assert state.turns("dai", "*") == [] and state.turns("hai", "*") == [_turn(0)]
    state = reopen(ttl=3600, max_conversations=2)
    assert state.turns("mot", "*") == [_turn(0)]  # a reopen expires nothing
    state.prune(now=time.time() + 3601)
    assert state.turns("mot", "*") == [] and state.turns("hai", "*") == []


def test_jobs_feedback_audit_and_buckets_survive_a_reopen(reopen, tmp_path):
    state = reopen()
    state.put_job(Job("j1", "done", "done", 3, 3, {"indexed": ["193"]}, files=("/x/193.pdf",)))
    for n in range(3):
        AuditLog(tmp_path, state).write("ingest", "cli", "admin", files=[f"{n}.pdf"])
    state.add_record("feedback", {"answer_id": "a1", "rating": -1})
    limiter = RateLimiter(1.0, 2, state)
    reader = Principal("can-bo", "reader")
    limiter.take(reader), limiter.take(reader)
    state = reopen()
    assert state.job("j1").result == {"indexed": ["193"]} and state.job("j1").files == ("/x/193.pdf",)
    assert [r["files"] for r in AuditLog(tmp_path, state).read(2)] == [["2.pdf"], ["1.pdf"]]  # newest first
    assert state.records("feedback", 10) == [{"answer_id": "a1", "rating": -1}]
    with pytest.raises(RateLimited, match="can-bo"):  # the burst was spent before the restart
        RateLimiter(1.0, 2, state).take(reader)


def test_a_job_whose_process_is_gone_reads_interrupted_with_what_it_had_written(reopen):
    state = reopen()
    gone = Job("j2", "running", "embed", 1, 4, files=("/u/a.txt", "/u/b.txt"), owner="may-khac:1:x",
               updated=time.time() - 3600)
    state.put_job(gone)
    jobs = Jobs(lambda paths, progress: None, state, present=lambda ids: [i for i in ids if i == "a"])
    job = jobs.get("j2")
    assert (job.state, job.indexed) == ("interrupted", ("a",))
    assert "bị gián đoạn" in job.error and "a" in job.error
    fresh = Job("j3", "running", "embed", 1, 4, owner="may-khac:1:x", updated=time.time())
    state.put_job(fresh)
    assert jobs.get("j3").state == "running"  # another host's job with a recent heartbeat is still running
    jobs.close()


def test_feedback_and_audit_files_of_an_earlier_version_are_imported_once(tmp_path):
    (tmp_path / "audit.jsonl").write_text('{"action": "ingest", "key": "cli", "n": 1}\n'
                                         '{"action": "delete", "key": "cli", "n": 2}\n', encoding="utf-8")
    (tmp_path / "feedback.jsonl").write_text('{"answer_id": "a1", "rating": 1}\n', encoding="utf-8")
    for _ in range(2):  # a second start imports nothing twice
        state = open_state(tmp_path, None, None, "van_ban", 1, 10)
        assert [r["n"] for r in state.records("audit", 10)] == [2, 1]  # newest first, as written
        assert state.records("feedback", 10) == [{"answer_id": "a1", "rating": 1}]
        state.close()
    assert (tmp_path / "audit.jsonl.imported").is_file() and not (tmp_path / "audit.jsonl").exists()


def test_finished_jobs_beyond_the_kept_number_are_forgotten_oldest_first(tmp_path, monkeypatch):
    monkeypatch.setattr("assistant.state.KEPT_JOBS", 3)
    state = SqliteState(tmp_path / "state.sqlite")
    state.put_job(Job("chay", "running"))
    for n in range(5):
        state.put_job(Job(f"xong{n}", "done"))
    assert [state.job(f"xong{n}") is not None for n in range(5)] == [False, False, True, True, True]
    assert state.job("chay").state == "running"  # an unfinished job is never forgotten
    state.close()


def test_a_turn_is_written_as_asdict_wrote_it(assistant):
    # to_json walks the records itself (asdict deep-copies every leaf): the same JSON, dates included
    questions = ["Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?",
                 "Trung tâm dữ liệu quốc gia phải hoàn thành xây dựng và đưa vào khai thác, sử dụng khi nào?"]
    turns = [_turn(1)] + [Turn(q, assistant.ask(q, filters=OPERATOR)) for q in questions]
    assert any(o.deadline and o.deadline.due for t in turns[1:] for o in t.answer.obligations)
    for turn in turns:
        assert to_json(turn) == json.dumps(dataclasses.asdict(turn), ensure_ascii=False, default=_plain)
