"""The command line speaks French all the way: click's own messages and French command names (#18)."""

import ast
import json
from importlib import resources
from pathlib import Path

import click
from click.testing import CliRunner

from anonymizer.cli import main
from anonymizer.cli_french import ALIASES, catalogue


def click_message_ids() -> set[str]:
    """Every string click passes to gettext or ngettext, read from its installed source."""
    ids = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                ids.update(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return ids


def test_every_message_of_the_catalogue_is_still_one_of_clicks():
    source = "".join(path.read_text(encoding="utf-8") for path in Path(click.__file__).parent.glob("*.py"))
    # "required" reaches gettext through a variable (extra["required"]): its literal is in the source
    missing = {i for i in set(catalogue()) - click_message_ids() if json.dumps(i, ensure_ascii=False) not in source}
    assert not missing, f"click no longer writes these (update anonymizer/data/click_fr.json): {missing}"
    raw = json.loads(resources.files("anonymizer").joinpath("data/click_fr.json").read_text(encoding="utf-8"))
    assert "_provenance" in raw


def test_help_usage_and_errors_are_in_french():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    assert "Utilisation :" in top.output and "Afficher cette aide et quitter." in top.output
    assert "Usage:" not in top.output and "Show this message" not in top.output
    for alias in ("anonymiser", "relire", "retablir", "detecter"):
        assert alias in top.output
    missing = runner.invoke(main, ["anonymize", "x"])
    assert missing.exit_code == 2 and "Erreur : Option manquante '--out'." in missing.output
    assert "anonymize --help » pour l'aide." in missing.output
    wrong = runner.invoke(main, ["anonymize", "--style", "x", "--out", "o", "x"])
    assert "Valeur non valable pour '--style'" in wrong.output and "n'est pas l'un de" in wrong.output
    unknown = runner.invoke(main, ["anonymise"])
    assert "Commande inconnue : 'anonymise'." in unknown.output and "Vouliez-vous dire" in unknown.output


def test_french_command_names(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("Kevin Dumoulin vit à Jodoigne.\n", encoding="utf-8")
    runner = CliRunner()
    for alias, command in ALIASES.items():
        assert main.get_command(click.Context(main), alias).name == command
    result = runner.invoke(main, ["detecter", "--jsonl", str(source)])
    assert result.exit_code == 0 and "Jodoigne" in result.output
    out = tmp_path / "out"
    result = runner.invoke(main, ["anonymiser", str(source), "--out", str(out)])
    assert result.exit_code == 0 and "Kevin" not in (out / "note.txt").read_text(encoding="utf-8")
