"""The README never lies: its library example runs, and .ci/run runs its two set-up commands."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language):
    return re.findall(rf"```{language}\n(.*?)```", README, re.DOTALL)


def test_ci_runs_the_readme_setup_commands():
    setup = [b.strip() for b in blocks("bash")[:2]]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup == [line for line in ci_lines if line in setup]


def test_library_example_runs(anonymizer, capsys):
    (code,) = blocks("python")
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Kevin" not in printed.splitlines()[0] and "[PERSONNE_1]" in printed
    assert "LOCATION" in printed
