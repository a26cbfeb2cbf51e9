"""A real SMTP server for the Email plugin's tests (Debian package python3-aiosmtpd).

Usage: /usr/bin/python3 smtp_sink.py FOLDER
Listens on 127.0.0.1 on a free port, prints the port on stdout, and writes every message it accepts to
FOLDER/<uuid>.eml (envelope recipients in an X-Envelope-To header first). Exits when stdin closes, so it never
outlives the test process that started it.
"""
import asyncio
import os
import sys
import threading
import uuid

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex + ".eml")
        with open(name + ".tmp", "wb") as f:
            f.write(("X-Envelope-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode("ascii"))
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".tmp", name)
        return "250 Message accepted for delivery"


def exit_when_stdin_closes():
    sys.stdin.read()
    os._exit(0)


async def main(folder):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink(folder)), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
