"""Doubts: what detection left in clear but could identify someone (issue 18)."""

import json

import pytest
from click.testing import CliRunner

from anonymizer.cli import main
from anonymizer.doubts import LABELS
from anonymizer.review import ReviewSession

TEXT = ("Kevin Dumoulin vit à Wavre avec sa mère. Le week-end, il traîne au skatepark avec « Titi » et "
        "retrouve dumoulain au delhaize. Client 5127 4410 883. Il a 14 ans, en 3e secondaire, à 16h30, "
        "pour 1.480 € par mois.\n")


@pytest.mark.parametrize("text,form,reason", [
    ("Kevin Dumoulin est venu. Plus tard, dumoulain a rappelé.", "dumoulain", "near_removed"),
    ("Kevin Dumoulin est venu, il retrouve ses amis au delhaize le soir.", "delhaize", "unknown_lower"),
    ("Kevin Dumoulin parle souvent de « Grand Chef » le soir.", "Grand Chef", "quoted"),
    # a word of a heading in capitals that French does not write; a rare form the lexicon holds
    ("RÉUNION DU GROUPE HESBAYE\nLa réunion a eu lieu.", "HESBAYE", "capitals"),
    ("le pouvoir organisateur est l'asbl Enseignement catholique des Prés (BCE 0459.773.070)", "Prés",
     "capitalised_word"),
    ("Adresse : à l'étranger, Talas, près de la frontière.", "Talas", "unknown_capitalised"),
    # a first name that is also a word, opening a sentence (unless French often opens one with it: "Grâce à")
    ("Innocent au foyer depuis trois semaines.", "Innocent", "first_name_word"),
    # short capitals where one plays, works or studies: a club, a firm ("au SAJ" is kept)
    ("Il l'a appris dans la cour et au foot au RWDM.", "RWDM", "capitals"),
    # in messages that write names in lower case: a first name that is also a word, after a relation word or a
    # preposition that introduces a person; a group's name with a code in quotes
    ("maman de inès : elle est chez tatie violette ce soir", "violette", "first_name_word_lower"),
    ("ok jviens demain avec prudence et inès", "prudence", "first_name_word_lower"),
    ("Les photos ont circulé sur le groupe « les boss de la 5C » toute la semaine.", "les boss de la 5C", "quoted"),
    # a nickname in quotes written in lower case, no word of any lexicon (not « non », « ok », « wesh »)
    ("il appelle son tonton « jéjé » maintenant, il dit « non » et « ok ».", "jéjé", "quoted"),
    # a line that is a service's name before its town or a dash (not "La Direction,")
    ("Rédaction : C. Warnotte\nLe Méandre, Namur. Contact : secrétariat", "Le Méandre", "coined_name"),
    # a day and a month in two digits with a leading zero (no section number), a range's too
    ("- elle a tjs peur qd il boit. dernier épisode = 08.02, voisine a appelé", "08.02", "digits"),
    ("Absences de 08.02 à 15.03, puis hospitalisation.", "15.03", "digits"),
    # a word in lower case after a civility title in lower case, as speech-to-text writes a surname
    ("remis à sa grand-mère madame renard rue de la boverie à ougrée", "renard", "title_lower"),
])
def test_a_doubt_points_at_what_stayed(anonymizer, text, form, reason):
    doubts = anonymizer.doubts(text)
    assert any(d.text.startswith(form) and d.reason == reason for d in doubts), doubts


def test_a_lower_case_first_name_no_lexicon_holds_is_a_doubt_however_common_on_the_web():
    """Detection finds most ("avec nathalie"); what it leaves is shown, "nathalie" as "sofie" (the web writes
    the first often, but no French lexicon holds it), not "loue" nor "joyeuse" (words)."""
    from anonymizer.doubts import doubts

    found = {d.text: d.reason for d in doubts("ok je passe avec nathalie, sofie loue une joyeuse salle", [])}
    assert found.get("nathalie") == found.get("sofie") == "first_name_lower"
    assert "loue" not in found and "joyeuse" not in found
    assert "will" not in {d.text for d in doubts("I will call you later, I will.", [])}
    # (a first name in a Dutch or English message is one too)
    assert {"emma", "sarah"} <= {d.text for d in doubts("ik ben de mama van emma. this is the mom of sarah.", [])}


def test_innocent_words_and_numbers_raise_no_doubt(anonymizer):
    text = ("Le SAJ de Nivelles a reçu la mère le 3 mars. Elle a 34 ans ; loyer de 1.480 € ; 16h30 ; "
            "article 458 du Code pénal, point 2.4 et 3.12 ; 12.50 ; année scolaire 2024-2025 ; 3e secondaire. "
            "Le Service de l'aide à la "
            "jeunesse reste informé. Intervision prévue, rien de particulier.\nLa Direction, le 3 mai. Voir le "
            "point 02.03, version 01.02.")
    assert anonymizer.doubts(text) == []


def test_ordinary_words_of_dutch_and_german_raise_no_doubt(anonymizer):
    text = "Die Akte wurde übergeben, die Schule ist informiert.\nHet gezin woont in de stad, de school weet het.\n"
    assert not {d.text for d in anonymizer.doubts(text)} & {"Akte", "Schule", "gezin", "stad", "school"}


def test_a_german_word_in_a_french_sentence_may_be_a_surname_and_is_removed_or_a_doubt(anonymizer):
    for text, name in [("Visite chez les Schäfer ce mardi.", "Schäfer"),
                       ("Koning heeft gisteren gebeld en zal morgen komen.", "Koning"),
                       ("The Schäfer family moved in March.", "Schäfer"), ("Koning a appelé vers 11:30.", "Koning")]:
        spans = anonymizer.analyze(text)
        removed = any(s.text == name for s in spans)
        assert removed or any(d.text == name for d in anonymizer.doubts(text, spans)), text


def test_long_nouns_of_a_german_passage_are_no_doubts_but_a_services_name_stays_one(anonymizer):
    text = ("Die Familie ist dem Dienst seit 2023 bekannt. Die Sachbearbeiterin hat die Begleitung und die "
            "Einverständniserklärung mit der Mutter besprochen. Die Kinder gehen zum Jugendtreff Brückenschlag, "
            "der Umzug ist für März geplant und die Lehrerin ist informiert.\n")
    doubted = {d.text for d in anonymizer.doubts(text)}
    assert not doubted & {"Sachbearbeiterin", "Begleitung", "Einverständniserklärung"}
    assert "Brückenschlag" in doubted or any(s.text == "Brückenschlag" for s in anonymizer.analyze(text))


def test_doubts_never_overlap_an_entity_and_each_has_a_label(anonymizer):
    spans = anonymizer.analyze(TEXT)
    doubts = anonymizer.doubts(TEXT, spans)
    assert doubts and all(d.reason in LABELS for d in doubts)
    assert not any(d.start < s.end and s.start < d.end for d in doubts for s in spans)
    assert anonymizer.anonymize(TEXT).doubts == doubts  # the library's result carries them too


def test_detect_jsonl_lists_flags(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["detect", str(source), "--jsonl"])
    record = json.loads(result.stdout.splitlines()[0])
    assert {"start", "end", "text", "reason", "score"} <= set(record["flags"][0])
    assert any(flag["text"] == "dumoulain" for flag in record["flags"])
    assert all(TEXT[f["start"]:f["end"]] == f["text"] for f in record["flags"])


def test_the_review_page_lists_doubts_first_and_a_click_settles_each(anonymizer, tmp_path):
    source = tmp_path / "src" / "note.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    forms = {d["form"]: d for d in session.state()["doubts"]}
    assert "dumoulain" in forms and "retrouve" in forms["dumoulain"]["context"]["before"]
    session.decide("dumoulain", "mask", "PERSON")
    session.decide("skatepark", "keep")
    state = session.state()
    assert "dumoulain" not in {d["form"] for d in state["doubts"]}
    assert "skatepark" not in {d["form"] for d in state["doubts"]}
    assert any(TEXT[s["start"]:s["end"]] == "dumoulain" for s in state["spans"])
    exported = session.export().read_text(encoding="utf-8")
    assert "dumoulain" not in exported and "skatepark" in exported


def test_words_without_their_accents_marks_and_field_codes_raise_no_doubt(anonymizer):
    """OCR and some keyboards drop accents ("beneficie", "Prenom"); a mark out of 20 is no identifier; an old
    Word document pastes its field codes."""
    text = ("L'interessee beneficie d'une aide. Prenom : voir plus haut. Considerant la demande, note 14/20 et "
            "58/100. Page 2 NUMPAGES MERGEFORMAT.")
    assert anonymizer.doubts(text) == []


def test_a_letterhead_a_name_s_left_part_and_a_lower_case_service_are_doubts(anonymizer):
    """What detection leaves of real layouts: a service's or a journal's name in capitals heading the document
    (not a document's kind nor a kept body), a word between a title and the part of a name found, a service named
    by ordinary words in a text written in lower case, a first name that is a word after "la maman de"."""
    def reasons(text):
        return [(d.text, d.reason) for d in anonymizer.anonymize(text).doubts]

    assert ("LA PASSERELLE DES HAUBANS", "letterhead") in reasons(
        "LA PASSERELLE DES HAUBANS — accueil d'urgence ados\nNuit du 3 au 4 mars : calme.")
    assert not [r for r in reasons("RAPPORT D'ACTIVITÉS 2024 – AMO\nCPAS DE WAVRE\nTexte.") if r[1] == "letterhead"]
    lower = reasons("kevin va à la crèche les petits pas trois jours par semaine. madame oued rago du saj a appelé. "
                    "la maman de prince a appelé.")
    assert ("les petits", "coined_name") in lower and ("oued", "name_part") in lower
    assert ("prince", "first_name_word_lower") in lower
    # (after a title in lower case, a verb's form or an adjective is the sentence's)
    assert not reasons("madame confirme que madame crie. monsieur bonne journée. madame demande une aide. madame "
                       "lundi. monsieur hier. madame juge. docteur psychiatre. monsieur conteste. mevrouw stuur ik")


def test_no_doubts_on_table_labels_verbs_between_names_or_speech_in_another_language(anonymizer):
    """A table's cells open like sentences ("| Poids |"), a French verb between two names is the sentence's ("Kevin
    pousse Bryan"), the words of a quotation in another language are no names ("« wlidi mzyan, walakin... »"), a kept
    body heading a letter before its removed town is no letterhead."""
    text = ("CENTRE PUBLIC D'ACTION SOCIALE DE CHARLEROI\nService social\n"
            "| Âge | Poids | Taille |\n| 3 mois | 5,2 kg | 58 cm |\n"
            "Kevin Dubois pousse Bryan Lemaire dans l'escalier.\n"
            "Elle a dit : « wlidi mzyan, walakin shab dyalo huma lli khasrouh » (mon fils est bon).")
    assert [(d.text, d.reason) for d in anonymizer.anonymize(text).doubts] == []


def test_the_halves_of_a_bilingual_form_s_labels_are_no_doubts(anonymizer):
    text = "Name / Nom : NOWAK\nVorname / Prénom : Emma\nGeburtsort / Lieu : Verviers"
    assert [d.text for d in anonymizer.anonymize(text).doubts] == []


def test_a_service_s_acronym_before_its_removed_name_is_a_doubt(anonymizer):
    """Detection took the name or the town of a service and left its acronym ("CSR [Hauts-Prés]", "JAC [Brussel]"):
    the acronym is a doubt; a kept one is not ("CPAS [Wavre]")."""
    def reasons(text):
        return [(d.text, d.reason) for d in anonymizer.anonymize(text).doubts]

    assert ("CSR", "name_part") in reasons("Elle est inscrite au CSR Hauts-Prés depuis septembre.")
    assert ("JAC", "name_part") in reasons("Contact pris avec le JAC Brussel hier.")
    assert not reasons("Le CPAS Wavre a répondu.")


def test_the_nouns_and_headings_of_a_dutch_or_german_passage_are_no_doubts(anonymizer):
    """In a passage of German or Dutch, a noun far more theirs than French's ("Rahmen", "Anlass"), one French never
    writes ("Fehlzeiten") and a heading's word in capitals ("VERLOOP") are no doubts; a service's name after a
    capitalised word stays one ("Jugendtreff Brückenschlag")."""
    text = ("Die Familie wird seit dem Herbst im Rahmen der Jugendhilfe begleitet. Anlass war eine Meldung der Schule "
            "wegen Fehlzeiten. Die Kinder gehen zum Jugendtreff Brückenschlag, der Termin ist mit der Mutter für die "
            "nächste Woche geplant.\n2. VERLOOP\nHet gezin woont sinds de zomer in de stad en de school is op de "
            "hoogte van de afspraken met de ouders.\n")
    doubted = {d.text for d in anonymizer.doubts(text)}
    assert not doubted & {"Rahmen", "Anlass", "Fehlzeiten", "Schule", "VERLOOP", "Woche"}, doubted
    assert "Brückenschlag" in doubted or any(s.text == "Brückenschlag" for s in anonymizer.analyze(text))


def test_a_street_in_a_german_passage_stays_a_doubt(anonymizer):
    """A street's word in a German passage is no ordinary noun to skip: its suffix, or a house number after it, keeps
    it a doubt when detection leaves it."""
    from anonymizer.doubts import _street_word

    text = "Die Familie wohnt jetzt in der Kirchstraße, die Kinder gehen zur Schule. Am Bahndamm 9 wohnt die Oma."
    assert _street_word(text, "Kirchstraße", text.index("Kirchstraße") + 11)
    assert _street_word(text, "Bahndamm", text.index("Bahndamm") + 8)
    assert not _street_word(text, "Schule", text.index("Schule") + 6)


def test_a_word_in_doubt_is_in_doubt_wherever_it_is_written(anonymizer):
    text = ("Pour le séjour à Cadzand : l'accord de la mère suffit.\n\n> De pleegouders plannen in de kerstvakantie "
            "een weekje naar Cadzand, van 27 tot 31 december. Hebben zij daarvoor een toestemming nodig?\n")
    flagged = [d for d in anonymizer.doubts(text) if d.text == "Cadzand"]
    assert len(flagged) == 2 and flagged[0].reason == flagged[1].reason
