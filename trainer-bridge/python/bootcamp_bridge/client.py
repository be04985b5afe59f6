"""A standard-library client for the ``bootcamp serve`` HTTP bridge.

Every method maps to one endpoint. A 4xx/5xx answer raises :class:`BridgeHTTPError` carrying the server's
one-line reason; a bridge that cannot be reached raises :class:`BridgeConnectionError` after ``retries``
further attempts with exponential back-off. A request that timed out is retried only when it is a GET:
a POST to /v1/verify may already have fed the curriculum, and repeating it would count those results twice.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

DEFAULT_URL = "http://127.0.0.1:8787"

Level = Union[int, str]
Item = Union[Mapping[str, Any], Tuple[Any, str]]


class BridgeError(Exception):
    """Anything that went wrong talking to the bridge."""


class BridgeConnectionError(BridgeError):
    """The bridge could not be reached (refused, reset, timed out) after every retry."""


class BridgeHTTPError(BridgeError):
    """The bridge answered with an error status; ``message`` is its one-line reason."""

    def __init__(self, method: str, path: str, status: int, message: str):
        super().__init__(f"{method} {path} -> HTTP {status}: {message}")
        self.method = method
        self.path = path
        self.status = status
        self.message = message


def default_url() -> str:
    return os.environ.get("BOOTCAMP_BRIDGE_URL", DEFAULT_URL)


class BridgeClient:
    """Talks to one bridge. Thread-safe: every call opens its own connection.

    :param url: base URL, e.g. ``http://127.0.0.1:8787``; default ``$BOOTCAMP_BRIDGE_URL`` or that address
    :param token: bearer token; default ``$BOOTCAMP_TOKEN`` (needed when the bridge binds beyond loopback)
    :param timeout: seconds per request
    :param retries: extra attempts after a connection error
    :param backoff: first wait between attempts, in seconds; doubles each time, capped at 10 s
    """

    def __init__(self, url: Optional[str] = None, token: Optional[str] = None, timeout: float = 120.0,
                 retries: int = 3, backoff: float = 0.5):
        self.url = (url or default_url()).rstrip("/")
        if not self.url.startswith(("http://", "https://")):
            raise ValueError(f"the bridge URL must start with http:// or https://, found {self.url!r}")
        self.token = token if token is not None else os.environ.get("BOOTCAMP_TOKEN")
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, found {timeout}")
        if retries < 0:
            raise ValueError(f"retries must be 0 or more, found {retries}")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff

    def __repr__(self) -> str:
        return f"BridgeClient({self.url!r})"

    # ---- endpoints -------------------------------------------------------------------------------------

    def health(self) -> Dict[str, Any]:
        """``GET /healthz``: ``{"status": "ok", "bootcamps": N}``."""
        return self._json("GET", "/healthz")

    def bootcamps(self) -> List[Dict[str, Any]]:
        """``GET /v1/bootcamps``: one description per bootcamp."""
        return self._json("GET", "/v1/bootcamps")

    def cases(self, mix: str, count: int = 1, level: Level = "medium", seed: int = 0, offset: int = 0,
              style: str = "tags", knobs: Optional[Mapping[str, Any]] = None) -> List[Dict[str, Any]]:
        """``POST /v1/cases``: ``count`` case records.

        :param mix: bootcamp ids, domains or globs with weights, e.g. ``"knapsack:1,arithmetic:2"``
        :param level: 1..10, a preset (``"easy"`` .. ``"expert"``) or ``"curriculum"`` (each bootcamp at its
            curriculum level; the server numbers those cases itself, so ``offset`` is ignored)
        :param knobs: knob overrides (the server's ``set``); not for ``"curriculum"``
        """
        body: Dict[str, Any] = {"mix": mix, "count": int(count), "level": level, "seed": int(seed),
                                "offset": int(offset), "style": style}
        if knobs:
            body["set"] = dict(knobs)
        return self._json("POST", "/v1/cases", body)["cases"]

    def stream(self, mix: str, count: int = 1000, level: Level = "medium", seed: int = 0, offset: int = 0,
               style: str = "tags") -> Iterator[Dict[str, Any]]:
        """``GET /v1/cases/stream``: case records one by one, read as the server writes them (NDJSON).

        Close the generator (or exhaust it) to release the connection.
        """
        query = urllib.parse.urlencode({"mix": mix, "count": int(count), "level": level, "seed": int(seed),
                                        "offset": int(offset), "style": style})
        response = self._open("GET", "/v1/cases/stream?" + query)
        try:
            for line in response:
                line = line.strip()
                if line:
                    yield json.loads(line)
        finally:
            response.close()

    def verify(self, items: Iterable[Item], feedback: bool = True) -> List[Dict[str, Any]]:
        """``POST /v1/verify``: one result per item, in order.

        An item is ``{"case": CASE, "response": TEXT}`` or a ``(CASE, TEXT)`` pair, where CASE is a full case
        record, its spec (``bootcamp, version, seed, knobs`` and optionally ``level, style``) or either one as
        a JSON string. A result is ``{id, bootcamp, level, reward, pass, verdict, detail}``. With
        ``feedback`` the rewards also feed the curriculum.
        """
        payload = [_item(item, i) for i, item in enumerate(items)]
        if not payload:
            return []
        return self._json("POST", "/v1/verify", {"items": payload, "feedback": bool(feedback)})["results"]

    def curriculum(self) -> Dict[str, Any]:
        """``GET /v1/curriculum``: every bootcamp's level and recent pass rates."""
        return self._json("GET", "/v1/curriculum")

    def feedback(self, results: Iterable[Mapping[str, Any]]) -> Dict[str, Any]:
        """``POST /v1/curriculum``: report ``{bootcamp, level, reward}`` results scored elsewhere; returns the
        new curriculum state."""
        rows = [{"bootcamp": r["bootcamp"], "level": int(r["level"]), "reward": float(r["reward"])} for r in results]
        return self._json("POST", "/v1/curriculum", {"results": rows})

    def openrlhf_reward(self, queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any]) -> Dict[str, Any]:
        """``POST /openrlhf/reward``, exactly as OpenRLHF's ``--reward.remote_url`` calls it."""
        return self._json("POST", "/openrlhf/reward", {"query": list(queries), "prompts": list(prompts),
                                                       "labels": list(labels)})

    def slime_reward(self, prompt: str, response: str, label: Any) -> float:
        """``POST /slime/reward``, exactly as slime's ``--rm-type remote_rm`` calls it."""
        return float(self._json("POST", "/slime/reward", {"prompt": prompt, "response": response, "label": label}))

    def metrics(self) -> str:
        """``GET /metrics``: Prometheus text."""
        with self._open("GET", "/metrics") as response:
            return response.read().decode("utf-8")

    # ---- transport -------------------------------------------------------------------------------------

    def _json(self, method: str, path: str, body: Any = None) -> Any:
        with self._open(method, path, body) as response:
            raw = response.read()
        try:
            return json.loads(raw)
        except ValueError as e:
            raise BridgeError(f"{method} {path}: the bridge answered with something that is not JSON: {raw[:200]!r}") from e

    def _open(self, method: str, path: str, body: Any = None):
        data = None if body is None else json.dumps(body, separators=(",", ":")).encode("utf-8")
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        short_path = path.split("?", 1)[0]
        delay = self.backoff
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
            try:
                return urllib.request.urlopen(request, timeout=self.timeout)
            except urllib.error.HTTPError as e:
                raise BridgeHTTPError(method, short_path, e.code, _reason(e)) from None
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException, socket.timeout) as e:
                reason = getattr(e, "reason", e)
                timed_out = isinstance(reason, socket.timeout) or isinstance(e, socket.timeout)
                if attempt == self.retries or (timed_out and method != "GET"):
                    what = "timed out" if timed_out else f"unreachable ({reason})"
                    raise BridgeConnectionError(f"{method} {short_path}: the bridge at {self.url} {what} after "
                                                f"{attempt + 1} attempt(s); is `bootcamp serve` running?") from e
            time.sleep(min(delay, 10.0))
            delay *= 2
        raise AssertionError("unreachable")


def _item(item: Item, index: int) -> Dict[str, Any]:
    if isinstance(item, tuple):
        case, response = item
    elif isinstance(item, Mapping):
        if "case" not in item or "response" not in item:
            raise ValueError(f"item {index}: expected {{'case': ..., 'response': ...}} or a (case, response) pair")
        case, response = item["case"], item["response"]
    else:
        raise ValueError(f"item {index}: expected {{'case': ..., 'response': ...}} or a (case, response) pair, "
                         f"found {type(item).__name__}")
    return {"case": _plain(case), "response": "" if response is None else str(response)}


def _plain(case: Any) -> Any:
    """Strings and mappings pass through; anything else string-like (numpy's str_, bytes) becomes str."""
    if isinstance(case, (str, dict)):
        return case
    if isinstance(case, Mapping):
        return dict(case)
    if isinstance(case, bytes):
        return case.decode("utf-8")
    return str(case)


def _reason(error: urllib.error.HTTPError) -> str:
    try:
        raw = error.read()
    except OSError:
        raw = b""
    try:
        message = json.loads(raw).get("error")
        if message:
            return str(message)
    except (ValueError, AttributeError):
        pass
    text = raw.decode("utf-8", "replace").strip().splitlines()
    return text[0] if text else (error.reason or "no reason given")


def spec_of(case: Mapping[str, Any]) -> Dict[str, Any]:
    """The spec of a case record: what trainers carry as ground truth. The bridge regenerates the puzzle from
    it (and caches it by the spec), so the prompt and answer need not travel with every response."""
    spec = {key: case[key] for key in ("bootcamp", "version", "level", "seed", "knobs", "style", "id") if key in case}
    return spec


def spec_json(case: Mapping[str, Any]) -> str:
    """:func:`spec_of` as the JSON string verl, OpenRLHF, TRL and slime datasets carry as their label."""
    return json.dumps(spec_of(case), separators=(",", ":"), sort_keys=False)
