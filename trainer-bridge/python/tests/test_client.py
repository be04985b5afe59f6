import http.server
import json
import socket
import threading
import time
import unittest

from tests import _bridge
from bootcamp_bridge.client import BridgeClient, BridgeConnectionError, BridgeHTTPError, spec_json, spec_of


class LiveClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = BridgeClient(_bridge.url(), timeout=60)

    def test_health_and_catalogue(self):
        health = self.client.health()
        self.assertEqual(health["status"], "ok")
        ids = [b["id"] for b in self.client.bootcamps()]
        self.assertEqual(len(ids), health["bootcamps"])
        for wanted in ("arithmetic", "knapsack", "gcd-lcm"):
            self.assertIn(wanted, ids)

    def test_cases_are_reproducible_and_addressable_by_offset(self):
        first = self.client.cases("arithmetic:1,gcd-lcm:1", count=6, level=1, seed=42)
        again = self.client.cases("arithmetic:1,gcd-lcm:1", count=6, level=1, seed=42)
        self.assertEqual([c["id"] for c in first], [c["id"] for c in again])
        tail = self.client.cases("arithmetic:1,gcd-lcm:1", count=3, level=1, seed=42, offset=3)
        self.assertEqual([c["id"] for c in first[3:]], [c["id"] for c in tail])
        for case in first:
            self.assertEqual(case["level"], 1)
            self.assertIn(case["bootcamp"], ("arithmetic", "gcd-lcm"))
            for key in ("id", "version", "seed", "knobs", "prompt", "answer_text", "style"):
                self.assertIn(key, case)

    def test_named_levels_and_knob_overrides(self):
        easy = self.client.cases("arithmetic", count=2, level="easy", seed=1)
        self.assertEqual(len(easy), 2)
        forced = self.client.cases("arithmetic", count=2, level=1, seed=1, knobs={"operands": 3})
        self.assertEqual([c["knobs"]["operands"] for c in forced], [3, 3])

    def test_stream_matches_batch(self):
        streamed = list(self.client.stream("knapsack", count=5, level=2, seed=7))
        batch = self.client.cases("knapsack", count=5, level=2, seed=7)
        self.assertEqual([c["id"] for c in streamed], [c["id"] for c in batch])

    def test_stream_can_be_abandoned(self):
        stream = self.client.stream("arithmetic", count=100000, level=1, seed=3)
        first = next(stream)
        stream.close()
        self.assertEqual(first["bootcamp"], "arithmetic")

    def test_verify_gold_and_wrong_with_case_spec_and_json_string(self):
        case = self.client.cases("arithmetic", count=1, level=1, seed=5)[0]
        gold = f"<answer>{case['answer_text']}</answer>"
        results = self.client.verify([
            {"case": case, "response": gold},
            (spec_of(case), gold),
            (spec_json(case), "<answer>-12345</answer>"),
            (case, "no tags at all"),
        ], feedback=False)
        self.assertEqual([r["pass"] for r in results], [True, True, False, False])
        self.assertEqual([r["reward"] for r in results], [1.0, 1.0, 0.0, 0.0])
        self.assertEqual(results[3]["verdict"], "no_answer")
        self.assertTrue(all(r["id"] == case["id"] for r in results))
        self.assertEqual(self.client.verify([]), [])

    def test_verify_feeds_the_curriculum_only_when_asked(self):
        case = self.client.cases("gcd-lcm", count=1, level=1, seed=9)[0]

        def samples():
            state = self.client.curriculum()["bootcamps"].get("gcd-lcm", {})
            return state.get("totalSamples", 0)

        before = samples()
        self.client.verify([(case, "<answer>gcd = 1, lcm = 1</answer>")] * 3, feedback=False)
        self.assertEqual(samples(), before)
        self.client.verify([(case, "<answer>gcd = 1, lcm = 1</answer>")] * 3, feedback=True)
        self.assertEqual(samples(), before + 3)

    def test_feedback_and_curriculum_cases(self):
        state = self.client.feedback([{"bootcamp": "knapsack", "level": 1, "reward": 0.5}] * 2)
        self.assertIn("knapsack", state["bootcamps"])
        level = state["bootcamps"]["knapsack"]["level"]
        cases = self.client.cases("knapsack", count=3, level="curriculum", seed=11)
        self.assertEqual({c["level"] for c in cases}, {level})

    def test_reward_endpoints_through_the_client(self):
        case = self.client.cases("arithmetic", count=1, level=1, seed=8)[0]
        gold = f"<answer>{case['answer_text']}</answer>"
        answer = self.client.openrlhf_reward([case["prompt"] + gold], [case["prompt"]], [spec_json(case)])
        self.assertEqual(answer["rewards"], [1.0])
        self.assertEqual(self.client.slime_reward(case["prompt"], gold, spec_json(case)), 1.0)
        self.assertIn("bootcamp_requests_total", self.client.metrics())

    def test_errors_carry_the_servers_one_line_reason(self):
        with self.assertRaises(BridgeHTTPError) as caught:
            self.client.cases("no-such-bootcamp", count=1)
        self.assertEqual(caught.exception.status, 404)
        self.assertIn("no-such-bootcamp", caught.exception.message)
        self.assertIn("POST /v1/cases -> HTTP 404", str(caught.exception))
        with self.assertRaises(BridgeHTTPError) as caught:
            self.client.verify([({"bootcamp": "arithmetic"}, "x")])
        self.assertEqual(caught.exception.status, 400)
        self.assertIn("item 0", caught.exception.message)
        with self.assertRaises(BridgeHTTPError) as caught:
            self.client.cases("arithmetic", count=1, level="impossible")
        self.assertEqual(caught.exception.status, 400)
        self.assertNotIn("\n", caught.exception.message)

    def test_bad_items_are_refused_before_sending(self):
        with self.assertRaises(ValueError):
            self.client.verify([{"response": "x"}])
        with self.assertRaises(ValueError):
            self.client.verify(["just a string"])


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_headers = []

    def do_GET(self):
        _Handler.seen_headers.append(dict(self.headers))
        body = json.dumps({"status": "ok", "bootcamps": 0}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TransportTest(unittest.TestCase):
    def test_connection_errors_are_retried_until_the_server_comes_up(self):
        port = _free_port()  # nothing listens there until start_later runs

        def start_later():
            time.sleep(0.4)
            live = http.server.HTTPServer(("127.0.0.1", port), _Handler)
            self.addCleanup(live.server_close)
            threading.Thread(target=live.serve_forever, daemon=True).start()
            self.addCleanup(live.shutdown)

        threading.Thread(target=start_later, daemon=True).start()
        client = BridgeClient(f"http://127.0.0.1:{port}", token="s3cret", retries=8, backoff=0.1, timeout=5)
        self.assertEqual(client.health()["status"], "ok")
        self.assertEqual(_Handler.seen_headers[-1].get("Authorization"), "Bearer s3cret")

    def test_unreachable_bridge_raises_after_retries(self):
        client = BridgeClient(f"http://127.0.0.1:{_free_port()}", retries=2, backoff=0.01, timeout=2)
        with self.assertRaises(BridgeConnectionError) as caught:
            client.health()
        self.assertIn("after 3 attempt(s)", str(caught.exception))

    def test_bad_configuration(self):
        with self.assertRaises(ValueError):
            BridgeClient("localhost:8787")
        with self.assertRaises(ValueError):
            BridgeClient("http://x", timeout=0)


if __name__ == "__main__":
    unittest.main()
