"""Follow-up questions resolved against the conversation's last frame (document, record, agency, slot):
"Thời gian thực hiện?" keeps the task in focus, "Còn Sở Tài chính thì sao?" keeps the topic and document but
asks about another agency, "Kế hoạch đó ai ký?" keeps the document, "Còn Chỉ thị 30 thì sao?" keeps the topic."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.intent import DOC_ANAPHORA, DOC_NUMBER, EVENT_DATE, LEANED, MEETING, Intent, classify, content_words, named_spans, topic_words, without_titles
from assistant.parts import EVENT
from assistant.records import Answer, Citation, Turn
from assistant.rows import MISSING
from assistant.heads import states_proposal
from corpus.agencies import covers, find_agencies, group_subject
from corpus.obligations import cooperates_only
from corpus.records import Obligation
from corpus.text import normalize_query
from corpus.vn import ARTICLE_SWAP, DOCUMENT_WORDS, LEADER_TITLES, REPORTED_TO, listed_ordinal, role_label

# "còn Sở Tài chính thì sao?", "thế còn UBND các huyện?", "vậy Bộ Công an thì thế nào?"; "Bộ Y tế thì sao?" (the
# closing "thì sao" alone asks the same)
_SWAP = re.compile(r"^(?:(?:thế |vậy |và )?(?:còn|vậy|với)\s+(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao|"
                   r"thế nào|ra sao|thì)?|(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao))\s*\??$", re.I)
# "Còn hoạt động thăm dò, khai thác dầu khí thì sao?" after "… thuế suất thuế thu nhập doanh nghiệp là bao nhiêu?": another
# case of what the last question asked, however many words name it (the closing "thì sao" says nothing else is asked)
# So is "Còn vùng Đông Nam Bộ?" (after "… vùng Bắc Trung Bộ phấn đấu tăng trưởng GRDP bao nhiêu?") with the closing
# "thì sao" left unsaid, and "Vùng Duyên hải Nam Trung Bộ và Tây Nguyên thì sao?" with the opening "còn" left unsaid;
# never a case that asks a question of its own ("Còn hộ kinh doanh có được miễn không?", "Còn ai phối hợp?")
_CASE_SWAP = re.compile(r"^(?:(?:thế |vậy |và )?còn\s+(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao)?|"
                        r"(?:thế |vậy |và )?(.+?)\s*(?:thì sao|thì thế nào|thì như thế nào|thì ra sao))\s*\??$", re.I)
# what makes a case its own question: a question word, or a yes-or-no ending
_OWN_ASKING = re.compile(r"\b(?:ai|gì|nào|bao nhiêu|bao giờ|đâu|khi nào|bao lâu|ra sao|thế nào|mấy|không|chưa|"
                         r"phải không|có phải|à|hả|nhỉ)\b", re.I)


def case_swapped(text: str) -> str | None:
    """The other case a follow-up names and asks nothing of ("Còn vùng Đông Nam Bộ?", "Còn hoạt động thăm dò, khai
    thác dầu khí thì sao?", "Vùng Tây Nguyên thì sao?"): what the last content question asked is asked of it."""
    swap = _CASE_SWAP.match(text.strip())
    case = swap and (swap.group(1) or swap.group(2))
    return case if case and not _OWN_ASKING.search(case) else None
# "nhiệm vụ đó", "việc ấy", "nó": the record in focus; also with the act named between ("việc thông báo đó",
# "nhiệm vụ rà soát này"), unless a word between asks ("việc gì đó") or points elsewhere ("nhiệm vụ của kế hoạch
# này" is the document's)
_RECORD_ANAPHORA = re.compile(r"\b(?:nhiệm vụ|việc|công việc|nội dung|hoạt động)\s+(?:đó|này|ấy|trên|nói trên|kể trên)\b|"
                              r"\b(?:nhiệm vụ|việc|công việc|hoạt động)(?:\s+(?!(?:gì|nào|của|trong|theo|tại|ở|về|giao|"
                              r"cho|với)\b)[^\W\d]+){1,3}?\s+(?:đó|này|ấy|nói trên|kể trên)\b|^\s*nó\b", re.I)
_GO_ON = re.compile(r"^\s*(?:thế |vậy |và )?còn\b", re.I)
# Something named in the last answer, pointed at: "Ủy ban này", "Phân ban đó", "giấy phép đó", or a document by its
# type alone ("trong công văn", "của kế hoạch"): the conversation's document is tried first. "sau đó", "trong đó",
# "khi đó" are no pointers.
_THING_POINTED = r"\b(?!(?:sau|trong|khi|lúc|từ|đến|vì|do|như|theo)\s)[^\W\d]+\s+(?:này|đó|ấy|nói trên)\b"
_ENTITY_ANAPHORA = re.compile(_THING_POINTED + "|" +
                              rf"\b(?:trong|của|theo|tại)\s+(?:{DOCUMENT_WORDS})\b(?!\s+(?:số\s+)?\d)", re.I)
# "Còn phối hợp?", "Còn thời hạn thì sao?": a cell of the row in focus named alone after "còn", asked as the cell
# question it stands for (not a topic "phối hợp" to look for in other rows)
_BARE_CELL = re.compile(r"^\s*(?:thế |vậy |và )?còn\s+(?:cơ quan |đơn vị |bên |phần )?(phối hợp|chủ trì|thời hạn|hạn|"
                        r"thời gian(?: thực hiện)?)\s*(?:thì sao|thì thế nào|thế nào|ra sao)?\s*\??$", re.I)
_CELL_ASKED = {"phối hợp": "Ai phối hợp?", "chủ trì": "Ai chủ trì?"}
# "Còn phần phối hợp của sở này?", "Còn những việc phối hợp của bộ đó thì sao?": after an agency's tasks, the tasks the
# agency the pointer names only takes part in (not a cell of one row)
_PARTNER_PART = re.compile(r"^\s*(?:thế |vậy |và )?còn\s+(?:phần|(?:những|các)\s+(?:việc|nhiệm vụ)|việc|nhiệm vụ)\s+"
                           r"(?:được giao\s+)?phối hợp\s+(?:của\s+)?(cơ quan|đơn vị|bộ|sở|cục|tổng cục)\s+"
                           r"(?:đó|này|ấy|nói trên|trên)\s*(?:thì sao|thì thế nào|thế nào|ra sao)?\s*\??$", re.I)
# A turn correcting the last one: "Không, ý tôi là Kế hoạch 196", "Không phải, tôi hỏi Thông tư 75/2003 ai ký cơ",
# "Ý tôi là quyết định về xe ô tô": what follows is what was meant ("Không, Bộ Tài chính có chủ trì không?" is no
# correction: it answers the last turn and asks on)
_CORRECTION = re.compile(r"^\s*(?:(?:không|không phải|chưa đúng|nhầm rồi|sai rồi)(?:\s+(?:ạ|đâu))?\s*[,.!;:–-]*\s*"
                         r"(?:ý tôi là|ý tôi hỏi|tôi hỏi|tôi muốn hỏi)|ý tôi là)\s+(?:về\s+)?", re.I)
# "Quay lại quyết định của Bến Tre, ai ký?", "Trở lại kế hoạch kia: hạn khi nào?": a document the conversation was on
# before, described, then the question asked of it
_BACK = re.compile(r"^\s*(?:(?:thế |vậy )?(?:quay lại|quay về|trở lại|về lại))\s+(?:với\s+)?(.+?)\s*(?:[,:;]|\s+thì\s+)\s*(.+)$",
                   re.I)
_BODY_ASKED = re.compile(r"\b(?:bộ|sở|cơ quan|đơn vị|ngành|địa phương)\s+nào\b", re.I)
# "Còn Thông tư liên tịch 19/2009/TTLT-BTC-BNV thì giao ai?" after "Theo Thông tư liên tịch 123/2008/…, ai hướng dẫn …?":
# who, asked bare, asks the last who-question of the document named (as "thì giao bộ nào?" does), not a question of its
# own (the words "giao ai" alone find any sentence giving anyone anything)
_WHO_BARE = re.compile(r"^(?:(?:giao|do|là)\s+)?(?:ai|cơ quan nào|đơn vị nào)\s*\??$", re.I)
# the chat particle that insists ("… ai ký cơ?", "… về xe ô tô cơ, …"), never "cơ quan", "cơ sở"
_INSIST = re.compile(r"\s+(?:cơ|chứ)(?=\s*[,.?!]|\s*$)", re.I)
# a document pointed at inside a correction ("quyết định đó số mấy?") is the one it describes, not the last one
_POINTED_TYPE = re.compile(rf"\b({DOCUMENT_WORDS}|chương trình)\s+(?:đó|này|ấy|trên|nói trên|vừa rồi)\b", re.I)
# What a follow-up naming another task asks of it, after a question of this kind ("Còn <task> thì sao?"); the task
# is quoted, as a task named by its own words is (`Intent.quoted`)
_ASKED = {"lead": "Ai chủ trì “{}”?", "deadline": "Thời hạn của “{}” là khi nào?", "partners": "Ai phối hợp “{}”?"}
# What a follow-up naming only a row by its number ("Còn nhiệm vụ 4?") asks of it, after a question of this kind
_ROW_ASKED = {"lead": "Ai chủ trì nhiệm vụ {}?", "deadline": "Thời hạn của nhiệm vụ {} là khi nào?",
              "partners": "Ai phối hợp nhiệm vụ {}?"}
# An agency's part in a task asked of the task in focus ("Còn Bộ Công an thì chủ trì hay chỉ phối hợp?", "Bộ Tài
# chính làm gì trong việc này?"): read as the question "X chủ trì hay phối hợp <task>?" is
_ROLE_REWRITE = "{} chủ trì hay phối hợp {}?"
TOPIC_FEW = 2  # a follow-up with at most this many topic words of its own leans on the previous turn's topic


@dataclass(frozen=True)
class Resolved:
    question: str  # what retrieval and answering use
    own_question: str  # what the user typed (its type decides the answer's type)
    focus_doc: str | None = None  # the document the question stays on
    record: Obligation | None = None  # the task row in focus, when the question asks one of its cells
    record_citation: Citation | None = None  # where that row was cited
    previous: Intent | None = None  # the last turn's frame
    prefer_doc: str | None = None  # the document the conversation was on: tried first while it covers the question
    other_than: str | None = None  # the document a question asking for another one ("văn bản nào khác") leaves out
    on_sentence: bool = False  # a slot of the head asked alone of the sentence the last answer quoted (`_sentence_states`)


def _frame(turn: Turn) -> Intent:
    return classify(turn.answer.resolved_question or turn.question)


def resolve(question: str, turns: Sequence[Turn], on_row: bool = True) -> Resolved:
    """The question made self-contained from the last turn's frame when it leans on it; unchanged otherwise. With
    `on_row` false, a follow-up with words of its own that the row in focus does not hold is asked of the
    conversation's document, not of that row (see `apart_from_row`), and "Còn <agency>?" after a question on another
    agency's task asks what the document gives that agency."""
    text = normalize_query(question)
    if not turns:
        return Resolved(text, text)
    correction = _CORRECTION.match(text)
    if correction:
        text = _INSIST.sub("", text[correction.end():]).strip(" ,.")
        meant = classify(text)
        if not meant.names_document:
            # "Không, ý tôi là quyết định của Nghệ An về xe ô tô cơ, quyết định đó số mấy?": the document the last
            # answer cited is not the one meant; what is described is sought by its own words, that one left out
            text = _POINTED_TYPE.sub(r"\1", text)
            cited = turns[-1].answer.citations
            wrong = cited[0].doc_id if turns[-1].answer.answerable and cited else None
            return Resolved(text, text, previous=_frame(turns[-1]), other_than=wrong)
        if meant.kind == "content" and not meant.slot and len(meant.topic) <= TOPIC_FEW:
            text = f"Còn {text.rstrip('?')} thì sao?"  # "Không, ý tôi là Kế hoạch 196": the last question, of it
    back = _BACK.match(text)
    body = find_agencies(back.group(1)) if back else []
    if back and len(body) == 1 and body[0][1] == 0 and body[0][2] >= len(back.group(1).rstrip(" .")):
        # "Quay lại Bộ Nông nghiệp và Môi trường, khi đôn đốc … thì bộ đó báo cáo ai?": an agency the conversation spoke
        # of, not a document: the question asked of it ("bộ đó" is that agency), in the conversation's document
        rest = back.group(2)
        pointer = _AGENCY_POINTER.search(rest)
        text = normalize_query(rest[:pointer.start()] + body[0][0] + rest[pointer.end():] if pointer
                               else f"{body[0][0]}, {rest}")
        back = None
    if back and not classify(back.group(1)).names_document:
        earlier = _described_earlier(back.group(1), turns)
        if not earlier:
            # none the conversation was on fits: the document described is sought by its words, not the one in focus
            asked = normalize_query(f"{back.group(1)}, {back.group(2)}")
            return Resolved(asked, asked, previous=_frame(turns[-1]))
        # the document described, named by its number, and the question asked of it as if named so
        text = normalize_query(f"{earlier}, {back.group(2)}")
    part = _PARTNER_PART.match(text)
    pointed = _pointed_agency(part.group(1), turns) if part else ""
    if pointed:
        text = f"{pointed} phối hợp thực hiện những nhiệm vụ nào?"
    cell = _BARE_CELL.match(text)
    if cell:
        text = _CELL_ASKED.get(cell.group(1).lower(), "Thời hạn?")
    other = _OTHER_DOCUMENT.search(text)
    named = _other_document(other.group(1), turns) if other else ""
    if named:
        # "Còn Thông tư kia thì sao?" after turns on two documents: the one the conversation left, named
        text = text[:other.start()] + named + text[other.end():]
    pointer = _AGENCY_POINTER.search(text)
    agency = _pointed_agency(pointer.group(1), turns) if pointer else ""
    if agency:
        # "Cơ quan đó còn phải làm gì nữa?", "Bộ đó có trách nhiệm gì?": the agency the last turn named
        text = text[:pointer.start()] + agency + text[pointer.end():]
    last = turns[-1]
    text = _table_ordinal(text, last.answer)
    before = _frame(last)
    own = classify(text)
    # the document the conversation is on: a declined turn that named none leaves it where it was ("Phó Thủ tướng
    # nào được giao chỉ đạo?" declined, then "Văn bản đó ai ký?" asks of the document before)
    # A declined turn names a document by its own words, not by those its resolution carried from the turn before
    # ("Thời gian thực hiện?" declined, resolved "… Quyết định 807"; then "Nguồn vốn lấy từ đâu?" stays on the
    # document that answered, never the whole store)
    anchor = next((turn for turn in reversed(turns)
                   if turn.answer.answerable or classify(normalize_query(turn.question)).names_document), last)
    on = _frame(anchor)
    focus = anchor.answer.citations[0].doc_id if anchor.answer.answerable and anchor.answer.citations else None
    # a turn answered with the tasks it could not choose between ("Chưa xác định được câu hỏi nói về nhiệm vụ nào: có
    # 2 nhiệm vụ …") still cites the document it found: a question of its own words is tried there first (`prefer_doc`),
    # though no row of it is leaned on
    found = focus or (anchor.answer.citations[0].doc_id if anchor.answer.citations else None) or anchor.answer.focus_doc
    # a document the earlier question named only as what its answer's document reports on or carries out ("Theo Phụ
    # lục 1 báo cáo … về Nghị quyết 57-NQ/TW, ai …?"): the conversation stays on the document that answered (focus),
    # and "văn bản đó" is that one, never the one it is about
    doc_words = "" if on.document_acted_on and focus is not None else _doc_words(on)
    previous_text = last.answer.resolved_question or last.question
    record = _record_in_focus(turns, text)
    record_citation = _cited_row(last.answer.citations, record)
    few = len(own.topic) <= TOPIC_FEW
    swap = _SWAP.match(text) if few else None  # "Còn X thì sao?"; "Còn X phải … trước ngày nào?" is a question
    if _ANOTHER_DOCUMENT.search(text) and not own.names_document and focus:
        # "Có văn bản nào khác giao việc này không?": the task or topic in focus, asked of the other documents
        topic = record.task if record else _topic_text(previous_text, before)
        return Resolved(f"{text.rstrip('?')} {LEANED}{topic}", text, previous=before, other_than=focus)
    labelled = _LABELLED.match(text) if not own.agency and not own.names_document else None
    if labelled:
        # "Còn Danh mục C?" after "… tại địa bàn thuộc Danh mục B được áp dụng thuế suất bao nhiêu?", "Còn quý IV?" after
        # "… quý II năm 2009 …": the last question asked with the other item of the same series
        base = _asked_question(turns)
        head = re.escape(labelled.group(1))
        earlier = re.search(rf"(?i:\b{head}\s+(?:số\s+)?)({_LABEL})(?![\w/])", base)
        if earlier and earlier.group(1) != labelled.group(2):
            asked = base[:earlier.start(1)] + labelled.group(2) + base[earlier.end(1):]
            return Resolved(normalize_query(asked), text, focus, previous=before)
    article = ARTICLE_SWAP.match(text)
    if article and not own.names_document and (focus or doc_words):
        # "Còn điều 5?" after a question on a document: what that article of the same document says
        asked = f"{article.group(1).capitalize()} {doc_words} quy định gì?".replace("  ", " ")
        return Resolved(asked, text, focus, previous=before)
    if own.row and not own.names_document and not own.agency and (focus or doc_words):
        # "Còn nhiệm vụ số 4 thì ai chủ trì?", "Còn dòng 12?" after a row of a task table: the row of that number in
        # the same document (`rows.numbered_rows`), asked what the question asks or, naming nothing, what the last one
        # asked; never the row in focus, whose task the words "nhiệm vụ" would otherwise lean on
        asked = text if own.kind != "content" or own.slot else _ROW_ASKED.get(before.kind, text).format(own.row)
        return Resolved(f"{asked.rstrip('?')} {doc_words}?".replace(" ?", "?"), text, focus, previous=before)
    # "Còn Quyết định 2239 thì miễn nhiệm ai?": a question of its own after "thì", not "Còn X (thì sao)?"; one asking
    # which body ("Còn Nghị quyết 320/NQ-CP thì giao bộ nào?") asks the last question's agency of X, as a swap does
    after = re.search(r"\sthì\s+(?!(?:sao|thế nào|như thế nào|ra sao)\b)(\S.*)", swap.group(1) or swap.group(2) or "") \
        if swap else None
    asks_own = bool(after) and not _BODY_ASKED.search(after.group(1)) \
        and not (_WHO_BARE.match(after.group(1)) and before.kind in ("lead", "partners"))
    if own.names_document:
        if asks_own and not own.agency and own.kind == "content":
            return Resolved(text, text, previous=before)
        if swap and not own.agency and own.kind == "content":
            # "Còn Kế hoạch 196 thì sao?" after "Kế hoạch 193 về cây xanh giao Sở Văn hóa và Thể thao việc gì?", "Còn
            # Chỉ thị 29 thì sao?" after "Chỉ thị đó ai ký?": the last question, asked of the document named
            asked = previous_text
            if before.kind == "metadata" and LEANED in asked:  # a fact of the head: the topic it leaned on goes
                asked = asked.split(LEANED)[0]
            elif LEANED in asked:
                # a slot asked alone of the row before ("Ai phối hợp? – <the row's task in the other document's
                # words>"): the slot, with the topic of the question last asked in the user's own words ("… ai chủ
                # trì tuyên truyền về Luật Thuế thu nhập cá nhân?"); the row's words are the other document's
                own_words = _asked_question(turns)
                asked = f"{asked.split(LEANED)[0].rstrip(' ?')} {_topic_text(own_words, classify(own_words))}?"
            elif not on_row and before.kind in ("deadline", "content"):
                # "Còn Thông tư liên tịch 123/2008/TTLT-BTC-BCA thì sao?" after "Theo Thông tư liên tịch 122/2008/…, hết
                # năm Cục Tài chính/Bộ Quốc phòng phải nộp hết số thuế … chậm nhất vào ngày nào?" found nothing: the
                # body doing it was the other document's (each joint circular names its own), so the same time or
                # fact is asked of the document named without it
                asked = _without_agencies(asked)
            named = swap.group(1) or swap.group(2)
            named = named[:after.start()] if after else named  # "… thì giao ai": the document, not the who asked
            return Resolved(normalize_query(_on_document(asked, named)), text, previous=before)
        # another document: keep the topic when the question brings none of its own; a fact of the document's head
        # or closing articles ("Còn Luật 32/2013/QH13 thì có hiệu lực khi nào?" after the time of a task of another
        # text) is no task's: the topic before says nothing of it
        if few and before.topic and not own.agency and own.kind != "metadata":
            # after a slot asked alone of a row ("Phối hợp với những sở nào? – <the row's task>"), the topic is the one
            # the user last asked in their own words ("… ai chủ trì tổ chức tuyên truyền về Luật Thuế thu nhập cá
            # nhân?"): the row's words are the other document's, and the title words of its agencies ("Sở") none
            own_words = _asked_question(turns) if LEANED in previous_text else previous_text
            topic = _topic_text(own_words, classify(own_words) if LEANED in previous_text else before)
            return Resolved(f"{text.rstrip('?')} – {topic}", text, previous=before)
        return Resolved(text, text, previous=before)
    # "Còn báo cáo quý?" after "… phải nộp báo cáo năm trong thời hạn bao lâu?": with few words too, what "còn"
    # names alone (no agency, no time of its own asked) is asked what the last question asked
    subject = _SWAP.match(text) if (not few or _GO_ON.search(text) and own.kind == "content" and not own.slot) \
        and not own.agency and before.kind in _ASKED else None
    if subject and (subject.group(1) or subject.group(2)) \
            and (re.search(r"\sthì\s", subject.group(1) or subject.group(2))
                 or not _OWN_ASKING.search(subject.group(1) or subject.group(2))):
        # (a subject that asks a question of its own, "Còn báo cáo tiến độ gửi ai?", is no other task; one asking
        # after "thì", "Còn các cơ sở … khác thì ai quyết định?", is still read as before: asked alone it is answered
        # with the row's agency but not the officer the sentence names, "Cục trưởng Cục thuế")
        # "Còn Đề án trồng, chăm sóc và bảo vệ cây xanh thì sao?" after who led (or when, or with whom) a task of the
        # document: the same asked of that other task, in the same document
        asked = _ASKED[before.kind].format(subject.group(1) or subject.group(2))
        return Resolved(normalize_query(f"{asked} {doc_words}".strip()), text, focus, previous=before)
    if own.kind == "lead" and own.agency and own.lead_said and not own.topic and not own.names_document \
            and (record and last.answer.answerable or not last.answer.answerable and before.kind == "lead"
                 and before.topic and not before.agency):
        # "Còn Bộ Công an thì chủ trì hay chỉ phối hợp?", "Bộ Khoa học và Công nghệ thì sao, có chủ trì không?" after a
        # task row was answered: that agency's part in the task in focus, not the rows it leads elsewhere; after "Ai
        # chủ trì <task>?" left between near rows, its part in the task asked (so the tie stays, never the agency's
        # own row on a like task given as the answer)
        task = f"“{record.task}”" if record and last.answer.answerable else _topic_text(previous_text, before)
        asked = _ROLE_REWRITE.format(own.agency, task)
        return Resolved(normalize_query(f"{asked} {doc_words}".strip()), text, focus, previous=before)
    # (an agency pointed at, "Sở đó phối hợp với ai?", is the one the last answer's row is led by: not another agency,
    # and the row in focus stays, not the document's other rows naming the title asked before)
    # (after an answer listing several of its tasks, "Thế bộ đó phải xong trước khi nào?", the topic carried says which)
    pointed_lead = bool(agency) and record is not None and last.answer.answerable and len(last.answer.obligations) == 1 \
        and any(covers(agency, name) or covers(name, agency) for name in record.lead)
    if own.agency and (swap or few) and not own.doc_anaphora and not _RECORD_ANAPHORA.search(text) \
            and not pointed_lead:
        # another agency: keep the topic and the document, never the previous agency's record
        mine = _asked_of_agency(swap.group(1) or swap.group(2) or "", own.agency) if swap else ""
        if mine and classify(f"{mine.rstrip(' ?')}?").kind == classify(_asked_question(turns, agency=True)).kind:
            mine = ""  # "Còn Bộ X thì được giao gì?" after "… giao Bộ Y làm gì?": the same question, asked of Bộ X
        named = doc_words or (_cited_document(anchor.answer.citations[0]) if focus and anchor.answer.citations else "")
        if mine and named:
            # "Còn Bộ Nội vụ phải làm gì?", "Còn Văn phòng Trung ương Đảng thì phối hợp với ai?": a question of the
            # user's own asked of the agency named, in the conversation's document; not the last question with the
            # agency swapped in ("Theo quyết định phân công Thành viên Bộ Nội vụ …, … trong bao lâu?")
            kept = on.names_document or on.doc_anaphora
            return Resolved(normalize_query(f"{mine.rstrip(' ?')} {named}?"), text, focus if kept else None,
                            previous=before, prefer_doc=None if kept else focus)
        if swap:  # "Còn Sở Tài chính thì sao?": the last question that asked about an agency, with this one
            base = _asked_question(turns, agency=True)
            old = _agencies_in(base)
            frame = classify(base)
            # the agency the question asked about, not the issuer it names ("Chỉ thị … của UBND tỉnh Y giao Cục X …")
            old = [span for span in old if frame.agency and covers(span[0], frame.agency)] or old
            # a who-question names agencies only as what its task acts on ("ai chủ trì rà soát các văn bản do HĐND và
            # UBND tỉnh ban hành?"): none is the one asked about, and "Thế còn UBND huyện?" asks what the document
            # gives that agency on the same topic, not who reviews the district's texts
            acted_on = bool(old) and frame.kind in ("lead", "partners") and all(
                _ACTED_ON.search(base[:start]) for _, start, _ in old)
            old = [] if acted_on else old
            # no agency to swap ("Theo Chỉ thị 44, ai chủ trì <task>?" then "Còn Sở X thì sao?"): what the document
            # named asks of Sở X; with no document named, the question with Sở X (its topic finds the document)
            named = _doc_words(frame)
            # So too after a content question naming no agency ("Gặp vướng mắc thì phản ánh về đâu?", then "Còn Văn
            # phòng Chính phủ?"): the agency has no part in what it asked, and the last question with the agency's name
            # added is answered with the same passage, which says nothing of it
            if not named and focus and (acted_on or not old and frame.kind == "content"):
                # the document the conversation is on, found by its topic ("Ai chủ trì dự thảo Nghị quyết của HĐND
                # tỉnh về …?" answered from Kế hoạch 193, then "Thanh tra tỉnh thì sao?"): what it gives that agency,
                # as for a document named, not the last question with the agency's name added (its row again). A
                # who-question naming no agency at all keeps its task ("Còn Bộ Tư pháp thì sao?" after "Ai chủ trì
                # xây dựng Luật Năng lượng nguyên tử (sửa đổi)?" asks of Bộ Tư pháp in that task)
                named = _cited_document(anchor.answer.citations[0])
            moved = _doc_words(on) if on.names_document and anchor.answer.answerable else ""
            if named and moved and moved != named and not (old and not acted_on):
                # the conversation went on to another document after the question asked of an agency ("Thế còn Chỉ
                # thị 22/2008/CT-TTg?" answered, then "Đài truyền hình Việt Nam thì sao?"): what that document gives
                # the agency, not the one the earlier question named
                named = moved
            start, end = _listed(base, _agencies_in(base), old[0]) if old else (0, 0)
            topic = f" về {_topic_text(base, frame)}" if acted_on and frame.topic else ""
            resolved = (base[:start] + own.agency + base[end:] if old else
                        f"{named} giao {own.agency} nhiệm vụ gì{topic}?" if named else f"{base} {own.agency}")
            if not on_row and old and named and classify(resolved).topic:
                # the topic kept is the previous agency's task ("… Bộ Công an chỉ đạo Công an cấp xã thông báo gì …"
                # then "Còn Bộ Y tế?") and the document says nothing of it for this agency: what the document gives
                # this agency is what "Còn <agency>?" then asks
                resolved = f"{named} giao {own.agency} nhiệm vụ gì?"
        else:  # "Bộ Tài chính được giao gì?": this question, on the previous topic
            resolved = f"{text.rstrip('?')} {_topic_text(previous_text, before)}"
        if not swap:
            resolved += f" {doc_words}"
        kept = on.names_document or on.doc_anaphora
        # a document found by its title or topic ("Theo Chiến lược … logistics, Bộ X phải làm gì?") is tried first
        # for the new agency, while it covers the question: another document's rows of that agency are no answer
        return Resolved(normalize_query(resolved), text, focus if kept else None, previous=before,
                        prefer_doc=None if kept else focus)
    other = _pointed_elsewhere(text, anchor, turns)
    if other:
        # "Chỉ thị đó do ai ban hành?" after an answer on Kế hoạch 193 naming "Chỉ thị số 20-CT/TU" it carries out:
        # the document of that type the answer named, not the conversation's (another type)
        return Resolved(normalize_query(_on_document(text, other)), text, previous=before)
    sentence = _sentence_states(own, last, record, record_citation)
    if sentence:
        # "Theo đề nghị của ai?" after the sentence "Theo đề nghị của Tổng công ty dầu khí Việt Nam, …, Bộ Thương mại
        # duyệt danh mục …", "Gửi cho ai?" after "… lập kế hoạch thu, nộp thuế … gửi Bộ Công an …": asked of what that
        # sentence does, not of the document's preamble or addressees
        return Resolved(f"{text.rstrip('?')} {LEANED}{sentence} {doc_words}".strip(), text, focus, previous=before,
                        on_sentence=True)
    if own.slot == "recipients" and own.topic <= _SENT_WORDS and not (own.agency or own.names_document
                                                                     or own.doc_anaphora) \
            and before.kind not in ("metadata", "relation") and not last.answer.answerable:
        # "Gửi cho ai?" after "Theo Thông tư 48/2000/TT-BTC, ai có trách nhiệm lập báo cáo thuế thu nhập doanh nghiệp
        # của các báo in …?" was declined: where what the user asked about is sent ("… lập báo cáo thuế thu nhập doanh
        # nghiệp … gửi Bộ Tài chính …"), never the document's own addressees, which "Văn bản này gửi cho ai?" or a
        # question after the document's head asks (after an answer quoting a sentence that sends nothing, the head's
        # addressees as before)
        asked = _asked_question(turns)
        topic = _topic_text(asked, classify(asked))
        if topic:
            return Resolved(f"{text.rstrip('?')} {LEANED}{topic} {doc_words}".strip(), text, focus or found,
                            previous=before, on_sentence=True)
    if own.doc_anaphora and (own.slot or own.kind != "content" or few and not _RECORD_ANAPHORA.search(text)) \
            or own.kind == "metadata" and not own.agency and (focus or _doc_words(on)):
        # "Kế hoạch đó ai ký?", "Nghị định này bãi bỏ nghị định nào?" (too few words of its own to find it by): the
        # same document, not the row before; so is a fact of the document's head or closing articles asked alone
        # ("Có hiệu lực khi nào?", "Theo đề nghị của bộ nào?"): the topic of the task before says nothing of it
        # after a declined turn, the document its passages came from (`Answer.focus_doc`) is the one pointed at
        words = doc_words
        if not words and focus and anchor.answer.citations:
            # the conversation's document found by its topic, not named ("Thông tư này làm những thông tư nào hết hiệu
            # lực?" after turns on Thông tư 08/2001/TT-BTC's passages): named by its number where the question, so
            # named, asks its relations, which are read by number (`heads.compose_relation`)
            named = _cited_document(anchor.answer.citations[0])
            words = named if named and classify(f"{text.rstrip('?')} {named}").kind == "relation" else ""
        return Resolved(f"{text.rstrip('?')} {words}".strip(), text, focus or anchor.answer.focus_doc,
                        previous=on)
    meeting = MEETING.search(previous_text) if own.kind == "lead" and not own.topic and not own.agency and not record \
        and before.kind not in (*_ASKED, "agency_tasks") else None
    if meeting:
        # "Ai chủ trì?" after "Phiên họp thứ hai của Ban Chỉ đạo … diễn ra ngày nào?": who chaired that meeting (as
        # "Ai chủ trì phiên họp …?" asks, `intent.CHAIR_ASKED`), not who leads a task it assigned
        asked = previous_text[meeting.start():]
        when = EVENT_DATE.search(asked)
        asked = asked[:when.start()] if when else asked.split("?")[0]
        return Resolved(f"{text.rstrip('?')} {asked.strip()}?", text, focus, previous=before)
    if listed_ordinal(text):
        # "Nhiệm vụ thứ hai thì sao?": an item of the last answer's list by its place, which need not be the
        # document's (an answer lists each sentence of a bullet apart): no row is leaned on, a guess would be wrong
        return Resolved(text, text, previous=before)
    if own.agency and record and own.kind == "agency_tasks" and _RECORD_ANAPHORA.search(text) \
            and any(covers(own.agency, name) for name in (*record.lead, *record.partners)):
        # "Bộ Tài chính làm gì trong việc này?" after a row Bộ Tài chính only takes part in: its part in that row (as
        # "X chủ trì hay phối hợp <task>?" is answered), not every task the document gives it to lead
        # the rewritten question's kind (who leads) is what it asks, so it stands as the question typed too
        asked = _ROLE_REWRITE.format(own.agency, f"“{record.task.rstrip('. ')}”")
        return Resolved(f"{asked} {doc_words}".strip(), _ROLE_REWRITE.format(own.agency, "nhiệm vụ này"), focus,
                        previous=before)
    case = case_swapped(text) if before.kind == "content" and own.kind == "content" and not own.slot \
        and not own.agency and not record else None
    swapped = _case_in_place(_asked_question(turns), case) if case else ""
    if swapped:
        # "Còn vùng Đông Nam Bộ?" after "… vùng Bắc Trung Bộ phấn đấu tốc độ tăng trưởng GRDP bình quân bao nhiêu …?":
        # the last question asked again with the new case where it named the old one (never with both in it)
        asked = swapped if classify(swapped).names_document else f"{swapped.rstrip('?')} {doc_words}?"
        return Resolved(normalize_query(asked.replace(" ?", "?")), text, focus, previous=before)
    leans = _RECORD_ANAPHORA.search(text) or few and (_GO_ON.search(text) or not own.agency) or (
        before.kind == "content" and own.kind == "content" and not own.slot and not own.agency
        and case_swapped(text) is not None)
    if not leans:
        kept = on.names_document or on.doc_anaphora or _ENTITY_ANAPHORA.search(text) or _stayed_on(turns, found)
        if not found and not anchor.answer.answerable and on.names_document and doc_words \
                and not (own.names_document or own.agency or own.doc_anaphora) \
                and not _named_as_object(normalize_query(anchor.question)):
            # "Phó Thủ tướng nào chỉ đạo?" after "Còn Nghị quyết 320/NQ-CP thì giao bộ nào?" found no passage at all:
            # no document was found to try first, and the one the user named is the conversation's; asked of it
            return Resolved(f"{text.rstrip(' ?')} {doc_words}?", text, previous=before)
        return Resolved(text, text, previous=before, prefer_doc=found if kept else None)
    if (not on_row or role_label(text)) and _apart(own, record, text) \
            or _ENTITY_ANAPHORA.search(text) and not _RECORD_ANAPHORA.search(text) and _apart(own, record, text):
        # also "Ai chủ trì phiên họp đó?" after a task the meeting assigned: what is pointed at is not the row; nor is
        # a role a plan labels on a line of its own ("Ai thẩm định?" after who draws up the programme: "Cơ quan thẩm
        # định: Sở Xây dựng.", `vn.role_label`) when the row in focus does not do that act
        return Resolved(f"{text.rstrip('?')} {doc_words}".strip(), text, focus, previous=before)
    # no row in focus, but the last answer quoted a passage and the follow-up points at what it says ("Việc thông báo
    # đó làm vào lúc nào?" after the quoted point "Công an cấp xã, từ ngày 25 đến ngày 30 tháng cuối quý, thông báo
    # …"): that passage is what it leans on, not the last question's words
    # So too for a follow-up asking only a cell of it ("Thời hạn?", "Phối hợp với ai?" after "Theo Nghị định 24/2007/
    # NĐ-CP, cơ sở kinh doanh phải nộp báo cáo quyết toán thuế cho cơ quan nào?" answered with the sentence "Cơ sở kinh
    # doanh phải nộp báo cáo quyết toán thuế cho cơ quan Thuế trong thời hạn 90 ngày …"): the sentence quoted is the
    # one it asks of. A follow-up with words of its own beside the pointer ("Giao ai hướng dẫn việc áp dụng mức đó?"
    # after the article stating that level) asks another sentence: the last question's topic finds it, not the
    # article quoted.
    slot_only = own.slot in ("deadline", "partners", "lead") and not own.topic and not own.agency
    quoted = last.answer.citations[0].quote if not record and last.answer.answerable and not last.answer.obligations \
        and last.answer.citations and (_RECORD_ANAPHORA.search(text) and few or slot_only) else ""
    topic = record.task if record else " ".join(quoted.split()) or " ".join(
        (before.agency or "", _topic_text(previous_text, before)))
    return Resolved(f"{text.rstrip('?')} {LEANED}{topic} {doc_words}".strip(), text, focus,
                    record if own.slot in ("deadline", "lead", "partners", "recurrence") else None,
                    record_citation, previous=before)


# A case named by a head word and a proper name: "vùng Bắc Trung Bộ", "tỉnh Ninh Bình", "vùng Duyên hải Nam Trung Bộ
# và Tây Nguyên" (a lower-case word or "và" inside the name, before another capitalised one)
_NAMED_CASE = r"\s+(?:[A-ZĐ][^\W\d]*)(?:\s+(?:(?:và|[^\W\d]+)\s+)?[A-ZĐ][^\W\d]*)*"


def _case_in_place(base: str, case: str) -> str:
    """`base` (the last question) with `case` put in place of the case of the same head word it named by a proper name
    ("… vùng Bắc Trung Bộ phấn đấu …" with "vùng Đông Nam Bộ" → "… vùng Đông Nam Bộ phấn đấu …"); empty when it
    names none, or names the same one."""
    head = re.match(r"\s*([^\W\d]+)", case)
    if not head or not re.match(r"\s*[^\W\d]+" + _NAMED_CASE + r"\s*$", case):
        return ""
    old = re.search(rf"(?i:\b{re.escape(head.group(1))})" + _NAMED_CASE, base)
    if not old or old.group(0).casefold() == case.strip().casefold():
        return ""
    return base[:old.start()] + case.strip()[0].lower() + case.strip()[1:] + base[old.end():]


# "nhiệm vụ thứ ba", spelled out (`vn.listed_ordinal`); a row of a task table is named by its TT number (`intent.ROW`)
_TASK_ORDINAL = re.compile(r"(?i)\b(nhiệm vụ\s+thứ)\s+[^\W\d]+")
_NUMBERED_ROW = re.compile(r"\bnhiệm vụ\s+\d{1,3}$")


def _table_ordinal(text: str, last: Answer) -> str:
    """"Nhiệm vụ thứ ba do ai chủ trì?" after an answer giving one row of a numbered task table (Kế hoạch 193's
    Phụ lục, row 1, Sở Xây dựng's only task): no list of the answer's is counted in, so the table's row of that TT
    number is meant, asked as "nhiệm vụ thứ 3" (`intent.ROW`). After an answer listing several tasks the place may be
    the list's: left as typed (and not answered, `answering`)."""
    ordinal = listed_ordinal(text)
    cited = last.citations[0].section if last.answerable and last.citations else ""
    if not ordinal or len(last.obligations) > 1 or not _NUMBERED_ROW.search(cited or ""):
        return text
    return _TASK_ORDINAL.sub(rf"\1 {ordinal}", text, count=1)


def _stayed_on(turns: Sequence[Turn], doc: str | None) -> bool:
    """Whether the conversation has stayed on `doc` since a turn that named it (by number, by its type and title:
    "Nghị quyết của Chính phủ về dự án Luật sửa đổi … Luật Công nghiệp quốc phòng …", or pointing at it): every turn
    answered since cites it first. A follow-up of words of its own ("Ai thay mặt Chính phủ ký Tờ trình?") is then tried
    in that document first, not in another one saying the same of another body (Nghị quyết 323/NQ-CP)."""
    if not doc:
        return False
    for turn in reversed(turns):
        if not turn.answer.answerable or not turn.answer.citations:
            continue
        if turn.answer.citations[0].doc_id != doc:
            return False
        frame = classify(normalize_query(turn.question))
        if frame.names_document or frame.types_named or frame.doc_anaphora:
            return True
    return False


def _sentence_states(own: Intent, last: Turn, record: Obligation | None, cited: Citation | None) -> str:
    """The sentence the last answer quoted, when a follow-up asks only who proposed or whom something is sent to
    ("Theo đề nghị của ai?", "Gửi cho ai?", few words of its own) and that sentence states it: a proposal it acts on
    ("theo đề nghị của …"), an agency it sends or reports to ("gửi Bộ Công an"). Empty after an answer from the
    document's head (its signer, date, title: the head's proposer or addressees are asked) or one that quoted none."""
    answer = last.answer
    if own.slot not in ("proposer", "recipients") or len(own.topic) > TOPIC_FEW or own.agency or own.names_document \
            or own.doc_anaphora or not answer.answerable or answer.intent == "metadata" or not answer.citations:
        return ""
    sentence = " ".join((cited.quote if record and cited else answer.citations[0].quote).split())
    if own.slot == "proposer":
        return sentence if states_proposal(sentence) else ""
    return sentence if any(REPORTED_TO.search(sentence[:start]) for _, start, _ in _agencies_in(sentence)) else ""


# The words that ask a row's lead or partners ("Phối hợp với ai?", "Ai chủ trì?"): task texts use them as role words
# ("Chủ trì, phối hợp với …"), so they say nothing of which task a follow-up is on; "báo cáo" in "Thời hạn báo cáo việc
# đó là khi nào?" does.
_ROLE_WORDS = frozenset({"chủ", "trì", "phối", "hợp"})


def _fills(slot: str | None, row: Obligation) -> bool:
    """Whether the row states the cell a slot-only follow-up asks ("Phối hợp với ai?", "Thời hạn?"): of an agency's
    tasks equally near the topic, the one that states it is the one such a follow-up can be on."""
    return bool(row.partners if slot == "partners" else row.deadline if slot == "deadline" else True)


def _apart(own: Intent, record: Obligation | None, text: str) -> bool:
    """Whether a follow-up leaning on the row in focus has words of its own that the row does not hold ("Báo cáo kết
    quả trước mấy giờ?" after a ministry's task that says nothing of reports: a report, a review the follow-up names
    that the row does not, `parts.EVENT`), and points at no row."""
    if not record or _RECORD_ANAPHORA.search(text):
        return False
    events = set(EVENT.findall(text.lower())) - set(EVENT.findall(record.task.lower()))
    # "Các đơn vị báo cáo về tỉnh trước ngày nào?" after Sở Văn hóa và Thể thao's own duty to report: what all the
    # units do is asked, not what the one lead's row says
    others = group_subject(text) and bool(record.lead) and not any(group_subject(lead) for lead in record.lead)
    return bool(events) or others or not own.topic <= content_words(record.task)


def points_back(question: str) -> bool:
    """Whether a follow-up points at something the conversation said ("mức đó", "nhiệm vụ này"), not only asks of the
    same matter in words of its own ("… theo thông báo là khi nào?" names a kind of paper, points at none)."""
    return bool(re.search(_THING_POINTED, question, re.I) or _RECORD_ANAPHORA.search(question))


def agency_only(question: str) -> str | None:
    """The agency a follow-up names and nothing else ("Còn Bộ Y tế?", "Bộ Y tế thì sao?"): what the document gives it
    is asked, whatever cell the question before asked."""
    own = classify(normalize_query(question))
    swap = _SWAP.match(normalize_query(question))
    return own.agency if swap and own.agency and not own.slot and not own.topic and not own.names_document else None


def found_without_cell(answer: Answer) -> bool:
    """Whether an answer found one task row and declined only because the cell asked is empty ("… không nêu thời hạn
    cho nhiệm vụ này; văn bản ghi: …")."""
    return len(answer.obligations) == 1 and bool(_CELL_MISSING.search(answer.text))


def apart_from_row(question: str, turns: Sequence[Turn]) -> bool:
    """Whether `resolve` leans the question on a row that does not hold all its words: when that row's passage does
    not answer it, the conversation's document may (`resolve(…, on_row=False)`)."""
    return bool(turns) and resolve(question, turns, on_row=False) != resolve(question, turns)


def _record_in_focus(turns: Sequence[Turn], follow_up: str = "") -> Obligation | None:
    """The task row the conversation is on: the last answer's first row; or, when the last question leaned on the
    row of the answer before it and was answered by quoting that row's passage without reading it as a row ("Mức
    phải đạt là bao nhiêu?" of an indicator), that row, which stays in focus."""
    last = turns[-1].answer
    if not last.answerable and found_without_cell(last):
        # "Còn Bộ Y tế?" answered with the one task of that agency, declined only because it gives no time ("Chỉ thị
        # 22/2008/CT-TTg không nêu thời hạn cho nhiệm vụ này; văn bản ghi: …"): the task was found, and "Thời hạn?"
        # after it is asked of that task
        return last.obligations[0]
    if not last.answerable:
        return None
    if last.obligations:
        return _asked_row(last, last.resolved_question or turns[-1].question, follow_up)
    first = last.citations[0].chunk_id if last.citations else None
    earlier = next((t.answer for t in reversed(turns[:-1]) if t.answer.answerable and t.answer.obligations), None)
    record = _asked_row(earlier, last.resolved_question or "") if earlier else None
    leaned = record is not None and f"{LEANED}{record.task}" in (last.resolved_question or "")
    return record if leaned and record.chunk_id == first else None


# How an answer says the task it found leaves the cell asked empty (`rows.MISSING`): "… không nêu thời hạn cho nhiệm vụ
# này; văn bản ghi: …".
_CELL_MISSING = re.compile("không nêu (?:" + "|".join(MISSING.values()) + ") cho nhiệm vụ này")


def _cited_row(citations: Sequence[Citation], record: Obligation | None) -> Citation | None:
    """Where the row in focus was cited: of the citations of its passage, the one quoting the row's own words (a
    passage holding several rows of one agency is cited once for each)."""
    cited = [c for c in citations if record and c.chunk_id == record.chunk_id]
    words = " ".join(record.task.split())[:60] if record else ""
    return next((c for c in cited if words in " ".join(c.quote.split())), cited[0] if cited else None)


def _asked_row(answer: Answer, asked: str, follow_up: str = "") -> Obligation:
    """The row of an answer the question asked about: the one sharing the most topic words with it, the first where
    none shares more ("Công điện 190 giao Bộ Xây dựng việc gì về Trung tâm giao dịch bất động sản?" is answered with
    the ministry's six tasks; the one on that centre is the task in focus). Of an agency's tasks listed in the
    document's order, the follow-up's own words come first ("Thời hạn báo cáo việc đó là khi nào?"), and of rows
    equally near, one stating the cell a slot-only follow-up asks ("Phối hợp với ai?")."""
    listed = answer.intent == "agency_tasks" and bool(follow_up)
    # the follow-up's own topic and the report or review it names ("Thời hạn báo cáo việc đó …"); not the words that
    # ask the cell ("Thời hạn?": "thời" is in many a task's "thời gian", "kịp thời")
    own = topic_words(follow_up) - _ROLE_WORDS if listed else set()
    events = set(EVENT.findall(follow_up.lower())) if listed else set()
    slot = classify(follow_up).slot if listed else None
    asked = without_titles(asked)
    wanted = topic_words(asked)
    said = re.findall(r"\w+", asked.lower())
    # a phrase of the question kept whole in a row ("thuế bất động sản") weighs before words found apart in it
    pairs = {pair for pair in zip(said, said[1:]) if wanted.issuperset(pair)}
    # "… giao Văn phòng UBND tỉnh chủ trì việc gì?": of rows equally near, one the agency leads in its own words, not
    # one opening "Phối hợp với Sở Văn hóa và Thể thao …" listed under its heading (Kế hoạch 196, Mục V.2)
    led = bool(_LEAD_ASKED.search(asked))
    # of a long list, the words and phrases most of its rows hold tell none of them apart: the document's subject
    # ("thuế thu nhập cá nhân" in 9 of Bộ Tài chính's 14 tasks of Chỉ thị 22/2008/CT-TTg); "… chỉ đạo cơ quan Thuế
    # làm gì về đăng ký thuế …?" is asked of the one row saying "đăng ký thuế", not the Ban Chỉ đạo's row that spells
    # the law's name out
    # "Thế Bộ Tư pháp phải làm gì?" answered with the task it leads, then those it only works in: a slot-only follow-up
    # ("Thời hạn?") asks of a task it leads, whatever words the question carried from the turn before
    agency = classify(asked).agency if listed else None
    rows = answer.obligations
    if len(rows) >= 6:
        held = [(content_words(r.task), set(zip(w, w[1:]))) for r in rows for w in [re.findall(r"\w+", r.task.lower())]]
        wanted = {w for w in wanted if 2 * sum(w in words for words, _ in held) <= len(rows)}
        pairs = {p for p in pairs if 2 * sum(p in twos for _, twos in held) <= len(rows)}

    def shared(row: Obligation) -> tuple[int, bool, int, int, bool, bool]:
        words, task_words = re.findall(r"\w+", row.task.lower()), content_words(row.task)
        return (len(own & task_words) + len(events & set(EVENT.findall(row.task.lower()))),
                bool(agency) and any(covers(name, agency) for name in row.lead),
                len(pairs & set(zip(words, words[1:]))), len(wanted & task_words), _fills(slot, row),
                not (led and cooperates_only(row.task)))

    return max(answer.obligations, key=shared)


# A question asking what an agency leads: "… giao Văn phòng UBND tỉnh chủ trì việc gì?", "Sở X chủ trì nhiệm vụ nào?"
_LEAD_ASKED = re.compile(r"\bchủ\s+trì\b(?!\s*(?:,\s*)?(?:hay|hoặc)\b)", re.I)


# An agency named as the author or owner of what a task acts on: "các văn bản do HĐND và UBND tỉnh ban hành", "…
# của Bộ Tài chính"; or as what the task founds or is put to: "ai trình Thủ tướng quyết định thành lập Ban Chỉ đạo
# Trung ương …?" (who submits, to whom, to found what: neither is the doer asked about)
_ACTED_ON = re.compile(r"\b(?:do|của|thành lập|kiện toàn|trình|gửi|báo cáo(?:\s+(?:về|lên))?|tham mưu(?:\s+cho)?)\s+$",
                       re.I)

# Agencies listed together: "Bộ Quốc phòng và Bộ Công an", "Bộ Tài chính, Bộ Tư pháp", "Cục Tài chính/Bộ Quốc phòng".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+|/)\s*", re.I)


def _listed(text: str, agencies: list, asked: tuple) -> tuple[int, int]:
    """(start, end) of the agency asked about with those listed beside it ("Theo Công điện 190, Bộ Quốc phòng và
    Bộ Công an phải làm gì?": both are asked, and both give way to the agency a follow-up swaps in)."""
    spans = sorted((start, end) for _, start, end in agencies)
    at = spans.index((asked[1], asked[2]))
    first = last = at
    while first > 0 and _LIST_JOIN.fullmatch(text[spans[first - 1][1]:spans[first][0]]):
        first -= 1
    while last < len(spans) - 1 and _LIST_JOIN.fullmatch(text[spans[last][1]:spans[last + 1][0]]):
        last += 1
    return spans[first][0], spans[last][1]


# an act done to a document named after it ("Thông tư … sửa đổi Thông tư 13/2009/TT-BKHCN …"): the document asked is
# the one doing it, not the one named
_ACTED_ON_DOCUMENT = re.compile(r"\b(?:sửa đổi|bổ sung|thay thế|hướng dẫn|thi hành|thực hiện|triển khai|bãi bỏ|"
                                r"căn cứ)(?:\s+[^\s,;:]+){0,3}\s*$", re.I)


def _named_as_object(question: str) -> bool:
    """Whether the first document a question names is named as what another document acts on."""
    spans = named_spans(question)
    return bool(spans) and spans[0][0] > 0 and bool(_ACTED_ON_DOCUMENT.search(question[:spans[0][0]]))


# the words of a bare "Gửi cho ai?" besides its question word
_SENT_WORDS = frozenset({"gửi", "đến", "tới"})

# what the user asks of the agency after "còn X (thì)": what it must do or whom it works with
_ASKED_OF_AGENCY = ("agency_tasks", "partners")


def _asked_of_agency(case: str, agency: str | None) -> str:
    """The question of its own that "Còn <agency> …" asks of the agency ("Còn Bộ Nội vụ phải làm gì?" → "Bộ Nội vụ
    phải làm gì", "Còn Văn phòng Trung ương Đảng thì phối hợp với ai?" → "Văn phòng Trung ương Đảng phối hợp với
    ai"): what it must do or with whom, which needs no topic of the turn before; "" when the words after the agency
    ask nothing ("Còn Sở Tài chính thì sao?") or ask a time or fact of the last question's topic ("Còn Sở X thì hạn
    khi nào?", which is that question asked of Sở X)."""
    if not agency:
        return ""
    spans = [span for span in _agencies_in(case) if covers(span[0], agency) or covers(agency, span[0])]
    if not spans or spans[0][1] > 0:
        return ""
    _, start, end = spans[0]
    rest = re.sub(r"^(?:thì|,)\s*", "", case[end:].strip(), flags=re.I)
    if not rest or not _OWN_ASKING.search(rest):
        return ""
    mine = f"{case[start:end]} {rest}"
    return mine if classify(f"{mine.rstrip(' ?')}?").kind in _ASKED_OF_AGENCY else ""


def _asked_question(turns: Sequence[Turn], agency: bool = False) -> str:
    """The last question as asked and made whole, not one built from a task row for a slot-only follow-up
    ("Đơn vị phối hợp là ai? – <task>"), whose agencies are the row's, not the ones the user asked about. With
    `agency`, the last such question that names an agency or asks what agencies do, where there is one: "Còn Sở X
    thì sao?" after "Chỉ thị đó ai ký?" asks of Sở X what an earlier turn asked of another agency, not who signed
    (a document's head says nothing of an agency)."""
    asked = [text for text in (turn.answer.resolved_question or normalize_query(turn.question)
                               for turn in reversed(turns)) if LEANED not in text]
    if agency and asked and not _agencies_in(asked[0]) and classify(asked[0]).kind in ("lead", "partners"):
        # the last question asked who ("Ai đôn đốc các bộ, địa phương thực hiện công điện này?", answered Bộ Xây dựng):
        # "Còn Bộ Quốc phòng?" asks of the agency named now, never of an agency an older question named for another
        # task ("… các đô thị lớn gửi Bộ Xây dựng đề xuất … trong ngày nào?")
        return asked[0]
    if agency:
        asked = ([text for text in asked if _agencies_in(text)]
                 or [text for text in asked if classify(text).kind not in ("metadata", "relation")] or asked)
    return asked[0] if asked else turns[-1].answer.resolved_question or turns[-1].question


# the office whose holder acts for the body named after it ("Chủ tịch UBND các tỉnh", "Giám đốc Sở Tài chính")
_TITLE_BEFORE = re.compile(rf"\b{LEADER_TITLES}\s+$", re.I)


def _without_agencies(question: str) -> str:
    """The question with the agencies it names left out, with those listed beside them ("hết năm Cục Tài chính/Bộ Quốc
    phòng phải nộp …" → "hết năm phải nộp …")."""
    agencies = _agencies_in(question)
    doers = [agency for agency in agencies if not _ACTED_ON.search(question[:agency[1]])]
    spans = sorted({_listed(question, agencies, agency) for agency in doers}, reverse=True)
    for start, end in spans:
        title = _TITLE_BEFORE.search(question[:start])
        question = question[:title.start() if title else start] + " " + question[end:]
    return re.sub(r"\s+([,?])", r"\1", re.sub(r"\s{2,}", " ", question)).strip()


def _agencies_in(text: str) -> list:
    """The agencies a question names, a document number's issuer code aside ("44/2002/CT-UB")."""
    return find_agencies(DOC_NUMBER.sub(lambda m: " " * len(m.group(0)), text))


def _topic_text(text: str, frame: Intent) -> str:
    """The topic words of a question, in its order; not the title words of a document it names by number ("Công
    điện 189 về phòng chống lũ"), which say which document, not what was asked of it."""
    text = without_titles(text)
    # the report or review the question is about ("gửi báo cáo … trước ngày nào?"): not a topic word, but what says
    # which passage a slot-only follow-up is on (`parts.EVENT`)
    events = {word for event in EVENT.findall(text.lower()) for word in event.split()}
    return " ".join(w for w in re.findall(r"\w+", text) if w.lower() in frame.topic or w.lower() in events)


def _on_document(question: str, document: str) -> str:
    """The question asked of another document: the first document it names (with its description) or points at
    gives way to `document`, any other goes; a question naming none gets `document` before it."""
    spans = named_spans(question)
    if not spans:
        return f"{document} {question}"
    for number, (start, end) in reversed(list(enumerate(spans))):
        # the province the old document was issued in goes with it ("Chỉ thị 01/2009/CT-UBND của tỉnh Kon Tum")
        place = _PLACE_OF.match(question, end) if number == 0 else None
        question = question[:start] + (document if number == 0 else " ") + question[place.end() if place else end:]
    return question


# "của tỉnh Kon Tum", "tỉnh Long An", "của UBND thành phố Đà Nẵng": the place a document named was issued in, said
# after it (an issuer named as a body is read with the document already, `intent.named_spans`)
_PLACE_OF = re.compile(r"\s+(?:của\s+)?(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:tỉnh|thành phố|TP\.?)\s+"
                       r"[A-ZĐÂ][^\W\d]*(?:\s+(?:-\s+)?[A-ZĐÂ][^\W\d]*)*")


# "chỉ thị đó", "nghị định này": the type word of a document pointed at (`intent.DOC_ANAPHORA`)
_POINTER = re.compile(r"\s+(?:đó|này|ấy|trên|nói trên|vừa rồi)$", re.I)


def _pointed_elsewhere(text: str, anchor: Turn, turns: Sequence[Turn]) -> str:
    """The document a pointer of another type than the conversation's document points at: "Chỉ thị đó" after an
    answer on Kế hoạch 196/KH-UBND that names "Chỉ thị 30/CT-TTg" it carries out is that directive (its type and number
    as the last answer writes them); "Kế hoạch đó" after the directive's signer is the plan an earlier turn cited.
    Empty when the pointer is generic ("văn bản đó"), of the document's own type, or no document of that type was
    named or cited."""
    pointed = DOC_ANAPHORA.search(text)
    cited = {c.doc_type.casefold() for c in anchor.answer.citations if c.doc_type}
    if pointed is None or not cited:
        return ""
    kind = _POINTER.sub("", pointed.group(0)).casefold()
    if kind == "văn bản" or kind in cited:
        return ""
    said = turns[-1].answer.text
    for named in DOC_NUMBER.finditer(said):
        if re.sub(r"\s*số$", "", said[:named.start()].casefold().rstrip()).endswith(kind):
            return f"{kind.capitalize()} {named.group(0).strip()}"
    for turn in reversed(turns):
        for citation in turn.answer.citations:
            if citation.doc_type and citation.doc_type.casefold() == kind and citation.doc_number:
                return f"{citation.doc_type} {citation.doc_number}"
    return ""


# "Còn Danh mục C?", "Còn quý IV?", "Còn khoản 3?": another item of a series the last question named by its label (a
# letter, a Roman or Arabic numeral)
_LABEL = r"(?:[A-ZĐ]|[IVX]{1,4}|\d{1,3})"
# ("Quý IV thì sao?", the opening "còn" left unsaid, where the closing "thì sao" says so)
_LABELLED = re.compile(rf"^\s*(?:(?i:(?:(?:thế|vậy|và)\s+)?còn)\s+|(?=.*\s(?i:thì sao|thì thế nào|thì "
                       r"như thế nào|thì ra sao)\s*\??\s*$))([^\W\d]+(?:\s+[^\W\d]+)?)\s+(?i:số\s+)?"
                       rf"({_LABEL})\s*(?i:thì sao|thì thế nào|thì như thế nào|thì ra sao)?\s*\??\s*$")

# "văn bản nào khác", "quyết định khác": documents other than the one the conversation is on
_ANOTHER_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_WORDS})\s+(?:nào\s+)?khác\b", re.I)

# "Thông tư kia", "văn bản còn lại": the other document of a conversation that went from one to another
_OTHER_DOCUMENT = re.compile(rf"\b({DOCUMENT_WORDS}|luật)\s+(?:kia|còn lại)\b", re.I)


def _other_document(kind: str, turns: Sequence[Turn]) -> str:
    """The document, of the type named ("văn bản": any), that an earlier turn was answered from or named, other than
    the one the last answered turn cited: "Còn Thông tư kia thì sao?" after "Thông tư 27/2009 …" then "Còn Thông tư
    03/2009 thì sao?" is Thông tư 27/2009. Empty when the conversation was on one document only."""
    kind = kind.casefold()
    answered = [turn for turn in turns if turn.answer.answerable and turn.answer.citations]
    current = answered[-1].answer.citations[0].doc_id if answered else None
    for turn in reversed(turns):
        cited = turn.answer.citations[0] if turn.answer.answerable and turn.answer.citations else None
        if cited and cited.doc_id != current and cited.doc_number and cited.doc_type \
                and kind in ("văn bản", cited.doc_type.casefold()):
            return f"{cited.doc_type} {cited.doc_number}"
    return ""


# "cơ quan đó", "đơn vị này", "Bộ đó": an agency the last turn named, pointed at
_AGENCY_POINTER = re.compile(r"\b(cơ quan|đơn vị|bộ|sở|cục|tổng cục)\s+(?:đó|này|ấy|nói trên|trên)\b", re.I)


def agency_unpointed(question: str) -> bool:
    """Whether a follow-up, as resolved, still points at an agency ("Bộ đó có trách nhiệm gì?" after a turn that
    named none: declined): nothing earlier says which one."""
    return bool(_AGENCY_POINTER.search(question))


def _pointed_agency(kind: str, turns: Sequence[Turn]) -> str:
    """The agency a pointer names ("cơ quan đó": any; "Bộ đó": a ministry): the one the last question asked about, else
    the lead of the last answer's task, else the first agency the last answer names; empty when none of that kind
    was named."""
    kind = kind.casefold()
    last = turns[-1]
    head = classify(last.answer.resolved_question or last.question)
    if len(turns) > 1 and head.kind in ("metadata", "relation") and head.slot not in _AGENCY_SLOTS:
        # "Hàng quý cơ quan đó phải chuyển … chậm nhất ngày nào?" after "… ai chịu trách nhiệm tổ chức triển khai …?"
        # then "Thông tư này có hiệu lực từ ngày nào?": a fact of the head asks no agency (its answer may name the
        # issuer: "… do Ủy ban nhân dân tỉnh Long An ban hành ngày 16/10/2008"), and the one pointed at is the one the
        # conversation named before it; else the one that answer names
        return _pointed_agency(kind, turns[:-1]) or _named_by(kind, last)
    return _named_by(kind, last)


# the facts of a document's head that are agencies: who issued, proposed, signed it, whom it is sent to
_AGENCY_SLOTS = ("issuer", "proposer", "signer", "recipients")


def _named_by(kind: str, last: Turn) -> str:
    """The agency of `kind` one turn names (`_pointed_agency`)."""
    answered = last.answer.answerable
    asked = classify(normalize_query(last.question))
    # a question asking who ("Ai chủ trì …?", "Báo cáo gửi ai?") points at the agency its answer named, not at one it
    # named itself ("… các văn bản do HĐND và UBND tỉnh ban hành")
    who = asked.kind in ("lead", "partners") or asked.slot in ("lead", "partners", "report_to")
    named = [None if who else asked.agency,
             *(row.lead[0] for row in (last.answer.obligations[:1] if answered else ()) if row.lead),
             *(name for name, _, _ in (_agencies_in(last.answer.text) if answered else ()))]
    return next((name for name in named if name and (kind in ("cơ quan", "đơn vị")
                                                     or name.casefold().startswith(kind + " "))), "")


_DESCRIBING = frozenset(content_words(f"{DOCUMENT_WORDS.replace('|', ' ')} của tỉnh thành phố ubnd ủy ban nhân dân "
                                      "kia trước đầu tiên lúc nãy vừa rồi"))


def _described_earlier(description: str, turns: Sequence[Turn]) -> str:
    """The document an earlier turn's answer cited that a description fits ("quyết định của Bến Tre": its type and
    the issuer's or title's words), the latest first, as words retrieval can use; empty when none or several fit."""
    wanted = content_words(description) - _DESCRIBING
    kind = re.match(rf"(?i)\s*({DOCUMENT_WORDS})\b", description)
    fits: dict[str, str] = {}
    for turn in reversed(turns):
        cited = turn.answer.citations[0] if turn.answer.answerable and turn.answer.citations else None
        if cited is None or not cited.doc_number or cited.doc_id in fits:
            continue
        said = content_words(" ".join(filter(None, (cited.issuer, cited.title, cited.doc_type))))
        if wanted and wanted <= said and (not kind or (cited.doc_type or "").lower() == kind.group(1).lower()):
            fits[cited.doc_id] = _cited_document(cited)
    return next(iter(fits.values())) if len(fits) == 1 else ""


def _cited_document(citation: Citation) -> str:
    """A cited document as words retrieval can use: its type and number ("Kế hoạch 193/KH-UBND"), or nothing."""
    return " ".join(filter(None, (citation.doc_type, citation.doc_number))) if citation.doc_number else ""


def _doc_words(frame: Intent) -> str:
    """The document a frame names, as words retrieval can use."""
    if frame.doc_number:
        return " ".join(filter(None, (frame.doc_type_named, frame.doc_number)))
    if frame.doc_reference:
        return " ".join(frame.doc_reference)
    return ""
