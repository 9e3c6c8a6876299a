import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402

# The tests (and the commands they start) keep derived data in a cache of their own, not the user's.
os.environ["ANONYMIZER_CACHE"] = tempfile.mkdtemp(prefix="anonymizer-test-cache-")
# and their own user data (secret, review records), not the user's
os.environ["ANONYMIZER_DATA"] = tempfile.mkdtemp(prefix="anonymizer-test-data-")


def pytest_unconfigure(config):
    shutil.rmtree(os.environ["ANONYMIZER_CACHE"], ignore_errors=True)
    shutil.rmtree(os.environ["ANONYMIZER_DATA"], ignore_errors=True)


@pytest.fixture(scope="session")
def anonymizer():
    """One engine for the whole run: loading the spaCy model takes seconds."""
    from anonymizer import Anonymizer

    return Anonymizer()


@pytest.fixture(scope="session")
def corpus():
    from anonymizer.evaluation import load_corpus

    return load_corpus(Path(__file__).parent.parent / "corpus_samples")
