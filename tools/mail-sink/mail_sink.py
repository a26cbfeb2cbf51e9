"""A local SMTP server that keeps every message as a file: the keyless demo's mail sink and the tests' SMTP server.

Needs Debian's python3-aiosmtpd; run it with Debian's /usr/bin/python3 (another python3 on PATH may not see it).

Usage: /usr/bin/python3 mail_sink.py FOLDER [--port PORT] [--serve]

Listens on 127.0.0.1 (on PORT, or on a free port), prints the port on stdout once it accepts connections, and writes
every message it accepts to FOLDER/<received time>-<uuid>.eml (the envelope recipients first, in an X-Envelope-To
header), so the files sort in arrival order. A recipient whose mailbox starts with "rejected-" is refused the way Postfix
refuses an unknown user (550, quoting the address), so tests can see what becomes of such an answer. Without --serve it exits when its stdin closes, so it never outlives the
test process that started it; with --serve it runs until it is stopped (SIGTERM or Ctrl-C), as ./run.sh runs it.
"""
import argparse
import asyncio
import datetime
import os
import signal
import sys
import threading
import uuid

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("rejected-"):
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown in local recipient table"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        name = os.path.join(self.folder, stamp + "-" + uuid.uuid4().hex + ".eml")
        with open(name + ".tmp", "wb") as f:
            f.write(("X-Envelope-To: " + ",".join(envelope.rcpt_tos) + "\r\n").encode("ascii"))
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".tmp", name)
        return "250 Message accepted for delivery"


def exit_when_stdin_closes():
    sys.stdin.read()
    os._exit(0)


async def main(folder, port, serve):
    os.makedirs(folder, exist_ok=True)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink(folder)), "127.0.0.1", port)
    print(server.sockets[0].getsockname()[1], flush=True)
    if serve:
        stopped = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopped.set)
        await stopped.wait()
        server.close()
    else:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
        await server.serve_forever()


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description="A local SMTP server writing each message to FOLDER as an .eml file.")
    arguments.add_argument("folder")
    arguments.add_argument("--port", type=int, default=0, help="the port to listen on (default: a free one)")
    arguments.add_argument("--serve", action="store_true", help="run until stopped instead of until stdin closes")
    options = arguments.parse_args()
    asyncio.run(main(options.folder, options.port, options.serve))
