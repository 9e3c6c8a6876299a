"""The speed patches' seam (models/patches.py): each private member relied on is still there, and the plain
library calls give the same spans."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import srsly
from anonymizer.models import patches
from anonymizer.models.lexicon import _wordfreq_file
from anonymizer.models.nlp import model_path

ROOT = Path(__file__).resolve().parent.parent


def test_presidio_private_helpers_are_there():
    assert patches.presidio_artifacts_available()


def test_spacy_tokenizer_serialisation_is_what_the_light_loader_reads():
    assert patches.light_loader_available()
    assert isinstance(srsly.msgpack_loads((model_path() / "tokenizer").read_bytes()).get("token_match"), str)


def test_wordfreq_data_file_is_in_the_format_read():
    header = srsly.msgpack_loads(gzip.decompress(_wordfreq_file().read_bytes()))[0]
    assert header.get("format") == "cB" and header.get("version") == 1


def test_python_docx_private_members_used_by_the_word_writer(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document()
    document.part.relate_to("mailto:x@example.be", RT.HYPERLINK, is_external=True)
    path = tmp_path / "a.docx"
    document.save(str(path))
    loaded = docx.Document(str(path))
    parts = list(loaded.part.package.iter_parts())
    assert any(hasattr(part, "_element") for part in parts)
    assert all(hasattr(part, "_blob") for part in parts if not hasattr(part, "_element"))
    assert all(hasattr(rel, "_target") for rel in loaded.part.rels.values())


def test_the_switch_turns_them_off():
    os.environ[patches.SWITCH] = "1"
    try:
        assert not patches.use("light_loader") and not patches.use("lean_artifacts")
    finally:
        del os.environ[patches.SWITCH]
    assert patches.use("light_loader")


SCRIPT = """
import json, sys
from pathlib import Path
from anonymizer import Anonymizer
from anonymizer.evaluation import load_corpus
docs = load_corpus(Path(sys.argv[1]))[:12]
print(json.dumps([[s.to_dict() for s in spans] for spans in Anonymizer().analyze_many([d.text for d in docs])]))
"""


def test_plain_library_calls_give_the_same_spans(tmp_path):
    outputs = []
    for plain in ("", "1"):
        env = {**os.environ, patches.SWITCH: plain, "ANONYMIZER_CACHE": ""}
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "corpus_samples")], env=env,
                              capture_output=True, text=True, timeout=600, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        outputs.append([[(s["start"], s["end"], s["entity_type"]) for s in spans]
                        for spans in json.loads(done.stdout)])
    assert outputs[0] == outputs[1]
