"""Policies for the reference GRPO trainer: a tiny character-level transformer (trained from scratch, CPU) and a
Hugging Face causal LM loaded from a local path (GPU).

Both expose the same small surface the trainer needs:

* ``encode_prompt(case) -> list[int]`` and ``encode_target(answer_text) -> list[int]`` (for the warm-up);
* ``generate(prompts, max_new_tokens, temperature, top_p, greedy) -> list[list[int]]``: completion token ids,
  ending with an end-of-sequence id when the model stopped by itself;
* ``decode(ids) -> str``;
* ``logits(input_ids, attention_mask, position_ids)`` and ``module`` (the ``nn.Module`` being trained);
* ``reference()``: a frozen copy for the KL term; ``save(path)``.

Batches are laid out as left-padded prompts followed by right-padded completions, so every completion starts at
the same column and its log-probabilities are one slice; positions come from the attention mask.
"""

from __future__ import annotations

import copy
import math
import os
from typing import Any, List, Mapping, Optional, Protocol, Sequence, Tuple

import torch
import torch.nn as nn


class Policy(Protocol):
    """What the trainer needs of a policy; :class:`TinyPolicy` and :class:`HFPolicy` both provide it."""

    @property
    def pad_id(self) -> int: ...

    @property
    def device(self) -> torch.device: ...

    @property
    def module(self) -> nn.Module:
        """The ``nn.Module`` being trained."""

    def encode_prompt(self, case: Mapping[str, Any]) -> List[int]: ...

    def encode_target(self, answer_text: str) -> List[int]: ...

    def decode(self, ids: Sequence[int]) -> str: ...

    def encode_turn(self, text: str, first: bool) -> List[int]:
        """An episode's observation as the tokens the model reads before its next action (``first``: the opening)."""
        ...

    def logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor: ...

    def generate(self, prompts: Sequence[Sequence[int]], max_new_tokens: int, temperature: float = 1.0,
                 top_p: float = 1.0, greedy: bool = False) -> List[List[int]]: ...

    def reference(self) -> "Policy": ...

    def save(self, path: str) -> None: ...


# ---- the tiny character-level model -------------------------------------------------------------------------

class CharTokenizer:
    """Printable ASCII and newline, one id each, plus the answer tags as one id each; five specials first.

    Giving ``<answer>`` and ``</answer>`` their own ids keeps a completion like ``<answer>16</answer>`` at five
    tokens, so sampling is cheap and the policy gradient lands on the tokens that decide the reward.
    """

    PAD, BOS, EOS, SEP, UNK = 0, 1, 2, 3, 4
    WORDS = ("<answer>", "</answer>")
    CHARS = "\n" + "".join(chr(c) for c in range(32, 127))

    def __init__(self) -> None:
        self.pieces = list(self.WORDS) + list(self.CHARS)
        self.index = {piece: i + 5 for i, piece in enumerate(self.pieces)}
        self.vocab_size = 5 + len(self.pieces)

    def encode(self, text: str) -> List[int]:
        ids = []
        i = 0
        while i < len(text):
            for word in self.WORDS:
                if text.startswith(word, i):
                    ids.append(self.index[word])
                    i += len(word)
                    break
            else:
                ids.append(self.index.get(text[i], self.UNK))
                i += 1
        return ids

    def decode(self, ids: Sequence[int]) -> str:
        out = []
        for i in ids:
            if i == self.EOS:
                break
            if i >= 5:
                out.append(self.pieces[i - 5])
        return "".join(out)


def compact_prompt(case: Mapping[str, Any], max_chars: int = 192, bootcamp_prefix: bool = True) -> str:
    """What the tiny model reads instead of the full prompt: ``bootcamp: instance`` (just the instance when
    ``bootcamp_prefix`` is off, for runs on a single bootcamp).

    A bootcamp prompt is rules, the instance (often indented four spaces), then the answer-format instruction.
    The instance is the indented lines when there are any, else the paragraphs before the instruction; the
    rules a character model cannot read anyway are left out, so the context stays short.
    """
    prompt = str(case.get("prompt", ""))
    indented = [line.strip() for line in prompt.splitlines() if line.startswith("    ") and line.strip()]
    if indented:
        body = "\n".join(indented)
    else:
        body = "\n\n".join(p for p in prompt.split("\n\n") if "<answer>" not in p)
    head = f"{case.get('bootcamp', '')}: " if bootcamp_prefix else ""
    return head + body[-max(1, max_chars - len(head)):]


def wrap_answer(answer_text: str) -> str:
    return f"<answer>{answer_text}</answer>"


class _Block(nn.Module):
    def __init__(self, d_model: int, n_heads: int) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.ln1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))

    def forward(self, x: torch.Tensor, allowed: torch.Tensor,
                past: Optional[Tuple[torch.Tensor, torch.Tensor]] = None
                ) -> Tuple[torch.Tensor, Tuple[torch.Tensor, torch.Tensor]]:
        batch, length, width = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(width, dim=-1)
        shape = (batch, length, self.n_heads, width // self.n_heads)
        q, k, v = (t.view(shape).transpose(1, 2) for t in (q, k, v))
        if past is not None:
            k = torch.cat([past[0], k], dim=2)
            v = torch.cat([past[1], v], dim=2)
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(width // self.n_heads)
        scores = scores.masked_fill(~allowed, float("-inf"))
        attended = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, width)
        x = x + self.proj(attended)
        return x + self.mlp(self.ln2(x)), (k, v)


class TinyCausalLM(nn.Module):
    """A pre-norm decoder-only transformer over characters, small enough to train on a laptop CPU."""

    def __init__(self, vocab_size: int, d_model: int = 64, n_layers: int = 2, n_heads: int = 4,
                 max_positions: int = 512) -> None:
        super().__init__()
        if d_model % n_heads:
            raise ValueError(f"d_model ({d_model}) must be a multiple of n_heads ({n_heads})")
        self.config = {"vocab_size": vocab_size, "d_model": d_model, "n_layers": n_layers, "n_heads": n_heads,
                       "max_positions": max_positions}
        self.tokens = nn.Embedding(vocab_size, d_model)
        self.positions = nn.Embedding(max_positions, d_model)
        self.blocks = nn.ModuleList(_Block(d_model, n_heads) for _ in range(n_layers))
        self.ln = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab_size, bias=False)
        self.head.weight = self.tokens.weight
        self.apply(self._init)

    @staticmethod
    def _init(module: nn.Module) -> None:
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, input_ids: torch.Tensor, attention_mask: Optional[torch.Tensor] = None,
                position_ids: Optional[torch.Tensor] = None, past: Optional[List[Tuple[torch.Tensor, torch.Tensor]]] = None,
                return_past: bool = False) -> Any:
        """Logits ``[B, L, V]``. ``attention_mask`` covers the past and the new tokens (``[B, past + L]``);
        with ``return_past`` the keys and values come back too, for incremental decoding."""
        batch, length = input_ids.shape
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        if position_ids is None:
            position_ids = (attention_mask.long().cumsum(-1) - 1).clamp(min=0)[:, -length:]
        max_positions = self.config["max_positions"]
        if position_ids.max() >= max_positions:
            raise ValueError(f"a position reaches {int(position_ids.max())}, beyond max_positions {max_positions}")
        total = attention_mask.shape[1]
        offset = total - length
        keys = attention_mask.bool()[:, None, None, :]
        rows = torch.arange(offset, total, device=input_ids.device)[:, None]
        columns = torch.arange(total, device=input_ids.device)[None, :]
        # Every query may see itself, so a padding row is never fully masked (which would give NaN).
        allowed = ((columns <= rows) & keys) | (columns == rows)
        x = self.tokens(input_ids) + self.positions(position_ids)
        new_past = []
        for i, block in enumerate(self.blocks):
            x, kv = block(x, allowed, past[i] if past is not None else None)
            new_past.append(kv)
        logits = self.head(self.ln(x))
        return (logits, new_past) if return_past else logits


class TinyPolicy:
    """The tiny model with its tokenizer and its own sampling loop."""

    kind = "tiny"

    def __init__(self, device: str = "cpu", d_model: int = 64, n_layers: int = 2, n_heads: int = 4,
                 max_prompt_chars: int = 192, module: Optional[TinyCausalLM] = None,
                 bootcamp_prefix: bool = True, max_observation_chars: int = 48) -> None:
        self.tokenizer = CharTokenizer()
        self.max_observation_chars = max_observation_chars
        self.bootcamp_prefix = bootcamp_prefix
        self.device = torch.device(device)
        self.max_prompt_chars = max_prompt_chars
        self.module = module if module is not None else TinyCausalLM(self.tokenizer.vocab_size, d_model, n_layers,
                                                                     n_heads)
        self.module.to(self.device)
        self.pad_id = CharTokenizer.PAD
        self.eos_ids = {CharTokenizer.EOS}

    def encode_prompt(self, case: Mapping[str, Any]) -> List[int]:
        text = compact_prompt(case, self.max_prompt_chars, self.bootcamp_prefix)
        return [CharTokenizer.BOS] + self.tokenizer.encode(text) + [CharTokenizer.SEP]

    def encode_target(self, answer_text: str) -> List[int]:
        return self.tokenizer.encode(wrap_answer(answer_text)) + [CharTokenizer.EOS]

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(ids)

    def encode_turn(self, text: str, first: bool) -> List[int]:
        # The last characters of an observation carry its news ("5: higher."); the rules a character model cannot
        # read are left out, as compact_prompt does for single-turn prompts.
        body = " ".join(text.split())[-self.max_observation_chars:]
        return ([CharTokenizer.BOS] if first else []) + self.tokenizer.encode(body) + [CharTokenizer.SEP]

    def logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        return self.module(input_ids, attention_mask, position_ids)

    @torch.no_grad()
    def generate(self, prompts: Sequence[Sequence[int]], max_new_tokens: int, temperature: float = 1.0,
                 top_p: float = 1.0, greedy: bool = False) -> List[List[int]]:
        was_training = self.module.training
        self.module.eval()
        ids, mask = left_pad(prompts, self.pad_id, self.device)
        done = torch.zeros(len(prompts), dtype=torch.bool, device=self.device)
        out = torch.full((len(prompts), max_new_tokens), self.pad_id, dtype=torch.long, device=self.device)
        position = (mask.cumsum(-1) - 1).clamp(min=0)
        logits, past = self.module(ids, mask, position, return_past=True)
        last = logits[:, -1, :]
        position = position[:, -1:]
        for t in range(max_new_tokens):
            token = sample_tokens(last.float(), temperature, top_p, greedy)
            token = torch.where(done, torch.full_like(token, self.pad_id), token)
            out[:, t] = token
            done |= token == CharTokenizer.EOS
            if bool(done.all()) or t == max_new_tokens - 1:
                break
            mask = torch.cat([mask, torch.ones_like(token[:, None])], dim=1)
            position = position + 1
            logits, past = self.module(token[:, None], mask, position, past=past, return_past=True)
            last = logits[:, -1, :]
        self.module.train(was_training)
        return [trim_completion(row, self.eos_ids, self.pad_id) for row in out.tolist()]

    def reference(self) -> "TinyPolicy":
        frozen = copy.deepcopy(self.module).eval()
        for p in frozen.parameters():
            p.requires_grad_(False)
        return TinyPolicy(str(self.device), max_prompt_chars=self.max_prompt_chars, module=frozen,
                          bootcamp_prefix=self.bootcamp_prefix, max_observation_chars=self.max_observation_chars)

    def save(self, path: str) -> None:
        os.makedirs(path, exist_ok=True)
        torch.save({"config": self.module.config, "state": self.module.state_dict(),
                    "max_prompt_chars": self.max_prompt_chars, "bootcamp_prefix": self.bootcamp_prefix},
                   os.path.join(path, "tiny.pt"))

    @classmethod
    def load(cls, path: str, device: str = "cpu") -> "TinyPolicy":
        saved = torch.load(os.path.join(path, "tiny.pt"), map_location=device)
        module = TinyCausalLM(**saved["config"])
        module.load_state_dict(saved["state"])
        return cls(device, max_prompt_chars=saved["max_prompt_chars"], module=module,
                   bootcamp_prefix=saved["bootcamp_prefix"])


# ---- a Hugging Face causal LM from a local path --------------------------------------------------------------

class HFPolicy:
    """``AutoModelForCausalLM.from_pretrained(path)`` with its tokenizer. Needs ``transformers`` (imported here,
    lazily); reviewed but not exercised by the CPU tests, which run without it.

    The prompt goes through the tokenizer's chat template when it has one (as verl and TRL do for chat data);
    completions are sampled with ``model.generate``.
    """

    kind = "hf"

    def __init__(self, path: str, device: str = "cuda", dtype: str = "bfloat16", trust_remote_code: bool = False,
                 gradient_checkpointing: bool = False, max_prompt_tokens: int = 1024, chat_template: bool = True,
                 module: Any = None, tokenizer: Any = None) -> None:
        try:
            import transformers
        except ImportError as e:  # pragma: no cover - depends on the machine
            raise ImportError("--model needs the 'transformers' package (pip install transformers)") from e
        self.path = path
        self.device = torch.device(device)
        self.dtype_name = dtype
        self.trust_remote_code = trust_remote_code
        self.max_prompt_tokens = max_prompt_tokens
        self.tokenizer = tokenizer or transformers.AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code)
        self.use_template = chat_template and bool(getattr(self.tokenizer, "chat_template", None))
        if module is None:
            module = transformers.AutoModelForCausalLM.from_pretrained(
                path, torch_dtype=getattr(torch, dtype), trust_remote_code=trust_remote_code)
            module.to(self.device)
            if gradient_checkpointing:
                module.gradient_checkpointing_enable()
                module.config.use_cache = False
        self.module = module
        eos = self.module.generation_config.eos_token_id if self.module.generation_config is not None else None
        if eos is None:
            eos = self.tokenizer.eos_token_id
        self.eos_ids = set(eos if isinstance(eos, (list, tuple)) else [eos]) - {None}
        if not self.eos_ids:
            raise ValueError(f"{path}: neither the generation config nor the tokenizer names an end-of-sequence token")
        pad = self.tokenizer.pad_token_id
        self.pad_id = pad if pad is not None else min(self.eos_ids)

    def encode_prompt(self, case: Mapping[str, Any]) -> List[int]:
        prompt = str(case["prompt"])
        if self.use_template:
            text = self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                      add_generation_prompt=True)
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        else:
            ids = self.tokenizer(prompt)["input_ids"]
        return list(ids[-self.max_prompt_tokens:])

    def encode_turn(self, text: str, first: bool) -> List[int]:
        # Each observation is one user turn through the chat template, then the generation prompt; the action before
        # it ended with the end-of-turn token the model sampled.
        if self.use_template:
            rendered = self.tokenizer.apply_chat_template([{"role": "user", "content": text}], tokenize=False,
                                                          add_generation_prompt=True)
            ids = self.tokenizer(rendered, add_special_tokens=False)["input_ids"]
        else:
            ids = self.tokenizer(("" if first else "\n") + text + "\n", add_special_tokens=first)["input_ids"]
        return list(ids[-self.max_prompt_tokens:])

    def encode_target(self, answer_text: str) -> List[int]:
        ids = self.tokenizer(wrap_answer(answer_text), add_special_tokens=False)["input_ids"]
        return list(ids) + [min(self.eos_ids)]

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode([i for i in ids if i not in self.eos_ids], skip_special_tokens=True)

    def logits(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        return self.module(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                           use_cache=False).logits

    @torch.no_grad()
    def generate(self, prompts: Sequence[Sequence[int]], max_new_tokens: int, temperature: float = 1.0,
                 top_p: float = 1.0, greedy: bool = False) -> List[List[int]]:
        was_training = self.module.training
        self.module.eval()
        ids, mask = left_pad(prompts, self.pad_id, self.device)
        options = {"max_new_tokens": max_new_tokens, "pad_token_id": self.pad_id,
                   "eos_token_id": sorted(self.eos_ids), "use_cache": True}
        if greedy:
            options.update(do_sample=False)
        else:
            options.update(do_sample=True, temperature=temperature, top_p=top_p, top_k=0)
        out = self.module.generate(input_ids=ids, attention_mask=mask, **options)
        self.module.train(was_training)
        return [trim_completion(row, self.eos_ids, self.pad_id) for row in out[:, ids.shape[1]:].tolist()]

    def reference(self) -> "HFPolicy":
        """A frozen copy of the current policy, for the KL term."""
        import transformers
        frozen = transformers.AutoModelForCausalLM.from_pretrained(
            self.path, torch_dtype=getattr(torch, self.dtype_name), trust_remote_code=self.trust_remote_code)
        # The current weights, not the checkpoint's: after a warm-up the reference is the warmed-up policy.
        frozen.load_state_dict(self.module.state_dict())
        frozen.to(self.device).eval()
        for p in frozen.parameters():
            p.requires_grad_(False)
        return HFPolicy(self.path, str(self.device), self.dtype_name, self.trust_remote_code,
                        max_prompt_tokens=self.max_prompt_tokens, chat_template=self.use_template, module=frozen,
                        tokenizer=self.tokenizer)

    def save(self, path: str) -> None:
        self.module.save_pretrained(path)
        self.tokenizer.save_pretrained(path)


# ---- shared helpers -------------------------------------------------------------------------------------------

def left_pad(rows: Sequence[Sequence[int]], pad_id: int, device: torch.device) -> Tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        if row:
            ids[i, width - len(row):] = torch.tensor(row, dtype=torch.long)
            mask[i, width - len(row):] = 1
    return ids.to(device), mask.to(device)


def trim_completion(row: Sequence[int], eos_ids: set, pad_id: int) -> List[int]:
    """Tokens up to and including the first end-of-sequence; padding after it dropped."""
    out = []
    for token in row:
        out.append(token)
        if token in eos_ids:
            return out
    while out and out[-1] == pad_id and pad_id not in eos_ids:
        out.pop()
    return out


def outside_nucleus(probs: torch.Tensor, top_p: float) -> torch.Tensor:
    """True for the tokens top-p sampling never draws: those past the smallest most-probable set whose mass reaches
    ``top_p``. The sampler and the training log-probabilities share this one rule."""
    sorted_probs, order = probs.sort(-1, descending=True)
    cut = sorted_probs.cumsum(-1) - sorted_probs > top_p
    return torch.zeros_like(cut).scatter(-1, order, cut)


def sample_tokens(logits: torch.Tensor, temperature: float, top_p: float, greedy: bool) -> torch.Tensor:
    if greedy or temperature <= 0:
        return logits.argmax(-1)
    probs = (logits / temperature).softmax(-1)
    if top_p < 1.0:
        probs = probs.masked_fill(outside_nucleus(probs, top_p), 0.0)
    return torch.multinomial(probs, 1).squeeze(-1)


def token_logprobs(logits: torch.Tensor, targets: torch.Tensor, temperature: float = 1.0, top_p: float = 1.0
                   ) -> torch.Tensor:
    """Log-probabilities of ``targets`` under the distribution :func:`sample_tokens` draws from: the logits divided
    by ``temperature`` (as verl does), then, for ``top_p < 1``, renormalised over the nucleus. A target outside the
    nucleus (possible once the policy has moved since sampling) stays in it, so its log-probability is finite."""
    if temperature > 0 and temperature != 1.0:
        logits = logits / temperature
    if top_p < 1.0:
        with torch.no_grad():
            cut = outside_nucleus(logits.softmax(-1), top_p)
            cut.scatter_(-1, targets[..., None], False)
        logits = logits.masked_fill(cut, float("-inf"))
    return logits.gather(-1, targets[..., None]).squeeze(-1) - logits.logsumexp(-1)


def completion_batch(prompts: Sequence[Sequence[int]], completions: Sequence[Sequence[int]], pad_id: int,
                     device: torch.device) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, int]:
    """Left-padded prompts then right-padded completions.

    Returns ``input_ids, attention_mask, position_ids, completion_mask`` and the prompt width:
    completion token ``j`` of row ``i`` is ``input_ids[i, width + j]``, predicted by the logits at
    ``width + j - 1``.
    """
    prompt_ids, prompt_mask = left_pad(prompts, pad_id, device)
    length = max(1, max(len(c) for c in completions))
    completion_ids = torch.full((len(completions), length), pad_id, dtype=torch.long)
    completion_mask = torch.zeros((len(completions), length), dtype=torch.float32)
    for i, row in enumerate(completions):
        if row:
            completion_ids[i, :len(row)] = torch.tensor(row, dtype=torch.long)
            completion_mask[i, :len(row)] = 1.0
    completion_ids = completion_ids.to(device)
    completion_mask = completion_mask.to(device)
    input_ids = torch.cat([prompt_ids, completion_ids], dim=1)
    attention_mask = torch.cat([prompt_mask, completion_mask.long()], dim=1)
    position_ids = (attention_mask.cumsum(-1) - 1).clamp(min=0)
    return input_ids, attention_mask, position_ids, completion_mask, prompt_ids.shape[1]


def completion_logprobs(policy: Policy, prompts: Sequence[Sequence[int]], completions: Sequence[Sequence[int]],
                        temperature: float = 1.0, top_p: float = 1.0) -> Tuple[torch.Tensor, torch.Tensor]:
    """Per-token log-probabilities of each completion under ``policy`` (with grad if enabled), and the mask.
    Both are ``[N, T]`` with ``T`` the longest completion. For sampled completions pass the sampler's
    ``temperature`` and ``top_p``, so the ratio and the gradient use the distribution the tokens came from;
    the defaults give the model's own distribution (supervised warm-up, evaluation)."""
    input_ids, attention_mask, position_ids, mask, width = completion_batch(prompts, completions, policy.pad_id,
                                                                            policy.device)
    length = mask.shape[1]
    logits = policy.logits(input_ids, attention_mask, position_ids)[:, width - 1:width - 1 + length, :].float()
    targets = input_ids[:, width:width + length]
    return token_logprobs(logits, targets, temperature, top_p), mask
