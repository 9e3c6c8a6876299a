"""Classes of text that real documents of the sector hold and our first corpus lacked (issue "Text nobody
here wrote"): staff lists and signatures, forwarded mails in Dutch and German, institutions in their long
form, law references."""

import re

import pytest
from helpers import detected, parse_gold

from anonymizer.text import fold


@pytest.mark.parametrize("marked", [
    # staff lists, signatures
    "Présents : <ent label=PERSON>HUBERTY, Caroline</ent> (déléguée) ; <ent label=PERSON>GILLET, Martine</ent>",
    "Rédaction : <ent label=PERSON>Ph. Demaret</ent>, éducateur ; copie à <ent label=PERSON>M.-C. Renard</ent>",
    "<ent label=PERSON>DUBOIS-LAMBERT Véronique</ent>, coordinatrice",
    # a Dutch mail: its words are no names, its names and dates are
    "Beste collega, wij begeleiden <ent label=PERSON>Emre Yılmaz</ent> sinds <ent label=DATE>18 februari 2025</ent>"
    " en het gaat niet goed.",
    "Gesendet: <ent label=DATE>Freitag, 28. Februar 2025</ent>",
    # the institution stays, the place goes
    "suivi par le Service de l'aide à la jeunesse de <ent label=LOCATION>Nivelles</ent>.",
    # a province names the court, the SAJ, the bar and the police zone as the town does: it goes too
    "Le SAJ du <ent label=LOCATION>Brabant wallon</ent> et la zone de police <ent label=LOCATION>Ouest Brabant "
    "wallon</ent>.\nTRIBUNAL DE PREMIÈRE INSTANCE DU <ent label=LOCATION>HAINAUT</ent>\nLe SAIE "
    "<ent label=LOCATION>Hainaut-Ouest</ent> ; het <ent label=LOCATION>Waals-Brabant</ent>.",
    "Le <ent label=LOCATION>Brabant wallon</ent> est une province ; le Gouvernement wallon subsidie, en Wallonie.",
    "Avocate au barreau du <ent label=LOCATION>Luxembourg</ent> ; son mari travaille au Luxembourg.",
    # a province beside a name in a message written in lower case: the person stays a person; a province's name is
    # whole, never a verb after it; Luxembourg after a jurisdiction, or called Belgian, is the province
    "slt c <ent label=PERSON>kevin dupont</ent> du <ent label=LOCATION>hainaut</ent> jsuis en 3e",
    "Le Centre <ent label=LOCATION>Brabant wallon</ent> de planning familial ; le <ent label=LOCATION>HAINAUT</ent> "
    "EST compétent.",
    "Le tribunal de la jeunesse du <ent label=LOCATION>Luxembourg</ent> ; la Maison de justice du "
    "<ent label=LOCATION>Luxembourg</ent> ; il vit en <ent label=LOCATION>Luxembourg belge</ent>.",
    # a spreadsheet's column of workers: their initials under "intervenant", however few are known names
    "id;nom;classe;intervenant;statut\nA1;<ent label=PERSON>DIALLO</ent>;2C;<ent label=PERSON>HB</ent>;ouvert\n"
    "A2;<ent label=PERSON>MARTIN</ent>;1D;<ent label=PERSON>JVM</ent>;ouvert\n"
    "A3;<ent label=PERSON>POPESCU</ent>;4P;<ent label=PERSON>HB</ent>;en veille\n"
    "A4;<ent label=PERSON>NGOY</ent>;3S;En attente;ouvert\nA5;<ent label=PERSON>LAMBERT</ent>;2C;SAJ;ouvert",
    # Flemish centres: the kind stays, their own name goes
    "hij volgde les bij CVO <ent label=ORGANIZATION>Vlaamse Ardennen</ent> ; naar CAW <ent label=ORGANIZATION>De "
    "Schakel</ent>. Het CAW belt.\nOCMW <ent label=LOCATION>Ronse</ent> – Sociaal Huis <ent label=ORGANIZATION>De "
    "Ververij</ent>",
    # a worker's initials in brackets after the first name they open, written elsewhere too; a kept acronym there
    # stays, and so does the trade's acronym written once
    "Cadre de garde joint : <ent label=PERSON>Véronique</ent> (<ent label=PERSON>VDB</ent>), chef éducatrice ; "
    "<ent label=PERSON>Julie</ent> (AS) et <ent label=PERSON>Marc</ent> (SAJ). <ent label=PERSON>VDB</ent> rappelle.",
    "<ent label=PERSON>Hugo</ent> (HP) et <ent label=PERSON>Lucas</ent> (LSF) sont suivis.",
    "Présents : <ent label=PERSON>Véronique</ent> (<ent label=PERSON>VDB</ent>), <ent label=PERSON>Marc</ent> ("
    "<ent label=PERSON>MH</ent>), <ent label=PERSON>Samira</ent> (<ent label=PERSON>SB</ent>).",
    # what is said of people is no people: a column headed by a word ("Avis", "Commentaire") or free text under a
    # family's header
    "Motif;Avis du psychologue;Avis de l'AS\nA;Défavorable;Orientation SAJ\nB;Prise en charge urgente;Suivi CLB\n"
    "C;Favorable;Suivi AMO\nD;Réservé;Classement",
    "Enfant;Père;Mère\nE1;Incarcéré;Sous tutelle\nE2;Non renseigné;Hospitalisée\nE3;Parti au Maroc;Retour en "
    "Roumanie\nE4;Vacant;Intérimaire",
    # words of the lexicon joined by underscores are a form's field names, no handles
    "Champs du formulaire : date_naissance, nom_prénom, adresse_complète. Dossier Équipe_éducative.",
    # a service named before its province keeps its name; a person the model read on into it too
    "er is toen een melding gebeurd bij het Vertrouwenscentrum Kindermishandeling <ent label=LOCATION>Vlaams-Brabant"
    "</ent>, zonder gevolg.",
    # quoted cells of a spreadsheet's CSV; a column of a person's properties or of codes holds no people
    '"id";"intervenant";"statut"\n"1";"<ent label=PERSON>HB</ent>";"ouvert"\n"2";"<ent label=PERSON>HB</ent>";"ouvert"'
    '\n"3";"<ent label=PERSON>JV</ent>";"clos"\n"4";"Educ";"clos"',
    "Dossier;Langue de l'enfant;Nationalité du parent\nD1;FR;BE\nD2;NL;MA\nD3;AR;UE\nD4;EN;BE",
    "Enfant;Père;Mère\nE1;NC;OUI\nE2;ND;DCD\nE3;NON;OK\nE4;NC;OUI",
    "Dossier;Référent;Statut\nD1;NC;ouvert\nD2;XX;ouvert\nD3;TBD;clos\nD4;OUI;clos",
    "Tribunal;Remarque;Mesure\nTJ;x;y\nTF;x;y\nJP;x;y\nTPI;x;y",
    "Jour;Intervenant;Note\nlun;Educ;x\nmar;TS;x\nmer;DIR;x\njeu;LOG;x",
    "Nom du service;Remarque\nLa Traversée;x\nLe Rebond;y\nLes Tilleuls;z\nLe Phare;w",
    # unlisted surnames under "Élève"; a team's initials under "Suivi par", "Nom de l'intervenant", each once
    "Élève\tClasse\tSuivi\n<ent label=PERSON>Dzhabrailov</ent>\t3S\toui\n<ent label=PERSON>Magomedov</ent>\t2C\t"
    "non\n<ent label=PERSON>Tsaraev</ent>\t1D\toui\n<ent label=PERSON>Gjoka</ent>\t4P\tnon",
    "Dossier;Suivi par;Statut\nD1;<ent label=PERSON>VDB</ent>;ouvert\nD2;<ent label=PERSON>HB</ent>;ouvert\n"
    "D3;<ent label=PERSON>VDB</ent>;clos\nD4;<ent label=PERSON>HB</ent>;clos",
    "N° dossier\tNom de l'intervenant\tDécision\n1\t<ent label=PERSON>VDB</ent>\tok\n2\t<ent label=PERSON>HB"
    "</ent>\tok\n3\t<ent label=PERSON>JMC</ent>\tok\n4\tEDUC\tok",
    # a school's number under "FASE" in a school history's table
    "| Année | Établissement | FASE |\n| 2018 | idem | <ent label=FASE>2874</ent> |\n| 2019 | idem | "
    "<ent label=FASE>2874</ent> |\n| 2020 | idem | <ent label=FASE>2211</ent> |\n| 2021 | idem | "
    "<ent label=FASE>2211</ent> |",
    # an ordinal after a network's name is no handle; a handle is
    "Vidéo diffusée sur Snap par un élève de 2e ; son snap : <ent label=SOCIAL>kev_78</ent>.",
    # ... nor a time, nor a word that only starts like a network's ("installées" is no "insta")
    "Les routines se sont installées (coucher à 20h30). Posté sur Snap à 23h15 ; snap : <ent label=SOCIAL>kev_78"
    "</ent>.",
    # a span never covers two names: a school and its town after "à"; a large town abroad the model reads as a place
    # is no surname
    "Il a une place à l'<ent label=SCHOOL>Institut Notre-Dame des Fagnes</ent> à <ent label=LOCATION>Dison</ent>. "
    "Il va à l'<ent label=SCHOOL>Athénée royal de Jodoigne</ent>.",
    "Le père n'envoie rien depuis <ent label=LOCATION>Cologne</ent>. I live in <ent label=LOCATION>Cologne</ent> "
    "since 2015.",
    # a transcript's fillers are no names ("Euh…" opening a sentence)
    "<ent label=PERSON>BRUNO</ent> : Bon. Euh… je vais vous raconter. Les profs, euh, pas tous. Sorry, hein. "
    "Euhh… Hmmm… Pffff. Heu, voilà.",
    # Dutch words in lower case or opening their sentence are no names (a single capitalised one may be a surname)
    "Hierbij het overzicht van de betalingen leefloon door ons OCMW voor dhr. <ent label=PERSON>Ahmad Rahimi</ent>."
    "\nAndere info voor de overdracht: mevrouw <ent label=PERSON>Koning</ent> belt.",
    # the date of a law identifies nobody; the date of the judge's order does
    "Vu le décret du 18 janvier 2018 et l'ordonnance du <ent label=DATE>3 mars 2025</ent>.",
    # a table pasted from a spreadsheet: a tab ends a cell, a cell starts like a line
    "Date\tService\tÉvénement\tAuteur\n<ent label=DATE>04/09/2023</ent>\tService guidance\tDébut du suivi\tJB\n"
    "<ent label=DATE>12/10/2023</ent>\tÉcole\tAbsences répétées\tML",
    "Nom\tPrénom\tLien\n<ent label=PERSON>MBUYI</ent>\t<ent label=PERSON>Grâce</ent>\tfille du couple",
    # initials with an accent, schools and villages of Flanders and Ostbelgien named in their language
    "Fait à <ent label=LOCATION>Ans</ent>.\n\n<ent label=PERSON>É. Gérard-Nyssen</ent>\nLogopède",
    "Hij zit in het vierde leerjaar van <ent label=SCHOOL>Basisschool De Voerbeek</ent> in "
    "'<ent label=LOCATION>s-Gravenvoeren</ent>.",
    "Im Schuljahr 2023-2024 besuchte er die <ent label=SCHOOL>Grundschule Am Casinoweiher</ent>.",
    # a year alone is no reference, after "dossiers" or "mandat" as anywhere; "référent", "réfugiée" announce none
    "Notre pédopsychiatre référent depuis 2019. Dossiers ouverts en 2024 ; en fin de mandat, en juillet 2024 ; "
    "reconnue réfugiée en 2023. Dossier n° <ent label=CASE_REF>2019-0412</ent>.",
    # staff initials that the minutes assign actions to, beside each other or alone in a table's cell
    "Présents : <ent label=PERSON>Sophie Renard</ent> (CPAS), <ent label=PERSON>Mehmet Yildirim</ent> (AMO).\n"
    "Le groupe de travail (<ent label=PERSON>SR</ent>, <ent label=PERSON>MY</ent>) a rédigé la fiche.\n"
    "1  | Envoyer la fiche corrigée     | <ent label=PERSON>MY</ent>         | fin mars\n"
    "2  | Organiser la rencontre        | <ent label=PERSON>SR</ent> / <ent label=PERSON>MY</ent>    | avant Pâques",
    # a bilingual directory's Dutch headings and labels, and the long forms of the Flemish bodies, stay
    "CHAPITRE 3 – ENFANCE ET FAMILLES / HOOFDSTUK 3 – KINDEREN, JONGEREN EN GEZINNEN\n"
    "Public / Doelgroep : jeunes de 18 à 25 ans\nCLB – Centrum voor Leerlingenbegeleiding, ou un Centrum voor "
    "Geestelijke Gezondheidszorg",
    # words of a forwarded mail in another language: no names ("late", "Best", a month and its year)
    "Bedankt voor je bericht en sorry voor het late antwoord, het was krokusvakantie.",
    "Please call me when you can, it is urgent for the school. Best, <ent label=PERSON>Dennis</ent>",
    "Ja, die Familie <ent label=PERSON>Schmitz</ent> ist uns bekannt, sie wohnte dort bis August 2024.",
    # a heading in capitals holds no first name ("Bilan" is one in the lists)
    "BILAN LOGOPÉDIQUE – LANGAGE ORAL ET ÉCRIT\nÉlève : <ent label=PERSON>Grâce MBUYI</ent>",
    # a nickname in quotes given with the name (in brackets, or after "dit"); quoted speech is no nickname
    "le père = <ent label=PERSON>jean-paul kabeya</ent> (« <ent label=PERSON>jipé</ent> »), repart au pays",
    "voisine = mme <ent label=PERSON>da costa</ent> (« <ent label=PERSON>tata fernanda</ent> »), portugaise",
    "<ent label=PERSON>Kevin Dumoulin</ent>, dit « <ent label=PERSON>le rat</ent> », est revenu.",
    "Selon l'institutrice, <ent label=PERSON>Sami</ent> « ne décolle pas » en lecture.",
    # a hospital's site; a web site is none
    "Suivie au CHU, <ent label=ORGANIZATION>site Sart Tilman</ent>, en pédiatrie ; voir le site Internet du CPAS.",
    # initials of a compound first name, a double surname tokenised apart, a title ending a sentence
    "Reçu par : <ent label=PERSON>J.-Ph. Delvaux</ent>, assistant social",
    "Merci Monsieur. Rien ne peut se décider par téléphone. Il refuse. Mais <ent label=PERSON>Omar</ent> est là.",
    "<ent label=PERSON>Nour-Eddine Haddouchi</ent>\nPsychologue",
    # names that are also grammar or ordinary words: after a title, beside a surname, at a paragraph's start
    "La psychologue, Mme <ent label=PERSON>Vu</ent>, et Monsieur <ent label=PERSON>Durant</ent> ont reçu "
    "<ent label=PERSON>Bas Janssens</ent>. Mais il refuse.",
    "<ent label=PERSON>Pierre Petit</ent>, 15 ans, est en décrochage.\n<ent label=PERSON>Noël Marchand</ent>, "
    "12 ans, vit chez sa grand-mère.",
    # a service named before a bare kind
    "Il fréquente <ent label=ORGANIZATION>Horizon</ent> ASBL depuis mars.",
    "Intervenante : <ent label=PERSON>de HEMPTINNE Aline</ent>, déléguée",
    # a club's name with an adjective, a parish, a home named after "aux" (a year after "de" is no part of it)
    "le club <ent label=ORGANIZATION>Étoile sportive Quenast</ent> nous prête son terrain",
    "les caves de la paroisse <ent label=ORGANIZATION>Saint-Étienne</ent>.",
    "<ent label=PERSON>Dylan</ent>, accueilli aux <ent label=ORGANIZATION>Hirondelles</ent> de 2009 à 2015, est venu.",
    # "Mme" as a noun in quick notes, and roles of the sector
    "Le <ent label=DATE>3 février</ent> : Mme nous appelle en pleurs. La médiatrice familiale reçoit <ent label=PERSON>Nadia</ent>.",
    # services, streets and schools named as Brussels, Flanders and Ostbelgien name them
    "Doorverwezen via het CLB <ent label=ORGANIZATION>Noorderkempen</ent> en opgevolgd bij "
    "<ent label=ORGANIZATION>De Schakel</ent> vzw.",
    "Adres: <ent label=ADDRESS>Steenweg op Halle 45 bus 2, 1190 Vorst</ent>",
    "Neue Anschrift: <ent label=ADDRESS>Am Steinbruch 12, 4700 Eupen</ent>",
    "Sie besucht die <ent label=SCHOOL>Bischöfliche Grundschule Am Marktplatz</ent>.",
    # addresses in the United Kingdom and Ireland, with their postcodes
    "She lived at <ent label=ADDRESS>27 Hawthorn Crescent, Dundee DD2 4QR</ent> with her aunt.",
    "Correspondance : <ent label=ADDRESS>Ballymore Road, Kilcullen, Co. Kildare R56 KX20</ent>",
    # a surname opening with a particle and a Dutch word, a German surname in a French sentence (review)
    "<ent label=PERSON>Lina de Vries</ent> habite à <ent label=LOCATION>Namur</ent>.",
    "La famille <ent label=PERSON>Krüger</ent> habite à <ent label=LOCATION>Eupen</ent> depuis 2019.",
    "Le dossier <ent label=PERSON>Scholz</ent> est transmis au SPJ.",
    # (second review) a speaker's turn, a signature, a family word, particles of Dutch surnames
    "<ent label=PERSON>Krüger</ent> : je ne suis pas d'accord.\nJuge : pourquoi ?",
    "Cordialement,\n\n<ent label=PERSON>Ilse den Ouden</ent>\nAssistante sociale",
    "Die Familie <ent label=PERSON>Krüger</ent> wohnt in <ent label=LOCATION>Kelmis</ent>.",
    "<ent label=PERSON>Lies van der Zee</ent> a appelé.",
    # a town after a preposition of place of another language is a place, not a first name
    "Ze woont sinds maart in <ent label=LOCATION>Gent</ent> bij haar tante.",
    # an Eircode alone names one dwelling
    "Adresse précédente : <ent label=LOCATION>Dublin</ent>, <ent label=ADDRESS>D05 X2Y8</ent>.",
    # initials of transliterated first names
    "Entretien mené par <ent label=PERSON>Kh. Benyahia</ent> et <ent label=PERSON>Gh. Lemaire</ent>.",
    # in a German line the name is not the noun before it
    "Betreff: Übergabe der Akte <ent label=PERSON>Kohnen</ent> wegen Umzug in die andere Gemeinschaft",
    # a birth date between "née" and the town abroad; a publication's number after "numéro"
    "- <ent label=PERSON>Ana Costa</ent>, née le <ent label=DATE>4 mai 1980</ent> à <ent label=LOCATION>Porto</ent>"
    " (Portugal)",
    "La modification a été publiée sous le numéro <ent label=CASE_REF>22341876</ent>.",
    # columns of a layout flattened to text: a cue in one column names nothing in the next
    "AMO <ent label=ORGANIZATION>L'Escale Verte</ent> asbl          Rapport d'activités 2024          page 7",
    # a service's name in a heading in capitals, even of ordinary words; a network's by its own word
    "RAPPORT D'ÉVOLUTION – SERVICE D'ACCOMPAGNEMENT <ent label=ORGANIZATION>HORIZON PLUS</ent>\nTexte.",
    "<ent label=ORGANIZATION>RÉSEAU ENTRE-DEUX-SENNES</ent>\nAnnuaire des membres",
    # an initial R. before a bare surname is no "rue"; "la place de" a first name is a role, not a square
    "Signé : <ent label=PERSON>R. Dupont</ent>, assistante sociale, et <ent label=PERSON>S. Moldovan</ent>.",
    "Le travail porte sur la place de <ent label=PERSON>Kevin</ent> dans la famille.",
    "Elle vit <ent label=LOCATION>R. de la Station</ent> depuis mars.",
    "Rendez-vous <ent label=LOCATION>place de Lourdes</ent> à <ent label=LOCATION>Jette</ent>.",
    # a worker named by her service, which the document names too, is two names; a particle surname stays one
    "AMO <ent label=ORGANIZATION>Le Sextant</ent>\nBonsoir, c'est <ent label=PERSON>Naïma</ent> du "
    "<ent label=ORGANIZATION>Sextant</ent>, et <ent label=PERSON>Claire de la Cour</ent>.",
    "<ent label=PERSON>Jean du Bois</ent> et <ent label=PERSON>Marie de la Vallée</ent> sont venus.",
    "<ent label=PERSON>Claire de la Cour</ent> et <ent label=PERSON>Hélène du Parc</ent> sont venues.",
    "Le marché a lieu sur la <ent label=LOCATION>place de Florence</ent>, à côté de la gare.",
    "Les enfants jouent <ent label=LOCATION>R. Haute</ent>, devant chez eux.",
    # a town abroad vouched for by its country after a comma, out of the surname the model joined it to; a place
    # after its postcode on an address line takes it; a saint's name shortened
    "Famille du père (<ent label=PERSON>KABONGO</ent>, <ent label=LOCATION>Lubumbashi</ent>, RDC) : deux oncles.",
    "Ancienne adresse :\n<ent label=ADDRESS>Kirchstraße 12</ent>\n<ent label=LOCATION>4700 Eupen</ent>",
    "Elle a déménagé de <ent label=LOCATION>St-Ghislain</ent> à <ent label=LOCATION>Ste-Ode</ent>.",
    # numbers of unlisted shapes: digit groups of any length joined by dots (not an amount with its decimals)
    "| Crédit | client <ent label=CASE_REF>4.5521.30982</ent> | 1.284,60 € |",
    "| Impôts | article <ent label=CASE_REF>811/227.304/19</ent> | montant 2.406,18 |",
    # a chronology's entries: day and month with a hyphen, a month in Roman numerals
    "• <ent label=DATE>23-5</ent> (soir) – appel de la police.\n• <ent label=DATE>9/XI</ent> – audience.",
    # a heading in capitals that the text writes as a noun elsewhere is no person
    "2. BÉNÉFICIAIRES\n\nLes bénéficiaires versent chaque mois 120 €.",
    # an ordinary word of another language that French never writes ("Betreff: Übergabe"), not a surname
    "Betreff: Übergabe der Akte\nHerr <ent label=PERSON>Schmitz</ent> ist einverstanden.",
    # the name a mail program shows before an address, in any case; a neighbouring country's national number
    "Frau <ent label=PERSON>Kessler</ent> ist unter <ent label=PHONE>0151 2345678</ent> erreichbar.",
    # a draft anonymised by hand: bare initials and placeholders name nobody
    "Mme B., la mère, et K., 14 ans, à l'athénée de X., rue de la P. à <ent label=LOCATION>Jumet</ent>.",
    # a newborn's data: weeks of amenorrhoea, Apgar scores; a test's marks; a school year abbreviated; a car
    "Terme : 38 SA + 1 j – Apgar 9/10/10. Score : 5/12, dictée 11/20. En 3e prim. Une Dacia grise.",
    # times, measures and marks joined by a hyphen are no references; a section's number is no date
    "Permanence de 14.00-16.00 et 8.30-9.45 ; note 12.5-14.5/20.\n2-1 – Contexte de la demande",
    # a town abroad before its country, spaces and all; the country after it is no person
    "Né à <ent label=LOCATION>Buenos  Aires</ent>, Argentine.",
    # a postcode after a colon, with its country letter; a saint's place in capitals; a Roman month before a stop
    "Adresse : <ent label=LOCATION>B-4700 Eupen</ent>. Avant : <ent label=LOCATION>4780 ST. VITH</ent>.",
    "Visite le <ent label=DATE>14/X</ent>.",
    # a year before a place in a chronology is no postcode (Liège is 4000); a postcode stays one
    "Chronologie :\n2015 <ent label=LOCATION>Liège</ent> – déménagement.\n<ent label=LOCATION>1300 Wavre</ent> – retour.",
    # (B32) a communication book's entries signed without a dash, by a writer who signs several alike: capitals,
    # dotted initials; a teachers' table by initials written "J-P.V."; initials that drop their name's accent
    "8h45 – Tél. de la maman. Elle rappellera jeudi. <ent label=PERSON>JM</ent>\n9h00 – Opérée à 8h. Tout va bien. "
    "<ent label=PERSON>JM</ent>\n22h10 – Vomit 2x. Appelé le médecin. <ent label=PERSON>N.B.</ent>\n1h30 – Retour "
    "seule. Écho demain. <ent label=PERSON>N.B.</ent>",
    "| <ent label=PERSON>J-P.V.</ent> | Mathématiques | titulaire |\n- Néerlandais (<ent label=PERSON>A-S.D.</ent>) : "
    "se décourage.",
    "| Assistante sociale | <ent label=PERSON>Élodie Massart</ent> | <ent label=PERSON>EM</ent> | oui |",
    # an Irish estate and a business park are streets; the towns of an address are places written alone later
    "Mr <ent label=PERSON>Mukendi</ent> lives at <ent label=ADDRESS>14 Glenmore Park, Ballincollig, Co. Cork, P31 "
    "XK72</ent>.\n<ent label=ADDRESS>Floor 2, Eastgate Business Park, Little Island, Co. Cork, T45 RW83</ent>\nHe "
    "works in <ent label=LOCATION>Little Island</ent>.",
    # a country in English, a month after "in", a weak title before an English noun, a mail's separator line
    "-----Original Message-----\nTransfer to Ireland; hospitalisation in July.",
    # a reference after a form's colon with its service's letters, and after a German label
    "N/Réf. : <ent label=CASE_REF>SAJ VE 2024/0617/LD</ent>\n<ent label=ORGANIZATION>Polizeipräsidium Aachen</ent>, "
    "Vorgangsnummer <ent label=CASE_REF>2024/118034/ST</ent>",
    # a medicine with its form, German nouns after their article, a parent's word, a phrase after "passage"
    "Méthylphénidate LP arrêté. « Ich wollte das Handy nicht abgeben. Mama war nicht da. » Attendre le passage de "
    "la référente sociale ; passage en secondaire francophone.",
    # a hospital named in capitals opens with its kind
    "<ent label=ORGANIZATION>HÔPITAL DE LA DENDRE</ent>\nRapport de sortie",
    # "M." is a first name's initial after a title, in a list of persons by their initials, or beside the e-mail
    # address it opens; a list of persons by their initials is one span each
    "Conseillère : Mme <ent label=PERSON>M. Lhoest</ent> ; cachet : Dr <ent label=PERSON>M. FRAIKIN</ent>",
    "Éducateurs de rue : <ent label=PERSON>M. Lejeune</ent>, <ent label=PERSON>L. Aït Hammou</ent>, "
    "<ent label=PERSON>G. Piron</ent> (stagiaire).",
    "| AS | <ent label=EMAIL>m.wojcik@pms-exemple.be</ent> | <ent label=PERSON>M. Wójcik</ent> |",
    "Présents : M. <ent label=PERSON>Bensalah</ent> (père), Mme <ent label=PERSON>F. Bensalah</ent> (mère).",
    # (B33) teenagers' comments listed with a dash under their handles, laughter shouted, a town as a hashtag
    "- <ent label=SOCIAL>mxm.tchiz</ent> : MDRRRR trop drôle\n- <ent label=SOCIAL>nour.bbyy</ent> : laissez-la "
    "tranquille\nLégende : #<ent label=LOCATION>liège</ent> #pourtoi",
    # a car's make and model before its colour; "cité en" is no street; a service after a sector acronym; schools
    # numbered with their name after a dash, or in a heading in capitals (not a heading's "ÉCOLE ET SANTÉ")
    "Ramené par l'oncle, Opel Corsa grise <ent label=PLATE>1-KZP-472</ent>. Le jugement cité en référence.",
    "Service : SAAF <ent label=ORGANIZATION>Les Hêtres</ent> — inscrit à l'<ent label=SCHOOL>École n° 9 — Les "
    "Marronniers</ent> (<ent label=LOCATION>Anderlecht</ent>).",
    "<ent label=SCHOOL>ÉCOLE SECONDAIRE LES COUDRIERS</ent> — <ent label=LOCATION>HANNUT</ent>\n2. ÉCOLE ET SANTÉ",
    # a quote a note then defines as a nickname, in lower case too, and its other mentions
    "vs avez vu la vidéo de la <ent label=PERSON>bouboule</ent>\n[Remarque : \"la <ent label=PERSON>bouboule</ent>\" "
    "= surnom donné à <ent label=PERSON>Clara D.</ent>]",
    # (review of these rules) a quote that is no nickname, a group's nickname, a street in lower case ending with an
    # adjective, a commune that is a word, a list item that is no handle, a surname that is a compound, a first name
    # after a surname's comma before a number, "M." after a sentence ending with a title word
    'En cas de "crise" : appeler le 112. La crise est passée. « les grands » = surnom des éducateurs.',
    "Elle vit <ent label=LOCATION>rue du bois sauvage</ent>.\n<ent label=ADDRESS>Rue du Moulin 4, 5377 Heure</ent>\n"
    "Heure du rendez-vous : 10h.\n- p.ex : aller au parc",
    "<ent label=PERSON>Sonnenschein</ent> a rappelé hier. <ent label=PERSON>DUBOIS, Marc</ent>: "
    "<ent label=PHONE>0475 12 34 56</ent>",
    "<ent label=PERSON>Jean Dupont</ent> est le père. M. <ent label=PERSON>Dupont</ent> travaille.",
    # a day and month with a full stop after "le", "du", "au" (not a decimal before its unit); a month abbreviated
    # without its full stop in a note; a first name glued to a form's label before it
    "Hospitalisé depuis le <ent label=DATE>28.02</ent>, renouvelé le <ent label=DATE>16.05</ent>. Le 12.50 € "
    "du 3.5 kg.\n<ent label=DATE>mercredi 13 nov</ent> — papa",
    "Je soussignée<ent label=PERSON>Ioana POPESCU</ent>, mère de l'élève, déclare avoir lu.",
    # (B34) the short forms notes write for towns; a commune that is a word after "à" or a service's kind and "de"; a
    # service's name after its kind in the plural; a form's label among labels; a letter before a determiner
    "Elle loge à <ent label=LOCATION>LLN</ent>, puis à <ent label=LOCATION>Bxl</ent> via le SeTIS.",
    "Visites à l'Espace-Rencontres de <ent label=LOCATION>Marche</ent>, puis à l'Espace-Rencontres "
    "<ent label=ORGANIZATION>Le Pont</ent>. La marche à pied. Permanence à l'Espace citoyen.",
    "Repas : met la table.\nArgent : sait reconnaître les pièces.\nSommeil : bon.\nIl écrit avec deux S. Mon adresse.",
    # a number said with a hesitation; a name spelt with a word for each letter, or with spoken hyphens
    "Mon numéro c'est le <ent label=PHONE>zéro quatre septante-six, euh, trente-deux, dix-huit, zéro neuf</ent>.\n"
    "<ent label=PERSON>H comme Henri, A comme Anatole, deux D comme Denise, A, D</ent>. Je suis le papa.",
    # a handle found with its "@" is the same without it; a comment's author before its date; a file's name of words
    "Publié par <ent label=SOCIAL>lou.tempete</ent> · 11 min\n<ent label=SOCIAL>jordan.lcq</ent> — <ent label=DATE>3 mai</ent>\n"
    "Sur Insta <ent label=SOCIAL>@lou.tempete</ent>.\nPièces jointes : PV_conseil_classe_P4.docx ; "
    "<ent label=SOCIAL>capture_groupe_U16_10-03-2024.png</ent>",
    # (case folders K-M) a full title word before a sentence's full stop ends it ("sa sœur. Elle"); a table's header
    # of words; a word in capitals that the initials of a person spell ("LES"); a kinship word of Dari or Darija; a
    # word exclaimed at a message's start; a route between countries; "mise en place de"; "M." before a surname
    # and a woman's role, or before initials in brackets that spell it; a day and month with a hyphen or German stops
    "Madame est accompagnée de sa sœur. Elle signale.\n| Nom | Lien | Date de naissance |\nCONCERNANT LES ENFANTS :",
    "A 19:52 : salut, kaka <ent label=PERSON>ahmad</ent> vient. il dort chez sa mima.\nJB 19:53 : Magnifique ! "
    "(traversée Iran-Turquie). La mise en place de l'AMO.",
    "Rédigé par <ent label=PERSON>M. Diallo</ent>, assistante sociale.\n| <ent label=PERSON>M. Yılmaz</ent> "
    "(<ent label=PERSON>MY</ent>) | titulaire |\nSa fête le <ent label=DATE>03-05</ent>, l'autre le "
    "<ent label=DATE>22.8.</ent> à <ent label=LOCATION>Cologne</ent>.",
    # a child's school ("l'école de Dorcas") is no school's name; two first names of a message written each alone
    # elsewhere are two persons
    "Contact avec l'école de <ent label=PERSON>Dorcas</ent>. L'<ent label=SCHOOL>école de Wavre</ent>.",
    "wsh <ent label=PERSON>ines</ent> cest <ent label=PERSON>yassine</ent>\nmadame <ent label=PERSON>ines</ent> "
    "<ent label=PERSON>yassine</ent> il est avec vous ??",
    # (B35) an age's unit before the next age; a table's header with a letter and brackets; "ado"; a common word after
    # a title's full stop; a heading's word in capitals the first-name list holds; English words of a mail; a range of
    # days of one month; a range of months
    "Âge : 14 ans (15 ans le <ent label=DATE>14/03</ent>)\n| Lien | Nom – prénom | Né(e) le | Vit avec M. ? |\n"
    "Ado de 14 ans admise. Réparé selon Mme. Enfants au chaud.\nConcerne : BILAN LOGOPÉDIQUE – "
    "<ent label=PERSON>Ilinca MUNTEANU</ent>",
    "Many thanks for getting back to me. To clarify our involvement, it is open.\n- "
    "<ent label=DATE>7</ent>-<ent label=DATE>9/03/2024</ent> : pédiatrie\n- 09/2021-06/2023 : psychothérapie",
    # a number whose first zero is said as a word; a firm named by its partners
    "Son numéro c'est le <ent label=PHONE>zéro 486 21 97 30</ent>. Il a zéro 123 problèmes.\nPlan de paiement chez "
    "l'huissier <ent label=ORGANIZATION>Degrève & Associés</ent>.",
    # an institution's acronym spelt by its name's initials
    "Il est à l'<ent label=SCHOOL>Institut technique provincial des Sorbiers</ent> ; "
    "l'<ent label=SCHOOL>ITPS</ent> a appelé le CPAS.",
    # (B65, cases-blind17) a unit's team list with each leader's totem after a dash; dates of papers from Italy,
    # Portugal, Spain and Romania; an Italian street with its postcode; a fundamental school by its network's acronym
    "Staff du camp :\n<ent label=PERSON>Claire Dumont</ent> – <ent label=PERSON>Loutre</ent>\n"
    "<ent label=PERSON>Hugo Lefèvre</ent> – <ent label=PERSON>Pika</ent> (matériel)\n"
    "<ent label=PERSON>Sarah Noël</ent> – <ent label=PERSON>Castor</ent>, trésorière\n"
    "- <ent label=PERSON>LEBRUN Paul</ent> – <ent label=PERSON>Lapin</ent>\n"
    "<ent label=PERSON>Anne-Sophie Van Damme</ent> – <ent label=PERSON>Hibou</ent>\nAtelier Nature – Abeille\n"
    "2) <ent label=PERSON>Marc D.</ent> – <ent label=PERSON>Akela</ent>.",
    "Certificato rilasciato il <ent label=DATE>14 giugno 2023</ent>. Certidão de <ent label=LOCATION>Braga</ent>, "
    "<ent label=DATE>2 de março de 2022</ent> ; acta del <ent label=DATE>5 de octubre de 2019</ent> ; "
    "<ent label=DATE>11 martie 2020</ent>.",
    "Indirizzo : <ent label=ADDRESS>Via Garibaldi 8, 90133 Palermo</ent>. Réunion via Teams le mardi.",
    "Elle est en 3e primaire à l'<ent label=SCHOOL>EFC de Rachecourt</ent>, son frère à l'"
    "<ent label=SCHOOL>EC Jumet</ent>, sa cousine à l'<ent label=SCHOOL>EFC des Bruyères</ent>. M. "
    "<ent label=PERSON>Collin</ent> (<ent label=SCHOOL>EC Fayt</ent>).",
])
def test_real_layouts(anonymizer, marked):
    text, gold = parse_gold(marked)
    assert detected(anonymizer, text) == gold


def test_the_name_a_mail_program_shows_before_an_address_is_a_person(anonymizer):
    text = ("Le mar. 4 mars 2025 à 09:12, ines moreau <i.moreau77@gmail.com> a écrit :\n> merci\n> ines\n"
            "De : Secrétariat <secretariat@amo-exemple.be>")
    found = {(s.entity_type, s.text) for s in anonymizer.analyze(text)}
    assert {("PERSON", "ines moreau"), ("PERSON", "ines")} <= found
    assert not any(kind == "PERSON" and "Secrétariat" in surface for kind, surface in found)


@pytest.mark.parametrize("text,generic", [
    ("La Maison de l'adolescent et le service d'action en milieu ouvert, avec le Conseil de l'action sociale.",
     {"Maison de l'adolescent", "service d'action en milieu ouvert", "Conseil de l'action sociale"}),
    ("Von: Schmitz Karin\nAn: SAJ\nBetreff: Familie", {"Von", "An", "Betreff", "Familie"}),
    # inclusive writing and a flattened table
    ("Intervenant·es psychosociaux·ales : 4 ; accueillant·es d'enfants conventionné·es de la région.",
     {"Intervenant·es", "e", "es", "conventionné·es"}),
    ("Total | 41 | 100\nAU | N | 24", {"41", "100", "AU", "N", "24", "Total | 41 | 100"}),
    # a table's rows and a report's headings; medicines with their dose; a letter's reference labels
    ("Le jeune lui-même          61\nParent(s) ou famille élargie          48\nÉcole / Centre PMS          37\n"
     "Autre AMO ou service de l'aide à la jeunesse          12\nSoit 6,9 ETP, dont 2,4 subventionnés.",
     {"Parent(s", "Parent", "École / Centre", "École", "Autre", "Soit 6,9 ETP", "Soit"}),
    ("5. DEUX SITUATIONS\n\nSituation A. Un garçon de 14 ans.", {"Situation A. Un", "Situation"}),
    ("- Kenzo : Rilatine 20 mg à 7h15\n- Dafalgan 1 g donné à 13h10", {"Rilatine", "Dafalgan"}),
    ("N/Réf. : EA-2024-0873/MV\nV/Réf. : votre courrier", {"N/Réf", "V/Réf", "N/Réf."}),
    ("Il est passé aux Urgences, puis aux Scouts samedi.", {"Urgences", "Scouts"}),
    # national bodies, a regional office of an administration, hospital services by letter, methods and scores
    ("Allocations payées par la CAPAC ; pension alimentaire avancée par le SECAL ; amende du SPF Justice.",
     {"CAPAC", "SECAL", "SPF Justice", "Justice"}),
    ("Bureau régional de Namur\nHospitalisé en unité K puis suivi en méthode TEACCH (QI NV 74) ; MACCS de garde.",
     {"Bureau régional", "unité K", "TEACCH", "QI NV", "MACCS"}),
    ("Signalement de l'école au Centre PMS la semaine passée.", {"école au Centre PMS", "Centre PMS"}),
    # labels and nouns of a Dutch or German form or letter, and a word before a place that names nobody
    # (a single Dutch or German word stays a name or a doubt: it may be a surname, "Krüger", "Koning")
    ("Bisherige Anschrift: unbekannt\nDatum uitschrijving: zie bijlage", {"Bisherige Anschrift",
                                                                          "Datum uitschrijving"}),
    ("The review is planned in March, from Monday on; we meet on Samstag.", {"March", "Monday", "Samstag"}),
    ("BULLETIN P6 1ER TRIMESTRE\nCLASSE P5 2ND SEMESTRE", {"P6 1ER", "BULLETIN P6 1ER", "P5 2ND", "CLASSE P5 2ND"}),
    ("Die Akte wurde übergeben. Bisherige Anschrift: unbekannt.", {"Akte", "Bisherige Anschrift", "Bisherige"}),
    ("Lieu : Huis van het Kind, vestiging Jette", {"Kind", "vestiging Jette", "Kind Jette"}),
    ("Depuis le 6 janvier 2025. Son cousin vit à Namur.\n\nLE GROUPE WHATSAPP\nBureau régional\nChambre sans porte",
     {"Son", "GROUPE", "Bureau régional", "Chambre sans porte"}),
    # headings in capitals that are clauses or a network's kind
    ("1. L'ENFANT DANS SA FAMILLE D'ACCUEIL\nÉQUIPE QUI L'A ACCOMPAGNÉ\nPLATEFORME DE CONCERTATION AIDE À LA JEUNESSE",
     {"L'ENFANT DANS SA", "QUI L'A ACCOMPAGNÉ", "PLATEFORME DE CONCERTATION AIDE À LA JEUNESSE",
      "DE CONCERTATION AIDE À LA JEUNESSE"}),
    # a table's header row with its columns
    ("Institution                    Fonction                  Téléphone\nDUPONT Marie   éducatrice",
     {"Institution", "Fonction", "Institution                    Fonction"}),
])
def test_generic_words_of_real_documents_stay(anonymizer, text, generic):
    assert not {s.text for s in anonymizer.analyze(text)} & generic


def test_belgian_towns_by_their_english_names(anonymizer):
    text = "We moved to Brussels in 2023; her father still lives in Antwerp, near Ghent."
    assert {s.text for s in anonymizer.analyze(text) if s.entity_type == "LOCATION"} == {"Brussels", "Antwerp",
                                                                                          "Ghent"}


# names each found left once (by a review with inputs of its own, or in a blind batch's class): removed
@pytest.mark.parametrize("text,form", [
    # names a review found left stay removed
    # first names that are also words, before "à"/"au" or speaking once in a chat or a staff list
    ("le 12/03 : Claire au CPAS pour son RIS.", "Claire"),
    ("Mardi : Martin à l'hôpital avec sa mère.", "Martin"),
    ("Kevin : t'es où ?\nJustice : au parc\nKevin : ok j'arrive", "Justice"),
    ("Équipe :\nPierre : coordinateur\nClaire : éducatrice\nMax : stagiaire", "Max"),
    # column gaps and justified text: a label and its value, a first name and a surname, an address
    ("Nom :   DUBOIS", "DUBOIS"),
    ("Max   DUBOIS   stagiaire", "DUBOIS"),
    ("Adresse :   Chaussée de Louvain   512   1030 Schaerbeek", "512"),
    ("Le   jeune   Dylan   Boulanger   vit   rue   des   Écoles   14   à   Gosselies.", "Écoles"),
    # towns in Dutch, German and English lines, in lower case or also words of those languages
    ("ik woon nu in aalst bij mijn tante en het is niet leuk", "aalst"),
    ("ich bin in eupen bei meiner oma und komme morgen nicht", "eupen"),
    ("De school van het kind ligt tussen Vorst en Ukkel, het is niet ver.", "Vorst"),
    # services and companies in capitals, possessives and legal forms included
    ("CENTRE NOTRE MAISON\nAccueil de jour", "NOTRE MAISON"),
    ("EMPLOYEUR : TRANSPORTS MARCHAND SA", "MARCHAND"),
    # codes after a word that is no room's, and a room word before a code that is no room's number
    ("Le courrier porte SAJ/NAM/2024/1234 comme référence.", "1234"),
    ("Local FED-FLO-24-00613", "00613"),
    # a German contact line; cells of a directory row, each read on its own
    ("Ansprechpartnerin : Frau Monika Schröder-Lentz\nTel. 087 55 21 40", "Schröder"),
    ("Namur           Service juridique AGAJ          Mme Sevda Aydın", "Aydın"),
    ("Habimana   Kigali", "Kigali"),
    ("Contacts utiles\nVerstraeten : 0475/12.34.56\nHabimana : 02/512.34.56", "Habimana"),
    ("Il a vécu deux ans près de Porto avec son père.", "Porto"),
    # a contact naming two people with a hyphenated relation word
    ("12/03/2024, 17:47 - Nadia belle-mère Kevin : ok pour mardi", "Kevin"),
    # names of blind batch classes are removed
    # a youth-movement leader known by a totem, then by its animal alone
    ("Au camp, Hérisson Rêveur (la cheffe) et Castor Prudent ont parlé avec Léo. Ensuite Castor a appelé.",
     "Castor"),
    # a surname in capitals and the initial of the first name, closing a signature or a list's line
    ("Merci de votre retour.\n\nVANDERHEYDEN M., assistante sociale – CPAS", "VANDERHEYDEN"),
    # a lawyer's or a mother's surname that opens with a particle in lower case
    ("Entretien préalable avec Me van den Abeele dans le local 3.", "Abeele"),
    # a code of any shape after the word that numbers it, a structured payment reference whole
    ("Greffe – Rôle n° : 2024/003317 – chambre 12B", "003317"),
    ("Dossier de la mutuelle, affiliation n° 417-2200318.", "2200318"),
    ("À verser avec la communication +++090/0475/11802+++ avant le 15.", "0475"),
    # a nickname after "appelle", even a rare word of the lexicon
    ("Il traîne avec un certain Sofiane et un autre qu'ils appellent Bouboule.", "Bouboule"),
    # a Flemish street named after a rank or a title
    ("Afspraak in ons kantoor, Generaal Lemanstraat 12, 1040 Etterbeek.", "Lemanstraat"),
    # a piece of a Dutch sentence is no part of the name
    ("Onderwerp: RE: leerling OZTURK Emine\n\nBeste,\nIk heb Emine gisteren gezien.", "Emine"),
    # a child named by a nickname with its age; the next name of a list written in lower case
    ("présents : nadia (mère), titou (6a, malade), et le voisin.", "titou"),
    ("« bisous à tata samia et yasmina »", "yasmina"),
    # a foreign plate after a vehicle word
    ("Il est reparti avec la voiture de son oncle, immatriculée en Bulgarie CA 4821 KX.", "4821"),
    # names a second review found left stay removed
    # a French word that another language also writes makes no line foreign ("location", a rental)
    ("Le contrat de location signé avec Zorbak Tshiamalenga prévoit une location de 650 € par mois.", "Zorbak"),
    # a name beside an inclusive word stays removed
    ("Rapport de Nkemdirim Okafor Référent·e", "Nkemdirim"),
    # a signature or a French greeting above a line in another language is read alone
    ("Cordialement,\nNkemdirim Okafor-Mbeki\nThis email and its attachments are confidential, please delete it.",
     "Okafor"),
    ("Bonjour Kéwé,\nIk heb jullie mail goed ontvangen en ik bel morgen.", "Kéwé"),
    # a company's name before its legal form is whole, a link word opening it included
    ("Il fréquente D'ICI ET D'AILLEURS ASBL depuis 2022.", "AILLEURS"),
    # a name after "DU" in a heading in capitals, when no lexicon holds it ("SERVICE DU TREMPLIN", ordinary words,
    # reads as the heading's rest: "ÉQUIPE DE NUIT")
    ("SERVICE DU KAÏROS\nAccueil de jour", "KAÏROS"),
    # in capitals, a particle opens a surname
    ("ÉLÈVE DE CLERCQ TOM", "CLERCQ"),
    ("AUDITION DE DE GRAEVE", "GRAEVE"),
    # a piece of a name the lists do not hold, after "épouse" or "dit"
    ("Le dossier de Marie Dupont épouse Zwartkop est clos.", "Zwartkop"),
    # a greeting that is also a first name opens a name only on a greeting line
    ("Présents : Lieve Janssens (CPAS), Marc Dubois (SAJ).", "Lieve"),
    # "loisirs" holds no law, a youth leader is no Moniteur belge
    ("Centre de loisirs, carte n° 223-5519804.", "5519804"),
    ("Moniteur : Thomas, n° 223-5519804.", "5519804"),
    # names a fourth review found left stay removed
    # a surname or a pet name with an age, named mid-sentence or by "(Na)"
    ("Fratrie : Dylan (8a), Fontaine (12 ans) et Leroy (10 ans).", "Fontaine"),
    ("Enfants : titou (18 mois), puce (2a), loulou (4a).", "puce"),
    # a service's name of ordinary words in capitals
    ("Il va au SERVICE DE LA PASSERELLE chaque mardi.", "PASSERELLE"),
    # a first name that is also a greeting, alone on its line in a list or a signature
    ("Présents :\nLieve Janssens,\nKarel Peeters,", "Lieve"),
    ("Signé,\nLieve Van den Broeck", "Lieve"),
    # a plate named as such, even with a group like a year
    ("Il roule en voiture de marque BMW, plaque DO AB 2021.", "2021"),
    # a debt settlement and an invoice are no regulation
    ("Admise en règlement collectif de dettes, RG n° 2023/1234.", "1234"),
    ("Selon le règlement de la facture n° 2023/11874, le CPAS paie.", "11874"),
    # names a fifth review found left stay removed
    ("hier soir kevin et maria sont passés", "maria"),
    ("Il conduit une voiture française 4521 XY 59 depuis mars.", "4521"),
    ("Les véhicules de Monsieur : CJ 27 XHP.", "XHP"),
    ("Son GSM : quatre septante-sept / douze / trente-quatre / cinquante-six.", "trente-quatre"),
    ("Présents :\nLieve Marie Peeters, Jan Claes.", "Lieve"),
    # names a sixth review found left stay removed
    ("Son numéro : zéro quatre septante-cinq / vingt / dix / trente-deux.", "septante-cinq"),
    ("Met vriendelijke groeten,\nLieve Martin", "Lieve"),
    ("merci tata hafsa et marie.", "marie"),
    ("mdr kevin et julie »", "julie"),
    ("Fratrie : Puce (4a), Bichette (2a).", "Bichette"),
    ("Kenteken 23-XB-ZZ, blauwe auto.", "XB"),
    # names a seventh review found left stay removed
    ("vu hafsa et maria à la gare", "maria"),
    ("kevin et pierre au foot samedi", "pierre"),
    ("kevin et maria contents", "maria"),
    ("hafsa et marie le matin, puis plus rien", "marie"),
    ("kevin et claire à l'école demain", "claire"),
    ("Karim : quatre cent quatre-vingt-six / douze / trente-quatre / cinquante-six.", "douze"),
    ("Son numéro de gsm, noté par l'éducatrice : quatre cent quatre-vingt-six / douze / trente-quatre.", "douze"),
    ("Il faut rappeler la mère au zéro quatre septante-cinq vingt\ndix trente-deux avant jeudi.", "septante"),
    ("La voiture italienne FG 482 CH stationne devant l'école.", "482"),
    ("Sa voiture BN 45 KW est garée devant.", "BN 45"),
    ("Met vriendelijke groeten,\nLieve Martin, maatschappelijk assistente", "Lieve"),
    ("Présents :\nLieve Martin, déléguée", "Lieve"),
    # classes of a sixteenth blind batch are removed
    # initials a person is called by once named in full
    ("- M. Jean-Luc Vanbellinghen, assistant social au CPAS (ci-après JLV)\nCPAS (JLV) : accord. JLV paiera.", "JLV"),
    ("Mme Sophie Delcourt (SD) présente la situation ; SD rappelle le contexte.", "SD"),
    # a date said in words with its year, as a hearing's record writes it; a mail header's month without its stop
    ("Madame X, née le dix-sept février mille neuf cent quatre-vingt-quatre.", "quatre-vingt-quatre"),
    ("audience du VINGT-QUATRE AVRIL DEUX MILLE VINGT-QUATRE à 9 heures", "DEUX MILLE"),
    ("Date: Thu, 7 Mar 2024 at 21:14", "Mar 2024"),
    ("Verzonden: 19 mrt 2024 10:02", "mrt"),
    # a code after a form's label, and one with spaced letter groups
    ("Nos réf. : HVS/2024-0588 – N° de séjour : 7740219", "7740219"),
    ("N° de dossier : SAJ-NIV 24/0391        Date de la demande : 11.03.2024", "SAJ-NIV"),
    ("Notifié par envoi n° RR 7734 8821 5BE.", "5BE"),
    # names an eighth review found left stay removed
    ("Composition de ménage :\n- Puce (4a)\n- Bichette (2a)", "Bichette"),
    ("Fratrie :\nPuce (4a), Bichette (2a)", "Puce"),
    ("Les petits : Puce (4a), Bichette (2a).", "Bichette"),
    ("- Puce (4a), en 2e maternelle", "Puce"),
    ("Plaque française : CC 482 AB.", "482"),
    ("La voiture immatriculée MPI 482 est au garage.", "MPI 482"),
    ("La voiture 4521 CH 59 est garée.", "4521"),
    ("DELCOURT Sophie (SD), assistante sociale. SD rappelle les faits.", "SD"),
    ("Mme Sophie Delcourt (ci-après dénommée SD) arrive. SD rappelle.", "SD"),
    ("Mme Sophie Delcourt (S.D.) arrive. S.D. rappelle.", "S.D."),
    ("M. Jean Van den Bossche (JVDB) présente ; JVDB rappelle.", "JVDB"),
    ("vu hafsa, maria et julie à la gare", "julie"),
    ("Elle est joignable au quatre cent septante-cinq douze\ntrente-quatre cinquante-six.", "septante"),
    ("jeudi sept mars deux mille vingt-quatre, audience", "sept mars"),
    ("né le 17 février mille neuf cent quatre-vingt-quatre", "quatre-vingt-quatre"),
    ("né le dix-sept février mil neuf cent quatre-vingt-quatre", "mil neuf"),
    ("Date: 07-Mar-2024", "Mar"),
    ("Gesendet: Donnerstag, 7. Mär 2024 10:02", "Mär"),
    ("N° de séjour 7740219", "7740219"),
    ("N° de séjour :\n7740219", "7740219"),
    # classes of an eighteenth blind batch: initials alone in signatures, staff lists and minutes; two capitals on
    # a person's own row of a table
    ("Le greffier,                    Le juge,\nA.-C. B.                    L. M.", "L. M."),
    ("Le tuteur,\nT. B.", "T. B."),
    ("E. Y. (CPAS) : le revenu est versé.", "E. Y."),
    ("| SCHMITZ Kurt | SSM, psychologue | KS |\nKS voit Lana tous les quinze jours.", "KS voit"),
    # the steps of an itinerary abroad; a commune in lower case after its postcode; landmarks; codes after a label
    # or "matricule"; an article and links in a name before its legal form; a mutuality's own name
    ("Itinéraire : Nimroz – Téhéran – Italie (Trieste) – France (Calais, trois semaines) – Belgique.", "Calais"),
    ("Mme Dupont\nrue des Lilas 4\n1420 braine l'alleud", "braine"),
    ("Il nous a déposés près de l'église Saint-Denis, puis au marché du Midi.", "Saint-Denis"),
    ("N° de séjour : ADM-24-00761      N° patient : 4471209", "4471209"),
    ("inspecteur principal Sébastien COLLARD (matricule INP 82341), assisté", "82341"),
    ("Rép. n° 2024/1962", "1962"),
    ("Le Nid d'Ardoise asbl – Service d'accompagnement en accueil familial", "Ardoise"),
    ("Mutualité : Mutualité des Deux Rives   N° d'affiliation", "Deux Rives"),
    # names a ninth review found left stay removed
    ("Il conduit une Audi 2-XYZ-123.", "XYZ"),
    ("Il m'a appelée de son iPhone 0475 12 34 56 hier soir.", "0475"),
    ("Tableau des enfants :\nRenault Marie 12/03/2010 3e primaire", "Renault"),
    ("Entretien avec Kia B. et sa mère.", "Kia"),
    ("Réunion avec Mme Beck et M. Stroop.", "Stroop"),
    ("Pierre Jacobs (PJ) est le père. PJ a refusé.", "PJ a"),
    ("vu kevin, pierre du foyer", "pierre"),
    ("vu kevin et rose à jouer", "rose"),
    ("Met vriendelijke groet,\nLieve Martin,\nconsulent", "Lieve"),
    ("Note : appeler la mère au zéro quatre septante-cinq douze trente-quatre cinquante-six.", "septante"),
    ("GSM : zéro quatre septante-cinq\nDouze trente-quatre cinquante-six", "Douze"),
    ("Voiture française immatriculée 812 HT 75.", "812"),
    ("Dossier n° 12 345 678 au SPJ.", "678"),
    ("Matricule :  4471209", "4471209"),
    ("Les dossiers n° 40512 et 40513 ont été joints.", "40513"),
    ("Visite : puce (4a) et bibou (2a) jouaient dans le salon.", "puce"),
    ("Fratrie :\na) Puce (4a)\nb) Bichette (2a)", "Bichette"),
    ("Hij woont in de Kerkstraat.", "Kerkstraat"),
    ("15/03/25 09:03 - ~ an.ne (+32 470 02 58 37): slt", "an.ne"),
    # a table pasted from a spreadsheet: no span crosses its semicolons
    ("Nom;Naissance;Commune\nNOORI Farid;14/03/2013;Jodoigne\nVAN DER ELST Jarne;02/11/2016;Beauvechain", "Beauvechain"),
    # classes of a nineteenth blind batch: a list of staff initials; a post-office box; a flat before an English
    # street; a foreign national number after a phone word; English cues of a reference; a typist's initials
    ("Signatures de la semaine : M.D., K.O., J.-L. R., SB, N.T., P.V. Visa : N. Tihon.", "SB"),
    ("Lu. 03/03 – soir – J.-L. R. / SB", "SB"),
    ("Adresse confidentielle – courrier : BP 112, 1400 Nivelles 1", "BP 112"),
    ("He lives at Flat 3, 27 Hazelmere Road, Leicester LE4 6RT now.", "Flat 3"),
    ("Tel. 0116 496 0381 – Mobile 07700 900482", "900482"),
    ("The family court proceedings (case no. LE24P00417) are adjourned.", "LE24P00417"),
    ("N/Réf. : 24.0412/FDS/mb", "FDS"),
    # names a tenth review found left stay removed
    ("Rédigé par Sophie Delcourt / SD. SD reverra la famille lundi.", "SD reverra"),
    ("Par Marc Lemaire (éducateur) ML\nML reverra Léa jeudi.", "ML reverra"),
    ("Élève : Lukas Jäger. Remarque : Jäger dort en classe.", "Jäger dort"),
    ("rue de l'Yser 22, 4430 ans", "4430 ans"),
    ("Elle est née le trois juin deux mille onze nous dit la mère.", "onze"),
    ("(23/07, 23:44) Lapin : ok", "Lapin"),
    ("Contact : Ren&eacute;e Dupont, rue Haute 3.", "eacute"),  # a name with an HTML entity goes whole
    # classes of the corpus left unflagged: chat exports' unsaved senders, a weekday before a day in words, a
    # reference opening with a writer's initials in mixed case
    ("15/03/25 09:03 - ~ il.yas (+32 470 02 58 37): slt c moi", "il.yas"),
    ("(23/07, 23:44) okapi : tu veux qu'on appelle ours ce soir ?", "okapi"),
    ("un rapport au plus tard le vendredi dix-neuf avril.", "dix-neuf avril"),
    ("Vos réf. : HdW/24.117", "24.117"),
    # a Dutch or German street in one word, with no house number
    ("Hij woont sinds maart in de Ribaucourtstraat.", "Ribaucourtstraat"),
    ("Er wohnt jetzt in der Bergstraße.", "Bergstraße"),
    # a town abroad after a journey's cue, even when it is also a first name or a word
    ("Il est parti seul jusqu'à Calais, via Paris.", "Calais"),
    ("Il est parti seul jusqu'à Calais, via Paris.", "Paris"),
    # the next codes of a list after a numbered one
    ("Envois n° RR 7734 8821 5BE et RR 7734 8822 6BE.", "6BE"),
    ("Réf. 24/00871, 24/00872 et 24/00873 ; le reste.", "24/00873"),
    # classes of a twenty-first blind batch
    ("Dossier\tPatient\n2024/0633\tM. C. K.", "0633"),
    ("Nos réf. : SPJ/NA/2024/0561 – CD/mvb", "mvb"),
    ("Pour la supervision avec H. V.d.B. : parler de ma place.", "V.d.B"),
    ("Elle est décédée le 2.II.2015 ; lui le 14-XI-1962.", "2.II.2015"),
    ("Elle est décédée le 2.II.2015 ; lui le 14-XI-1962.", "XI-1962"),
    ("FASE de l'établissement pour le formulaire CPMS : 2394.", "2394"),
    ("Elle est en maison de repos, Zorgcentrum Ter Linde à Dilbeek.", "Linde"),
    ("Elle fait les nettoyages à la VUB ; lui étudie à l'ULB.", "VUB"),
    ("Elle fait les nettoyages à la VUB ; lui étudie à l'ULB.", "ULB"),
    ("Par Mélodie Van Hove.\nCommentaire : Fière de toi Mélo.", "Mélo"),
    ("Allocations familiales (Famiris) : 436 €.", "Famiris"),
    # an eleventh independent review
    ("Elle étudie à l'UGent.", "UGent"),
    ("La grand-mère vit au woonzorgcentrum Zonnebloem à Alost.", "Zonnebloem"),
    ("AMO ALTERNATIVES\nRue de la Station 4, 1300 Wavre", "ALTERNATIVES"),
    ("Les coordonnées de M. Greffe sont au dossier.", "Greffe"),
    ("Réf. : CD/MVB", "MVB"),
    ("V/Réf : JdB/lk", "JdB"),
    ("Nos réf. : SPJ-CD/mvb", "mvb"),
    ("Rencontre avec M. V.d.B. et Mme v.d.V. ; L. Vd.B. excusé.", "v.d.V"),
    ("Rencontre avec M. V.d.B. et Mme v.d.V. ; L. Vd.B. excusé.", "Vd.B"),
    ("Né le 14 XI 62 et baptisée le 2.ii.2015.", "XI 62"),
    ("Né le 14 XI 62 et baptisée le 2.ii.2015.", "2.ii.2015"),
    ("Numéro Fase de l'établissement : 2394", "2394"),
    ("Signé : R. Van Damme, directeur. Présents : R. El Khattabi.", "Khattabi"),
    # classes of a twenty-second blind batch
    ("│ N° FASE établissement : 2487   Implantation : 3105", "3105"),
    ("Lun 12/02 – 10h30\nMar 13.02 – 09h00", "13.02"),
    # addresses abroad written as there: the street type before or after the name, "nr."/"No:", a flat, the
    # postcodes of Poland, Portugal and Romania
    ("Il a grandi à Cracovie, ul. Lipowa 14 m. 5, 31-052 Kraków.", "Lipowa"),
    ("Il a grandi à Cracovie, ul. Lipowa 14 m. 5, 31-052 Kraków.", "m. 5"),
    ("Adresse au pays : Str. Florilor nr. 12, 400012 Cluj-Napoca.", "Florilor"),
    ("La grand-mère vit Gül Sokak No: 12 à Kayseri.", "Gül"),
    ("Ils habitaient Rua das Flores, 123, 1100-148 Lisboa.", "Flores"),
    ("Ils habitaient Rua das Flores, 123, 1100-148 Lisboa.", "1100-148"),
    ("L'oncle vit Calle de los Reyes 4, 28013 Madrid.", "Reyes"),
    # a word-commune as a company's seat; the acronym a service is then called by
    ("Elle travaille chez Transports Delbrouck srl, Manage, depuis 2021.", "Manage"),
    ("Il va au Centre Ados Liège (CAL) depuis mai. Au CAL, il a un référent.", "CAL"),
    ("Elle va à la maison de jeunes Le Tremplin (MJT) depuis mai. La MJT a appelé.", "MJT"),
    # classes of a twenty-third blind batch: a first name and a commune-surname; a diary's weekday in full before
    # a short date; a family's nickname in quotes; a first name that is a particle, found alone; a signature's
    # initial that is the first name's; an address and an e-mail dictated in a transcript
    ("Blanche de Hemptinne – directrice\nLicenciée en sciences de l'éducation, Blanche a d'abord été éducatrice.",
     "Blanche"),
    ("INTERVISION – jeudi 6/3 – notes par Aurélie", "6/3"),
    ("Situation présentée par Fanny : la famille « Pizza ». On parle toujours de la famille Pizza.", "Pizza"),
    ("- Ben revient de congé, bronzé.\nRappel : ne plus mettre les noms dans le groupe. Merci Ben.", "Ben"),
    ("Sachbearbeiterin: Mareike Hilgers\n\nDie Familie ist unserem Dienst seit September bekannt. Sie hat eine "
     "Wohnung gefunden und wird mit dem Kind umziehen.\n\nM. Hilgers", "M. "),
    ("Accueillante : Mélanie Thonon, assistante sociale\n\nLa demande porte sur un suivi.\n\nM. Thonon\n", "M. "),
    ("Oui, on habite au vingt-quatre rue des Tilleuls à Genval depuis deux ans.", "vingt-quatre"),
    ("Si vous m'écrivez, c'est i point dumitrescu arobase cpas tiret rixensart point be.", "dumitrescu"),
    ("l'instagram de mon petit-fils c'est emir point k sept ma fille m'a montré", "emir point k"),
    # classes of a twenty-fifth blind batch, documents thick with numbers: a patient number after its capitals; a
    # log's entry dated with a stop; a service named after a form's label; a network operator; a photo's file name;
    # a signature's initials around a particle
    ("ID patient : PID 00482217        N° de séjour : SEJ 24-118836", "00482217"),
    ("14/11/24 – Inscription.\n23.10 – Inscription à la commune.", "23.10"),
    ("- Ancien centre d'accueil : Les Peupliers à Florennes", "Peupliers"),
    ("Gestionnaire de réseau de distribution : ORES (secteur Nord).", "ORES"),
    ("Photos annexées : EDL-sortie-Sablonniere6-cuisine-03.png et rapport.", "Sablonniere6"),
    ("Pour le cabinet,\nS. de W.", "S. de W."),
    # names a twelfth review found left: a surname by a German passage (a French line, a field's value, a
    # signature); streets and services that open with a preposition; a place after a form's label; an acronym after
    # a service named in a sentence
    ("Message de l'école : « Das Kind ist heute nicht in der Schule, und die Mutter hat sich nicht gemeldet. »\n"
     "Köhler a rappelé le lendemain.", "Köhler"),
    ("Anmeldung\nFamilienname: Baumgarten\nVorname: Lena\nDas Kind ist seit September bei uns und wird mit dem Bus "
     "zur Schule kommen.", "Baumgarten"),
    ("Die Familie ist unserem Dienst seit September bekannt. Die Klassenlehrerin hatte sich an das Zentrum gewandt, "
     "das die Mutter an uns verwies.\nMit freundlichen Grüßen\nKöhler", "Köhler"),
    ("Il habite Rue Sans Souci.", "Souci"),
    ("RÉSIDENCE SANS SOUCI – Chaussée de Mons 4", "SOUCI"),
    ("Domicile : Eine", "Eine"),
    ("La Maison d'accueil des familles en difficulté (MAFD) nous a appelés.", "MAFD"),
    ("Écrivez à ion point popescu arobase yahoo point ro ou jean.dupont arobase gmail point com.", "popescu"),
    ("Écrivez à ion point popescu arobase yahoo point ro ou jean.dupont arobase gmail point com.", "jean."),
    # B26 (a logbook signed with initials, a phone note with spelt names, a class council, an AVIQ sheet)
    ("8h05 — Nuit agitée. — GM\n9h00 — Appel du SPJ. — BL (veille)\n21h — Calme. — GM\n22h — RAS. — BL", "GM"),
    ("8h05 — Nuit agitée. — GM\n9h00 — Appel du SPJ. — BL (veille)\n21h — Calme. — GM\n22h — RAS. — BL", "BL"),
    ("17h — Appel du SPJ. — SvB", "SvB"),
    ("Le nom du père : O-U-L-E-D tiret S-I-D-I, et la mère M-E-B-R-A-T.", "O-U-L-E-D"),
    ("Le nom du père : O-U-L-E-D tiret S-I-D-I, et la mère M-E-B-R-A-T.", "S-I-D-I"),
    ("Le nom du père : O-U-L-E-D tiret S-I-D-I, et la mère M-E-B-R-A-T.", "M-E-B-R-A-T"),
    ("Il n'a plus été à l'école depuis jeudi (école n° 8). L'École communale n°3 a appelé.", "n° 8"),
    ("Il n'a plus été à l'école depuis jeudi (école n° 8). L'École communale n°3 a appelé.", "n°3"),
    ("SERVICE D'AIDE ET D'ACCOMPAGNEMENT À DOMICILE « LES PETITS PAS » asbl", "PETITS"),
    ("CAHIER DE LIAISON — Les Tilleuls (SRG)", "Tilleuls"),
    ("Orientation vers l'auto-école sociale Permis Pour Tous.", "Permis"),
    ("Elle est à l'hopital Ste-Thérèse encore 3 semaines.", "Thérèse"),
    ("Fugue de deux nuits chez une amie (10-12 janvier).", "10-12"),
    ("Adresse donnée : chaussée de Forest 151, 3e étage.", "3e étage"),
    ("| 7 | MOREIRA DA SILVA Inês | Centre PMS | 087 33 02 71 | IMS |", "IMS"),
    ("Module de néerlandais (Forem Tubize, jeudi soir) ; Jugendhilfedienst Eupen (invitée).", "Tubize"),
    # a thirteenth review: region names and relation words that are people's names, a street before a town
    ("NOM : KATANGA\nMme Katanga explique que Kivu ne dort plus.", "KATANGA"),
    ("NOM : KATANGA\nMme Katanga explique que Kivu ne dort plus.", "Kivu"),
    ("Présents : Zia Rahman (père), Monsieur Zio Ndongala. Zia est fatigué.", "Zia"),
    ("Présents : Zia Rahman (père), Monsieur Zio Ndongala. Zia est fatigué.", "Zio"),
    ("| Wouters An | Markt 5 Lier |\nMoeder woont Markt 5 Lier.", "Markt 5"),
    # a review of this session's rules: first names in capitals after a form's label or in a greeting, after "bij",
    # "from", "chez"; a first name that is also a relation word in another language; a first name exclaimed; names in
    # file names; a surname that is a common word after a title's full stop or that is a determiner after an initial;
    # initials that spell a word; first names in columns; a Dutch surname written in lower case
    ("Prénom : TRÉSOR\nEnfant : DIVINE", "TRÉSOR"),
    ("Bonjour PRUDENCE, ton rendez-vous est confirmé.", "PRUDENCE"),
    ("Ik was gisteren bij Mason thuis. Mail from Siri received today.", "Mason"),
    ("Ik was gisteren bij Mason thuis. Mail from Siri received today.", "Siri"),
    ("Il dort chez Albert depuis lundi.", "Albert"),
    ("Hanna did not come to school today, her mother called.", "Hanna"),
    ("14:02 Lina : Claire ! tu viens ?", "Claire"),
    ("Pièces : notes_max.docx ; bilan_lea_2024.pdf", "max"),
    ("Pièces : notes_max.docx ; bilan_lea_2024.pdf", "lea"),
    ("Selon Mme. Lapin, il va bien.", "Lapin"),
    ("Rencontre avec K. Son et sa mère.", "Son"),
    ("Réunion avec Marie-Anne Louvet. MAL accepte le plan.", "MAL"),
    ("Éducatrices :   Claire   Aurore   Marine", "Marine"),
    ("Faith and Comfort are staying with their aunt.", "Comfort"),
    ("Jan Bos est le père. sms de la mère : bos est encore venu hier", "bos"),
    ("Il est hébergé à l'Escale familiale depuis mars.", "Escale"),
    # a compound first name's initials before the surname; a Dutch title set apart from its stop by the tokenizer
    ("Rédigé par M. Dederen / relu par A-M. Vanaschen, infirmière-cheffe.", "A-M."),
    ("MDO op school met mevr. Van den Bossche en meester Jelle.", "Van den"),
    # a firm of two partners named by their surnames, one of them named in full below
    ("DUBOIS & VANHOVE\nHuissiers de justice associés\n\nGrégory VANHOVE, huissier de justice", "DUBOIS"),
    # the thirty-sixth session's reviews: a person called as a language, a feast, after a vehicle's kind
    ("Morgen komen Els en Frans naar het OCMW.", "Frans"),
    ("Contact opgenomen met meneer Engels en Frans over het dossier.", "Frans"),
    ("Frau Deutsch spricht Englisch und Französisch.", "Deutsch"),
    ("Mrs English speaks French.", "English"),
    ("Gesprek met mevrouw Engels, zij spreekt enkel Frans.", "Engels"),
    ("Mr Engels and Mrs Engels attended the meeting in English.", "Engels"),
    ("Alleen Frans was aanwezig op het overleg, de moeder was ziek.", "Frans"),
    ("Die Mutter wartet seit Montag auf Engels, den Sozialarbeiter der Schule.", "Engels"),
    ("Nowruz a 15 ans. Nowruz est arrivé seul en Belgique.", "Nowruz"),
    ("Minibus : Mercedes Garcia, Yanis Benali, Lina Dupont.", "Mercedes Garcia"),
    ("Taxi : Mercedes Lopez (9 ans), prise en charge à 7 h 45.", "Mercedes Lopez"),
    # (B65, cases-blind17 reviews) names of Italian, Portuguese, Spanish lines, after their forms of address or not;
    # a surname or first name that is a relation's word elsewhere; a surname equal to a family-language word
    ("Olá, aqui é a senhora Teixeira. Hoje não posso ir, obrigada.", "Teixeira"),
    ("hoy estoy con la señora López, mañana viene tu tío Martínez", "López"),
    ("Cittadino Marco, né à Palermo. M. Cittadino a été reçu.", "Cittadino"),
    ("sono a Canicattì, domani vengo", "Canicattì"),
    ("Rapport rédigé par Isabelle Voisin, directrice. Voisin estime que le retour est prématuré.", "Voisin"),
    ("Selon Ami Diallo, le beau-père boit. Ami ajoute qu'elle a peur.", "Ami"),
    ("Mme Papp a téléphoné. M. Bopi est passé. Mme Mamm a prévenu la police.", "Papp"),
    ("Mme Papp a téléphoné. M. Bopi est passé. Mme Mamm a prévenu la police.", "Bopi"),
    ("Mme Papp a téléphoné. M. Bopi est passé. Mme Mamm a prévenu la police.", "Mamm"),
])
def test_names_found_left_stay_removed(anonymizer, text, form):
    assert form not in anonymizer.anonymize(text).text


# words each found removed once (ordinary words, terms of forms and headings, numbers that name no one): kept
@pytest.mark.parametrize("text,word", [
    # words of forms and headings stay
    ("1. UNITÉ ET SECTION\n2. ÉQUIPE D'ANIMATION", "SECTION"),
    ("ACCORD DU SERVICE MANDANT", "MANDANT"),
    ("A. CANDIDAT·E TITULAIRE\nNé·e le : 12/07/1988", "CANDIDAT"),
    ("SIGNALEMENT D'UNE SITUATION PRÉOCCUPANTE CONCERNANT UN·E ÉLÈVE", "PRÉOCCUPANTE"),
    ("Formation « Aide-soignant·e » depuis mars.", "soignant"),
    ("Deelnemers : Els Peeters\nLocatie : Microsoft Teams-vergadering", "Deelnemers"),
    ("règlement (UE) n° 2016/679 du Parlement européen", "2016/679"),
    # words a third review found removed stay
    ("Mesure (1 an) renouvelée. Placement (2 ans) en IPPJ. Contrat (12 mois) signé.", "Placement"),
    ("SITUATION DE KARIM\nKarim a 15 ans.", "SITUATION DE"),
    # words of a sixteenth blind batch stay
    ("Mme Christine Pauline Anne Smet vient au CPAS.", "CPAS"),
    ("Les Centres PMS et les Centres psycho-médico-sociaux de la Fédération Wallonie-Bruxelles.", "Centres PMS"),
    ("Les Centres PMS et les Centres psycho-médico-sociaux de la Fédération Wallonie-Bruxelles.", "Wallonie-Bruxelles"),
    ("Objet : Fwd: dossier scolaire\n---------- Forwarded message ---------", "Forwarded"),
    # words an eighth review found removed stay
    ("Enfants suivis : Guidance (2a), Logopédie (1a).", "Logopédie"),
    ("Voiture : Audi A3 150 CV, grise ; une Citroën C4 110 CH.", "A3"),
    ("La voiture a coûté 4 500 TTC 15 jours avant.", "500 TTC"),
    ("Mme Marie-Anne Simon, 58 ans, est orientée vers une MAS à Namur.", "MAS"),
    ("M. Paul Emile Pirard vient. Le PEP est validé.", "PEP"),
    ("appel de kevin, rien à signaler", "rien"),
    ("vu kevin et marre de l'école", "marre"),
    ("vu kevin et aimé beaucoup le film", "aimé"),
    ("vu kevin et nounou au parc", "nounou"),
    ("Tél. de la mère : zéro quatre septante-cinq, douze, trente-quatre, cinquante-six\nUne visite est prévue.", "Une"),
    ("Elle a travaillé vingt-quatre, trente-six, quarante-huit et soixante-douze heures.", "trente-six"),
    ("Âges des enfants : douze, treize, quinze, dix-huit.", "treize"),
    ("Le CPAS a versé le quinze mai deux mille cinq cents euros.", "deux mille cinq cents euros"),
    ("le trente et un décembre deux mille vingt-trois et un jugement suivra", "et un jugement"),
    ("Dossier n° 40512 15 jours plus tard", "15 jours"),
    ("Op 12 mrt. 2024 schreef Jan Peeters <jan@x.be>:\nLieve Martin,\nkan je bellen?", "Lieve"),
    # words of an eighteenth blind batch stay: makes and models, projective tests, abbreviations with stops
    ("Une Audi A3 grise, un iPhone 11 noir et son Samsung.", "iPhone 11 noir"),
    ("Au test de Patte Noire, il choisit la truie.", "Patte Noire"),
    ("N.B. : voir P.S. en bas.", "P.S."),
    ("[X] GSM (Samsung, numéro 0499 72 05 13)", "Samsung"),
    ("R.G. n° 24/0318/J", "R.G."),
    ("jveu pas y aller, jprend le bus. bsx", "jprend"),
    ("cela relève d'une procédure Dublin. Il est né à Dublin.", "procédure Dublin"),
    ("Itinéraire : Kaboul – passage en Iran jusqu'à Téhéran.", "passage en Iran"),
    ("Au Marché de Noël de la commune.", "Marché de Noël"),
    ("En 2023-2024, n° 2023-2024 de la classe.", "n° 2023-2024"),
    # words a ninth review found removed stay
    ("Le T.S. et le P.M.S. ont été contactés ; il a envoyé son C.V.", "T.S."),
    ("Il est en 3e T.Q. et sa sœur en 5e G.T.", "G.T."),
    ("Élève : Thomas Quinet, 5e TQ.\nLa section TQ organise un stage.", "section TQ"),
    ("Il y a 2000 ans, les Romains ; non, 1200 on dit.", "2000 ans"),
    ("(12/03, 14:00) Réunion : équipe SAJ\nLa Réunion a duré deux heures.", "Réunion :"),
    ("Les enfants :\n- Mesure (1a) au SAJ\n- Placement (2a)", "Placement"),
    ("Au marché de la Toussaint puis au Marché de Noël.", "Toussaint"),
    ("Orienté via Parole d'Enfants.", "Parole d'Enfants"),
    ("Le 3 mars deux mille personnes ont manifesté.", "deux mille personnes"),
    ("Tél. de la mère : zéro quatre septante-cinq, douze, trente-quatre, cinquante-six.", "Tél. de la mère"),
    # English words of a school the model took for a person are not spread ("Primary School")
    ("Poor attendance at Fosse Meadow Primary School. Yara is in primary school.", "in primary school"),
    ("Thank you.\n\nBest regards,\nLudivine", "Best regards"),
    # words a tenth review found removed stay
    ("Il roule dans une Mercedes noire ; sa Renault Clio est au garage.", "Renault Clio"),
    ("J.D., TV et PC le soir.", "TV et PC"),
    ("Anne Simon (AS) a rencontré la famille. Une autre AS du CPAS interviendra.", "autre AS du CPAS"),
    ("Parcours : foot (3a), piano (1a).", "piano"),
    ("Ses résultats étaient quinze, douze, dix-huit, quatorze et seize.", "quinze"),
    ("Entretien tél. 05/03/2024 14h30 : la mère rappelle.", "14h30"),
    ("Dossier n° 12345 2 à 3 fois par semaine.", "2 à 3 fois"),
    # inclusive writing with a full stop is no name
    ("Les étudiant.es et les intervenant.e.s sont là.", "étudiant.es"),
    # German and Dutch nouns with a street's ending are no streets
    ("Er sucht einen Arbeitsplatz. Zijn Loopbaan begint.", "Arbeitsplatz"),
    ("Il attend jusqu'à Noël ; le contact passe via Facebook.", "Noël"),
    ("jugement du vingt-neuf novembre deux mille vingt-trois et du deux mars", "et du"),
    # words a seventh review found removed stay
    ("Suivi : Mesure (1a), Guidance (2a), Logopédie (3a).", "Logopédie"),
    ("Placements : Famille d'accueil (3a), Institution (2a).", "Institution"),
    ("Scolarité : Maternelles (3a), Primaires (6a)", "Primaires"),
    ("Elle regarde la télé ; ses notes : douze / vingt, quinze / vingt, dix-sept / vingt.", "quinze"),
    ("Il a tellement progressé : onze / treize / quinze / dix-sept.", "treize"),
    ("Ses notes : huit / vingt, douze / vingt, neuf / vingt.", "douze"),
    ("Ses notes en math : zéro / dix, cinq / dix, huit / dix.", "cinq"),
    ("Les enfants ont douze / treize / quinze / dix-sept / dix-huit ans.", "treize"),
    ("Les grands-parents ont quatre-vingt-deux, quatre-vingt-cinq et quatre-vingt-sept ans.", "quatre-vingt-cinq"),
    ("Les loyers : quatre-vingt-dix, quatre-vingt-quinze, quatre-vingt-dix-huit euros.", "quatre-vingt-quinze"),
    ("Voiture achetée pour 3 500 EUR 20 jours avant.", "500 EUR"),
    ("Sa voiture : Golf 1.6 TDI 110 CH grise.", "TDI 110"),
    # words a fourth review found removed stay
    ("voiture : VW POLO 1.2 et une PEUGEOT 308 SW GT ; depuis l'automne, il est en 5 TTR A.", "TTR"),
    ("il a vu kevin et aimé le film ; pour kevin, avenir incertain.", "aimé"),
    ("Notes : quinze / vingt, dix-huit / vingt, douze / vingt, quatorze / vingt.", "quinze"),
    ("Vu les décrets du 18 janvier 2018, n° 2018/12345.", "12345"),
    # words a fifth review found removed stay
    ("Parcours : Maternelle (3a), Primaire (6a). Formation en Menuiserie (2 ans).", "Menuiserie"),
    ("Historique : Chômage (2 ans), Mutuelle (3 ans).", "Chômage"),
    # words a sixth review found removed stay
    ("Les quatre enfants ont onze / treize / quinze / dix-sept ans.", "treize"),
    ("kevin, grâce à son éducateur, a progressé.", "grâce"),
    ("Il a acheté une voiture à 2 500 EUR ; elle affiche 150 000 KM.", "2 500"),
    ("Véhicule : Citroën C3 1.4 HDI 70 CV.", "70 CV"),
    # words a second review found removed stay
    ("Le module s'appelle Parentalité positive. Le groupe s'appelle Papote.", "Papote"),
    ("Local : BATIMENT C.\nAnnexe UNICEF C.", "BATIMENT"),
    ("Projet pédagogique : Ours Polaire et Renard Roux, deux animaux étudiés en classe.", "Polaire"),
    ("Tumeur au stade IV ; pause à l'étang Communal puis Station Lecture.", "Communal"),
    ("Vu l'arrêté ministériel n° 2019/14325 et le Moniteur belge n° 2019/14325.", "14325"),
    ("Montant payé, n° 12.500,00 EUR.", "12.500,00"),
    ("Sa voiture, une BMW X5 2019, est au garage.", "X5"),
    ("Fratrie : garçon (8 ans), aînée (12 ans) ; placé (3 ans) à Namur.", "garçon"),
    # words a twenty-first blind batch found removed
    ("PROCÈS-VERBAL DE LA RÉUNION D'ÉQUIPE HEBDOMADAIRE", "HEBDOMADAIRE"),
    ("Tribunal de la jeunesse – Greffe\nTél. greffe jeunesse : 067 28 35 70", "Greffe"),
    ("Salle C.2.14 – deuxième étage", "C.2.14"),
    ("Acuité visuelle : 7/10 aux deux yeux.", "7/10"),
    ("Génogramme narratif – situation de la famille", "Génogramme"),
    ("Rappel DTPa-IPV (6 ans) : non fait.", "DTPa-IPV"),
    ("Il est confié au Service résidentiel général Les Hirondelles.", "Service résidentiel général"),
    ("Retrouvé sur Instagram (@jordan.vh.98) : on avait grandi ensemble.", "on avait"),
    ("Mathis a des difficultés en math.", "math."),
    ("Période      Heures\nSept.-déc.   312 h", "Sept.-déc."),
    # an eleventh independent review
    ("Le numéro FASE de l'école n'est pas encore connu ; élèves inscrits en classe : 22", ": 22"),
    ("Samuel (12 ans) est tombé. Le SAMU est intervenu.", "SAMU"),
    ("Charlotte dessine. Char d'assaut dessiné sur la feuille.", "Char d'assaut"),
    ("Acuité visuelle : OD 8/10, OG 7/10.", "7/10"),
    # words a twenty-second blind batch found removed
    ("Kort samengevat: Andrei kwam met zijn moeder. Thuistaal Roemeens, ook wat Nederlands.", "Roemeens"),
    ("Kort samengevat: Andrei kwam met zijn moeder. Thuistaal Roemeens, ook wat Nederlands.", "Kort"),
    ("INP Kevin LAMBRECHTS, matricule GN-5518.", "INP"),
    ("– Métaphonologie (BELEC, suppression) : 6/16, fusion phonémique 3/10.", "3/10"),
    ("– Métaphonologie (BELEC, suppression) : 6/16, fusion phonémique 3/10.", "BELEC"),
    ("– L'Alouette-R : âge lexique 6 ans 3 mois ; TEDI-MATH dans la norme.", "L'Alouette-R"),
    ("– L'Alouette-R : âge lexique 6 ans 3 mois ; TEDI-MATH dans la norme.", "TEDI-MATH"),
    ("Le Service d'AMO de la commune a été contacté.", "Service d'AMO"),
    # a French word before a capital is no street type abroad
    ("On s'est vus via Teams 2 fois, puis via Zoom.", "via Teams 2 fois"),
    # an acronym the ordinary words before it spell names a kind of class or service; eye abbreviations
    ("- Onthaalklas voor anderstalige nieuwkomers (OKAN) in 2019-2020.", "OKAN"),
    ("Vision : OD 7/10 OG 5/10, à recontrôler.", "OD 7/10 OG"),
    # the nouns of a German passage, its heading and its signature's function are no names
    ("ENTWICKLUNGSBERICHT\n\nBetrifft: Lena Kohnen\nDie Familie ist unserem Dienst seit September bekannt. Die "
     "Klassenlehrerin hatte sich an das Zentrum gewandt, das die Mutter an uns verwies. Sie hat eine Wohnung in "
     "Malmedy gefunden und wird mit dem Kind umziehen.\n\nGesehen: Rainer Backes, Dienstleiter", "Dienstleiter"),
    ("ENTWICKLUNGSBERICHT\n\nBetrifft: Lena Kohnen\nDie Familie ist unserem Dienst seit September bekannt. Die "
     "Klassenlehrerin hatte sich an das Zentrum gewandt, das die Mutter an uns verwies. Sie hat eine Wohnung in "
     "Malmedy gefunden und wird mit dem Kind umziehen.\n\nGesehen: Rainer Backes, Dienstleiter", "ENTWICKLUNGSBERICHT"),
    ("Frau Kohnen hat eine Wohnung in Malmedy gefunden. Eine Meldung an die Richterin halten wir nicht für nötig.",
     "hat eine Wohnung"),
    ("Frau Kohnen hat eine Wohnung in Malmedy gefunden. Eine Meldung an die Richterin halten wir nicht für nötig.",
     "Eine Meldung"),
    # classes of a twenty-third blind batch: an adjective a kept kind leaves in a heading; a signature's formula; a car
    # in a form's field; a commune's offices; a heading's sentence after a street type
    ("HÔPITAL DE JOUR PÉDOPSYCHIATRIQUE « Les Coquelicots »", "PÉDOPSYCHIATRIQUE"),
    ("L'ÉQUIPE PARAMÉDICALE ET PSYCHOSOCIALE\nJulie Lambert, kinésithérapeute", "PARAMÉDICALE ET PSYCHOSOCIALE"),
    ("Lu et approuvé – K. El Amrani", "Lu et approuvé"),
    ("Véhicule : Opel Zafira grise, 1-GHT-482", "Opel Zafira"),
    ("Service Population – rue de la Maison Communale 3, 1367 Ramillies", "Service Population"),
    ("L'officier certifie, au vu du Registre national des personnes physiques, que", "Registre national"),
    ("CERTIFICAT DE RÉSIDENCE AVEC HISTORIQUE ET COMPOSITION DE MÉNAGE", "HISTORIQUE ET COMPOSITION"),
    ("Rapport de la TMS – consultation ONE de Marcinelle", "ONE"),
    ("Sur son compte, c'est un point important pour lui.", "un point important"),
    ("Nous avons d'ores et déjà écrit à ORES.", "d'ores et déjà"),
    ("- Toilette quotidienne, puis réévaluation (échelle de Katz jointe).", "Katz"),
    ("Cardiologie : 3 février 2025, 11 h, pour contrôle Holter.", "Holter"),
    ("Visé par la coordinatrice le 18/09/2024 : Marie Fontaine", "Visé par"),
    # words a twelfth review found removed
    ("Mme Das a appelé. Message de l'école : « Das Kind ist heute nicht gekommen. Das ist das dritte Mal. »",
     "Das Kind"),
    ("Il travaille le vendredi 4/5 temps ; jeudi 1/2 journée.", "4/5 temps"),
    ("Elle vit dans une résidence Les Lilas à Namur.", "dans une"),
    ("Ville de Louvain-la-Neuve – Service Population.", "Ville de"),
    ("La Maison de Justice (MJ) de Nivelles.", "(MJ)"),
    # B26: medicines, a scale's level, a lettered heading, a relation word in Italian, a region abroad
    ("Traitement de Mamadou (Medikinet) prêt ; arrêt de l'aripiprazole depuis janvier.", "Medikinet"),
    ("Traitement de Mamadou (Medikinet) prêt ; arrêt de l'aripiprazole depuis janvier.", "aripiprazole"),
    ("| Médicament | Dosage |\n| Quétiapine | 25 mg |\n| Lorazépam | 1 mg |", "Quétiapine"),
    ("| Médicament | Dosage |\n| Quétiapine | 25 mg |\n| Lorazépam | 1 mg |", "Lorazépam"),
    ("Augmentation du Keppra ; Buccolam administré selon protocole.", "Keppra"),
    ("Augmentation du Keppra ; Buccolam administré selon protocole.", "Buccolam"),
    ("Polyhandicap, épilepsie pharmacorésistante, GMFCS V", "GMFCS V"),
    ("B. THÉRAPIES (hors service, pour information)", "THÉRAPIES"),
    ("Je suis la nonna de Luca, ma sœur vit en Sicile.", "nonna"),
    ("Module de néerlandais (Forem Tubize, jeudi soir) ; Jugendhilfedienst Eupen (invitée).", "Forem"),
    ("Module de néerlandais (Forem Tubize, jeudi soir) ; Jugendhilfedienst Eupen (invitée).", "Jugendhilfedienst"),
    ("Arrêté du Gouvernement de la Communauté française ; la Région wallonne subsidie.", "Communauté française"),
    # a thirteenth review: abbreviations ending a logbook's line, letters that spell no name, a shout in capitals
    ("9h00 — Radio du poignet. — RX\n10h00 — Il a été retenu ! — CDI", "RX"),
    ("9h00 — Radio du poignet. — RX\n10h00 — Il a été retenu ! — CDI", "CDI"),
    ("Les élèves sont répartis en groupes A-B-C-D ; il a crié S-O-S.", "A-B-C-D"),
    ("Il hurle « LES PROFS SONT TOUS NULS » en classe.", "PROFS"),
    ("art.35 - 2° de la loi du 8 avril 1965 ; voir l'art.35 plus haut.", "art.35"),
    ("Il est élève au Collège Saint-Michel Archange ; suivi au CSM d'Etterbeek.", "CSM"),
    ("A. Une famille suivie.\nB. Un jeune en difficulté.", "Une"),
    ("Rdv le 8.10 au bureau du SAJ.", "8.10"),
    # (second review) a network's acronym before no school's name
    ("Réunion EC Suivi le 12/03", "EC Suivi"),
    ("Score EC Jeunesse : bon.", "EC Jeunesse"),
    ("Le rapport EC Stage 2024 est joint.", "EC Stage"),
    ("Évaluations certificatives (EC) : EC n° 1 réussie, EC n° 2 ratée.", "EC n° 1"),
    ("Animaux au domicile :\n- Oscar – Lapin\n- Félix – Cerf", "Lapin"),
    # (cases-blind17) the words of a message in Italian, Portuguese or Luxembourgish; a grandmother called by her
    # role; a country and a region of origin written in the family's language
    ("Ciao a tutti ! Ti chiamo stasera, grazie.", "Ciao"),
    ("Ciao a tutti ! Ti chiamo stasera, grazie.", "Ti"),
    ("Bom dia, senhora diretora. Desculpa o atraso do meu filho.", "Desculpa"),
    ("Bom dia, senhora diretora. Desculpa o atraso do meu filho.", "Bom"),
    ("Moien ! Ech sinn haut bei der Bomi.", "Moien"),
    # (B65) a firm's trade when the model took its name for a person's; a relation's word, once read as a name
    ("| Boulangerie Thiry & Fils | Ciney | 3/02 |\nIl aimerait une formation en boulangerie.", "boulangerie"),
    ("Il dort chez nonna ce soir. La nonna a appelé.", "La nonna"),
    ("Mme Rosa Vitale, dite « la nonna », garde les petits.", "la nonna"),
    ("Le grand-père est arrivé de Calabre en 1962 ; la famille vit en Belgio depuis.", "Calabre"),
    ("Le grand-père est arrivé de Calabre en 1962 ; la famille vit en Belgio depuis.", "Belgio"),
])
def test_words_found_removed_stay(anonymizer, text, word):
    assert word in anonymizer.anonymize(text).text


def test_a_named_station_or_park_is_a_place(anonymizer):
    text = "Il traîne à la gare de l'Est, puis au parc Josaphat ; il prend le train à la gare."
    found = {s.text for s in anonymizer.analyze(text) if s.entity_type == "LOCATION"}
    assert found == {"gare de l'Est", "parc Josaphat"}


def test_references_people_and_services_a_second_review_found_merged_stay_apart(anonymizer):
    from anonymizer.render import tag_replacements

    def tags(text):
        spans = anonymizer.analyze(text)
        return {s.text: t for s, t in tag_replacements([spans], texts=[text])[0].items()}

    found = tags("RG 24/1234/A (mère) et RG 24/1234/B (père).")
    assert found["24/1234/A"] != found["24/1234/B"]
    found = tags("L'AMO La Chaloupe et la maison de jeunes La Chaloupe Junior.")
    assert found["La Chaloupe"] != found["La Chaloupe Junior"]
    found = tags("Nom : THOMAS Julie, mère de Lucas. Mme Thomas est venue.")
    assert found["THOMAS Julie"] == found["Thomas"]
    found = tags("Communication : +++ 125/0041/87360 +++.")
    assert list(found.values()) == ["[REFERENCE_1]"]


def test_an_institution_and_its_acronym_get_one_tag(anonymizer):
    from anonymizer.render import tag_replacements

    text = "Il est à l'Institut technique provincial des Sorbiers ; l'ITPS a appelé. Facture de l'HRV."
    spans = anonymizer.analyze(text)
    found = {s.text: t for s, t in tag_replacements([spans], texts=[text])[0].items()}
    assert found["ITPS"] == found["Institut technique provincial des Sorbiers"]
    assert "HRV" not in found  # no institution of the text spells it


def test_forms_of_one_entity_across_a_case_get_one_tag(anonymizer):
    """A particle written apart and joined ("Van Damme", "P. Vandamme"), an address in a form's order ("4700 Eupen,
    Bergkapellstraße, 9"), a register number with its label, a school by its kind's initials ("EFL St-Remacle"), a
    town in another language read as a person ("Köln" beside "Keulen")."""
    from anonymizer.render import tag_replacements

    texts = ["Pieter Van Damme est l'éducateur. Domicile : Bergkapellstraße 9, 4700 Eupen. NISS 15.08.22-346.73. "
             "Élève de l'école fondamentale libre Saint-Remacle. L'oncle vit à Keulen.",
             "Rapport de P. Vandamme. Adresse : 4700 Eupen, Bergkapellstraße, 9. RN 150822 346 73. Inscrite à l'EFL "
             "St-Remacle. Il est parti à Köln hier."]
    spans = [anonymizer.analyze(text) for text in texts]
    tags = [{s.text: t for s, t in found.items()} for found in tag_replacements(spans, texts=texts)]
    first, second = tags
    assert first["Pieter Van Damme"] == second["P. Vandamme"]
    assert first["Bergkapellstraße 9, 4700 Eupen"] == next(t for s, t in second.items() if "Bergkapell" in s)
    assert first["15.08.22-346.73"] == next(t for s, t in second.items() if "150822" in s)
    assert first["école fondamentale libre Saint-Remacle"] == next(t for s, t in second.items() if "EFL" in s)
    assert first["Keulen"] == second["Köln"]


def test_a_double_syllable_a_hyphenated_first_name_and_a_transliteration_are_their_person_or_place(anonymizer):
    from anonymizer.render import tag_replacements

    texts = ["Dorcas Schmitz (9 ans) et son frère Luc-Emmanuel Schmitz. Le père vient de Mashhad.",
             "Dodo a bien dormi. Luc-Emmanuel aussi. Il a vécu à Machhad."]
    spans = [anonymizer.analyze(text) for text in texts]
    first, second = [{s.text: t for s, t in found.items()} for found in tag_replacements(spans, texts=texts)]
    assert second["Dodo"] == first["Dorcas Schmitz"]
    assert second["Luc-Emmanuel"] == first["Luc-Emmanuel Schmitz"]
    assert second["Machhad"] == first["Mashhad"]


def test_an_address_in_a_forms_order_is_the_same_address():
    from anonymizer.link import address_key

    assert address_key("4700 Eupen, Bergkapellstraße, 9") == address_key("Bergkapellstraße 9, 4700 Eupen")
    # (cases-blind17) a box after a comma
    assert address_key("Rue de la Victoire 112, bte 4, 1060 Saint-Gilles") == address_key("rue de la Victoire 112/4")
    assert address_key("4800 Verviers, rue des Hirondelles, 23") == address_key("rue des Hirondelles 23")


def test_a_kunya_is_the_parent_a_form_names_not_another_adults_mother(anonymizer):
    from anonymizer.render import tag_replacements

    texts = ["Mère : BENALI Samira (née en 1984)\nPère : EL AMRANI Mohamed\nEntretien avec Mme El Amrani et sa mère, "
             "Mme Benali Fatima.",
             "[21:03] Oum Yassine : il est pas rentré"]
    spans = [anonymizer.analyze(text) for text in texts]
    first, second = [{s.text: t for s, t in found.items()} for found in tag_replacements(spans, texts=texts)]
    assert second["Oum Yassine"] == first["BENALI Samira"]


def _case_tags(anonymizer, texts):
    from anonymizer.render import tag_replacements

    spans = [anonymizer.analyze(text) for text in texts]
    return [[(s.text, t) for s, t in sorted(found.items(), key=lambda item: item[0].start)]
            for found in tag_replacements(spans, texts=texts)]


def test_a_school_by_its_network_s_acronym_is_that_school(anonymizer):
    """B65, cases-blind17: "EFC de Bomal" and "EFC Bomal" name "l'école communale de Bomal" (the network's acronym,
    "école fondamentale communale", which the full name leaves out); a short name the two writings of one school hold
    is that school ("Tilleuls" of "EC Les Tilleuls" and "École communale Les Tilleuls"); not an athénée of the same
    commune."""
    from anonymizer.link import _service_names
    from anonymizer.spans import Span

    def school(text, name, entity_type="SCHOOL"):
        start = text.index(name)
        return Span.of(text, start, start + len(name), entity_type, 0.8, "test")

    texts = ["Son frère va à l'école communale de Bomal.", "L'EFC de Bomal n'a pas répondu.", "Titulaire de l'EFC Bomal.",
             "Inscrite à l'Athénée royal de Bomal."]
    names = _service_names([[school(texts[0], "école communale de Bomal")], [school(texts[1], "EFC de Bomal")],
                            [school(texts[2], "EFC Bomal")], [school(texts[3], "Athénée royal de Bomal")]], {})
    assert names["efc de bomal"] == names["efc bomal"] == ("SCHOOL", "ecole communale de bomal")
    assert "athenee royal de bomal" not in names
    # each network's acronym is its own school: the communal one and the free one of a commune stay apart
    texts = ["École communale de Halanzy", "École fondamentale libre de Halanzy", "EFC Halanzy", "EFL Halanzy",
             "École Notre-Dame de Bomal", "EC Bomal"]
    names = _service_names([[school(text, text)] for text in texts], {})
    assert names["efc halanzy"] == ("SCHOOL", "ecole communale de halanzy")
    assert names["efl halanzy"] == ("SCHOOL", "ecole fondamentale libre de halanzy")
    assert "ec bomal" not in names
    texts = ["Établissement : École communale Les Tilleuls", "retards à l'EC Les Tilleuls", "« les Tilleuls »"]
    names = _service_names([[school(texts[0], "École communale Les Tilleuls")], [school(texts[1], "EC Les Tilleuls")],
                            [school(texts[2], "Tilleuls")]], {})
    assert names["tilleuls"] == names["ec les tilleuls"] == ("SCHOOL", "ecole communale les tilleuls")


def test_a_french_number_in_dotted_pairs_a_place_s_trailing_words_and_a_service_s_commune(anonymizer):
    """cases-blind17: a French mobile written "06.72.18.44.09" is the "+33 6 72 18 44 09" of another document (not a
    reference); Italian words the model ran on into after a town are no part of it ("Qui a Grotte tutti pregano");
    "Le Passage" is "Le Passage d'Arlon" of another document."""
    first, second = _case_tags(anonymizer, ["Le père vit à Longwy : +33 6 72 18 44 09.",
                                            "Son GSM : 06.72.18.44.09. Qui a Favara tutti pregano per lui."])
    assert first[-1][1] == second[0][1] == "[TELEPHONE_1]"
    assert "Favara" in [text for text, _ in second]
    first, second = _case_tags(anonymizer, ["Deux visites à l'Espace-Rencontre Le Passage d'Arlon (27 avril).",
                                            "La 5e rencontre à l'Espace-Rencontre Le Passage (Mme Benali)."])
    assert first[0][1] == second[0][1]


def test_a_service_s_commune_after_a_or_a_kept_body_is_a_place(anonymizer):
    """cases-blind17: "Le Trait d'Union à La Louvière" is a service and its commune, whose name opens with an article;
    "la Fédération Wallonie-Bruxelles de La Louvière" a kept public body's office there."""
    found = {(s.entity_type, s.text) for s in anonymizer.analyze(
        "Rendez-vous au Service de santé mentale Le Trait d'Union à La Louvière. Centre psycho-médico-social de la "
        "Fédération Wallonie-Bruxelles de Nivelles.")}
    assert found == {("ORGANIZATION", "Le Trait d'Union"), ("LOCATION", "La Louvière"), ("LOCATION", "Nivelles")}


def test_a_maiden_or_married_name_and_a_nickname_are_their_person(anonymizer):
    """"Mme El Amrani, née BENALI Samira": the married name is hers, here and after a woman's title elsewhere
    (not the husband's); "KESSLER Hildegard, épouse SCHMITZ"; "Mme Horbenko (« Tania »)"; a maiden name beside
    the first name ("Kessler Hildegard" of "Hildegard Schmitz-Kessler")."""
    first, second = _case_tags(anonymizer, [
        "Père : EL AMRANI Mohamed. Mère : Mme El Amrani, née BENALI Samira. Grand-mère : KESSLER Hildegard, "
        "épouse SCHMITZ. Le père vit avec sa compagne, Mme Horbenko (« Tania »).",
        "Entretien avec Mme El Amrani et M. El Amrani. Tania est venue. Mme Hildegard Schmitz-Kessler a appelé."])
    tag = dict(first)
    assert [t for _, t in second] == [tag["BENALI Samira"], tag["EL AMRANI Mohamed"], tag["Horbenko"],
                                      tag["KESSLER Hildegard"]]
    assert tag["El Amrani"] == tag["BENALI Samira"] and tag["SCHMITZ"] == tag["KESSLER Hildegard"]
    assert tag["Tania"] == tag["Horbenko"]


def test_a_role_tells_apart_two_people_sharing_a_name(anonymizer):
    """The boy Yassine and his uncle Yassine: "khalou Yassine", "l'oncle Yassine" are the uncle; of two women Benali,
    "La grand-mère, Mme Benali" is the grandmother a form names so."""
    first, second = _case_tags(anonymizer, [
        "Jeune : BENSALAH Yassine, 14 ans. Oncle maternel : Yassine El Amrani. Mère : Samira Benali. Il dort "
        "chez sa grand-mère maternelle, Mme Fatima Benali.",
        "Yassine est rentré. Il appelle khalou Yassine le soir. La grand-mère, Mme Benali, a dit oui."])
    tag = dict(first)
    boy, uncle, grandmother = [t for _, t in second]
    assert (boy, uncle, grandmother) == (tag["BENSALAH Yassine"], tag["Yassine El Amrani"], tag["Fatima Benali"])


def test_a_title_tells_a_man_from_a_woman_of_a_family_by_first_names_of_many_origins():
    from anonymizer.surrogates import gender_of_first_name

    assert [gender_of_first_name(n) for n in ("Zahra", "Rasha", "Khaled", "Naïma", "Dorcas")] == \
        ["F", "F", "M", "F", "F"]


def test_a_full_name_spelt_two_ways_in_each_word_is_one_person(anonymizer):
    from anonymizer.link import _variant_of

    assert _variant_of("mohammed nazary", ["mohammad nazari"]) == "mohammad nazari"
    assert _variant_of("lina dumont", ["lena dumont"]) is None
    # across a case, though the two spellings share no word
    first, second = _case_tags(anonymizer, ["Ménage : M. Mohammad Nazari, né en 1980. M. Nazari travaille.",
                                            "Le père, M. Mohammed Nazary, est venu."])
    assert {tag for _, tag in first + second} == {first[0][1]}


@pytest.mark.parametrize("text, expected", [
    # a letter written without capitals or hyphens: days said in two words, a first name of two, a name and surname
    ("marcinelle le vingt neuf mars deux mille vingt cinq", ["marcinelle", "vingt neuf mars deux mille vingt cinq"]),
    ("la déléguée est venue le dix sept janvier elle est restee", ["dix sept janvier"]),
    ("lucienne vandermeulen\nrue du calvaire 18", ["lucienne vandermeulen", "rue du calvaire 18"]),
    ("mes petits enfants kylian et lou-anne qui sont placés", ["kylian", "lou-anne"]),
    ("il habite a montignies sur sambre je crois", ["montignies sur sambre"]),
    # OCR: noughts for the letter o in a name, letters O for noughts in a postcode
    ("Adresse : rue Ferdinand Nicolay 3O4, 41OO Seraing\n", ["rue Ferdinand Nicolay 3O4, 41OO Seraing"]),
    ("M. Mancus0 a travaillé. Ressources de Mme H0ste (cohabitation).", ["Mancus0", "H0ste"]),
    # firms named by partners after their kind
    ("Comptable : Fiduciaire Hennaut & Co, à Namur.", ["Fiduciaire Hennaut & Co", "Namur"]),
])
def test_letters_without_capitals_ocr_and_firms(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text", [
    "1\tADAM Noé\tAV OD 6/10, OG 8/10\tavis ophtalmo",
    "Groei normaal. Visus OD 9/10, OS 10/10.",
    "PN 3,120 kg, T 49 cm. Apgar 9/10. Allaitement.",        # a newborn's score, a pupil's mark
    "Petite info : il a eu 8/10 en dictée aujourd'hui.",
    "on mange à la cuisine, il écrit à la main",
])
def test_acuities_and_rooms_are_no_dates_addresses_or_places(anonymizer, text):
    found = anonymizer.analyze(text)
    assert not [s for s in found if s.entity_type in ("DATE", "ADDRESS", "LOCATION") or "/" in s.text]


@pytest.mark.parametrize("text, expected", [
    ("Maman avertie par sms, 16/10", ["16/10"]),
    ("VAD 1 – 10/02/2025 (J7) – 10h15", ["10/02/2025"]),  # the first home visit's number, no first day of a range
    ("Rdv le 8/10 à 14h.", ["8/10"]),
    ("Rendez-vous avec le juge : 15/10.", ["15/10"]),
    ("Absences avant les congés : 3/10, 7/10 et 8/10.", ["3/10", "7/10", "8/10"]),
])
def test_dates_of_october_after_words_opening_like_eye_codes_stay_removed(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_quotation_a_spouse_and_anothers_relative_are_other_people(anonymizer):
    """"Yanis dit « Emma m'a poussé »" is a quotation, "épouse de M. X" names the husband, "née BENALI Samira" owns a
    married name that is also a man's first name, "mère de Samira" is Samira's mother."""
    first, second = _case_tags(anonymizer, ["Yanis dit « Emma m'a poussé dans l'escalier ».",
                                            "Emma nie. Yanis maintient sa version."])
    assert first[0][1] != first[1][1] and second[0][1] == first[1][1]
    [(_, wife), (_, husband)] = _case_tags(anonymizer, ["Mme Samira Benali, épouse de M. Mohamed El Amrani."])[0]
    assert wife != husband
    [(_, married), (_, mother), (_, father)] = _case_tags(
        anonymizer, ["Mère : Mme Khalil, née BENALI Samira. Le père, M. Khalil, travaille."])[0]
    assert married == mother != father
    first, second = _case_tags(anonymizer, ["Mme Fatima Benali, mère de Samira Benali. Samira Benali est la mère.",
                                            "La maman, Mme Benali, vient."])
    assert second[0][1] == first[1][1] != first[0][1]


@pytest.mark.parametrize("text, expected", [
    # the courts and housing bodies are kinds, their seat is the place
    ("Audience à la Justice de paix de Wavre, puis au tribunal du travail de Nivelles.", ["Wavre", "Nivelles"]),
    ("L'AGENCE IMMOBILIÈRE SOCIALE DE JODOIGNE gère le logement.", ["JODOIGNE"]),
    # "le 3" after a firm's or a centre's name is a day, not the name's number
    ("Reçu à l'Étude Dewez & Marchal le 3 mai 2024.", ["Étude Dewez & Marchal", "3 mai 2024"]),
    ("Sortie du Centre Les Tilleuls le 21.03.2025.", ["Centre Les Tilleuls", "21.03.2025"]),
])
def test_court_kinds_stay_and_a_day_after_a_name_is_a_date(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_column_of_names_or_numbers_names_its_other_cells(anonymizer):
    """A caseload exported as semicolon-separated text: the "NOM" column's cell whose surname is a rare word or
    partly found is a person like the others; a "Badge" column's codes are references; its header's field names
    ("date_naiss") are no handles."""
    rows = ["ref;NOM;Prénom;date_naiss;commune;Badge"]
    people = [("DELCOURT", "Maxime"), ("LEFEBVRE", "Chloé"), ("HOUSSIÈRE", "Noah"), ("MUKENDI", "Grâce"),
              ("VAN DE VELDE", "Lucas"), ("DUJARDIN", "Kylian")]
    for n, (surname, first) in enumerate(people, 1):
        rows.append(f"FA24-00{n};{surname};{first};1{n}/02/2010;Tournai;4417-0{n}")
    text = "\n".join(rows) + "\n"
    found = {s.text: s.entity_type for s in anonymizer.analyze(text)}
    assert found["HOUSSIÈRE"] == found["VAN DE VELDE"] == "PERSON"
    assert found["4417-03"] == "CASE_REF"
    assert "date_naiss" not in found and "NOM" not in found


@pytest.mark.parametrize("text, expected", [
    # a transcript's dictated address, a surname's particle said apart, and an English "dash" among French words
    ("mon adresse c'est c point de wilde arobase avocats dash hainaut point be",
     ["c point de wilde arobase avocats dash hainaut point be"]),
    # a particle French does not write stays with the lower-case surname after a title
    ("c'est monsieur vanden brook éducateur", ["vanden brook"]),
    # a German article, a month and its year, a long compound in a German passage are no place nor person
    ("Die Familie ist seit April 2023 bekannt. Im November 2024 gab es eine Meldung. Der Wechsel in eine Schule "
     "wurde nicht vorbereitet. Die ambulante Familienbegleitung durch den Dienst wurde beendet.", []),
    # the early-intervention service is a kind: its name is what identifies
    ("Suivi par le SAP Le Petit Sentier depuis ses trois ans.", ["Le Petit Sentier"]),
])
def test_transcripts_german_passages_and_aviq_kinds(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphenated kept term written with a space, the asylum procedure's terms, the British child-protection ones
    ("Rapport de l'Équipe SOS Enfants du CHR.", []),
    ("Interview Dublin faite le 14/11/2024, hit Eurodac en Bulgarie.", ["14/11/2024"]),
    ("The children are subject to a Child Protection Plan. I am the deputy of the Youth Aid Service.", []),
    # a section's letter and its title in capitals, its first word short
    ("Intro.\nA. LE BÉNÉVOLE (candidat parrain)\nEntraîneur bénévole des U10.", []),
    # dictated: a house number before or after the street, a commune of French words after it, a reference
    ("c'est chez ma sœur au quarante-deux rue de la station à haine saint pierre merci",
     ["quarante-deux rue de la station", "haine saint pierre"]),
    ("adresse rue des combattants numéro vingt-deux au deuxième étage",
     ["rue des combattants numéro vingt-deux"]),
    ("le dossier numéro vingt-quatre barre six cent dix-huit barre j je vous appelle",
     ["vingt-quatre barre six cent dix-huit barre j"]),
    # a make that is an acronym and its model, though the model is a first name too; a make before a first name
    # with no article is a person written surname first
    ("Véhicule : VW Touran, plaque 1-KBV-417. Il a vu Renault Marie, sa cousine.", ["1-KBV-417", "Renault Marie"]),
])
def test_kept_procedures_headings_and_dictated_addresses(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hearing's questions and answers are no initials, streets nor persons
    ("Q. Que s'est-il passé ?\nR. Je sortais de l'école avec Inès.\nR. Oui.\nSigné R. Dupont.", ["Inès", "R. Dupont"]),
    # a social network's mention by the name on the profile, a word cut at its apostrophe included
    ("    @Mélissa Ferreira merci 🙏 ça me rassure.\n    @Maman Lou'tchou 🦋 je dis juste", ["Mélissa Ferreira",
                                                                                       "Lou'tchou"]),
    # a month misspelt by one letter left out, references after "doss." and "matr.", a street spelt by ear
    ("Jemap le 12 janvie 2025. Il faut payer avant le 31 janvie.", ["Jemap", "12 janvie 2025", "31 janvie"]),
    ("14h15 RDV doss. 2024/1187. L'INP Dethier, matr. 54.219.", ["2024/1187", "Dethier", "54.219"]),
    ("je abit rue sin piere 12 apartement en haut. Il vit rue principale 12.", ["rue sin piere 12"]),
    # kinds and generic phrases: a Dutch OCMW's committee, a school of origin, a long lettered title, the persons
    # of a debt mediation, clothes' makes, the school platform
    ("Het Bijzonder Comité voor de Sociale Dienst heeft beslist. Voir Smartschool.", []),
    ("Intro\nA. ÉCOLE D'ORIGINE\nG. AMÉNAGEMENTS RAISONNABLES MIS EN PLACE EN PRIMAIRE\n| Médiée 2 |", []),
    ("Un grand avec une veste The North Face noire et un sac Eastpak noir.", []),
    # a bilingual letter: a word and its translation after a slash, a language's name between box-drawing lines
    ("Recommandé / Aangetekend\n───── NEDERLANDS ─────\nElke Peeters heeft gebeld.", ["Elke Peeters"]),
])
def test_hearings_mentions_letters_by_ear_and_form_headings(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_school_named_after_its_kind_in_lower_case_is_the_school_of_that_name(anonymizer):
    """"l'école aux Trois-Rivières" is the "Athénée des Trois-Rivières" of another document; "l'école de Wavre"
    may be any school of Wavre."""
    first, second = _case_tags(anonymizer, ["Il ne veut plus aller à l'école aux Trois-Rivières.",
                                            "Arrivé à l'Athénée des Trois-Rivières en 1re secondaire."])
    assert first[0][1] == second[0][1]
    first, second = _case_tags(anonymizer, ["Il allait à l'école de Wavre.", "Inscrit au Collège de Wavre."])
    assert first[0][1] != second[0][1]
    # a club's name without its place
    first, second = _case_tags(anonymizer, ["Il joue au FC Sporting Clabecq depuis mai.", "Au Sporting, il est bien."])
    assert first[-1][1] == second[-1][1]


@pytest.mark.parametrize("text, expected", [
    # a landmark named after its town is the town; a common noun opening the sentence before a town is no name
    ("Première sortie seule au marché de Gembloux avec la voisine.", ["Gembloux"]),
    ("Trajet Leuven–Koekelberg : une heure.", ["Leuven", "Koekelberg"]),
])
def test_a_towns_market_and_a_trip_name_the_towns(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_nickname_explained_in_brackets_is_its_person_and_field_notes_dates(anonymizer):
    """"Pitbull (= Bryan Lemaire)": the nickname is removed and is Bryan Lemaire across the case; a field worker's
    "lu 3/2" is a date; "3e P. Il a appelé" holds no person."""
    first, second = _case_tags(anonymizer, ["Pitbull et Tchoupi sont là.\nPitbull (= Bryan Lemaire) : convoqué.",
                                            "Bryan Lemaire est venu."])
    assert {tag for text, tag in first if text in ("Pitbull", "Bryan Lemaire")} == {second[0][1]}
    assert [s.text for s in anonymizer.analyze("Notes\nlu 3/2 – 16h30-19h\nInscrit en 3e P. Il a appelé.")] \
        == ["lu 3/2"]


@pytest.mark.parametrize("text, name", [
    # the review of this session's rules: names they must leave to detection
    ("Bonjour Elke, merci pour ton message.", "Elke"),
    ("Le beau-père, Renault Dupont, est présent.", "Renault Dupont"),
    ("Cordialement,\nR. Ho\nAssistante sociale", "R. Ho"),
    ("Fontaine Brecht a appelé ce matin.", "Fontaine Brecht"),
    ("Enfants\nA. MARIE ROSE PETIT (8 ans)", "MARIE ROSE PETIT"),
    ("Contact famille / Scholz.", "Scholz"),
])
def test_names_the_new_rules_must_not_keep(anonymizer, text, name):
    assert any(name in s.text for s in anonymizer.analyze(text))


def test_a_half_sister_is_no_diary_date(anonymizer):
    assert [s.text for s in anonymizer.analyze("Notes\nSa 1/2 sœur est venue.\nve 7/2 – 16h")] == ["ve 7/2"]


@pytest.mark.parametrize("text, school", [
    # a school named after a saint, in lower case as dictations and notes write it, with its commune when the
    # place list holds it, and a hard-wrapped name on the next line
    ("yasmina est à l'école saint joseph de genval virgule madame dit", "école saint joseph de genval"),
    ("il va à l'institut saint joseph de la louvière je vous appelle", "institut saint joseph de la louvière"),
    ("4e prim. à l'ecole ste marie jambes, instit = Mme Lebrun", "ecole ste marie jambes"),
    ("en 5e secondaire à l'Institut\nSaint-Lambert d'Ougrée. Le fils", "Institut\nSaint-Lambert d'Ougrée"),
    ("elle parle de l'école saint joseph de ma fille", "école saint joseph"),
])
def test_a_school_named_after_a_saint_in_lower_case(anonymizer, text, school):
    assert school in [s.text for s in anonymizer.analyze(text)]


def test_an_ocr_read_form_with_dotted_leaders_is_read_as_written(anonymizer):
    """A handwritten form read by OCR: dotted leaders touching the field's value, letters for digits and digits
    for letters, "rn" for "m" (the written file keeps the text as it was)."""
    text = ("Nom : ........DlALLO.............  Prénom(s) : ....Fatournata Binta.........\n"
            "Date de naissance : ..23/O8/199l....  Adresse : ..Rue de 1a Made1eine 17 bte 2, 75OO T0urnai......\n"
            "Téléphone : ..O465 28 73 l9......  chez son frère à Mouscr0n.\n"
            "Propriétaire : ..M. Verrneu1en.. rendez-vous le l2 rnars, puis lundi lO/O3 à 9h.\n"
            "| ..BARRY Aïssat0u..  | ..Eco1e cornrnunale du Château - 3e maternelle... |\n"
            "J'autorise le CPAS à consulter la Banque Carrefour de la Sécurité sociale.")
    found = [s.text for s in anonymizer.analyze(text)]
    for form in ("DlALLO", "Fatournata Binta", "23/O8/199l", "Rue de 1a Made1eine 17 bte 2, 75OO T0urnai",
                 "O465 28 73 l9", "Mouscr0n", "Verrneu1en", "l2 rnars", "lundi lO/O3", "BARRY Aïssat0u",
                 "Eco1e cornrnunale du Château"):
        assert form in found
    assert not any("Carrefour" in f or "maternelle" in f for f in found)


@pytest.mark.parametrize("text, expected", [
    ("la grand-mère réside 27, rue de Bonnevoie, L-1260 Luxembourg.", "27, rue de Bonnevoie, L-1260 Luxembourg"),
    ("Domicile en Ukraine : vul. Heroiv Pratsi 28, kv. 114, Kharkiv.", "vul. Heroiv Pratsi 28, kv. 114"),  # its flat
    ("□ Salvatore RUSSO °1941 San Giovanni in Fiore (Calabre)", "San Giovanni in Fiore"),
    ("Trieste, train vers Milan, puis Paris (campement).", "Paris"),
])
def test_places_and_addresses_abroad_as_a_guardian_or_a_genogram_writes_them(anonymizer, text, expected):
    assert expected in [s.text for s in anonymizer.analyze(text)]


def test_then_before_a_first_name_is_no_journey(anonymizer):
    assert [(s.text, s.entity_type) for s in anonymizer.analyze("Il a dormi. Puis Florence est arrivée.")] \
        == [("Florence", "PERSON")]


@pytest.mark.parametrize("text, names", [
    # labels, lists and foreign words the model or the name lists read as people (B41)
    ("6. RECOMMANDATIONS\n\n1) Bilan logopédique complet : liste de logopèdes.", []),
    ("- Télévigilance : oui, bracelet\n- Kiné : non", []),
    ("SERVICE SOCIAL – Rue du Parc 29, 4802 Heusy", ["Rue du Parc 29, 4802 Heusy"]),
    ("Ik stuur een korte samenvatting in het Frans. Met toestemming van mevrouw stuur ik het verslag.", []),
    ("My new number from April is +32 465 20 71 38.", ["+32 465 20 71 38"]),
    ("de aide du Sociaal Huis de Geraardsbergen", ["Geraardsbergen"]),
    ("2) Fils : M. Dieter Küppers, +49 241 5583 271\n3) Fille : Mme Monique Küppers",
     ["Dieter Küppers", "+49 241 5583 271", "Monique Küppers"]),
])
def test_labels_list_items_and_foreign_nouns_are_no_people(anonymizer, text, names):
    assert [s.text for s in anonymizer.analyze(text)] == names


def test_initials_glossed_by_a_first_name_and_a_court_roll_label(anonymizer):
    """"JP (Jean-Pierre)": the initials a group calls him by, everywhere; "R.G." before a docket number is the
    court's roll, not the initials of Rita Goossens; "MARQUES" is not "marqués"."""
    text = ("Présents : Sandrine – JP (Jean-Pierre) – Oksana\nTour de table. JP : brouillard.\n"
            "Cliente : Rita Goossens. Tribunal de la famille – R.G. 24/2871/A. Justice de paix – R.G. 25A143.\n"
            "Élève : MARQUES Enzo. Les parents ont été marqués par l'échec.")
    found = [s.text for s in anonymizer.analyze(text)]
    assert found.count("JP") == 2 and "R.G." not in found and "marqués" not in found


@pytest.mark.parametrize("text, expected", [
    # staff initials before a role, an English date with "of", a plate's start a witness remembers, FASE numbers
    # glued by a PDF's export
    ("Présents : Olga (stagiaire AS), JMP (coordinateur)\n– JMP prévient M. Degrez.", ["Olga", "JMP", "JMP", "Degrez"]),
    ("We move on 29th of March with my cousin.", ["29th of March"]),
    ("j'ai vu le début de la plaque : 1-HKT, après je ne sais plus.", ["1-HKT"]),
    ("N° FASE établissement2134implantation2135", ["2134", "2135"]),
    ("Le CPAS (directrice) et le PC (portable).", []),
])
def test_staff_initials_english_dates_partial_plates_and_glued_numbers(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, names", [
    # what an invoice, a municipality's file and a guardian's report hold that is no person (B40)
    ("IBAN BE96 0680 9134 2705 – BIC GKCCBEBB\nBIC : GKCCBEBB", ["BE96 0680 9134 2705"]),
    ("Olena : +32 466 90 21 47 – Viber/Telegram +380 67 415 2298", ["Olena", "+32 466 90 21 47", "+380 67 415 2298"]),
    ("| Nom et prénom | Né(e) le | NISS | Lien |\n|---|---|---|---|\n| KOVAL Olena | 12/03/1985 | — | mère |",
     ["KOVAL Olena", "12/03/1985"]),
    ("Lieu : salle du 1er, 5530 Yvoir\nMéthode : présentation de situation (GEASE adapté)", ["5530 Yvoir"]),
    ("7. FAMILLE ET CONTACTS\n- Mère : Gul Bibi", ["Gul Bibi"]),
    ("Nadia Bertrand a appelé. Bonne nouvelle : il a adoré le bowling !! N.B.", ["Nadia Bertrand"]),
])
def test_bank_codes_apps_header_cells_labels_and_abbreviations_are_no_people(anonymizer, text, names):
    assert [s.text for s in anonymizer.analyze(text)] == names


def test_a_first_name_that_is_a_word_still_speaks_in_a_chat(anonymizer):
    found = [s.text for s in anonymizer.analyze("Rose : t ou ?\nKevin : jsuis là\nMehdi : ok\nRose : ok")]
    assert found.count("Rose") == 2


@pytest.mark.parametrize("text, expected", [
    # a large town abroad whose name is also a word, a Luxembourg plate, the first days of a range or a list in digits
    ("Mon frère Nuno est à Porto. Il boit du porto.", ["Nuno", "Porto"]),
    ("une Golf immatriculée au Luxembourg (SV 7312) stationne devant chez elle.", ["SV 7312"]),
    ("| Retour en famille WE 10 au 12/01 (déduction) | -2 |", ["10", "12/01"]),
    ("jeu. 6, 13, 20, 27/03 | soupe solidaire", ["6", "13", "20", "27/03"]),
    ("Elle travaille 2 et 3/4 temps.", []),
])
def test_towns_abroad_plates_abroad_and_day_ranges_in_digits(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Polish addresses and names (capitals of Latin Extended), a Polish consulate's bodies kept, an interpreter's
    # quotations in transliterated Darija, a disease named after a physician, a week's range in digits (B42)
    ("Adresse en Pologne : ul. Żeromskiego 14 m. 6, 33-300 Nowy Sącz.",
     ["ul. Żeromskiego 14 m. 6, 33-300 Nowy Sącz"]),
    ("Grand-mère : os. Słoneczne 7/21, 34-400 Nowy Targ.", ["os. Słoneczne 7/21, 34-400 Nowy Targ"]),
    ("Lettre de l'Ambasada Rzeczypospolitej Polskiej, Wydział Konsularny : PESEL de Łukasz Wójcik.",
     ["Łukasz Wójcik"]),
    ("Elle a dit : « wlidi mzyan, walakin shab dyalo huma lli khasrouh » en darija.", []),
    ("Message de maman : « merci sofie, kevin est rentré »", ["sofie", "kevin"]),
    ("Sa mère souffre d'Alzheimer. Mme Parkinson est venue.", ["Parkinson"]),
])
def test_polish_files_darija_quotations_and_eponyms(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, name", [
    # the review of this session's rules: names they must leave to detection
    ("La famille a déménagé à Furnes en 2022.", "Furnes"),
    ("Mme Horne est venue avec son fils. Horne dit qu'il dort mal.", "Horne"),
    ("Mbuyamba : ok je passe demain", "Mbuyamba"),
    ("Tshisekedi : non, elle ne viendra pas.", "Tshisekedi"),
    ("Appeler au +33 6 12 34\n56 78 en soirée.", "+33 6 12 34\n56 78"),
    ("Présents : Marie Collin (MC)\nMC 14/03 : visite à domicile.", "MC"),
    ("Sie war am Samstag beim Kevin und dann zur Jana.", "Jana"),
    ("gisteren belde meneer janssens, hij komt morgen", "janssens"),
    ("Madame Ou souhaite un rendez-vous.", "Ou"),
    ("Transcription\nIntervenant : tu te sens comment ?\nFleur : fatiguée\nIntervenant : et ?\nFleur : rien", "Fleur"),
    ("Personnes de contact :\n1) Olive, voisine\n2) Fleur, tante maternelle", "Fleur"),
    ("Précieuse MBUYI est venue. Plus tard précieuse a pleuré.", "précieuse"),
    ("rue du Moulin 11a bte1a, 4000 Liège", "rue du Moulin 11a bte1a, 4000 Liège"),  # its box letter too
])
def test_names_the_ocr_readings_and_label_rules_must_not_keep(anonymizer, text, name):
    found = [s.text for s in anonymizer.analyze(text)]
    assert name in found and found.count(name) == min(2, text.count(name))


def test_a_name_of_kind_words_alone_and_a_person_named_like_a_kind_still_leak():
    from anonymizer.leaks import identifying_tokens

    assert identifying_tokens("Le Cercle")[0] == {"cercle"}
    assert identifying_tokens("Lucas Pavillon", "PERSON")[0] == {"lucas", "pavillon"}


def test_a_writer_s_initials_that_spell_a_kept_abbreviation_after_de(anonymizer):
    found = [s.text for s in anonymizer.analyze("Conversation copiée (note de N.B. : copie demandée).\n"
                                                 "Nathalie Bodart, assistante sociale")]
    assert "N.B." in found


def test_a_teacher_s_code_and_a_display_name_with_its_emoji(anonymizer):
    """A school's three-letter code of a teacher in brackets after the name, then alone in the table ("M.
    Vandersmissen (TVS)"); a messaging app's display name with its emoji before the colon ("Lyna 🦋 : slt")."""
    found = [s.text for s in anonymizer.analyze(
        "Titulaire : M. Thomas Vandersmissen (TVS)\n| Néerlandais | Mme Wouters (KWO) |\nRéunion : TVS et KWO.\n"
        "Le CPAS et M. Dupont (SAJ).\nLyna 🦋 : slt\nLyna 🦋 : tes la ?")]
    assert found.count("TVS") == 2 and found.count("KWO") == 2 and "SAJ" not in found
    assert found.count("Lyna 🦋") == 2


def test_a_display_name_s_emoji_keeps_its_person_s_pseudonym_and_a_quoted_pronoun_is_no_nickname(anonymizer):
    """In pseudo style, a messaging app's display name with its emoji ("Youss ❤️") is its person's surrogate and
    the emoji as written, not a surname of its own; a chat copy's « Moi » (the phone's owner) is no nickname."""
    text = ("Messages du téléphone de la maman. « Moi » = la maman.\n▸ Conversation « Youss ❤️ »\n"
            "22:47 Moi : Youss t ou??\n22:51 Youss ❤️ : chez dylan jarrive\n23:02 Moi : Youss rentre.")
    assert "Moi" not in [s.text for s in anonymizer.analyze(text)]
    out = anonymizer.anonymize(text, style="pseudo").text
    lines = out.splitlines()
    pseudo = lines[2].split(": ")[1].split()[0]
    assert pseudo != "Youss" and f"{pseudo} ❤️ : chez" in out and f"« {pseudo} ❤️ »" in out


def test_a_staff_list_s_code_column_and_its_rota(anonymizer):
    """A staff directory's code column before the name (the surname's letters, or the first name's initial then the
    surname's), found again alone in the on-call rota's cells; the rota's weeks written "03/03-09/03" are two dates."""
    text = ("Code | NOM Prénom | Fonction\nMTA | MUTABAZI Théoneste | Directeur\nPKO | KOWALCZYK Piotr | Psychologue\n"
            "LD | DEVOS Laure | Secrétaire\nSAJ | DUPONT Marie | Déléguée\n\n"
            "Sem. | Période | Garde\n10 | 03/03-09/03 | MTA\n11 | 10/03-16/03 | PKO / LD\n")
    found = [(s.text, s.entity_type) for s in anonymizer.analyze(text)]
    assert found.count(("MTA", "PERSON")) == 2 and found.count(("PKO", "PERSON")) == 2
    assert found.count(("LD", "PERSON")) == 2 and ("SAJ", "PERSON") not in found
    assert ("03/03", "DATE") in found and ("09/03", "DATE") in found  # two dates, each replaced on its own
    assert "1/2-3/4" not in [s.text for s in anonymizer.analyze("Il a réussi 1/2-3/4 des items.")]
    # (a table drawn with a bar before its first cell, "| ADT | Mme A. Dethier |", has its code column too)
    assert ("ADT", "PERSON") in [(s.text, s.entity_type) for s in anonymizer.analyze(
        "| ADT | Mme A. Dethier | français |\nPapa joint par tél. par ADT le 12 décembre.")]
    # (a function's or a weekday's abbreviation in another cell is no code: "| ADAM Luc | ADM |", "| MER | ...")
    other = anonymizer.anonymize("| DIERICKX Anne | DIR |\n| MER | MERTENS Julie |\nLa DIR a validé. Réunion le MER.")
    assert "La DIR a validé. Réunion le MER." in other.text


def test_marks_are_no_dates_and_a_law_s_date_after_a_bracket_stays(anonymizer):
    text = ("Ses notes oscillent entre 6/10-8/10, EVA 5/10 - 8/10. Le décret (Communauté française) du 18 janvier "
            "2018 s'applique.")
    assert anonymizer.anonymize(text).text == text


def test_a_circular_s_legal_words_stay(anonymizer):
    """A circular's legal language: a code's abbreviation it defines ("ci-après « CWASS »"), a code's divisions
    ("Livre V, Titre Ier"), a European regulation's date, the government that enacts a decree, a feast."""
    text = ("Conformément au Code wallon de l'Action sociale et de la Santé (ci-après « CWASS »), Livre V, Titre Ier. "
            "L'article 547 du CWASS s'applique. Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil "
            "du 27 avril 2016 et l'arrêté du Gouvernement wallon du 3 décembre 2015. Il parle de la fête de Meskel.")
    assert anonymizer.anonymize(text).text == text


def test_a_word_after_a_determiner_is_no_name_found_elsewhere(anonymizer):
    """A name the model found at a sentence's start is not looked for as a noun after a determiner ("un bonnet
    gris" of "Bonnet"); French text-speak quoted from a phone is French, its names and places go (in straight
    quotes or in guillemets); a feast that is a first name too stays a name."""
    found = [s.text for s in anonymizer.analyze(
        "Quelqu'un a retrouvé un bonnet gris avec des oreilles de chat ? Bonnet retrouvé merci.")]
    assert "bonnet" not in found
    out = anonymizer.anonymize('Message de Kevin : "jsp frr jsuis chez yanis a molenbeek tkt"\n'
                               "Sms du jeune : « wsh jsuis chez nassim a anderlecht, tkt mama »\n"
                               "Fasika est arrivée en 2022 avec sa mère. Il parle de la fête de Meskel.").text
    assert not re.search(r"yanis|molenbeek|nassim|anderlecht|Fasika", out) and "Meskel" in out


def test_a_chain_s_shop_and_its_branch_town_are_one_name(anonymizer):
    """"je finis tard au Delhaize de Bressoux": the town of the branch goes with the chain's name (where the
    mother works); a chain alone stays a chain ("chez Delhaize depuis 2020")."""
    found = [(s.text, s.entity_type) for s in anonymizer.analyze(
        "Je finis tard au Delhaize de Bressoux. Puis Carrefour Wavre. Il travaille chez Delhaize depuis 2020.")]
    assert ("Delhaize de Bressoux", "ORGANIZATION") in found and ("Carrefour Wavre", "ORGANIZATION") in found
    assert ("Delhaize", "ORGANIZATION") in found


def test_a_hearing_s_answer_opening_with_a_name_and_a_rota_s_short_days(anonymizer):
    """"R. Ngarambe m'a frappée": an answer opening with a name keeps it a name (a word the lexicon knows opens the
    answers the marker rule drops); a rota's "3/03-9/03" is two dates; a date inside a bracket after a law's name is
    the case's ("la loi (placement ordonné par jugement du 12 mars 2024)")."""
    text = ("Q. Que s'est-il passé ?\nR. Ngarambe m'a frappée avec sa ceinture.\nQ. Et après ?\nR. Aucune idée.\n"
            "Garde : semaine 3/03-9/03.\nEn application de la loi (placement ordonné par jugement du 12 mars 2024).")
    out = anonymizer.anonymize(text).text
    assert "Ngarambe" not in out and "R. Aucune idée." in out
    assert "3/03" not in out and "9/03" not in out and "12 mars 2024" not in out


def test_a_worker_named_then_written_by_initials_in_a_note_s_slots(anonymizer):
    """A worker named in full, then by two initials where a note writes its author: in brackets, alone or before a
    date, joined to another worker, before a visit's colon, after a dash closing a bracket; two capitals elsewhere
    that are nobody's initials stay ("TV et PC le soir")."""
    text = ("Équipe : Gaëtan Reul (infirmier), Sonia Lhoest (AS), Mélanie Schoonbroodt (psychologue), Nadia Mertens.\n"
            "13/01 VAD GR + SL : entretien d'accueil.\n17/01 VAD MS : il parle de son père.\n"
            "05/03 2e injection (GR).\nNote interne (MS, 21/03/2025) : rien.\n"
            "Copies gardées au dossier – NM)\nLe soir, TV et PC pour tout le monde.")
    out = anonymizer.anonymize(text).text
    assert not re.search(r"\b(?:GR|SL|MS|NM)\b", out) and "TV et PC" in out


@pytest.mark.parametrize("text, expected", [
    # a Dutch report's headings in capitals and its ordinary words French never writes, in lower case or opening a
    # line, are no people; its people stay people
    ("2. VERLOOP\n- Er is afstemming tussen logopediste en leerkracht: gedeeld schriftje, contact 1x per maand.\n"
     "- Het CLB volgt de leerling op en de ouders worden uitgenodigd voor een gesprek met de school.\n"
     "4. BETROKKEN FRANSTALIGE DIENSTEN\nDe moeder, mevr. Khadija Amrani, werd op de hoogte gebracht.",
     ["Khadija Amrani"]),
    # a care log's medicines are no people
    ("19h50 | Glycémie 212, Lantus 18 UI. Livraison pharmacie OK (Lasix manquait, commandé).", []),
])
def test_foreign_reports_and_care_logs_words_are_no_names(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_two_first_names_in_a_text_message_are_two_people(anonymizer):
    """"madame nathalie dylan a eu 15 ans": the worker's first name (of "Nathalie Gillet", named before) and the
    boy's, two people; an address before "c'est" ends at its number."""
    text = ("NG 10:03 : Bonjour Madame, je suis Nathalie Gillet, la nouvelle déléguée. Dylan va bien ?\n"
            "S 21:12 : madame nathalie dylan a eu 15 ans hier. elle habite Thier des Moutons 8 c'est a 10 min\n")
    found = [s.text for s in anonymizer.analyze(text)]
    assert "nathalie" in found and "dylan" in found and "Thier des Moutons 8" in found
    found = [s.text for s in anonymizer.analyze("j'ai trouvé un studio rue du Port-Sec 9 a Charleroi")]
    assert "rue du Port-Sec 9" in found  # ("a" is "à" without its accent, no house number's letter)


@pytest.mark.parametrize("text, expected", [
    # a public office by its kind and commune: the institution stays, the commune goes (a school keeps its name)
    ("Service Famille-Jeunesse – Commissariat de Marcinelle", [("Service Famille-Jeunesse", "ORGANIZATION"),
                                                              ("Marcinelle", "LOCATION")]),
    ("CENTRE PUBLIC D'ACTION SOCIALE D'ANDERLECHT", [("ANDERLECHT", "LOCATION")]),
    ("Il est en 3e à l'École communale de Jauche.", [("École communale de Jauche", "SCHOOL")]),
])
def test_an_office_by_its_kind_and_commune_is_the_commune(anonymizer, text, expected):
    assert [(s.text, s.entity_type) for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, kept", [
    # rarer Dutch and German surnames that are words of those languages stay names in their passages
    ("Het gesprek met de ouders verliep goed en de school is op de hoogte van de afspraken.\nKlastitularis: SNOEK\n"
     "Zorgcoördinator: HAVERKAMP", ["SNOEK", "HAVERKAMP"]),
    ("VERSLAG HUISBEZOEK\n\nAanwezig: vader SNOEK, moeder en begeleider.\nSNOEK vertelt dat het goed gaat met de "
     "kinderen en dat de school op de hoogte is.", ["SNOEK"]),
    # a case's agreement keeps its date removed; a treaty's stays
    ("La convention relative à l'hébergement d'Emma du 14 mars 2024 a été signée.", ["14 mars 2024"]),
    ("La convention internationale de stage signée du 1er septembre 2024 est jointe.", ["1er septembre 2024"]),
    # a phone number after another and its slash
    ("tél 0475123456/0496654321 (parents)", ["0496654321"]),
    # a day and its twin, outside marks out of ten, are dates
    ("Absente 03/03-03/03 (grève)", ["03/03"]),
])
def test_what_a_review_found_removed_stays_removed(anonymizer, text, kept):
    found = [s.text for s in anonymizer.analyze(text)]
    assert all(form in found for form in kept), found


@pytest.mark.parametrize("text, word", [
    ("Het gesprek verliep goed, de school en de ouders zijn op de hoogte.\nTalen: FR/NL. Contact: Nadia Lemaire.", "NL"),
    ("Voir dossier med. Traitement inchangé.", "Traitement"),
    ("Les actes de procédure (art. 1675/2 C. jud.) sont joints.", "1675/2"),
    ("L'école (FASE 2417) compte 3 implantations.", "3 implantations"),
    ("Publié sur Facebook « 06.04 » par l'école.", "06.04"),
])
def test_what_a_review_found_over_redacted_stays(anonymizer, text, word):
    assert word in anonymizer.anonymize(text).text


def test_a_roster_s_initials_column_a_dated_range_and_a_mixed_code(anonymizer):
    """A roster's "Init." column holds the team's initials, even one that spells a word ("TE"), and they go wherever
    the roster writes them; "du 4 au 8/11/2024" is two dates; capitals and digits mixed in one token are a number."""
    text = ("Prénom\tNom\tInit.\tFonction\tPoste\nMarie\tVANDAMME\tMV\tdirectrice\t201\n"
            "Tarik\tEL OUAZZANI\tTE\tcoordinateur\t202\nGrégory\tBastin\tGB\téducateur\t210\n"
            "Aïcha\tKaba\tAK\téducatrice\t210\n\nAstreinte : TE du ve 17h au lu 8h, sinon MV.\n"
            "Absent du 4 au 8/11/2024. Eurodac : hit GR (GR1LES24031877), pas de demande Dublin.")
    out = anonymizer.anonymize(text).text
    assert not re.search(r"\b(?:MV|TE|GB|AK)\b|GR1LES|8/11/2024|du 4 au", out), out
    assert "Dublin" in out and "Init." in out


@pytest.mark.parametrize("text, kept", [
    # what a second review found lost: a surname that is a French word after a Dutch title; an implantation's number
    # before its words; an act's number after "n°"; an address's letter before its box; a street in a Dutch heading
    ("Gesprek met mevr. Petit over de kinderen.", ["Petit"]),
    ("N° FASE : 2417 (établissement) / 5863 (implantation de Jauche)", ["5863"]),
    ("Copie de l'acte n° 1245 (naissance) demandée.", ["1245"]),
    ("Adresse : rue Haute 12 a App. 2", ["rue Haute 12 a App. 2"]),
    ("Het gezin woont sinds de zomer in de stad en de school is op de hoogte van de afspraken met de ouders.\n"
     "HUISBEZOEK – KASTANJELAAN", ["KASTANJELAAN"]),
])
def test_what_a_second_review_found_removed_stays_removed(anonymizer, text, kept):
    found = [s.text for s in anonymizer.analyze(text)]
    assert all(form in found for form in kept), found


def test_a_treaty_s_official_title_keeps_its_date(anonymizer):
    out = anonymizer.anonymize("Selon la Convention relative aux droits de l'enfant du 20 novembre 1989.").text
    assert "20 novembre 1989" in out
    out = anonymizer.anonymize("Une convention relative aux droits de visite du 12 janvier 2024 est conclue.").text
    assert "12 janvier 2024" not in out  # (a case's agreement)


def test_a_message_word_without_its_accents_opens_no_name(anonymizer):
    # the model ran from "bientot" (bientôt) into the name: the word is the message's
    texts = [s.text for s in anonymizer.analyze("22 mai 16:22 – Emre Kaya : bientot zeyno jte promet.")]
    assert "zeyno" in texts and not any("bientot" in text for text in texts)


@pytest.mark.parametrize("marked", [
    # a forwarded British mail: services named before their English kind, a firm's legal form, a Church school, a
    # town after "at"
    "Her GP is Dr <ent label=PERSON>Omar Siddiqui</ent> at <ent label=ORGANIZATION>Parkside Medical Practice</ent>.",
    "He had supervised contact at the <ent label=ORGANIZATION>Family Bridges Contact Centre</ent> until October.",
    "Represented by <ent label=ORGANIZATION>Marsh & Abbott LLP</ent>, solicitors.",
    "Pupil at <ent label=SCHOOL>St Bride's C of E Primary School</ent> since 2021.",
    "An order was obtained at <ent label=LOCATION>Luton</ent> Family Court.",
    # a German school's name after its kind and a lower-case link
    "Lena wechselte in die erste Klasse der <ent label=SCHOOL>Sekundarschule am Steinbach</ent>.",
])
def test_english_and_german_services_in_a_forwarded_mail(anonymizer, marked):
    text, gold = parse_gold(marked)
    assert set(gold) <= set(detected(anonymizer, text))


def test_an_english_kind_alone_names_no_service():
    from anonymizer.recognizers.names.organization import OrganizationRecognizer

    text = ("The Family Centre will call; the Medical Practice too.\nAu Centre psycho-médico-social de Huy. Notre Centre "
            "travaille. Ce Centre accueille des jeunes.")
    assert OrganizationRecognizer().analyze(text, ["ORGANIZATION"]) == []


def test_a_german_or_dutch_noun_after_its_article_or_a_long_label_is_no_name(anonymizer):
    text = ("Herr Jousten fand im Mai eine neue Stelle bei einer Spedition in Bütgenbach. Die Mutter teilte mit, dass "
            "die Familie wegen einer günstigeren Miete nach Malmedy umziehen werde. Lena freut sich auf ein eigenes "
            "Zimmer.\nRijksregisternummer : 13.04.30-266.37")
    found = [s.text for s in anonymizer.analyze(text)]
    assert not {"Stelle", "Miete", "Zimmer", "Rijksregisternummer"} & set(found)
    assert "Jousten" in found and "13.04.30-266.37" in found

    # a place after a noun and its preposition stays one ("eine Tante in Aachen", "in een magazijn in Vilvoorde")
    found = [s.text for s in anonymizer.analyze("Die Familie hat eine Tante in Aachen. Die Mutter arbeitet dort.\n"
                                                 "De vader werkt in een magazijn in Vilvoorde en was zelden aanwezig.")]
    assert "Aachen" in found and "Vilvoorde" in found


def test_a_surname_that_is_a_word_without_its_accents_stays_a_name(anonymizer):
    assert "leger" in [s.text for s in anonymizer.analyze("vu mme leger hier avec son fils")]


@pytest.mark.parametrize("text, expected", [
    # squares after a first name stay squares; "voie" is the verb only before a first name alone
    ("Rendez-vous avec Sarah place de la Monnaie devant l'opéra.", ["Sarah", "place de la Monnaie"]),
    # nouns and adjectives written without their accents stay in the name ("prospère", "château")
    ("msg papa: prospere kalala passera vendredi", ["prospere kalala"]),
    # places and names after a preposition, a possessive's noun or a definite article alone stay
    ("Die Mutter wohnt seit Mai in Köln. Der Vater in Düsseldorf. Ein Termin in Aachen ist geplant.",
     ["Köln", "Düsseldorf", "Aachen"]),
    ("Het gesprek met Dekker was goed. Mijn dochter Roos en zijn collega Bakker komen ook.",
     ["Dekker", "Roos", "Bakker"]),
    # an October date after "Contrôle" or "Notes", and the first day of a weekend's range, stay dates
    ("Contrôle 14/10 annulé. Note : rdv 5/10 à 14h au SAJ.", ["14/10", "5/10"]),
    ("WE 10 – 12/01 chez le papa.", ["10", "12/01"]),
    # "M." under a list's label is "Monsieur"
    ("Note de Maria Lopez, la maman.\nCopie pour information à :\nM. Lopez\n", ["Maria Lopez", "Lopez"]),
])
def test_what_a_review_of_the_thirtieth_session_found(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_two_first_names_in_a_message_when_one_is_a_surname_too(anonymizer):
    # "Mehdi" is a surname in the lists too, but here it opens a worker's full name: "mehdi bassel" is two people
    text = ("Mon collègue Mehdi Boukhari reprend le suivi, ici Mehdi du SAF.\n"
            "bonsoir. yara a parlé avec son papa bassel en video.\n"
            "monsieur mehdi bassel est venu a jambes aujourdhui sans prevenir.")
    found = [s.text for s in anonymizer.analyze(text)]
    assert "mehdi bassel" not in found and "mehdi" in found and "SAF" not in " ".join(found)


@pytest.mark.parametrize("text, expected", [
    # classes of blind batch B54: an initial glued to a surname in a signature column; a Romanian address with its
    # block and flat, a town after it; a Flemish street in "-wijk", a Flemish school's acronym; a province after a
    # court; an item's number before a dash and its date; a Dutch foster parent's word before her name
    ("| MBUYI Agathe | infirmière | agathe.mbuyi@cpms-chatelet.be | A.Mbuyi |",
     ["MBUYI Agathe", "agathe.mbuyi@cpms-chatelet.be", "Mbuyi"]),
    ("Adresse : Strada Păcurari 45, bl. 3, ap. 12, Iași.", ["Strada Păcurari 45, bl. 3, ap. 12", "Iași"]),
    ("Avant : str. Ștefan cel Mare 88, ap. 7.", ["str. Ștefan cel Mare 88, ap. 7"]),
    ("Doorniksewijk 122, 8500 Kortrijk – tel. 056 24 71 90",
     ["Doorniksewijk 122, 8500 Kortrijk", "056 24 71 90"]),
    ("Ze zit in het eerste leerjaar in VBS Sint-Martinus in Ronse.", ["VBS Sint-Martinus", "Ronse"]),
    ("Madame la Juge, tribunal de la famille du Hainaut, division de Tournai.", ["Hainaut", "Tournai"]),
    ("Mme Hainaut a appelé le SAJ. Le tribunal du Hainaut l'a convoquée.", ["Hainaut", "Hainaut"]),
    ("• Capture 1 – 3 octobre, 22h14, groupe WhatsApp de la classe.", ["3 octobre"]),
    ("Bij de pleegouders spreekt ze Nederlands. Pleegmoeder Sofie merkt dat Lina goed slaapt.", ["Sofie", "Lina"]),
])
def test_classes_of_blind_batch_b54(anonymizer, text, expected):
    found = anonymizer.analyze(text)
    assert [s.text for s in found] == expected
    if "Hainaut" in text:  # a surname after a title, the province after a court
        assert [s.entity_type for s in found if s.text == "Hainaut"][-1] == "LOCATION"
        assert "Mme Hainaut" not in text or found[0].entity_type == "PERSON"


@pytest.mark.parametrize("text, expected", [
    # what a second review of the thirtieth session found: an initial glued to a surname after a bracket, a slash or
    # a colon; a Romanian flat's staircase and floor; a Dutch school after "'t"; a lower-case first name after a
    # title however common
    ("Mme Mbuyi est infirmière. (A.Mbuyi) Visa AS/A.Mbuyi Cc:A.Mbuyi", ["Mbuyi", "Mbuyi", "Mbuyi", "Mbuyi"]),
    ("Calea Victoriei 155, bl. D1, sc. 2, ap. 45.", ["Calea Victoriei 155, bl. D1, sc. 2, ap. 45"]),
    ("Rue Haute 12, ap. 14h on part.", ["Rue Haute 12"]),
    ("Leerling in SBS 't Klavertje te Gent.", ["SBS 't Klavertje", "Gent"]),
    ("Le papa, Thomas, était absent.\nsms : bonjour monsieur thomas est venu.", ["Thomas", "thomas"]),
    # ... and what it found wrong: a surname after a title stays a person, a number and a comma before an English
    # word name no town, a town and a count are no street, a workshop's number may be a range's first day
    ("Mme Hainaut a appelé le SAJ.", ["Hainaut"]),
    ("Hij woonde in Harderwijk 2 jaar bij zijn oom.", ["Harderwijk"]),
    ("Atelier 12 – 15 mars.", ["12", "15 mars"]),
])
def test_what_a_second_review_of_the_thirtieth_session_found(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_word_listed_as_a_surname_second_in_a_pair_is_the_first_ones_surname(anonymizer):
    text = ("Mon collègue Simon Leroy reprend le suivi.\nbonsoir. yara a parlé avec son papa nabil en video.\n"
            "monsieur nabil simon est venu a jambes aujourdhui sans prevenir.")
    assert "nabil simon" in [s.text for s in anonymizer.analyze(text)]


def test_a_surname_and_the_commune_after_de_are_a_person_and_her_town(anonymizer):
    # (a first name and a village after "de" stay a family of the nobility)
    text = "Dit que sa mère, Mme Claessens de Welkenraedt, prend toujours le parti. Blanche de Hemptinne – directrice."
    assert [(s.text, s.entity_type) for s in anonymizer.analyze(text)] == [
        ("Claessens", "PERSON"), ("Welkenraedt", "LOCATION"), ("Blanche de Hemptinne", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    # what a third review of the thirtieth session found: a town after an address without a street word; an
    # adjective after a title and a word is no name; a flat's number before a colon; a pair of first names the text
    # gives other surnames; a stage's number before its date
    ("Adresse : Păcurari 45, Iași.", ["Păcurari", "Iași"]),
    ("Il loge chez un cousin, bloc 4, Iași.", ["Iași"]),
    ("School report: Year 4, Reading is weak.", []),
    ("Mme Blanc est venue. Madame est blanc de peur ? Il me paraît blanc.", ["Blanc"]),
    ("rue Haute 12, app. 4: 2e étage", ["rue Haute 12, app. 4"]),
    ("salut nabil simon vient demain. Nabil Bakkali et Simon Bakkali.",
     ["nabil", "simon", "Nabil Bakkali", "Simon Bakkali"]),
    ("Étape 1 – 15 janvier : accueil.", ["15 janvier"]),
    ("Entretiens : 3 – 10 – 17 octobre.", ["3", "10", "17 octobre"]),  # a list of days with dashes
])
def test_what_a_third_review_of_the_thirtieth_session_found(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected



@pytest.mark.parametrize("text, expected", [
    # B55's classes: a box after a slash; a street type that is first a common noun, before "en" and a stage and its
    # number, or before a link and a kept acronym; a span of hours after a weekday; a service's inner unit; a kind and
    # its adjective; a German possessive after "in"; the employment schemes and a payment app of a team page and a
    # parents' chat. And what a review of them found: a day and its hour after a dash, a street in lower case, a
    # place in capitals, a school beside a kept service, a town that is a German word, a first name, initials
    ("Domicile : rue du Moulin 14/B2, 5620 Florennes.", ["rue du Moulin 14/B2, 5620 Florennes"]),
    ("Sortie si passage de la TMS ONE dans la semaine. Il a obtenu le passage en phase 3 hier.", []),
    ("Permanence sans RDV mercredi 14-17h ; samedi 18 tu viens ?", ["samedi 18"]),
    ("Régime éducatif ouvert – Unité 2 (« projet éducatif »)\n5. SCOLARITÉ À L'ÉCOLE INTERNE", []),
    ("Betreff: Übergabe der Akte wegen Umzug in Ihren Zuständigkeitsbereich. Er wohnt in Aachen.", ["Aachen"]),
    ("Emplois APE et Maribel social ; cagnotte sur mon numéro (Payconiq).", []),
    ("Agenda : lundi 12 - 9h30 : entretien. Mardi 4 – 14h : audience.", ["lundi 12", "Mardi 4"]),
    ("jhabite cité en bois 12 a liege", ["cité en bois 12 a", "liege"]),
    ("Il habite PLACE BARA.", ["PLACE BARA"]),
    ("Contacts avec l'école communale de Jemappes et du CPAS de Mons.", ["école communale de Jemappes", "Mons"]),
    ("Le père vit à Auch depuis 2020.", ["Auch"]),
    ("Maribel est venue. Dossier suivi par ACS - Anne-Catherine Simon.", ["Maribel", "ACS", "Anne-Catherine Simon"]),
])
def test_what_the_fifty_fifth_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # B56's classes: an English closing and Dutch labels of a forwarded mail, even quoted; a journal's visit "au" a
    # place in lower case; a law firm of partners; a Dutch "Centrum" and its name
    (">> Thanks.\n>>\n>> Best wishes,\n>> Claire Fenwick", ["Claire Fenwick"]),
    ("Ons dossiernummer: SD/2019/04517", ["SD/2019/04517"]),
    ("Passage au night shop. Il habite place au Bois 3. Rendez-vous place aux herbes.",
     ["place au Bois 3", "place aux herbes"]),
    ("Counsel: Quinlan & Doyle Family Law, Dublin.", ["Quinlan & Doyle Family Law", "Dublin"]),
    ("Mevrouw heeft een begeleiding bij Centrum Ter Meulen.", ["Centrum Ter Meulen"]),
    # (and cases-blind9's: a year after a month before an address; a titled person after a service and "et")
    ("Elle héberge les enfants depuis juin 2022, rue de la Filature 14, 4800 Verviers.",
     ["rue de la Filature 14, 4800 Verviers"]),
    ("l'espace-rencontre L'Arbre à Palabres et Me Lambert.", ["L'Arbre à Palabres", "Lambert"]),
])
def test_what_the_fifty_sixth_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # B57's classes: a kind of the sector and its organising power ("Centre PMS de la Communauté française"); a
    # house's count of façades; a time of day
    # after a common-noun street type; a street type "zoning"; the FASE number of an implantation abbreviated;
    # brands, a transport card, a police section, a school's fair kept
    ("le Centre PMS de la Communauté française avec qui nous avons co-animé.", []),
    ("Maison 4 façades, propriétaires depuis 2009. Un surveillant sur la grande cour le midi.", []),
    ("Créancier : Zoning de la Praille 4, 6040 Jumet.", ["Zoning de la Praille 4, 6040 Jumet"]),
    ("École communale de Léglise (FASE établ. 2947 / implant. 6312)", ["École communale de Léglise", "2947", "6312"]),
    ("Il portait une veste Adidas, un sac Eastpak, sa carte MOBIB ; Service Jeunesse Famille de la zone ; la "
     "fancy-fair.", []),
    # ... and what two reviews of them found: a surname that is a Dutch word or a brand, a first name that is a brand;
    # a town before a flat's count of rooms; a locution "faire place aux", a street in lower case where one lives
    ("M. Jan Oud, de vader, belde. Oud zegt dat hij verhuist.", ["Jan Oud", "Oud"]),
    ("Lacoste a refusé de signer le PV. Nike (14 ans) a fugué.", ["Lacoste", "Nike"]),
    ("La famille loue un appartement à Schaerbeek, 2 chambres.", ["Schaerbeek"]),
    ("Il faut faire place aux jeunes. Passage au cpas demain. Il habite place aux foires à Verviers.",
     ["place aux foires", "Verviers"]),
])
def test_what_the_fifty_seventh_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # B58's classes: a bilingual note's German words before their French translation after a slash
    ("AKTENNOTIZ / NOTE DE DOSSIER\nAkte / Dossier : FB-2024-117\nKinder / Enfants : Mia Schmitz (8 Monate / 8 mois)",
     ["FB-2024-117", "Mia Schmitz"]),
    # (and what a review found: a surname before a slash and a French word stays a name outside such a note's labels;
    # a Ukrainian first name; a street in lower case after a move, a locution with "place")
    ("Herr Peeters / M. Peeters", ["Peeters", "Peeters"]),
    ("Personne de contact : Schäfer / assistante sociale. Dr Specht / généraliste.", ["Schäfer", "Specht"]),
    ("Vasy (12 ans) est arrivé d'Ukraine.", ["Vasy"]),
    ("Ils ont emménagé place aux herbes en mars. Il faut faire place aux jeunes.", ["place aux herbes"]),
    ("Rdv donné place aux herbes. Elle loge chez Faiza place aux foires.", ["place aux herbes", "Faiza", "place aux foires"]),
])
def test_what_the_fifty_eighth_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # B59's classes: a label's abbreviated word between "n°" and its code; two digit groups, the second with its zeros
    ("N° adm. 31-0047215 | lit C ; client 7-004512 ; entre 10-15 ans, de 2010-2015", ["31-0047215", "7-004512"]),
    # a fixed line's first seven digits, the extension left out
    ("Ligne directe : 081 44 52 + le numéro du poste.", ["081 44 52"]),
    # a house number and its letter after a slash; a school's kind, an adjective, then its name
    ("Domicile : Rue de la Station 17/B, 5300 Andenne.", ["Rue de la Station 17/B, 5300 Andenne"]),
    ("Elle est inscrite au Lycée international du Val Fleuri.", ["Lycée international du Val Fleuri"]),
    # a kept service in capitals and the commune after it; the same service in lower case
    ("SERVICE DE PROTECTION JUDICIAIRE DE CINEY\nLe Service de la protection de la jeunesse de Ciney convoque.",
     ["CINEY", "Ciney"]),
    # a part of a month, a kinship word after a German article, a Dutch verb: no names
    ("Sie ist seit Mitte Januar krank, sagt die Mama.", []),
    ("Bent u niet de geadresseerde, verwijder dit bericht.", []),
    # a phone number is never part of a name after "chez"
    ("Appelez chez Nadia au 071 33 21 09 si besoin.", ["Nadia", "071 33 21 09"]),
    # a feast's market in a town is the town (cases-blind11)
    ("Sortie prévue au marché de Noël de Namur avec les enfants.", ["Namur"]),
    # a Dutch street named after a king and his number, with or without a house number
    ("Adres: Koning Albert II-laan 35, 1030 Schaarbeek. Ze werkt in de Leopold II-laan.",
     ["Koning Albert II-laan 35, 1030 Schaarbeek", "Leopold II-laan"]),
    # a letterhead's name in capitals closing with a French word after "du"; a kept office and its commune
    ("ASBL LE PORTAIL DU NORD\nRapport mensuel", ["LE PORTAIL DU NORD"]),
    ("SERVICE SOCIAL DU CPAS DE JODOIGNE\nLe service social du CPAS de Jodoigne a répondu.", ["JODOIGNE", "Jodoigne"]),
    # (and what a review found: another language's kinship word after a German article may be a first name; a kept
    # term on the line before "DE MOL" does not make it a commune; a kind word between the kept term and "d'" ...)
    ("Ich habe mit der Zia gesprochen.", ["Zia"]),
    ("SERVICE DE SANTÉ MENTALE\nDE MOL", ["DE MOL"]),
    ("CENTRE PSYCHO-MÉDICO-SOCIAL WBE D'ARLON", ["D'ARLON"]),
    # seven digits are a phone number cut short, unless a unit follows or a meter's or a room's word comes before
    ("Relevé des compteurs : 065 12 34 kWh. Tél. : 02 513 45 + poste 214", ["02 513 45"]),
    ("Joignable au 071 45 12, de 9h à 12h. Réunion salle 012 34 56.", ["071 45 12"]),
    # a kind of school in a town is no school's name; counts are no references; a part of a month
    ("Elle cherche une école catholique de Namur.", ["Namur"]),
    ("Vendu 2-00150 pièces, puis 3-05000 points.", []),
    ("Ende April geht er wieder. Early May we will meet.", []),
    # a name before "au" and a phone number stays a name of its own
    ("Elle loge chez Rosa Pereira au 056 84 17 32. Stage chez Garage Martin au 067 21 43 65.",
     ["Rosa Pereira", "056 84 17 32", "Garage Martin", "067 21 43 65"]),
    ("Elle est hébergée chez La Passerelle au 081 22 33 44. Secrétariat : 081 22 33 45.",
     ["La Passerelle", "081 22 33 44", "081 22 33 45"]),
    # (a second review: a name in a heading in capitals before "EN", "AU" stays removed)
    ("SUIVI DE LA FAMILLE MARCHAND EN 2024\nM. BARBIER EN ARRÊT MALADIE", ["MARCHAND EN", "BARBIER EN"]),
])
def test_what_the_fifty_ninth_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # B60's classes: a propagated surname takes the initial after it in a staff list; a foreign number with its
    # national zero in brackets; a year's file number of five digits with its office's letters; a Dutch child
    # centre's kind
    ("Présents :\n- DEBAILLE M. (CPAS)\nLe CPAS (Marc Debaille) a rappelé.", ["DEBAILLE M.", "Marc Debaille"]),
    ("Akerstraat 114 | +31 (0)43 321 88 90", ["Akerstraat 114", "+31 (0)43 321 88 90"]),
    ("The attendance officer was informed, file LPA 2024/11852.", ["LPA 2024/11852"]),
    ("A dyslexia assessment was started at Kindcentrum Sint-Pieter.", ["Sint-Pieter"]),
    # ... and what is no name: a time near a word that starts like a network's, a participle after "être", a
    # project's title in quotes, a quarrel's ordinary word, a heading's "DE MOINS", a table cell's noun and its
    # adjective, a brand after a piece of clothing, a programme of the sector
    ("Les routines se sont installées (coucher à 20h30).", []),
    ("Maman est allée le chercher à 0h40.", []),
    ("Psychologue – projet « Parentalité »", []),
    ("Bryan s'est moqué de Ilyes (« bébé »).", ["Bryan", "Ilyes"]),
    ("DEMANDE D'INTERVENTION – PERSONNE DE MOINS DE 18 ANS", []),
    ("| 13/02 | Dr Desmet | Bilan sanguin OK. |", ["13/02", "Desmet"]),
    ("Il portait une casquette Lacoste.", []),
    ("Nous menons des animations EVRAS communes.", []),
    ("- Méningocoque ACWY : proposé le 9/09/2024. Pneumocoque fait.", ["9/09/2024"]),  # the school-health vaccines
    # (what a review found the first rules broke: "être" before an address, a network's name in the plural, a pupil's
    # name after a piece of clothing and its brand, a crèche's name after a family word)
    ("Nous sommes rue Godefroid 31. Le rendez-vous sera place Saint-Lambert 12.",
     ["rue Godefroid 31", "place Saint-Lambert 12"]),
    ("Ses pseudos : darkkev78. Ses instas lola.b.2009 et lola_priv.", ["darkkev78", "lola.b.2009", "lola_priv"]),
    ("Vestiaire : training Adidas Emma.", ["Emma"]),
    ("Il va à la crèche Maman Poule.", ["Maman Poule"]),
    # (and a second review: an address after "est allée", the accounts of a budget, a kept service before its number)
    ("Le domicile est allée Jean Monnet 3. Sa mère est allée le chercher.", ["allée Jean Monnet 3"]),
    ("Il présente les comptes : recettes 1200 €. Ses comptes : kev78.", ["kev78"]),
    ("Le SPJ 2024/0633 concerne Kevin.", ["2024/0633", "Kevin"]),
    # (and a third: a handle after "compte :" on a network's line, a word that opens with a network's name, a street in
    # lower case and its number after "est allée", a service named after a family word)
    ("Elle publie sur TikTok, compte : licorne. Il joue sous le pseudonyme kevin.lbd.", ["licorne", "kevin.lbd"]),
    ("Sa nouvelle adresse est allée des cerisiers 12.", ["allée des cerisiers 12"]),
    ("Il va au home Mère Teresa.", ["Mère Teresa"]),
    # (and a fourth: a plural label, a case's initials before its number, a room after "est allée", a word that only
    # starts like a network's, a family word and a first name after "maison")
    ("Pseudos : licorne. À l'instar de ses 2 frères, il a 3x redoublé. Le compteur 12345kw.", ["licorne"]),
    ("Affaire ML 2024/01234 ; l'affaire 2024/012345 après qu'il a été arrêté.", ["ML 2024/01234", "2024/012345"]),
    ("Elle est allée en salle 3 avec l'éducatrice.", []),
    ("À la maison Maman Aïcha s'occupe des repas.", ["Aïcha"]),
    # (and a fifth: a court's decision and its number, a budget's accounts, counts after "est montée")
    ("La décision 2024/01234 du juge. Les comptes :\nloyer 600 €. Elle est montée des escaliers 2 fois.",
     ["2024/01234"]),
    # (cases-blind12's: a date before a street is no house number; two first names and a conjunction are two names)
    ("domiciliée depuis le 15/01/2025 rue du Tilleul Rouge 9, 1030 Schaerbeek.",
     ["15/01/2025", "rue du Tilleul Rouge 9, 1030 Schaerbeek"]),
])
def test_what_the_sixtieth_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # (a conversation copied under a day's heading, its messages stamped with a time alone: two senders or more
    # writing twice or more are people; a programme's slots are not)
    ("— 12 mars —\n08:12 gracie 🌸 : slt\n08:13 gracie 🌸 : ça va\n08:15 Thibault : ok\n08:16 Thibault : j'arrive",
     ["12 mars", "gracie 🌸", "gracie 🌸", "Thibault", "Thibault"]),
    # (numbers a bill or a creditor's letter names after what they stand for)
    ("| 5 | hôpital | patient 0883146, factures 24H019374 et 24H021160 | 1.246,30 |",
     ["0883146", "24H019374", "24H021160"]),
    # (a numbered centre named by its town: the town and its number; not a count after them)
    ("DEWEZ Julien (CPMS Namur 2)", ["DEWEZ Julien", "Namur 2"]),
    ("Le CPAS de Liège 3 fois par mois.", ["Liège"]),
    # (an invitation's time zone names no place)
    ("Jeudi 20 mars 2025 13:30 – 15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", ["Jeudi 20 mars 2025"]),
    # (a first name and a service named by ordinary words joined by a link, after "de": two names; after "des", a
    # name may be a person's)
    ("Karima des Hirondelles vous appellera. Marie des Anges Lopes.", ["Karima des Hirondelles",
                                                                     "Marie des Anges Lopes"]),
    ("C'est Youssef de Pont des Cultures, l'interprète. Marie de Smet et Jean du Bois.",
     ["Youssef", "Pont des Cultures", "Marie de Smet", "Jean du Bois"]),
    # (a greeting after a message's stamp and sender, a kunya greeted, a chat's title of a name, a kept acronym and a
    # town)
    ("14/03/2024 21:14 – Frédéric : Bonsoir Najib, merci !", ["14/03/2024", "Frédéric", "Najib"]),
    ("04/11/2024 19:02 - Youssef Hamdan: Marhaba Abou Omar, c'est Youssef.",
     ["04/11/2024", "Youssef Hamdan", "Abou Omar", "Youssef"]),
    ("=== Conversation « Jonathan AMO Verviers » ===", ["Jonathan", "Verviers"]),
    # (a department named by one plain noun after "Service"; a scale; a kind of service every commune has)
    ("Adressez-vous au Service Locataires puis au Service Jeunesse, puis au service Lambert.", ["Lambert"]),
    ("Score EPDS fait avec elle : 9 (limite). Orientée vers le service de médiation de dettes.", []),
    # (what an independent review found the first rules broke: a table's columns of amounts and years under a bill's
    # words, amounts and counts after them, a count after a centre, a place after an invitation's time zone, a first
    # name the keep-list or the greetings held, a label before a greeting, Pasteur as a surname, a service named by a
    # thing, a surname the keep-list holds as an acronym, a programme's slots, Dutch surnames)
    ("| Créancier | Montant facture (€) | Année contrat | Solde |\n| Engie | 1246 | 2021 | 350 |\n"
     "| Proximus | 230 | 2022 | 120 |", ["Engie", "Proximus"]),
    ("Facture 12 500 € ; tickets 10 000 vendus ; factures impayées 2023 ; contrat de travail 1990-2025.", []),
    ("Le CPAS de Liège 3 x par semaine. CPAS Annexe 3 : formulaire.", ["Liège"]),
    ("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris, Salle du CPAS, Jodoigne", ["Jodoigne"]),
    ("Okan a été exclu. Salam Hassan, 15 ans, est suivi.", ["Okan", "Salam Hassan"]),
    ("10h00 Présents : Lieve Martin, AS du CPAS", ["Lieve Martin"]),
    ("10:00 Présents : Lieve Martin, AS du CPAS", ["Lieve Martin"]),
    ("Léa Pasteur, 14 ans, est suivie. Mme Pasteur a appelé.", ["Léa Pasteur", "Pasteur"]),
    ("Adressez-vous au Service Tremplin, au Service Horizons ou au Service Autrement.",
     ["Service Tremplin", "Service Horizons", "Service Autrement"]),
    ("Contrat 2000-2035. Facture 01/2024 payée. Facture 03-2024, facture 2023.11, facture 1250.00, tickets 50000.",
     []),
    ("Mme Dinant est venue. Le bus Namur-Dinant.", ["Dinant", "Namur-Dinant"]),
    ("Patient 088314 hospitalisé ; facture 240318 ; client 10.45AB12.", ["088314", "240318", "10.45AB12"]),
    ("Orientations : CPMS Namur 5 ; CPMS Namur 2 fois par mois. (GMT+1) Bruxelles, Charleroi",
     ["Namur", "Namur", "Charleroi"]),
    ("=== Conversation « Sara MENA Garcia » ===", ["Sara MENA Garcia"]),
    # (an amount after a file's word, a law's article, a service's name after its legal form in a letterhead)
    ("Dossier ouvert, aide de 300 € refusée, en application de l'article VII.106 CDE.", []),
    ("SERVICE DE MÉDIATION DE DETTES – ASBL Budget & Vous Centre", ["Budget & Vous Centre"]),
])
def test_what_the_sixty_first_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_minister_of_a_worship_before_a_name_is_no_part_of_whom_it_names(anonymizer):
    """#20: "Pasteur J. BOKETSHU" in a list is the Jonas Boketshu of the case."""
    text = "Présents : le pasteur Jonas BOKETSHU.\nPasteur J. BOKETSHU     | invité\nPASTEUR Julie (AS)"
    tags = re.findall(r"\[PERSONNE_\d+\]", anonymizer.anonymize(text).text)
    assert tags[:2] == ["[PERSONNE_1]", "[PERSONNE_1]"] and tags[2] != "[PERSONNE_1]"


@pytest.mark.parametrize("text,expected", [
    # a voicemail's transcript: a name spelt, a reference and an address said aloud, two communes in lower case, a
    # first name that is a word, in a line of names written in lower case
    ("« bonjour c'est madame wouters W O U T E R S je rappelle pour noah »\nNoah Wouters, 9 ans.",
     ["wouters", "W O U T E R S", "noah", "Noah Wouters"]),
    ("« le pv numéro NA point douze point L deux point zéro zéro trois barre vingt-six merci »",
     ["NA point douze point L deux point zéro zéro trois barre vingt-six"]),
    ("« je répète B R onze L trois zéro zéro sept deux six barre vingt-cinq voilà »",
     ["B R onze L trois zéro zéro sept deux six barre vingt-cinq"]),
    ("« écrivez à l point maes arobase cpas wéris point be ou à la police de ferrières hamoir »",
     ["l point maes arobase cpas wéris point be", "ferrières", "hamoir"]),
    ("« mon snap c'est yanis underscore jemeppe deux mille dix merci »", ["yanis underscore jemeppe deux mille dix"]),
    # a network's comments: the author's handle before the middle dot and the comment's age
    ("Commentaires :\n  lili.vds · il y a 2 j : trop drôle\n  user55120873 · il y a 1 j : 😂", ["lili.vds",
                                                                                            "user55120873"]),
    # an account typed with a digit short, a programme's slot, a comment in Italian
    ("Versement sur le compte BE62 5100 007 5471 chaque mois.", ["BE62 5100 007 5471"]),
    ("Programme\n10h30  Pause\n12h15  Repas", []),
    ("08h10 zoé : t où\n08h11 titou : bus\n08h14 zoé : ok\n08h15 titou : jsuis là", ["zoé", "titou", "zoé", "titou"]),
    # (a first name that is an Italian word too is still her name alone)
    ("Mia Rossi, 8 mois. Mia boit bien.", ["Mia Rossi", "Mia"]),
    # a spreadsheet's tab, a code cited by its abbreviation
    ('Export de l\'onglet "Suivis_en_attente" ; casier judiciaire (art. 596 C.I.cr.) vierge.', []),
])
def test_what_the_sixty_second_blind_batch_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a street written without its type before its number and its commune's own postcode; a prisoner's number; a
    # function word without its accent; a service's name closed by a regional adjective
    ("Domicile : Glycines 4, 7080 Frameries. Classe 3, 2024 Wavre.", ["Glycines 4, 7080 Frameries", "Wavre"]),
    ("Objet : détenu DEMOL – écrou 31877 – visite", ["DEMOL", "31877"]),
    ("jsais que c pour ca que jsuis la", []),
    ("Elle est suivie par Le Relais gaumais (référente : Mme Pirard).", ["Le Relais gaumais", "Pirard"]),
    # a conversation whose senders stand before the time, a day's heading between dashes, a day and a part of it
    ("— 4/1 —\nzizou 18:02 : t ou\nInès 18:04 : bus\nzizou 18:06 : ok\nInès 18:10 : jarrive", ["4/1", "zizou", "Inès",
                                                                                                   "zizou", "Inès"]),
    ("- 6/2 matin : audience ; 1/2 portion au repas", ["6/2"]),
    # a date written month first by a phone set to English; days and months after an English preposition
    ("Message du 04/27/2025 à 21:58.", ["04/27/2025"]),
    ("I was absent on 10/14 and 10/15, sorry.", ["10/14", "10/15"]),
    # a member's number after "Mutuelle :"; a commune's school numbered, its name after the number
    ("Mutuelle : 216/0552817. Il fréquente l'École n°7 Les Glycines.", ["216/0552817", "École n°7 Les Glycines"]),
])
def test_what_the_fourteenth_blind_case_folders_taught(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # (an independent review of those classes: doses, a child's initials, words spelt in an exercise, a document's
    # parts and marks said aloud, a point of view, a file's name before its size, a kind's adjective, lower-case
    # names in a chat holding Italian or Spanish words, a colour in a paragraph written with its capitals)
    ("Temesta 1/2 matin, 1/2 soir ; Dafalgan 3/4 nuit\n- 1/2 matin, 1/2 soir", []),
    ("L'enfant C.J. (14 ans) vit chez sa mère.", ["C.J."]),
    ("Noah épelle le mot « chat » : C H A T, puis « maison » : M A I S O N. Réponses de Léa : B A B A.",
     ["Noah", "Léa"]),
    ("On passe au numéro deux point b de l'ordre du jour ; ses points sont douze barre vingt quatorze barre vingt "
     "neuf barre vingt onze barre vingt.", []),
    ("écris à kevin arobase gmail et dis lui ton point de vue sur la réunion", ["kevin"]),
    ("rapport2024 · 12 pages\netape1 · accueil", []),
    ("Jean_Pierre a écrit. Source : onglet Dossiers_en_cours.", ["Jean_Pierre"]),
    ("c'est madame ndongala N D O N G A L A merci ; - 1/2 -\nCochez A N N E selon le cas.",
     ["ndongala", "N D O N G A L A"]),
    ("sms : ok bueno, grazie, je passe prendre kevin et yasmine à 16h", ["kevin", "yasmine"]),
    ("Rose Martin vit avec sa mère. La chambre est rose et bien rangée. Selon la voisine, sophie lambert, ça va.",
     ["Rose Martin", "sophie lambert"]),
    # (a second review: a reference said with "barre cent", an address ending "point ma" before the sentence goes on,
    # marks and doses after English words, fields holding a word that is a first name, a month and its year after a
    # cue, a spelling after its cue or after a quoted surname, a comment's date, a name in a chat line whose next
    # sentence opens with a capital)
    ("numéro de dossier vingt-trois barre cent douze barre cinquante deux, merci",
     ["vingt-trois barre cent douze barre cinquante deux"]),
    ("mon mail c'est fatima point bennani arobase menara point ma et mon numéro", ["fatima point bennani arobase "
                                                                                   "menara point ma"]),
    ("Interro : 13/20 or 8/20 ; reduce the dose by 1/2 for a week. Mutuelle : 12/2024 payé.", []),
    ("Champs vides : boite_postale, date_mariage, carnet_rose ; marie_claire a écrit.", ["marie_claire"]),
    ("Elle épelle le nom de famille : D I A Z. Nom de l'enfant : « Marchand » - M A R C H A N D.",
     ["D I A Z", "M A R C H A N D"]),
    ("kev.m · 12 mars : trop nul", ["kev.m", "12 mars"]),
    ("12/03/2024 10:32 - mbuyi kalonji: je passe prendre benjamin à 16h. Merci madame\nBenjamin Kalonji, 9 ans.",
     ["12/03/2024", "mbuyi kalonji", "benjamin", "Benjamin Kalonji"]),
    # (a third review: the first ending that makes an address, a room before its commune's postcode, a reference of a
    # table that an account's shape took, a spelling in the pipeline and its last letter before the next name)
    ("« son mail c'est dubois arobase skynet point be et le point de rendez-vous c'est la gare »",
     ["dubois arobase skynet point be"]),
    ("Lieu : Salle 2, 5000 Namur. Mme Dupont 12, 5000 Namur.", ["5000 Namur", "Dupont 12", "5000 Namur"]),
    ("| FR24-0093318 | 12/06/2024 |", ["FR24-0093318", "12/06/2024"]),
    ("Mme Wets, W E T S, a rappelé. il a dit jamais, J A M A I S. « Marchand » : M A R C H A N D",
     ["Wets", "W E T S", "Marchand", "M A R C H A N D"]),
])
def test_what_the_reviews_of_the_sixty_second_batch_s_classes_found(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text)] == expected


def test_a_spelt_name_takes_the_surrogate_of_the_name_it_spells(anonymizer):
    """#20: "Mme Dupont, D U P O N T" is one person in pseudo style too, spelt as written."""
    text = anonymizer.anonymize("Mme Dupont, D U P O N T, a appelé.", style="pseudo", seed=1).text
    surname = re.match(r"Mme (\w+), ", text).group(1)
    assert f", {' '.join(fold(surname).upper())}," in text


def test_a_date_written_month_first_is_the_day_written_first(anonymizer):
    """#20: "03/15/2009" of an English-set phone is the "15/03/2009" of the report; shifted, both read the same, day
    first (month first, a shifted day of twelve or less would read as another date)."""
    text = "Né le 03/15/2009 selon le téléphone, le 15/03/2009 selon la carte."
    assert anonymizer.anonymize(text, style="tag").text.count("[DATE_1]") == 2
    for seed in range(1, 6):
        dates_written = re.findall(r"\d{1,2}/\d{1,2}/\d{4}", anonymizer.anonymize(text, style="pseudo", seed=seed).text)
        assert len(dates_written) == 2 and dates_written[0] == dates_written[1] != "15/03/2009"


def test_another_name_in_brackets_after_a_name_is_its_person(anonymizer):
    """#20: "Jonathan Lemaire (Jo)", "AZZOUZI Mohammed (prénom usuel « Mhamed »)", "Maximilien (Max)": the name in
    brackets is the person's across the case, and so is a full name written with it ("Mhamed Azzouzi"); a relative
    ("(mère de ...)"), a title ("(Mme ...)") or a list of children in brackets names someone else."""
    first, second = _case_tags(anonymizer, [
        "Père : AZZOUZI Mohammed (prénom usuel « Mhamed »), détenu. Visite de Jonathan Lemaire (Jo) le 3 mai. "
        "Enfant : Maximilien (Max), 9 ans.",
        "Mhamed Azzouzi a téléphoné. Jo viendra jeudi. Max dessine."])
    tag = dict(first)
    assert [t for _, t in second] == [tag["AZZOUZI Mohammed"], tag["Jonathan Lemaire"], tag["Maximilien"]]
    assert tag["Mhamed"] == tag["AZZOUZI Mohammed"] and tag["Jo"] == tag["Jonathan Lemaire"]
    for text, one, other in [("Kevin Dupont (mère de Léa) est venue.", "Kevin Dupont", "Léa"),
                             ("Jolan Martin (Mme Lambotte) est passé.", "Jolan Martin", "Lambotte"),
                             ("La famille Dobre (Andrei, Bianca) est arrivée.", "Andrei", "Bianca")]:
        tags = dict(_case_tags(anonymizer, [text])[0])
        assert tags[one] != tags[other], text


def test_a_nickname_s_pseudonym_is_its_person_s_first_name(anonymizer):
    """#20, pseudo style: "Bibo", the nickname "Ayoub AZZOUZI dit « Bibo »" gives, is rendered with Ayoub's surrogate
    first name, not as a surname of its own."""
    text = "Frère : Ayoub AZZOUZI dit « Bibo », 17 ans. Bibo est passé hier. Ayoub a dit oui."
    out = anonymizer.anonymize(text, style="pseudo", seed=3).text
    first_name = re.search(r"Frère : (\S+) ", out).group(1)
    assert "Bibo" not in out and f"{first_name} est passé" in out, out


def test_an_abbreviated_first_name_and_a_patronymic_are_their_person(anonymizer):
    """#20: "Th. Verhaegen" is Thomas Verhaegen; "KOVALENKO Olena Petrivna" (surname first, then her patronymic) and
    "Olena Kovalenko" are one woman."""
    first, second = _case_tags(anonymizer, [
        "Éducateur : Thomas Verhaegen. Mère : KOVALENKO Olena Petrivna, née à Kharkiv.",
        "Th. Verhaegen a vu Olena Kovalenko. Olena Petrivna parle peu."])
    tag = dict(first)
    assert [t for _, t in second] == [tag["Thomas Verhaegen"], tag["KOVALENKO Olena Petrivna"],
                                      tag["KOVALENKO Olena Petrivna"]]


@pytest.mark.parametrize("text, removed", [
    ("Le GSM. Attendez… zéro quatre septante-deux… trente-trois… quarante et un… zéro huit.",
     "zéro quatre septante-deux… trente-trois… quarante et un… zéro huit"),
    ("Il a dit zéro quatre septante-six... douze... quarante... zéro neuf, merci.",
     "zéro quatre septante-six... douze... quarante... zéro neuf"),
    ("Il entrera à l'école communale de Dolhain. Il fait le trajet en bus Dolhain–Eupen chaque jour.",
     "Dolhain"),
    ("Er geht ins Königliches Athenäum Eupen, sie in die Berufsschule Sankt Vith.", "Königliches Berufsschule"),
    # B64: an adverb between a verb of speaking and a language, never a preposition before a person
    ("Hij spreekt met Frans over de school.", "Frans"),
    ("Ik ben de CLB-medewerker van GO! Campus Kolenspoor in Genk.", "Kolenspoor"),
    # the first review of B64's classes: a particle or an unlisted word after a weak title in capitals, two surnames
    # in capitals before the first name, a first name that is a place on its line before the surname's, a person
    # after a legal form, a range of days after a service's name
    ("FAMILLE LE GOFF : la mère est présente. Coach LE GOFF entraîne. FAMILLE DU MOULIN.", "GOFF MOULIN"),
    ("FAMILLE DE MEYER, SUIVI FAMILLE DA SILVA, FAMILLE AIT BENALI – SYNTHÈSE", "MEYER SILVA BENALI"),
    ("Élève : MARQUES SANTOS Inês (3e). Enfant : PETIT MARTIN Emma.", "MARQUES SANTOS PETIT MARTIN"),
    ("Veerle\nPEETERS\nChauffeur : Hervé\nDEMARET", "Veerle PEETERS Hervé DEMARET"),
    ("Pour l'ASBL Marie Lambert, présidente, nous a écrit.", "Marie Lambert"),
    ("Hébergée au Foyer Sainte-Anne du 12 au 19 mars.", "Foyer Sainte-Anne"),
    # the second review: a handle of a word and a number said aloud, a surname "GO", two transliterations opening
    # with letters written alike
    ("son snap c'est chocolat underscore 75, son insta c'est lune point 2008", "chocolat lune"),
    ("NOM : GO\nSigné : Christine GO", "Christine"),
])
def test_b63_classes_are_removed(anonymizer, text, removed):
    """B63: a phone number dictated with pauses, a commune no list holds written in a school's name and alone, a
    German-speaking Community school's kind."""
    out = anonymizer.anonymize(text).text
    assert not any(word in out for word in re.findall(r"[^\W\d_]{4,}", removed)), out


@pytest.mark.parametrize("text", [
    "Il compte à voix haute : un… deux… trois… quatre… cinq… six… sept… huit… neuf… dix.",
    "Elle compte les marches : vingt… vingt et un… vingt-deux… vingt-trois… vingt-quatre.",
    "Il a eu quatorze… quinze… seize… dix-sept en math cette année.",
])
def test_counting_aloud_with_pauses_is_no_phone_number(anonymizer, text):
    assert anonymizer.anonymize(text).text == text


@pytest.mark.parametrize("text, kept", [
    ("Léo compte : zéro… un… deux… trois… quatre… cinq.", "zéro… un… deux… trois… quatre… cinq"),
    ("Compte à rebours : dix, neuf, huit, sept, six.", "dix, neuf, huit, sept, six"),
    ("Il m'a dicté quatre cent septante-sept, vingt-deux, quarante et un, dix-huit… un moment.", "… un moment"),
    ("Son GSM : zéro quatre septante-sept… vingt-deux… quarante et un… dix-huit… une seconde.", "… une seconde"),
])
def test_a_count_and_the_words_after_a_number_s_pause_stay(anonymizer, text, kept):
    """The second review: counting said with pauses after "zéro", a countdown; a pause after a dictated number ends
    it, and the number is still removed."""
    out = anonymizer.anonymize(text).text
    assert kept in out and ("dix-huit" not in out), out


@pytest.mark.parametrize("text, kept", [
    ("Mevrouw Yilmaz belde (Turks en een beetje Frans, weinig Nederlands).", "Frans"),
    ("Hij heeft het gesprek met de juf in het Frans gedaan en ze heeft het begrepen.", "Frans"),
    ("TOURNÉE 2 – minibus Renault 2-BKN-071 – chauffeur Patrice.", "minibus Renault"),
    ("| Lucas | nonna 065/66.14.93 / papa 0473 40 12 12 |", "nonna"),
    ("Le père est suivi au Service d'Addictologie. L'addictologie est une spécialité récente.", "L'addictologie"),
    # B64: a function word in capitals after a title that is a word; an amount after a street's type word; a section
    # numbered after "compte"; a car's model before its plate; a message's kind before a name; a teacher's title
    # after "l'école de"; a hospital's name before a date's day; a network of schools
    ("NE PAS TRANSMETTRE À LA FAMILLE SANS RELECTURE.\nIl viendra sans courrier.", "FAMILLE SANS RELECTURE"),
    ("Le prix de la résidence s'élève à 2.148,00 € par mois.", "résidence s'élève à 2.148,00 €"),
    ("autoriser la clôture du compte mentionné au point 4 ;", "au point 4"),
    ("Mamy Josiane a un véhicule rouge, Kia Picanto 1-FWS-219.", "Kia Picanto"),
    ("relance par SMS le 1er août.\n> SMS Samira (n° 2) : ok", "relance par SMS"),
    ("Il est en 3e à l'école de M. Mathieu depuis un an.", "l'école de M."),
    ("Demande du service social de l'Hôpital Saint-Ambroise du 17/12/2024, avec l'accord.", "] du ["),
    ("Ik ben de CLB-medewerker van GO! Campus Kolenspoor in Genk.", "GO!"),
    ("Hij spreekt beter Frans dan Nederlands en vraagt een psycholoog.", "beter Frans"),
    ("czy pani może zadzwonić jutro? pani jest bardzo miła", "pani może zadzwonić"),
    ("Ramassage : Liège - CPAS - Seraing. La chambre n° 214B, casier n° 1024B.", "- CPAS - [LIEU_2]. La chambre n° 214B"),
    ("Tribunal du travail de Liège, division Seraing - RCD n° 23/3417/B", "- RCD n°"),
    ("Rencontre avec la FAMILLE TA (père).", "FAMILLE [PERSONNE_1] ("),
    ("son tiktok c'est la point 93.", "c'est [RESEAU_SOCIAL_1]"),
    ("La parcelle numéro 128 C 2 est vendue.", "numéro [REFERENCE_1] est"),
    ("La secrétaire a vu madame lundi ; monsieur conteste ; docteur psychiatre ; l'école n° 4 de Mme Dupont.",
     "de Mme ["),
    ("Bus scolaire : Ciney - Dinant - Givet. La mère travaille à Dinant.", "] - [LIEU_2] - ["),
])
def test_b63_generic_words_stay(anonymizer, text, kept):
    """B63: a language's name in a Dutch line ("een beetje Frans", "in het Frans"), a vehicle's make after its kind
    ("minibus Renault"), a relation's word of another language before the number it owns ("nonna 065/..."); a
    service's last word in lower case elsewhere is no commune of its name."""
    assert kept in anonymizer.anonymize(text).text


def test_a_commune_after_an_organisation_s_legal_form_is_no_person_s_name(anonymizer):
    """"l'asbl Dom Polski Forest" is an association (no first name "Dom"), and Forest stays a place elsewhere;
    a commune ending an address's line is no first name whose surname is the next line's acronym."""
    out = anonymizer.anonymize("Groupe de parole à l'asbl Dom Polski Forest. La famille vit à Forest.\n"
                               "Institut des Trois-Tilleuls - rue du Croissant 31, 1190 Forest\n"
                               "AMO Cap Midi - rue de la Clinique 58, 1070 Anderlecht").text
    assert "PERSONNE" not in out and "\nAMO " in out and "Forest" not in out, out


@pytest.mark.parametrize("texts, apart", [
    # the first review of the bracket rule: a child, a contact, a sister, a teacher, a worker named in brackets
    (["Parent : Nathalie Collin (Inès)", "Inès a été vue par le PMS."], ("Nathalie Collin", "Inès")),
    (["Famille : Sandra Lefèvre (Léa, 12 ans ; Kevin, 9 ans)"], ("Sandra Lefèvre", "Léa")),
    (["Kevin Dubois (Léa, sa sœur, est aussi suivie)"], ("Kevin Dubois", "Léa")),
    (["Kevin Dubois (inscrit en 3e primaire, titulaire : Nathalie Collin)"], ("Kevin Dubois", "Nathalie Collin")),
    (["Kevin Dubois (nom du référent : Julie Renard)"], ("Kevin Dubois", "Julie Renard")),
    (["Mme Sandra Lefèvre (a appelé Julie Renard)"], ("Sandra Lefèvre", "Julie Renard")),
    (["Marc Dubois (appelle l'éducatrice « Julie »)"], ("Marc Dubois", "Julie")),
    (["Les enfants : Inès Dubois (Yanis), Théo Dubois (Lina)."], ("Théo Dubois", "Lina")),
    # a first name abbreviated by its first letters is no other first name opening with the same initial
    (["Mère : Caroline Verhaegen. Grand-père : Ch. Verhaegen."], ("Caroline Verhaegen", "Ch. Verhaegen")),
    (["Rapport de Th. Verhaegen, assistant social.", "Mère : Thérèse Verhaegen. Éducateur : Thomas Verhaegen."],
     ("Th. Verhaegen", "Thérèse Verhaegen")),
    (["Ch. Dubois a appelé.", "Mère : Claire Dubois."], ("Ch. Dubois", "Claire Dubois")),
    # the second review: a worker, a guardian named in brackets; a bare bracket without a short form; a son named
    # after his father's second first name
    (["Kevin Dupont (noté absent par l'éducatrice Julie Martin) ne vient plus."], ("Kevin Dupont", "Julie Martin")),
    (["Léa Dupont (nommée tutrice : Sarah Lambert)"], ("Léa Dupont", "Sarah Lambert")),
    (["Marc Dupont (Julie), 40 ans"], ("Marc Dupont", "Julie")),
    (["Père : Ifeanyi Chukwuemeka Okafor. Fils : Chukwuemeka Okafor, 12 ans.", "Ifeanyi Okafor a appelé."],
     ("Ifeanyi Chukwuemeka Okafor", "Chukwuemeka Okafor")),
    # the third review: a child sharing her name's first letters, a name someone calls, a sibling's short name, a
    # surname ending like a man's patronymic, a role before a naming noun, a married name that is the husband's
    (["Mme Nathalie Collin (Nathan, 4 ans) est venue.", "Nathan arrive souvent fatigué."],
     ("Nathalie Collin", "Nathan")),
    (["Mme Sabrina Marchal (Martin, 6 ans)"], ("Sabrina Marchal", "Martin")),
    (["Lina Haddad (4 ans, appelle « Sami » toutes les nuits).", "Sami va bien."], ("Lina Haddad", "Sami")),
    (["Alexiane Dubois (9 ans) est scolarisée.", "Alex est passé."], ("Alexiane Dubois", "Alex")),
    (["David Ilan Rabinovitch, le père. David Rabinovitch.", "Ilan Rabinovitch, le fils."],
     ("David Ilan Rabinovitch", "Ilan Rabinovitch")),
    (["Kevin Martin (titulaire de classe, prénom : Julie)", "Julie confirme."], ("Kevin Martin", "Julie")),
    (["Mme Nathalie Collin (nom d'usage : Tshibangu)", "M. Tshibangu ne s'est pas présenté."],
     ("Nathalie Collin", "Tshibangu")),
    # cases-blind16: two children joined by another language's "and" or listed; the stops of a route; a place after a
    # full name and its comma; two surnames two letters apart that open differently
    (["Subject: Zuzia i Kuba", "Zuzia va mieux. Kuba dort."], ("Zuzia", "Kuba")),
    (["Présents : Joël, Lucie, la grand-mère."], ("Joël", "Lucie")),
    (["Dans le car (circuit Rachamps - Noville - Bastogne) ce matin."], ("Rachamps", "Noville")),
    (["Mère de la patiente : Mme Halina SZYMAŃSKA, Łopuszno (woj. świętokrzyskie)."],
     ("Halina SZYMAŃSKA", "Łopuszno")),
    (["Synthèse pour M. Collard, délégué.", "Une place en 5e (classe de Mme Gillard)."], ("Collard", "Gillard")),
    # the second round of reviews: sisters whose names differ by their openings, a daughter whose name a table
    # shortens her father's by, a boy and his uncle sharing a first name beside surnames that are first names too
    (["Les sœurs Isabela SANTOS (12 ans) et Anabela SANTOS (9 ans)."], ("Isabela SANTOS", "Anabela SANTOS")),
    (["M. Ivan PEREIRA et sa fille Vânia, 12 ans."], ("Ivan PEREIRA", "Vânia")),
    (["Élève : Yassine HASSAN, 11 ans. L'oncle, M. Yassine OMAR, vient. Yassine arrive sans collation."],
     ("Yassine OMAR", "Yassine")),
])
def test_names_in_brackets_and_abbreviations_that_are_someone_else(anonymizer, texts, apart):
    tags = {text: tag for document in _case_tags(anonymizer, texts) for text, tag in document}
    assert tags[apart[0]] != tags[apart[1]]


def test_a_family_s_short_form_of_a_first_name_is_its_person(anonymizer):
    """cases-blind16: "Kuba" is Jakub, "Zuzia" Zuzanna, "Momo" Mohamed, though none opens the first name it
    shortens; with two men called Mohamed in the case, "Momo" is neither."""
    first, second = _case_tags(anonymizer, ["Enfants : Jakub Wójcik (8 ans) et Zuzanna Wójcik. Oncle : Mohamed Lahlou.",
                                            "Kuba dort. Zuzia traduit. Momo a appelé."])
    assert [tag for _, tag in first] == [tag for _, tag in second]
    first, second = _case_tags(anonymizer, ["Mohamed Lahlou et Mohammed Azzouzi.", "Momo a appelé."])
    assert second[0][1] not in {tag for _, tag in first}


def test_an_alias_s_full_name_keeps_its_person_s_pseudonym(anonymizer, tmp_path):
    """Pseudo style across a case: "Jo Lemaire" of "Jonathan Lemaire (Jo)" is Jonathan's surrogate, first name and
    surname; a patronymic is no surname ("Olena Petrivna" of "KOVALENKO Olena Petrivna")."""
    from anonymizer import case as stages
    from anonymizer.casekey import CaseKey, seed_from
    from anonymizer.formats import Document, Segment

    texts = ["Jeune : Jonathan Lemaire (Jo), 16 ans. Jo dit non.", "Jo Lemaire est revenu. Jonathan rit.",
             "Mère : KOVALENKO Olena Petrivna. Olena Petrivna est venue."]
    documents = [Document(tmp_path / f"{i}.txt", [Segment(text)]) for i, text in enumerate(texts)]
    analysed = stages.analyse(stages.Case(documents), anonymizer)
    analysed = stages.Case(analysed.documents, CaseKey(seed=seed_from(0)), analysed.spans, analysed.known)
    rendered, _ = stages.render(analysed, stages.avoiding_names(stages.CaseSettings("pseudo"), analysed.spans))
    first, second, third = (r.text for r in rendered)
    full = re.match(r"Jeune : (\S+) (\S+) \((\S+)\)", first)
    assert full.group(3) == full.group(1), first
    assert second.startswith(f"{full.group(1)} {full.group(2)} est revenu. {full.group(1)} rit."), second
    mother = re.match(r"Mère : (\S+) (\S+) (\S+)\. (\S+) (\S+) est venue", third)
    assert mother.group(1).isupper() and mother.group(4) == mother.group(2), third


@pytest.mark.parametrize("text, found", [
    # B66: a sports federation's licence and a detainee's number after its label's acronym in brackets
    ("Concerne : notre joueur U15 Yanis KALONJI (licence 3185264).", ["3185264"]),
    ("NN : 87.12.03-095.77     N° de détenu (SIDIS) : 1187342", ["1187342"]),
    # a Dutch weekday before a date in digits, a French weekday before a day and a month of one digit each
    ("Afspraken: ik help met de facturen (tegen vrijdag 21/11).", ["vrijdag 21/11"]),
    ("Rendez-vous mardi 2/9 et jeudi 4/9 à 16h. Il mange 1/2 pomme.", ["mardi 2/9", "jeudi 4/9"]),
    # a country's major town after "à", though a surname and a first name too; a noble surname's particle after a title
    ("Kevin est chez sa cousine à Paris depuis jeudi.", ["Paris"]),
    ("Selon M. de Bréhaigne, la mère refuse.", ["de Bréhaigne"]),
    ("- Victoire de Bréhaigne van der Loo d'Ardenval, née le 03/05/2012.",
     ["Victoire de Bréhaigne van der Loo d'Ardenval"]),
    ("Délivrance : Pharmacie du Bocage à Ensival.", ["Pharmacie du Bocage"]),
    # the model's entity stops before a date or a class after it
    ("Objet : RE: Kevin NGUYEN 4C", ["Kevin NGUYEN"]),
    ("Courrier du Centre PMS Le Confluent du 16/01/2025 ; entretiens.", ["Le Confluent", "16/01/2025"]),
    # two schools joined by "et" are two
    ("Zuzanna et Jakub, sco. respectivement Institut des Trois-Tilleuls et La Pépinière.",
     ["Institut des Trois-Tilleuls", "La Pépinière"]),
    # a Dutch clause's conjunction makes its line Dutch: its nouns are none of the names
    ("- de tussenkomst in de schoolkosten van Zuzanna en Oskar te weigeren, omdat de facturen ontbreken.",
     ["Zuzanna", "Oskar"]),
    # (and what the development files showed after: a commune that is a word on a bus line's two ends, a law office
    # by its two partners on its line, a shop "Chez" and a first name, a commune ending a sentence, a residential
    # service's name in a heading, a hamlet's house number and a house number before a postcode)
    ("Il prend seul le bus TEC Marche–Nassogne depuis avril.", ["Marche", "Nassogne"]),
    ("Maître Geoffroy Van Caillie\nVan Caillie & Dessart\nAvenue Louise 250, 1050 Bruxelles",
     ["Van Caillie & Dessart"]),
    ("Il mange souvent au snack Chez Momo à Anderlecht.", ["Chez Momo"]),
    ("- Médecin traitant de la famille : Dr Olivier Mathy, Champion.", ["Champion"]),
    ("SERVICE RÉSIDENTIEL GÉNÉRAL LES COUDRIERS\nRapport d'incident", ["LES COUDRIERS"]),
    ("Adresse : Rachamps 27A, chez les grands-parents. Mme Dupont 12, 5000 Namur.", ["Rachamps 27A", "Dupont 12"]),
    # (and what four reviews found: names before a full stop and a small word, names that are the words of another
    # language, a service's name in capitals after its kind and an adjective, a heading naming a relative and a child,
    # a first name that is another town's name, two first names joined by "&")
    ("- Jean. : retour chez la mère ok.\n- Cath. (grand-mère) : demande de visites. Vu Lou. elle a dormi.",
     ["Jean", "Cath", "Lou"]),
    ("Selon Weil, la mère est épuisée. Selon Dar, rien. Le juge Mahal a ordonné une expertise.",
     ["Weil", "Dar", "Mahal"]),
    ("Mijn Frans heeft gebeld, hij is de vader van Lotte.", ["Frans", "Lotte"]),
    ("Mijn Frans is niet thuis, hij is bij zijn moeder in Gent.", ["Frans"]),
    ("Avocats de la mère :\nPetit & Fontaine\nAvenue Louise 12, 1050 Bruxelles", ["Petit & Fontaine"]),
    ("Élève | École | FASE\nKevin Dupont | EC Les Tilleuls | 1987\nSami Benali | Athénée | 2034\n"
     "Lina Roos | Institut | 5123\nTom Maes | Lycée | 2011", ["1987", "2034", "2011"]),
    ("Rendez-vous le mardi 2/3 de 9h à 11h. Visite samedi 6/9 des 10h.", ["mardi 2/3", "samedi 6/9"]),
    ("Détenu | N° d'écrou | Cellule\nDupont | 1987 | B12\nMartin | 2044 | C03\nRenard | 2101 | A07", ["1987", "2044"]),
    ("Marchand & Fontaine\nHuissiers de justice", ["Marchand & Fontaine"]),
    ("Service résidentiel LA TRAVERSÉE\nCENTRE CULTUREL DES ROCHES\nRapport", ["CULTUREL DES ROCHES"]),
    ("Il vit au Service résidentiel LA TRAVERSÉE depuis mars.", ["Service résidentiel LA TRAVERSÉE"]),
    ("SUIVI MAMAN ET VICTOIRE\nRapport", ["VICTOIRE"]),
    ("Nous avons reçu un appel de Salima.", ["Salima"]),
    ("Parents :\nKevin & Julie\nKevin est venu seul.", ["Kevin", "Julie"]),
])
def test_what_the_thirty_ninth_session_s_blind_batches_left(anonymizer, text, found):
    spans = [s.text for s in anonymizer.analyze(text)]
    assert all(form in spans for form in found), spans
    assert not [s for s in spans if any(f in s and f != s for f in found)], spans


@pytest.mark.parametrize("text, kept", [
    # a note's abbreviations of words before their full stop
    ("Rem. pour moi :\n- bulletin 1er trim. pas sorti.\nSous-dir. voulait « signaler direct ».",
     ["trim", "Sous-dir"]),
    # an emergency's triage and a child's pain scale, a school's mathematics, a crèche's medicines
    ("Triage Manchester par l'infirmier Cédric Vanhamme : code ORANGE, FLACC 7/10.", ["Triage Manchester", "FLACC",
                                                                                        "7/10"]),
    ("- calculatrice et table de Pythagore autorisées ;", ["Pythagore"]),
    ("Trousse : Cétirizine sirop 2,5 mg. lait Nutramigen. J'ai mis de la Flamazine.",
     ["Cétirizine", "Nutramigen", "Flamazine"]),
    ("SPF Justice – Direction générale des Établissements pénitentiaires", ["Établissements pénitentiaires"]),
    # a visit, no street; what a form states in capitals; a heading's adjective and noun
    ("11h10 : passage de l'inspecteur Rudy Lenoir.", ["passage de l'inspecteur"]),
    ("Résidence effective NON CONSTATÉE pour la personne 6.", ["Résidence effective NON CONSTATÉE"]),
    ("3. EXAMEN CLINIQUE ET BILAN\nTexte.", ["CLINIQUE ET BILAN"]),
    # a Dutch writer's own language, a Dutch passage's heading, a relation's word in an English line or in a family's
    # language
    ("Zoals telefonisch besproken (sorry, mijn Frans is niet zo goed): hieronder de brief van het OCMW.", ["Frans"]),
    ("15:35 – Loud argument between dad and Mr Ionescu next to the car. Dad shouting in French and English.",
     ["between dad", "Dad shouting"]),
    ("Au domicile : la grand-mère paternelle, Mme PHAM Thi Lan (« bà nội »), et l'oncle.", ["bà nội"]),
    ("Contact : DE SMET Godelieve (« Oma Lieve »). Mot glissé dans le sac par Oma (recopié).", ["par Oma"]),
    ("TO DO\n- appeler la maman. La sœur de Madame, Mme Lama Al Ahmad, traduit.", ["TO DO", "sœur de Madame"]),
    # (what four reviews found after: headings of two words and "&", an amount after a service's kind, a fraction
    # after a weekday, a diminutive that is an English word, a year in a column headed "Licence")
    ("Forces & Faiblesses\nPapa & Maman\nDate & Heure", ["Forces & Faiblesses", "Papa & Maman", "Date & Heure"]),
    ("ENTRETIEN MÈRE ET FILLE\nRapport", ["MÈRE ET FILLE"]),
    ("Frais :\n- Pharmacie 45,20 €\n- Mutuelle 12,50 €", ["Pharmacie 45,20 €", "Mutuelle 12,50 €"]),
    ("Le mardi 2/3 des enfants étaient absents.", ["mardi 2/3 des enfants"]),
    ("Sixtine Dupont a écrit : sixty days left.", ["sixty days left"]),
    ("Lieu : Namur – Heure : 14h30", ["Heure"]),
    ("M. Bernard de Service a répondu.", ["de Service a répondu"]),
])
def test_what_the_thirty_ninth_session_s_blind_batches_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert all(form in out for form in kept), out


def test_the_thirty_ninth_session_s_case_links(anonymizer):
    """cases-blind18: a street type contracted ("Chée"), an address without its street's type (in the same commune)
    are one entity each; a family firm is not its family (a review: "Mertens SRL" and "M. Mertens"), nor is a
    namesake's home in another commune; a weekday in Dutch shifts in Dutch."""
    from anonymizer import dates

    texts = ["Chaussée de Waterloo 512, 5002 Saint-Servais. Domicile : rue des Hirondelles 17, 7080 Frameries.",
             "Chée de Waterloo 512 - 5002 St-Servais. Domicile : Hirondelles 17, 7080 Frameries."]
    first, second = ({text: tag for text, tag in document} for document in _case_tags(anonymizer, texts))
    assert set(first.values()) == set(second.values()), (first, second)
    texts = ["Garage automobile Mertens SRL. Attestation : Monsieur Kevin Mertens est mécanicien.",
             "M. Mertens travaille chez Mertens SRL. Chez sa mère (Tilleuls 4, 1300 Wavre) et chez son père (avenue "
             "des Tilleuls 4, 5000 Namur)."]
    first, second = ({text: tag for text, tag in document} for document in _case_tags(anonymizer, texts))
    assert second["Mertens"] == first["Kevin Mertens"] != second["Mertens SRL"], (first, second)
    assert second["Tilleuls 4, 1300 Wavre"] != second["avenue des Tilleuls 4, 5000 Namur"]
    assert dates.shift("vrijdag 21/11", 10, 2025) == "maandag 1/12"
    assert dates.shift("za. 6/12", 10, 2025) == "di. 16/12"


def test_a_family_s_diminutive_of_a_first_name_goes_with_it(anonymizer):
    """cases-blind18: "Gaspi" of "Gaspard" is his, in a sentence (opening one, a word of the lexicon is that word)."""
    out = anonymizer.anonymize("Gaspard de Bréhaigne, 10 ans. Selon Gaspi, il ne veut plus aller chez son père.").text
    assert "Gaspi" not in out and "Gaspard" not in out, out


@pytest.mark.parametrize("text, found", [
    # B67 and cases-blind19 (fortieth session): a greeting's short or ordinary first name, a phone's number after
    # its word, a file name's parts, a weekday's two letters before a full date, a Portuguese firm
    ("Objet : relevé\n\nBonjour Bo,\nVoici le tableau.", ["Bo"]),
    ("Le GSM (IMEI 490154 20 237518 7) est saisi.", ["490154 20 237518 7"]),
    ("Support : Synthese_MERTENS-HAJJI_2025-03-11_v3.pptx", ["Synthese_MERTENS-HAJJI_2025-03-11_v3.pptx"]),
    ("Ve 14/02/2025 08h10 | KD | Pansement fait.", ["Ve 14/02/2025"]),
    ("Employeur : Carpintaria Sousa Lda. à Braga.", ["Carpintaria Sousa Lda"]),
    # (a review: the same greeting in Dutch, English and German, the name a word of those languages)
    ("Beste An,\nkan je me bellen?\n\nDear Jo,\nthanks for the update.\n\nLiebe An!\nWie geht es dir?", ["An", "Jo"]),
])
def test_what_the_fortieth_session_s_blind_batches_left(anonymizer, text, found):
    spans = [s.text for s in anonymizer.analyze(text)]
    assert all(form in spans for form in found), spans


@pytest.mark.parametrize("text, kept", [
    # B67 and cases-blind19: a nurse's and a doctor's notes (a cut word the log writes in full, a consultation's
    # parts, a heart rate, a blood pressure, a medicine), a law's article with a slash, a saint's day, a visit in a
    # journal, the greeting of a Dutch letter before its title
    ("Lu 03/02 07h30 | KD | Glycémie 1,40.\nMa 04/02 07h40 | KD | Glyc 1,62, pansement.", ["Glyc"]),
    ("S/ toux. O/ Plaie propre. P/ Flixotide 2x/j, revoir si hospit. nécessaire.", ["Plaie", "Flixotide", "hospit"]),
    ("Examen : FC 92, TA 131/84, T° 37,1.", ["FC 92", "131/84"]),
    # (a review: vital signs without commas, a meter's readings)
    ("TA 128/82 FC 88 Sat 97 %. FC 96 FR 22 T° 37,9.", ["FC 88 Sat", "FC 96 FR"]),
    ("Le compteur indique 34 512 KWh ; compteur jour 045120.", ["34 512", "045120"]),
    ("Faits qualifiés au sens de l'art. 433/12 C. pén.", ["433/12"]),
    ("Les cadeaux sont arrivés vers la Saint-Nicolas.", ["Saint-Nicolas"]),
    ("Noté : passage de M. Ruelle vers 18h.", ["passage de M."]),
    ("Beste heer Claessens,\nWij hebben uw brief goed ontvangen.", ["Beste heer"]),
    ("Relevé du compteur : 071 42 15 kWh.", ["071 42 15"]),
])
def test_what_the_fortieth_session_s_blind_batches_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert all(form in out for form in kept), out


@pytest.mark.parametrize("text, gone", [
    # what four reviews of the fortieth session's rules found left in clear, removed again
    ("Scola dit que Kevin refuse. Sa scolarité est à suivre.", "Scola"),
    ("Appel de Chapel 2 fois, elle était à la chapelle.", "Chapel"),
    ("Damen a appelé ce matin, elle ne viendra pas.", "Damen"),
    ("La maman souhaite l'inscrire pour la Sainte-Ursule en septembre.", "Sainte-Ursule"),
    ("D'après la Saint-Fleur, la mère aurait frappé l'enfant.", "Saint-Fleur"),
    ("Art. 4471/2213 : avertissement-extrait de rôle.", "4471/2213"),
    ("Le TA 3345/22 concerne la famille Dewulf.", "3345/22"),
    ("Vidéo de l'état des lieux : EDL-rue-des-Alouettes-14.mov", "Alouettes"),
    ("Il joue au FC 08 Homburg le samedi.", "Homburg"),
    ("« Lina ist heute im Brüls geblieben, bei Oma. »", "Brüls"),
])
def test_what_the_fortieth_session_s_reviews_found_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


def test_a_school_s_first_words_make_no_acronym_of_ordinary_words(anonymizer):
    """A review: the acronym of a name's first words removed "Est", "Car", "IST" (withdrawn)."""
    text = "Il est à l'École Sainte-Thérèse de Mons. Est-ce que la maman a signé ? Dépistage des IST fait."
    out = anonymizer.anonymize(text).text
    assert "Est-ce" in out and "IST" in out, out


@pytest.mark.parametrize("text, kept", [
    # B68 (forty-first session): a calendar's file and its English mail (the fields of an invitation, a weekday), a
    # German letter addressing the justice of the peace by her office, a meeting room named after someone, a student
    # exchange programme
    ("BEGIN:VEVENT\nDTSTART;TZID=Europe/Brussels:20241122T133000\nSUMMARY:Rencontre\nEND:VEVENT",
     ["VEVENT", "DTSTART", "SUMMARY"]),
    ("Subject: Thursday + something about Yusuf\nATTENDEE;CN=Karim Lebrun", ["Thursday", "ATTENDEE"]),
    ("Sehr geehrte Frau Friedensrichterin,\nals Patentante erkläre ich mich einverstanden.", ["Friedensrichterin"]),
    ("Emplacement :   Salle Magritte (1er)\nDébut : lun. 18/11/2024 09:00", ["Salle Magritte"]),
    ("Ciara Byrne (bénévole Erasmus, jeudi). Mme Rosier effectue un séjour Erasmus.", ["Erasmus"]),
    # an amount's cents, a tax statement's and a homework school's names
    ("Revenus imposables (avertissement-extrait de rôle) : 14.212,36 € ; annexe 2 : AER 2023.", ["14.212", "AER"]),
    ("Inscription à l'école de devoirs Les Petits Castors.", ["école de devoirs"]),
    # a child's school by its kind (cases-blind16), a person the model read as a place with her title (cases-blind18)
    ("Coordination avec l'école primaire de Lucie (école communale Les Sorbiers).", ["école primaire de"]),
])
def test_what_the_forty_first_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert all(form in out for form in kept), out


def test_a_calendar_file_s_day_before_its_time_is_a_date(anonymizer):
    """B68: "DTSTART;TZID=Europe/Brussels:20241122T133000" writes the 22nd of November 2024 (eight digits alone are
    any number)."""
    spans = [s.text for s in anonymizer.analyze("DTSTART;TZID=Europe/Brussels:20241122T133000\nDossier 20241123.")
             if s.entity_type == "DATE"]
    assert spans == ["20241122"], spans


def test_initials_pet_names_and_a_place_s_extra_words_are_their_entity(anonymizer):
    """cases-blind16 to 19 (read): a staff list's initials are the full name they pair ("BL" of "Bruno Leclercq",
    "KEO" of "Khadija El Ouazzani"); a surname with its particle alone, spelt otherwise, is the full name's; a pet
    name is the first name it is made of ("Zuzka" of "Zuzana", "Samko" of "Samuel"), and a short form of a first name
    the case writes only alone ("yas" of "Yasmine"); a place's or a service's span that took ordinary words, a legal
    form or a heading's tail is the name the case writes alone ("district de Michalovce", "SRL Sen Vàng")."""
    first, second = _case_tags(anonymizer, [
        "| BL | Bruno Leclercq | instituteur |\n| KEO | Khadija El Ouazzani | AS |\n\nBL : Mattéo va mieux. KEO : "
        "suivi au CPMS. Zuzana Kotlárová (mère), Samuel Dužda (6 ans). Son amie Yasmine l'héberge. Né à Michalovce. "
        "Les parents exploitent le restaurant « Sen Vàng », avenue Jean Materne 143 à Jambes.",
        "Contact avec Mme El Ouazani (CPMS). Zuzka et Samko sont venus. jpeux aller chez yas ce soir ? Acte de "
        "naissance du district de Michalovce. Activité : SRL Sen Vàng (restauration)."])
    tags = dict(first)
    assert tags["BL"] == tags["Bruno Leclercq"] and tags["KEO"] == tags["Khadija El Ouazzani"], first
    later = dict(second)
    assert later["El Ouazani"] == tags["Khadija El Ouazzani"], (first, second)
    assert later["Zuzka"] == tags["Zuzana Kotlárová"] and later["Samko"] == tags["Samuel Dužda"], (first, second)
    assert later["yas"] == tags["Yasmine"], (first, second)
    assert next(t for s, t in second if "Michalovce" in s) == tags["Michalovce"], (first, second)
    assert next(t for s, t in second if "Sen Vàng" in s) == tags["Sen Vàng"], (first, second)


def test_a_pet_name_is_never_a_first_name_of_its_own_nor_a_service_its_town(anonymizer):
    """"Sami" is a first name (not Samir's), "Hala" too (not Halina's); the hospital named after its town is no town."""
    first, second = _case_tags(anonymizer, [
        "Samir Haddad (15 ans) et Halina Nowak. Il habite à Libramont.",
        "Sami est venu avec Hala. Il est suivi à l'Hôpital de Libramont."])
    tags, later = dict(first), dict(second)
    assert later["Sami"] != tags["Samir Haddad"] and later["Hala"] != tags["Halina Nowak"], (first, second)
    assert all(t != tags["Libramont"] for s, t in second if "Hôpital" in s), (first, second)


def test_a_nickname_with_the_initial_of_its_person_s_surname_is_that_person(anonymizer):
    """cases-blind17: "Pino S." after "SCIORTINO Giuseppe (dit « Pino »)" is Giuseppe, and so is every "Pino"."""
    first, second = _case_tags(anonymizer, [
        "Concerne : SCIORTINO Giuseppe (dit « Pino »), né le 23/06/2011. Pino est arrivé en retard.",
        "Jeune : Pino S. (réf. interne RC-2024-117)\nPino est venu avec sa mère."])
    tags, later = dict(first), dict(second)
    assert later["Pino S."] == later["Pino"] == tags["SCIORTINO Giuseppe"] == tags["Pino"], (first, second)


def test_a_name_the_model_reads_as_a_place_with_its_title_is_a_person(anonymizer):
    """cases-blind18: "puis Mlle Tran à Paris": the model's place "Mlle Tran" is the person Tran."""
    spans = {(s.text, s.entity_type) for s in anonymizer.analyze("J'ai eu M. Nguyen à 10h15 puis Mlle Tran à Paris.")}
    assert ("Tran", "PERSON") in spans, spans


def test_a_family_s_afghan_dates_and_a_pastor_s_names_are_theirs(anonymizer):
    """cases-blind20 (read after its first score): an Afghan taskera's birth dates ("1 Hamal 1385", "17 Sonbola
    1395": no person "Hamal"); a pastor by his title and his surname ("Pasteur NZUZI", "pasteur Nzuzi", "Pastor F.
    Nzuzi") is the man the case names in full; "Yassine" is the "Yassin" of the school's list; "M.-Ch. Lambotte" is Marie-Christine Lambotte; "Rue
    St-Nicolas 112/3" and "rue Saint Nicolas 112 b3" are one address."""
    spans = {(s.text, s.entity_type) for s in anonymizer.analyze("| KARIMI Omid | fils | 17 Sonbola 1395 |\n"
                                                                "Né le 1 Hamal 1385 ; son frère Asad a 12 ans.")}
    assert ("17 Sonbola 1395", "DATE") in spans and ("1 Hamal 1385", "DATE") in spans, spans
    first, second = _case_tags(anonymizer, [
        "Le pasteur, M. NZUZI MAKIADI Fidèle, aide la famille. Élève : KARIMI Mohamad Yassin, 14 ans. "
        "| VAN DER HAEGEN Jens | 23/06/2015 |\nDe : Marie-Christine Lambotte, CPAS. Adresse : rue Saint-Nicolas 112 "
        "bte 3, 5000 Namur.",
        "Pasteur NZUZI a appelé ; le pasteur Nzuzi confirme. Referred by Pastor F. Nzuzi. Le titulaire de Yassine. "
        "| VANDERHAEGHEN Jens | fils |\n| M.-Ch. Lambotte | AS |\nAdresse : rue Saint Nicolas 112 b3, Namur."])
    tags, later = dict(first), dict(second)
    pastor = tags["NZUZI MAKIADI Fidèle"]
    assert all(t == pastor for s, t in second if "zuzi" in s.lower()), (first, second)
    assert later["Yassine"] == tags["KARIMI Mohamad Yassin"], (first, second)
    assert later["M.-Ch. Lambotte"] == tags["Marie-Christine Lambotte"], (first, second)
    assert next(t for s, t in second if "Nicolas" in s) == next(t for s, t in first if "Nicolas" in s), (first, second)


def test_a_solar_hijri_date_is_its_gregorian_day_and_shifts_in_its_calendar(anonymizer):
    """cases-blind3, 13, 20: a taskera's "1 Hamal 1385" is the 21st of March 2006 that the school's list writes
    "21/03/2006": one tag; shifted, it stays a date of its calendar and month names."""
    from anonymizer import dates

    assert dates.parse_solar_hijri("1 Hamal 1385").value.isoformat() == "2006-03-21"
    assert dates.parse_solar_hijri("20 Hoot 1367").value.isoformat() == "1989-03-11"
    assert dates.parse_solar_hijri("17 Sonbola 1395").value.isoformat() == "2016-09-07"
    assert dates.parse_solar_hijri("12 Farvardin 1380").value.isoformat() == "2001-04-01"
    assert dates.shift("17 Sonbola 1395", 7 * 60, 2000) == "10 Aqrab 1396"
    assert dates.shift("12 Farvardin 1380", 7, 2000) == "19 Farvardin 1380"
    first, second = _case_tags(anonymizer, ["| KARIMI Sharif | fils | 1 Hamal 1385 |",
                                            "Sharif, né le 21/03/2006, est arrivé seul."])
    assert dict(first)["1 Hamal 1385"] == dict(second)["21/03/2006"], (first, second)


def test_a_pet_name_of_a_syllable_said_twice_opening_a_sentence_is_a_doubt(anonymizer):
    """B68: "c'est Kevin. Kéké." (a note's four-letter abbreviation opening a line stays no doubt: "Lun.")."""
    doubts = [d.text for d in anonymizer.anonymize("« Ouais… c'est Kevin. Kéké. Vous savez. »").doubts]
    assert "Kéké" in doubts, doubts


def test_a_service_s_acronym_read_as_initials_and_a_tender_name_are_their_entity():
    """cases-blind20: "LCA" that the model took for a person's initials is the Lighthouse Christian Academy when no
    person of its document has those initials; "Omidjan" (a Dari word of tenderness after the whole
    name) is Omid; "Pieter-Jan" is no Pieter."""
    from anonymizer.link import _short_first_name, case_entity_keys
    from anonymizer.spans import Span

    first, second = "Élève de la Lighthouse Christian Academy.", "| Mrs R. Okafor | DSL, LCA |"
    school = Span.of(first, first.index("Lighthouse"), first.index("."), "SCHOOL")
    acronym = Span.of(second, second.index("LCA"), second.index("LCA") + 3, "PERSON")
    keys = case_entity_keys([[school], [acronym]], texts=[first, second])
    assert keys[1][acronym] == keys[0][school], keys
    assert _short_first_name("omidjan", "omid") and not _short_first_name("pieter-jan", "pieter")


def test_a_school_s_saint_written_short_is_that_school(anonymizer):
    """cases-blind20: "Coll. Ste-Marie-Josaphat" (read as a place) is the "Collège Sainte-Marie-Josaphat"."""
    first, second = _case_tags(anonymizer, [
        "| Grâce | 09.06.22 | 4e secondaire, Collège Sainte-Marie-Josaphat |",
        "- ILUNGA MBUYI Grâce, 15 ans – 4e sec., Coll. Ste-Marie-Josaphat (FASE 2846)"])
    assert dict(second)["Ste-Marie-Josaphat"] == dict(first)["Collège Sainte-Marie-Josaphat"], (first, second)


@pytest.mark.parametrize("text, gone", [
    # what a review of the forty-first session's rules found left in clear, removed again: a first name that is a
    # Dutch verb, German surnames that are weekdays, French surnames that are roles, handles that are words, a first
    # name that is a programme's, surnames that are rooms' words or German words
    ("Kun a été vu par le PMS. Kun dit qu'il dort mal.", "Kun"),
    ("Contact : Freitag, assistant social. Rdv avec Sonntag le 12 mars.", "Freitag"),
    ("Rdv avec Sonntag le 12 mars.", "Sonntag"),
    ("M. Juge, assistant social du CPAS, et Mme Parrain, voisine.", "Juge"),
    ("Mme Parrain, voisine, a appelé.", "Parrain"),
    ("Snapchat : cerise et Instagram : cerise.2009", "cerise et"),
    ("Présents : Erasmus Nkunda (père). Erasmus explique qu'il travaille de nuit.", "Erasmus"),
    ("Présents : SALLE Marie (mère), Elève : Salle Noémie.", "SALLE"),
    ("Contact :\nLena\nMEHR\n0475 12 34 56", "MEHR"),
    # (a second review: first names that are weekdays, an office word that is a first name or a French surname after
    # a Dutch or German form of address, a first name that greets in Dutch, a calendar file's whole day)
    ("Le père, Sunday, a signé le PIF. Son mari Friday n'a pas souhaité venir.", "Sunday"),
    ("Son mari Friday n'a pas souhaité venir. Friday aurait dit non.", "Friday"),
    ("Geachte heer Juge,\nHierbij het verslag.", "Juge"),
    ("Mevrouw Kiné a appelé.", "Kiné"),
    ("Dag Olsen, le beau-père, était présent.", "Dag"),
    ("DTSTART;VALUE=DATE:20241122\nSUMMARY:Audience", "20241122"),
])
def test_what_the_forty_first_session_s_review_found_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


def test_a_first_name_that_greets_in_another_language_is_no_greeting_in_a_name(anonymizer):
    """A review: "Lieve Peeters (mère), Jan Peeters (père)" are two people (Lieve, Ola, Dag are first names too)."""
    tags = dict(_case_tags(anonymizer, ["Présents : Lieve Peeters (mère), Jan Peeters (père), Ola Kowalska et "
                                        "Ewa Kowalska."])[0])
    assert tags["Lieve Peeters"] != tags["Jan Peeters"] and tags["Ola Kowalska"] != tags["Ewa Kowalska"], tags


def test_what_a_review_of_the_forty_first_session_s_linking_found_merged_stays_apart(anonymizer):
    """A review: first names that greet in another language, first names that open others, surnames after a title
    that a first name's letters open or that end like a pet name, short surnames read as initials, Flemish surnames
    one particle apart, a home and a school of one saint's name are all two people or places."""
    first, second = _case_tags(anonymizer, [
        "Présents : Ola Kowalska (mère), Zuzanna Kowalska (12 ans), Lieve Janssens (amie), Pieter Janssens (voisin).\n"
        "La juge Anne Van der Meiren ; Pieter Van Aken.\nGermaine Lambert (grand-mère), Hubert Dassy (oncle), Mahmoud "
        "Benali (père), Emmanuelle (maman), Emma (6 ans), Maxime (compagnon).\nBilal Lahlou, 12 ans, école Saint-Joseph.",
        "M. VANDERMEULEN (instituteur), Mme VANACKER.\nMme Mahy, Mme Germay, M. Huberty (CPAS). Max, le cousin.\n"
        "Mme SY (mère), Sarah Yilmaz (enseignante). BL (AS SAJ) a vu Bilal. Sa grand-mère vit au Home Saint-Joseph."])
    tags, later = dict(first), dict(second)
    assert tags["Ola Kowalska"] != tags["Zuzanna Kowalska"] and tags["Lieve Janssens"] != tags["Pieter Janssens"]
    assert tags["Emma"] != tags["Emmanuelle"] and later["Max"] != tags["Maxime"], (first, second)
    assert later["VANDERMEULEN"] != tags["Anne Van der Meiren"] and later["VANACKER"] != tags["Pieter Van Aken"]
    assert later["Mahy"] != tags["Mahmoud Benali"] and later["Germay"] != tags["Germaine Lambert"]
    assert later["Huberty"] != tags["Hubert Dassy"], (first, second)
    assert later["SY"] != later["Sarah Yilmaz"] and later["BL"] != tags["Bilal Lahlou"], (first, second)
    assert all(t != tags.get("Saint-Joseph") for s, t in second if "Home" in s), (first, second)


@pytest.mark.parametrize("text, gone", [
    # a surname in capitals after a first name, even a feast's word the keep-list holds
    ("- Kinésithérapie : M. Laurent NOËL, 3 x 30 min/semaine à domicile", "NOËL"),
    ("Rendez-vous avec Pierre PÂQUES demain.", "PÂQUES"),
    # a foreign identity document's number after its name in its language, a country's code between them
    ("Cartão de Cidadão (PT) : 15834721 4 ZY8", "15834721"),
    ("Personalausweis Nr. L01X00T47 (gültig bis 2030).", "L01X00T47"),
    # an officer's registration number in a Dutch police report
    ("Verbalisant: INP Tom DE SMEDT, stamnummer 88.214. Parket Leuven.", "88.214"),
    # a court of the German-speaking Community: its town goes
    ("V/réf. : Jugendgericht Eupen – AZ 24/JG/412", "Eupen"),
    # (the case folders: a day and its month after a weekday, a card's series, a patient's number, a village near a
    # town in German, the word that tells a son from his father)
    ("RDV mardi 04.03 à 14h au bureau.", "04.03"),
    ("Elle présente encore sa carte d'identité roumaine (série KL 482913).", "482913"),
    ("NISS : 24.10.17-318.66 – NIP : 24117309", "24117309"),
    ("Ze vertelde dat haar familie uit een dorp bij Afrin komt.", "Afrin"),
    # (a review: a surname that is a Dutch word or the Dutch spelling of "OK")
    ("Entretien avec M. Oke et son fils Tunde Oke. Oke refuse le suivi.", "Oke"),
    ("Présents : Mme Oke (maman), M. Tot (papa).", "Tot"),
])
def test_what_the_forty_second_session_s_blind_batch_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Cartão de Cidadão (PT) : 15834721 4 ZY8", "Cartão de Cidadão"),
    ('Réponse de Kim : "Oké, jammer maar begrepen."', "Oké, jammer maar begrepen"),
    ("Passage de l'équipe pluridisciplinaire à domicile proposé en mars.", "Passage de l'équipe pluridisciplinaire"),
    ("V/réf. : Jugendgericht Eupen – AZ 24/JG/412", "Jugendgericht"),
    ("Voiture AC-RS 1207. Retour le 3 janvier.", "Voiture"),
    ("Au cabinet Me Lambert, avocate.", "cabinet Me"),
    ("Demander au service Logement une visite de salubrité.", "service Logement"),
    ("Rendez-vous le mer 12.50 € payé.", "12.50"),
    # (a review: a role or an acronym in capitals after a first name; an age's range after a weekday's abbreviation
    # that is a word, "jeu", "mer")
    ("Contacts : Nadia MAMAN, Karim PAPA, Marc JUGE, Lucas SAS.", "MAMAN, [PERSONNE_2] PAPA"),
    ("Ludothèque : jeu 06-12 ans. Atelier mer 10-12 ans.", "jeu 06-12 ans. Atelier mer 10-12 ans"),
    ("Permanence le lundi 08.10 - 12.00, au bureau.", "08.10 - 12.00"),
])
def test_what_the_forty_second_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert kept in out, out


def test_a_mother_greeted_by_her_title_is_not_her_son_named_after_the_comma(anonymizer):
    """"Bonsoir Mme Russo, Matteo ne vient pas": the mother, then her son, two people; a list's "M. YILMAZ, Deniz
    (oncle maternel)" is one, and so is "M. DUPONT, Jean"."""
    spans = {s.text for s in anonymizer.anonymize(
        "Bonsoir Mme Russo, Matteo ne vient pas.\nRéférent familial : M. YILMAZ, Deniz (oncle maternel)\n"
        "Présent : M. DUPONT, Jean.\nM. ÖZTÜRK, Deniz né le 03/02/1985.").spans}
    assert {"Russo", "Matteo"} <= spans and "Russo, Matteo" not in spans, spans
    assert {"YILMAZ, Deniz", "DUPONT, Jean", "ÖZTÜRK, Deniz"} <= spans, spans


def test_junior_is_a_first_name_and_a_son_keeps_the_word_that_tells_him_from_his_father(anonymizer):
    """A review: "Junior Kabila" and "Grâce Kabila" are two children, and "Cristiano junior" is told from his father
    by the word left beside his replacement."""
    out = anonymizer.anonymize("Les enfants Junior Kabila (12 ans) et Grâce Kabila (9 ans) vivent avec leur mère. "
                               "Cristiano, le père, et Cristiano junior.")
    tags = {s.text: t for s, t in zip(out.spans, re.findall(r"\[[A-Z_]+_\d+\]", out.text), strict=True)}
    assert tags["Junior Kabila"] != tags["Grâce Kabila"], out.text
    assert "junior" in out.text, out.text


@pytest.mark.parametrize("text, gone", [
    # a patient's number after its label and a colon; a firm's register number in a British or Irish letter
    ("N° séjour hospitalier : H25-0041873       PID : 7731042", "7731042"),
    ("Company No. 618243 – regulated by the Central Bank of Ireland.", "618243"),
    # a law firm's letterhead in capitals, its second partner a word the keep-list holds
    ("CABINET VANDENPLAS & NOËL\nAvocats au barreau du Brabant wallon", "NOËL"),
    # a hospital's name in capitals, its kind in two words
    ("ÉQUIPE SOS ENFANTS – CENTRE HOSPITALIER DU HAIN\nFormulaire de signalement", "HAIN"),
    # a centre's name in capitals opening with its article, later after "aux"
    # (the development files' misses: a meter's own number after its word, not its reading)
    ("| Électricité | compteur 23 418 775 – EAN 541449200001847362 | jour 04 512 |", "418 775"),
    ("| Eau | compteur 19M0482271 | 1.207 m³ |", "19M0482271"),
    # (a review of this session's rules: a Turkish first name, a place after "de", a name of two calendar words, a
    # child named Lu born on a date)
    ("Okan (12 ans) est en 6e primaire.", "Okan"),
    ("Le CPAS de Mont Le Ban a répondu.", "Mont"),
    ("Sun Mei a rappelé le service. Ma Jun était absent.", "Jun"),
    ("| Lu | 04/03/2021 | Bébés |", "Lu"),
    # (and a second review: a first name before a noun, a surname after a title, a first name after a greeting that
    # is one too, a Congolese first name, a child named Lu in an attendance table)
    ("Lundi : Romain évaluation logopédique. Mardi : Marine consultation ORL.", "Romain"),
    ("M. De Cat est passé au service. Mme De Beck (directrice), M. Le Cousin (éducateur).", "Beck"),
    ("Hoi Sanne, alles goed met Lotte?", "Sanne"),
    ("M. Patient Kasongo (père) est venu.", "Patient"),
    ("| Enfant | Visite |\n| Lu | 14/03 | oui |", "Lu"),
    # (and a third: children named Lu, Ma and Di in an attendance table, their dates not a planner's)
    ("| Enfant | Date | Présent |\n| Lu | 14/03 | oui |\n| Ma | 14/03 | oui |\n| Di | 15/03 | non |", "Lu"),
])
def test_what_the_forty_third_session_s_blind_batch_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    # a planner's weekday in two letters before its day and month
    ("| Lu | 04/03 | 8h15 | 11h45 |\n| Ma | 05/03 | 8h10 | 11h00 |\n| Je | 07/03 | – | – |\n| Lu | 11/03 | – | – |",
     "| Lu |"),
    # (its cells wide: the day and month further than twelve characters from the weekday)
    ("| Lu       |        04/03 | 8h15 |\n| Ma | 05/03 | 8h10 |\n| Je | 07/03 | 8h00 |", "| Lu       |"),
    # a centre's name in capitals after its kind's elided "d'", opening with its article
    ("CENTRE D'ACCUEIL LES TROIS CHÊNES – accueil de demandeurs", "CENTRE D'ACCUEIL ["),
    # vaccines in a child's health record
    ("| 8 sem. | 02/04/2024 | Hexyon + Prevenar 13 + Rotarix | A84CD |\n| 13 mois | à prévoir | MenC | – |",
     "Hexyon + Prevenar 13 + Rotarix"),
    ("| 13 mois | à prévoir | MenC | – |", "MenC"),
    # a range of months; a Dutch street type that is a French word
    ("2. SITUATION BUDGÉTAIRE MENSUELLE (moyenne janv.–mars 2025)", "janv.–mars"),
    ("Dorian revient à 18h10, sac plein de linge sale. Le bus plein de monde.", "plein de linge sale"),
    # a Flemish body in a heading in capitals, the Flemish reception class
    ("4. ANNEXE – LETTRE DE KIND EN GEZIN (copie)", "KIND EN GEZIN"),
    ("Relevé du compteur : 12345 kWh. Compteur 1234567 kWh.", "12345 kWh. Compteur 1234567 kWh"),
    # (a review of this session's rules: what they removed that stays)
    ("Réunion AMO Le Signal & CPAS.", "& CPAS"),
    ("TOTAL EUR : 1250000", "1250000"),
    ("Il est engagé en intérim chez LAPORTE (menuiserie). Porte d'entrée cassée.", "Porte d'entrée"),
    ("MAISON DE JEUNES LA PASSERELLE\n3. PASSERELLE VERS L'ENSEIGNEMENT ORDINAIRE", "3. PASSERELLE VERS"),
    ("Le service LES PETITS PAS intervient. Il avance à petits pas.", "à petits pas"),
    ("JOUR : 0045123   NUIT : 0012345", "0045123"),
    ("Index compteur 45 612 318 (index de jour).", "45 612 318"),
    ("Relevé : compteur 18 733 204 / index nuit.", "18 733 204"),
    ("Hoi Sanne, alles goed met Lotte?", "Hoi ["),
])
def test_what_the_forty_third_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert kept in out, out


def test_a_greeting_or_a_closing_before_a_first_name_is_the_sentence_s_not_the_name_s(anonymizer):
    """A greeting without its comma, a closing and its comma, French "de" before an Arabic particle: none is part of
    the name (nor of its replacement, which would then name another entity); a word that
    may be a surname written first in a list stays in the name (a review: "Petit Sarah", "Koning, Jan")."""
    spans = {s.text for s in anonymizer.anonymize(
        "04/11/2024, 18:42 - Josy Renard: Bonsoir Tom c'est Josiane la mamy.\nBedankt voor je mail. Groetjes, Griet\n"
        "Le véhicule est inscrit au nom de EL HADDOUCHI Rachid (carte).\n"
        "Présents : Petit Sarah (AS CPAS), Pelletier Lucas (SAJ).\n"
        "Aanwezig: Koning, Jan – maatschappelijk werker").spans}
    assert {"Tom", "Griet", "EL HADDOUCHI Rachid"} <= spans, spans
    assert {"Petit Sarah", "Pelletier Lucas", "Koning, Jan"} <= spans, spans
    # (a first name that is an adjective before a verb stays a name)
    for text in ("Rose arrive demain. Claire dit non.", "Julien commence sa formation de cariste en septembre."):
        assert {"Rose", "Julien"} & {s.text for s in anonymizer.anonymize(text).spans}, text


def test_a_number_written_at_home_is_the_one_written_with_its_country_code(anonymizer):
    """"0661 84 20 37" in a PV and "+212 661 84 20 37" in the messages: one number (a neighbour's reading of the
    first, a French mobile, gives way); a Belgian number stays its own."""
    first, second = _case_tags(anonymizer, [
        "Numéro de la grand-mère : +212 661 84 20 37 au Maroc, ou +212 (0)6 61 84 20 37.",
        "Un contact au village (0661 84 20 37, la maison) et le père au 0489 17 64 02."])
    tags, later = dict(first), dict(second)
    assert later["0661 84 20 37"] == tags["+212 661 84 20 37"] != later["0489 17 64 02"], (first, second)


def test_a_village_transliterated_two_ways_is_one_place(anonymizer):
    """"Pisochyn" and "Pisotchyn" (a French "tch" for one sound): one village, as two writers of a case transliterate
    it; not a person's name ("Mitchell" is no "Michel"), nor two places a final "e" tells apart (a review: "Moorsel"
    and "Moorsele")."""
    first, second = _case_tags(anonymizer, [
        "Madame est originaire de Pisochyn, près de Kharkiv. Mme Sarah Mitchell, logopède ; M. Michel, directeur. "
        "Monsieur habite à Moorsele.",
        "Maksym a grandi à Pisotchyn. Mme Mitchell propose une séance. Madame vit à Moorsel. Mme Desmet, "
        "institutrice ; M. De Smet, voisin."])
    tags, later = dict(first), dict(second)
    assert later["Desmet"] != later["De Smet"], second  # (two registered surnames of Flanders)
    assert later["Pisotchyn"] == tags["Pisochyn"], (first, second)
    assert later["Mitchell"] != tags["Michel"] and later["Moorsel"] != tags["Moorsele"], (first, second)


def test_a_village_s_german_transliteration_sounds_as_the_others():
    """A second review: German "tsch" and a doubled "ttch" sound as "Pisotchyn" and "Pisochyn" do."""
    from anonymizer.link import _place_sound

    assert len({_place_sound(name) for name in ("pisotchyn", "pisochyn", "pisotschyn", "pisottchyn")}) == 1


@pytest.mark.parametrize("text, gone", [
    # a surname that is a word, in capitals after a compound first name, in a signature's columns
    ("Avec nos salutations les meilleures,\n\nMarie-Rose PRINTEMPS                 Dr Thierry Vanhoutte",
     "PRINTEMPS"),
    # a German day and month with their two full stops, in brackets
    ("Letzten Freitag (07.03.) hat er in einem Gruppenchat geschrieben.", "07.03."),
    # a firm's name without its legal form, in a Dutch mail's subject, its signature giving it whole
    ("Onderwerp: uw contract – Tiense Logistiek\n\nBeste Radu,\nZoals besproken.\n\nEllen Vermeulen – HR\n"
     "Tiense Logistiek NV, Grijpenlaan 19, 3300 Tienen", "Tiense"),
    # an address's box written in English
    ("Address in Belgium: Rue des Wallons 67, box 201, 1348 Louvain-la-Neuve – Erasmus student", "201"),
    # (the case folders: a teacher "von der" his school, who is only Mertens; two parties of a caption; a person and
    # the church after her comma; the place of a person the text names)
    ("Herr Mertens von der Sekundarschule am Garnstock hat angerufen.", "Garnstock"),
    ("Dossier DEWOLF c/ NAVEAU – audience du tribunal", "NAVEAU"),
    ("| Personne de contact | MBALA JONAS, EGLISE EVANGELIQUE BETHANIE |", "BETHANIE"),
    ("Bêrîvan a 14 ans. Les mails de l'école de Bêrîvan arrivent.", "Bêrîvan"),
    # (a service's name of an adjective and a noun after its kind in capitals stays one)
    ("CENTRE PETIT BONHEUR – crèche", "BONHEUR"),
    # (the reviews of this session's rules: a service's name of ordinary words in capitals; children named by a word of
    # English after an English line, by a label-like name in a chat; a Vietnamese first name; a German surname no list
    # holds; Flemish surnames of a particle and a word; a surname after a heading's DE before a first name)
    ("SERVICE RÉSIDENTIEL DU CHÊNE\nRue du Parc 3", "CHÊNE"),
    ("SERVICE EN CHEMIN – Rue du Parc 3", "CHEMIN"),
    ("The mother said the children were fine this week.\nComfort est venue seule au rendez-vous.", "Comfort"),
    ("Visite à domicile. The mother was not there. Comfort a ouvert la porte.", "Comfort"),
    ("Échange de SMS du 14/03 :\nÉducatrice : tu rentres quand au foyer ?\nPrecious : demain matin", "Precious"),
    ("Personnes autorisées à reprendre l'enfant :\nRuud : oncle paternel", "Ruud"),
    ("Sa fille Trà My (8 ans) est en 3e primaire. My a 8 ans.", "My a"),
    ("Weissenberger a rappelé le service jeudi.", "Weissenberger"),
    ("Réunion avec Stefan de Vrij et Marie de la Rue (AS).", "Vrij"),
    ("FICHE DE PAGE Lucas, né le 03/04/2012", "PAGE"),
    ("Le père, Jan De Bus, travaille à Gand. Anke De Vrij est sa compagne.", "Bus"),
    # (and a second round: a surname after a heading's DE before a first name in capitals, a chat's speakers named by
    # English words, a German signature after its closing, surnames that are participles written first)
    ("SITUATION DE CHEVALIER NOAH", "CHEVALIER"),
    ("Precious: at school\nYour mum: where r u\nTreasure: with big sis", "Precious"),
    ("Ich melde mich nächste Woche wieder.\nMit freundlichen Grüßen\nKrüger", "Krüger"),
    ("Présents : Caché Nadia (AS), Touché Bruno (éducateur)", "Caché"),
    ("Élèves de la classe d'accueil : Porta Giulia, Russo Marco", "Porta"),
    ("DOSSIER DE PAGE\nRéunion avec la famille ce jour.", "PAGE"),
    ("Madame AIT LAHCEN Samira\nrue du Village 7", "AIT"),
])
def test_what_the_forty_fourth_session_s_blind_batch_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    # a legal act's date and subject after its kept issuer
    ("conformément à l'arrêté du Gouvernement de la Communauté française du 5 octobre 2018 relatif aux services "
     "agréés.", "du 5 octobre 2018 relatif aux services agréés"),
    # an English letter's closing, the doctor addressed
    ("Thank you for taking care of him.\nKind regards,\nElif Karakaya-Dogan", "Kind regards"),
    ("To the kidney doctor of my father,\n\nDear Doctor,\nMy name is Elif.", "Dear Doctor"),
    # a vaccine's kind and an auto-injector; a date ending a list's line, the next item's number after it
    ("| Tétravalent (DTPa-IPV) | 29/09/2020 | PSE |", "Tétravalent"),
    ("Allergique aux arachides (a son Epipen dans le cartable).", "Epipen"),
    ("INVENTAIRE DES PIÈCES\n1. Jugement du 03/05/2021\n2. Compositions de ménage", "\n2. Compositions"),
    # a German closing's abbreviation before the first name; a message's imperative before the name it addresses
    ("Hallo Frau Lenz,\nkurze Rückmeldung nach dem Gespräch heute.\n\nLG Petra", "LG "),
    ("03/02/25 21:30 - Fidèle: Envoie Esther ici à Kinshasa pour les grands.", ": Envoie ["),
    # a heading's kind and its description in capitals, no name
    # (a review: a service's name of ordinary words; a child's state in a list; a date's shape as an amount or a time;
    # a service's name holding "contre"; a relative's word after a comma; a firm of ordinary words)
    ("Lucas ABSENT\nSarah EXCUSÉE", "ABSENT"),
    ("Mardi : Malik ENTRETIEN à la maison. Sami STAGE de foot.", "ENTRETIEN à la maison"),
    ("Agenda de la semaine :\nLucas MALADIE\nAttention Mohamed DIABÈTE, prévoir collation.", "DIABÈTE"),
    ("Facture énergie : € 12.05. RDV chez le pédiatre à 10.05.", "12.05."),
    ("Comité Jeunes contre le Racisme de Schaerbeek. Jeunes et parents sont invités.", "Jeunes et parents"),
    ("Nouvelle Vague SRL, Rue du Parc 3. Une Nouvelle Vague de violences en mai.", "Nouvelle Vague de violences"),
    ("Employeur : Nettoyage Express SRL. Il fait du nettoyage express le matin.", "du nettoyage express"),
    ("L'asbl Solidarité contre la Pauvreté de Jemeppe a répondu.", "L'asbl [ORGANISATION_1] a répondu"),
])
def test_what_the_forty_fourth_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert kept in out, out


def test_a_surname_transliterated_with_dj_or_j_names_one_person(anonymizer):
    """"Ronahi Haji" and "Ronahi HADJI": one person (French "dj", English "j" for one Arabic letter)."""
    first, second = _case_tags(anonymizer, [
        "Rapport rédigé par le CPMS. La tante, Ronahi HADJI, est présente.",
        "Entretien au CPMS. La tante Ronahi Haji appelle."])
    tags, later = dict(first), dict(second)
    assert later["Ronahi Haji"] == tags["Ronahi HADJI"], (first, second)


@pytest.mark.parametrize("text, gone", [
    # a logbook's legend of its initials, then the initials alone
    ("Équipe : NB = Nathalie BAUDOIN (AF réf.) ; SD = Sabrina DELHEZ (AF rempl.)\n\nLu 3/2 – NB – 9h05-12h\n"
     "Ma 4/2 – SD – 13h-16h", "– NB –"),
    ("Équipe : NB = Nathalie BAUDOIN (AF réf.) ; SD = Sabrina DELHEZ (AF rempl.)\n\nLu 3/2 – NB – 9h05-12h\n"
     "Ma 4/2 – SD – 13h-16h", "– SD –"),
    # a chat's contact named by a first name and the service the document names
    ("20/12/2024, 17:42 - Yusuf Clairière : Bonsoir, Thibaut rentre à La Clairière lundi.", "Clairière :"),
    # a foreign police file's number with an abbreviated word among its parts
    ("He was registered on the C3 form, Questura file AG/2024/Imm/08815. We filed a request.", "08815"),
    # (the review of this session's rules: a surname that is a word or a role outside a chat's sender; a Maltese
    # surname that is a Romanian aunt's word; a service's name in capitals after its kind; a blood pressure's label
    # never hides a date of another shape)
    ("Entretien avec Mme Ségolène Royal, voisine de la famille.", "Royal"),
    ("Présents : Luc Parrain (éducateur AMO), Anne Juge (PMS)", "Parrain"),
    ("Entretien avec M. Tanti ce matin. La famille Tanti est connue du SAJ.", "Tanti"),
    ("AMO GRAND LARGE DE MONS\nRapport d'activités", "GRAND LARGE"),
    ("HOME BEAU SÉJOUR DE SPA\nFiche d'entrée", "BEAU SÉJOUR"),
    ("Réunion PA 15/06 : bilan du projet d'accompagnement.", "15/06"),
    ("Tension 14/3 : dispute violente entre les parents.", "14/3"),
    ("TA 12/03 relevée par l'infirmière.", "12/03"),
    ("Tension 12/7 : dispute violente entre les parents.", "12/7"),
    # (a second round: a surname that is a role word in a meeting's speaker lines; initials that spell a word, given
    # in brackets after the name)
    ("PV de la réunion\nPrésents : Luc Parrain (parrain de Noah), Sophie Chemin (voisine)\nLuc Parrain : il "
     "confirme.\nSophie Chemin : elle voit Noah.", "Parrain"),
    ("03/04/2025, 10:12 - Ségolène Royal: je passe demain", "Royal"),
    ("Rapport rédigé par Olivier KABONGO (OK), éducateur.\nOK a rencontré Lucas trois fois.", "OK a"),
])
def test_what_the_forty_fifth_session_s_blind_batch_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    # a blood pressure after its label
    ("Dr Vandeberg passé à 11h15 : TA 16/9, augmente le diurétique.", "TA 16/9"),
    ("Tension artérielle : 13/7 ce matin.", "13/7"),
    # a derived noun in lower case that the lexicon lacks
    ("VK a appelé le fils : d'accord pour télévigilance. Demande introduite.", "télévigilance"),
    # a sentence's connective before a first name
    ("Les visas sont au nom de la mère. Or Mohammad est enregistré à l'Office des étrangers.", "Or ["),
    # a religious formula in a chat
    ("17/10/24, 16:05 - Rahmat : Alhamdulillah. Je traduis pour la maman.", "Alhamdulillah"),
    # an institution's qualifiers and "de" after its kept kind: only the town goes
    ("Le Centre PMS provincial de Verviers a écrit.", "Centre PMS provincial de ["),
    # a code of a kept term's letters and an abbreviated word
    ("Le CEB/Fr/2024 a été réussi.", "CEB/Fr/2024"),
])
def test_what_the_forty_fifth_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert kept in out, out


@pytest.mark.parametrize("texts, one, other", [
    # (the review: a surname written first and a first name that join into another family's surname; a Flemish
    # particle in capitals and the same surname written as one word; an Arabic compound first name written as one
    # in a full name, and a son named by its second half)
    (["Père : PETIT Jean, 42 ans.", "L'institutrice, Mme Lucie Petitjean, a écrit. Mme Petitjean insiste."],
     "PETIT Jean", "Lucie Petitjean"),
    (["Le père, M. Marc Desmet, est présent.", "Le voisin, M. Paul De Smet, a appelé. M. De Smet confirme."],
     "Marc Desmet", "Paul De Smet"),
    (["M. Abdelkarim Tahiri, le père, et son fils Karim Tahiri (15 ans).",
      "Le professeur, M. Abdel Karim Benali, a vu Karim Tahiri."], "Abdelkarim Tahiri", "Karim Tahiri"),
    # (and a second round: a French particle in lower case and a common surname written as one word; a child named
    # after his grandfather's compound first name written apart)
    (["Son père, Jan de Smet, travaille à Gand.", "L'instituteur, M. Desmet, a écrit."], "Jan de Smet", "Desmet"),
    (["Noureddine (8 ans) vit chez ses grands-parents.", "Le grand-père, Nour Eddine Alaoui, est venu."],
     "Noureddine", "Nour Eddine Alaoui"),
])
def test_joined_and_apart_names_of_two_people_stay_two(anonymizer, texts, one, other):
    tags = {text: tag for found in _case_tags(anonymizer, texts) for text, tag in found}
    assert tags[one] != tags[other], tags


def test_a_town_no_list_holds_as_a_name_is_a_place_unless_the_case_names_a_person_so(anonymizer):
    """cases-blind24: a chat's group "« Famille Verviers »" and "à Verviers" are one place; "M. Didier Rochefort",
    "M. Rochefort" and "à Rochefort" stay one person's tag (the case names him so)."""
    texts = ["Groupe « Famille Verviers » créé par l'éducatrice.\n12/03/2025 18:02 - Famille Verviers: ok",
             "La grand-mère vit à Verviers depuis 2019.",
             "M. Didier Rochefort est venu. M. Rochefort habite à Rochefort."]
    found = _case_tags(anonymizer, texts)
    verviers = {tag for text, tag in found[0] + found[1] if text == "Verviers"}
    assert len(verviers) == 1 and next(iter(verviers)).startswith("[LIEU"), found
    rochefort = {tag for text, tag in found[2] if "Rochefort" in text}
    assert len(rochefort) == 1, found


@pytest.mark.parametrize("text, gone", [
    # a surname that is an adjective in capitals after a first name that is a word, its role on the line below
    ("Pour l'école,\n\nChloé LEBRUN                                   Olivier SAGE\n"
     "institutrice primaire                          directeur", "SAGE"),
    # a surname after a nickname in quotes, and the nickname found again alone
    ("Équipe : Samuel DETHIER (SD), Mohamed « Mo » ZERROUKI (MZ) – GSM de rue 0471 82 36 15.", "ZERROUKI"),
    # a PMS centre's own name after its network
    ("Sarah Bensalem\nPsychologue – agent PMS\nCentre PMS libre Arc-en-Ciel\nAvenue Van Volxem 210, 1190 Forest",
     "Arc-en-Ciel"),
    # a passport's number with its letters apart, a booking's code after "ref", a cadastral parcel far from its word
    ("Please note that Capucine's passport (EP 715204) expires on 2 June 2025.", "715204"),
    ("They land in Charleroi on Friday 25 April (booking ref QK7ZP2) and pick up the kids.", "QK7ZP2"),
    ("Parcelle cadastrale : Herstal 1re division, section C, n° 0412 K 2\nType : appartement", "0412 K 2"),
    # a date in Turkish and in Polish
    ("14 aralık cumartesi köye gidiyorum, dükkâna Hasan bakacak.", "14 aralık"),
    ("Urodzony 3 maja 2010 w Nowym Targu.", "3 maja 2010"),
    # a place abroad after its country's division, though a list holds its letters as a name
    ("La grand-mère vit dans un village du district de Varto (province de Muş).", "Muş"),
    # (the review of this session's rules: a child's initials before a case's number, an interpreter's initials
    # before a language, a first name after "des", "du" in a note or after German "du", a case's date after a
    # registered letter's "AR", a first name after "the", a surname that is a Dutch word in a file's name)
    ("Audience : affaire Y.B. n° 24/1187/J, enfants L.K. no 21/334.", "Y.B."),
    ("Traduction assurée par YB (arabe) pendant tout l'entretien.", "YB"),
    ("Rdv des Olivier 14h. Anniversaire du Clément samedi.", "Olivier"),
    ("Rdv des Olivier 14h. Anniversaire du Clément samedi.", "Clément"),
    ("VISITE À DOMICILE – MAISON DES CLÉMENT\nLa mère nous reçoit.", "CLÉMENT"),
    ("Kannst du Marine morgen von der Schule abholen?", "Marine"),
    ("Courrier recommandé avec AR du 14 mars 2024 resté sans réponse.", "14 mars 2024"),
    ("Thanks, the Aoife arrangement stays as agreed with Mum.", "Aoife"),
    ("Bijlagen: verslag_Molenaar_juni.docx", "Molenaar"),
])
def test_what_the_forty_sixth_session_s_blind_batch_left(anonymizer, text, gone):
    out = anonymizer.anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    # English months and feasts after "the"
    ("Aoife and I would like the kids for the Easter holidays, otherwise the July plans are at risk.", "the July"),
    ("Aoife and I would like the kids for the Easter holidays, otherwise the July plans are at risk.", "the Easter"),
    # a commune's department after "Service du"
    ("VILLE DE HERSTAL\nService du Logement — Cellule salubrité\nLe Service du Logement a reçu la plainte.",
     "Service du Logement a"),
    # the date of an order named by its acronym
    ("Service de médiation de dettes (institution agréée – AGW du 7 juillet 1994)", "7 juillet 1994"),
    ("Selon l'AGCF du 5 décembre 2018, le service est agréé.", "5 décembre 2018"),
    # a register's letters before its number; a language in brackets after a language's code
    ("Règlement collectif de dettes – R.R. n° 23/0214/B", "R.R. n°"),
    ("Josué est bilingue FR/NL (lingala à la maison).", "FR/NL"),
    # a French word and an application's name read as a person; a heading's noun after "du"
    ("SD appelle : messagerie. Message WhatsApp envoyé. Rayan rappelle à 16h.", "Message WhatsApp"),
    ("4. NOTES DU MENTOR (transmises par téléphone)", "MENTOR"),
    # a German compound's first part before "und"
    ("Schreinerei Kohnen GmbH — Bau- und Möbelschreinerei", "Bau-"),
    # a school's certificate, and an entity never runs into the next sentence
    ("Il a quitté l'Institut technique Saint-Roch de Theux, sans CE2D. Il a ensuite alterné intérim.", "CE2D. Il"),
    # (the review: a state after a first name before a role; a classification's and a project's codes; a law's
    # article after a plot's word)
    ("Lucas ABSENT, éducateur prévenu par téléphone.", "ABSENT"),
    ("Diagnostic : réf. CIM10 : F90.0 ; clavier AZERTY123 ; Projet REFUGE2024.", "CIM10"),
    ("Diagnostic : réf. CIM10 : F90.0 ; clavier AZERTY123 ; Projet REFUGE2024.", "AZERTY123"),
    ("Les parcelles du potager sont attribuées selon l'article n° 14 B du règlement communal.", "n° 14 B"),
])
def test_what_the_forty_sixth_session_s_blind_batch_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert kept in out, out


def test_a_place_of_the_lists_in_capitals_or_lower_case_is_a_place_no_name_list_holds():
    """A town's name however cased ("GRÂCE-HOLLOGNE", "verviers") is the listed place (link._place_no_name); "Namur"
    and "NAMUR" are surnames too."""
    from anonymizer.link import _place_no_name

    assert _place_no_name("GRÂCE-HOLLOGNE") and _place_no_name("verviers") and _place_no_name("VERVIERS")
    assert not _place_no_name("NAMUR") and not _place_no_name("Namur")


@pytest.mark.parametrize("text, tagged", [
    # (a second review: a phone number after a passport's word is a phone number; an abbreviated first name or a
    # street's "St." is no sentence's end; a list of children with their nicknames is several persons; a message in
    # quotes between two names; a capitals message's name after "DU", "AU")
    ("Pour le passeport, joindre la maman au 0471234567.", "[TELEPHONE_1]"),
    ("Rencontre avec le Dr Ch. Le Gall, pédopsychiatre.", "Dr [PERSONNE_1],"),
    ("Elle habite rue St. La Fontaine 12 à Namur.", "[LIEU_1] 12"),
    ("Fratrie : Rayan « Ray » Inès « Nini » Adam.", "[PERSONNE_3]"),
    ("Message de Sarah « Tu viens ? » Kevin n'a pas répondu.", "Tu viens ? » [PERSONNE_2]"),
    ("JE LAISSE LES CLÉS AU OLIVIER. CADEAU DU PIERRE POUR NOËL.", "AU [PERSONNE_1]"),
    ("JE LAISSE LES CLÉS AU OLIVIER. CADEAU DU PIERRE POUR NOËL.", "DU [PERSONNE_2]"),
])
def test_what_the_second_review_of_the_forty_sixth_session_s_rules_found(anonymizer, text, tagged):
    out = anonymizer.anonymize(text).text
    assert tagged in out, out


def test_a_name_with_its_nickname_in_quotes_is_one_person_apart_from_a_namesake(anonymizer):
    """Review of B73's rules: "Mohamed « Mo » Zerrouki", "M. Zerrouki", "Mohamed Zerrouki" and "Mo" are one person;
    "Mohamed Benali", who shares his first name, another."""
    texts = ["Présents : Mohamed « Mo » Zerrouki (éducateur de rue, AMO), Mme Lejeune (SAJ), Mohamed Benali (père).",
             "M. Zerrouki a appelé M. Benali. Mohamed Zerrouki confirme."]
    tags = {text: tag for found in _case_tags(anonymizer, texts) for text, tag in found}
    zerrouki = {tag for text, tag in tags.items() if "Zerrouki" in text}
    benali = {tag for text, tag in tags.items() if "Benali" in text}
    assert len(zerrouki) == 1 and len(benali) == 1 and zerrouki != benali, tags


def test_a_minute_s_attendance_initials_go_wherever_the_minute_writes_them(anonymizer):
    """B75: those present with their initials in brackets after their first name, after a nickname, a role and a
    comma, or before a comma, even initials that spell a short word ("CD", "DR"); the rota's cells write them
    again, dotted ones without their stops; a child's description keeps the trade's acronyms ("HP", "LSF")."""
    text = ("Présents : Cédric (CD), Amina (AK), Johan « Jo » (JVH), Thibault (T.M.), Dorothée (psychologue, DR).\n"
            "Excusés : Rachid (RL, récup).\n\nJour | Matin | Soir\nLu 17/03 | CD | AK + JVH\nMa 18/03 | TM | RL\n"
            "Contact école : CD.")
    out = anonymizer.anonymize(text).text
    assert not re.search(r"\b(?:CD|AK|JVH|TM|T\.M\.|DR|RL|Johan|Jo)\b", out), out
    assert "« [PERSONNE_" in out  # (the nickname apart from the name: "Johan « Jo »" is no one name)
    out = anonymizer.anonymize("Hugo (HP) et Lucas (LSF) sont suivis.").text
    assert "(HP)" in out and "(LSF)" in out, out
    # (a review: a list of those present one per line keeps its initials removed; a presentation is no attendance
    # line; a sign language and a role's abbreviation on an attendance line stay)
    out = anonymizer.anonymize("Présents :\n- Véronique (VDB)\n- Marc (MH)\n- Samira (SB)").text
    assert not re.search(r"\b(?:VDB|MH|SB)\b", out), out
    out = anonymizer.anonymize("Présentation de la situation par Nadia (NL) : la maman parle néerlandais.").text
    assert "(NL)" in out, out
    out = anonymizer.anonymize("Présents : Lucas (LSF), interprète ; Laura (logopède, LOGO) ; Cédric (CD).").text
    assert "(LSF)" in out and "LOGO)" in out and "(CD)" not in out, out
    # (a second review: initials that spell a table's placeholder are a worker's in brackets after the name; a list
    # of those present one per line under its label, initials that spell a word too; a language's code stays)
    out = anonymizer.anonymize("Nicolas (NC) a vu la mère. Sophie (SO) était là.\nNC rappellera. SO fera le lien.").text
    assert not re.search(r"\b(?:NC|SO)\b", out), out
    out = anonymizer.anonymize("Personnes présentes :\nCédric (CD)\nDorothée (DR)\n\nCD propose une VAD.").text
    assert not re.search(r"\b(?:CD|DR)\b", out), out
    out = anonymizer.anonymize("Invités : Nora (NL, interprète), Marc (MH), Léa (LB).").text
    assert "(NL, interprète)" in out, out


@pytest.mark.parametrize("text, gone, kept", [
    # a letter's writer and typist after the label that says so, or after its reference's label
    ("Réd. : ACL/nb – Encodage : GP", ["ACL", "nb", "GP"], ["Réd. :", "Encodage :"]),
    ("N/Réf. : JD/ag\nObjet : votre demande", ["JD", "ag"], ["N/Réf. :"]),
    # a file's reference, a verb that opens like the label, a service's acronym stay
    ("Réf. : SAJ/24/03187. JVH rédige, relecture. Réd. : CPMS.", [], ["rédige", "Réd. : CPMS"]),
    ("Rédaction : INP K. Lambrechts, le 4 mars 2024", [], ["Rédaction : INP"]),  # (a police rank before the name)
    # (a review: a form's field's value after the same labels; a service's reference's letters after its acronym)
    ("Saisie : non\nParaphe : OUI\nRédaction : en cours. Tarif réd. : oui\nRéf. : CPAS/soc",
     [], ["Saisie : non", "Paraphe : OUI", "Rédaction : en cours", "réd. : oui", "CPAS/soc"]),
    # (a second review: a bailiff's seizure; who keyed a note in)
    ("Biens visés par la saisie : PC portable et GSM. Saisi par : MV", ["MV"], ["saisie : PC portable"]),
])
def test_a_letter_s_writer_and_typist_initials_are_people(anonymizer, text, gone, kept):
    out = anonymizer.anonymize(text).text
    assert not any(re.search(rf"(?<![\w]){re.escape(g)}(?![\w])", out) for g in gone), out
    assert all(k in out for k in kept), out


def test_a_class_list_by_initials_holds_its_undotted_ones_too(anonymizer):
    """A class list whose pupils the tool reads as dotted initials ("A.D.") writes some without stops ("YB"), even
    initials that spell a unit ("ML")."""
    text = ("N° | Élève | Né(e) le | Examen\n1 | A.D. | 12/01/2018 | fait\n2 | M.B. | 27/04/2018 | fait\n"
            "3 | E.K. | 02/03/2018 | fait\n4 | YB | 05/10/2018 | absent\n5 | ML | 26/11/2018 | fait\n")
    out = anonymizer.anonymize(text + "6 | OU | 02/03/2018 | fait\nGarde : MÈRE OU PÈRE ?").text
    assert not re.search(r"\b(?:YB|ML)\b", out) and "MÈRE OU PÈRE" in out, out  # ("OU" spells a word: a review)
    out = anonymizer.anonymize("Rapport de N.E., éducatrice, sur S.I. (12 ans). NE PAS DIFFUSER. SI POSSIBLE.").text
    assert "NE PAS DIFFUSER" in out and "SI POSSIBLE" in out, out


@pytest.mark.parametrize("text, kept", [
    # a note's abbreviations of the grandparents, and the grandmother as an Italian family calls her
    ("VAD chez GMM, rue du Calvaire. GMM inquiète. Le GPP ne vient plus.", ["chez GMM", "GMM inquiète", "Le GPP"]),
    ("La nonna a téléphoné. Chez oma tous les dimanches, opa aussi.", ["La nonna", "Chez oma", "opa aussi"]),
    # a number after a gain's sign is no phone number
    ("Un gain de +1 250 points au test.", ["+1 250 points"]),
])
def test_what_the_forty_eighth_session_s_blind_batches_over_redacted(anonymizer, text, kept):
    out = anonymizer.anonymize(text).text
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, expected", [
    # North America's country code has one digit
    ("Son numéro au Canada : +1 905 276 4418.", [("+1 905 276 4418", "PHONE")]),
    # a PMS centre's own name after its kind ("spécialisé"), a word of the lexicon too
    ("Mme Lenoir, psychologue, Centre PMS spécialisé Horizon, a appelé.",
     [("Lenoir", "PERSON"), ("Horizon", "ORGANIZATION")]),
    # a contact saved as a first name and the town she lives in: a person and a place (a town that is a surname
    # stays the surname)
    ("12/04/2025 10:12 - Sol Lyon 💜 : Coucou !", [("12/04/2025", "DATE"), ("Sol", "PERSON"), ("Lyon", "LOCATION")]),
    ("Julie Namur a appelé hier.", [("Julie Namur", "PERSON")]),
    # a large town abroad the document names as a place is that place where the lists alone read a first name
    ("La tante vit à Lyon. Les parents préfèrent Lyon pour l'été.", [("Lyon", "LOCATION"), ("Lyon", "LOCATION")]),
    # (a review: a town the lists give a gender as a first name stays the person; a contact the model reads as a
    # service is split too; an amount with its sign, a notice's number after "00" are no phone numbers)
    ("Ce matin Lourdes est venue avec sa fille. Pèlerinage à Lourdes.", [("Lourdes", "PERSON"), ("Lourdes", "PERSON")]),
    ("Une hausse de +1 500 000 000 € et un PV NI.55.L3.001873/2025.", [("NI.55.L3.001873/2025", "CASE_REF")]),
])
def test_what_the_forty_eighth_session_s_blind_batches_left(anonymizer, text, expected):
    assert [(s.text, s.entity_type) for s in anonymizer.analyze(text)] == expected


def test_a_message_in_a_language_no_lexicon_holds_keeps_its_names_apart(anonymizer):
    """A Lingala message transcribed in Latin letters: its names and places are each one entity ("Nathan awa na
    Limete" is "Nathan here in Limete"), its words between them none; a capitalised word opening its sentences may
    be a name no list holds ("Tshilombo alobi..."): it stays found (a review)."""
    text = ("Transcription : « Mbote Odette, ozali malamu? Nasololi na ndeko na ngai Didier lobi. Tosengeli komema "
            "Nathan awa na Limete na sanza ya nsambo. »\nTraduction : « Bonjour Odette, ça va ? J'ai parlé hier avec "
            "mon frère Didier. Nous devons amener Nathan à Limete. »\nTshilombo alobi ete akoya na Kinshasa sanza ya "
            "sambo.")
    found = [s.text for s in anonymizer.analyze(text)]
    assert not any("awa" in span for span in found), found
    assert all(name in found for name in ("Didier", "Nathan", "Limete", "Tshilombo")), found


def test_a_first_name_cut_short_with_its_point_is_that_person(anonymizer):
    """"Nath." of "Nathan" in a note that goes on after it: the name with its point."""
    text = "Nathan Matondo, 9 ans.\nPrésents : Mme Kapinga, Nath., Divine. Nath. dort avec la mère."
    out = anonymizer.anonymize(text).text
    assert "Nath" not in out and ". dort" not in out, out


@pytest.mark.parametrize("text, kept, gone", [
    # a label's abbreviation of a word the log writes in full, a note's abbreviation with its point
    ("Messages copiés, ma traduction suit.\nTrad. : Bonjour Madame Adriana.\nTrad. : Bon voyage, Florica !",
     ["Trad. : Bonjour", "Trad. : Bon voyage"], ["Adriana", "Florica"]),
    ("6e prim. depuis le 04/12/23. Abs. injust. depuis l'inscription.", ["Abs. injust."], []),
    # a farmer's grandparents, a tractor's make, a car's model, an administration's acronym
    ("Chez pépé Jos et mémé Thérèse. « Fermier comme papa et pépé. » Sur son Fendt. Son Berlingo. La DGEO.",
     ["Chez pépé", "et pépé", "son Fendt", "Son Berlingo", "La DGEO"], ["Jos", "Thérèse"]),
    # (a review: a first name a car model shares is the person, a venue's name too; a surname or a first name
    # before its full stop and a colon, a first name that is a kin word too)
    ("Hier, la Mégane a encore frappé Lina. Le Polo (Paul Vermeulen) est venu. Elle travaille au snack La Fiesta.",
     [], ["Mégane", "Polo", "Fiesta"]),
    ("Le père, M. Pépé Mukendi, est arrivé. Pépé a signé. Mme Parent : « Parent. : la parentalité est difficile. »",
     [], ["Pépé", "Parent."]),
    ("Nat. : la nationalité de la mère reste à vérifier. Cath. : école catholique.", [], ["Nat. :", "Cath. :"]),
])
def test_what_the_forty_ninth_session_s_blind_batches_over_redacted(anonymizer, text, kept, gone):
    out = anonymizer.anonymize(text).text
    assert all(k in out for k in kept), out
    assert not any(g in out for g in gone), out


@pytest.mark.parametrize("text, gone, kept", [
    # initials after a title, on an attendance line, signing entries, in an action table's cell that is not the last
    ("Merci de signer. LV\nTransport prévenu au 04 330 77 04. LV\nBon rétablissement ! LV", ["LV"], ["Merci de signer."]),
    ("| Nom | Fonction |\n| Elodie PAQUAY | accompagnatrice |\n| Nadia KAYA | institutrice |\n\n"
     "| Action | Qui | Échéance |\n| VAD | EP | congés |\n| PIA | NK | fin mars |\nRédaction : KO – relecture : EP",
     ["EP", "NK", "KO"], ["congés", "fin mars"]),
    # (a review: not an acronym in brackets after a title, a language's code, a form's answer, a planning's morning)
    ("M. (SDF) se présente. Mme (PT) parle portugais. Vaccins à jour ? OUI\nFratrie placée ? OUI\n"
     "Présents : SAJ, CPAS, TMS ; PC portable saisi. Le Dr Anne Martin.\n| Lundi | AM | atelier |\n"
     "Demande de la mère (en équipe). RDV\nDemande du père. RDV\nHoraire : lun.mer/16h30, Rilatine 10mg matin.midi/14h30",
     [], ["(SDF)", "(PT)", "? OUI", "TMS", "PC portable", "| AM |", ". RDV", "lun.mer/16h30", "matin.midi/14h30"]),
    # a short link with no scheme, a building's range of numbers
    ("Formulaire court : forms.gle/7kQpX2aLm9. Cabinet : Place Surlet de Chokier 15-17, 1000 Bruxelles.",
     ["forms.gle", "7kQpX2aLm9", "Surlet", "15-17"], ["Formulaire court", "Cabinet"]),
    # a school's own article where its name is written again
    ("Inscrit à l'École communale Les Marronniers.\n| Florin | Les Marronniers | 4e |", ["Les Marronniers"], ["4e"]),
])
def test_what_the_forty_ninth_session_s_blind_batches_left(anonymizer, text, gone, kept):
    out = anonymizer.anonymize(text).text
    assert not any(re.search(rf"(?<![\w]){re.escape(g)}(?![\w])", out) for g in gone), out
    assert all(k in out for k in kept), out


def test_a_person_s_initials_get_her_tag_and_her_surrogate_s_initials_across_a_case(anonymizer, tmp_path):
    """Initials stand for the one professional their document names in full with them and her role: her tag across
    the case; in pseudo style the initials of her surrogate (not a surname's surrogate)."""
    from anonymizer import case as stages
    from anonymizer.casekey import CaseKey, seed_from
    from anonymizer.formats import Document, Segment

    texts = ["Présents : Elodie Paquay (accompagnatrice), Mathis Froment.\nMathis va mieux.",
             "Rédaction : Elodie Paquay, accompagnatrice.\n| Action | Qui |\n| VAD | EP |\nMathis dort mal."]
    documents = [Document(tmp_path / f"{i}.txt", [Segment(text)]) for i, text in enumerate(texts)]
    analysed = stages.analyse(stages.Case(documents), anonymizer)
    analysed = stages.Case(analysed.documents, CaseKey(seed=seed_from(0)), analysed.spans, analysed.known)
    rendered = {}
    for style in ("tag", "pseudo"):
        settings = stages.avoiding_names(stages.CaseSettings(style), analysed.spans)
        rendered[style] = [result.replacements for result in stages.render(analysed, settings)[0]]
    tags = {span.text: new for replacements in rendered["tag"] for span, new in replacements.items()}
    assert tags["EP"] == tags["Elodie Paquay"], tags
    names = {span.text: new for replacements in rendered["pseudo"] for span, new in replacements.items()}
    surrogate = names["Elodie Paquay"].split()
    assert names["EP"] == surrogate[0][0] + surrogate[-1][0], names


def test_the_scorer_links_initials_to_the_full_name_they_abbreviate_only():
    """Pseudo style's one replacement: "FM" and "Franck Michel" are one surrogate; two full names are never linked
    through initials ("Franck Michel", "Fabien Martin", "FM"); a short surname in capitals still links by its word."""
    from anonymizer.evaluation import _one_replacement

    assert _one_replacement(["Franck Michel", "FM", "F.M."], "pseudo")
    assert not _one_replacement(["Franck Michel", "Fabien Martin", "FM"], "pseudo")
    assert not _one_replacement(["Franck Michel", "Fanny Martin"], "pseudo")
    assert _one_replacement(["Awa DIOP", "DIOP"], "pseudo") and _one_replacement(["DT", "Delphine-Noëlle Toubeau"],
                                                                                  "pseudo")


def test_a_first_name_s_short_form_after_a_kin_word_is_that_person_across_a_case(anonymizer, tmp_path):
    """"pépé Jos" of Joseph Froment: a relation's word is no title a surname follows, so the short form of the first
    name links to him as it would alone."""
    from anonymizer import case as stages
    from anonymizer.casekey import CaseKey, seed_from
    from anonymizer.formats import Document, Segment

    texts = ["La ferme appartient à Joseph Froment, le grand-père.", "Mercredi chez pépé Jos, à la ferme."]
    documents = [Document(tmp_path / f"{i}.txt", [Segment(text)]) for i, text in enumerate(texts)]
    analysed = stages.analyse(stages.Case(documents), anonymizer)
    analysed = stages.Case(analysed.documents, CaseKey(seed=seed_from(0)), analysed.spans, analysed.known)
    settings = stages.avoiding_names(stages.CaseSettings("tag"), analysed.spans)
    tags = {span.text: new for result in stages.render(analysed, settings)[0]
            for span, new in result.replacements.items()}
    assert tags["Jos"] == tags["Joseph Froment"], tags


@pytest.mark.parametrize("text, kept, gone", [
    # a note's legend of abbreviations: what it spells out in ordinary words is no name; initials it gives a person
    # it names are that person wherever the note writes them
    ("Abrév. : Cs = consultation ; Mè = mère ; Pè = père ; ZB = fils aîné Zelimkhan ; VD = M. Vakha Dzhabrailov\n"
     "04/12 – 1re Cs (Mè seule). Refuse Mè et Pè. Tension avec ZB. VD est venu.",
     ["1re Cs", "(Mè seule)", "Refuse Mè et Pè"], ["ZB", "VD", "Zelimkhan", "Vakha"]),
    # a youth team's age group, the football federation, the prosecutor by his role
    ("Entraîneur des U11 et des U13, affilié à l'URBSFA. Monsieur le Procureur,\n"
     "Madame la Procureure du Roi.",
     ["U11", "U13", "URBSFA", "Monsieur le Procureur", "Procureure du Roi"], []),
])
def test_what_the_fiftieth_session_s_blind_batches_over_redacted(anonymizer, text, kept, gone):
    out = anonymizer.anonymize(text).text
    assert all(k in out for k in kept), out
    assert not any(re.search(rf"(?<![\w]){re.escape(g)}(?![\w])", out) for g in gone), out


@pytest.mark.parametrize("text, gone, kept", [
    # a flat's floor and door as Spain writes them, with the postcode and the town after them
    ("Appartement : Calle Mayor 27, 2º B, 17480 Roses (Girona).", ["Mayor", "2º B", "17480", "Roses"],
     ["Appartement"]),
    # a North American number written as at home; an app's date with its month abbreviated without a stop
    ("Tél. : 819 555-0148 ou (819) 346-2281. Discord – Feb 4, 2025 – Thanks for your report.",
     ["555-0148", "346-2281", "Feb 4, 2025"], ["Thanks for your report"]),
])
def test_what_the_fiftieth_session_s_blind_batches_left(anonymizer, text, gone, kept):
    out = anonymizer.anonymize(text).text
    assert not any(g in out for g in gone), out
    assert all(k in out for k in kept), out


def test_a_legend_s_initials_get_their_person_s_tag_and_spare_headings(anonymizer):
    """"ZB = fils aîné Zelimkhan": the initials a note's legend gives a person are hers wherever the note writes them,
    with her tag; a legend's code that is a word ("EN = fille Enora") is not taken, nor its letters in a heading; an
    abbreviation of its long form's words is no one's ("RDV = rendez-vous chez Mme Rahali")."""
    text = ("Légende : ZB = fils aîné Zelimkhan ; RDV = rendez-vous chez Mme Rahali ; Mè = mère\n"
            "Irritabilité ++ envers ZB. RDV fixé. Zelimkhan rentre tard.\nFamille : EN = fille Enora, UN = fils Ugo\n"
            "RAPPORT EN VUE DE L'AUDIENCE")
    out = anonymizer.anonymize(text).text
    assert out.startswith("Légende : [PERSONNE_1] = fils aîné [PERSONNE_1] ;"), out
    assert "envers [PERSONNE_1]. RDV fixé. [PERSONNE_1] rentre" in out and "RAPPORT EN VUE" in out, out


def test_a_roster_s_surname_comma_first_name_is_one_person_with_her_initials(anonymizer):
    """A meeting's list of participants and its chat write "NOM, Prénom": one person, one tag, and the initials the
    action list then writes for her, first name first ("DH" of "Hermans, Delphine", "SÖ" with its accent)."""
    text = ("Participants\nHermans, Delphine (SAJ) – Organisatrice\nÖzdemir, Selin (CPMS)\n"
            "[09:01] Hermans, Delphine : bonjour\n1. DH (SAJ) : envoyer le PV\n2. SÖ (CPMS) : voir l'élève")
    out = anonymizer.anonymize(text).text
    assert out.startswith("Participants\n[PERSONNE_1] (SAJ) – Organisatrice\n[PERSONNE_2] (CPMS)\n"
                          "[09:01] [PERSONNE_1] : bonjour\n1. [PERSONNE_1] (SAJ) : envoyer le PV\n"
                          "2. [PERSONNE_2] (CPMS) :"), out


@pytest.mark.parametrize("text, gone, kept", [
    # a named worker's initials opening a logbook's line; a title closing a wrapped line, not an initial closing a
    # signature
    ("Direction : Valérie Hanquet, infirmière sociale\nPapa : Qui a fait ça ? J.M.\nVH : nous en parlons demain.",
     ["VH"], ["nous en parlons"]),
    # a name declined as Albanian, Polish or Russian write it, in lower case in a message
    ("Çlirim est le père, Fadil l'oncle, Shpresa la tante.\n[18:02] Shpresa : i thashe clirimi me fadilit per shpreses",
     ["clirimi", "fadilit", "shpreses"], ["i thashe"]),
    # a name in Chinese characters beside its Pinyin, then inside a Chinese sentence; a month in Albanian
    ("Patiente : YE Xinyi (叶欣怡). Message : « 欣怡要听话。 » Mesazh i 14 shkurt 2025.",
     ["叶欣怡", "欣怡", "14 shkurt 2025"], ["要听话"]),
    # the login a hospital's software prints for a worker the record names; an access code after its word
    ("Entretien avec l'assistante sociale Marie Collard.\nImprimé le 08/03/2025 par mcollard. Code secret : Xb7qR2",
     ["mcollard", "Xb7qR2"], ["Imprimé le", "Code secret"]),
])
def test_what_the_fifty_first_session_s_blind_batches_left(anonymizer, text, gone, kept):
    out = anonymizer.anonymize(text).text
    assert not any(re.search(rf"(?<![\w]){re.escape(g)}(?![\w])", out) for g in gone), out
    assert all(k in out for k in kept), out


def test_what_the_fifty_first_session_s_blind_batches_over_redacted(anonymizer):
    """A Chinese family's messaging app, a translation app; Albanian words and kin words of a message."""
    text = "Groupe WeChat de la famille ; traduit avec Google Traduction. Babai : Mirëmbrëma, jam këtu."
    out = anonymizer.anonymize(text).text
    assert all(k in out for k in ("WeChat", "Google Traduction", "Babai", "Mirëmbrëma", "këtu")), out
