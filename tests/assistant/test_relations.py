"""Relations between indexed documents, resolved when read, and used in answers; the expected relations were
read by hand in the documents (Ninh Bình plans, the Prime Minister's coal directive, the Nghị quyết 57-NQ/TW
chain, and a joint circular on military income tax replaced by a later one)."""
import shutil
from datetime import date

import pytest

from assistant.core import OPERATOR, Assistant
from assistant.relations import superseded
from assistant.settings import Settings
from corpus.errors import NotFound
from index.records import Access, Filters
from tests.data import DATA, SAMPLES

ADMIN = Access.admin()

CHAIN = [SAMPLES / "ninhbinh" / "193.pdf", SAMPLES / "ninhbinh" / "196.pdf", SAMPLES / "chinhphu" / "30-ttg.signed.txt",
         SAMPLES / "nq57" / "NQ57_bangoc.md", SAMPLES / "nq57" / "NQCP03_NQ03.md", SAMPLES / "nq57" / "QH_CTHD.md",
         DATA / "tax_vbpl" / "markdown_docs" / "212_2013_TTLT-BTC-BQP.md"]
REPLACED = DATA / "tax_vbpl" / "markdown_docs" / "122_2008_TTLT-BTC-BQP.md"


@pytest.fixture(scope="module")
def linked(module_folder):
    """An index of the chain, where the replaced circular is indexed after the one replacing it."""
    folder, index = module_folder("chain"), module_folder("chain-index")
    for path in CHAIN:
        shutil.copy(path, folder / path.name)
        if path.with_name(path.name + ".meta.json").exists():
            shutil.copy(path.with_name(path.name + ".meta.json"), folder)
    with Assistant(Settings(index_dir=index)) as assistant:
        assert not assistant.ingest([folder]).failed
        assert assistant.relations("212_2013_TTLT-BTC-BQP", OPERATOR).outgoing  # a stub until the older one arrives
        shutil.copy(REPLACED, folder / REPLACED.name)
        assert assistant.ingest([folder]).indexed == ["122_2008_TTLT-BTC-BQP"]
    with Assistant(Settings(index_dir=index)) as assistant:
        yield assistant


def test_a_document_indexed_later_resolves_the_stub_and_is_marked_replaced(linked):
    newer = linked.relations("212_2013_TTLT-BTC-BQP", OPERATOR)
    replaced = {r.other.doc_number: r.other.doc_id for r in newer.outgoing if r.kind == "replaces"}
    assert replaced == {"122/2008/TTLT-BTC-BQP": "122_2008_TTLT-BTC-BQP", "19/2009/TTLT-BTC-BNV": None}
    older = linked.relations("122_2008_TTLT-BTC-BQP", OPERATOR)
    assert older.status == "replaced" and [d.doc_id for d in older.newer] == ["212_2013_TTLT-BTC-BQP"]
    assert "Thông tư liên tịch 212/2013/TTLT-BTC-BQP" in older.status_text
    assert newer.status == "current"


def test_the_party_resolution_is_implemented_by_the_government_and_the_national_assembly(linked):
    incoming = linked.relations("NQ57_bangoc", OPERATOR).incoming
    implementers = {r.other.doc_id for r in incoming if r.kind == "implements"}
    assert implementers == {"NQCP03_NQ03", "QH_CTHD"}
    assert ("can_cu", "NQCP03_NQ03") in {(r.kind, r.other.doc_id) for r in incoming}


def test_same_number_of_another_year_is_not_resolved(linked):
    """Kế hoạch 196 implements Chỉ thị 30/CT-TTg of 29/8/2024, not the indexed 30/CT-TTg of 06/10/2025."""
    [implemented] = [r for r in linked.relations("196", OPERATOR).outgoing if r.kind == "implements"]
    assert implemented.other.doc_id is None and implemented.other.issued_on == "2024-08-29"
    assert not any(r.other.doc_id == "196" for r in linked.relations("30-ttg.signed", OPERATOR).incoming)


def test_relations_are_read_through_the_filters(linked):
    assert {r.other.doc_id for r in linked.relations("NQ57_bangoc", Filters(doc_types=("Nghị quyết",), access=ADMIN)).incoming
            } == {"NQCP03_NQ03"}
    with pytest.raises(NotFound, match="Không có văn bản '193'"):
        linked.relations("193", Filters(doc_types=("Thông tư liên tịch",), access=ADMIN))


def test_which_plans_implement_a_directive_is_answered_with_the_citing_passage(linked):
    answer = linked.ask("Những kế hoạch nào triển khai Chỉ thị 20-CT/TU?", filters=OPERATOR)
    assert answer.intent == "relation" and answer.answerable
    assert "Kế hoạch 193/KH-UBND" in answer.text and [c.doc_id for c in answer.citations] == ["193"]
    assert "Triển khai thực hiện Chỉ thị số 20-CT/TU" in " ".join(answer.citations[0].quote.split())


def test_what_a_directive_replaces_is_answered_even_when_that_one_is_not_indexed(linked):
    answer = linked.ask("Chỉ thị 30/CT-TTg thay thế văn bản nào?", filters=OPERATOR)
    assert "Chỉ thị số 29/CT-TTg" in answer.text and "chưa có trong chỉ mục" in answer.text
    assert answer.citations[0].doc_id == "30-ttg.signed" and answer.citations[0].section == "Mục 10"


def test_an_answer_citing_a_replaced_circular_warns_and_names_the_newer_one(linked):
    answer = linked.ask("Theo Thông tư liên tịch 122/2008/TTLT-BTC-BQP, quân nhân khai thuế thu nhập cá nhân "
                        "theo hướng dẫn của thông tư nào?", filters=OPERATOR)
    assert "122_2008_TTLT-BTC-BQP" in {c.doc_id for c in answer.citations}
    assert any("đã được thay thế bởi Thông tư liên tịch 212/2013/TTLT-BTC-BQP" in w for w in answer.warnings)
    current = linked.ask("Những văn bản nào triển khai Nghị quyết 57-NQ/TW?", filters=OPERATOR)
    assert {c.doc_id for c in current.citations} == {"NQCP03_NQ03", "QH_CTHD"} and not current.warnings


def test_which_document_replaced_a_circular_is_answered_from_the_newer_one(linked):
    answer = linked.ask("Văn bản nào thay thế Thông tư liên tịch 122/2008/TTLT-BTC-BQP?", filters=OPERATOR)
    assert answer.text.splitlines()[1].startswith("- Thông tư liên tịch 212/2013/TTLT-BTC-BQP")
    # the newer one is said by what it is about too (its trích yếu), not only by its number
    assert ", trích yếu “" in answer.text.splitlines()[1]
    assert answer.citations[0].doc_id == "212_2013_TTLT-BTC-BQP"


def test_a_warning_names_the_newer_document_even_when_the_question_is_narrowed_to_the_older_one(linked):
    answer = linked.ask("Đối tượng áp dụng của Thông tư liên tịch 122/2008/TTLT-BTC-BQP là ai?",
                        filters=Filters(doc_ids=("122_2008_TTLT-BTC-BQP",), issued_to=date(2010, 1, 1), access=ADMIN))
    assert {c.doc_id for c in answer.citations} == {"122_2008_TTLT-BTC-BQP"}
    assert any("212/2013/TTLT-BTC-BQP" in w for w in answer.warnings)


def test_the_superseded_check_from_cited_numbers_agrees_with_reading_the_heads(linked):
    # the answer's check reads the heads only when some document refers to a cited number: the same notes either way,
    # on every document of the chain alone and all together (the replaced circular among them)
    store, wide = linked.store, OPERATOR.unnarrowed()
    heads = store.heads(filters=OPERATOR)
    numbers = {doc_id: (head.doc_number, head.doc_type) for doc_id, head in heads.items()}
    chunks = {doc_id: next(c for c in store.scroll(Filters(doc_ids=(doc_id,), access=ADMIN)) if c.ordinal > 0)
              for doc_id in heads}
    assert all((c.doc_number, c.doc_type) == numbers[doc_id] for doc_id, c in chunks.items())  # as a hit carries them
    for doc_ids in [[doc_id] for doc_id in heads] + [list(heads)]:
        notes = superseded(store, doc_ids, wide)
        assert superseded(store, doc_ids, wide, [numbers[d] for d in doc_ids]) == notes
    assert set(superseded(store, list(heads), wide, numbers.values())) == {"122_2008_TTLT-BTC-BQP"}
