import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def anonymizer():
    """One engine for the whole run: loading the spaCy model takes seconds."""
    from anonymizer import Anonymizer

    return Anonymizer()


@pytest.fixture(scope="session")
def corpus():
    from anonymizer.evaluation import load_corpus

    return load_corpus(Path(__file__).parent.parent / "corpus_samples")
