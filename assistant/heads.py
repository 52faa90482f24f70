"""Answers from a document's head: issuer, date, title, signer, effective date, the documents it implements or is
based on, and the relations between documents."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Collection, Sequence

from assistant.draft import Draft, hit_label, hit_sentences, join_names, joined_hits, quote_line
from assistant.intent import HEAD_SLOTS, Intent, content_words, dated_documents, issued_period
from assistant.relations import KIND_WORDS, citing, describe, indexed, refers_to, resolve_references, target_keys
from assistant.rows import TASKS_LISTED
from corpus.agencies import agency_names, issued_by, same_agency
from corpus.relations import KINDS, is_legal_basis
from corpus.display import vn_date as _date
from corpus.headers import (AMENDED_BY, CONSOLIDATED_FROM, CONSOLIDATED_LIST_END, Signature, addressees, joint_signatures, recipients_span,
                            signature_span, signing_stamp)
from corpus.text import clean_display
from corpus.vn import TYPES, display_number, fold, mentions_number, number_key, parse_date
from index.records import DocumentHead, Filters, Hit, Query, StoredChunk, StoredReference
from index.search import Searcher

# "có hiệu lực từ …", and the older wordings "Quyết định này được áp dụng kể từ ngày 01-01-1999", "Cách lập dự toán …
# theo hướng dẫn trên đây áp dụng thống nhất trong cả nước từ ngày 01/01/1999" (Thông tư 01/1999/TT-BXD, which states
# no other start)
_COUNTRYWIDE = r"áp dụng thống nhất trong (?:cả|toàn) nước"
# "Thông tư này áp dụng đối với các tờ khai hải quan kể từ ngày 01/01/1998" (Thông tư 35/1998/TT-BTC, which states no
# other start): what it applies to may stand between "áp dụng" and "từ"
_APPLIES = r"(?:được )?áp dụng(?: đối với [^.;:]{1,80}?)?"
_EFFECTIVE = re.compile(r"\b(?:có hiệu lực|hiệu lực thi hành|hiệu lực (?:kể )?từ|" rf"này {_APPLIES} (?:kể )?từ|"
                        rf"{_COUNTRYWIDE} (?:kể )?từ)\b", re.I)
# "này" also as OCR reads it without its mark: "Nghị định nay có hiệu lực thi hành ké từ ngày 08 tháng 4 năm 2016"
# (after a type word "nay" is no adverb: "Nay quyết định" opens a sentence, it never follows the type).
_SELF_EFFECTIVE = re.compile(r"(?:^|[.:]\s*)\W*(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Luật|Quy chế|Quy định|Kế hoạch|"
                             r"Công văn|văn bản) n[àa]y (?:có hiệu lực|(?:được )?áp dụng)\b", re.I)
# The subject of an effective-date sentence, when it is a document: "Luật Thuế thu nhập cá nhân đã được Quốc hội …
# thông qua … và có hiệu lực thi hành kể từ ngày 01/01/2009" (in a directive carrying that law out) says when that law
# takes effect; "Quyết định này …", "Thông tư có hiệu lực …" are the document's own.
_SUBJECT_DOCUMENT = re.compile(r"\b(Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết)\b", re.I)
_ITSELF = re.compile(r"\s+(?:này|có|được|sẽ)\b", re.I)
_WHEN = re.compile(r"\b(?:từ ngày|kể từ|ngày \d|\d{1,2}/\d{1,2}/\d{4}|ngày ký)\b", re.I)
_DATED = re.compile(r"\d{1,2}\s*(?:/|-|tháng)\s*\d{1,2}\s*(?:/|-|năm)\s*\d{4}")
_IMPLEMENTS_TITLE = re.compile(r"\b(?:triển khai|thực hiện|cụ thể hóa)\b.*\b(?:Chỉ thị|Nghị quyết|Kết luận|Quyết định|"
                               r"Kế hoạch|Nghị định|Luật|Chương trình|Thông báo|Công điện|Đề án)\b", re.I)


def by_title(hits: Sequence[Hit], intent: Intent) -> list[Hit]:
    """The hits with the document the question describes first, when it names none by number: of the documents
    of the type it names ("Công điện của Thủ tướng về …"), the one issued by most of the bodies it names ("Thông tư
    liên tịch … của Bộ Tài chính và Bộ Công an"), then the one whose title covers most of its topic words, then
    whose title says least beyond them ("chủ động ứng phó bão số 11" before "… nguy cơ mưa lũ, lũ ống, … do ảnh
    hưởng của bão số 11"). The best-ranked document stays first unless another's title fits strictly better."""
    if not hits or not intent.topic:
        return list(hits)

    def fit(hit: Hit) -> tuple[bool, int, float, float]:
        title = content_words(hit.title or "")
        typed = not intent.types_named or hit.doc_type in intent.types_named
        covered = len(intent.topic & title)
        # the bodies the question names that issued it: each ministry of a joint issuer ("Bộ Tài chính - Bộ Công an")
        issuers = agency_names(hit.issuer or "")
        issued = sum(any(same_agency(name, issuer) for issuer in issuers) for name in intent.agencies)
        return typed, issued, covered / len(intent.topic), covered / len(title) if title else 0.0

    best = max(hits, key=fit)  # max keeps the first of equals: the best-ranked
    if best.doc_id == hits[0].doc_id or fit(best) <= fit(hits[0]):
        return list(hits)
    return [h for h in hits if h.doc_id == best.doc_id] + [h for h in hits if h.doc_id != best.doc_id]


def _head(searcher: Searcher, hit: Hit, filters: Filters) -> tuple[DocumentHead, Hit]:
    first = searcher.store.heads((hit.doc_id,), filters=Filters(access=filters.access))[hit.doc_id]
    return first, Hit.of(first, hit.score)


def compose_metadata(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters) -> bool:
    """Facts of the top document's head (issuer, date, title, signer), or the one slot asked: signer, issue date,
    effective date, implemented document, legal basis. False when the document does not state the slot asked,
    which the answer then says."""
    first, head = _head(searcher, draft.hits[0], filters)
    label = hit_label(head)
    slot = intent.slot if len([s for s in intent.slots if s in HEAD_SLOTS]) <= 1 else "metadata"
    if (listed := _only_amending(searcher, first, intent.doc_number, filters)) is not None:
        if slot == "effective" and _compose_listed_effective(draft, searcher, first, label, listed, filters):
            return True
        # a number of an amending document taken for the consolidated text that lists it: its head is another's
        draft.lines.append(f"Chỉ mục không có {reference_name(listed)}; {label} (văn bản hợp nhất) chỉ nêu văn bản "
                           f"này là văn bản sửa đổi, bổ sung: “{' '.join(listed.quote.split())}” "
                           f"{draft.cite(_reference_hit(first, listed))}.")
        return False
    # a consolidated text asked its signing date by its own number, whose opening shows it one: its signing stamp
    stamped = slot == "issue_date" and _consolidation_number(intent.doc_number) and bool(head.issued_on) \
        and _consolidates(searcher, first, filters)
    if slot == "issue_date" and _reproduced_head(intent.doc_number, first.doc_number) and not stamped:
        # "Văn bản hợp nhất 40/VBHN-BTC … được ký ngày nào?": the head read is the reproduced Thông tư's, its date not
        # the consolidation's (one whose opening shows it a consolidation is answered from its signing stamp below)
        draft.lines.append(f"{label} trong chỉ mục là văn bản hợp nhất; ngày ban hành đọc được là của {label} "
                           f"({_date(head.issued_on) if head.issued_on else 'không rõ'}), chưa xác định được ngày ký văn "
                           f"bản hợp nhất {intent.doc_number} từ văn bản đã lập chỉ mục {draft.cite(head)}.")
        return False
    missing = {"signer": (not first.signer, "tên người ký"), "issue_date": (not head.issued_on, "ngày ban hành"),
               "issuer": (not head.issuer, "cơ quan ban hành"), "place": (not first.place, "địa danh ban hành"),
               # a draft or a copy whose number is left blank ("Số:       /2025/TT-BTC"): no number is the answer
               "number": (not first.doc_number, "số hiệu")}
    if slot in missing:  # the head's facts answer it, or say what the head does give
        empty, what = missing[slot]
        if empty:
            draft.lines.append(f"{label} không ghi {what} trong văn bản đã lập chỉ mục.")
        joint = _joint_signatures(searcher, first, filters) if slot == "signer" and not empty else []
        if slot == "signer" and not empty and not joint and intent.signer_title_asked and not first.signer_title:
            # "Người ký … giữ chức vụ gì?" of a signature that names only the person ("Phạm Văn Trọng (Đã ký)")
            draft.lines.append(f"{label} ghi người ký là {first.signer} nhưng không ghi chức vụ của người ký trong "
                               f"văn bản đã lập chỉ mục.")
            return False
        if joint:  # signed side by side by several bodies (a Thông tư liên tịch): each block, or the one asked
            return _compose_joint(draft, label, joint, intent.signed_for)
        signed = _signature(searcher, first, filters) if slot == "signer" and not empty else None
        if stamped:
            return _compose_consolidation_date(draft, searcher, first, head, filters)
        if slot == "place" and not empty:  # the place before the date line: "Hà Nội, ngày 02 tháng 02 năm 2009"
            day = f", ngày {_date(head.issued_on)}" if head.issued_on else ""
            draft.lines.append(f"{label} được ký tại {first.place}{day} {draft.cite(head)}.")
            return True
        if signed and _authenticated(searcher, first, filters, signed):  # a consolidated text: its signer vouched
            draft.lines.append(f"{label} trong chỉ mục là văn bản hợp nhất: {signer_words(first)} ký xác thực văn bản "
                               f"hợp nhất {draft.cite(*signed)}; văn bản hợp nhất không ghi người ký {label} gốc.")
            return True
        if signed:  # the signature block says who signed, with the title: cite it, not the head
            draft.lines.append(f"{label} do {signer_words(first)} ký {draft.cite(*signed)}.")
            return True
        authenticated = _authenticated(searcher, first, filters, signed)
        _head_facts(draft, first, head, authenticated, joint=_joint_signatures(searcher, first, filters) if first.signer
                    else (), authenticated=authenticated is not None)
        return not empty
    if slot == "recipients":
        return _compose_recipients(draft, searcher, head, filters)
    if slot == "proposer":
        return _compose_proposer(draft, searcher, head, filters, intent.topic, intent.agencies)
    if slot == "title" and head.title:
        draft.lines.append(f"{label} có trích yếu: “{clean_display(head.title)}” {draft.cite(head)}.")
        return True
    if not (head.issuer or head.issued_on or head.title or first.signer):
        # a head nothing was read from (a draft with no number yet, a PDF whose font map garbles the text): there is
        # no fact to state, and a bare label is no answer
        draft.lines.append(f"{label} không ghi rõ cơ quan ban hành, ngày ban hành, trích yếu hay người ký trong văn "
                           f"bản đã lập chỉ mục.")
        return False
    if slot == "title":
        # "Văn bản này quy định về việc gì?" with no trích yếu read: the other facts of the head are not what it is
        # about
        draft.lines.append(f"{label} không ghi trích yếu trong văn bản đã lập chỉ mục.")
        authenticated = _authenticated(searcher, first, filters)
        _head_facts(draft, first, head, authenticated, authenticated=authenticated is not None)
        return False
    if slot == "effective":
        return _compose_effective(draft, searcher, head, filters, intent.topic)
    if slot == "consolidated_from":
        return _compose_consolidated_from(draft, searcher, first, label, intent.doc_number, filters)
    if slot in ("implements", "legal_basis"):
        kinds = ("implements",) if slot == "implements" else ("can_cu",)
        found = [r for r in first.references if r.kind in kinds]
        refs = _asked_references(intent, found)
        lines = _basis_lines(searcher, first, filters, intent) if slot == "legal_basis" and not refs else []
        if lines:  # laws cited by name and date only ("Căn cứ Luật Đầu tư ngày 29 tháng 11 năm 2005;"): no numbered reference
            draft.lines.append(f"{label} căn cứ:")
            for hit, start, end in lines[:TASKS_LISTED]:
                draft.lines.append(f"- “{clean_display(hit.text[start - hit.start:end - hit.start])}” {draft.cite(hit, start, end)}")
            return True
        if found and not refs:
            kind, issuer = intent.document_asked
            what = " ".join(filter(None, (kind or "văn bản", f"của {issuer}" if issuer else None)))
            draft.lines.append(f"{label} không nêu {what} trong văn bản đã lập chỉ mục {draft.cite(head)}.")
            return False
        # every "Căn cứ …" line of the preamble, when the legal basis is asked whole: one naming a law by its name
        # alone ("Căn cứ Luật thuế giá trị gia tăng, Luật thuế thu nhập doanh nghiệp;") or a number the reading of
        # references missed ("Quyết định số 41/2002*/*QĐ-TTg") is a basis as much as the numbered ones
        lines = [line for line in _basis_lines_in(head) if not any(line[2] in " ".join(r.quote.split()) for r in refs)] \
            if slot == "legal_basis" and not any(intent.document_asked) else []
        if refs or lines:
            verb = "triển khai" if slot == "implements" else "căn cứ"
            draft.lines.append(f"{label} {verb}:")
            for ref in refs[:TASKS_LISTED]:
                quote = clean_display(ref.quote)
                draft.lines.append(f"- {ref.name}: “{quote}” {draft.cite(_reference_hit(first, ref))}")
            for start, end, line in lines[:TASKS_LISTED]:
                draft.lines.append(f"- “{clean_display(line)}” {draft.cite(head, start, end)}")
            return True
        if slot == "implements" and head.title and _IMPLEMENTS_TITLE.search(head.title) and _title_names_asked(
                head.title, intent):
            draft.lines.append(f"{label} có trích yếu: “{clean_display(head.title)}” {draft.cite(head)}.")
            return True
        what = "văn bản được triển khai" if slot == "implements" else "căn cứ ban hành"
        draft.lines.append(f"{label} không nêu {what} trong văn bản đã lập chỉ mục {draft.cite(head)}.")
        return False
    joint = _joint_signatures(searcher, first, filters) if first.signer else []
    read = _signature(searcher, first, filters) if "signer" in intent.slots else None
    authenticated = _authenticated(searcher, first, filters, read)
    signed = read if "signer" in intent.slots else authenticated
    _head_facts(draft, first, head, signed, joint, authenticated=authenticated is not None)
    # several slots asked ("ban hành ngày nào và ai ký?"): each must be filled, or the answer says which is not
    empty = [what for slot, (blank, what) in missing.items() if slot in intent.slots and blank]
    if empty:
        draft.lines.append(f"{label} không ghi {join_names(empty)} trong văn bản đã lập chỉ mục.")
    if "recipients" in intent.slots and not _compose_recipients(draft, searcher, head, filters):
        return False
    if "effective" in intent.slots:
        return _compose_effective(draft, searcher, head, filters, intent.topic) and not empty
    return not empty


def _consolidation_number(number: str | None) -> bool:
    """Whether a document number is a consolidated text's own ("40/VBHN-BTC", "03/VBHN-BKHCN")."""
    return bool(number) and number_key(number)[0].split("/")[-1].startswith("VBHN")


def consolidations(searcher: Searcher, number: str | None, filters: Filters) -> tuple[str, ...]:
    """The documents that are the consolidated text a question names by its own number ("Văn bản hợp nhất
    40/VBHN-BTC"): read as the document it reproduces (Thông tư 99/2020/TT-BTC), such a text carries that number in
    its authentication ("BỘ TÀI CHÍNH XÁC THỰC VĂN BẢN HỢP NHẤT / Số: 40 /VBHN-BTC"), or as its own. Empty for any
    other number, or when no indexed text is that one."""
    if not _consolidation_number(number):
        return ()
    unnarrowed = filters.unnarrowed()
    own = searcher.store.heads(filters=replace(unnarrowed, doc_numbers=(number,)))
    vouched = {head.doc_id for head, ref in citing(searcher.store, (number_key(number)[0],), unnarrowed)
               if re.search(_VOUCHES, fold(" ".join(ref.quote.split())), re.I)}
    return tuple(sorted(set(own) | vouched))


def _consolidates(searcher: Searcher, first: DocumentHead, filters: Filters) -> bool:
    """Whether a document is a consolidated text: its opening names the document it reproduces "…, được sửa đổi, bổ
    sung bởi:" (`corpus.headers.AMENDED_BY`), whose number and date its head reads."""
    chunks = _chunks(searcher, first.doc_id, filters)
    return bool(chunks) and bool(AMENDED_BY.search(fold(" ".join(chunks[0].text.split()))))


def _compose_consolidation_date(draft: Draft, searcher: Searcher, first: DocumentHead, head: Hit,
                                filters: Filters) -> bool:
    """The signing date of a consolidated text asked by its own number ("Văn bản hợp nhất 40/VBHN-BTC … được ký ngày
    nào?"): the head's date is that of the document it reproduces (Thông tư 99/2020/TT-BTC, 16/11/2020), so the
    consolidation's own is read from the signing stamp above its text ("Thời gian ký: 09/10/2025 …"), and the other is
    said to be the reproduced document's; where no stamp is read, only that is said, and the slot asked is not
    answered."""
    label = hit_label(head)
    chunk = _chunks(searcher, first.doc_id, filters)[0]
    stamp = signing_stamp(chunk.text)
    reproduced = f"ngày {_date(head.issued_on)} là ngày ban hành {label} được hợp nhất {draft.cite(head)}"
    if stamp is None:
        draft.lines.append(f"{label} trong chỉ mục là văn bản hợp nhất: {reproduced}; văn bản đã lập chỉ mục không "
                           f"ghi rõ ngày ký văn bản hợp nhất.")
        return False
    day, start, end = stamp
    draft.lines.append(f"Văn bản hợp nhất (của {label}) được ký ngày {_date(day)} "
                       f"{draft.cite(Hit.of(chunk, 1.0), chunk.start + start, chunk.start + end)}; {reproduced}.")
    return True


def _head_facts(draft: Draft, first: DocumentHead, head: Hit, signed: tuple[Hit, int, int] | None = None,
                joint: Sequence[tuple[Hit, int, int, Signature]] = (), authenticated: bool = False) -> None:
    """Issuer, date, title and signer of a document, cited to its head (the signer to the signature block when
    it is given; every signer, each cited to its block, when several bodies signed)."""
    facts = [hit_label(head)]
    if head.issuer:
        facts.append(f"do {head.issuer} ban hành")
    if head.issued_on:
        facts.append(f"ngày {_date(head.issued_on)}")
    title = f"; trích yếu: “{clean_display(head.title)}”" if head.title else ""
    if joint:
        cited = draft.cite(head)
        signers = join_names([f"{_signed_as(block)} {draft.cite(hit, start, end)}" for hit, start, end, block in joint])
        draft.lines.append(f"{' '.join(facts)}{title} {cited}; người ký: {signers}.")
        return
    if signed:
        role = "người ký xác thực văn bản hợp nhất" if authenticated else "người ký"
        draft.lines.append(f"{' '.join(facts)}{title} {draft.cite(head)}; {role}: {signer_words(first)} "
                           f"{draft.cite(*signed)}.")
        return
    signer = f"; người ký: {signer_words(first)}" if first.signer else ""
    draft.lines.append(f"{' '.join(facts)}{title}{signer} {draft.cite(head)}.")


# A consolidated text (văn bản hợp nhất) is signed to authenticate it ("BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP NHẤT / Số: 76
# /VBHN-BQP"): its signer did not sign the document it reproduces. Read on the fold of the passage holding the signature.
_VOUCHES = r"\bxac thuc van ban hop nhat\b"  # the authentication's own words (a text citing a VBHN number has not them)
_AUTHENTICATES = re.compile(r"(?i)" + _VOUCHES + r"|/\s*VBHN\b")


def _authenticated(searcher: Searcher, first: DocumentHead, filters: Filters,
                   signed: tuple[Hit, int, int] | None = None) -> tuple[Hit, int, int] | None:
    """The signature block of a consolidated text, whose signer is then said to have authenticated it (the head's
    facts otherwise cite the head alone): the passage holding the signer's name, or the one before it, says so;
    None for any other document. `signed`: that block (`_signature`) where the caller has read it already, so that
    the document's passages are not read once more for it."""
    if not first.signer:
        return None
    chunks = _chunks(searcher, first.doc_id, filters)
    at = max((i for i, chunk in enumerate(chunks) if first.signer in chunk.text), default=None)
    if at is None or not any(_AUTHENTICATES.search(fold(chunk.text)) for chunk in chunks[max(0, at - 1):at + 1]):
        return None
    return signed or _signature(searcher, first, filters)


def signer_words(first: DocumentHead) -> str:
    """The signer with the signer's own title: "Phó Chủ tịch Tống Quang Thìn"."""
    return " ".join(filter(None, (first.signer_title, first.signer)))


def _signature(searcher: Searcher, first: DocumentHead, filters: Filters) -> tuple[Hit, int, int] | None:
    """(passage, start, end) of the signature block that names the document's signer, in the last passage holding
    the name; None when no passage holds it."""
    holding = [chunk for chunk in _chunks(searcher, first.doc_id, filters)
               if first.signer and first.signer in chunk.text]
    if not holding:
        return None
    chunk = max(holding, key=lambda c: c.start)
    start, end = signature_span(chunk.text, first.signer)
    return Hit.of(chunk, 1.0), chunk.start + start, chunk.start + end


def _joint_signatures(searcher: Searcher, first: DocumentHead, filters: Filters) -> list[tuple[Hit, int, int, Signature]]:
    """(passage, start, end, block) of each signature block of a document several bodies signed side by side, read
    from the last passage that holds the head's signer (`corpus.headers.joint_signatures`); empty when one signed."""
    holding = [chunk for chunk in _chunks(searcher, first.doc_id, filters)
               if first.signer and first.signer in chunk.text]
    if not holding:
        return []
    chunk = max(holding, key=lambda c: c.start)
    blocks = joint_signatures(chunk.text)
    if first.signer not in (block.name for block in blocks):
        return []
    hit = Hit.of(chunk, 1.0)
    return [(hit, chunk.start + block.start, chunk.start + block.end, block) for block in blocks]


SIGNED_BY_HITS = 30  # passages searched for a person's name: the signature blocks of every document they signed


def compose_signed_by(draft: Draft, person: str, kind: str | None, searcher: Searcher, filters: Filters,
                      years: Collection[str] = ()) -> bool:
    """The documents whose signature block names the person asked ("Thứ trưởng Đỗ Hoàng Anh Tuấn đã ký những thông
    tư liên tịch nào?"), each cited to that block: the head's signer, or one block of a document several bodies signed
    side by side; only documents of the type asked ("thông tư liên tịch nào"), when one is. A name found elsewhere in
    a text (a member list, an addressee) is no signature. False when no document in the index was signed by that
    name. The name is matched with its marks folded (a question typed without them) and shown as the block spells it.
    A year asked ("… ký những luật thuế nào năm 2008?") keeps only the documents issued that year: none, none listed
    (a document of another year, or of no date read, is not one of that year)."""
    key = fold(person).casefold()
    found: dict[str, tuple[Hit, int, int, str]] = {}
    named = person
    for hit in searcher.search(Query(person, k=SIGNED_BY_HITS, filters=filters)):
        if hit.doc_id in found or key not in fold(hit.text).casefold() or kind and hit.doc_type != kind \
                or years and (hit.issued_on or "")[:4] not in years:
            continue
        first, head = _head(searcher, hit, filters)
        if first.signer and fold(first.signer).casefold() == key:
            joint = [j for j in _joint_signatures(searcher, first, filters) if fold(j[3].name).casefold() == key]
            signed = joint[0][:3] if joint else _signature(searcher, first, filters)
            words, named = (_signed_as(joint[0][3]), joint[0][3].name) if joint else (signer_words(first), first.signer)
        else:  # a block of a document signed side by side, not the one the head names
            blocks = [b for b in joint_signatures(hit.text) if fold(b.name).casefold() == key]
            signed = (hit, hit.start + blocks[0].start, hit.start + blocks[0].end) if blocks else None
            words, named = (_signed_as(blocks[0]), blocks[0].name) if blocks else ("", named)
        if signed:
            found[hit.doc_id] = (*signed, f"{hit_label(head)}: {words}")
    if not found:
        return False
    draft.lines.append(f"Các văn bản trong chỉ mục có chữ ký của {named} ({len(found)} văn bản):")
    for hit, start, end, line in sorted(found.values(), key=lambda f: f[0].issued_on or ""):
        draft.lines.append(f"- {line} {draft.cite(hit, start, end)}")
    return True


def _signed_as(block: Signature) -> str:
    """"Thứ trưởng Đặng Văn Hiếu (ký thay Bộ trưởng Bộ Công an)"."""
    on_behalf = " ".join(filter(None, (block.how, block.principal, block.body)))
    return " ".join(filter(None, (block.title, block.name))) + (f" ({on_behalf})" if block.body else "")


def _compose_joint(draft: Draft, label: str, joint: list[tuple[Hit, int, int, Signature]],
                   signed_for: Sequence[str]) -> bool:
    """Who signed a document several bodies signed: every block, each cited, or only those of the bodies the
    question asks of ("Thứ trưởng Bộ Nội vụ nào ký"); a body that signed no block is said so, and not answered."""
    asked = [j for j in joint if j[3].body and any(same_agency(name, j[3].body) for name in signed_for)]
    if signed_for and not asked:
        signers = join_names([_signed_as(block) for *_, block in joint])
        draft.lines.append(f"{label} không có chữ ký của {join_names(list(signed_for))}; văn bản do {signers} ký.")
        return False
    words = [f"{_signed_as(block)} {draft.cite(hit, start, end)}" for hit, start, end, block in asked or joint]
    draft.lines.append(f"{label} do {join_names(words)} ký.")
    return True


def _compose_recipients(draft: Draft, searcher: Searcher, head: Hit, filters: Filters) -> bool:
    """Whom the document is addressed to ("Kính gửi: …", a dispatch's "… điện: - …"), quoted from its first passage
    that has the addressee block; False (and said) when it has none."""
    for chunk in _chunks(searcher, head.doc_id, filters)[:ADDRESS_CHUNKS]:
        span = recipients_span(chunk.text)
        if span:
            hit, (start, end) = Hit.of(chunk, 1.0), span
            named = clean_display(addressees(chunk.text[start:end]))
            draft.lines.append(f"{hit_label(head)} gửi: {named} {draft.cite(hit, hit.start + start, hit.start + end)}.")
            return True
    draft.lines.append(f"{hit_label(head)} không ghi nơi gửi (kính gửi) trong văn bản đã lập chỉ mục {draft.cite(head)}.")
    return False


ADDRESS_CHUNKS = 3  # the first passages of a document, where its addressee block stands
# The preamble line naming who proposed the document: "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số …",
# "Xét đề nghị của Bộ trưởng Bộ Tài chính".
# Matched on the fold: OCR reads "Theo dé nghị của".
# "Theo đề nghị của Giám đốc Sở Tài chính …", "Xét đề nghị của …"; "của" may be left out before the body ("Xét đề
# nghị Liên ngành Tài chính - Vật giá - Cục thuế Nghệ An tại Tờ trình số 2814/LN-TCVG-CT …").
_PROPOSAL = r"(?:theo|xet)\s+(?:de nghi|de xuat)\s+(?:cua\b|(?-i:[A-Z]))"
_PROPOSED = re.compile(r"^\W{0,3}" + _PROPOSAL, re.I)
# a resolution's preamble names the submission it considered, not a proposal: "Sau khi xem xét Tờ trình số 87/TTr-CP
# ngày 19 tháng 5 năm 2009 của Chính phủ" (Nghị quyết 32/2009/QH12), "Xét Tờ trình số … của Sở …": read when the
# document has no "Theo đề nghị" line
_CONSIDERED = re.compile(r"^\W{0,3}(?:sau khi xem xet|xet)\s+to trinh\b", re.I)
# "… theo đề nghị của Bộ trưởng Bộ Tài chính" anywhere in a sentence of the body, on the fold
_PROPOSED_WITHIN = re.compile(r"\b" + _PROPOSAL, re.I)
# the proposal line opening a line of the passage inside a sentence the splitter read on from the basis line before it,
# whose closing ";" OCR read as ",": "… các phương tiện bay siêu nhẹ,\nTheo đề nghị của Bộ trưởng Bộ Công an."
# (Quyết định 2222/QĐ-TTg, the Trung tâm dữ liệu quốc gia số 1)
_PROPOSED_LINE = re.compile(r"\n\W{0,3}?(?=" + _PROPOSAL + ")", re.I)


def _proposal_line(hit: Hit, start: int, end: int) -> tuple[int, int, str] | None:
    """The proposal line a sentence of a passage (document offsets) holds from the start of one of its lines on
    (`_PROPOSED_LINE`), as the span quoted and its text; None when no line of it opens with a proposal."""
    raw = hit.text[start - hit.start:end - hit.start]
    found = _PROPOSED_LINE.search(fold(raw))
    if found is None:
        return None
    opened = start + found.end()
    return opened, end, " ".join(hit.text[opened - hit.start:end - hit.start].split())


def states_proposal(sentence: str) -> bool:
    """Whether a sentence of the body does something on a proposal ("Theo đề nghị của Tổng công ty dầu khí Việt Nam,
    …, Bộ Thương mại duyệt danh mục …"): a bare "Theo đề nghị của ai?" after it asks of that act."""
    return bool(_PROPOSED_WITHIN.search(fold(sentence)))


_ACT_WORDS = 3  # the fewest topic words that name an act of the body ("duyệt danh mục hàng hoá miễn thuế")
_ACT_COVERED = 0.7  # the share of them a sentence of the body must carry to be the act asked


def _compose_proposer(draft: Draft, searcher: Searcher, head: Hit, filters: Filters,
                      topic: frozenset[str] = frozenset(), agencies: Sequence[str] = ()) -> bool:
    """Who proposed the document, quoted from its preamble ("Theo đề nghị của …"); False (and said) when it names
    nobody. An act of the body asked ("Theo Thông tư 35/1998/TT-BTC, Bộ Thương mại duyệt danh mục hàng hoá miễn thuế
    nhập khẩu theo đề nghị của đơn vị nào?") is answered by the sentence that does it on a proposal ("Theo đề nghị
    của Tổng công ty dầu khí Việt Nam, …, Bộ Thương mại duyệt danh mục …"), not by who proposed the document; a
    sentence naming another body than the ones the question names does another act."""
    chunks = _chunks(searcher, head.doc_id, filters)
    act = set(topic) - {"đề", "nghị", "xuất"}  # the act's words, not the proposal's
    if len(act) >= _ACT_WORDS:
        said = [(len(act & content_words(text)) / len(act), Hit.of(chunk, 1.0), start, end, text)
                for chunk in chunks for start, end, text in hit_sentences(Hit.of(chunk, 1.0))
                if states_proposal(text)
                and all(any(same_agency(agency, name) for name in agency_names(text)) for agency in agencies)]
        best = max(said, key=lambda found: found[0], default=None)
        if best and best[0] >= _ACT_COVERED:
            quote_line(draft, best[1:])
            return True
    found = _preamble_proposal(chunks)
    if found:
        hit, start, end, text = found
        draft.lines.append(f"{hit_label(head)} được ban hành {text[0].lower()}{clean_display(text[1:]).rstrip(';.,')} "
                           f"{draft.cite(hit, start, end)}.")
        return True
    draft.lines.append(f"{hit_label(head)} không ghi cơ quan đề nghị ban hành trong văn bản đã lập chỉ mục "
                       f"{draft.cite(head)}.")
    return False


def _preamble_proposal(chunks: Sequence[StoredChunk], considered: bool = True) -> tuple[Hit, int, int, str] | None:
    """The preamble line of a document (its passages in order) naming who proposed it ("Theo đề nghị của …", or,
    with `considered`, the submission a resolution considered), as the passage, the span quoted and its text."""
    # a preamble line a passage border cuts ("… và đề nghị của Bộ trưởng | Bộ Nội vụ tại Tờ trình số 611/TTr-BNV …")
    # is read whole, with the passage that continues it
    heads = joined_hits([Hit.of(chunk, 1.0) for chunk in chunks[:ADDRESS_CHUNKS + 1]], top=ADDRESS_CHUNKS + 1)
    for pattern in (_PROPOSED, _CONSIDERED) if considered else (_PROPOSED,):
        for hit in heads[:ADDRESS_CHUNKS]:
            found = next(((start, end, text) for start, end, text in hit_sentences(hit) if pattern.search(fold(text))),
                         None) or (next(filter(None, (_proposal_line(hit, start, end) for start, end, _ in
                                                      hit_sentences(hit))), None) if pattern is _PROPOSED else None)
            if found:
                start, end, text = found
                return hit, start, end, text.lstrip("*_ ")  # markdown's emphasis around the preamble line
    return None


PROPOSED_ABOUT_MIN = 0.5  # the share of the subject words asked ("… về quản lý công viên, cây xanh") a title must carry


def proposal_filters(between: str) -> tuple[set[str], list[str], set[str]]:
    """The years, issuers and subject words a question on proposed documents names between its type and its proposer
    (`intent.proposer_asked`): " năm 2025 về quản lý công viên, cây xanh" → ({"2025"}, [], {"quản", "lý", …}),
    " năm 2025 của UBND tỉnh Ninh Bình" → ({"2025"}, [the province's People's Committee], set()). The issuer stands
    before the subject, before or after the year."""
    years = set(re.findall(r"\bnăm (\d{4})\b", between))
    issuers = agency_names(re.split(r"\bvề\b", re.sub(r"\bnăm \d{4}\b", " ", between))[0])
    about = re.search(r"\bvề\s+(.+)$", between)
    return years, issuers, content_words(about.group(1)) if about else set()


def compose_proposed_by(draft: Draft, proposer: str, kind: str | None, between: str, searcher: Searcher,
                        filters: Filters) -> bool:
    """The documents issued on the proposal of the body asked ("Những quyết định nào của Thủ tướng được ban hành theo
    đề nghị của Bộ trưởng Bộ Công an?"), each quoted by its preamble line ("Theo đề nghị của Bộ trưởng Bộ Công an tại
    Tờ trình số 588/TTr-BCA-A05 …"): the line must name every body the question names as proposer; only documents of
    the type asked, of the year asked (`between`: "… nào năm 2025 …"), by the issuer asked ("… của UBND tỉnh Ninh
    Bình …") and of the subject asked ("… về quản lý công viên, cây xanh, mặt nước …": most of its words in the title).
    False when none: a body that proposed none of the documents indexed is never answered with another's."""
    wanted = agency_names(proposer)
    if not wanted:
        return False
    years, issuers, subject = proposal_filters(between)
    found = []
    for head in searcher.store.heads(filters=filters).values():
        if kind and head.doc_type != kind or years and (head.issued_on or "")[:4] not in years \
                or issuers and not (head.issuer and any(issued_by(issuer, head.issuer) for issuer in issuers)) \
                or subject and len(subject & content_words(head.title or "")) < PROPOSED_ABOUT_MIN * len(subject):
            continue
        line = _preamble_proposal(_chunks(searcher, head.doc_id, filters), considered=False)
        if line and all(any(same_agency(w, named) for named in agency_names(line[3])) for w in wanted):
            found.append((head, line))
    if not found:
        return False
    draft.lines.append(f"Các văn bản trong chỉ mục được ban hành theo đề nghị của {proposer} ({len(found)} văn bản):")
    for head, (hit, start, end, text) in sorted(found, key=lambda f: f[0].issued_on or ""):
        draft.lines.append(f"- {hit_label(Hit.of(head, 1.0))}: “{clean_display(text).rstrip(';.,')}” "
                           f"{draft.cite(hit, start, end)}")
    return True


def _chunks(searcher: Searcher, doc_id: str, filters: Filters) -> list[StoredChunk]:
    """Every passage of one document the caller may read, in the document's order."""
    return sorted(searcher.store.scroll(replace(filters.unnarrowed(), doc_ids=(doc_id,))), key=lambda c: c.start)


def other_document(sentence: str) -> str | None:
    """The type word of another document whose effective date a sentence states ("Luật"), its subject being that
    document named, not "<type> này"; None when the sentence speaks of its own document."""
    if _SELF_EFFECTIVE.search(sentence):
        return None
    first = _SUBJECT_DOCUMENT.search(sentence)
    if first is None or _ITSELF.match(sentence, first.end()) or not re.search(r"\bcó hiệu lực\b", sentence[first.end():]):
        return None
    return first.group(1)


def _about(other: str | None, topic: frozenset[str]) -> bool:
    """Whether a sentence on another document's effect (`other_document`) answers a question: only one naming that
    document ("Theo Chỉ thị 42/1998/CT-UBND, hai Luật Thuế … có hiệu lực thi hành từ ngày nào?")."""
    return other is None or other.split()[-1].lower() in topic


def _compose_effective(draft: Draft, searcher: Searcher, head: Hit, filters: Filters,
                       topic: frozenset[str] = frozenset()) -> bool:
    """The sentence of the document that says from when it takes effect (not another document's it speaks of, unless
    the question's `topic` names that one); never a task deadline."""
    # a passage none of whose text says both is skipped unsplit: each sentence is a piece of its passage's text
    # (spaces collapsed alike) that starts and ends beside a non-word character, so a sentence saying both is in a
    # passage saying both
    payloads = [p for p in _chunks(searcher, head.doc_id, filters)
                if _EFFECTIVE.search(flat := " ".join(p.text.split())) and _WHEN.search(flat)]
    found = [(not _SELF_EFFECTIVE.search(text), not _DATED.search(text), hit.start, start, hit, end, text)
             for hit in (Hit.of(p, 1.0) for p in payloads)
             for start, end, text in hit_sentences(hit) if _EFFECTIVE.search(text) and _WHEN.search(text)
             and _about(other_document(text), topic)]
    if not found:
        draft.lines.append(f"{hit_label(head)} không nêu thời điểm có hiệu lực trong văn bản đã lập chỉ mục "
                           f"{draft.cite(head)}.")
        return False
    *_, start, hit, end, text = min(found, key=lambda f: f[:4])
    since = effective_since(text, head.issued_on)
    if not since and _BLANK_AT.search(text):  # a draft's template: no date to give, so not answered
        draft.lines.append(f"{hit_label(head)} để trống ngày có hiệu lực (văn bản ghi: “{clean_display(text)}”) "
                           f"{draft.cite(hit, start, end)}.")
        return False
    if since:  # the date itself, as a cadre writes it, before the sentence that states it
        where = ", ".join(filter(None, (hit_label(hit), hit.section)))
        draft.lines.append(f"{hit_label(head)} có hiệu lực từ {since}, theo {where}: “{clean_display(text)}” "
                           f"{draft.cite(hit, start, end)}")
    else:
        quote_line(draft, (hit, start, end, text))
    return True


# "có hiệu lực (thi hành) (kể) từ ngày 10 tháng 10 năm 2025" / "… kể từ ngày ký": only the date right after the
# words, never another date of the sentence (a replaced document's "ngày 19 tháng 7 năm 2019"); "kể" also as OCR
# reads it ("ké", "kế").
_TAKES_EFFECT_FROM = rf"(?:hiệu lực(?:\s+thi hành)?|(?<=này ){_APPLIES}|được áp dụng|{_COUNTRYWIDE})\s+(?:(?:kể|ké|kế)\s+)?từ\s+"
_EFFECTIVE_AT = re.compile(_TAKES_EFFECT_FROM + r"(?:ngày\s+)?(?:(?P<signed>(?:ký|ky)\b)|"
                           r"(?P<date>\d{1,2}\s*(?:/|-|tháng)\s*\d{1,2}\s*(?:/|-|năm)\s*\d{4}))", re.I)


# A draft's blank for that date: "có hiệu lực thi hành kể từ ngày tháng năm 2025", "… từ ngày … tháng … năm …" (OCR
# "ké từ ngày tháng nam 2025"): the day and month are left to be filled in when the text is signed.
_BLANK_AT = re.compile(_TAKES_EFFECT_FROM + r"ngày[\s.…_]*tháng[\s.…_]*"
                       r"n[ăa]m\b", re.I)


def effective_since(sentence: str, issued_on: str | None) -> str | None:
    """The day a sentence says the document takes effect, written "ngày 10/10/2025": the date right after "có hiệu
    lực từ", or the signing day ("kể từ ngày ký") when the document's date is known; None otherwise."""
    found = _EFFECTIVE_AT.search(sentence)
    if not found:
        return None
    if found["signed"]:
        return f"ngày ký ({_date(issued_on)})" if issued_on else None
    try:
        day = parse_date(re.sub(r"\s*([/-])\s*", r"\1", found["date"]))
    except ValueError:
        return None
    return f"ngày {_date(day)}"


def _basis_lines_in(hit: Hit) -> list[tuple[int, int, str]]:
    """The "Căn cứ …" lines of a passage (`corpus.relations.is_legal_basis`), each as (start, end, its words on one
    line), its list marks, emphasis and closing ";" or "." left out: "*- Căn cứ Luật thuế giá trị gia tăng, Luật thuế
    thu nhập doanh nghiệp;*" → "Căn cứ Luật thuế giá trị gia tăng, Luật thuế thu nhập doanh nghiệp" (Quyết định
    59/2003/QĐ-UB). The one reader of those lines, for the head passage and for a document's first passages
    (`_basis_lines`)."""
    found, offset = [], hit.start
    for raw in hit.text.split("\n"):
        text = raw.strip().strip(_BASIS_MARKS)
        if text and (is_legal_basis(text) or _ARTICLES_BASIS.match(fold(text))):
            at = raw.find(text)
            found.append((offset + at, offset + at + len(text), " ".join(text.split())))
        offset += len(raw) + 1
    return found


_BASIS_MARKS = "*_-–•;. \t"  # list marks, emphasis and the closing mark around a "Căn cứ …" line
# A basis line citing articles of a text before the text: "*Căn cứ vào Điều 103 và Điều 106 của Hiến pháp nước …;*",
# "*Căn cứ vào Điều 91 của Luật Tổ chức Quốc hội;*" (Lệnh 18/2003/L-CTN), read on the fold
_ARTICLES_BASIS = re.compile(r"(?i)^[\W\d_]*can cu\s+(?:vao\s+)?(?:cac\s+)?(?:dieu|khoan|diem|chuong)\s+[^;]{1,80}?\bcua\s+(?:"
                             + "|".join(sorted({fold(t).lower() for t in TYPES} | {"hien phap"}, key=len, reverse=True))
                             + r")\b")


# A document's own statement of what it replaces or ends, named by description rather than by number: "Thay thế tất
# cả các Quyết định về … ban hành trước Quyết định này", "Quyết định này thay thế các văn bản sau: …", "Các Thông tư
# sau đây … không còn hiệu lực thi hành:" (then its list). Not the boilerplate that ends whatever contradicts it ("Các
# quy định trước đây trái với Quyết định này đều bãi bỏ"): it names nothing a cadre can find.
_REPLACES_DESCRIBED = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\*\s)|(?<=\n))(?:(?:Quyết định|Thông tư|Chỉ thị|Nghị định|Nghị quyết) này\s+)?[Tt]hay thế\s+"
    r"(?:tất cả\s+)?(?:các|những)\s+(?:Quyết định|Thông tư|Chỉ thị|Nghị định|Nghị quyết|văn bản)\b[^.;\n]*")
_ENDED_LISTED = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))Các\s+(?:Quyết định|Thông tư|Chỉ thị|Nghị định|Nghị quyết|văn bản)\s+sau(?:\s+đây)?\b"
    r"[^.:\n]{0,80}?(?:không còn|hết)\s+hiệu lực(?:\s+thi hành)?\s*:((?:\s*\n\s*[-+•*]\s*[^\n]+)+)")
_CONTRARY = re.compile(r"\btrái\s+(?:với|quy định)\b", re.I)
_ENDED_ITEMS = 6


def _item_lines(block: str) -> list[str]:
    """The items of a dashed list, one per line, their marks and extra spaces dropped."""
    return [" ".join(line.strip(" -+•*").split()) for line in block.splitlines() if line.strip()]


def _ended_by_description(draft: Draft, head: DocumentHead, searcher: Searcher, filters: Filters) -> bool:
    """The document's sentence replacing or ending documents it describes (`_REPLACES_DESCRIBED`, `_ENDED_LISTED`),
    quoted; False when it has none."""
    chunks = _chunks(searcher, head.doc_id, filters)
    for at, chunk in enumerate(chunks):
        hit = Hit.of(chunk, 1.0)
        listed = _ENDED_LISTED.search(chunk.text)
        if listed:
            items = _item_lines(listed.group(1))
            if not chunk.text[listed.end():].strip() and at + 1 < len(chunks):
                # the list runs on into the next passage: its items there, those the passages share once
                more = re.match(r"(?:\s*[-+•*]\s*[^\n]+)+", chunks[at + 1].text)
                items += [item for item in _item_lines(more.group(0) if more else "") if item not in items]
            draft.lines.append(f"{hit_label(head)} nêu: “{clean_display(listed.group(0).split(':')[0])}:” "
                               f"{draft.cite(hit, chunk.start + listed.start(), chunk.start + listed.end())}")
            draft.lines += [f"- {clean_display(item).rstrip('.;/')}" for item in items[:_ENDED_ITEMS]]
            return True
        said = next((m for m in _REPLACES_DESCRIBED.finditer(chunk.text) if not _CONTRARY.search(m.group(0))), None)
        if said:
            draft.lines.append(f"{hit_label(head)} thay thế theo mô tả, không nêu số hiệu: “{clean_display(said.group(0))}” "
                               f"{draft.cite(hit, chunk.start + said.start(), chunk.start + said.end())}.")
            return True
    return False


def _reference_hit(head: DocumentHead, ref: StoredReference) -> Hit:
    """The citing statement of a stored reference as a hit of its document, so that it is cited like a passage."""
    return Hit.of(replace(head, chunk_id=ref.chunk_id, section=ref.section, article=None, heading_path=(),
                          table_header=(), obligations=(), page=ref.page, text=ref.quote, start=ref.start,
                          end=ref.end), 1.0)


def reference_name(ref: StoredReference) -> str:
    """A cited document named as officially written: "Quyết định 707/QĐ-TTg ngày 16/06/2023" for OCR's "Quyết định
    sô 707/QD-TTg ngày 16 tháng 6 nam 2023"; as the text names it when its type or number is unknown."""
    if not (ref.doc_type and ref.number):
        return _name_before(ref) or ref.name
    day = f" ngày {_date(ref.issued_on)}" if ref.issued_on else ""
    return f"{ref.doc_type} {display_number(ref.number)}{day}"


_TYPE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TYPES, key=len, reverse=True)) + r")\b[^;:,.]*$")


def _name_before(ref: StoredReference) -> str | None:
    """A number cited bare ("số 04/2007/QH12") named with the type and name the sentence puts before it: "Luật Thuế
    thu nhập cá nhân số 04/2007/QH12"."""
    at = ref.quote.find(ref.number) if ref.number and ref.name.lower().startswith("số") else -1
    found = _TYPE_BEFORE.search(ref.quote, max(0, at - _KIND_REACH), at) if at > 0 else None
    return " ".join(ref.quote[found.start():at + len(ref.number)].split()) if found else None


def _named(intent: Intent) -> str:
    """The document the question names: "Chỉ thị 20-CT/TU", "Kế hoạch 193"."""
    if intent.doc_reference:
        return " ".join(intent.doc_reference)
    return " ".join(filter(None, (intent.doc_type_named, intent.doc_number)))


_BASIS_SCAN = 3  # the first passages of a document, which hold its preamble's "Căn cứ …" lines


def _basis_lines(searcher: Searcher, first: DocumentHead, filters: Filters, intent: Intent) -> list[tuple[Hit, int, int]]:
    """(passage, start, end) of each "Căn cứ …" line of the document's preamble (`corpus.relations.is_legal_basis`),
    of the kind asked when one is ("căn cứ những luật nào": "Căn cứ Luật …" lines only)."""
    kind = intent.document_asked[0]
    found = []
    for chunk in _chunks(searcher, first.doc_id, filters)[:_BASIS_SCAN]:
        hit = Hit.of(chunk, 1.0)
        for start, end, _ in _basis_lines_in(hit):
            named = re.sub(r"(?i)^\W*căn cứ\s+(?:vào\s+)?", "", chunk.text[start - chunk.start:end - chunk.start])
            if kind and not fold(named).lower().startswith(fold(kind).lower()):
                continue
            found.append((hit, start, end))
    return found


def _asked_probe(intent: Intent, keys: Sequence[str]) -> StoredReference:
    """The document a question names, as a reference the indexed heads are matched against: its number's key and
    year ("Thông tư 99/2020/TT-BTC" is not Thông tư 99/1998/TT-BTC: `relations.refers_to` holds the year against the
    head's date; the key alone, "99/TT-BTC", fits both)."""
    year = number_key(intent.doc_number)[2] if intent.doc_number else None
    return StoredReference(keys[0] if keys else "", year=year)


def _amended_by(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters, keys: Sequence[str]) -> bool:
    """The documents that amended the one named, as a consolidated text (văn bản hợp nhất) of it lists them in its
    opening: "Nghị định số 13/2016/NĐ-CP ngày 19 tháng 02 năm 2016 …, được sửa đổi, bổ sung bởi: Nghị định số
    220/2025/NĐ-CP …" (`corpus.headers.AMENDED_BY`), up to its first "Căn cứ" line; False when no indexed text of it
    says so."""
    serial = intent.doc_reference[1] if intent.doc_reference else keys[0].split("/")[0] if keys else None
    heads = searcher.store.heads(filters=replace(filters, doc_serials=(serial,))) if serial else {}
    probe = _asked_probe(intent, keys)
    for head in (h for h in heads.values() if refers_to(probe, h)):
        refs = amending(searcher, head, filters)
        if refs:
            draft.lines.append(f"{_named(intent)} được sửa đổi, bổ sung bởi (theo phần mở đầu của văn bản hợp nhất):")
            for ref in refs[:TASKS_LISTED]:
                draft.lines.append(f"- {reference_name(ref)}: “{' '.join(ref.quote.split())}” "
                                   f"{draft.cite(_reference_hit(head, ref))}")
            return True
    return False


def amending(searcher: Searcher, head: DocumentHead, filters: Filters) -> list[StoredReference]:
    """The documents a consolidated text (văn bản hợp nhất) lists in its opening as amending the one it reproduces
    ("… được sửa đổi, bổ sung bởi: Nghị định số 229/2025/NĐ-CP …", `corpus.headers.AMENDED_BY`), up to its first
    "Căn cứ" line; empty for any other document."""
    for chunk in _chunks(searcher, head.doc_id, filters)[:_BASIS_SCAN]:
        folded = fold(chunk.text)
        listed = _amending_list(folded)
        if listed and _BASIS_CUE.search(folded, 0, listed[0].start()):
            # a "Căn cứ" line before the cue: the opening is over, and "được sửa đổi, bổ sung bởi" is the body's
            # own words of another document (Quyết định 2216/QĐ-TTg, Điều 1: "Công bố Quyết định số 22/2021/QĐ-TTg
            # … (được sửa đổi, bổ sung bởi Quyết định số 13/2025/QĐ-TTg …) tiếp tục có hiệu lực …"), never a
            # consolidated text's list of what amended it
            return []
        if not listed:
            if _BASIS_CUE.search(folded):
                return []
            continue
        cue, basis = listed
        stop = chunk.start + (basis if basis is not None else cue.end() + len(folded))
        refs = [r for r in head.references if chunk.start + cue.end() <= r.start < stop]
        if refs:
            return refs
    return []


def _listed_item(searcher: Searcher, head: DocumentHead, ref: StoredReference, filters: Filters) -> tuple[Hit, int, int] | None:
    """The whole item of a consolidated text's opening that lists an amending document (`amending`): from its
    number to the full stop that ends the item ("Thông tư số 43/2023/TT-BTC ngày 27 tháng 6 năm 2023 … sửa đổi, bổ
    sung …, có hiệu lực kể từ ngày 27 tháng 6 năm 2023."), which the stored quote may cut short."""
    for chunk in _chunks(searcher, head.doc_id, filters)[:_BASIS_SCAN]:
        if chunk.start <= ref.start < chunk.end:
            rest = chunk.text[ref.start - chunk.start:]
            stop = re.search(r"\.(?=\s*(?:\n|$))|\n\s*\n|\n\s*[-–•]\s", rest)
            end = ref.start + (stop.end() if stop and stop.group().startswith(".") else stop.start() if stop else len(rest))
            return Hit.of(chunk, 1.0), ref.start, end
    return None


def _compose_listed_effective(draft: Draft, searcher: Searcher, first: DocumentHead, label: str, listed: StoredReference,
                              filters: Filters) -> bool:
    """The day an amending document takes effect, as the opening of the consolidated text listing it states ("Thông
    tư số 88/2025/TT-BTC … sửa đổi, bổ sung …, có hiệu lực kể từ ngày 20 tháng 10 năm 2025."): the only indexed text
    that says it. False when the item states no such day."""
    item = _listed_item(searcher, first, listed, filters)
    if item is None:
        return False
    hit, start, end = item
    said = " ".join(hit.text[start - hit.start:end - hit.start].split())
    day = effective_since(said, listed.issued_on)
    if not day:
        return False
    clause = said[said.rfind(",", 0, _EFFECTIVE_AT.search(said).start()) + 1:].strip()  # "có hiệu lực kể từ ngày …"
    draft.lines.append(f"{reference_name(listed)} có hiệu lực từ {day}, theo phần mở đầu của {label} (văn bản hợp "
                       f"nhất) liệt kê văn bản sửa đổi, bổ sung: “… {clause.rstrip('.')}.” {draft.cite(hit, start, end)}")
    return True


def _compose_consolidated_from(draft: Draft, searcher: Searcher, first: DocumentHead, label: str, asked: str | None,
                               filters: Filters) -> bool:
    """The texts a consolidated text (văn bản hợp nhất) merges, as its note lists them ("Văn bản được hợp nhất từ 02
    Thông tư sau: - Thông tư số 99/2020/TT-BTC …; - Thông tư số 88/2025/TT-BTC …", `corpus.headers.CONSOLIDATED_FROM`),
    read on into the next passage when the list runs on; False, said, when the document has no such note."""
    chunks = _chunks(searcher, first.doc_id, filters)[:_BASIS_SCAN + 1]
    named = f"Văn bản hợp nhất {asked} (của {label})" if _consolidation_number(asked) else f"{label} (văn bản hợp nhất)"
    for at, chunk in enumerate(chunks):
        folded = fold(chunk.text)
        cue = CONSOLIDATED_FROM.search(folded)
        if not cue:
            continue
        pieces = [(chunk, chunk.start + cue.end(), chunk.end)]  # (passage, start, end) of the list's text
        for after in chunks[at + 1:]:  # the list runs on past the passage's end: the next passages' new text
            if CONSOLIDATED_LIST_END.search(fold(" ".join(p.text[s - p.start:e - p.start] for p, s, e in pieces))):
                break
            pieces.append((after, max(pieces[-1][2], after.start), after.end))
        cut = []  # each piece up to the sentence after the list
        for piece, begin, end in pieces:
            close = CONSOLIDATED_LIST_END.search(fold(piece.text[begin - piece.start:end - piece.start]))
            cut.append((piece, begin, begin + close.start() if close else end))
            if close:
                break
        text = "\n".join(piece.text[begin - piece.start:end - piece.start] for piece, begin, end in cut)
        items = [item for item in (" ".join(i.split()) for i in re.split(r"\n\s*[-–•]\s*", text)[1:]) if item]
        if not items:
            continue
        line_start = chunk.text.rfind("\n", 0, cue.start()) + 1
        said = re.search(r"(?i)van ban\s+$", folded[line_start:cue.start()])  # "Văn bản được hợp nhất từ …", past a note mark
        cut[0] = (chunk, chunk.start + (line_start + said.start() if said else cue.start()), cut[0][2])
        marks = "".join(draft.cite(Hit.of(piece, 1.0), begin, len(piece.text[:end - piece.start].rstrip()) + piece.start)
                        for piece, begin, end in cut if piece.text[begin - piece.start:end - piece.start].strip())
        draft.lines.append(f"{named} được hợp nhất từ {len(items)} văn bản {marks}:")
        draft.lines.extend(f"- {clean_display(item)}" for item in items[:TASKS_LISTED])
        return True
    return _compose_amended_opening(draft, chunks[:_BASIS_SCAN], named) or _said_unmerged(draft, label)


def _compose_amended_opening(draft: Draft, chunks: Sequence[StoredChunk], named: str) -> bool:
    """A consolidated text with no note of what it merges, whose opening names the text it reproduces and the texts
    that amended it ("Nghị định số 14/2016/NĐ-CP ngày 15 tháng 3 năm 2016 của Chính phủ …, được sửa đổi, bổ sung
    bởi: / Nghị định số 220/2025/NĐ-CP …", `corpus.headers.AMENDED_BY`, up to the first "Căn cứ"): it merges those."""
    for chunk in chunks:
        folded = fold(chunk.text)
        listed = _amending_list(folded)
        if not listed:
            continue
        cue, basis = listed
        opening = chunk.text.rfind("\n\n", 0, cue.start())
        opening = opening + 2 if opening >= 0 else 0
        stop = basis if basis is not None else len(folded)
        reproduced = " ".join(chunk.text[opening:cue.start()].split()).rstrip(", ")
        amending_texts = [" ".join(part.split()).lstrip(": ") for part in re.split(r"\n\s*\n", chunk.text[cue.end():stop])]
        amending_texts = [text for text in amending_texts if text]
        if not reproduced or not amending_texts:
            continue
        end = chunk.start + len(chunk.text[:stop].rstrip())
        draft.lines.append(f"{named} hợp nhất {len(amending_texts) + 1} văn bản {draft.cite(Hit.of(chunk, 1.0), chunk.start + opening, end)}: "
                           f"văn bản gốc và văn bản sửa đổi, bổ sung nó:")
        draft.lines.extend(f"- {clean_display(text)}" for text in [reproduced, *amending_texts][:TASKS_LISTED])
        return True
    return False


def _said_unmerged(draft: Draft, label: str) -> bool:
    draft.lines.append(f"{label} không ghi văn bản được hợp nhất trong văn bản đã lập chỉ mục.")
    return False


_BASIS_CUE = re.compile(r"(?i)\bcan cu\b")  # a "Căn cứ" line, on the fold


def _amending_list(folded: str) -> tuple[re.Match[str], int | None] | None:
    """Where a consolidated text's opening lists the texts that amended the one it reproduces, on the fold of a
    passage: the cue "được sửa đổi, bổ sung bởi:" (`corpus.headers.AMENDED_BY`) and the offset of the first "Căn cứ"
    after it, which ends the list (None when the passage has none); None without the cue."""
    cue = AMENDED_BY.search(folded)
    if not cue:
        return None
    basis = re.search(r"(?i)\bcan cu\b", folded[cue.end():])
    return cue, cue.end() + basis.start() if basis else None


def _reproduced_head(asked: str | None, own: str | None) -> bool:
    """Whether a question names a consolidated text by its own number ("40/VBHN-BTC") while the head found is the
    document it reproduces ("99/2020/TT-BTC", read from its opening by `corpus.headers`): that head's date is not the
    consolidation's."""
    return _consolidation_number(asked) and not _consolidation_number(own)


def _only_amending(searcher: Searcher, head: DocumentHead, number: str | None, filters: Filters) -> StoredReference | None:
    """The amending document a head question names by number, when the document found is a consolidated text that
    only lists it (`amending`): "Ai ký Nghị định 229/2025/NĐ-CP …?" finds the consolidated Nghị định 63/2023/NĐ-CP,
    whose head, signature and dates are not 229/2025's. None when the number is the document's own."""
    if not number or head.doc_number and number_key(head.doc_number)[::2] == number_key(number)[::2]:
        return None
    key = number_key(number)
    return next((r for r in amending(searcher, head, filters)
                 if r.number and number_key(r.number)[::2] == key[::2]), None)


def _title_names_asked(title: str, intent: Intent) -> bool:
    """Whether a trích yếu that carries out another document names the kind and issuer asked ("… hướng dẫn thực hiện
    nghị quyết nào của Chính phủ?" of "Hướng dẫn thực hiện giảm, gia hạn nộp thuế … theo Nghị quyết số 30/2008/NQ-CP
    ngày 11/12/2008 của Chính phủ …"); a question naming no issuer asks nothing more of it."""
    kind, issuer = intent.document_asked
    if kind and fold(kind).lower() not in fold(title).lower():
        return False
    return not issuer or any(same_agency(issuer, name) for name in agency_names(title))


def _asked_references(intent: Intent, refs: Sequence) -> list:
    """Of the documents a document cites, those of the kind and issuer the question asks for ("… căn cứ Quyết định
    nào của Thủ tướng Chính phủ?", `intent.asked_document`): a Thông tư, or another body's document, is not the one
    asked, however near its citing sentence. The issuer must be named by the citing sentence ("… của Thủ tướng
    Chính phủ về …")."""
    kind, issuer = intent.document_asked
    return [r for r in refs if (not kind or r.doc_type == kind or r.name.startswith(kind) or _kind_before(r, kind))
            and (not issuer or any(issued_by(issuer, name) for name in agency_names(r.quote)))]


_KIND_REACH = 80  # how far before a cited number its type word may stand ("Luật Thuế thu nhập cá nhân số 04/2007/QH12")


def _kind_before(ref: StoredReference, kind: str) -> bool:
    """Whether the citing sentence puts the type asked before the number, with the document's name between:
    "… của Luật Thuế thu nhập cá nhân số 04/2007/QH12" cites a Luật, though "số 04/2007/QH12" alone has no type."""
    at = ref.quote.find(ref.number) if ref.number else -1
    return at > 0 and re.search(rf"(?i)\b{re.escape(kind)}\b[^;:]*$", ref.quote[max(0, at - _KIND_REACH):at]) is not None


# A document's title saying it carries out another: "Ban hành kế hoạch triển khai Nghị quyết số 188/2025/QH15 …"
_CARRIES_OUT = re.compile(r"\b(?:triển khai|thực hiện|cụ thể hóa|hướng dẫn thi hành)\b", re.I)


def _of_kind(head: StoredChunk, kind: str) -> bool:
    """Whether a document is of the type asked ("Thông tư nào" takes a "Thông tư liên tịch"); one whose type was not
    read is not set aside."""
    return not head.doc_type or head.doc_type.startswith(kind)


def _dated_otherwise(dated: Sequence[tuple[str | None, str, str | None, str]], text: str) -> bool:
    """Whether a citing text dates a document the question names with its date (`dated_documents`) on another day."""
    return any(serial == asked_serial and day != asked_day and (not kind or not asked_kind or kind == asked_kind)
               for asked_kind, asked_serial, _, asked_day in dated for kind, serial, _, day in dated_documents(text))


def _titled_implementers(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters,
                         dated: Sequence[tuple[str | None, str, str | None, str]] = (), period: str | None = None) -> bool:
    """The documents whose own title says they carry out the one named, where no stored reference says it: Nghị quyết
    318/NQ-CP "Ban hành kế hoạch triển khai Nghị quyết số 188/2025/QH15 …" reads that resolution only as its basis
    ("Căn cứ …") in its references. Each quoted by its line naming the document after the verb; False when none."""
    if len(intent.documents) != 1:
        return False
    kind, serial, year = intent.documents[0]
    found = []
    for head in searcher.store.heads(filters=filters).values():
        said = _CARRIES_OUT.search(head.title or "")
        if not said or not mentions_number(head.title[said.end():], serial, kind, year) or intent.citing_issuer and not (
                head.issuer and same_agency(intent.citing_issuer, head.issuer)) \
                or intent.citing_kind and not _of_kind(head, intent.citing_kind) or _dated_otherwise(dated, head.title) \
                or period and not (head.issued_on or "").startswith(period):
            continue
        hit = Hit.of(head, 1.0)
        line = next(((start, end) for start, end, text in hit_sentences(hit)
                     if (at := _CARRIES_OUT.search(text)) and mentions_number(text[at.end():], serial, kind, year)), None)
        if line:
            found.append((head, hit, line))
    if not found:
        return False
    draft.lines.append(f"Các văn bản trong chỉ mục {KIND_WORDS['implements']} {_named(intent)}:")
    for head, hit, (start, end) in sorted(found, key=lambda f: f[0].issued_on or ""):
        draft.lines.append(f"- {describe(indexed(head))}, trích yếu “{clean_display(head.title)}” {draft.cite(hit, start, end)}")
    return True


def compose_relation(draft: Draft, intent: Intent, searcher: Searcher, filters: Filters, question: str = "") -> bool:
    """Which documents cite the one named in a given way, or which it cites that way, each with its citing
    statement quoted; False when the index holds no such relation. A citing statement that dates the document named
    otherwise than the question does cites another document of that number ("Chỉ thị 30/CT-TTg ngày 06/10/2025"
    asked, "Chỉ thị số 30/CT-TTg ngày 29/8/2024" cited: two directives numbered 30)."""
    direction, kind = intent.relation
    # what replaced it or repealed it, and what it replaces or repeals ("những nghị định nào hết hiệu lực": the closing
    # "Các Nghị định số … hết hiệu lực thi hành kể từ …" is stored as a repeal)
    kinds = ("replaces", "repeals") if kind == "replaces" else KINDS if kind == "mentions" else (kind,)
    keys = target_keys(intent.doc_number, *(intent.doc_reference or (intent.doc_type_named, None)))
    if direction == "in":
        found = [(head, ref) for head, ref in citing(searcher.store, keys, filters) if ref.kind in kinds]
        if intent.citing_issuer:  # "Văn bản nào của UBND tỉnh Long An triển khai …": that issuer's documents only
            found = [(head, ref) for head, ref in found if head.issuer and same_agency(intent.citing_issuer, head.issuer)]
        if intent.citing_kind:  # "Chỉ thị nào … để thực hiện … Nghị quyết 57-NQ/TW?": directives only
            found = [(head, ref) for head, ref in found if _of_kind(head, intent.citing_kind)]
        dated, period = dated_documents(question), issued_period(question)
        found = [(head, ref) for head, ref in found if not _dated_otherwise(dated, ref.quote)
                 and not (period and not (head.issued_on or "").startswith(period))]
        if not found:
            if kind == "implements":
                return _titled_implementers(draft, intent, searcher, filters, dated, period)
            return kind == "amends" and _amended_by(draft, intent, searcher, filters, keys)
        if kind == "replaces":  # also "… còn hiệu lực không?": say first that it no longer stands alone
            done = " và ".join(KIND_WORDS[k] for k in kinds if any(r.kind == k for _, r in found))
            draft.lines.append(f"{_named(intent)} đã được {done} bởi văn bản sau trong chỉ mục:")
        else:
            draft.lines.append(f"Các văn bản trong chỉ mục {KIND_WORDS[kind]} {_named(intent)}:")
        for head, ref in found:
            quote = " ".join(ref.quote.split())
            # which document replaces it is said by its number and by what it is about (its trích yếu): the quoted
            # sentence of its closing article names only the one replaced
            about = f", trích yếu “{clean_display(head.title)}”," if head.title else ""
            draft.lines.append(f"- {describe(indexed(head))}{about} {KIND_WORDS[ref.kind]} {ref.name}: “{quote}” "
                               f"{draft.cite(_reference_hit(head, ref))}")
        return True
    serial = intent.doc_reference[1] if intent.doc_reference else keys[0].split("/")[0] if keys else None
    heads = searcher.store.heads(filters=replace(filters, doc_serials=(serial,))) if serial else {}
    probe = _asked_probe(intent, keys)
    # one number may be several indexed files (a resolution and its appendix): the first that says it
    found = [(h, [r for r in h.references if r.kind in kinds]) for h in heads.values()
             if refers_to(probe, h)]
    head, refs = next(((h, refs) for h, refs in found if refs), (None, []))
    refs = _asked_references(intent, refs)
    if not refs:
        # no numbered document read as replaced or ended: the document's own sentence that says what it replaces or
        # ends by description may (Quyết định 60/2003/QĐ-UB of Nghệ An: "Thay thế tất cả các Quyết định về giá tính
        # Lệ phí trước bạ các loại xe do UBND tỉnh Nghệ An ban hành trước Quyết định này"; Thông tư 08/2001/TT-BTC:
        # "Các Thông tư sau đây của Bộ Tài chính không còn hiệu lực thi hành:" and its list of old-style numbers)
        return direction == "out" and kind in ("replaces", "repeals") \
            and any(_ended_by_description(draft, h, searcher, filters) for h, _ in found)
    draft.lines.append(f"{describe(indexed(head))} {' và '.join(KIND_WORDS[k] for k in kinds if any(r.kind == k for r in refs))}:")
    for ref, target in zip(refs, resolve_references(searcher.store, refs, filters)):
        where = f"có trong chỉ mục: {describe(indexed(target))}" if target else "chưa có trong chỉ mục"
        quote = " ".join(ref.quote.split())
        draft.lines.append(f"- {reference_name(ref)} ({where}): “{quote}” {draft.cite(_reference_hit(head, ref))}")
    return True
