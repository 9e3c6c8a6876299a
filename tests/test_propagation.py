"""Every mention of a detected name is detected: parts, capitals, accents, lower case, other files."""

from anonymizer.keeplist import KeepPolicy
from anonymizer.propagate import propagate
from anonymizer.spans import Span

TEXT = ("Élodie Dupont-Lambert est suivie. DUPONT-LAMBERT refuse. elodie ne vient pas. "
        "Mme Lambert appelle ; Dupont aussi. Grâce à Élodie, grâce à tout.")


def _found(text, spans, known=None):
    return [s.text for s in propagate(text, spans, KeepPolicy(), known)]


def test_parts_capitals_and_accents():
    seed = [Span.of(TEXT, 0, 21, "PERSON")]
    found = _found(TEXT, seed)
    assert found[:2] == ["Élodie Dupont-Lambert", "DUPONT-LAMBERT"]
    assert "elodie" in found and "Lambert" in found and "Dupont" in found
    assert found.count("Élodie") == 1  # the one in "Grâce à Élodie"


def test_lowercase_french_word_is_not_a_name():
    text = "Grâce Mbuyi arrive. grâce à elle, Grâce va mieux."
    found = _found(text, [Span.of(text, 0, 11, "PERSON")])
    assert found == ["Grâce Mbuyi", "Grâce"]


def test_lowercase_name_written_lowercase_propagates():
    text = "mme benhaddou passe. Benhaddou et benhaddou."
    found = _found(text, [Span.of(text, 4, 13, "PERSON")])
    assert found == ["benhaddou", "Benhaddou", "benhaddou"]


def test_known_forms_from_other_documents():
    text = "Le jeune DUMOULIN est absent."
    assert _found(text, [], {"dumoulin": ("PERSON", False)}) == ["DUMOULIN"]


def test_generic_parts_are_not_propagated():
    text = "Madame De la Rue vit rue de la Paix. La rue est calme."
    found = _found(text, [Span.of(text, 7, 16, "PERSON")])
    assert found == ["De la Rue"]


def test_a_first_name_written_as_in_a_message_is_also_found_shortened():
    text = "c le pere de rafael. dites a rafa que papa l'aime. nathalie et nath."
    spans = [Span.of(text, 13, 19, "PERSON"), Span.of(text, 51, 59, "PERSON")]
    assert _found(text, spans) == ["rafael", "rafa", "nathalie", "nath"]


def test_shortenings_only_for_names_written_in_lower_case_and_never_common_words():
    from anonymizer.propagate import shortenings

    text = "Mathis a des difficultés en math. Marion et son mari."
    assert _found(text, [Span.of(text, 0, 6, "PERSON"), Span.of(text, 34, 40, "PERSON")]) == ["Mathis", "Marion"]
    assert "mari" not in shortenings("marion") and shortenings("kevin") == [] and shortenings("rafael") == ["rafa"]


def test_a_name_opening_with_an_article_is_also_found_without_it():
    text = "Inscrit à l'École spécialisée Les Châtaigniers. Il termine aux Châtaigniers en juin."
    found = _found(text, [Span.of(text, 12, 46, "SCHOOL")])
    assert found == ["École spécialisée Les Châtaigniers", "Châtaigniers"]


def test_whole_word_only():
    text = "Léa vient. Léandre et Aléa ne sont pas Léa."
    assert _found(text, [Span.of(text, 0, 3, "PERSON")]) == ["Léa", "Léa"]


def test_folder_run_finds_names_across_files(anonymizer):
    a = "Réunion avec Kevin Dumoulin et sa mère."
    b = "Le jeune DUMOULIN est absent. kevin ne répond pas."
    spans_a, spans_b = anonymizer.analyze(a), anonymizer.analyze(b)
    known = anonymizer.case_forms([(a, spans_a), (b, spans_b)])
    found = {(s.entity_type, s.text) for s in anonymizer.analyze_known(b, spans_b, known)}
    assert {("PERSON", "DUMOULIN"), ("PERSON", "kevin")} <= found


def test_prefix_tree_alternation_matches_like_the_longest_first_alternation():
    """``text.longest_first`` (the forms searched for, in propagation and in a key's restoration) finds,
    at each position, what the plain alternation sorted longest first finds."""
    import random
    import re

    from anonymizer.text import longest_first

    chance = random.Random(7)
    letters = "ab .-1é"
    for _ in range(500):
        forms = {"".join(chance.choice(letters) for _ in range(chance.randint(1, 6)))
                 for _ in range(chance.randint(1, 12))}
        text = "".join(chance.choice(letters + "xz") for _ in range(80))
        plain = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
        around = r"(?<![^\W\d]|[@.])(?:{})(?![^\W\d]|@|\.\w)"
        assert [m.span() for m in re.finditer(around.format(longest_first(forms)), text)] == \
            [m.span() for m in re.finditer(around.format(plain), text)]
    assert re.fullmatch(longest_first(["a" * n for n in range(1, 400)]), "a" * 399)  # deep: no recursion limit
    assert re.fullmatch(longest_first("a" * n for n in range(1, 900)), "a" * 899)  # deeper than re's: flat
    assert re.search(longest_first([]), "abc") is None


def test_the_alternation_compiled_with_its_context_finds_what_the_pattern_of_its_string_finds():
    """``text.compile_longest_first`` compiles the context and the forms' alternation once: it matches what the
    string of ``longest_first`` in that context matches, and falls back to the flat alternation where ``re`` cannot
    nest the prefix tree."""
    import re

    from anonymizer.text import compile_longest_first, longest_first

    forms = ["Dupont", "Dupontel", "Du", "Kevin Dupont", "K. Dupont"]
    text = "Kevin Dupont, Dupontel et K. Dupont; Dup, Dupontels."
    before, after = r"(?<![\w@.])", r"(?![\w@])"
    assert [m.span() for m in compile_longest_first(forms, before, after).finditer(text)] == \
        [m.span() for m in re.finditer(before + "(?:" + longest_first(forms) + ")" + after, text)]
    assert compile_longest_first(["a" * n for n in range(1, 900)], "^", "$").match("a" * 899)  # flat
