"""TRL ``GRPOTrainer`` reward functions that score through the bridge.

The dataset needs a ``prompt`` column (text or chat messages) and a ``case`` column holding the case spec JSON
(TRL hands every extra column to reward functions by name)::

    from bootcamp_bridge.trl_reward import bootcamp_reward_async
    trainer = GRPOTrainer(model=..., reward_funcs=[bootcamp_reward_async], train_dataset=dataset, ...)

``bootcamp_reward`` is the synchronous form; :func:`make_bootcamp_reward` builds one for another column name,
URL or without curriculum feedback. One HTTP request scores the whole batch. The URL comes from
``$BOOTCAMP_BRIDGE_URL`` (default http://127.0.0.1:8787).
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, List, Optional, Sequence

from .client import BridgeClient
from .verl_reward import client_for


def completion_text(completion: Any) -> str:
    """A completion as text: a string stays; a conversational completion (a list of messages) gives its last
    message's content (text parts joined when the content is a list of parts)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        return _content(completion.get("content"))
    if isinstance(completion, (list, tuple)):
        if not completion:
            return ""
        return completion_text(completion[-1])
    return "" if completion is None else str(completion)


def _content(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, (list, tuple)):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def _score(client: BridgeClient, completions: Sequence[Any], cases: Optional[Sequence[Any]], feedback: bool) -> List[float]:
    if cases is None:
        raise ValueError("the dataset has no case column: add one holding each row's case spec JSON")
    if len(cases) != len(completions):
        raise ValueError(f"{len(completions)} completions but {len(cases)} cases")
    items = [{"case": case, "response": completion_text(completion)} for case, completion in zip(cases, completions)]
    return [float(result["reward"]) for result in client.verify(items, feedback=feedback)]


def make_bootcamp_reward(case_column: str = "case", url: Optional[str] = None, feedback: bool = True,
                         asynchronous: bool = False) -> Callable[..., Any]:
    """A reward function reading the case spec from ``case_column``; TRL logs it under the function's name."""

    def bootcamp_reward(prompts: Any = None, completions: Sequence[Any] = (), **kwargs: Any) -> List[float]:
        return _score(client_for(url), completions, kwargs.get(case_column), feedback)

    async def bootcamp_reward_async(prompts: Any = None, completions: Sequence[Any] = (), **kwargs: Any) -> List[float]:
        return await asyncio.to_thread(_score, client_for(url), completions, kwargs.get(case_column), feedback)

    return bootcamp_reward_async if asynchronous else bootcamp_reward


def bootcamp_reward(prompts: Any = None, completions: Sequence[Any] = (), case: Optional[Sequence[Any]] = None,
                    **kwargs: Any) -> List[float]:
    """The bridge's reward for each completion (TRL's ``reward_funcs`` signature)."""
    return _score(client_for(None), completions, case, True)


async def bootcamp_reward_async(prompts: Any = None, completions: Sequence[Any] = (),
                                case: Optional[Sequence[Any]] = None, **kwargs: Any) -> List[float]:
    """:func:`bootcamp_reward` without blocking TRL's event loop (TRL gathers async reward functions)."""
    return await asyncio.to_thread(_score, client_for(None), completions, case, True)
