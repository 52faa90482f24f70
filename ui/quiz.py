"""The "Trắc nghiệm" tab: build a quiz from chosen documents or a topic, edit its questions in a table, and
download it as DOCX (to print), GIFT or Aiken (to import into Moodle) or JSON."""
import html
from dataclasses import replace

import gradio as gr

from assistant import quiz_export
from assistant.quiz import BLANK, TRUE_FALSE, Quiz, QuizQuestion, QuizSource
from assistant.quiz_matching import LETTERS as MATCH_LETTERS
from assistant.quiz_matching import MAX_PAIRS, MIN_PAIRS, matching_key
from corpus.errors import AssistantError
from ui import files
from ui.session import Session

KIND_LABELS = {"mcq": "Trắc nghiệm", "true_false": "Đúng/Sai", "fill_blank": "Điền khuyết", "matching": "Nối"}
KIND_CHOICES = {"Trắc nghiệm 4 lựa chọn": "mcq", "Đúng/Sai": "true_false", "Điền vào chỗ trống": "fill_blank",
                "Nối cơ quan với nhiệm vụ": "matching"}
ARROW = "→"  # a matching's pairs in the "Đáp án" cell: one "nhiệm vụ → cơ quan" per line
COLUMNS = ["#", "Loại", "Câu hỏi", "A", "B", "C", "D", "Đáp án", "Giải thích", "Nguồn"]
LETTERS = "ABCD"
EXPORTS = (  # (format, file name, writer)
    ("docx", "trac-nghiem.docx", quiz_export.to_docx),
    ("gift", "trac-nghiem.gift.txt", quiz_export.to_gift),
    ("aiken", "trac-nghiem.aiken.txt", quiz_export.to_aiken),
    ("json", "trac-nghiem.json", quiz_export.to_json),
)
ADDED = QuizSource(doc_id="", label="(câu hỏi do người soạn thêm)", quote="", fact=("", ""))


def to_table(quiz: Quiz) -> list[list[str]]:
    rows = []
    for number, q in enumerate(quiz.questions, 1):
        options = list(q.options if q.kind == "mcq" else q.options[:2] if q.kind == "true_false" else ())
        options += [""] * (4 - len(options))
        answer = "\n".join(f"{task} {ARROW} {agency}" for task, agency in q.pairs) if q.kind == "matching" \
            else q.answer
        rows.append([str(number), KIND_LABELS[q.kind], q.stem, *options, answer, q.explanation, q.source.label])
    return rows


def from_table(rows: list[list], quiz: Quiz) -> tuple[Quiz, list[str]]:
    """The quiz as edited in the table, and what is wrong with it (empty when it can be exported). A row whose
    question is emptied is dropped; each row keeps the source of the question it was built from."""
    kinds = {label: kind for kind, label in KIND_LABELS.items()}
    questions, problems = [], []
    for row in rows:
        cells = ["" if cell is None else str(cell).strip() for cell in (list(row) + [""] * len(COLUMNS))[:len(COLUMNS)]]
        number, kind_label, stem, *options, answer, explanation, _ = cells
        if not stem:
            continue
        kind = kinds.get(kind_label, "mcq")
        position = len(questions) + 1
        original = quiz.questions[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(quiz.questions) \
            else None
        options = [o for o in options if o]
        if kind == "mcq":
            if len(options) < 2:
                problems.append(f"Câu {position}: cần ít nhất hai phương án.")
            elif answer not in options:
                problems.append(f"Câu {position}: đáp án “{answer}” phải trùng với một phương án A–D.")
            final = tuple(options)
        elif kind == "true_false":
            if answer not in TRUE_FALSE:
                problems.append(f"Câu {position}: đáp án phải là “Đúng” hoặc “Sai”.")
            final = TRUE_FALSE
        else:
            if not answer and kind == "fill_blank":
                problems.append(f"Câu {position}: cần đáp án cho chỗ trống.")
            final = ()
        alternatives = original.alternatives if original and kind == "fill_blank" and original.answer == answer else ()
        level = original.level if original and original.kind == kind else ""
        pairs: tuple[tuple[str, str], ...] = ()
        if kind == "matching":
            pairs, trouble = _pairs(answer)
            problems += [f"Câu {position}: {t}" for t in trouble]
            kept = [o for o in (original.options if original else ()) if o in {a for _, a in pairs}]
            final = (*kept, *dict.fromkeys(a for _, a in pairs if a not in kept))
            answer = "" if trouble else matching_key(pairs, final)
        questions.append(QuizQuestion(kind, stem, final, answer, explanation, original.source if original else ADDED,
                                      alternatives, level=level, pairs=pairs))
    if not questions:
        problems.append("Bài trắc nghiệm chưa có câu hỏi nào.")
    return replace(quiz, questions=tuple(questions)), problems


def _pairs(cell: str) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """A matching's "Đáp án" cell read back: one "nhiệm vụ → cơ quan" per line (or "->")."""
    pairs, problems = [], []
    for line in filter(None, (line.strip() for line in cell.splitlines())):
        task, arrow, agency = line.replace("->", ARROW).rpartition(ARROW)
        if not arrow or not task.strip() or not agency.strip():
            problems.append(f"mỗi dòng đáp án cần dạng “nhiệm vụ {ARROW} cơ quan” (dòng “{line}”).")
            continue
        pairs.append((task.strip(), agency.strip()))
    if not MIN_PAIRS <= len(pairs) <= MAX_PAIRS:
        problems.append(f"câu nối cần từ {MIN_PAIRS} đến {MAX_PAIRS} cặp “nhiệm vụ {ARROW} cơ quan”.")
    elif len({t.casefold() for t, _ in pairs}) < len(pairs) or len({a.casefold() for _, a in pairs}) < len(pairs):
        problems.append("mỗi nhiệm vụ và mỗi cơ quan chỉ được xuất hiện một lần.")
    return tuple(pairs), problems


def _matching_html(q: QuizQuestion) -> str:
    rows = "".join(f"<tr><td>{number}. {html.escape(task)}</td><td>{letter}. {html.escape(agency)}</td></tr>"
                   for (number, (task, _)), letter, agency in zip(enumerate(q.pairs, 1), MATCH_LETTERS, q.options))
    return (f'<table class="tlvb-match"><tr><th>Nhiệm vụ</th><th>Cơ quan</th></tr>{rows}</table>'
            f'<div class="tlvb-q-answer">Đáp án: <b>{html.escape(q.answer)}</b></div>')


def preview_html(quiz: Quiz) -> str:
    items = []
    for number, q in enumerate(quiz.questions, 1):
        stem = html.escape(q.stem).replace(html.escape(BLANK), '<span class="tlvb-blank">_____</span>')
        if q.kind == "fill_blank":
            body = f'<div class="tlvb-q-answer">Đáp án: <b>{html.escape(q.answer)}</b></div>'
        elif q.kind == "matching":
            body = _matching_html(q)
        else:
            letters = LETTERS if q.kind == "mcq" else ("", "")
            body = "<ul>" + "".join(
                f'<li class="{"tlvb-right" if option == q.answer else ""}">'
                f'{f"{letter}. " if letter else ""}{html.escape(option)}{" ✓" if option == q.answer else ""}</li>'
                for letter, option in zip(letters, q.options)) + "</ul>"
        kind = " · ".join(filter(None, (KIND_LABELS[q.kind], q.level)))
        items.append(f'<li><div class="tlvb-q-stem"><span class="tlvb-kind">{kind}</span> {stem}</div>'
                     f'{body}<div class="tlvb-q-explain">{html.escape(q.explanation)}</div>'
                     f'<div class="tlvb-q-source">Nguồn: {html.escape(q.source.label)}</div></li>')
    return f'<div class="tlvb-quiz"><h3>{html.escape(quiz.title)}</h3><ol>{"".join(items)}</ol></div>'


def _downloads(quiz: Quiz | None) -> list:
    if quiz is None or not quiz.questions:
        return [gr.update(value=None, interactive=False) for _ in EXPORTS]
    return [gr.update(value=files.write(name, writer(quiz)), interactive=True) for _, name, writer in EXPORTS]


def build(assistant, session: Session) -> gr.Dropdown:
    """The tab, for trainers and admins (its handler refuses others), on what the signed-in key may read;
    returns its document list, which the app fills."""
    quiz_state = gr.State(None)
    with gr.Row():
        documents = gr.Dropdown(label="Văn bản", multiselect=True, choices=[], elem_id="quiz-docs", scale=3,
                                info="Để trống: mọi văn bản đã lập chỉ mục.")
        topic = gr.Textbox(label="Chủ đề (không bắt buộc)", placeholder="ví dụ: chuyển đổi số", elem_id="quiz-topic",
                           scale=2, info="Chỉ hỏi về các đoạn văn bản nói về chủ đề này.")
        count = gr.Number(label="Số câu hỏi", value=10, minimum=1, maximum=100, precision=0, elem_id="quiz-n",
                          scale=1, min_width=110)
        seed = gr.Number(label="Mã đề (seed)", value=0, minimum=0, precision=0, elem_id="quiz-seed", scale=1,
                         min_width=110, info="Cùng mã đề, cùng câu hỏi.")
    with gr.Row(equal_height=True):
        kinds = gr.CheckboxGroup(list(KIND_CHOICES), value=list(KIND_CHOICES), label="Loại câu hỏi",
                                 elem_id="quiz-kinds", scale=3)
        title = gr.Textbox(label="Tiêu đề bài kiểm tra", placeholder="để trống: tiêu đề tự đặt", elem_id="quiz-title",
                           scale=2)
        make = gr.Button("Tạo bài trắc nghiệm", variant="primary", elem_id="quiz-build", scale=1, min_width=180)
    status = gr.Markdown("Chọn văn bản hoặc nhập chủ đề, rồi nhấn **Tạo bài trắc nghiệm**. Sau đó có thể sửa trực "
                         "tiếp câu hỏi, phương án, đáp án trong bảng (xóa nội dung câu hỏi để bỏ câu đó).",
                         elem_id="quiz-status")
    # cells shown on one line each (the preview below shows the quiz whole): a tall row (a matching question's pairs,
    # one per line) would otherwise take the click meant for the row under it, and its edit the wrong question
    grid = gr.Dataframe(headers=COLUMNS, type="array", interactive=True, wrap=False, max_chars=120, max_height=440,
                        static_columns=[0, 1, 9], elem_id="quiz-table",
                        column_widths=["4%", "7%", "24%", "8%", "8%", "8%", "8%", "8%", "15%", "10%"],
                        label="Câu hỏi (sửa trực tiếp trong bảng)")
    with gr.Row():
        downloads = [gr.DownloadButton(label, interactive=False, elem_id=f"quiz-{kind}")
                     for kind, label in (("docx", "Tải DOCX (để in)"), ("gift", "Tải GIFT (Moodle)"),
                                         ("aiken", "Tải Aiken (câu nhiều lựa chọn)"), ("json", "Tải JSON"))]
    with gr.Accordion("Xem trước", open=True):
        preview = gr.HTML(elem_id="quiz-preview")

    def generate(doc_ids, topic_text: str, n, seed_value, chosen_kinds, title_text: str, request: gr.Request):
        if not chosen_kinds:
            gr.Warning("Hãy chọn ít nhất một loại câu hỏi.")
            return (gr.update(),) * (4 + len(EXPORTS))
        try:
            quiz = assistant.quiz(doc_ids=tuple(doc_ids or ()), topic=(topic_text or "").strip() or None,
                                  n=int(n or 10), seed=int(seed_value or 0),
                                  kinds=tuple(KIND_CHOICES[label] for label in chosen_kinds),
                                  filters=session.filters(request, role="trainer"))
        except AssistantError as error:
            return f"Lỗi: {error.message}", [], "", None, *_downloads(None)
        if (title_text or "").strip():
            quiz = replace(quiz, title=title_text.strip())
        if not quiz.questions:
            return (f"Không tạo được câu hỏi. {quiz.note} Hãy chọn văn bản khác hoặc đổi chủ đề."), [], "", quiz, \
                *_downloads(None)
        note = f"Đã tạo **{len(quiz.questions)}** câu hỏi (mã đề {quiz.seed})."
        if quiz.note:
            note += f" {quiz.note}"
        return note, to_table(quiz), preview_html(quiz), quiz, *_downloads(quiz)

    def edited(rows, origin: Quiz | None, title_text: str):
        """The table against the quiz as generated: its "#" column points at the generated questions."""
        if origin is None:
            return gr.update(), gr.update(), *(gr.update() for _ in EXPORTS)
        quiz, problems = from_table(rows or [], origin)
        if (title_text or "").strip():
            quiz = replace(quiz, title=title_text.strip())
        if problems:
            return ("⚠ Chưa xuất được tệp: " + " ".join(problems)), preview_html(quiz), \
                *(gr.update(interactive=False) for _ in EXPORTS)
        return f"Đã cập nhật: **{len(quiz.questions)}** câu hỏi.", preview_html(quiz), *_downloads(quiz)

    make.click(generate, [documents, topic, count, seed, kinds, title],
               [status, grid, preview, quiz_state, *downloads])
    # always_last: edits that arrive while one is being applied are not dropped; the last one always lands
    grid.input(edited, [grid, quiz_state, title], [status, preview, *downloads], trigger_mode="always_last")
    title.blur(edited, [grid, quiz_state, title], [status, preview, *downloads])
    return documents
