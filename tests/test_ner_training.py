"""The fine-tuned NER: the shipped weights load in place of spaCy's, and the training script's data are right."""

import sys
from pathlib import Path

import pytest
import spacy
from anonymizer.models import nlp as nlp_module

from anonymizer.evaluation import parse_annotated

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import train_ner  # noqa: E402


def test_shipped_weights_are_found(monkeypatch):
    monkeypatch.delenv(nlp_module.NER_SWITCH, raising=False)
    assert nlp_module.tuned_ner_path() == nlp_module.TUNED_NER
    assert (nlp_module.TUNED_NER / "model").is_file()


def test_switch_keeps_spacys_own_or_reads_other_weights(monkeypatch, tmp_path):
    monkeypatch.setenv(nlp_module.NER_SWITCH, "spacy")
    assert nlp_module.tuned_ner_path() is None
    monkeypatch.setenv(nlp_module.NER_SWITCH, str(tmp_path))
    with pytest.raises(nlp_module.ModelMissingError, match="introuvables"):
        nlp_module.tuned_ner_path()


def test_the_pipeline_runs_the_tuned_labels():
    """The tuned NER keeps spaCy's labels, which recognizers/ner_fr.py maps to our types."""
    engine = nlp_module.build_nlp_engine()
    ner = engine.nlp[nlp_module.LANGUAGE].get_pipe("ner")
    assert set(ner.labels) == {"PER", "LOC", "ORG", "MISC"}


def test_training_examples_map_types_and_leave_addresses_open():
    marked = ("[[Léa Dubois|PERSON]] habite [[rue Haute 3, 1300 Wavre|ADDRESS]], suivie par {{l'AMO}} "
              "[[La Chaloupe|ORGANIZATION]] à [[Nivelles|LOCATION]] le [[3 mars|DATE]].")
    example = train_ner.examples(spacy.blank("fr"), [parse_annotated(marked)])[0]
    tags = dict(zip([t.text for t in example.reference], example.get_aligned_ner(), strict=True))
    assert tags["Léa"] == "B-PER" and tags["Dubois"] == "L-PER"
    assert tags["Haute"] is None  # an address: neither taught as a place nor as nothing
    assert tags["Chaloupe"] == "L-ORG" and tags["Nivelles"] == "U-LOC"
    assert tags["mars"] == "O" and tags["AMO"] == "O"


def test_swapped_copy_keeps_its_spans_on_their_text():
    marked = ("[[Léa DUBOIS|PERSON]], née à [[Nivelles|LOCATION]] ; [[Léa|PERSON]] vit chez sa mère, "
              "Mme [[Dubois|PERSON]], le [[3 mars|DATE]].")
    swapped = train_ner.Swapper(1)(parse_annotated(marked))
    assert [g.entity_type for g in swapped.gold] == ["PERSON", "LOCATION", "PERSON", "PERSON", "DATE"]
    for gold in swapped.gold:
        assert swapped.text[gold.start:gold.end] == gold.text
    first, _, again, _, date = swapped.gold
    assert again.text == first.text.split()[0]  # one replacement per form within the file
    assert first.text.split()[1].isupper()  # the capitals kept
    assert date.text == "3 mars"


def test_soft_examples_leave_open_what_the_starting_model_knew_but_teach_kept_terms_as_nothing():
    nlp = spacy.blank("fr")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "LOC", "pattern": "Brabant"},
                                               {"label": "ORG", "pattern": "SAJ"}])
    marked = "Le {{SAJ}} du Brabant suit [[Léa|PERSON]]."
    soft = train_ner.examples(nlp, [parse_annotated(marked)], soft=True)[0]
    tags = dict(zip([t.text for t in soft.reference], soft.get_aligned_ner(), strict=True))
    assert tags["Brabant"] is None and tags["SAJ"] == "O" and tags["Léa"] == "U-PER"
    strict = train_ner.examples(nlp, [parse_annotated(marked)])[0]
    assert dict(zip([t.text for t in strict.reference], strict.get_aligned_ner(), strict=True))["Brabant"] == "O"
