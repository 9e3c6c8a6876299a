"""A capitalised name in mid-sentence with no service word before it (recognizers/names/organization_capitalised.py)."""

import pytest
from anonymizer.recognizers.names.organization_capitalised import CapitalisedOrganizationRecognizer

RECOGNIZER = CapitalisedOrganizationRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(("text", "name"), [
    ("Il travaille aux Ateliers du Saupont depuis deux ans.", "Ateliers du Saupont"),
    ("Une place au Manège de la Ramée le mercredi.", "Manège de la Ramée"),
    ("Son équipe, les Castors de Floreffe, l'a exclu.", "Castors de Floreffe"),
    ("Accueillie par l'Accueil Temps Libre de Gembloux.", "Accueil Temps Libre de Gembloux"),
    ("Il joue au Racing depuis l'été.", "Racing"),
    ("La soirée au Belvédère est prévue samedi.", "Belvédère"),
    ("je vais au Pélican tous les jeudis", "Pélican"),
    ("Elle dort à l'Escale cette semaine.", "Escale"),
    ("Il a un job d'été à la Loterie nationale.", "Loterie nationale"),
    ("Il court avec Gembloux Athlétisme le samedi.", "Gembloux Athlétisme"),
    # an article with its capital in mid-sentence: a service named without its kind
    ("un accompagnement par Le Sextant (SAIE), en attente", "Le Sextant"),
    ("une guidance à domicile par Le Jardin de Fagnes, suivi", "Le Jardin de Fagnes"),
    ("liste d'attente au Méridien-Nord depuis décembre", "Méridien-Nord"),
])
def test_names_told_by_their_capitals(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "Le dossier est au Tribunal de la Jeunesse, le Juge a décidé.",
    "Le Parquet de Namur et la Ville de Wavre sont informés.",
    "Il est parti au Maroc puis au Congo.",
    "Elle habite à la Rue Haute depuis mars.",
    "Le rapport est transmis au Conseil de l'Action Sociale.",
    "Il a été scolarisé à l'Institut Saint-Joseph.",           # the school recogniser's
    "Ils vont à la Toussaint chez la grand-mère.",
    "Il est allé au Kevin ce soir.",                           # a first name is the person rules'
    "Au Service de Santé Mentale, on le suit.",                # a sentence's first capital
    "La Police fédérale était présente à la Fête nationale.",
    "La réunion a lieu à Namur Lundi.",                         # a commune, then a kept term
    "Elle habite à La Louvière, lui à La Hulpe.",               # communes with their article
    "Le jeune va mieux. La mère aussi.",                        # articles opening a sentence
])
def test_public_bodies_places_feasts_are_not_taken(text):
    assert found(text) == []
