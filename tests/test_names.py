"""Names, places, schools, organisations on short synthetic sentences (full pipeline)."""

import pytest
from helpers import detected, parse_gold


@pytest.mark.parametrize("marked", [
    # compound and particle names, capitals, titles
    "Rencontre avec <ent label=PERSON>Sophie Van der Linden</ent> et M. <ent label=PERSON>El Idrissi</ent>.",
    "Le père, M. <ent label=PERSON>Hicham Ben Salah</ent>, est absent.",
    "Élève : <ent label=PERSON>DEBAISIEUX Lola</ent>",
    "Présente : <ent label=PERSON>Marie-Hélène Carlier</ent>, déléguée.",
    "Le Dr <ent label=PERSON>Kwame Mensah</ent> et Me <ent label=PERSON>Florence Jacquet</ent> sont informés.",
    # first names of many origins, alone
    "<ent label=PERSON>Wiktoria</ent> et <ent label=PERSON>Mateusz</ent> parlent polonais.",
    "Hier, <ent label=PERSON>Yusuf</ent> a vu <ent label=PERSON>Glody</ent>.",
    # chat style
    "ok jvais chez <ent label=PERSON>mehdi</ent> avec <ent label=PERSON>shanice</ent> tkt",
    "un certain « <ent label=PERSON>Rico</ent> » traîne au parc.",
    # places
    "Elle vit à <ent label=LOCATION>Montignies-sur-Sambre</ent> puis à <ent label=LOCATION>Flawinne</ent>.",
    "Il habite <ent label=LOCATION>rue Sous-les-Vignes</ent> à <ent label=LOCATION>Erpent</ent>.",
    "Son père vit à <ent label=LOCATION>Malines</ent>, sa tante à <ent label=LOCATION>Anvers</ent>.",
    # schools and organisations
    "Inscrit à l'<ent label=SCHOOL>École communale de Beez</ent> puis à l'<ent label=SCHOOL>Institut Sainte-Marie de Thuin</ent>.",
    "Suivi au SSM <ent label=ORGANIZATION>L'Éclaircie</ent> et au SRG <ent label=ORGANIZATION>Les Hirondelles</ent>.",
    "Hospitalisé à la <ent label=ORGANIZATION>Clinique Saint-Pierre</ent>.",
    "Il joue au <ent label=ORGANIZATION>RFC Perwez</ent> puis au <ent label=ORGANIZATION>FC Tamines</ent>.",
    # organisations after a service type and what it does, in quotes or brackets, listed, employers
    "Elle est suivie à la maison médicale <ent label=ORGANIZATION>Les Acacias</ent>.",
    "Il fréquente la maison de jeunes « <ent label=ORGANIZATION>La Fabrik</ent> » le soir.",
    "Orientée vers le service d'aide aux victimes <ent label=ORGANIZATION>Parole Libre</ent>.",
    "Un suivi par le service de médiation familiale (<ent label=ORGANIZATION>Pont Neuf</ent>) est prévu.",
    "Son père est magasinier chez <ent label=ORGANIZATION>Colruyt</ent>, sa mutuelle est <ent label=ORGANIZATION>Solidaris</ent>.",
    "Elle travaille comme caissière au <ent label=ORGANIZATION>Spar Moderne</ent> depuis l'été.",
    "Il s'entraîne au <ent label=ORGANIZATION>Boxing Club Meuse</ent> le jeudi.",
    "Il mange au <ent label=ORGANIZATION>McDonald’s</ent> avec son frère.",
    "La maison sociale <ent label=ORGANIZATION>La Boussole</ent> gère son budget.",
    "Le service d'aide et d'accompagnement <ent label=ORGANIZATION>Pain à Partager</ent> la reçoit.",
    "Elle est au SRG <ent label=ORGANIZATION>Les Mésanges</ent> à <ent label=LOCATION>Jambes</ent>.",
    "Il dort à la maison chez <ent label=PERSON>Inès</ent> ce soir.",
    "Son équipe de hockey, <ent label=ORGANIZATION>Les Faucons de Rhisnes</ent>, l'a exclu.",
    # a capitalised particle opens the surname even where "De" is kept (the "De :" of an e-mail header)
    "Nom : <ent label=PERSON>DE SMET</ent>   Prénom : <ent label=PERSON>Maxime</ent>",
    "Parents (<ent label=PERSON>Dewit</ent> – <ent label=PERSON>De Smet</ent>) installés depuis peu.",
    # a capitalised service type with an adjective, a club before its sport's abbreviation
    "- <ent label=ORGANIZATION>Maison médicale du Bauloy</ent> : suivi de la mère.",
    "Il joue au cricket avec <ent label=ORGANIZATION>Charleroi Lions CC</ent> le dimanche.",
    # a listed name with a later word's initial in the other case
    "La <ent label=ORGANIZATION>Mutualité Libérale</ent> a remboursé les lunettes.",
    # names told by their capitals alone
    "Il travaille aux <ent label=ORGANIZATION>Ateliers du Saupont</ent> (conditionnement).",
    # a quoted nickname of several words after a naming cue; first names in their native letters
    "Sur Snapchat il se fait appeler « <ent label=PERSON>Le Roi du quartier</ent> ».",
    "Les cousins <ent label=PERSON>Ionuț</ent> et <ent label=PERSON>Łukasz</ent> sont arrivés.",
    # a commune's name is no surname when it stands alone
    "Il habite <ent label=LOCATION>Namur</ent> depuis mars.",
    # a commune in lower case after a preposition (SMS); a school in abbreviated notes
    "jsuis chez ma tante a <ent label=LOCATION>anderlues</ent> tkt",
    "<ent label=PERSON>Max</ent> : t ou ?\n<ent label=PERSON>Lola</ent> : chez moi",  # chat speakers
    "Scolarité : <ent label=SCHOOL>Athénée royal Vauban</ent>\n\nFamille :",  # a name ends with its line
    "On en a parlé avec Mme <ent label=PERSON>Kabongo</ent> (la déléguée).",     # a title opens no organisation
    "Papa <ent label=PERSON>Noa</ent> : je peux le prendre samedi ?",
    # a listed organisation keeps its type against a first-name list; a commune after "à" is no first name
    "Elle fait ses courses chez <ent label=ORGANIZATION>Aldi</ent> le samedi.",
    "Sortie à <ent label=LOCATION>Dinant</ent> avec le groupe.",
    "RDV av. Me <ent label=PERSON>Sophie Lambrechts</ent>, 10h.",   # "av." is "avec" here
    "Elle vit à <ent label=LOCATION>La Louvière</ent> depuis mars.",  # a place, not an organisation
    # a kept agency before "de" goes, a kept acronym inside a name stays ("PHARE" is a Brussels service)
    "Formé au centre du Forem de <ent label=LOCATION>Grâce-Hollogne</ent>, il cherche un emploi.",
    "Elle est suivie au <ent label=ORGANIZATION>Centre Le Phare</ent> depuis mars.",
    # once the kept kind is out, a commune is a place ("{{CEFA}} de [[Jemappes|LOCATION]]"), without
    # the sentence's elided "d'"; a particle stays in a surname
    "Il souhaite une formation au CEFA de <ent label=LOCATION>Jemappes</ent> en septembre.",
    "Le CPAS d'<ent label=LOCATION>Ottignies</ent> a refusé l'aide.",
    # a kept kind's lower-case qualifiers go with it ("libre", "provincial": which network, not which one)
    "PV – CPMS libre de <ent label=LOCATION>Jodoigne</ent>",
    "Le PMS provincial de <ent label=LOCATION>Tubize</ent> a appelé.",
    "Mme <ent label=PERSON>d'Ursel</ent> est venue au bureau.",
    # edges a detector leaves out: a surname's initial, a commune's own article (even in lower case),
    # a commune's article fused with "à" ("au Roeulx" is no venue)
    "Point suivant : la situation de <ent label=PERSON>Kevin M.</ent> (16 ans).",
    "on va au bowling de <ent label=LOCATION>la Louvière</ent> samedi",
    "Il vit au <ent label=LOCATION>Roeulx</ent> depuis mars.",
    "PSE – <ent label=SCHOOL>Éc. fond. Les Tilleuls</ent> – bilans de 3e maternelle",
    "La soirée au <ent label=ORGANIZATION>Belvédère</ent> est prévue samedi.",
    # a coined name's closing adjective, agreeing in number, where the clause goes on after it
    "Elle refuse le SSM <ent label=ORGANIZATION>Les Sources vives</ent> à <ent label=LOCATION>Genval</ent>.",
    "Il va à l'<ent label=SCHOOL>école spécialisée Le Bois joli</ent>. La maman est d'accord.",
    "L'AMO <ent label=ORGANIZATION>La Chaloupe</ent> présente un projet.",
    "Il va à la maison de jeunes <ent label=ORGANIZATION>Le Hangar 9</ent> le mercredi.",
    "L'AMO <ent label=ORGANIZATION>La Chaloupe</ent> 2 fois par semaine.",
    "Le SRG <ent label=ORGANIZATION>Les Mésanges</ent> seule ne suffit pas.",
    "L'asbl <ent label=ORGANIZATION>Le Relais</ent> financée par la Région.",
    # in a text message the NER runs over the words around a name: only the name is kept
    "<ent label=PERSON>dima</ent> : madame c <ent label=PERSON>dima</ent> jsuis pas rentré mon beau pere ma mis dehors",
    "<ent label=PERSON>dima</ent> : jsuis a la gare de <ent label=LOCATION>braine</ent> avec <ent label=PERSON>vlad</ent>",
    "je dors chez sa mere <ent label=LOCATION>rue de la station</ent> ce soir",   # a street in lower case
    # a heading's word is no part of a name; a surname that is a word keeps its title
    "Parole de <ent label=PERSON>Matteo</ent> : il dit qu'il s'ennuie.",
    "Accueilli par : <ent label=PERSON>Yassine</ent> – Date : demain",
    "M. <ent label=PERSON>Parent</ent> est venu.",
    # an employer after its kind in one lower-case word
    "Il travaille au car-wash <ent label=ORGANIZATION>Clean Express</ent> depuis mars.",
    # a first name after a service's name and "et" is a person beside it, no part of the name
    "Il s'est réinscrit au <ent label=ORGANIZATION>Boxing Club Hodimont</ent> et <ent label=PERSON>Rachid</ent> "
    "le trouve plus calme.",
    # "voie" after its subject is the verb, no street; a word written without its accents opens no name
    "Souhaite que <ent label=PERSON>Jens</ent> voie <ent label=PERSON>Lina</ent>, mais pas seul.",
    "Il habite <ent label=LOCATION>voie Romaine</ent> depuis mai.",
    "Présentation – concertation clinique du <ent label=DATE>20 novembre</ent>",   # no hospital "du 20"
    # after a title and a first name, a word in capitals is the surname, a word or not
    "Père de l'enfant : M. <ent label=PERSON>Dylan PRINTEMPS</ent>, non reconnu.",
])
def test_names(anonymizer, marked):
    text, gold = parse_gold(marked)
    assert detected(anonymizer, text) == gold


@pytest.mark.parametrize("text", [
    "Adresse : inconnue.\nRéunion : reportée.\nVaccins : en ordre.",   # headings the NER takes for names
    "Elle est partie en France puis au Maroc.",                        # countries are kept
    "Grâce à la déléguée, la situation s'apaise.",                     # a first name that is a word
    "Le CPMS rencontre la maman mardi.",
    "Elle travaille au noir depuis des mois, inscrite au Forem.",      # public agencies are kept
    "Le service de pédiatrie a appelé la maison médicale hier.",
    "On en parle avec elle seule dans le bureau. On verra.",      # "On" is a section of Marche-en-Famenne
    "Visite de l'éducatrice de rue de l'AMO mardi.",              # street work is not a street
    "Prénom : inconnu",                                           # a form label, not a first name
    "Mon client souhaite être entendu. Qui conduit ?",            # listed first names that are stop words
    "Note du jour\n12.3 Bilan visuel : courrier aux parents.",     # a journal entry opens after its number
    "Les jeunes sont orientés vers l'IMP, l'ETA ou une ILA.",      # sector acronyms are kept
    "ok mon num cest le meme que avant jte dis",                   # text-message shorthand
    "On joue dans la cour de l'école, il a pris la place de son frère.",   # streets' words, no street
    "Il a pris place de la mère au bout de la table.",
    "Loyautés : elle se place du côté de sa mère.",                # the verb after its pronoun
    "Parent / responsable 1 : la mère",                            # a form's field
    "Entretiens au local A.01, rez-de-chaussée du bâtiment principal, puis au bureau B.104.",  # rooms
    # a table's header row with abbreviated labels ("Lien" is a first name too)
    "| Nom Prénom | Lien | Date naiss. | Ressources |\n|---|---|---|---|\n| fils | allocations familiales |",
    # a medicine, an employment office abroad, a country in German, roles in English and in a police report, a police
    # zone's department
    "Prise de sang avec MEOPA. Sie ist beim Jobcenter gemeldet, früher in Österreich.",
    "Key worker: see below. Placement Coordinator on leave.\nVerbalisant : en congé.",
    "Transmis au service Recherche locale de la zone.",
])
def test_no_false_positives(anonymizer, text):
    assert anonymizer.analyze(text) == []


def test_sentence_starts_follow_spacys_sentencizer():
    """person.after_sentence_end decides token by token what spaCy's sentencizer decides for a doc."""
    from pathlib import Path

    from anonymizer.models.nlp import LANGUAGE, build_nlp_engine
    from anonymizer.recognizers.names.person import after_sentence_end
    from spacy.pipeline import Sentencizer

    nlp = build_nlp_engine().nlp[LANGUAGE]
    texts = [p.read_text("utf-8") for p in sorted(Path(__file__).parent.parent.glob("corpus_samples/0[0-2]*.txt"))]
    texts.append('Il part. « Non ! » dit-elle... Puis ? Rien. (Fin.) Kevin arrive.')
    sentencizer = Sentencizer()
    for doc in nlp.pipe(texts):
        expected = [bool(t.is_sent_start) for t in sentencizer(doc)][1:]
        tokens = list(doc)
        assert [after_sentence_end(tokens, i) for i in range(len(tokens))][1:] == expected


def test_a_lower_case_school_word_stays_in_the_school_name(anonymizer):
    text, gold = parse_gold("Inscrits à l'<ent label=SCHOOL>école communale de Jemeppe</ent> depuis mars.")
    assert detected(anonymizer, text) == gold
