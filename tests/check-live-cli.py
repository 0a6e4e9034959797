#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""diplostudy-cards live, end to end without a browser: options refused in
words, the JSON events, every command, a student over a minimal WebSocket
client written here (127.0.0.1 only), and the CSV written at the end."""

import base64
import csv
import io
import json
import os
import queue
import socket
import struct
import subprocess
import sys
import tempfile
import threading

BUILD = os.environ["DS_BUILD_ROOT"]
CLI = os.path.join(BUILD, "src", "cli", "diplostudy-cards")
TIMEOUT = 30


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def refused(args, status, words):
    result = subprocess.run([CLI, "live"] + args, capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    if result.returncode != status or words not in result.stderr:
        fail("live %s: exit %d, %r" % (" ".join(args), result.returncode, result.stderr))


class Student:
    """Just enough of RFC 6455 for a student: handshake, masked text out,
    unmasked text in."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                           "Sec-WebSocket-Version: 13\r\nOrigin: http://127.0.0.1:%d\r\n\r\n"
                           % (port, key, port)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if not head.startswith(b"HTTP/1.1 101"):
            fail("no WebSocket: %r" % head)

    def send(self, message):
        payload = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81, 0x80 | len(payload)]) if len(payload) < 126 \
            else bytes([0x81, 0x80 | 126]) + struct.pack(">H", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                fail("the server closed the connection")
            data += chunk
        return data

    def receive(self):
        first, second = self._exactly(2)
        length = second & 0x7f
        if length == 126:
            length = struct.unpack(">H", self._exactly(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._exactly(8))[0]
        payload = self._exactly(length)
        if first & 0x0f != 1:
            return self.receive()
        return json.loads(payload)


def main():
    refused(["--port", "70000"], 2, "port")
    refused(["--room", "AB"], 2, "room code")
    refused(["--essay", "no-such-essay"], 1, "no multiple-choice cards")
    refused(["--address", "not-an-address", "--port", "0"], 1, "not a network address")

    tmp = tempfile.mkdtemp()
    at_end = os.path.join(tmp, "end.csv")
    host = subprocess.Popen([CLI, "live", "--address", "127.0.0.1", "--port", "0", "--room", "kxy7",
                             "--questions", "2", "--csv", at_end],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    events = queue.Queue()
    threading.Thread(target=lambda: [events.put(json.loads(l)) for l in host.stdout],
                     daemon=True).start()

    def event(name):
        while True:
            e = events.get(timeout=TIMEOUT)
            if e["event"] == name:
                return e

    def command(line):
        host.stdin.write(line + "\n")
        host.stdin.flush()

    listening = event("listening")
    # (The shipped essays hold two multiple-choice cards: at most two.)
    if listening["room"] != "KXY7" or listening["questions"] != 2 or listening["address"] != "127.0.0.1":
        fail("listening: %r" % listening)
    if listening["url"] != "http://127.0.0.1:%d/?room=KXY7" % listening["port"]:
        fail("url: %r" % listening["url"])

    command("bogus")
    if "unknown command" not in event("error")["message"]:
        fail("an unknown command is not refused")

    budi = Student(listening["port"])
    budi.send({"type": "join", "room": "KXY7", "nickname": "=Budi, \"B\""})
    joined = budi.receive()
    if joined["type"] != "joined" or event("joined")["nickname"] != "=Budi, \"B\"":
        fail("join: %r" % joined)

    command("next")
    question = event("question")
    if budi.receive()["text"] != question["text"]:
        fail("the student got another question")
    command("waiting")
    if event("waiting")["nicknames"] != ["=Budi, \"B\""]:
        fail("waiting is wrong")
    budi.send({"type": "answer", "room": "KXY7", "question": 0, "option": question["right"]})
    answered = event("answered")
    if (answered["seat"], answered["option"], answered["answers"]) != (1, question["right"], 1):
        fail("answered: %r" % answered)
    if budi.receive()["type"] != "received":
        fail("no acknowledgement")

    command("reveal")
    reveal = event("reveal")
    if reveal["counts"][question["right"]] != 1 or reveal["percent"][question["right"]] != 100:
        fail("reveal: %r" % reveal)
    now = os.path.join(tmp, "now.csv")
    command("csv " + now)
    event("csv")
    command("next")
    command("next")
    summary = event("summary")
    if summary["percent_correct"] != [100, 0]:
        fail("summary: %r" % summary)
    host.stdin.close()   # the end of the input ends the class
    if host.wait(timeout=TIMEOUT) != 0:
        fail("the host exited %d" % host.returncode)

    for path in (now, at_end):
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["nickname", "question", "question_text", "answer", "answer_text", "correct", "time_s"]:
            fail("CSV header: %r" % rows[0])
        if len(rows) != 2 or rows[1][0] != "'=Budi, \"B\"" or rows[1][5] != "yes":
            fail("CSV rows: %r" % rows)
    print("diplostudy-cards live: options, events, commands, a student and the CSV are right")


if __name__ == "__main__":
    main()
