"""Names left by the reading itself (#19): decomposed Unicode and long paragraphs cut into pieces."""

import itertools
import unicodedata

import pytest

from anonymizer.detect import CHUNK_CHARS, chunks
from anonymizer.normal import Normalised
from anonymizer.spans import Span

NARRATIVE = ("Hélène Vandenberghe habite à Liège depuis le 3 février 2025. Léa, sa fille, voit Mme Wauthier "
             "le 12 décembre. Hélène est épuisée ; Noël Dubois et François l'aident.")
REMOVED = ("Hélène", "Vandenberghe", "Liège", "février", "Léa", "Wauthier", "décembre", "Noël", "François")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("style", ["tag", "pseudo"])
def test_decomposed_text_is_anonymised_like_composed_text(anonymizer, style):
    composed = anonymizer.anonymize(NARRATIVE, style=style, seed=1)
    decomposed = anonymizer.anonymize(nfd(NARRATIVE), style=style, seed=1)
    assert unicodedata.normalize("NFC", decomposed.text) == composed.text
    folded = unicodedata.normalize("NFC", decomposed.text)
    assert not [form for form in REMOVED if form in folded]
    # what is not replaced keeps its original characters (the output is not silently recomposed)
    assert nfd("épuisée") in decomposed.text


def test_decomposed_spans_point_into_the_original_text(anonymizer):
    text = nfd(NARRATIVE)
    spans = anonymizer.analyze(text)
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert nfd("Hélène Vandenberghe") in [s.text for s in spans]


def test_a_name_written_both_ways_is_one_name(anonymizer):
    text = "Hélène Vandenberghe est venue. Plus tard, " + nfd("Hélène") + " est repartie."
    result = anonymizer.anonymize(text)
    assert result.text == "[PERSONNE_1] est venue. Plus tard, [PERSONNE_1] est repartie."


def test_doubts_of_decomposed_text_point_into_it(anonymizer):
    text = nfd("Le dossier « Ébène » reste ouvert ; Hélène Dubois suit l'affaire.")
    for doubt in anonymizer.doubts(text):
        assert text[doubt.start:doubt.end] == doubt.text


def test_offsets_map_exactly_both_ways():
    original = nfd("Zoë à Liège, é") + "\u00e9" + nfd("Ç")
    view = Normalised.of(original)
    assert view.text == unicodedata.normalize("NFC", original)
    for start in range(len(view.text)):
        for end in range(start + 1, len(view.text) + 1):
            a, b = view.to_original(start, end)
            assert unicodedata.normalize("NFC", original[a:b]) == view.text[start:end]
    span = Span.of(original, original.index("L"), len(nfd("Zoë à Liège")), "LOCATION")
    assert view.back(view.forth([span])) == [span]
    assert Normalised.of("déjà composé").edits == ()


NAMES = "Mme Wauthier et Hélène Vandenberghe"


def _long_paragraph(name: str, at: int) -> str:
    """One paragraph of more than two pieces, without a line break or a full stop, with ``name``
    starting exactly at ``at`` (a few spaces pad the words before it, as in a real draft)."""
    words = "La situation reste préoccupante et le réseau se mobilise autour du jeune "
    body = words * (2 * CHUNK_CHARS // len(words) + 2)
    before = body[:body.rfind(" ", 0, at - 1) + 1]
    return before + " " * (at - len(before)) + f"{name} " + body[len(before):]


@pytest.mark.parametrize("into", [1, 5, 9, 14, 19, 25, 31])
def test_a_name_on_a_cut_is_found_whole(anonymizer, into):
    """The old pieces were cut at 20,000 characters inside a word: "[PERSONNE_1]ndenberghe"."""
    text = _long_paragraph(NAMES, CHUNK_CHARS - into)
    assert text[CHUNK_CHARS - into:].startswith(NAMES)
    result = anonymizer.anonymize(text)
    assert not [w for w in ("Wauthier", "Hélène", "Vandenberghe", "ndenberghe", "auth") if w in result.text]
    assert result.text.count("[PERSONNE_") == 2


def test_pieces_cover_the_text_once_and_overlap():
    text = _long_paragraph("Hélène", CHUNK_CHARS)
    pieces = list(chunks(text))
    assert len(pieces) >= 3
    assert pieces[0].own_start == 0 and pieces[-1].own_end == len(text)
    for before, after in itertools.pairwise(pieces):
        assert before.own_end == after.own_start
        assert after.start < after.own_start and before.end > before.own_end
        assert text[before.own_end - 1] == " "  # cut at a space, not inside a word


def test_pieces_prefer_sentence_ends():
    sentence = "Le jeune est suivi par le service depuis deux ans sans interruption notable. "
    text = sentence * (CHUNK_CHARS // len(sentence) + 5)
    first = next(chunks(text))
    assert text[:first.own_end].endswith(". ")


def test_the_guard_reads_decomposed_output():
    from anonymizer.leaks import find_leaks

    assert find_leaks(nfd("Voir Hélène demain à Liège."), [("Hélène", "PERSON"), (nfd("Liège"), "LOCATION")],
                      strict=False) == ["helene", "liege"]


def test_a_decomposed_file_name_is_rendered_too():
    from anonymizer.case import name_spans

    name = nfd("Note Hélène Vandenberghe – Liège.docx")
    removed = [Span.of("Hélène Vandenberghe", 0, 19, "PERSON"), Span.of("Liège", 0, 5, "LOCATION")]
    found = name_spans(name, removed)
    assert [name[s.start:s.end] for s in found] == [nfd("Hélène Vandenberghe"), nfd("Liège")]


def test_the_analysis_of_a_long_text_reports_how_far_it_has_gone(anonymizer):
    """A single long draft shows a progress bar (the command line listens to this)."""
    from anonymizer.detect import PIECES_READ

    text = _long_paragraph(NAMES, CHUNK_CHARS)
    seen = []
    token = PIECES_READ.set(lambda done, total: seen.append((done, total)))
    try:
        anonymizer.analyze(text)
    finally:
        PIECES_READ.reset(token)
    assert len(seen) >= 3 and seen[-1] == (len(text), len(text))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_word_cut_at_a_line_end_and_ocr_digits_are_read_whole(anonymizer):
    """Text pasted from a PDF or read by OCR: "Mar-\\nques" is one surname, "l2 septembre" a date, "B0UZIANE"
    a name; the output keeps every other character as it was."""
    from anonymizer.normal import Normalised

    text = ("Joana Mar-\nques est venue de Tan-\nger avec Mme B0UZIANE le l2 septembre 2023 ;\n"
            "tél. 02/854 27 O1. Louvain-la-\nNeuve, COVID-19, B12.\n")
    view = Normalised.of(text)
    assert view.text.startswith("Joana Marques est venue de Tanger avec Mme BOUZIANE le 12 septembre 2023")
    assert "Louvain-la-Neuve, COVID-19, B12." in view.text
    assert view.to_original(*view.to_normal(6, 15)) == (6, 15)  # "Mar-\nques" both ways
    result = anonymizer.anonymize(text)
    for clear in ("Mar", "ques", "Tan", "ger", "B0UZIANE", "l2 septembre", "854"):
        assert clear not in result.text, clear
    assert "COVID-19, B12." in result.text and result.text.count("\n") == text.count("\n") - 3  # three inside removed names


@pytest.mark.parametrize("text,kept", [
    ("Il poste tout sur insta dark0vador, même la nuit.", "dark0vador"),      # a handle keeps its zero
    ("Code O1234567 ; ticket I2345678", "O1234567"),                        # a lettered code keeps its letter
    ("Son ex-\nmari Ahmed est venu avec sa belle-\nmère.", "belle-\nmère"),  # a compound cut after its hyphen
])
def test_ocr_and_line_repairs_change_no_meaning(anonymizer, text, kept):
    spans = anonymizer.analyze(text)
    if kept in ("dark0vador", "O1234567"):
        assert any(s.text == kept for s in spans), spans
    else:
        assert not any(kept in s.text or "mari" in s.text for s in spans), spans


def test_a_table_pipe_is_no_digit(anonymizer):
    spans = anonymizer.analyze("|Date|Intervenant|\n|12/03/2024|Kevin Dumoulin|\n|0475 12 34 56|Mme Lejeune|\n")
    assert {(s.entity_type, s.text) for s in spans} >= {("DATE", "12/03/2024"), ("PHONE", "0475 12 34 56")}
    assert not any("|" in s.text for s in spans)


def test_a_cut_name_is_one_entity_and_its_parts_are_guarded_as_read(anonymizer, tmp_path):
    result = anonymizer.anonymize("Kevin Dumou-\nlin est venu. Kevin Dumoulin est reparti.")
    assert result.text.count("[PERSONNE_1]") == 2
    source = tmp_path / "src"
    source.mkdir()
    (source / "c.txt").write_text("Mme Nathalie Gode-\nfroid est venue.\nFroid et distant, il part.\n",
                                  encoding="utf-8")
    (source / "B0UZIANE_rapport.txt").write_text("Mme B0UZIANE est venue.\n", encoding="utf-8")
    from click.testing import CliRunner

    from anonymizer.cli import main
    outcome = CliRunner().invoke(main, ["anonymize", str(source), "--out", str(tmp_path / "out")])
    assert outcome.exit_code == 0, outcome.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "c.txt" in written and not any("B0UZIANE" in name or "BOUZIANE" in name for name in written)
