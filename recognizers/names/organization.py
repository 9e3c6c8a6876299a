"""ORGANIZATION: the proper name of a service, association, hospital, club or company.

- after a service type: AMO La Chaloupe, SSM L'Éclaircie, SRG Les Hirondelles, asbl Le Pont,
  centre de jour Le Goéland, maison d'accueil L'Escale, club Dance Attitude (the type word is a
  keep-list term when it is a sector acronym, and the resolve stage trims it off);
- hospitals and clinics with their name: Clinique Saint-Pierre, CHU Tivoli, Grand Hôpital de Charleroi,
  Hôpital Erasme, CHU de Liège;
- a company name before its legal form: Construct-Invest sprl.
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
LINK = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|l['’]|aux|au|la|le|les|et|&|sur|sous|en|à)"
CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*|\d{2,4}\b)"
ARTICLE = r"(?:L['’]|Le\s+|La\s+|Les\s+)"
NAME = rf"{ARTICLE}?{CAP}(?:(?:[^\S\n]+|-)(?:{LINK}[^\S\n]*)?{CAP}){{0,4}}"


class OrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"
    PATTERNS = (
        # the name only (the service word is generic): "AMO [La Chaloupe]"
        ("after_service", rf"(?<=(?<![\w]){SERVICE}[^\S\n]+)(?!(?:de|du|des|d['’])\b){NAME}", 0.6),
        ("hospital", rf"(?<![\w]){HOSPITAL}(?:[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+)?{NAME})", 0.75),
        ("legal_form", rf"(?<![\w]){CAP}(?:[\s-]{CAP}){{0,3}}[^\S\n]+(?:sprl|srl|SPRL|SRL|SA|SC|SCRL|scrl|SNC|asbl|ASBL)(?![\w])", 0.7),
    )
    CONTEXT = ("service", "asbl", "centre", "hôpital", "clinique")
