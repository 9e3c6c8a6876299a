"""ORGANIZATION: the proper name of a service, association, hospital, club or company.

- after a service type: AMO La Chaloupe, SSM L'Éclaircie, SRG Les Hirondelles, asbl Le Pont,
  centre de jour Le Goéland, maison d'accueil L'Escale, club Dance Attitude (the type word is a
  keep-list term when it is a sector acronym, and the resolve stage trims it off);
- hospitals and clinics with their name: Clinique Saint-Pierre, CHU Tivoli, Grand Hôpital de Charleroi,
  Hôpital Erasme, CHU de Liège;
- a company name before its legal form: Construct-Invest sprl;
- a service whose type word is written with a capital as part of its name ("Centre Orientation
  Éducation Le Phare", "Maison d'accueil L'Escale");
- an employer after "travaille chez", "stage chez", "job chez" ("chauffeur chez TEC Namur");
- a sports club after its federation prefix ("RSC Anderlecht", "RFC Wavre-Limal", "FC Jodoigne").
"""

from __future__ import annotations

from recognizers.base import FrPatternRecognizer

SERVICE = (
    r"(?:AMO|SSM|SRG|SRJ|SRS|SAIE|SAAE|SASPE|COE|PPP|ETA|SeTIS|asbl|ASBL|a\.s\.b\.l\."
    r"|(?i:service(?:\s+d['’](?:accompagnement|aide\s+précoce|accueil\s+d['’]urgence)|\s+de\s+santé\s+mentale)?|centre(?:\s+de\s+jour)?"
    r"|maison\s+d['’]accueil|maison\s+de\s+jeunes|planning\s+familial|crèche|halte-accueil|espace-rencontre"
    r"|club|unité|équipe|entreprise|société|restaurant|ferme|garage|collectif|fédération|mouvement"
    r"|association|fondation|résidence|foyer|home|institution|cpvs|centre\s+fedasil))"
)
HOSPITAL = (
    r"(?:(?i:grand\s+hôpital|hôpital(?:\s+(?:civil|universitaire|psychiatrique|de\s+jour))?|clinique"
    r"|polyclinique|centre\s+hospitalier(?:\s+universitaire|\s+régional)?)|CHU|CHR|CHwapi|HUB|CHC|CHIREC|UZ|AZ)"
)
LINK = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|l['’]|aux|au|la|le|les|et|&|sur|sous|en)"
CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*|\d{2,4}\b)"
ARTICLE = r"(?:L['’]|Le\s+|La\s+|Les\s+)"
NAME = rf"{ARTICLE}?{CAP}(?:(?:[^\S\n]+|-)(?:{LINK}[^\S\n]*)?{CAP}){{0,4}}"


# Belgian sports clubs are named after their federation prefix: RSC, RFC, RCS, FC, KV, KAA, RUSG...
# (two-letter prefixes such as AS, SC or US are left out: "l'AS" is the social worker)
CLUB_PREFIX = r"(?:FC|RFC|RSC|RCS|RCSC|RFCL|RWDM|RUSG|RAEC|RAAL|URSL|KAA|KRC|KVC|KSC|RES|RUS|RJS|RBC|RHC)"
LEGAL_FORM = r"(?:sprl|srl|SPRL|SRL|SA|SC|SCRL|scrl|SNC|asbl|ASBL)"
TITLED_SERVICE = (
    r"(?:Centre|Service|Maison|Collectif|Association|Fédération|Foyer|Home|Résidence|Club|Mouvement|Fondation"
    r"|Institution|Unité|Équipe|Entreprise|Société|Garage|Restaurant|Ferme|Espace|Planning|Crèche|Halte)"
)
WORK_CUE = (
    r"(?i:\b(?:travaille|travaillait|travaillé|employée?|ouvrière?|chauffeur|chauffeuse|stage|stagiaire|job"
    r"|emploi|caissière?|vendeuse|vendeur|intérimaire|engagée?|salariée?|contrat)\b)"
)


class OrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"
    PATTERNS = (
        # the name only (the service word is generic): "AMO [La Chaloupe]"
        ("after_service", rf"(?<![\w]){SERVICE}[^\S\n]+\K(?!(?:de|du|des|d['’])\b){NAME}", 0.6),
        ("hospital", rf"(?<![\w]){HOSPITAL}(?:[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+)?{NAME})", 0.75),
        ("titled_service", rf"(?<![\w]){TITLED_SERVICE}(?:[^\S\n]+(?:{LINK}[^\S\n]*)?{CAP}){{1,5}}", 0.6),
        ("club", rf"(?<![\w]){CLUB_PREFIX}[^\S\n]+{CAP}(?:(?:[^\S\n]|-){CAP}){{0,3}}", 0.6),
        ("employer", rf"{WORK_CUE}[^\n.;]{{0,30}}?\bchez[^\S\n]+\K{NAME}", 0.6),
        ("legal_form", rf"(?<![\w]){CAP}(?:[\s-]{CAP}){{0,3}}[^\S\n]+{LEGAL_FORM}(?![\w])", 0.7),
    )
    CONTEXT = ("service", "asbl", "centre", "hôpital", "clinique")
