"""ORGANIZATION: the proper name of a service, association, hospital, club or company.

- after a service type: AMO La Chaloupe, SSM L'Éclaircie, SRG Les Hirondelles, asbl Le Pont,
  centre de jour Le Goéland, maison d'accueil L'Escale, club Dance Attitude (the type word is a
  keep-list term when it is a sector acronym, and the resolve stage trims it off);
- hospitals and clinics with their name: Clinique Saint-Pierre, CHU Tivoli, Grand Hôpital de Charleroi,
  Hôpital Erasme, CHU de Liège;
- a company name before its legal form: Construct-Invest sprl;
- a service whose type word is written with a capital as part of its name ("Centre Orientation
  Éducation Le Phare", "Maison d'accueil L'Escale", "Maison médicale du Bauloy");
- an employer after "travaille chez", "stage chez", "job chez" ("chauffeur chez TEC Namur");
- a sports club after its federation prefix ("RSC Anderlecht", "RFC Wavre-Limal", "FC Jodoigne") or
  before its sport's abbreviation ("Charleroi Lions CC").
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_adjective, is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.lookup import in_surnames, places
from anonymizer.recognizers.names.tokens import in_first_names

from anonymizer import vocabulary
from anonymizer.keeplist import kind_terms
from anonymizer.text import fold

SERVICE = (
    r"(?:AMO|SSM|SRG|SRJ|SRS|SAIE|SAAE|SAAF|SAJA|SRA|SASPE|SAS|SAP|SAI|COE|PPP|ETA|EFT|CISP|OISP|AIS|CRF|SAC|IMP|MSP|CAJ|ILA|SeTIS|asbl|ASBL"
    r"|MM(?=[^\S\n]+(?:Les?|La|L['’])[^\S\n]*[A-Z])"  # (a maison médicale before its name: "MM Le Terril")
    r"|a\.s\.b\.l\.|CLB|vzw|VZW|VoG"  # Flemish pupil guidance centres, Dutch and German non-profit forms
    # Flemish welfare, mental health and adult education centres, and a commune's social desk ("CAW De Schakel",
    # "CGG De Waaier", "CVO Vlaamse Ardennen", "Sociaal Huis De Ververij")
    r"|CAW|CGG|CVO|Sociaal\s+Huis"
    r"|(?i:service(?:\s+d['’](?:accompagnement|aide\s+précoce|accueil\s+d['’]urgence)|\s+de\s+santé\s+mentale)?"
    r"|centre(?:\s+de\s+jour)?"
    r"|maison(?:\s+d['’]accueil|\s+de\s+jeunes|\s+médicale)?|école\s+de\s+devoirs|planning\s+familial|crèche"
    r"|auto-école(?:\s+sociale)?|halte-accueil|espace-rencontres?|ligne\s+d['’]écoute|ludothèque|épicerie\s+sociale|restaurant\s+social|agence\s+immobilière\s+sociale"
    r"|mission\s+régionale|club|unité|équipe|entreprise|société|restaurant|ferme|garage|collectif|fédération|mouvement"
    r"|association|fondation|résidence|foyer|home|institution|cpvs|centre\s+fedasil|mutuelle|mutualité|caisse"
    r"|boulangerie|pharmacie|magasin|supermarché|snack|friterie|café|brasserie|salon|cercle|troupe|chorale"
    r"|paroisse|mosquée|huis\s+van\s+het\s+kind|zone\s+de\s+police|politiezone|polizeizone"
    rf"|{vocabulary.FOREIGN_CARE_KINDS}))"
)
# the kinds of service whose centres are numbered within a town ("CPMS Namur 2", "CPMS libre Schaerbeek II")
BRANCH_KINDS = r"CPMS|PMS|Centre[^\S\n]+PMS|CLB"  # (a CPAS is one per commune; an AMO has a name of its own)
CAP_WORD = rf"[{vocabulary.UPPER}][\w'’]+"
# a school's kind, before its name in quotes ("ÉCOLE FONDAMENTALE COMMUNALE N° 7 « LES CERISIERS »")
QUOTED_SCHOOL_KIND = r"(?i:école|institut|athénée|lycée|collège)"
# the acronyms of kinds of service a name is followed by in brackets
KIND_ACRONYMS = "AMO|SSM|SRG|SRJ|SRS|SAIE|SAAE|SASPE|COE|IMP|CAJ|MSP|EFT|CISP|OISP|AIS|CRF|SAC|SAP|SAI|ETA|asbl|ASBL"
HOSPITAL = (
    r"(?:(?i:grand\s+h[ôo]pital|h[ôo]pital(?:\s+(?:civil|universitaire|psychiatrique|de\s+jour))?|clinique"
    r"|polyclinique|centre\s+hospitalier(?:\s+universitaire|\s+régional)?)|CHU|CHR|CHwapi|HUB|CHC|CHIREC|UZ|AZ)"
)
# "clinique psychiatrique", "hôpital pédiatrique", "centre hospitalier universitaire régional"
HOSPITAL_KIND = r"(?:[^\S\n]+(?:[a-zà-ÿ]+(?:ique|aire|al|ale|ier|ière)))?"
HOSPITAL_OF = r"(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|de[^\S\n]+|d['’]|du[^\S\n]+|des[^\S\n]+)"  # "de la Citadelle"
LINK = rf"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|l['’]|aux|au|la|le|les|{vocabulary.NAME_AND}|&|sur|sous|en)"
# "le 21" after a name is a day of the month ("sortie du Centre hospitalier des Trois-Tilleuls le 21.03.2025")
NO_DAY = r"(?!(?<=\b[lL]e[^\S\n])\d)"
# a name's words: capitalised, or its number ("Le Hangar 9", "Le Quai 7"), not a count after it ("2 fois")
CAP = (rf"(?:[{vocabulary.UPPER}][\w'’]*+(?:-[\w'’]+)*+|{NO_DAY}\d{{1,4}}\b"
       rf"(?![.,]\d|[^\S\n]*(?:{vocabulary.COUNT_UNITS}|élèves|enfants|personnes)))")  # (not an amount: "45,20 €")
# a year after "de", "en"... is a date, not the name's number ("aux Hirondelles de 2009 à 2015"; "Horizon 2000"
# is a name)
NO_YEAR = r"(?!(?:19|20)\d\d\b)"
ARTICLE = r"(?:L['’]|(?:Le|LE|La|LA|Les|LES)\s+)"  # "AMO La Chaloupe", "SRG LE PHARE" in a heading


def name_with(link: str) -> str:
    """Capitalised words, up to five, joined by spaces, hyphens or ``link`` words."""
    return rf"{ARTICLE}?{CAP}(?:(?:[^\S\n]+|-)(?:{link}[^\S\n]*{NO_YEAR})?{CAP}){{0,4}}"


NAME = name_with(LINK)
# an organisation's name may hold "à" ("L'Arbre à Palabres", "Aimer à l'ULB"); "... à Wavre" is cut off
# again when the word after "à" is a known place (OrganizationRecognizer.analyze); and an adjective between
# two of its capitalised words ("Étoile sportive Quenast", "Union royale Namur")
NAME_ADJECTIVE = r"[a-zà-öø-ÿ]+(?:ive|if|ifs|al|ale|ien|ienne|aire|ique|el|elle|oise|ois|aise|ais)"
ORG_NAME = name_with(rf"(?:{LINK}|à[^\S\n]+l['’]|à[^\S\n]+la|à|{NAME_ADJECTIVE})")


# A service type, then what it does in lower-case words, then its name: "service d'aide aux victimes
# Aide & Reclassement", "club de théâtre Les Baladins", "service de médiation familiale (Trait d'Union)".
FUNCTION_WORD = r"(?:de|du|des|d|l|la|le|les|aux|au|à|en|pour|contre|et|ou|chez|sur|sous|par|avec|dans)"
PREPOSITION = (
    r"(?:(?:de[^\S\n]+la|du|des|de|aux|au|à[^\S\n]+la|à|pour|contre|en|la|le|les|et)[^\S\n]+"
    r"|(?:d|l|à[^\S\n]+l|de[^\S\n]+l)['’])"
)
LOWER_WORD = rf"(?!{FUNCTION_WORD}\b)[a-zà-öø-ÿœ][\w'’-]*"
DESCRIPTION = rf"(?:[^\S\n]+{PREPOSITION}{{0,2}}{LOWER_WORD}){{0,5}}"
# between the description and the name: a space, a bracket or quote, or a comma before "Le/La/Les..."
OPENER = r"(?:[^\S\n]{1,2}(?:[(«“\"][^\S\n]*)?|,[^\S\n]+(?=(?:L['’]|Le\s|La\s|Les\s)))"
TITLE = r"(?:M|Mme|Mlle|Me|Mr|Dr|Madame|Monsieur|Docteur|Maître)\b"
EMPLOYER_LINK = r"\b(?:chez[^\S\n]+|aux?[^\S\n]+|à[^\S\n]+la[^\S\n]+|à[^\S\n]+l['’])"

# Belgian sports clubs are named after their federation prefix: RSC, RFC, RCS, FC, KV, KAA, RUSG...
# (two-letter prefixes such as AS, SC or US are left out: "l'AS" is the social worker)
CLUB_PREFIX = r"(?:FC|RFC|RSC|RCS|RCSC|RFCL|RWDM|RUSG|RAEC|RAAL|URSL|KAA|KRC|KVC|KSC|RES|RUS|RJS|RBC|RHC)"
# "Charleroi Lions CC", "Entente Jambes HC": football, cricket, hockey, basket, tennis, volley clubs
CLUB_SUFFIX = r"(?:FC|CC|HC|BC|TC|VC|RC|AC|KV|KSK)"
# a vital sign's reading after a club's prefix ("FC 88 Sat 97 %"), not a club's number and town ("FC 08 Homburg")
NOT_A_READING = (rf"(?!\d{{1,3}}\b(?![^\S\n]+(?!(?:{'|'.join(sorted(vocabulary.VITAL_SIGNS))})\b)"
                 r"[A-Z][a-zà-ÿ]))")
# Belgian, German, Dutch and British legal forms after a name ("Heinen Baustoffe GmbH", "Peeters Bouw NV")
LEGAL_FORM = vocabulary.legal_form_re()  # (the Portuguese "Lda.", "Ltda.")
LEGAL_FORM_WORD = re.compile(rf"(?<![\w]){LEGAL_FORM}(?![\w])")  # a legal form as a word of its own
# what ends a firm's name, its partners' word or its legal form: "Menuiserie Lemaître & Fils", "Garage Dubois SRL"
# (and in the languages of families' employers abroad: "Almeida & Filhos", "García e Hijos", "Peeters & Zonen")
PARTNERS_WORD = r"(?:Associés|associés|Associées|Fils|Frères|Cie|Co\.?|Partners|Filhos|Hijos|Figli|Zonen|Söhne)"
FIRM_END = re.compile(rf"(?:[^\S\n]*(?:&|et)[^\S\n]*{PARTNERS_WORD}|[^\S\n]+{LEGAL_FORM})$")
# an English service's kind after its name, as a forwarded British or Irish mail writes it ("Parkside Medical
# Practice", "Little Acorns Nursery", "Family Bridges Contact Centre"), the generic words that may open the kind
# ("Medical", "Contact") never its name alone ("the Family Centre", "a Day Nursery")
ENGLISH_KIND = (r"(?:Practice|Surgery|Centre|Center|Nursery|Clinic|Hospital|Trust|Foundation|Charity|Partnership"
                r"|Solicitors|Family[^\S\n]+Law|Law[^\S\n]+Firm)")  # (a law firm: "Quinlan & Doyle Family Law")
ENGLISH_GENERIC = frozenset(
    "family medical health contact community children's childrens child day resource youth local social mental "
    "general public national care support early years women's parents learning".split())
TITLED_SERVICE = (
    r"(?:Centre|Service|Maison|Collectif|Association|Fédération|Foyer|Home|Résidence|Club|Mouvement|Fondation"
    r"|Institution|Unité|Équipe|Entreprise|Société|Garage|Restaurant|Ferme|Espace|Planning|Crèche|Halte"
    r"|Réseau|RÉSEAU|RESEAU|Plateforme|PLATEFORME|Mutualité|Mutuelle|Centrum|Pharmacie|Apotheek)"
    # "Réseau Entre-deux-Sennes", "PLATEFORME VIF OUEST-BRABANT", "Mutualité des Deux Rives", Dutch "Centrum Ter
    # Meulen", "Pharmacie du Bocage"
)
# what the service is, between its capitalised type and its name: "Maison médicale du Bauloy",
# "Centre culturel de Braine", "Service résidentiel Les Tilleuls"
ADJECTIVES = r"(?:[^\S\n]+[a-zà-öø-ÿ]+(?:al|ale|aux|ique|if|ive|ien|ienne|aire|el|elle|ée|é)){0,2}"
# (with the article a commune's name opens with: "... à La Louvière", "à Le Roeulx")
PLACE_AFTER_A = re.compile(rf"[^\S\n]+à[^\S\n]+((?:(?:La|Le|Les)[^\S\n]+|L['’])?"
                           rf"[{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*)")
EMPLOYER_KIND = (r"(?!(?:sa|son|ses|leurs?|une?|le|la|les|des|du|de|mon|ma|mes|ton|ta|tes|notre|votre|ce|cette)\b)"
                 r"[a-zà-öø-ÿ][\w'’]*(?:-[\w'’]+)*")
WORK_CUE = (
    r"(?i:\b(?:travaille|travaillait|travaillé|employée?|ouvrière?|chauffeur|chauffeuse|stage|stagiaire|job"
    r"|emploi|caissière?|vendeuse|vendeur|intérimaire|engagée?|salariée?|contrat)\b)"
)


NAME_JOIN = r"(?:[^\S\n]|-|[^\S\n]&[^\S\n])"  # between the words of a name: a space, a hyphen, " & "

class OrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"
    PATTERNS = (
        # the name only (the service word is generic): "AMO [La Chaloupe]"
        # (a column gap between them is no link: "AMO L'Escale asbl          Rapport d'activités")
        # (nor a person after a title: "au cabinet Me Lambert")
        ("after_service", rf"(?<![\w]){SERVICE}[^\S\n]{{1,2}}\K(?!(?:de|du|des|d['’])\b)(?!{TITLE}){ORG_NAME}", 0.6),
        ("described_service", rf"(?<![\w]){SERVICE}{DESCRIPTION}{OPENER}\K(?!{TITLE}){ORG_NAME}", 0.6),
        # not a number after "du": "concertation clinique du 20 novembre" is a date
        ("hospital", rf"(?<![\w]){HOSPITAL}{HOSPITAL_KIND}(?:[^\S\n]+{HOSPITAL_OF}?(?!\d){NAME})", 0.75),
        ("titled_service", rf"(?<![\w]){TITLED_SERVICE}{ADJECTIVES}(?:[^\S\n]{{1,2}}(?:{LINK}[^\S\n]*)?{CAP}){{1,5}}",
         0.6),
        # (not opening with a legal form: "ASBL Budget & Vous Centre" is the name after_service takes)
        ("english_kind_after", rf"(?<![\w'’-])(?!(?:The|A|An|Our|This|That|Your|Their|His|Her|My|ASBL|asbl|VZW|vzw"
                               rf"|VoG)[^\S\n]){CAP}"
                               rf"(?:(?:[^\S\n]+|[^\S\n]&[^\S\n]|[^\S\n]and[^\S\n]){CAP}){{0,4}}[^\S\n]+{ENGLISH_KIND}"
                               r"(?![\w'’-])", 0.6),
        # (not a heart rate's reading, "FC 88", "FC 88 Sat 97 %": a number of three digits or fewer after the prefix,
        # unless a town's name follows it, "FC 08 Homburg", "RSC 75 Anderlecht"; a year opens a name, "RFC 1908 Liège")
        ("club", rf"(?<![\w]){CLUB_PREFIX}[^\S\n]+{NOT_A_READING}{CAP}(?:(?:[^\S\n]|-){CAP}){{0,3}}", 0.6),
        ("club_suffix", rf"(?<![\w'’-])(?!\d){CAP}(?:[^\S\n]+{CAP}){{0,3}}[^\S\n]+{CLUB_SUFFIX}(?![\w-])", 0.6),
        ("named_club", rf"(?<![\w]){CAP}[^\S\n]+Club(?:[^\S\n]+(?:{LINK}[^\S\n]*)?{CAP}){{0,3}}", 0.6),
        # an employer, after its kind in one lower-case word or not: "travaille au car-wash Clean Express"
        ("employer", rf"{WORK_CUE}[^\n.;]{{0,30}}?{EMPLOYER_LINK}(?:{EMPLOYER_KIND}[^\S\n]+)?\K(?!\d|{TITLE}){NAME}",
         0.6),
        ("after_chez", rf"(?<![\w])chez[^\S\n]+\K(?!\d|{TITLE}){NAME}", 0.45),
        # a quoted name opening with its article: "l'abri de nuit « Le Phare-Bleu »", "CONSULTATION : « Les Petits
        # Pas »" (reported speech opens with a pronoun or a lower-case word)
        ("quoted_name", rf"[«“][^\S\n]*\K(?=L['’]|(?:Le|La|Les)[^\S\n]){ORG_NAME}(?=[^\S\n]*[»”])", 0.5),
        # in capitals only after its kind on the line ("SERVICE D'AIDE À DOMICILE « LES PETITS PAS »"; a shout in
        # quotes is none: « LES PROFS SONT TOUS NULS »)
        ("quoted_capitals", rf"(?<![\w])(?:{SERVICE}|{QUOTED_SCHOOL_KIND})[^\n«»]{{0,60}}[«“][^\S\n]*\K(?:LE|LA|LES)"
                            rf"[^\S\n]+{ORG_NAME}"
                            rf"(?=[^\S\n]*[»”])", 0.5),
        # a name with its article before its kind's acronym in brackets: "Les Tilleuls (SRG)", "Le Méridien (SSM)"
        ("before_kind", rf"(?<![\w]){ARTICLE}{CAP}(?:[^\S\n]+(?:{LINK}[^\S\n]*)?{CAP}){{0,3}}"
                        rf"(?=[^\S\n]*\((?:{KIND_ACRONYMS})\))", 0.6),
        # a company's legal form before its name, taken with it as after it: "SRL Les Ateliers Dubois"
        ("legal_form_first", rf"(?<![\w])(?:SRL|SPRL|SCRL|SNC|SComm)[^\S\n]+(?!(?:de|du|des|d['’])\b){ORG_NAME}", 0.7),
        # ("Cercle & Parole ASBL"; never across a line: "Bierges\nLE TREMPLIN ASBL")
        # (its article and its links too: "Le Nid d'Ardoise asbl", "La Maison des Jeunes asbl")
        ("legal_form", rf"(?<![\w'’-]){ARTICLE}?{CAP}"
                       rf"(?:(?:{NAME_JOIN}(?:(?:de|du|des|d['’]|de[^\S\n]la)(?:[^\S\n]"
                       rf"|(?<=['’])))?|(?<=\w)(?:d|l)['’]){CAP}){{0,3}}[^\S\n]+{LEGAL_FORM}(?![\w])", 0.7),
        # a firm named by its partners: "Degrève & Associés", "Lambert et Fils", "Dumont & Cie" (a bailiff's, a
        # lawyer's office, a family business)
        ("partners", rf"(?<![\w'’-]){CAP}(?:[^\S\n]*(?:,|&|et)[^\S\n]*{CAP}){{0,2}}[^\S\n]*(?:&|et)[^\S\n]*"
                     rf"{PARTNERS_WORD}(?![\w])", 0.7),
        # ... or by two partners' names and nothing else on a letterhead's line: "Van Caillie & Dessart" (a law
        # office under its lawyer's name)
        ("partners_line", rf"(?m:^)[^\S\n]*\K{CAP}(?:[^\S\n]+{CAP})?[^\S\n]*&[^\S\n]*(?!{PARTNERS_WORD}(?![\w]))"
                          rf"{CAP}(?:[^\S\n]+{CAP})?(?=[^\S\n]*$)", 0.85),  # ("Lambert & Fils" is the partners' rule's)
        # ... or by two partners after its kind: "Étude Dewez & Marchal" (a notary's), "Cabinet Lemaire & Haddad"
        ("office_partners", rf"(?<![\w-])(?:Étude|Etude|Cabinet|Bureau|Fiduciaire)[^\S\n]+{CAP}[^\S\n]*&[^\S\n]*"
                            rf"{CAP}(?![\w])", 0.7),
        # a form's label naming a kind of service, its colon, then a name that opens with its article ("Ancien centre
        # d'accueil : Les Peupliers", "Service d'hébergement : La Maison Ouverte")
        ("labelled_service", rf"(?i:\b(?:centre|service|maison|foyer|home|institution|association|asbl|crèche"
                             rf"|école|institut|hôpital|clinique|club|agence|entreprise|employeur)\b)[^\n:]{{0,30}}"
                             rf":[^\S\n]*\K(?:Les|Le|La|L['’])[^\S\n]*{CAP}(?:[^\S\n]+{CAP}){{0,3}}", 0.6),
        # a numbered centre of a kind numbered within its town: "CPMS Namur 2", "CPMS libre Schaerbeek II" (the town
        # and its number name one centre, the number closing the name before a bracket or a dash, as a signature or a
        # list of those present writes it: not a count, a time or a date after them, "CPMS Namur 2 fois", "CPMS Namur
        # 12 mars", nor a list's count, "CPMS Namur 5 ;", "CPMS Dinant 5" closing its line; the town a known place:
        # not "Centre PMS Provincial 2")
        ("numbered_branch", rf"(?<![\w])(?:{BRANCH_KINDS})(?:[^\S\n]+(?i:libre|communal|provincial|de|du|d['’]))?"
                            rf"[^\S\n]*\K{CAP_WORD}(?:[-\s]{CAP_WORD}){{0,2}}[^\S\n]+(?:[1-9]|1[0-9]|[IVX]{{1,4}})"
                            r"(?=[^\S\n]*(?:[)\]–—]|-[^\S\n]))", 0.86),
        # a PMS centre's own name after its network or its kind, a word of the lexicon too: "Centre PMS libre
        # Arc-en-Ciel", "CPMS provincial Horizon", "Centre PMS spécialisé Horizon" (its network says the name comes
        # next; with an article, "Centre PMS libre Les Étangs", the described service's rule takes it)
        ("pms_network", rf"(?<![\w])(?:C?PMS|Centre[^\S\n]+PMS|[Cc]entre[^\S\n]+psycho-médico-social)[^\S\n]+"
                        rf"(?:libre|communal|provincial|officiel|subventionné|spécialisé|WBE)"
                        rf"(?:[^\S\n]+(?:subventionné|spécialisé))?"
                        rf"[^\S\n]+\K(?!{TITLE}){ORG_NAME}", 0.6),
        # a hospital's site on the same line: "Hôpital de Mons, site Kennedy", "CHU, site Sart Tilman"
        ("hospital_site", rf"{HOSPITAL}[^\n]{{0,60}}?(?<![\w])\K(?:site|campus)[^\S\n]+{CAP}(?:[^\S\n]+{CAP}){{0,2}}",
         0.6),
    )
    CONTEXT = ("service", "asbl", "centre", "hôpital", "clinique")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # (a service's kind that qualifies a document's noun names no service: "CERTIFICAT DE RÉSIDENCE AVEC ...")
        results = [r for r in results if not DOCUMENT_KIND_BEFORE.search(text, max(0, r.start - 50), r.start)]
        for result in results:
            for cut in PLACE_AFTER_A.finditer(text, result.start, result.end):
                if cut.group(1) in places():
                    result.end = cut.start()
                    break
        # a first name after the name's last "et" is a person beside the service ("au Boxing Club Hodimont et
        # Rachid", "à la Maison des Jeunes Le Prisme et Kevin"): a span never covers two names
        for result in results:
            joined = PERSON_AFTER_AND.search(text, result.start, result.end)
            if joined and in_first_names(joined.group(1)) and pattern_name(result) != "partners" \
                    and not is_word(joined.group(1).lower()):
                result.end = joined.start()
        # a phone number is never part of a name: "appelez chez Rosa au 056 84 17 32" ends at "Rosa"
        for result in results:
            number = PHONE_INSIDE.search(text, result.start, result.end)
            if number is not None:
                result.end = number.start()
        # a lone first name after a service word or "chez" is a person ("la maison Kevin", "chez Inès")
        for result in results:
            result.start = _after_link(text, result)
        results = [r for r in results if pattern_name(r) != "english_kind_after" or _english_name(text, r.start, r.end)]
        results = [r for r in results if pattern_name(r) != "partners_line" or _partners(text[r.start:r.end])
                   or LAW_OFFICE_AROUND.search(text, max(0, r.start - 60), min(len(text), r.end + 60))]
        # a unit and its number inside a service ("Unité 2", "Section 3B"): no name
        results = [r for r in results if not NUMBERED_KIND.fullmatch(text, r.start, r.end)]
        # a numbered branch's town is a place ("CPMS Namur 2"; not "CPAS Annexe 3")
        results = [r for r in results if pattern_name(r) != "numbered_branch"
                   or text[r.start:r.end].rsplit(None, 1)[0] in places()]
        # a PMS centre's name after its network is no first name, no place (the place recogniser's) and ends the
        # phrase ("CPMS libre Sophie Lambert (AS)", "CPMS libre Saint-Gilles", "CPMS libre Cependant refuse")
        results = [r for r in results if pattern_name(r) != "pms_network" or _pms_name(text, r.start, r.end)]
        # a department named by one plain noun after "Service" ("Service Locataires", "Service Jeunesse"): an
        # institution's office, no service's own name
        results = [r for r in results if not _department(text, r.start, r.end)]
        return [r for r in results if r.end > r.start and not in_first_names(text[r.start:r.end])
                and not _heading_words(text, r.start, r.end) and not _generic_network(text[r.start:r.end])
                and not _person_after_chez(text, r.start, r.end)]


# a phone number's digits (a zero or a plus, five digits or more: a recogniser may stop short), with its "au" or "à"
PHONE_INSIDE = re.compile(r"(?:[^\S\n]+(?:au|à)(?=[^\S\n]))?[^\S\n]*(?<![\w])[+0]\d(?:[^\S\n./-]?\d){4,}")
# (a name and a number stays, "Envol 18", and so does a house's, "Foyer 12")
NUMBERED_KIND = re.compile(r"(?:Unité|Équipe|Section|Pavillon)[^\S\n]+\d{1,3}[A-Za-z]?")


# (with the article the field may take: "Service du Logement", "service de la Population", "Service des Travaux")
DEPARTMENT_LINK = r"(?:(?:du|des|de[^\S\n]+la)[^\S\n]+|de[^\S\n]+l['’])?"
DEPARTMENT_BEFORE = re.compile(rf"(?<![\w])(?:[Ss]ervice|SERVICE)[^\S\n]{{1,2}}{DEPARTMENT_LINK}$")
DEPARTMENT_OPENING = re.compile(rf"(?:[Ss]ervice|SERVICE)[^\S\n]{{1,2}}{DEPARTMENT_LINK}")
# the fields an office is named by ("Jeunesse", "Recouvrement", "Locataires"; a service's own name is another word,
# "Tremplin", "Horizons", "Autrement")
OFFICE_FIELDS = vocabulary.sector_words("office")


PMS_NAME_END = re.compile(r"[^\S\n]*(?:$|[\n.,;:()\[\]–—|/-]|(?:de|du|des|d['’]|à|et|au)\b)")


def _pms_name(text: str, start: int, end: int) -> bool:
    """A PMS centre's own name after its network: no first name or place opens it, and the phrase ends with it (a
    punctuation mark, the line's end or a preposition after it; not a sentence going on, "Cependant refuse")."""
    first = re.split(r"[\s-]+", text[start:end])[0]
    return not in_first_names(first) and text[start:end] not in places() and first not in places() \
        and PMS_NAME_END.match(text, end) is not None


def _department(text: str, start: int, end: int) -> bool:
    """One capitalised field of an office (vocabulary: sector words "office") right after "Service", as an
    institution's organisation chart names its offices, no first name or surname ("Service Locataires", "Service
    Jeunesse", "au service Logement", "Service du Logement"; not "service Lambert", "le service Capuche", "Service
    Horizons")."""
    titled = DEPARTMENT_OPENING.match(text, start, end)  # (the span may hold the word: "Service Jeunesse")
    word = text[titled.end():end] if titled else text[start:end]
    return " " not in word and word[:1].isupper() and not word.isupper() and word.lower() in OFFICE_FIELDS \
        and not in_first_names(word) and not in_surnames(word) \
        and (titled is not None or DEPARTMENT_BEFORE.search(text, max(0, start - 12), start) is not None)


def _english_name(text: str, start: int, end: int) -> bool:
    """An English service's name holds a word of its own before its kind, not only generic ones ("Family Centre"),
    no French function word ("Au Centre psycho-médico-social", "Notre Centre"), no acronym of the trade ("L'AMO
    Centre Ouest") and no person's first name ("Marie Dupont Centre PMS"; a law firm's partners' surnames may be first
    names too: "Quinlan & Doyle Family Law"); a kind French writes too ("Centre", "Clinic") only in an English
    passage."""
    words = text[start:end].split()
    name = words[:-1]
    return any(word.lower() not in ENGLISH_GENERIC and word not in ("&", "and") for word in name) \
        and not any(word.lower() in STOP_WORDS or word.isupper() and len(word) <= MAX_ACRONYM for word in name) \
        and (not in_first_names(name[0]) or ("&" in name or "and" in name) and LAW_FIRM.search(words[-1])) \
        and (words[-1] not in FRENCH_TOO or vocabulary.in_foreign_line(text, start, end)
             or vocabulary.in_foreign_block(text, start, end))


LAW_FIRM = re.compile(r"Solicitors|Law|Firm")  # a law firm's kind (its partners' surnames may be first names)
FRENCH_TOO = frozenset({"Centre", "Center", "Clinic"})  # English kinds French writes with a capital too
MAX_ACRONYM = 5  # letters of an acronym of the trade ("AMO", "ONE", "SAJ")


CHEZ_BEFORE = re.compile(r"(?<![\w])chez[^\S\n]+$")
PERSON_AFTER_AND = re.compile(r"[^\S\n]+(?:et|&)[^\S\n]+([^\W\d_][\w'’-]*)$")


def _person_after_chez(text: str, start: int, end: int) -> bool:
    """A first name and a surname after "chez" are a person's ("séjour chez Marc Dupont"), not a shop's name."""
    words = text[start:end].split()
    return 2 <= len(words) <= 3 and in_first_names(words[0]) and words[-1][:1].isupper() \
        and CHEZ_BEFORE.search(text, max(0, start - 8), start) is not None


# (the kind, and a preposition after it, between the document's noun and the name found)
DOCUMENT_KIND_BEFORE = re.compile(vocabulary.DOCUMENT_OF.pattern[:-1] + rf"(?i:{TITLED_SERVICE})[^\S\n]+"
                                  r"(?:[^\W\d_]+[^\S\n]+)?$")
STOP_WORDS = vocabulary.stop_words()
# pronouns: a heading holding one is a clause, not a name ("ÉQUIPE QUI L'A ACCOMPAGNÉ"); possessives name services
# ("CENTRE NOTRE MAISON", "ASBL MON TOIT")
CLAUSE_WORDS = frozenset({"qui", "que", "dont", "il", "elle", "ils", "elles", "nous", "vous", "on"})
# "SA" or "SC" followed by a word is the possessive of a heading ("L'ENFANT DANS SA FAMILLE"), not a company's form
POSSESSIVE_SA = re.compile(r"(?:SA|SC)[^\S\n]+[^\W\d_]")


CAPS_NETWORK = re.compile(r"(?:RÉSEAU|RESEAU|PLATEFORME)\b")


def _generic_network(name: str) -> bool:
    """A network written in capitals is named by a word French does not write ("RÉSEAU ENTRE-DEUX-SENNES",
    "PLATEFORME VIF OUEST-BRABANT"); one of ordinary words only is its kind ("PLATEFORME DE CONCERTATION AIDE À
    LA JEUNESSE")."""
    if not CAPS_NETWORK.match(name):
        return False
    return all(len(w) <= 2 or is_word(w) or w.lower() in STOP_WORDS for w in vocabulary.WORD.findall(name)[1:])


# in a heading in capitals a service word is followed by the rest of the heading: a name found after it never
# opens with a conjunction ("UNITÉ ET SECTION": none), and a preposition opening it is no part of it ("SERVICE DU
# TREMPLIN" -> "TREMPLIN"); a company's name before its legal form is whole ("D'ICI ET D'AILLEURS ASBL")
CONJUNCTION_OPENING = re.compile(r"(?:ET|OU)[^\S\n]")
PREPOSITION_OPENING = re.compile(r"(?:D['’]|(?:DE|DU|DES|POUR|AVEC|SUR|PAR|DANS)[^\S\n]+)(?=[^\W\d_])")
AFTER_SERVICE_PATTERNS = frozenset({"after_service", "described_service", "titled_service"})


def _after_link(text: str, result) -> int:
    """Where a service's name found after its kind starts once a link word opening it is cut off; its end
    (nothing left) when the link word is a conjunction."""
    if pattern_name(result) not in AFTER_SERVICE_PATTERNS:
        return result.start
    if CONJUNCTION_OPENING.match(text, result.start, result.end):
        return result.end
    cut = PREPOSITION_OPENING.match(text, result.start, result.end)
    # (in capitals the rest may be a heading's, "ÉQUIPE DE NUIT", or a service's name of ordinary words, "HOME
    # DES SAULES", "SERVICE DE LA PASSERELLE": removed, recall first; the review lists what stayed)
    return cut.end() if cut else result.start


def _heading_words(text: str, start: int, end: int) -> bool:
    """A heading in capitals that reads as a clause, not a name: a pronoun among its words ("ÉQUIPE QUI L'A
    ACCOMPAGNÉ"), or "SA" before a word ("1. L'ENFANT DANS SA FAMILLE": the possessive, not a company). A
    service's name in a heading stays one ("SERVICE D'ACCOMPAGNEMENT HORIZON PLUS", "CENTRE NOTRE MAISON")."""
    if text[start:end].isupper() and classifying_adjective(text[start:end]) and _kind_noun_before(text, start):
        return True  # (also in a letterhead's line that goes on in small letters: "SERVICE SOCIAL – Rue du Parc 29")
    if _state_in_capitals(text[start:end]):
        return True
    if any(c.islower() for c in vocabulary.line_around(text, start, end)):
        return False
    if _classifying(text[start:end].split()[0].lower()) and _kind_noun_before(text, start) \
            and not any(word in ARTICLES_AND_LINKS for word in re.split(r"[\s'’]+", text[start:end].lower())):
        return True  # a kind's word qualifying a heading's noun, no service: "3. EXAMEN CLINIQUE ET BILAN" (an article
        # or a link opens a name: "SERVICE RÉSIDENTIEL GÉNÉRAL LES COUDRIERS", "CENTRE CULTUREL DES ROCHES")
    if text[start:end].endswith(("SA", "SC")) and POSSESSIVE_SA.match(text, end - 2):
        return True
    return any(w.lower() in CLAUSE_WORDS for w in re.split(r"[\s']+", text[start:end]))


ARTICLES = vocabulary.DEFINITE_ARTICLES
ARTICLES_AND_LINKS = ARTICLES | {"du", "des", "de", "d", "aux", "au"}


def _partners(name: str) -> bool:
    """Two partners' surnames ("Van Caillie & Dessart", "Dupont & Martin", "Marchand & Fontaine"): no word a first
    name or a French word that no list holds as a surname ("Kevin & Julie", "Papa & Maman", "Forces & Faiblesses")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", name) if fold(word) not in NAME_PARTICLE_WORDS]
    return bool(words) and not any((in_first_names(word) or is_word(word.lower()))
                                   and not in_surnames(word.capitalize()) for word in words)


NAME_PARTICLE_WORDS = frozenset({"van", "de", "der", "den", "le", "la", "du", "d"})
# a law office's, a notary's or a bailiff's words on the lines around two partners' names, which may be French words
# ("Avocats de la mère :\nPetit & Fontaine")
LAW_OFFICE_AROUND = re.compile(r"(?i:\b(?:avocate?s?|ma[îi]tre|cabinet|notaires?|huissiers?|conseils?|advocaten?)\b)"
                               r"|\bMe[^\S\n]")


def _state_in_capitals(name: str) -> bool:
    """A kind's word, lower-case adjectives, then what a form states of it in capitals, an adjective or a participle
    ("Résidence effective CONSTATÉE", "Résidence effective NON CONSTATÉE"): no service's name (an article opens one:
    "Service résidentiel LA TRAVERSÉE")."""
    rest = name.split()[1:]
    shouted = [word for word in rest if not word.islower()]
    described = rest[:len(rest) - len(shouted)]
    return bool(shouted) and bool(described) and all(word.islower() and is_adjective(word) for word in described) \
        and all(word.isupper() and word.lower() not in ARTICLES for word in shouted) \
        and all(word.lower() in STOP_WORDS or word == "NON" or is_adjective(word.lower())
                or word.lower().endswith(("é", "ée", "és", "ées")) and is_word(word.lower()) for word in shouted)


# a relational adjective classifies its kind, it names nothing: "RÉUNION D'ÉQUIPE HEBDOMADAIRE", "ÉQUIPE
# ÉDUCATIVE", "SERVICE SOCIAL" ("MAISON VERTE", "GRAND LARGE": a quality, a name may be one)
CLASSIFYING_ENDINGS = ("aire", "aires", "el", "els", "elle", "elles", "if", "ifs", "ive", "ives", "ique", "iques",
                       "al", "ale", "ales", "aux", "terne", "ternes")  # ("L'ÉCOLE INTERNE" of an institution)


# ... after a kind written as a French noun ("ÉQUIPE", "RÉUNION D'ÉQUIPE", "SERVICE"); after an acronym or a legal
# form the adjective is the name ("AMO ALTERNATIVES", "ASBL CRÉATIVE")
KIND_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:[^\W\d_]['’])?([^\W\d_]{3,})[^\S\n]+$")


def _kind_noun_before(text: str, start: int) -> bool:
    match = KIND_NOUN_BEFORE.search(text, max(0, start - 30), start)
    return match is not None and is_word(match.group(1).lower())


# learned prefixes that make an adjective of an adjective ("PÉDOPSYCHIATRIQUE", "PARAMÉDICALE"), which the lexicon
# may not list
LEARNED_PREFIXES = ("pédo", "pedo", "para", "psycho", "socio", "neuro", "médico", "pluri", "multi", "inter", "trans")


def _classifying(word: str) -> bool:
    if not word.endswith(CLASSIFYING_ENDINGS):
        return False
    return is_adjective(word) or any(word.startswith(p) and is_adjective(word[len(p):]) for p in LEARNED_PREFIXES)


def classifying_adjective(name: str) -> bool:
    """The name is such an adjective, alone or before function words only ("ÉDUCATIVE DU" of "ÉQUIPE ÉDUCATIVE
    DU HOME"), other such adjectives ("PARAMÉDICALE ET PSYCHOSOCIALE") or a kept kind ("HOME")."""
    first, *rest = name.lower().split()
    return _classifying(first) and all(w in STOP_WORDS or fold(w) in kind_terms() or _classifying(w) for w in rest)
