"""Start-up: the collector paused while spaCy, Presidio and the model load (models/startup.py), and a
package import that loads nothing until it is used (anonymizer/__init__.py)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from anonymizer.models.startup import collection_paused


@pytest.fixture
def entry_point(monkeypatch):
    """The process as the entry point owns it (anonymizer/launch.py)."""
    monkeypatch.setattr("anonymizer.models.startup._OWNED", True)


def test_a_library_callers_collector_is_left_alone():
    before = gc.get_threshold()
    with collection_paused():
        assert gc.get_threshold() == before


def test_collections_pause_and_come_back_as_they_were(entry_point):
    before = gc.get_threshold()
    with collection_paused():
        assert gc.get_threshold()[0] == 0
        gc.enable()  # what srsly does after every file it reads: the pause holds
        with collection_paused():  # nested loading
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before


def test_the_pause_ends_on_an_error(entry_point):
    before = gc.get_threshold()
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("fichier illisible")
    assert gc.get_threshold() == before


def test_importing_the_package_loads_nothing_until_used():
    code = ("import sys, gc, anonymizer; heavy = 'spacy' in sys.modules or 'presidio_analyzer' in sys.modules; "
            "threshold = gc.get_threshold(); from anonymizer import Anonymizer, Span; "
            "print(heavy, 'spacy' in sys.modules, gc.get_threshold() == threshold, Span.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True", "Span"]


def test_an_unknown_name_is_still_an_attribute_error():
    import anonymizer

    with pytest.raises(AttributeError):
        anonymizer.Anonymiser  # noqa: B018
    from anonymizer import dates  # submodules import as before

    assert dates.__name__ == "anonymizer.dates"
