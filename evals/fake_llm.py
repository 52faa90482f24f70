"""A fake OpenAI-compatible LLM on loopback, for the tests of the optional LLM phrasing and the streaming benchmark:
it answers with `reply` (streamed word by word when asked to stream, `token_delay` seconds apart) or misbehaves on
purpose (`fault`)."""
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ("slow", "refuse", "garbage", "drop")  # never answers in time, HTTP 500, not JSON/SSE, closes the socket


class FakeLLM(BaseHTTPRequestHandler):
    """An OpenAI-compatible chat endpoint on loopback that answers with `reply`."""

    reply = ""
    prompts: list = []
    fault: str | None = None
    token_delay = 0.0
    slow_s = 30.0

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLLM.prompts.append(body)
        if FakeLLM.fault == "slow":
            time.sleep(FakeLLM.slow_s)
        if FakeLLM.fault == "drop":
            self.connection.close()
            return
        if FakeLLM.fault == "refuse":
            return self._send(500, "application/json", b'{"error": {"message": "overloaded"}}')
        if FakeLLM.fault == "garbage":
            return self._send(200, "application/json" if not body.get("stream") else "text/event-stream",
                              b"<html>502 Bad Gateway</html>\x00\xff")
        if not body.get("stream"):
            data = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": FakeLLM.reply}}]}
            return self._send(200, "application/json", json.dumps(data).encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for piece in re.findall(r"\S+\s*", FakeLLM.reply) or [""]:
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                     "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
            time.sleep(FakeLLM.token_delay)
        self.wfile.write(b"data: [DONE]\n\n")

    def _send(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def serve_fake_llm() -> tuple[ThreadingHTTPServer, str]:
    """The fake LLM serving on a free loopback port, and its base URL (…/v1); the caller shuts it down."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLLM)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/v1"
