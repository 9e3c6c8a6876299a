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
    from anonymizer import entity_types

    (code,) = blocks("python")
    types_before = dict(entity_types.TABLE)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:  # the example registers a type of its own: the table is put back as it was
        entity_types.TABLE.clear()
        entity_types.TABLE.update(types_before)
        entity_types._derived.clear()
    printed = capsys.readouterr().out
    assert "Kevin" not in printed.splitlines()[0] and "[PERSONNE_1]" in printed
    assert "LOCATION" in printed
    assert "note.txt b'[PERSONNE_1]" in printed and "Dossier [DOSSIER_1] : [PERSONNE_1]." in printed


def test_the_windows_setup_is_the_same_two_commands():
    unix = [b.strip() for b in blocks("bash")[:2]]
    windows = [b.strip() for b in blocks("bat")]
    assert len(windows) == 2
    for u, w in zip(unix, windows, strict=True):
        translated = (u.replace("python3 -m venv", "py -m venv").replace(".venv/bin/", ".venv\\Scripts\\")
                      .replace("cat ", "type ").replace("/", "\\"))
        assert w == translated
