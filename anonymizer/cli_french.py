"""The command line in French all the way: click's own messages and French names for the commands.

Click writes its messages ("Usage:", "Error: Missing option", "Show this message and exit.") through gettext:
each of its modules imports ``gettext`` as ``_`` (and ``ngettext``) and looks the name up when it speaks.
gettext picks a language from the locale's environment variables, which a Windows laptop does not set,
and click has no setting of its own. :func:`speak_french` therefore gives click's modules a translator
reading ``data/click_fr.json`` (written for this project; its keys are click's message ids and
tests/test_cli_french.py checks that each still exists in the installed click: a message click renames
comes out in English, never wrong). A message with no French in the file stays as click wrote it.

:class:`FrenchGroup` also answers to the French name of each command (``anonymiser``, ``relire``,
``retablir``, ``detecter``, with or without accents), listed in the help beside the English one.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from importlib import resources

import click

CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")
# French name -> command
ALIASES = {"anonymiser": "anonymize", "relire": "review", "retablir": "deanonymize", "rétablir": "deanonymize",
           "detecter": "detect", "détecter": "detect"}


@cache
def catalogue() -> dict[str, str | list[str]]:
    data = json.loads(resources.files("anonymizer").joinpath("data/click_fr.json").read_text(encoding="utf-8"))
    return data["messages"]


def gettext(message: str) -> str:
    french = catalogue().get(message)
    return french if isinstance(french, str) else message


def ngettext(singular: str, plural: str, count: int) -> str:
    french = catalogue().get(singular)
    if isinstance(french, list):
        return french[0] if count == 1 else french[1]
    return singular if count == 1 else plural


def speak_french() -> None:
    """Click's modules translate their messages with :func:`gettext` and :func:`ngettext` from now on."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


class FrenchGroup(click.Group):
    """A command group that also takes the French name of each command."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, ALIASES.get(cmd_name, cmd_name))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        french = {command: alias for alias, command in ALIASES.items() if alias.isascii()}
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            label = f"{french[name]}, {name}" if name in french else name
            rows.append((label, command.get_short_help_str(limit=formatter.width - 6 - len(label))))
        if rows:
            with formatter.section(gettext("Commands")):
                formatter.write_dl(rows)
