"""The process entry point (console script ``anonymizer``, ``python -m anonymizer``).

The process is ours here, unlike in :func:`anonymizer.cli.main`, which a library caller or a test
may invoke in its own long-lived process; so the garbage collector is set for a short run that loads
a large, permanent set of objects:

- spaCy, Presidio and our modules are imported with the automatic collections paused, then frozen
  (moved out of every later collection): otherwise the collector walks them again and again while
  they are created, 0.15-0.18 s of the start-up (models/startup.py);
- the loaded model and lists are frozen the same way once loaded (anonymizer.batch);
- once the command is done they are frozen again, so the interpreter's last collections at exit do
  not walk them (0.1-0.3 s after an analysis); exit handlers still run and every output is already
  written and closed.
"""

from __future__ import annotations

import gc

from anonymizer.models import startup


def run() -> None:
    startup.own_process()  # the collector policy of models/startup.py applies to this process only
    with startup.collection_paused():
        from anonymizer.cli import main

        gc.freeze()  # before the collections resume, or the first one walks everything just imported
    try:
        main(prog_name="anonymizer")
    finally:
        gc.freeze()
