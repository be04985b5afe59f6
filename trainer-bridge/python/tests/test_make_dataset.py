"""scripts/make_dataset.py against a live bridge: its verl rows have the Java exporter's schema, so a file from each
can be listed together in verl's ``data.train_files``."""

import contextlib
import io
import json
import os
import subprocess
import tempfile
import unittest

from tests import _bridge

try:
    import pyarrow
    import pyarrow.parquet
except ImportError:  # pragma: no cover - depends on the machine
    pyarrow = None

SCRIPTS = os.path.join(_bridge.PACKAGE_ROOT, "scripts")
EXTRA_INFO = ["id", "bootcamp", "level", "index", "split"]


def make_dataset(*args):
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_dataset", os.path.join(SCRIPTS, "make_dataset.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = module.main(list(args))
    return code, err.getvalue()


class MakeDatasetTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.url = _bridge.url()

    def test_verl_rows_have_the_java_exporters_fields(self):
        with tempfile.TemporaryDirectory() as folder:
            out = os.path.join(folder, "train.jsonl")
            code, err = make_dataset("--format", "verl", "--mix", "arithmetic:1,knapsack:1", "--level", "2",
                                     "--count", "6", "--out", out, "--bridge", self.url)
            self.assertEqual(code, 0, err)
            with open(out, encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines]
        self.assertEqual(len(rows), 6)
        domains = {"arithmetic": "math", "knapsack": "algorithms"}
        for index, row in enumerate(rows):
            self.assertEqual(list(row), ["data_source", "prompt", "ability", "reward_model", "extra_info"])
            bootcamp = row["extra_info"]["bootcamp"]
            self.assertEqual(row["data_source"], f"bootcamp/{bootcamp}")
            self.assertEqual(row["ability"], domains[bootcamp], "ability is the bootcamp's domain, as the export writes")
            self.assertEqual(list(row["extra_info"]), EXTRA_INFO)
            self.assertEqual(row["extra_info"]["index"], index)
            self.assertEqual(row["extra_info"]["split"], "train")
            self.assertIsInstance(row["extra_info"]["level"], int)

    @unittest.skipIf(pyarrow is None, "pyarrow is not installed (it is not a Debian package; pip install pyarrow)")
    def test_python_and_java_verl_files_concatenate(self):
        with tempfile.TemporaryDirectory() as folder:
            ours = os.path.join(folder, "python.parquet")
            code, err = make_dataset("--format", "verl", "--mix", "arithmetic", "--count", "4", "--out", ours,
                                     "--bridge", self.url)
            self.assertEqual(code, 0, err)
            exported = os.path.join(folder, "java")
            subprocess.run(["java", "-jar", _bridge.jar_path(), "export", "arithmetic", "--format", "verl", "--train",
                            "4", "--out", exported], check=True, capture_output=True, timeout=300)
            python_table = pyarrow.parquet.read_table(ours)
            java_table = pyarrow.parquet.read_table(os.path.join(exported, "train.parquet"))
        self.assertEqual(python_table.schema.remove_metadata(), java_table.schema.remove_metadata())
        both = pyarrow.concat_tables([java_table, python_table])
        self.assertEqual(both.num_rows, 8)
