"""The trainer adapters against a live bridge: verl compute_score (single, batch, loaded by path the way verl
loads it), the TRL reward functions, and the OpenRLHF and slime endpoints called exactly as those trainers do."""

import asyncio
import importlib.util
import json
import os
import unittest
import urllib.error
import urllib.request

from tests import _bridge
from bootcamp_bridge import trl_reward, verl_reward
from bootcamp_bridge.client import BridgeClient, spec_json


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


class RewardAdaptersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.url = _bridge.url()
        cls.saved_env = os.environ.get("BOOTCAMP_BRIDGE_URL")
        os.environ["BOOTCAMP_BRIDGE_URL"] = cls.url
        client = BridgeClient(cls.url)
        cls.cases = client.cases("arithmetic:1,gcd-lcm:1,knapsack:1", count=6, level=1, seed=123)
        cls.labels = [spec_json(c) for c in cls.cases]
        cls.gold = [f"<answer>{c['answer_text']}</answer>" for c in cls.cases]

    @classmethod
    def tearDownClass(cls):
        if cls.saved_env is None:
            os.environ.pop("BOOTCAMP_BRIDGE_URL", None)
        else:
            os.environ["BOOTCAMP_BRIDGE_URL"] = cls.saved_env

    # -- verl

    def test_verl_single(self):
        right = verl_reward.compute_score("bootcamp/arithmetic", "Thinking... " + self.gold[0], self.labels[0], {})
        self.assertEqual(right["score"], 1.0)
        self.assertEqual(right["acc"], 1.0)
        self.assertEqual(right["format_ok"], 1.0)
        self.assertEqual(right["level"], 1)
        wrong = verl_reward.compute_score("bootcamp/arithmetic", "no idea", self.labels[0])
        self.assertEqual((wrong["score"], wrong["acc"], wrong["format_ok"]), (0.0, 0.0, 0.0))
        for value in right.values():
            self.assertIsInstance(value, (int, float))

    def test_verl_batch_keeps_order_and_accepts_numpy_like_labels(self):
        class Str(str):  # stands in for numpy.str_, which verl's non-tensor batch holds
            pass

        solutions = [g if i % 2 == 0 else "<answer>nope</answer>" for i, g in enumerate(self.gold)]
        scores = verl_reward.compute_score_batch(
            data_sources=["bootcamp"] * len(solutions), solution_strs=solutions,
            ground_truths=[Str(label) for label in self.labels], extra_infos=[{}] * len(solutions))
        self.assertEqual([s["score"] for s in scores], [1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
        self.assertEqual([s["acc"] for s in scores], [1.0, 0.0, 1.0, 0.0, 1.0, 0.0])

    def test_verl_batch_splits_large_batches(self):
        saved = verl_reward.MAX_ITEMS_PER_REQUEST
        verl_reward.MAX_ITEMS_PER_REQUEST = 4
        try:
            scores = verl_reward.compute_score_batch(["x"] * 6, self.gold, self.labels, None)
        finally:
            verl_reward.MAX_ITEMS_PER_REQUEST = saved
        self.assertEqual([s["score"] for s in scores], [1.0] * 6)

    def test_verl_loads_the_file_by_path(self):
        # verl's custom_reward_function.path: spec_from_file_location, outside any package.
        path = os.path.join(_bridge.PACKAGE_ROOT, "bootcamp_bridge", "verl_reward.py")
        spec = importlib.util.spec_from_file_location("custom_module", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.assertEqual(module.compute_score("d", self.gold[1], self.labels[1])["score"], 1.0)
        self.assertEqual([s["score"] for s in module.compute_score_batch(["d"], [self.gold[2]], [self.labels[2]], [None])],
                         [1.0])

    def test_verl_reward_kwargs_override_the_url(self):
        result = verl_reward.compute_score("d", self.gold[0], self.labels[0], None, bridge_url=self.url, feedback=False)
        self.assertEqual(result["score"], 1.0)

    # -- TRL

    def test_trl_reward_with_text_completions(self):
        rewards = trl_reward.bootcamp_reward(prompts=[c["prompt"] for c in self.cases], completions=self.gold,
                                             case=self.labels, completion_ids=None, trainer_state=None)
        self.assertEqual(rewards, [1.0] * 6)
        self.assertTrue(all(isinstance(r, float) for r in rewards))

    def test_trl_reward_with_conversational_completions(self):
        completions = [[{"role": "assistant", "content": g}] for g in self.gold[:3]]
        completions.append([{"role": "assistant", "content": [{"type": "text", "text": "<answer>"},
                                                              {"type": "text", "text": "0</answer>"}]}])
        rewards = trl_reward.bootcamp_reward(prompts=None, completions=completions, case=self.labels[:4])
        self.assertEqual(rewards[:3], [1.0, 1.0, 1.0])
        self.assertEqual(rewards[3], 0.0)

    def test_trl_async_reward(self):
        rewards = asyncio.run(trl_reward.bootcamp_reward_async(prompts=None, completions=self.gold[:2],
                                                               case=self.labels[:2]))
        self.assertEqual(rewards, [1.0, 1.0])

    def test_trl_factory_reads_another_column(self):
        reward = trl_reward.make_bootcamp_reward(case_column="label", feedback=False)
        self.assertEqual(reward.__name__, "bootcamp_reward")
        self.assertEqual(reward(prompts=None, completions=self.gold[:2], label=self.labels[:2]), [1.0, 1.0])
        with self.assertRaises(ValueError):
            reward(prompts=None, completions=self.gold[:2])

    def test_completion_text(self):
        self.assertEqual(trl_reward.completion_text("x"), "x")
        self.assertEqual(trl_reward.completion_text([{"role": "assistant", "content": "y"}]), "y")
        self.assertEqual(trl_reward.completion_text([]), "")
        self.assertEqual(trl_reward.completion_text(None), "")

    # -- OpenRLHF and slime, raw HTTP as those trainers send it

    def test_openrlhf_remote_reward(self):
        prompts = [c["prompt"] for c in self.cases[:3]]
        queries = [p + g for p, g in zip(prompts, [self.gold[0], "<answer>nope</answer>", self.gold[2]])]
        for path in ("/openrlhf/reward", "/get_reward"):
            answer = post(self.url + path, {"query": queries, "prompts": prompts, "labels": self.labels[:3]})
            self.assertEqual(answer["rewards"], [1.0, 0.0, 1.0])
            self.assertEqual(answer["scores"], [1.0, 0.0, 1.0])
            self.assertEqual(answer["extra_logs"]["pass"], [1.0, 0.0, 1.0])

    def test_openrlhf_empty_shard_gets_empty_lists(self):
        answer = post(self.url + "/openrlhf/reward", {"query": [], "prompts": [], "labels": []})
        self.assertEqual((answer["rewards"], answer["scores"]), ([], []))

    def test_openrlhf_mismatched_lengths_get_a_400(self):
        with self.assertRaises(urllib.error.HTTPError) as caught:
            post(self.url + "/openrlhf/reward", {"query": ["a"], "prompts": [], "labels": []})
        self.assertEqual(caught.exception.code, 400)
        self.assertIn("same length", json.loads(caught.exception.read())["error"])

    def test_slime_remote_reward(self):
        case = self.cases[0]
        right = post(self.url + "/slime/reward", {"prompt": case["prompt"], "response": self.gold[0],
                                                  "label": self.labels[0]})
        wrong = post(self.url + "/slime/reward", {"prompt": case["prompt"], "response": "?", "label": self.labels[0]})
        self.assertEqual((right, wrong), (1.0, 0.0))


if __name__ == "__main__":
    unittest.main()
