"""`ask` and `search` on the command line while a real server owns the index: they go through its API (found
from the index folder, or given with --server) and print the same as in-process."""
import json

import pytest

from tests.assistant.test_cli import cli
from tests.server import serving

QUESTION = "Ai chủ trì xây dựng Luật Năng lượng nguyên tử (sửa đổi)?"
IDS = ("conversation_id", "answer_id")


@pytest.fixture(scope="module")
def served(small_index, module_folder):
    folder = module_folder("cli-server")
    with serving(small_index, folder) as url:
        yield folder / "index", url


def _same(result, alone):
    assert result.returncode == 0 and alone.returncode == 0, result.stderr + alone.stderr
    return result.stdout, alone.stdout


@pytest.mark.parametrize("args", [["search", QUESTION, "--json", "--k", "3"], ["search", "trồng cây xanh"],
                                  ["ask", QUESTION, "--doc", "NQCP03_NQ03_PL2_Nhiem_vu"]])
def test_output_through_the_server_is_the_in_process_output(served, small_index, args):
    index, _ = served
    through, alone = _same(cli(*args, "--index", index), cli(*args, "--index", small_index))
    assert through == alone and through.strip()


def test_ask_json_through_the_server_found_or_named_has_the_in_process_shape(served, small_index):
    index, url = served
    results = [cli("ask", QUESTION, "--json", *args) for args in (["--index", small_index], ["--index", index],
                                                                   ["--server", url])]
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    alone, *through = [{k: v for k, v in json.loads(r.stdout).items() if k not in IDS} for r in results]
    assert through == [alone, alone] and alone["answer"] and alone["citations"]


def test_a_server_error_is_one_vietnamese_line(served):
    _, url = served
    result = cli("search", "", "--server", url)
    assert result.returncode == 1 and result.stderr.strip() == "Lỗi: Câu hỏi trống: hãy nhập nội dung cần hỏi."
