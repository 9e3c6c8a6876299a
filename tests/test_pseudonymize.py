"""Pseudonym style: consistency, gender, dates, valid fakes, determinism, round trip, leaks."""

import re
from datetime import date

import pytest
from anonymizer.recognizers.be.bce import BeBceRecognizer
from anonymizer.recognizers.be.eid import BeEidRecognizer
from anonymizer.recognizers.be.iban import SepaIbanRecognizer
from anonymizer.recognizers.be.niss import BeNissRecognizer
from anonymizer.recognizers.be.phone import BePhoneRecognizer

from anonymizer import dates
from anonymizer.casekey import CaseKey
from anonymizer.surrogates import first_names_by_gender

CASE = ("Kevin Dumoulin vit avec sa mère, Mme Aïcha Benali. Le père, M. Patrick DUMOULIN, vit à Jodoigne. "
        "Kevin voit M. Dumoulin le samedi. Mme Benali appelle l'école. kevin ne répond plus. "
        "Sa tante Fatima Benali l'héberge parfois. Son ami Dylan Peeters passe.")


def pseudo(anonymizer, text, **kwargs):
    return anonymizer.anonymize(text, style="pseudo", seed=kwargs.pop("seed", 7), **kwargs)


def test_one_surrogate_per_person_and_shared_family_surnames(anonymizer):
    result = pseudo(anonymizer, CASE)
    m = result.mapping
    assert m["Kevin"] == m["Kevin Dumoulin"].split()[0] and m["kevin"] == m["Kevin"].lower()
    surname = m["Kevin Dumoulin"].split()[1]
    assert m["Patrick DUMOULIN"].split()[1] == surname.upper()          # same family, CAPITALS kept
    assert m["Dumoulin"] == surname
    assert m["Aïcha Benali"].split()[1] == m["Fatima Benali"].split()[1] == m["Benali"]
    assert m["Benali"] != surname and m["Dylan Peeters"].split()[1] not in (surname, m["Benali"])
    for original in ("Kevin", "Dumoulin", "Benali", "Aïcha", "Patrick", "Dylan", "Peeters", "Jodoigne"):
        assert original.lower() not in result.text.lower()


def test_surrogates_are_not_names_of_the_document(anonymizer):
    result = pseudo(anonymizer, CASE)
    originals = {w.lower() for s in result.spans for w in s.text.split()}
    for new in result.mapping.values():
        assert not {w.lower() for w in new.split()} & originals


def test_a_surrogate_place_holds_no_removed_word_and_is_never_the_same_commune(anonymizer):
    from anonymizer.pseudonymize import DocumentContext
    from anonymizer.spans import Span

    text = "Vincent vit à Mons."
    ctx = DocumentContext(text, [Span.of(text, 0, 7, "PERSON")])
    assert not ctx.allowed("Nil-Saint-Vincent-Saint-Martin") and ctx.allowed("Nil-Saint-Martin")
    for seed in range(12):  # Mons is Bergen in Dutch: another name, the same postcode
        result = pseudo(anonymizer, "Il habite 7000 Mons depuis mars.", seed=seed)
        assert "7000" not in result.text and "Bergen" not in result.text


# Names whose gender no list knows: the context must decide.
@pytest.mark.parametrize("sentence,gender", [
    ("Mme Zorblax Kwint est venue.", "F"),
    ("Madame Zorblax Kwint est venue.", "F"),
    ("M. Zorblax Kwint est venu.", "M"),
    ("Monsieur Zorblax Kwint est venu.", "M"),
    ("Zorblax Kwint, née le 3 mai 2011, est venue.", "F"),
    ("Zorblax Kwint, né le 3 mai 2011, est venu.", "M"),
    ("Aïcha Kwint est venue.", "F"),
    ("Mehmet Kwint est venu.", "M"),
    ("Zorblax Kwint est venu·e.", "X"),
])
def test_gender_agreement(anonymizer, sentence, gender):
    result = pseudo(anonymizer, sentence)
    person = next(s for s in result.spans if s.entity_type == "PERSON")
    first = result.mapping[person.text].split()[0]
    assert first in first_names_by_gender()[gender]


def test_dates_keep_intervals_and_weekdays():
    written = ["lundi 3 mars 2025", "14/03/2011", "9 déc. 2024", "1er février 2025"]
    offset = 7 * 60
    shifted = [dates.shift(t, offset, 2025) for t in written]
    originals = [dates.parse(t, 2025).value for t in written]
    news = [dates.parse(t, 2025).value for t in shifted]
    assert all((n - o).days == offset for o, n in zip(originals, news, strict=True))
    assert shifted[0].startswith("lundi ")
    assert news[0].weekday() == date(2025, 3, 3).weekday()
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", shifted[1]) and shifted[2].split()[1].endswith(".")


def test_dates_shift_by_whole_weeks_over_a_year(anonymizer):
    result = pseudo(anonymizer, "Né le 14 mars 2011, vu le lundi 3 mars 2025 et le 10/03/2025.")
    offset = result.key.date_offset_days
    assert offset % 7 == 0 and abs(offset) > 365
    new = [dates.parse(result.mapping[t], 2025).value for t in ("14 mars 2011", "lundi 3 mars 2025", "10/03/2025")]
    assert (new[2] - new[1]).days == 7 and (new[1] - new[0]).days == (date(2025, 3, 3) - date(2011, 3, 14)).days


def test_dates_generalise(anonymizer):
    from anonymizer.pseudonymize import PseudoOptions

    result = pseudo(anonymizer, "Né le 14 mars 2011.", options=PseudoOptions(dates="generalise"))
    assert "Né le mars 2011." == result.text


@pytest.mark.parametrize("recognizer,original", [
    (BeNissRecognizer(), "85.07.30-033.28"), (SepaIbanRecognizer(), "BE71 0961 2345 6769"),
    (BeBceRecognizer(), "0456.123.791"), (BeEidRecognizer(), "591-2345678-29"),
    (BePhoneRecognizer(), "0496 12 34 56"), (BePhoneRecognizer(), "+32 2 512 44 70"),
])
def test_fake_numbers_pass_the_detectors(anonymizer, recognizer, original):
    text = f"Numéro : {original} ."
    new = pseudo(anonymizer, text).mapping[original]
    assert new != original and len(new) == len(original)
    found = recognizer.analyze(f"Numéro : {new} .", recognizer.supported_entities, None)
    assert [f"Numéro : {new} ."[r.start:r.end] for r in found if r.score > 0] == [new]


def test_same_key_same_output_and_seed_reproducible(anonymizer):
    key = CaseKey(seed="0" * 32)
    first = anonymizer.anonymize(CASE, style="pseudo", key=key).text
    again = anonymizer.anonymize(CASE, style="pseudo", key=CaseKey.from_json(key.to_json())).text
    assert first == again
    assert pseudo(anonymizer, CASE, seed=3).text == pseudo(anonymizer, CASE, seed=3).text
    assert pseudo(anonymizer, CASE, seed=3).text != pseudo(anonymizer, CASE, seed=4).text


def test_key_reused_on_a_later_document(anonymizer):
    key = CaseKey()
    first = anonymizer.anonymize(CASE, style="pseudo", key=key)
    later = anonymizer.anonymize("Deux mois plus tard, Kevin Dumoulin va mieux.", style="pseudo", key=key)
    assert later.mapping["Kevin Dumoulin"] == first.mapping["Kevin Dumoulin"]


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_an_initial_follows_the_first_names_surrogate(anonymizer, seed):
    """"Sophie Claessens" ... "S. Claessens": the reader must see the same person twice."""
    result = pseudo(anonymizer, "Maître Sophie Claessens écrit. Plus tard, S. Claessens signe.", seed=seed)
    full = result.mapping["Sophie Claessens"]
    assert result.mapping["S. Claessens"] == f"{full[0]}. {full.split()[-1]}"
    assert anonymizer.anonymize("Lu par T. Dubois.", style="pseudo", seed=seed).text.count(".") == 2


def test_no_surrogate_holds_a_part_of_a_removed_hyphenated_name(anonymizer):
    from anonymizer.pseudonymize import DocumentContext

    text = "Elle est suivie à la Clinique Saint-Pierre depuis mars."
    context = DocumentContext(text, anonymizer.analyze(text))
    assert not context.allowed("rue Pierre David") and context.allowed("rue des Lilas")


def test_invented_names_never_run_out_nor_repeat(anonymizer):
    """In a large batch (one key for all files) the invented service names are all given: a qualified
    one is made ("La Boussole des Prés"), never one already given, and no base is shared."""
    from anonymizer.surrogates import name_qualifiers, service_names

    key = CaseKey(seed="0" * 32)
    key.mapping.update({f"ORG|ancien{i}": name for i, name in enumerate(service_names())})
    text = "Suivi par l'AMO La Chaloupe, puis par l'asbl Le Goéland et le SRG Les Mésanges."
    result = anonymizer.anonymize(text, style="pseudo", key=key)
    surrogates = [result.mapping[name] for name in ("La Chaloupe", "Le Goéland", "Les Mésanges")]
    assert len(set(surrogates)) == 3 and result.leaks == []
    assert all(any(new.endswith(" " + q) for q in name_qualifiers()) for new in surrogates)


def test_elision_follows_the_surrogate(anonymizer):
    text = "Le père d'Enzo et la mère de Kevin. Le frère d'Enzo."
    result = pseudo(anonymizer, text)
    assert not re.search(r"\bd'[^aeiouyhéèêâîôûAEIOUYHÉÈÊÂÎÔÛ]", result.text)
    assert not re.search(r"\bde [aeiouyhéAEIOUYHÉ]", result.text)
    assert result.key.restore(result.text) == text


@pytest.mark.parametrize("before,new,expected", [
    ("Il dit que ", "Andréa", "Il dit qu'Andréa"),        # "que" elides to "qu'", never "q'"
    ("Que ", "Harry", "Qu'Harry"),
    ("le père de ", "Eden", "le père d'Eden"),
    ("le père d'", "Marcus", "le père de Marcus"),
    ("il est évident qu'", "Tim", "il est évident que Tim"),
    ("la plaque ", "AR 07 OPE", "la plaque AR 07 OPE"),   # "que" ending a word is no "que"
    ("Chaque ", "Esteban", "Chaque Esteban"),
])
def test_elision_before_a_surrogate(before, new, expected):
    from anonymizer.pseudonymize import elide
    from anonymizer.spans import Span

    text = before + "Kenzo dort."
    span, written = elide(text, Span.of(text, len(before), len(before) + 5, "PERSON"), new)
    assert text[:span.start] + written == expected


@pytest.mark.parametrize("before,name,surrogate,expected", [
    ("il joue au ", "Sextant", "Le Relais", "il joue au Relais"),
    ("le service de la ", "Ruche", "Les Bruyères", "le service des Bruyères"),
    ("près du ", "Parc Josaphat", "une autre localité", "près d'une autre localité"),
    ("à la ", "Ruche", "L'Étoile", "à L'Étoile"),
    ("Au ", "Sextant", "Le Relais", "Au Relais"),
    ("il va à ", "Wavre", "Le Roeulx", "il va au Roeulx"),
    ("depuis l'", "Étoile", "La Source", "depuis La Source"),
    ("les anciens des ", "Saules", "La Roseraie", "les anciens de La Roseraie"),
    ("il va à ", "Wavre", "Namur", None),                  # nothing to agree: the span is not touched
    ("il va à ", "Wavre", "La Louvière", None),
])
def test_articles_agree_with_the_surrogate(before, name, surrogate, expected):
    from anonymizer.pseudonymize import contract
    from anonymizer.spans import Span

    text = before + name + "."
    found = contract(text, Span.of(text, len(before), len(text) - 1, "ORGANIZATION", 1.0, "test"), surrogate)
    if expected is None:
        assert found is None
    else:
        span, new = found
        assert text[:span.start] + new + text[span.end:] == expected + "."


def test_articles_agree_in_a_whole_document_and_it_is_restored(anonymizer):
    text = ("Elle travaille au Sextant et à la Ruche. Il joue aux Castors de Floreffe. "
            "Le service de la Ruche l'a reçu.")
    result = pseudo(anonymizer, text)
    assert not re.search(r"\b(?:au|aux|du|des|la|le|à la|de la) (?:Le|La|Les|L')\b", result.text), result.text
    assert result.key.restore(result.text) == text


def test_round_trip_on_every_corpus_sample(anonymizer, corpus):
    key = CaseKey()
    for doc in corpus:
        result = anonymizer.anonymize(doc.text, style="pseudo", key=key)
        assert key.restore(result.text) == doc.text, doc.name


def test_pseudo_leak_rate_on_the_corpus(anonymizer, corpus):
    """ANNOTATION.md leak rate of the pseudo output: <= 0.02 on the development files 001-108 (the held-out
    files are reported by benchmarks/evaluate.py, not asserted: we do not tune on them; the real-layout
    development files 129-146, added in the sixth session at a leak rate of 0.107, are measured there too
    until the work on them (issue "Text nobody here wrote") brings them under the same bound)."""
    import sys
    from pathlib import Path

    from anonymizer.evaluation import Counts

    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from splits import select

    dev = set(select([d.name for d in corpus if d.name[:3] <= "108"], "dev"))
    counts = Counts()
    for doc in corpus:
        if doc.name in dev:
            result = pseudo(anonymizer, doc.text)
            counts.add(doc, result.spans, result.text)
    overall = counts.table()[-1]
    assert overall["leak_rate"] <= 0.02, overall


def test_edited_text_is_restored_surface_by_surface(anonymizer):
    key = CaseKey()
    result = anonymizer.anonymize("Kevin Dumoulin est absent.", style="pseudo", key=key)
    new_name = result.mapping["Kevin Dumoulin"]
    minutes = f"Le groupe propose que {new_name} rencontre le CPMS."
    assert key.restore(minutes) == "Le groupe propose que Kevin Dumoulin rencontre le CPMS."


def test_a_number_merged_with_its_neighbours_gets_a_fake_of_its_own_length():
    """A NISS span merged with the text around it holds more digits than a NISS: no crash, every digit
    replaced (the span came out of an NER entity over "NN ... — carte d'identité ...")."""
    import random

    from anonymizer.fakes import fake_niss

    fake = fake_niss("83.02.14-278.94 — carte 592-0417738-40", random.Random(1))
    assert fake.count("-") == 3 and "278.94" not in fake and "0417738" not in fake


@pytest.mark.parametrize("original,expected", [
    ("17 oktober 2024", "26 december 2024"),          # Dutch
    ("14. November 2024", "23. Januar 2025"),         # German: the day's full stop
    ("am 3. März 2024", "am 12. Mai 2024"),
    ("Tuesday, March 4, 2025", "Tuesday, May 13, 2025"),
    ("dinsdag 4 maart", "dinsdag 13 mei"),
    ("Thursday, 14 November 2024", "Thursday, 23 January 2025"),  # the weekday tells the language
    ("14 giugno 2023", "23 agosto 2023"),             # Italian
    ("2 de março de 2022", "11 de maio de 2022"),     # Portuguese, its "de" kept
    ("9 de agosto de 2024", "18 de outubro de 2024"),  # "de agosto" is Portuguese or Spanish, not Italian
    ("11 martie 2020", "20 mai 2020"),                # Romanian
])
def test_a_date_in_another_language_is_shifted_in_it(original, expected):
    from anonymizer import dates

    assert dates.shift(original, 70, 2025) == expected


def test_an_address_written_two_ways_gets_one_surrogate(anonymizer):
    text = ("Elle habite avenue des Érables 41 bte 3, 1480 Tubize. Visite à domicile av. des Érables 41/3 ; "
            "le frère vit rue des Forgerons 12, 1480 Clabecq. Courrier rue des Forgerons 12.")
    result = anonymizer.anonymize(text, style="pseudo", seed=5)
    new = [n for s, n in sorted(result.replacements.items()) if s.entity_type == "ADDRESS"]
    assert len(new) == 4 and "Érables" not in result.text and "Forgerons" not in result.text
    street = [re.sub(r"^(?:avenue|av\.|rue)\s+|[/,].*$|\s+bte\s+\d+", "", n) for n in new]
    assert street[0] == street[1] and street[2] == street[3] and street[0] != street[2]


def test_every_written_form_of_a_person_takes_the_same_surrogate_words(anonymizer):
    """A surname written first, in capitals, with a particle, or alone; a first name alone; an initial: all
    rendered from one person's surrogate (issue "One person, one name across the case")."""
    text = ("Karim El Ouardi (14 ans) vit chez sa mère. EL OUARDI Karim est absent. Son dossier au nom de "
            "El Ouardi Karim. K. El Ouardi a signé. Karim va mieux.")
    result = pseudo(anonymizer, text)
    full = result.mapping["Karim El Ouardi"].split()
    first, surname = full[0], " ".join(full[1:])
    assert result.mapping["EL OUARDI Karim"] == f"{surname.upper()} {first}"
    assert result.mapping["El Ouardi Karim"] == f"{surname} {first}"
    assert result.mapping["K. El Ouardi"] == f"{first[0]}. {surname}"
    assert result.mapping["Karim"] == first


def test_a_name_spelt_two_ways_takes_one_surrogate_and_the_family_one_surname(anonymizer):
    """"Stephan" of "Stefan Moldovan", "Al-Hamwi" of "Al Hamwi": one person's surrogate words; a sibling keeps the
    family's surrogate surname."""
    text = ("Mme Rasha Al Hamwi est venue. Rasha Al-Hamwi a signé. Stefan Moldovan est le père ; Stephan Moldovan "
            "a appelé. Son frère Omar Al-Hamwi aussi.")
    mapping = pseudo(anonymizer, text).mapping
    assert mapping["Rasha Al Hamwi"] == mapping["Rasha Al-Hamwi"]
    assert mapping["Stefan Moldovan"] == mapping["Stephan Moldovan"]
    assert mapping["Omar Al-Hamwi"].split()[-1] == mapping["Rasha Al Hamwi"].split()[-1]


def test_a_form_writes_the_surname_first(anonymizer):
    result = pseudo(anonymizer, "Bénéficiaire : El Ouardi Mustapha, né en 1980. Mustapha est arrivé en 2015.")
    assert result.mapping["El Ouardi Mustapha"].split()[-1] == result.mapping["Mustapha"]


@pytest.mark.parametrize("text,alone,full", [
    # a word written alone after a title is the surname, whatever order the full name has
    ("Thomas Julie est convoquée. Julie est venue seule. Mme Thomas a appelé.", "Thomas", "Thomas Julie"),
    # initials with a hyphen or an accent are initials, not a surname in capitals
    ("Anne-Sophie Lemaire est éducatrice. A.-S. Lemaire a signé. Mme Lemaire est partie.", "Lemaire",
     "Anne-Sophie Lemaire"),
    # a surname written in capitals once stays in the case each mention writes it
    ("Jean Dupont est le père. M. Dupont travaille. DUPONT Jean a signé.", "Dupont", "Jean Dupont"),
    # a particle opens a surname even when the first name after it is also a surname
    ("El Ouardi Karim est convoqué. Karim a 15 ans. M. El Ouardi a appelé.", "El Ouardi", "El Ouardi Karim"),
])
def test_a_surname_alone_takes_the_surname_of_the_full_name(anonymizer, text, alone, full):
    result = pseudo(anonymizer, text)
    assert result.mapping[alone] in result.mapping[full].split()
    assert not result.mapping[alone].isupper() or alone.isupper()


@pytest.mark.parametrize("text,name,form", [
    # a title before a first name makes no surname of it
    ("Madame Julie Thomas est venue. Mme Julie a signé. JULIE THOMAS signe.", "Julie Thomas", "Julie"),
    # a greeting inside a line is no first name
    ("Hello Sarah, merci pour ton message. Sarah Lambert viendra demain.", "Sarah Lambert", "Sarah"),
])
def test_a_first_name_stays_a_first_name(anonymizer, text, name, form):
    result = pseudo(anonymizer, text)
    assert result.mapping[form] == result.mapping[name].split()[0]


def test_a_particle_and_a_word_are_one_surname(anonymizer):
    from anonymizer.surrogates import gender_of_first_name

    result = pseudo(anonymizer, "Mme De Luca a appelé ce matin.")
    assert not any(gender_of_first_name(word) for word in result.mapping["De Luca"].split())


@pytest.mark.parametrize("text,initial", [("Monsieur É. Renard a signé.", "É."),
                                          ("Madame A.-S. Dupont a signé.", "A.-S.")])
def test_an_initial_stays_an_initial(anonymizer, text, initial):
    result = pseudo(anonymizer, text)
    original = next(form for form in result.mapping if form.startswith(initial))
    assert re.fullmatch(r"[A-Z]\.", result.mapping[original].split()[0])


def test_a_town_abroad_becomes_another_town_of_its_country_one_per_town(anonymizer):
    from anonymizer.recognizers.lookup import foreign_town, towns_in

    text = ("La famille vient de Nador ; l'oncle vit à Gaziantep (Antep pour la famille), la tante à Craiova. "
            "Le père est reparti à Nador.")
    result = pseudo(anonymizer, text)
    m = result.mapping
    assert m["Gaziantep"] == m["Antep"] and m["Nador"] != m["Gaziantep"]
    assert m["Nador"] in towns_in("MA") and m["Craiova"] in towns_in("RO") and m["Antep"] in towns_in("TR")
    assert "une autre localité" not in result.text and result.key.restore(result.text) == text
    assert foreign_town("Halle") is None  # a Belgian commune first, never the German town


def test_variants_of_a_town_abroad_share_one_tag(anonymizer):
    result = anonymizer.anonymize("Il vit à Gaziantep (Antep), sa sœur à Nador.")
    assert result.text == "Il vit à [LIEU_1] ([LIEU_1]), sa sœur à [LIEU_2]."


def test_two_relatives_told_apart_by_their_initial_keep_distinct_initials(anonymizer):
    text = ("Omar Al-Hamwi (14 ans) vit avec sa mère Rasha Al-Hamwi et son oncle Karim Al-Hamwi. "
            "Signé : R. Al-Hamwi. Présent : O. Al-Hamwi. Excusé : K. Al-Hamwi.")
    for seed in range(8):
        m = pseudo(anonymizer, text, seed=seed).mapping
        assert len({m["R. Al-Hamwi"][0], m["O. Al-Hamwi"][0], m["K. Al-Hamwi"][0]}) == 3
        assert m["R. Al-Hamwi"][0] == m["Rasha Al-Hamwi"][0] and m["O. Al-Hamwi"][0] == m["Omar Al-Hamwi"][0]


def test_a_reference_written_short_takes_the_digits_of_its_long_form_and_never_its_own_letters(anonymizer):
    text = "Dossier SAJ/NIV/24/1187 ouvert. Réf. 24/1187/NIV du dossier."
    result = pseudo(anonymizer, text)
    long, short = result.mapping["SAJ/NIV/24/1187"], result.mapping["24/1187/NIV"]
    assert sorted(re.findall(r"\d+", long)) == sorted(re.findall(r"\d+", short))
    assert "NIV" not in result.text and "1187" not in result.text



def test_towns_of_one_name_stay_apart_and_a_date_with_a_roman_month_is_shifted(anonymizer):
    result = pseudo(anonymizer, "La mère vit à Kénitra, le père est originaire de Khénifra. Décès le 2.II.2015.")
    m = result.mapping
    assert m["Kénitra"] != m["Khénifra"] and re.fullmatch(r"\d{1,2}\.[IVX]+\.\d{4}", m["2.II.2015"])


def test_an_acronym_takes_a_surrogate_written_as_a_name(anonymizer):
    text = pseudo(anonymizer, "Elle étudie à l'ULB depuis septembre.").text
    assert "ULB" not in text and "l'L" not in text and not re.search(r"\b[A-Z]{2,} [A-Z]{2,}", text)


def test_a_belgian_town_in_two_languages_is_one_town(anonymizer):
    from anonymizer.recognizers.lookup import place_key

    text = ("Le père habite Hal. Les week-ends chez le père à Halle se passent bien. La famille vivait à Kelmis, "
            "l'école communale de La Calamine l'a confirmé. Sa tante vit à Liège, son oncle à Luik ou à Namur.")
    result = anonymizer.anonymize(text)
    assert result.text.count("[LIEU_1]") == 2  # Hal, Halle
    m = pseudo(anonymizer, text).mapping
    assert m["Hal"] == m["Halle"] and m["Kelmis"] != m["Hal"] and m["Liège"] == m["Luik"] != m["Namur"]
    # a section written "Halle (Zoersel)" or paired with several communes is no second name of its commune
    assert place_key("Zoersel") is None and place_key("Ansart") is None and place_key("Tintigny") is None
    assert place_key("Tirlemont") == place_key("Tienen") and place_key("Sint-Margriete-Houtem") is None


@pytest.mark.parametrize("signature", ["Sanne De Smet\nCLB-medewerker, Halle\nT 02 356 71 40",
                                       "Sanne De Smet\nAssistante sociale, Halle"])
def test_a_signature_s_town_after_the_role_is_a_place(anonymizer, signature):
    spans = anonymizer.analyze(signature)
    assert [(s.entity_type, signature[s.start:s.end]) for s in spans if "Halle" in signature[s.start:s.end]] \
        == [("LOCATION", "Halle")]


@pytest.mark.parametrize("address,words", [
    ("Adresse : Brusselsesteenweg 412, 1731 Zellik.", ["Brusselsesteenweg", "Zellik"]),
    ("Die Familie wohnt in der Lütticher Straße 41, 4720 Kelmis.", ["Lütticher", "Kelmis"]),
    ("Stefan : rue de la Boverie 23 Seraing je crois.", ["Boverie", "Seraing"]),
    ("He lives at 14 Narborough Road, Leicester LE3 0BQ.", ["Narborough", "Leicester"]),
])
def test_no_word_of_an_address_stays_in_its_surrogate(anonymizer, address, words):
    """A street named before its type, an address abroad, a commune after the number without a postcode: the
    pseudonym keeps none of their words (they stayed verbatim, a leak only pseudo style had)."""
    result = pseudo(anonymizer, address)
    assert not [word for word in words if word in result.text], result.text
    assert result.key.restore(result.text) == address


def test_spelt_names_floors_and_towns_in_two_languages_in_pseudo_style(anonymizer):
    """A thirteenth review: a spelt name became one first name per letter (its length and repeats spelt it back),
    a floor a commune ("5e tourpes"), "Namen" "une autre localité" while "Namur" became a commune."""
    text = ("Nom épelé : M-E-B-R-A-T, prénom S-E-L-A-M. Adresse : rue Haute 12, 3e étage. Il vit à Namen ? Non, à "
            "Namur. Son père est à Zottegem, la grand-mère à Sint-Maria-Oudenhove.")
    result = pseudo(anonymizer, text)
    m = result.mapping
    assert re.fullmatch(r"[A-Z](?:-[A-Z])+", m["M-E-B-R-A-T"]) and m["M-E-B-R-A-T"] != "M-E-B-R-A-T"
    assert "e étage" in result.text
    assert m["Namen"] == m["Namur"] and m["Zottegem"] != m["Sint-Maria-Oudenhove"]
    assert result.key.restore(result.text) == text


def test_a_day_alone_before_a_number_that_is_no_date_is_shifted_without_a_month(anonymizer):
    """A day written alone followed by "- 31 élèves" is no range: its pseudonym is the day alone, and no day 31 of
    a 30-day month is built (it raised ValueError)."""
    text = "Réunion le jeudi 30 avril 2026. Le jeudi 30 - 31 élèves étaient présents."
    result = pseudo(anonymizer, text, seed=1)
    day = result.mapping["jeudi 30"]
    assert re.fullmatch(r"jeudi \d{1,2}", day) and f"{day} - 31 élèves" in result.text, result.text
    assert result.key.restore(result.text) == text


def test_a_neighbours_number_written_two_ways_gets_one_fake(anonymizer):
    """"+49 170 4428391" and "0170 4428391" are one German mobile: one fake number, written each way."""
    import re

    text = anonymizer.anonymize("Oncle : +49 170 4428391. Herr Lungu ist unter 0170 4428391 erreichbar.",
                                style="pseudo", seed=3).text
    international, national = re.findall(r"\+49 [\d ]+\d|0\d{3} \d{7}", text)
    assert re.sub(r"\D", "", international)[2:] == re.sub(r"\D", "", national)[1:] and "4428391" not in text


def test_a_province_becomes_another_province_and_generalised_places_name_only_their_region():
    """A province is replaced by another of the same gender, whatever the language it is written in, and never by
    one whose words stay in the text; a place generalised names its region, not its province (a province
    identifies as its town does)."""
    from anonymizer import Anonymizer, PseudoOptions

    anonymizer = Anonymizer()
    text = "Le SAJ du Brabant wallon écrit au tribunal du Waals-Brabant, à Nivelles, et au SAIE Hainaut-Ouest."
    out = anonymizer.anonymize(text, style="pseudo", seed=3)
    assert "Brabant" not in out.text and "Hainaut" not in out.text and not out.leaks
    first = out.text.split("SAJ du ")[1].split(" écrit")[0]
    assert f"tribunal du {first}," in out.text  # one province, one surrogate, in French and in Dutch
    generalised = anonymizer.anonymize(text, style="pseudo", seed=3, options=PseudoOptions(places="generalise"))
    assert "une commune de Wallonie" in generalised.text and "Brabant" not in generalised.text


def test_no_province_surrogate_is_a_place_the_text_names_nor_another_province_s():
    """When the provinces of the right gender are all taken or named by the text, the province becomes "une autre
    province": never a surrogate that stands for two provinces, never one the leak guard finds in the text."""
    from anonymizer import Anonymizer

    text = ("Le tribunal de la jeunesse du Luxembourg a confié l'enfant à sa grand-mère, qui vit dans le Hainaut. "
            "Le père habite le Brabant wallon et la mère le Limbourg.")
    out = Anonymizer().anonymize(text, style="pseudo", seed=1)
    assert not out.leaks
    replaced = {span.text: new for span, new in out.replacements.items() if span.entity_type == "LOCATION"}
    provinces = [next(new for old, new in replaced.items() if old.endswith(name))  # (the article with it: "du ")
                 for name in ("Luxembourg", "Hainaut", "Brabant wallon")]
    assert all("une autre province" in new for new in provinces) or len(set(provinces)) == 3
    out = Anonymizer().anonymize(text + " Le SAIE Hainaut-Ouest suit.", style="pseudo", seed=1)
    assert "province-Ouest" not in out.text and not out.leaks


def test_a_phone_number_with_its_national_zero_in_brackets_keeps_the_same_surrogate(anonymizer):
    """cases-blind11: "+32(0)476/58.21.09" after "0476 58 21 09" is the same number, the same fake digits."""
    text = "GSM : 0476 58 21 09. Sinon +32(0)476/58.21.09 ou 0032 (0) 476 58 21 09."
    result = pseudo(anonymizer, text)
    numbers = re.findall(r"(?:\+|00)?[\d()/. ]{9,}\d", result.text)
    national = {re.sub(r"\D", "", n)[-9:] for n in numbers}
    assert len(numbers) == 3 and len(national) == 1 and "476582109" not in national
    assert result.key.restore(result.text) == text


def test_a_date_written_year_first_is_the_same_date_shifted_alike(anonymizer):
    """cases-blind12: "2010-02-14" is the birth date written "14/02/2010" elsewhere: one surrogate, each in its
    writing."""
    fake = anonymizer.anonymize("Né le 2010-02-14, revu le 14/02/2010.", style="pseudo", seed=3).text
    iso, numeric = re.search(r"Né le (\d{4}-\d\d-\d\d), revu le (\d\d/\d\d/\d{4})\.", fake).groups()
    assert iso.split("-") == numeric.split("/")[::-1] and iso != "2010-02-14", fake


def test_a_section_written_short_gets_its_commune_s_surrogate(anonymizer):
    """cases-blind12: "Marchienne" is Marchienne-au-Pont, the same invented commune, not "une autre localité"."""
    fake = anonymizer.anonymize("Elle vit à Marchienne-au-Pont. L'école est à Marchienne.", style="pseudo", seed=3).text
    first, second = re.match(r"Elle vit à (.+)\. L'école est à (.+)\.", fake).groups()
    assert first == second != "Marchienne-au-Pont" and "autre" not in second, fake
