"""ruff (installed with the dev extra) finds nothing in the project's code."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff n'est pas installé (pip install -e '.[dev]')")
    result = subprocess.run([ruff, "check", "anonymizer", "recognizers", "models", "benchmarks", "tests"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
