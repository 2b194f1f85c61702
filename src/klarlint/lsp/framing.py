"""Reading LSP messages off the wire, robust against bad framing.

pygls's reader takes only a header that is exactly ``Content-Length: <digits>``;
after one it cannot parse (``Content-Length: abc``), it reads the next message's
body as header lines and never finds its footing again: every later message is
ignored without an answer. This loop reads the same base protocol, but:

- a header block without a usable ``Content-Length`` (not a number, negative,
  larger than :data:`MAX_MESSAGE_BYTES`) is answered with a JSON-RPC Parse error
  (``id: null``), and reading goes on at the next ``Content-Length`` header, even
  when it follows the lost body on the same line;
- a body that is not JSON is answered with a Parse error as well;
- a message that is JSON but whose params do not fit its method (a hover
  without a position, params that are an array …) is answered with Invalid
  params and the request's own id, where pygls answered a Parse error with
  ``id: null`` (the editor waited for its request for ever) and logged a
  traceback; a notification with bad params is logged in one line;
- a request after ``shutdown`` is answered with Invalid request (the
  specification's answer), where pygls drops it without a word.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
from typing import Any

log = logging.getLogger("klarlint.lsp")

MAX_MESSAGE_BYTES = 64 * 1024 * 1024
PARSE_ERROR = -32700
INVALID_REQUEST = -32600
INVALID_PARAMS = -32602
_HEADER = re.compile(rb"content-length:", re.IGNORECASE)


async def run_async(stop_event: threading.Event, reader: Any, protocol: Any, error_handler: Any = None) -> None:
    """The message loop: read headers and a body, hand the message to ``protocol``, until EOF or stop."""
    length: int | None = None
    bad: str | None = None
    in_headers = False
    while not stop_event.is_set():
        line = await reader.readline()
        if not line:
            break
        found = _HEADER.search(line)
        if found and found.start() > 0:  # a header glued to the end of a body nobody could read
            line = line[found.start() :]
        if line.strip():
            in_headers = True
            if found:
                length, bad = _content_length(line)
            continue
        if not in_headers:
            continue  # blank lines between messages
        in_headers = False
        if length is None:
            _error(protocol, PARSE_ERROR, bad or "meddelandet saknar rubriken Content-Length")
            continue
        body = await reader.readexactly(length)
        if len(body or b"") < length:  # the client went away mid-message
            break
        length = None
        _handle(protocol, body, error_handler)


def _content_length(line: bytes) -> tuple[int | None, str | None]:
    value = line.split(b":", 1)[1].strip()
    if not value.isdigit():
        return None, f"ogiltig rubrik Content-Length: {value[:40].decode('latin-1')!r} är inget antal byte"
    length = int(value)
    if length > MAX_MESSAGE_BYTES:
        return None, f"meddelandet är för stort ({length} byte; gränsen är {MAX_MESSAGE_BYTES})"
    return length, None


def _handle(protocol: Any, body: bytes, error_handler: Any) -> None:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        _error(protocol, PARSE_ERROR, "meddelandet är inte giltig JSON")
        return
    message = _structure(protocol, data)
    if message is None:
        return
    method = getattr(message, "method", None)
    if getattr(protocol, "_shutdown", False) and method != "exit":
        request_id = getattr(message, "id", None)
        if method is not None and request_id is not None:  # a request, not a notification
            _error(protocol, INVALID_REQUEST, "servern håller på att stängas (shutdown har tagits emot)", request_id)
        return
    try:
        protocol.handle_message(message)
    except Exception as exc:
        log.exception("Unable to handle message")
        if error_handler is not None:
            from pygls.exceptions import JsonRpcException

            error_handler(exc, JsonRpcException)


def _structure(protocol: Any, data: Any) -> Any:
    """The typed message for the JSON ``data``, or None when it was answered (or logged) as invalid.

    Only a message with a method is structured here: a response to the server's own request
    needs the result type pygls remembers for it (``structure_message`` knows it). Structuring
    the outer object is what ``json.loads(..., object_hook=structure_message)`` did: inner objects
    have no ``jsonrpc`` key and stayed dicts for cattrs."""
    if not isinstance(data, dict):
        _error(protocol, INVALID_REQUEST, "meddelandet är inget JSON-objekt")
        return None
    method = data.get("method")
    if not isinstance(method, str):
        # No method: a response to one of the server's requests, with a result or an error. Anything else
        # (``{}``) was passed on as a dict, and pygls's handle_message raised AttributeError: a pop-up saying
        # "ett internt fel i servern" and a traceback.
        structured = None
        if "result" in data or "error" in data:
            with contextlib.suppress(Exception):
                structured = protocol.structure_message(data)
        if structured is None or isinstance(structured, dict):
            _error(protocol, INVALID_REQUEST, "meddelandet är inget giltigt JSON-RPC-meddelande", _id(data))
            return None
        return structured
    if "jsonrpc" not in data:
        return data  # (as pygls: a message without "jsonrpc" is ignored by handle_message)
    from pygls.protocol.json_rpc import JsonRPCNotification, JsonRPCRequestMessage

    request = "id" in data
    kind = protocol.get_message_type(method) or (JsonRPCRequestMessage if request else JsonRPCNotification)
    try:
        return protocol._converter.structure(data, kind)
    except Exception as exc:
        reason = f"ogiltiga parametrar för {method}{_where(exc)}"
        if request:
            _error(protocol, INVALID_PARAMS, reason, _id(data))
        else:  # a notification has nobody to answer: say it once in the log, without a traceback
            log.warning("klarlint: %s (meddelandet hoppades över)", reason)
            _log_message(protocol, f"klarlint: {reason} (meddelandet hoppades över)")
        return None


def _id(data: dict) -> object:
    value = data.get("id")
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def _where(exc: BaseException) -> str:
    """The fields cattrs could not read (``params.position``), as the client spells them, from the notes
    cattrs adds to each nested error; empty if it names none."""
    paths: list[str] = []

    def walk(error: BaseException, prefix: str) -> None:
        inner = getattr(error, "exceptions", None)
        if not inner:
            if prefix:
                paths.append(prefix)
            return
        for sub in inner:
            notes = " ".join(getattr(sub, "__notes__", None) or [])
            found = re.search(r"attribute (\w+)", notes)
            name = _camel(found.group(1)) if found else ""
            walk(sub, f"{prefix}.{name}".strip(".") if name else prefix)

    walk(exc, "")
    paths = list(dict.fromkeys(paths))
    return f" ({', '.join(paths)})" if paths else ""


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _log_message(protocol: Any, message: str) -> None:
    with contextlib.suppress(Exception):  # no client to tell
        protocol._send_data(
            {"jsonrpc": "2.0", "method": "window/logMessage", "params": {"type": 2, "message": message}}
        )


def _error(protocol: Any, code: int, message: str, request_id: object = None) -> None:
    log.warning("klarlint: %s", message)
    protocol._send_data({"jsonrpc": "2.0", "id": request_id, "error": {"code": code, "message": message}})
