"""Listening: the address is bound before the server is announced, so a busy port or an
unknown host is one line and an exit code, not uvicorn's log and exit 3."""

from __future__ import annotations

import errno
import socket
from typing import Any

from newsprov.errors import ConfigError, ListenError
from newsprov.options import checked_flag

_REASONS = {
    errno.EADDRINUSE: "the address is already in use (another server? try another --port)",
    errno.EACCES: "permission denied (ports below 1024 need privileges)",
    errno.EADDRNOTAVAIL: "that address is not one of this machine's",
}


def check_port(port: object) -> int:
    """``port``, or :class:`ConfigError` naming ``--port`` unless it is 1-65535
    (``getaddrinfo`` takes 99999 and listens on 99999 - 65536, while the pages were announced
    at :99999); text that is no whole number is named as typed (``--port 'abc'``)."""
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        shown = repr(port) if isinstance(port, str) else port
        raise ConfigError(f"--port {shown} is not a port number (1-65535)")
    return port


def port_flag(raw: str) -> int:
    """The argparse ``type`` of ``--port``: checked as it is parsed (one line, exit 2)."""
    return checked_flag(int, check_port)(raw)


def resolve(host: str, port: int) -> list[Any]:
    """``getaddrinfo`` for listening on ``host``:``port``; :class:`ConfigError` naming
    ``--host`` when the name cannot be resolved (checked before anything else about the host,
    so a typo is not reported as something else), or ``--port`` when it is no port."""
    check_port(port)
    try:
        return socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except (socket.gaierror, UnicodeError) as e:
        reason = e.strerror if isinstance(e, socket.gaierror) else str(e)
        raise ConfigError(f"--host {host}: cannot resolve it ({reason})") from None


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port``; :class:`ConfigError` when the host cannot be
    resolved, :class:`ListenError` when the address cannot be bound."""
    family, kind, proto, _name, address = resolve(host, port)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as e:
        sock.close()
        reason = _REASONS.get(e.errno or 0, e.strerror or str(e))
        raise ListenError(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


def serve_on(app: Any, sock: socket.socket, host: str, port: int) -> None:
    """Run ``app`` with uvicorn on the bound ``sock`` until it is stopped (Ctrl-C)."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started and not server.should_exit:
        raise ListenError(f"cannot listen on {host}:{port}: the server did not start")
