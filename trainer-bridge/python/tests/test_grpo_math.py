"""The GRPO/Dr. GRPO/DAPO formulas of bootcamp_bridge/grpo.py's docstring, checked on hand-computed values. No bridge needed."""

import math
import unittest

from tests import _bridge

try:
    import torch
except ImportError:  # pragma: no cover - depends on the machine
    torch = None

if torch is not None:
    from bootcamp_bridge.grpo import (GRPOConfig, Sample, aggregate, clipped_policy_loss, group_advantages,
                                      informative_groups, kl_k3, single_bootcamp, summarize, token_weights)


@_bridge.requires(torch is not None, "PyTorch is not installed (apt-get install python3-torch; use /usr/bin/python3)")
class AdvantageTest(unittest.TestCase):
    def test_grpo_normalises_by_the_unbiased_std(self):
        # mean 0.25; unbiased std sqrt((0.75^2 + 3 * 0.25^2) / 3) = 0.5
        a = group_advantages(torch.tensor([[1.0, 0.0, 0.0, 0.0]]), "grpo", eps=0.0)
        self.assertTrue(torch.allclose(a, torch.tensor([[1.5, -0.5, -0.5, -0.5]])))

    def test_dr_grpo_only_centres(self):
        a = group_advantages(torch.tensor([[1.0, 0.0, 0.0, 0.0], [0.2, 0.4, 0.6, 0.8]]), "dr_grpo")
        self.assertTrue(torch.allclose(a, torch.tensor([[0.75, -0.25, -0.25, -0.25], [-0.3, -0.1, 0.1, 0.3]])))

    def test_each_group_is_normalised_on_its_own(self):
        a = group_advantages(torch.tensor([[1.0, 0.0], [10.0, 0.0]]), "grpo", eps=0.0)
        self.assertTrue(torch.allclose(a[0], a[1]))
        self.assertAlmostEqual(float(a.sum()), 0.0, places=6)

    def test_all_equal_group_has_zero_advantage_and_is_not_informative(self):
        rewards = torch.tensor([[1.0, 1.0, 1.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
        a = group_advantages(rewards, "grpo")
        self.assertTrue(torch.equal(a[0], torch.zeros(3)))
        self.assertTrue(torch.equal(a[2], torch.zeros(3)))
        self.assertEqual(informative_groups(rewards).tolist(), [False, True, False])

    def test_group_of_one_uses_mean_zero_std_one(self):
        self.assertTrue(torch.equal(group_advantages(torch.tensor([[0.7], [0.0]])), torch.tensor([[0.7], [0.0]])))

    def test_unknown_estimator(self):
        with self.assertRaises(ValueError):
            group_advantages(torch.zeros(1, 2), "ppo")


@_bridge.requires(torch is not None, "PyTorch is not installed")
class LossTest(unittest.TestCase):
    def test_ratio_one_gives_minus_advantage_and_the_reinforce_gradient(self):
        logp = torch.tensor([[-0.5, -1.0], [-2.0, -0.1]], requires_grad=True)
        adv = torch.tensor([2.0, -1.0])
        loss, clipped = clipped_policy_loss(logp, logp.detach(), adv, 0.2, 0.2)
        self.assertTrue(torch.allclose(loss, torch.tensor([[-2.0, -2.0], [1.0, 1.0]])))
        self.assertEqual(float(clipped.sum()), 0.0)
        loss.sum().backward()
        self.assertTrue(torch.allclose(logp.grad, torch.tensor([[-2.0, -2.0], [1.0, 1.0]])))

    def test_clipping_stops_the_gradient_outside_the_trust_region(self):
        old = torch.zeros(1, 2)
        # positive advantage, ratio 1.5 > 1 + eps_high: clipped at 1.2, no gradient
        logp = torch.log(torch.tensor([[1.5, 1.1]])).requires_grad_()
        loss, clipped = clipped_policy_loss(logp, old, torch.tensor([1.0]), 0.2, 0.2)
        self.assertAlmostEqual(float(loss[0, 0]), -1.2, places=5)
        self.assertAlmostEqual(float(loss[0, 1]), -1.1, places=5)
        self.assertEqual(clipped.tolist(), [[1.0, 0.0]])
        loss.sum().backward()
        self.assertEqual(float(logp.grad[0, 0]), 0.0)
        self.assertNotEqual(float(logp.grad[0, 1]), 0.0)
        # negative advantage, ratio 0.5 < 1 - eps_low: loss -(0.8 * -1) = 0.8, no gradient
        logp = torch.log(torch.tensor([[0.5]])).requires_grad_()
        loss, _ = clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([-1.0]), 0.2, 0.2)
        self.assertAlmostEqual(float(loss), 0.8, places=5)
        loss.sum().backward()
        self.assertEqual(float(logp.grad), 0.0)

    def test_clip_higher_lets_positive_advantages_go_further(self):
        logp = torch.log(torch.tensor([[1.25]]))
        symmetric, _ = clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([1.0]), 0.2, 0.2)
        higher, _ = clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([1.0]), 0.2, 0.28)
        self.assertAlmostEqual(float(symmetric), -1.2, places=5)
        self.assertAlmostEqual(float(higher), -1.25, places=5)

    def test_dual_clip_caps_the_loss_of_negative_advantages(self):
        logp = torch.log(torch.tensor([[5.0]]))
        plain, _ = clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([-1.0]), 0.2, 0.2)
        capped, _ = clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([-1.0]), 0.2, 0.2, dual_clip=3.0)
        self.assertAlmostEqual(float(plain), 5.0, places=4)
        self.assertAlmostEqual(float(capped), 3.0, places=4)
        with self.assertRaises(ValueError):
            clipped_policy_loss(logp, torch.zeros(1, 1), torch.tensor([-1.0]), 0.2, 0.2, dual_clip=1.0)

    def test_k3(self):
        logp = torch.tensor([-1.0, -2.0, -3.0])
        self.assertTrue(torch.equal(kl_k3(logp, logp), torch.zeros(3)))
        ref = torch.tensor([-1.5, -1.0, 30.0])
        x = ref - logp
        expected = torch.exp(x) - x - 1
        got = kl_k3(logp, ref)
        self.assertTrue(torch.allclose(got[:2], expected[:2]))
        self.assertEqual(float(got[2]), 10.0)  # clamped like verl
        self.assertTrue(bool((got >= 0).all()))


@_bridge.requires(torch is not None, "PyTorch is not installed")
class AggregationTest(unittest.TestCase):
    per_token = None

    def setUp(self):
        self.per_token = torch.tensor([[1.0, 2.0, 3.0, 9.0], [4.0, 9.0, 9.0, 9.0]])
        self.mask = torch.tensor([[1.0, 1.0, 1.0, 0.0], [1.0, 0.0, 0.0, 0.0]])

    def agg(self, mode, rows=slice(None)):
        return float(aggregate(self.per_token[rows], self.mask[rows], mode, total_tokens=4.0, total_seqs=2.0,
                               max_len=4.0))

    def test_modes(self):
        self.assertAlmostEqual(self.agg("token-mean"), (1 + 2 + 3 + 4) / 4)
        self.assertAlmostEqual(self.agg("seq-mean-token-mean"), (2.0 + 4.0) / 2)
        self.assertAlmostEqual(self.agg("seq-mean-token-sum"), (6.0 + 4.0) / 2)
        self.assertAlmostEqual(self.agg("seq-mean-token-sum-norm"), 10.0 / (2 * 4))
        with self.assertRaises(ValueError):
            self.agg("mean")

    def test_micro_batches_add_up_to_the_batch(self):
        for mode in ("token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm"):
            whole = self.agg(mode)
            parts = self.agg(mode, slice(0, 1)) + self.agg(mode, slice(1, 2))
            self.assertAlmostEqual(whole, parts, msg=mode)


    def test_observation_tokens_of_an_episode_get_no_weight(self):
        episode = Sample([1], [5, 6, 7, 8, 9], 1.0, [1.0, 0.0, 0.0, 1.0, 1.0])
        plain = Sample([1], [5, 6], -1.0)
        self.assertEqual(episode.tokens(), 3.0)
        self.assertEqual(plain.tokens(), 2.0)
        weights = token_weights([episode, plain], 5, torch.device("cpu"))
        self.assertEqual(weights.tolist(), [[1.0, 0.0, 0.0, 1.0, 1.0], [1.0, 1.0, 0.0, 0.0, 0.0]])
        per_token = torch.tensor([[1.0, 50.0, 50.0, 2.0, 3.0], [4.0, 5.0, 9.0, 9.0, 9.0]])
        self.assertAlmostEqual(float(aggregate(per_token, weights, "token-mean", 5.0, 2.0, 5.0)), (1 + 2 + 3 + 4 + 5) / 5)


@_bridge.requires(torch is not None, "PyTorch is not installed")
class ConfigTest(unittest.TestCase):
    def test_checks(self):
        GRPOConfig().check()
        for bad in ({"estimator": "x"}, {"loss_agg": "x"}, {"group_size": 0}, {"eps_low": 1.0}, {"beta": -1.0}):
            with self.assertRaises(ValueError, msg=str(bad)):
                GRPOConfig(**bad).check()

    def test_single_bootcamp(self):
        ids = ["arithmetic", "gcd-lcm"]
        self.assertTrue(single_bootcamp("arithmetic", ids))
        self.assertTrue(single_bootcamp("arithmetic:3", ids))
        self.assertFalse(single_bootcamp("arithmetic,gcd-lcm", ids))
        self.assertFalse(single_bootcamp("math", ids))

    def test_summarize(self):
        history = [{"reward": r} for r in (0.0, 0.2, 0.4, 0.6, 0.8)]
        self.assertEqual(summarize(history, 2), {"first": 0.1, "last": 0.7})
        self.assertTrue(math.isnan(summarize([], 3)["first"]))


if __name__ == "__main__":
    unittest.main()
