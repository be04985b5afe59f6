"""The ``--model`` path (``HFPolicy``) driven through a hand-written stand-in for ``transformers``.

``transformers`` is not installed here and no model weights are downloaded, so this fake module provides just
what ``HFPolicy`` calls (``AutoTokenizer`` / ``AutoModelForCausalLM.from_pretrained``, ``apply_chat_template``,
``generate``, ``.logits``, ``generation_config``) around the tiny character model. It checks our side of that
boundary (padding, slicing generated tokens, end-of-sequence handling, the reference copy, the trainer loop), not
the real library; a GPU run with a real checkpoint is still needed for that.
"""

import os
import sys
import tempfile
import types
import unittest
from types import SimpleNamespace

try:
    import torch
    import torch.nn as nn
except ImportError:  # pragma: no cover - depends on the machine
    torch = None

from tests import _bridge

if torch is not None:
    from bootcamp_bridge.policy import CharTokenizer, HFPolicy, TinyCausalLM, completion_logprobs

    class FakeTokenizer:
        chat_template = "{{ fake }}"
        eos_token_id = CharTokenizer.EOS
        pad_token_id = None

        def __init__(self):
            self.chars = CharTokenizer()

        @classmethod
        def from_pretrained(cls, path, **kwargs):
            return cls()

        def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=True):
            assert not tokenize and add_generation_prompt
            return "U:" + messages[-1]["content"] + "\nA:"

        def __call__(self, text, add_special_tokens=True):
            return {"input_ids": ([CharTokenizer.BOS] if add_special_tokens else []) + self.chars.encode(text)}

        def decode(self, ids, skip_special_tokens=False):
            return "".join(self.chars.pieces[i - 5] for i in ids if i >= 5)

        def save_pretrained(self, path):
            open(os.path.join(path, "tokenizer.txt"), "w").close()

    class FakeModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.inner = TinyCausalLM(CharTokenizer().vocab_size, d_model=32, n_layers=1, n_heads=2)
            self.generation_config = SimpleNamespace(eos_token_id=[CharTokenizer.EOS])
            self.config = SimpleNamespace(use_cache=True)
            self.checkpointing = False
            self.generate_calls = []

        @classmethod
        def from_pretrained(cls, path, torch_dtype=None, trust_remote_code=False):
            with torch.random.fork_rng():
                torch.manual_seed(0)  # the same "weights" every time, like a checkpoint on disk
                model = cls()
            return model.to(torch_dtype) if torch_dtype is not None else model

        def forward(self, input_ids, attention_mask=None, position_ids=None, use_cache=False):
            return SimpleNamespace(logits=self.inner(input_ids, attention_mask, position_ids))

        def generate(self, input_ids, attention_mask, max_new_tokens, pad_token_id, eos_token_id, use_cache,
                     do_sample, temperature=1.0, top_p=1.0, top_k=50):
            self.generate_calls.append({"do_sample": do_sample, "top_k": top_k, "eos": eos_token_id})
            ids, mask = input_ids, attention_mask
            done = torch.zeros(ids.shape[0], dtype=torch.bool)
            for _ in range(max_new_tokens):
                logits = self.inner(ids, mask)[:, -1, :]
                token = (torch.multinomial((logits / temperature).softmax(-1), 1).squeeze(-1) if do_sample
                         else logits.argmax(-1))
                token = torch.where(done, torch.full_like(token, pad_token_id), token)
                done |= torch.isin(token, torch.tensor(eos_token_id))
                ids = torch.cat([ids, token[:, None]], 1)
                mask = torch.cat([mask, torch.ones_like(token[:, None])], 1)
                if bool(done.all()):
                    break
            return ids

        def gradient_checkpointing_enable(self):
            self.checkpointing = True

        def save_pretrained(self, path):
            torch.save(self.state_dict(), os.path.join(path, "model.pt"))


@_bridge.requires(torch is not None, "PyTorch is not installed")
class HFPolicyWithFakeTransformersTest(unittest.TestCase):
    def setUp(self):
        fake = types.ModuleType("transformers")
        fake.AutoTokenizer = FakeTokenizer
        fake.AutoModelForCausalLM = FakeModel
        self.saved = sys.modules.get("transformers")
        sys.modules["transformers"] = fake
        self.addCleanup(self.restore)

    def restore(self):
        if self.saved is None:
            sys.modules.pop("transformers", None)
        else:
            sys.modules["transformers"] = self.saved

    def policy(self, **kwargs):
        return HFPolicy("/models/fake", device="cpu", dtype="float32", max_prompt_tokens=48, **kwargs)

    def test_prompt_goes_through_the_chat_template_and_is_cut_from_the_left(self):
        policy = self.policy(gradient_checkpointing=True)
        self.assertTrue(policy.module.checkpointing)
        self.assertEqual(policy.pad_id, CharTokenizer.EOS)  # no pad token: the end-of-sequence id pads
        ids = policy.encode_prompt({"prompt": "x" * 100 + " 9 + 7"})
        self.assertEqual(len(ids), 48)
        self.assertTrue(policy.decode(ids).endswith("9 + 7\nA:"))
        target = policy.encode_target("16")
        self.assertEqual(target[-1], CharTokenizer.EOS)
        self.assertEqual(policy.decode(target), "<answer>16</answer>")

    def test_generate_returns_only_new_tokens_up_to_eos(self):
        policy = self.policy()
        prompts = [policy.encode_prompt({"prompt": p}) for p in ("1 + 2", "a much longer prompt, 3 + 4")]
        torch.manual_seed(0)
        completions = policy.generate(prompts, 6, temperature=1.0, top_p=1.0)
        self.assertEqual(policy.module.generate_calls[-1], {"do_sample": True, "top_k": 0, "eos": [CharTokenizer.EOS]})
        for completion in completions:
            self.assertLessEqual(len(completion), 6)
            self.assertNotIn(CharTokenizer.EOS, completion[:-1])
        greedy = policy.generate(prompts, 6, greedy=True)
        self.assertFalse(policy.module.generate_calls[-1]["do_sample"])
        logp, mask = completion_logprobs(policy, prompts, greedy)
        self.assertEqual(tuple(logp.shape), tuple(mask.shape))
        self.assertTrue(bool(torch.isfinite(logp).all()))

    def test_reference_is_a_second_frozen_load(self):
        policy = self.policy()
        reference = policy.reference()
        self.assertIsNot(reference.module, policy.module)
        self.assertFalse(any(p.requires_grad for p in reference.module.parameters()))
        prompts = [policy.encode_prompt({"prompt": "2 + 2"})]
        ours, _ = completion_logprobs(policy, prompts, [[40, 41, 2]])
        theirs, _ = completion_logprobs(reference, prompts, [[40, 41, 2]])
        self.assertTrue(torch.equal(ours, theirs))

    def test_trainer_runs_on_the_model_path(self):
        url = _bridge.url()
        from bootcamp_bridge.grpo import GRPOConfig, GRPOTrainer
        import io

        with tempfile.TemporaryDirectory() as directory:
            config = GRPOConfig(bridge_url=url, mix="arithmetic", level="1", model="/models/fake", device="cpu",
                                dtype="float32", max_prompt_tokens=48, steps=2, prompts_per_step=2, group_size=3,
                                max_new_tokens=6, warmup_steps=1, warmup_batch=4, beta=0.04, micro_batch=4,
                                eval_cases=2, save_path=directory)
            history = GRPOTrainer(config, out=io.StringIO()).run()
            self.assertEqual([h["step"] for h in history], [1, 2])
            self.assertEqual(history[0]["kl"], 0.0)
            self.assertTrue(os.path.isfile(os.path.join(directory, "model.pt")))
            self.assertTrue(os.path.isfile(os.path.join(directory, "tokenizer.txt")))

    def test_missing_transformers_is_a_clear_error(self):
        sys.modules["transformers"] = None  # makes the import fail
        with self.assertRaises(ImportError) as caught:
            self.policy()
        self.assertIn("pip install transformers", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
