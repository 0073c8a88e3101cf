"""TCP_NODELAY on the server's listening sockets (api/sockets.py)."""

from __future__ import annotations

import socket

from api.sockets import answer_without_delay


def _nodelay(sock: socket.socket) -> int:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def test_a_listening_socket_bound_as_streamlit_binds_it_gets_tcp_nodelay():
    # As Streamlit binds it: protocol number 0, which asyncio leaves with Nagle's algorithm on.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        assert _nodelay(listener) == 0
        assert answer_without_delay() >= 1
        assert _nodelay(listener) == 1
        client.connect(listener.getsockname())
        accepted, _ = listener.accept()
        with accepted:
            assert _nodelay(accepted) == 1  # Linux copies it to each accepted connection
        assert _nodelay(client) == 0  # a socket that does not listen is left as it is
    finally:
        client.close()
        listener.close()
