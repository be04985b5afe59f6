"""Interactive bootcamps (episodes) from Python: the bridge's OpenEnv routes and a multi-turn environment wrapper.

``bootcamp serve`` serves every interactive bootcamp under ``/openenv/ID`` with OpenEnv's HTTP form (``POST /reset``,
``POST /step`` with the ``episode_id`` that reset returned, ``GET /state``). :class:`EpisodeClient` speaks it with the
standard library; :class:`EpisodeEnv` wraps one bootcamp as the reset/step environment that multi-turn trainers
expect (TRL's environment loops, ``verifiers``-style ``env_response`` / ``is_completed``), keeping the chat history:
the observations are ``user`` messages and the actions ``assistant`` messages.

The reward of an episode is its outcome: 1 for a win, 0 otherwise, given on the step that ends it.
"""

from __future__ import annotations

import itertools
import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .client import BridgeClient, BridgeError

Message = Dict[str, str]
"""A chat message: ``{"role": "user" | "assistant", "content": "..."}``."""

_counter = itertools.count(1)
BATCH_LIMIT = 1024
"""Items sent in one batch request (the bridge takes up to 4,096; smaller requests stay under its body limit)."""


@dataclass
class Observation:
    """What the environment shows after a reset or a step."""
    text: str
    turn: int
    turn_limit: int
    episode_id: str
    reward: Optional[float]
    done: bool
    verdict: Optional[str] = None
    detail: Optional[str] = None

    @classmethod
    def of(cls, reply: Mapping[str, Any]) -> "Observation":
        observation = reply.get("observation")
        if not isinstance(observation, Mapping) or "text" not in observation:
            raise BridgeError(f"the bridge answered without an observation: {str(reply)[:200]}")
        reward = reply.get("reward")
        return cls(text=str(observation["text"]), turn=int(observation.get("turn", 0)),
                   turn_limit=int(observation.get("turn_limit", 0)), episode_id=str(observation.get("episode_id", "")),
                   reward=None if reward is None else float(reward), done=bool(reply.get("done", False)),
                   verdict=observation.get("verdict"), detail=observation.get("detail"))


class EpisodeClient:
    """The OpenEnv HTTP form of one interactive bootcamp on a bridge.

    :param env: the bootcamp id (``bootcamp list`` shows kind ``episode``)
    :param client: the bridge; default one at ``$BOOTCAMP_BRIDGE_URL``
    """

    def __init__(self, env: str, client: Optional[BridgeClient] = None) -> None:
        if not env or "/" in env or "?" in env:
            raise ValueError(f"an environment is a bootcamp id such as 'mastermind', found {env!r}")
        self.env = env
        self.client = client or BridgeClient()
        self._base = "/openenv/" + urllib.parse.quote(env, safe="")

    def environments(self) -> List[str]:
        """Every interactive bootcamp the bridge serves."""
        return list(self.client._json("GET", "/openenv")["environments"])

    def metadata(self) -> Dict[str, Any]:
        return dict(self.client._json("GET", self._base + "/metadata"))

    def reset(self, seed: Optional[int] = None, level: Any = 1, episode_id: Optional[str] = None,
              knobs: Optional[Mapping[str, Any]] = None) -> Observation:
        """Start an episode. The same seed, level and knobs give the same episode; ``knobs`` overrides the
        level's knob values (our extension of OpenEnv's reset)."""
        body: Dict[str, Any] = {"level": level,
                                "episode_id": episode_id or f"py-{os.getpid()}-{next(_counter)}"}
        if seed is not None:
            body["seed"] = int(seed)
        if knobs:
            body["knobs"] = dict(knobs)
        return Observation.of(self.client._json("POST", self._base + "/reset", body))

    def step(self, episode_id: str, text: str) -> Observation:
        """Play one action; the reply says whether the episode is over and, if so, its reward and verdict."""
        return Observation.of(self.client._json("POST", self._base + "/step",
                                                {"episode_id": episode_id, "action": {"text": text}}))

    def reset_many(self, resets: Sequence[Mapping[str, Any]]) -> List[Union[Observation, BridgeError]]:
        """Many resets in one request (``POST /batch``, our form for trainers): each item is a reset body
        (``seed``, ``level``, ``knobs``, ``episode_id``); an item that failed alone comes back as a BridgeError."""
        return self._batch("reset", [dict(r) for r in resets])

    def step_many(self, steps: Sequence[Tuple[str, str]]) -> List[Union[Observation, BridgeError]]:
        """Many ``(episode_id, action)`` steps in one request, in order."""
        return self._batch("step", [{"episode_id": e, "action": {"text": a}} for e, a in steps])

    def close_many(self, episode_ids: Sequence[str]) -> List[bool]:
        """End episodes early, freeing their sessions; True for each one that was open."""
        closed: List[bool] = []
        for start in range(0, len(episode_ids), BATCH_LIMIT):
            reply = self.client._json("POST", self._base + "/batch", {"close": list(episode_ids[start:start + BATCH_LIMIT])})
            closed.extend(bool(r.get("closed")) for r in reply["results"])
        return closed

    def _batch(self, kind: str, items: List[Dict[str, Any]]) -> List[Union[Observation, BridgeError]]:
        results: List[Union[Observation, BridgeError]] = []
        for start in range(0, len(items), BATCH_LIMIT):
            reply = self.client._json("POST", self._base + "/batch", {kind: items[start:start + BATCH_LIMIT]})
            for result in reply["results"]:
                results.append(BridgeError(str(result["error"])) if "error" in result else Observation.of(result))
        return results

    def state(self, episode_id: str) -> Dict[str, Any]:
        """The episode's spec, the actions so far and whether it is over (replaying them replays it)."""
        query = urllib.parse.urlencode({"episode_id": episode_id})
        return dict(self.client._json("GET", self._base + "/state?" + query))


@dataclass
class Transcript:
    """One played episode: the chat history and how it ended."""
    messages: List[Message]
    reward: float
    turns: int
    verdict: Optional[str]
    episode_id: str
    actions: List[str] = field(default_factory=list)


class EpisodeEnv:
    """One bootcamp as a reset/step environment that keeps the chat history.

    ``reset`` returns the opening; ``step(action)`` returns ``(observation, reward, done, info)`` as gym-style loops
    expect. For chat-style loops, :meth:`env_response` and :meth:`is_completed` follow the ``verifiers`` library's
    multi-turn shape, and :meth:`play` runs a whole episode with any function from messages to an action.
    """

    def __init__(self, env: str, level: Any = 1, knobs: Optional[Mapping[str, Any]] = None,
                 client: Optional[BridgeClient] = None) -> None:
        self.episodes = EpisodeClient(env, client)
        self.level = level
        self.knobs = dict(knobs or {})
        self.messages: List[Message] = []
        self.actions: List[str] = []
        self.last: Optional[Observation] = None

    @property
    def done(self) -> bool:
        return self.last is not None and self.last.done

    def reset(self, seed: Optional[int] = None, episode_id: Optional[str] = None) -> str:
        self.last = self.episodes.reset(seed, self.level, episode_id, self.knobs)
        self.messages = [{"role": "user", "content": self.last.text}]
        self.actions = []
        return self.last.text

    def step(self, action: str) -> Tuple[str, float, bool, Dict[str, Any]]:
        if self.last is None:
            raise BridgeError("reset the environment before the first step")
        if self.last.done:
            raise BridgeError("the episode is over; reset to play another")
        self.messages.append({"role": "assistant", "content": action})
        self.actions.append(action)
        self.last = self.episodes.step(self.last.episode_id, action)
        self.messages.append({"role": "user", "content": self.last.text})
        info = {"turn": self.last.turn, "turn_limit": self.last.turn_limit, "episode_id": self.last.episode_id,
                "verdict": self.last.verdict, "detail": self.last.detail}
        return self.last.text, float(self.last.reward or 0.0), self.last.done, info

    # -- the verifiers-style multi-turn shape

    def env_response(self, messages: List[Message]) -> Message:
        """The environment's reply to the last assistant message of ``messages``."""
        if not messages or messages[-1].get("role") != "assistant":
            raise ValueError("the last message must be the model's action (role 'assistant')")
        text, _, _, _ = self.step(str(messages[-1].get("content", "")))
        return {"role": "user", "content": text}

    def is_completed(self, messages: Optional[List[Message]] = None) -> bool:
        return self.done

    def play(self, respond: Callable[[List[Message]], str], seed: Optional[int] = None,
             max_turns: Optional[int] = None) -> Transcript:
        """Run one episode: ``respond`` gets the history so far and returns the next action."""
        self.reset(seed)
        reward = 0.0
        while not self.done and (max_turns is None or len(self.actions) < max_turns):
            _, reward, _, _ = self.step(respond(list(self.messages)))
        assert self.last is not None
        return Transcript(messages=list(self.messages), reward=reward, turns=len(self.actions), verdict=self.last.verdict,
                          episode_id=self.last.episode_id, actions=list(self.actions))
