"""Interactive bootcamps from Python against a live bridge: the OpenEnv HTTP form, the batch form, the multi-turn
environment wrapper, and multi-turn rollouts whose observation tokens get no gradient."""

import itertools
import re
import unittest

from tests import _bridge

try:
    import torch
except ImportError:  # pragma: no cover - depends on the machine
    torch = None

from bootcamp_bridge.client import BridgeClient, BridgeError, BridgeHTTPError
from bootcamp_bridge.episodes import EpisodeClient, EpisodeEnv

SMALL = {"range": 8}


def halving(messages):
    """Binary search read from the observations alone: 'N: higher.' / 'N: lower.'."""
    low, high = 1, 8
    for message in messages:
        found = re.match(r"(\d+): (higher|lower)", message["content"]) if message["role"] == "user" else None
        if found:
            n = int(found.group(1))
            low, high = (max(low, n + 1), high) if found.group(2) == "higher" else (low, min(high, n - 1))
    return f"guess {(low + high) // 2}"


class EpisodeClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = BridgeClient(_bridge.url())

    def test_a_search_from_the_observations_wins_and_the_state_replays_it(self):
        env = EpisodeEnv("number-guessing", level=1, knobs=SMALL, client=self.client)
        for seed in range(6):
            transcript = env.play(halving, seed=seed)
            self.assertEqual(transcript.reward, 1.0, transcript.messages)
            self.assertEqual(transcript.verdict, "CORRECT")
            self.assertLessEqual(transcript.turns, 4)
            self.assertEqual(len(transcript.messages), 2 * transcript.turns + 1)
            state = env.episodes.state(transcript.episode_id)
            self.assertTrue(state["done"])
            self.assertEqual(state["actions"], transcript.actions)
            self.assertEqual(state["spec"]["knobs"]["range"], 8)
        with self.assertRaises(BridgeError):
            env.step("guess 1")

    def test_the_verifiers_shape_answers_the_last_assistant_message(self):
        env = EpisodeEnv("number-guessing", knobs=SMALL, client=self.client)
        opening = env.reset(seed=3)
        self.assertIn("from 1 to 8", opening)
        reply = env.env_response([{"role": "user", "content": opening}, {"role": "assistant", "content": "no idea"}])
        self.assertEqual(reply["role"], "user")
        self.assertIn("could not find a number", reply["content"])
        self.assertFalse(env.is_completed())
        with self.assertRaises(ValueError):
            env.env_response([{"role": "user", "content": opening}])

    def test_the_batch_form_opens_and_steps_many_episodes_with_an_error_per_item(self):
        episodes = EpisodeClient("number-guessing", self.client)
        opened = episodes.reset_many([{"seed": 1, "knobs": SMALL, "episode_id": "batch-a"},
                                      {"seed": 1, "knobs": {"range": 0}},
                                      {"seed": 1, "knobs": SMALL, "episode_id": "batch-b"}])
        self.assertEqual(opened[0].episode_id, "batch-a")
        self.assertIsInstance(opened[1], BridgeError)
        self.assertIn("range", str(opened[1]))
        self.assertEqual(opened[0].text, opened[2].text, "the same seed and knobs give the same episode")
        stepped = episodes.step_many([("batch-a", "guess 4"), ("batch-b", "guess 4"), ("nobody", "guess 4")])
        self.assertEqual(stepped[0].text, stepped[1].text)
        self.assertEqual(stepped[0].turn, 1)
        self.assertIsInstance(stepped[2], BridgeError)

    def test_bad_requests_are_one_line_errors(self):
        with self.assertRaises(BridgeHTTPError) as caught:
            EpisodeClient("no-such-game", self.client).reset(seed=1)
        self.assertEqual(caught.exception.status, 404)
        with self.assertRaises(BridgeHTTPError) as caught:
            EpisodeClient("number-guessing", self.client).reset(seed=1, knobs={"size": 3})
        self.assertEqual(caught.exception.status, 400)
        self.assertNotIn("\n", caught.exception.message)
        with self.assertRaises(ValueError):
            EpisodeClient("a/b", self.client)
        self.assertIn("number-guessing", EpisodeClient("number-guessing", self.client).environments())


@_bridge.requires(torch is not None, "PyTorch is not installed")
class MultiTurnRolloutTest(unittest.TestCase):
    def test_only_the_actions_are_weighted_and_a_group_shares_its_episode(self):
        from bootcamp_bridge.episode_grpo import play
        from bootcamp_bridge.policy import CharTokenizer, TinyPolicy

        torch.manual_seed(0)
        policy = TinyPolicy(max_observation_chars=16)
        episodes = EpisodeClient("number-guessing", BridgeClient(_bridge.url()))
        groups = play(policy, episodes, seeds=[11, 12], group_size=3, level=1, knobs=SMALL, max_new_tokens=3)
        self.assertEqual([len(g) for g in groups], [3, 3])
        for group in groups:
            self.assertEqual(len({tuple(r.prompt) for r in group}), 1, "the rollouts of a group share the opening")
            for rollout in group:
                self.assertFalse(rollout.open)
                self.assertEqual(len(rollout.weights), len(rollout.completion))
                self.assertEqual(rollout.turns, len(rollout.actions))
                self.assertLessEqual(rollout.turns, 4)
                self.assertIn(rollout.reward, (0.0, 1.0))
                # The completion is action, observation, action, ..., action: the observation runs (weight 0) sit
                # between the turns and each ends with the separator the policy reads before acting.
                runs = [(w, len(list(items))) for w, items in itertools.groupby(rollout.weights)]
                observations = [n for w, n in runs if w == 0.0]
                self.assertEqual(len(observations), rollout.turns - 1)
                self.assertTrue(set(rollout.weights) <= {0.0, 1.0})
                position = 0
                for weight, length in runs:
                    position += length
                    if weight == 0.0:
                        self.assertEqual(rollout.completion[position - 1], CharTokenizer.SEP)
                state = episodes.state(rollout.episode_id)
                self.assertEqual(state["actions"], rollout.actions)


if __name__ == "__main__":
    unittest.main()


class VerlEpisodesTest(unittest.TestCase):
    """The verl path: rows written by scripts/make_episodes.py, played through BootcampInteraction as verl would."""

    def test_rows_replay_through_the_interaction(self):
        import asyncio
        import json
        import os
        import tempfile

        import importlib.util

        from bootcamp_bridge.verl_interaction import BootcampInteraction

        spec = importlib.util.spec_from_file_location(
            "make_episodes", os.path.join(_bridge.PACKAGE_ROOT, "scripts", "make_episodes.py"))
        make_episodes = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(make_episodes)

        url = _bridge.url()
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "episodes.jsonl")
            code = make_episodes.main(["--env", "number-guessing", "--knobs", '{"range": 8}', "--count", "3",
                                       "--seed", "2", "--out", out, "--bridge", url])
            self.assertEqual(code, 0)
            self.assertFalse(os.path.exists(out + ".partial"))
            with open(out, encoding="utf-8") as f:
                rows = [json.loads(line) for line in f]
            self.assertEqual(make_episodes.main(["--env", "number-guessing", "--knobs", "[8]", "--out", out,
                                                 "--bridge", url]), 2)
        self.assertEqual(len(rows), 3)
        self.assertIn("from 1 to 8", rows[0]["prompt"][0]["content"])
        interaction = BootcampInteraction({"name": "bootcamp", "bridge_url": url})

        async def play(row):
            kwargs = dict(row["extra_info"]["interaction_kwargs"])
            instance = await interaction.start_interaction("verl-test-" + str(row["extra_info"]["index"]), **kwargs)
            messages = list(row["prompt"])
            done, score, turns = False, 0.0, 0
            while not done:
                messages.append({"role": "assistant", "content": halving(messages)})
                done, reply, score, _ = await interaction.generate_response(instance, messages)
                messages.append({"role": "user", "content": reply})
                turns += 1
            final = await interaction.calculate_score(instance)
            await interaction.finalize_interaction(instance)
            return score, final, turns

        for row in rows:
            score, final, turns = asyncio.run(play(row))
            self.assertEqual((score, final), (1.0, 1.0))
            self.assertLessEqual(turns, 4)


class ReadmeExamplesTest(unittest.TestCase):
    def test_the_python_examples_of_the_readme_run(self):
        import os

        with open(os.path.join(_bridge.PACKAGE_ROOT, "README.md"), encoding="utf-8") as f:
            episodes = f.read().split("## Episodes", 1)[1].split("\n## ", 1)[0]
        blocks = re.findall(r"```python\n(.*?)```", episodes, re.DOTALL)
        self.assertTrue(blocks)
        saved = os.environ.get("BOOTCAMP_BRIDGE_URL")
        os.environ["BOOTCAMP_BRIDGE_URL"] = _bridge.url()
        try:
            for block in blocks:
                exec(compile(block, "README.md", "exec"), {})
        finally:
            if saved is None:
                os.environ.pop("BOOTCAMP_BRIDGE_URL", None)
            else:
                os.environ["BOOTCAMP_BRIDGE_URL"] = saved
