"""The tiny policy: tokenizer, compact prompts, cached decoding, log-probability alignment. No bridge needed."""

import tempfile
import unittest

from tests import _bridge

try:
    import torch
except ImportError:  # pragma: no cover - depends on the machine
    torch = None

if torch is not None:
    from bootcamp_bridge.policy import (CharTokenizer, TinyPolicy, compact_prompt, completion_logprobs, left_pad,
                                        outside_nucleus, sample_tokens, token_logprobs,
                                        trim_completion)

ARITHMETIC = {"bootcamp": "arithmetic", "prompt": "Compute this:\n\n    9 + 7\n\nRules here.\n\n"
                                                  "Think it through, then answer between <answer> and </answer>."}
KNAPSACK = {"bootcamp": "knapsack", "prompt": "Fill a knapsack.\n\nItem 1: weight 3, value 4\n\n"
                                              "Give the items between <answer> and </answer>."}


@_bridge.requires(torch is not None, "PyTorch is not installed (apt-get install python3-torch; use /usr/bin/python3)")
class TokenizerTest(unittest.TestCase):
    def test_round_trip_with_tags_as_single_tokens(self):
        t = CharTokenizer()
        ids = t.encode("<answer>16</answer>")
        self.assertEqual(len(ids), 4)
        self.assertEqual(t.decode(ids), "<answer>16</answer>")
        self.assertEqual(t.decode(t.encode("a\nb <answe")), "a\nb <answe")

    def test_unknown_characters_and_eos(self):
        t = CharTokenizer()
        self.assertEqual(t.encode("é"), [CharTokenizer.UNK])
        self.assertEqual(t.decode(t.encode("ab") + [CharTokenizer.EOS] + t.encode("cd")), "ab")

    def test_compact_prompt(self):
        self.assertEqual(compact_prompt(ARITHMETIC), "arithmetic: 9 + 7")
        self.assertEqual(compact_prompt(ARITHMETIC, bootcamp_prefix=False), "9 + 7")
        self.assertEqual(compact_prompt(KNAPSACK), "knapsack: Fill a knapsack.\n\nItem 1: weight 3, value 4")
        self.assertEqual(len(compact_prompt(KNAPSACK, max_chars=20)), 20)


@_bridge.requires(torch is not None, "PyTorch is not installed")
class TinyPolicyTest(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(0)
        self.policy = TinyPolicy(d_model=32, n_layers=2, n_heads=4)
        t = self.policy.tokenizer
        # prompts of different lengths, so left padding is exercised
        self.prompts = [[1] + t.encode(s) + [3] for s in ("1 + 2", "12 + 345", "9")]

    def test_cached_decoding_matches_full_recomputation(self):
        fast = self.policy.generate(self.prompts, 10, greedy=True)
        for prompt, completion in zip(self.prompts, fast):
            ids = list(prompt)
            slow = []
            for _ in range(10):
                logits = self.policy.module(torch.tensor([ids]))
                token = int(logits[0, -1].argmax())
                slow.append(token)
                ids.append(token)
                if token == CharTokenizer.EOS:
                    break
            self.assertEqual(completion, slow)

    def test_batched_logprobs_match_one_sequence_at_a_time(self):
        completions = [[5, 20, 21, 6, 2], [7], [30, 31, 32]]
        batched, mask = completion_logprobs(self.policy, self.prompts, completions)
        self.assertEqual(mask.tolist(), [[1, 1, 1, 1, 1], [1, 0, 0, 0, 0], [1, 1, 1, 0, 0]])
        for i, (prompt, completion) in enumerate(zip(self.prompts, completions)):
            ids = torch.tensor([prompt + completion])
            logp = self.policy.module(ids)[0].log_softmax(-1)
            for j, token in enumerate(completion):
                self.assertAlmostEqual(float(batched[i, j]), float(logp[len(prompt) + j - 1, token]), places=4)

    def test_logprobs_use_the_samplers_temperature(self):
        completions = [[5, 20, 21], [7], [30, 31]]
        scaled, _ = completion_logprobs(self.policy, self.prompts, completions, temperature=0.5)
        plain, _ = completion_logprobs(self.policy, self.prompts, completions)
        for i, (prompt, completion) in enumerate(zip(self.prompts, completions)):
            logits = self.policy.module(torch.tensor([prompt + completion]))[0]
            for j, token in enumerate(completion):
                expected = (logits[len(prompt) + j - 1] / 0.5).log_softmax(-1)[token]
                self.assertAlmostEqual(float(scaled[i, j]), float(expected), places=4)
        self.assertFalse(torch.allclose(scaled[0, :3], plain[0, :3]))

    def test_logprobs_are_those_of_the_sampler_with_temperature_and_top_p(self):
        # Empirical frequencies of sample_tokens must match exp(token_logprobs) for the same settings.
        logits = torch.tensor([[2.0, 1.5, 1.0, 0.0, -1.0]])
        for temperature, top_p in ((1.0, 1.0), (0.7, 1.0), (1.5, 0.8), (1.0, 0.5)):
            torch.manual_seed(3)
            draws = 40_000
            counts = torch.bincount(sample_tokens(logits.expand(draws, -1), temperature, top_p, greedy=False),
                                    minlength=5)
            probs = token_logprobs(logits.expand(5, -1), torch.arange(5), temperature, top_p).exp()
            cut = outside_nucleus((logits / temperature).softmax(-1), top_p)[0]
            self.assertEqual(bool(cut.any()), top_p < 1.0)
            for token in range(5):
                if cut[token]:
                    self.assertEqual(int(counts[token]), 0, f"token {token} is outside the nucleus")
                    continue
                self.assertAlmostEqual(float(counts[token]) / draws, float(probs[token]), delta=0.01,
                                       msg=f"token {token} at temperature {temperature}, top-p {top_p}")
        self.assertTrue(torch.isfinite(token_logprobs(logits, torch.tensor([4]), 1.0, 0.5)).all())

    def test_padding_never_gives_nan(self):
        ids, mask = left_pad(self.prompts, 0, torch.device("cpu"))
        self.assertFalse(bool(torch.isnan(self.policy.module(ids, mask)).any()))

    def test_sampling_is_seeded_and_stops_at_eos(self):
        torch.manual_seed(1)
        a = self.policy.generate(self.prompts, 8)
        torch.manual_seed(1)
        b = self.policy.generate(self.prompts, 8)
        self.assertEqual(a, b)
        for completion in a:
            self.assertLessEqual(len(completion), 8)
            self.assertNotIn(CharTokenizer.EOS, completion[:-1])

    def test_reference_is_a_frozen_copy(self):
        reference = self.policy.reference()
        completions = [[5, 6], [7], [8]]
        ours, _ = completion_logprobs(self.policy, self.prompts, completions)
        theirs, _ = completion_logprobs(reference, self.prompts, completions)
        self.assertTrue(torch.equal(ours, theirs))
        self.assertFalse(any(p.requires_grad for p in reference.module.parameters()))

    def test_save_and_load(self):
        with tempfile.TemporaryDirectory() as directory:
            self.policy.save(directory)
            loaded = TinyPolicy.load(directory)
        self.assertEqual(loaded.generate(self.prompts, 6, greedy=True), self.policy.generate(self.prompts, 6, greedy=True))

    def test_helpers(self):
        self.assertEqual(trim_completion([5, 6, 2, 0, 0], {2}, 0), [5, 6, 2])
        self.assertEqual(trim_completion([5, 6, 0, 0], {2}, 0), [5, 6])
        logits = torch.tensor([[0.0, 5.0, 1.0]])
        self.assertEqual(int(sample_tokens(logits, 1.0, 1.0, greedy=True)), 1)
        torch.manual_seed(0)
        draws = {int(sample_tokens(logits, 1.0, 0.5, greedy=False)) for _ in range(50)}
        self.assertEqual(draws, {1})  # top-p 0.5 keeps only the most likely token


if __name__ == "__main__":
    unittest.main()
