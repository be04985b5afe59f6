"""verl custom reward functions that score through the bridge.

Config (one HTTP request per batch, the recommended form)::

    custom_reward_function.path=/abs/path/bootcamp_bridge/verl_reward.py
    custom_reward_function.name=compute_score_batch
    reward_model.reward_manager=batch

or, one request per sample (``naive``, ``dapo`` and ``prime`` managers)::

    custom_reward_function.name=compute_score

``ground_truth`` is the case spec as a JSON string (what ``bootcamp export --format verl`` writes into
``reward_model.ground_truth``). The bridge URL comes from ``$BOOTCAMP_BRIDGE_URL`` (default
http://127.0.0.1:8787), or from ``custom_reward_function.reward_kwargs.bridge_url``; the token from
``$BOOTCAMP_TOKEN``. Unreachable bridges and malformed labels raise: a silent 0 would train on a lie.

Each result is a dict: ``score`` (the reward), ``acc`` (1.0 when the answer passed, else 0.0; DAPO's group
filter reads it), ``format_ok`` (1.0 unless the response had no readable answer) and ``level``. Every value is
numeric because verl averages the extra keys into its metrics.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, Dict, List, Optional, Sequence

if __package__ in (None, ""):
    # verl loads this file by path, outside any package: make the sibling client importable.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bootcamp_bridge.client import BridgeClient, default_url  # noqa: E402
else:
    from .client import BridgeClient, default_url

MAX_ITEMS_PER_REQUEST = 4096

_clients: Dict[str, BridgeClient] = {}
_lock = threading.Lock()


def client_for(url: Optional[str] = None) -> BridgeClient:
    """One shared client per URL (default ``$BOOTCAMP_BRIDGE_URL``)."""
    key = (url or default_url()).rstrip("/")
    with _lock:
        client = _clients.get(key)
        if client is None:
            timeout = float(os.environ.get("BOOTCAMP_BRIDGE_TIMEOUT", "300"))
            client = _clients[key] = BridgeClient(key, timeout=timeout)
        return client


def to_verl(result: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "score": float(result["reward"]),
        "acc": 1.0 if result["pass"] else 0.0,
        "format_ok": 0.0 if result.get("verdict") == "no_answer" else 1.0,
        "level": int(result.get("level", 0)),
    }


def compute_score(data_source: Any, solution_str: str, ground_truth: Any, extra_info: Any = None,
                  bridge_url: Optional[str] = None, feedback: bool = True, **kwargs: Any) -> Dict[str, Any]:
    """One sample: ``{"score", "acc", "format_ok", "level"}``."""
    results = client_for(bridge_url).verify([{"case": ground_truth, "response": solution_str}], feedback=feedback)
    return to_verl(results[0])


def compute_score_batch(data_sources: Sequence[Any], solution_strs: Sequence[str], ground_truths: Sequence[Any],
                        extra_infos: Optional[Sequence[Any]] = None, bridge_url: Optional[str] = None,
                        feedback: bool = True, **kwargs: Any) -> List[Dict[str, Any]]:
    """A batch (``reward_model.reward_manager=batch``): one request per ``MAX_ITEMS_PER_REQUEST`` samples,
    results in input order."""
    solutions = list(solution_strs)
    truths = list(ground_truths)
    if len(solutions) != len(truths):
        raise ValueError(f"solution_strs and ground_truths differ in length: {len(solutions)} and {len(truths)}")
    client = client_for(bridge_url)
    scores: List[Dict[str, Any]] = []
    for start in range(0, len(solutions), MAX_ITEMS_PER_REQUEST):
        items = [{"case": truth, "response": solution}
                 for truth, solution in zip(truths[start:start + MAX_ITEMS_PER_REQUEST],
                                            solutions[start:start + MAX_ITEMS_PER_REQUEST])]
        scores.extend(to_verl(result) for result in client.verify(items, feedback=feedback))
    return scores
