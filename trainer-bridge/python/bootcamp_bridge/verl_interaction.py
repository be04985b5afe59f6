"""Interactive bootcamps in verl's multi-turn rollout, as a verl *interaction*.

verl's SGLang multi-turn rollout calls an interaction after each assistant turn. :class:`BootcampInteraction` plays
that part against a bridge: ``start_interaction`` opens the episode named by the row's ``interaction_kwargs`` (written
by ``scripts/make_episodes.py``), ``generate_response`` plays the last assistant message as the action and returns the
observation as the next user turn, ending the rollout when the episode is over, with the outcome (1 for a win, else
0) as the score. The class needs no import of verl; it subclasses verl's ``BaseInteraction`` when verl is installed.

verl configuration (an interaction file and the rollout switches; see the README section "Episodes in verl")::

    interaction:
      - name: bootcamp
        class_name: bootcamp_bridge.verl_interaction.BootcampInteraction
        config: {bridge_url: "http://127.0.0.1:8787"}
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any, Dict, List, Optional, Tuple

from .client import BridgeClient
from .episodes import EpisodeClient

try:  # pragma: no cover - depends on the machine
    from verl.interactions.base import BaseInteraction as _Base  # type: ignore
except ImportError:  # verl is not installed: a plain base with the same constructor
    class _Base:  # type: ignore[no-redef]
        def __init__(self, config: Dict[str, Any]) -> None:
            self.config = config
            self.name = config.get("name", "bootcamp")


class BootcampInteraction(_Base):
    """One bridge, any number of concurrent episodes, keyed by verl's ``instance_id``."""

    def __init__(self, config: Dict[str, Any]) -> None:
        super().__init__(config)
        self.client = BridgeClient(config.get("bridge_url"), token=config.get("token"))
        self._episodes: Dict[str, Tuple[EpisodeClient, float, bool]] = {}

    async def start_interaction(self, instance_id: Optional[str] = None, env: str = "", seed: int = 0, level: Any = 1,
                                knobs: Optional[Dict[str, Any]] = None, **kwargs: Any) -> str:
        instance_id = instance_id or f"verl-{uuid.uuid4()}"
        if isinstance(knobs, str):  # make_episodes.py writes them as JSON text (one Parquet type for every env)
            knobs = json.loads(knobs) if knobs else {}
        episodes = EpisodeClient(env, self.client)
        await asyncio.to_thread(episodes.reset, seed, level, instance_id, knobs)
        self._episodes[instance_id] = (episodes, 0.0, False)
        return instance_id

    async def generate_response(self, instance_id: str, messages: List[Dict[str, Any]], **kwargs: Any
                                ) -> Tuple[bool, str, float, Dict[str, Any]]:
        episodes, _, done = self._episodes[instance_id]
        if done:
            return True, "The episode is over.", await self.calculate_score(instance_id), {}
        action = next((str(m.get("content") or "") for m in reversed(messages) if m.get("role") == "assistant"), "")
        observation = await asyncio.to_thread(episodes.step, instance_id, action)
        score = float(observation.reward or 0.0) if observation.done else 0.0
        self._episodes[instance_id] = (episodes, score, observation.done)
        return observation.done, observation.text, score, {"turn": observation.turn, "verdict": observation.verdict}

    async def calculate_score(self, instance_id: str, **kwargs: Any) -> float:
        return self._episodes[instance_id][1]

    async def finalize_interaction(self, instance_id: str, **kwargs: Any) -> None:
        episodes, _, done = self._episodes.pop(instance_id)
        if not done:
            await asyncio.to_thread(episodes.close_many, [instance_id])
