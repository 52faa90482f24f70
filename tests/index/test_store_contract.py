"""Both store implementations honour the same contract (Qdrant Edge and qdrant-client local mode, which is the
same client code that talks to a Qdrant server when QDRANT_URL is set)."""
import uuid
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from index.edge_store import EdgeStore
from index.qdrant_store import QdrantStore
from index.records import Access, Filters, Point, Query
from index.sparse import BM25Encoder
from index.store import Fusion

ENCODER = BM25Encoder()
ADMIN = Access.admin()
EVERY = Filters(access=ADMIN)
DOCS = {
    "kh193": ("Kế hoạch", "2024-11-01", ["UBND tỉnh giao Sở Nông nghiệp chủ trì trồng cây xanh",
                                         "Báo cáo kết quả trước ngày 15 tháng 12 hằng năm"]),
    "ct30": ("Chỉ thị", "2025-10-06", ["Bộ Công Thương chủ trì kiểm soát kinh doanh than",
                                       "Các địa phương báo cáo định kỳ hằng quý"]),
}

AXES: dict[str, int] = {}  # text -> its one-hot axis, given in order of first use


def _points(doc_id, doc_type, issued_on, texts, content_hash="v1"):
    points = []
    for ordinal, text in enumerate(texts):
        dense = np.zeros(8, dtype=np.float32)
        dense[AXES.setdefault(text, len(AXES) % 8)] = 1.0  # one axis per text, the same in every process
        points.append(Point(str(uuid.uuid5(uuid.NAMESPACE_URL, f"{doc_id}/{ordinal}/{content_hash}")), dense,
                            ENCODER.encode_document(text),
                            {"doc_id": doc_id, "ordinal": ordinal, "chunk_id": f"{doc_id}-{ordinal}", "text": text,
                             "content_hash": content_hash, "doc_type": doc_type, "issued_on": issued_on,
                             "issuer": "UBND", "doc_number": doc_id.upper(),
                             "ref_keys": ["20/CT-TU"] if doc_id == "kh193" and ordinal == 0 else []}))
    return points


@pytest.fixture(params=["edge", "qdrant-local"])
def store(request, tmp_path):
    made = EdgeStore(tmp_path / "edge", 8) if request.param == "edge" else QdrantStore("t", 8, path=tmp_path / "q")
    for doc_id, (doc_type, issued_on, texts) in DOCS.items():
        made.upsert(_points(doc_id, doc_type, issued_on, texts))
    yield made
    made.close()


def test_heads_list_each_document_once(store):
    assert set(store.heads(filters=EVERY)) == {"kh193", "ct30"}
    assert store.count(EVERY) == 4
    assert [(d, p.ordinal) for d, p in store.heads(["ct30"], filters=EVERY).items()] == [("ct30", 0)]


def test_heads_pass_the_filters(store):
    assert set(store.heads(filters=Filters(doc_types=("Chỉ thị",), access=ADMIN))) == {"ct30"}
    assert set(store.heads(filters=Filters(ref_keys=("20/CT-TU",), access=ADMIN))) == {"kh193"}
    assert store.heads(["ct30"], filters=Filters(ref_keys=("20/CT-TU",), access=ADMIN)) == {}


def test_sparse_search_ranks_the_matching_passage_first(store):
    hits = store.search(None, ENCODER.encode_query("kinh doanh than"), 3, EVERY, Fusion())
    assert hits[0][0].chunk_id == "ct30-0"
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_hybrid_search_fuses_both_lists(store):
    dense = _points("ct30", "", "", DOCS["ct30"][2])[0].dense
    hits = store.search(dense, ENCODER.encode_query("kinh doanh than"), 2, EVERY, Fusion())
    assert hits[0][0].chunk_id == "ct30-0"


@pytest.mark.parametrize("filters, expected", [
    (Filters(doc_types=("Chỉ thị",), access=ADMIN), {"ct30"}),
    (Filters(doc_ids=("kh193", "ct30"), access=ADMIN), {"kh193", "ct30"}),
    (Filters(issued_from=date(2025, 1, 1), access=ADMIN), {"ct30"}),
    (Filters(issued_to=date(2024, 11, 1), access=ADMIN), {"kh193"}),
    (Filters(doc_numbers=("KH193",), access=ADMIN), {"kh193"}),
])
def test_payload_filters_restrict_results(store, filters, expected):
    hits = store.search(None, ENCODER.encode_query("chủ trì báo cáo"), 10, filters, Fusion())
    assert {p.doc_id for p, _ in hits} == expected


def test_delete_keeps_the_new_version_only(store):
    store.upsert(_points("kh193", "Kế hoạch", "2024-11-01", ["Phiên bản mới của kế hoạch"], content_hash="v2"))
    store.delete_document("kh193", keep_hash="v2")
    hits = store.search(None, ENCODER.encode_query("kế hoạch trồng cây xanh phiên bản mới"), 10,
                        Filters(doc_ids=("kh193",), access=ADMIN), Fusion())
    assert [p.text for p, _ in hits] == ["Phiên bản mới của kế hoạch"]
    store.delete_document("kh193")
    assert set(store.heads(filters=EVERY)) == {"ct30"}


def test_delete_keeps_the_points_of_the_new_pipeline_of_an_unchanged_file(store):
    # a file re-read by a new chunker: the same content hash, other passages (other chunk ids); the old ones go
    old = [replace(p, payload={**p.payload, "pipeline": 20}) for p in _points("kh193", "Kế hoạch", "2024-11-01",
                                                                            ["Bản cắt cũ của kế hoạch"] * 3)]
    store.upsert([replace(p, id=str(uuid.uuid5(uuid.NAMESPACE_URL, p.id + "/20"))) for p in old])
    new = [replace(p, payload={**p.payload, "pipeline": 21}) for p in _points(
        "kh193", "Kế hoạch", "2024-11-01", ["Đoạn mới của kế hoạch, cắt ở cuối đoạn văn"])]
    store.upsert(new)
    store.delete_document("kh193", keep_hash="v1", keep_pipeline=21)
    assert [p.text for p in store.scroll(Filters(doc_ids=("kh193",), access=ADMIN))] == [
        "Đoạn mới của kế hoạch, cắt ở cuối đoạn văn"]


def test_scroll_returns_every_point_that_passes_the_filters(store):
    assert len(list(store.scroll(EVERY))) == 4
    assert {p.chunk_id for p in store.scroll(Filters(doc_ids=("ct30",), access=ADMIN))} == {"ct30-0", "ct30-1"}


def test_obligation_fields_filter_by_agency_and_due_date(store):
    point = _points("kh196", "Kế hoạch", "2024-11-04", ["Sở Tài chính bố trí kinh phí trước ngày 30/6/2025"])[0]
    point.payload.update(lead_keys=["sở tài chính"], agency_keys=["sở tài chính", "sở nội vụ"], due=["2025-06-30"])
    store.upsert([point])
    by_lead = list(store.scroll(Filters(lead_keys=("sở tài chính",), access=ADMIN)))
    by_partner = list(store.scroll(Filters(agency_keys=("sở nội vụ",), access=ADMIN)))
    assert [p.doc_id for p in by_lead] == [p.doc_id for p in by_partner] == ["kh196"]
    assert [p.doc_id for p in store.scroll(Filters(due_to=date(2025, 6, 30), access=ADMIN))] == ["kh196"]
    assert list(store.scroll(Filters(due_to=date(2025, 6, 29), access=ADMIN))) == []


def test_edge_answers_searches_from_threads_while_another_thread_writes(tmp_path):
    """What the API relies on: reads take no lock while an ingestion writes (Qdrant Edge is thread-safe)."""
    import threading

    made, errors, done = EdgeStore(tmp_path / "edge", 8), [], threading.Event()
    made.upsert(_points("kh193", *DOCS["kh193"]))
    query = ENCODER.encode_query("trồng cây xanh")

    def write():
        try:
            for number in range(40):
                texts = [f"Văn bản {number} đoạn {k}: trồng cây xanh" for k in range(20)]
                made.upsert(_points(f"d{number}", "Kế hoạch", "2025-01-01", texts))
                if number % 2:
                    made.delete_document(f"d{number - 1}")
        except Exception as error:
            errors.append(error)
        finally:
            done.set()

    def read():
        while not done.is_set():
            try:
                assert made.search(None, query, 5, EVERY, Fusion())
                made.heads(filters=EVERY)
            except Exception as error:
                errors.append(error)
                return

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert set(made.heads(filters=EVERY)) == {"kh193"} | {f"d{n}" for n in range(1, 40, 2)}
    made.close()


@pytest.mark.parametrize("access, expected", [
    (Access.admin(), {"ct30", "mat", "noi-bo"}),  # the admin's, deliberately: every document
    (Access.anonymous(), {"ct30"}),  # no group: only documents without groups
    (Access.of(("tai-chinh",)), {"ct30", "mat"}),
    (Access.of(("khac", "noi-bo")), {"ct30", "noi-bo"}),
])
def test_group_filter_shows_unrestricted_documents_and_those_of_the_callers_groups(store, access, expected):
    store.delete_document("kh193")
    for doc_id, doc_groups in (("mat", ["tai-chinh", "lanh-dao"]), ("noi-bo", ["noi-bo"])):
        points = _points(doc_id, "Kế hoạch", "2025-01-02", ["Sở Tài chính chủ trì báo cáo mật"])
        points[0].payload["groups"] = doc_groups
        store.upsert(points)
    store.upsert([replace(p, payload={**p.payload, "groups": []})
                  for p in _points("ct30", *DOCS["ct30"])])  # an empty list is unrestricted too
    filters = Filters(access=access)
    hits = store.search(None, ENCODER.encode_query("chủ trì báo cáo"), 10, filters, Fusion())
    assert {p.doc_id for p, _ in hits} == expected
    visible = list(store.scroll(filters))
    assert {p.doc_id for p in visible} == expected
    assert store.count(filters) == len(visible)  # a count never includes what is hidden
    assert set(store.heads(filters=filters)) == expected
    assert set(store.heads(["mat", "noi-bo"], filters=filters)) == expected - {"ct30"}


def test_a_read_without_an_access_scope_is_refused(store):
    """Access is required at the store boundary: no read method reads every document by default; forgetting the
    scope fails where the call is written (TypeError), never silently as the admin's."""
    query = ENCODER.encode_query("chủ trì báo cáo")
    with pytest.raises(TypeError):
        Filters()  # no default scope
    with pytest.raises(TypeError):
        Filters(doc_types=("Chỉ thị",))
    with pytest.raises(TypeError, match="Access"):
        Filters(access=None)  # None is not "everything"
    with pytest.raises(TypeError, match="Access"):
        Filters(access=("tai-chinh",))  # groups are not a scope: Access.of(groups) is
    unscoped_reads = [
        lambda: store.heads(),
        lambda: store.heads(["ct30"]),
        lambda: store.heads(["ct30"], None),
        lambda: store.heads(filters=None),
        lambda: store.scroll(),
        lambda: list(store.scroll(None)),
        lambda: store.search(None, query, 10),
        lambda: store.search(None, query, 10, None, Fusion()),
        lambda: store.count(),
        lambda: store.count(None),
    ]
    for read in unscoped_reads:
        with pytest.raises(TypeError):
            read()
    assert store.count(EVERY) == 4  # the store is not empty: what refused was the missing scope


def test_the_access_scope_of_a_query_and_its_constructors():
    with pytest.raises(TypeError):
        Query("trồng cây xanh", 5, "sparse")  # a query carries its filters, so its scope
    assert Access.of(["b", "a", "b"]) == Access.of(("a", "b")) and not Access.of(("a",)).every
    assert Access.admin().every and Access.anonymous() == Access.of(()) == Access()
    assert Filters(doc_types=("Chỉ thị",), access=Access.of(("a",))).unnarrowed() == Filters(access=Access.of(("a",)))
    with pytest.raises(TypeError):
        Access.of("tai-chinh")  # a string is not a list of groups
