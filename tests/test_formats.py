"""Documents built on the fly (no binary fixtures): .docx, .odt, .eml, .pdf through the batch CLI."""

import email
import io
import os
import re
import zipfile
from email.message import EmailMessage

import pytest
from click.testing import CliRunner

from anonymizer.cli import main

SECRETS = ("Kevin", "Dumoulin", "Verhaegen", "Benali", "0496", "kevin.d@gmail.com", "Jodoigne")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def all_xml(path):
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                         if n.endswith((".xml", ".rels")))


def assert_no_secret(text):
    for secret in SECRETS:
        assert secret not in text, secret


# -- .docx -----------------------------------------------------------------------------------------------
def make_docx(path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = docx.Document()
    doc.core_properties.author = "Julie Verhaegen"
    doc.core_properties.last_modified_by = "Julie Verhaegen"
    doc.core_properties.title = "Situation Kevin Dumoulin"
    p = doc.add_paragraph()
    p.add_run("Kevin").bold = True
    p.add_run(" Dumoulin vit à Jodoigne. ")
    kept = p.add_run("Le CPMS suit la situation.")
    kept.italic = True
    doc.add_paragraph("Tél. de la maman, Mme Aïcha Benali : 0496 12 34 56.", style="List Bullet")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Jeune"
    table.cell(0, 1).text = "Kevin Dumoulin"
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Dossier de Kevin Dumoulin"
    section.footer.paragraphs[0].text = "Rédigé par Julie Verhaegen"
    # a text box (VML) in a run
    vml = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    box = parse_xml(f'<w:r {nsdecls("w")} {vml}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
                    '<w:t>Note : Kevin Dumoulin absent</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
                    '</w:pict></w:r>')
    doc.add_paragraph("Encadré : ")._p.append(box)
    # a tracked change: a deleted surname and an inserted word
    change = parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Vu par </w:t></w:r>'
                       '<w:del w:id="1" w:author="Julie Verhaegen" w:date="2025-01-01T00:00:00Z"><w:r>'
                       '<w:delText>Dumoulin</w:delText></w:r></w:del><w:ins w:id="2" w:author="Julie Verhaegen" '
                       'w:date="2025-01-01T00:00:00Z"><w:r><w:t>le père</w:t></w:r></w:ins></w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, change)
    doc.add_comment(doc.paragraphs[0].runs[0], text="Vérifier avec Kevin Dumoulin", author="Julie Verhaegen")
    rid = doc.part.relate_to("mailto:kevin.d@gmail.com", RT.HYPERLINK, is_external=True)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>kevin.d@gmail.com</w:t></w:r>'
                     '</w:hyperlink>')
    doc.add_paragraph("Courriel : ")._p.append(link)
    doc.save(path)
    return doc


def test_docx(tmp_path):
    import docx

    source = tmp_path / "src" / "situation.docx"
    source.parent.mkdir()
    make_docx(source)
    before = docx.Document(source)
    result = run("anonymize", source.parent, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    assert "Modifications suivies acceptées" in result.stderr and "commentaire" in result.stderr
    target = tmp_path / "out" / "situation.docx"
    assert_no_secret(all_xml(target))
    after = docx.Document(target)
    assert len(after.paragraphs) == len(before.paragraphs) and len(after.tables) == len(before.tables)
    italic = [r for r in after.paragraphs[0].runs if r.italic]
    assert [r.text for r in italic] == ["Le CPMS suit la situation."]       # untouched run, same format
    assert after.paragraphs[0].runs[0].bold                                  # the replaced name keeps its run
    assert after.paragraphs[1].style.name == "List Bullet"
    assert "le père" in all_xml(target)                                      # the insertion was accepted
    assert after.core_properties.author == "" and after.core_properties.title == ""


TEAM_TABLE = [("N°", "Intervenant", "FASE", "Statut"), ("1", "VDB", "2874", "ouvert"), ("2", "HB", "2874", "clos"),
              ("3", "VDB", "2211", "ouvert"), ("4", "HB", "2211", "clos")]
TEAM_CODES = {"VDB", "HB", "2874", "2211"}


def test_a_word_table_s_columns_are_read_as_a_spreadsheet_s(tmp_path):
    """The column rules read a Word table by its grid: the team's initials under "Intervenant" and the school's
    number under "FASE" go, the other cells stay, the table keeps its shape; a cell merged over two columns
    leaves the next cell in its own column; a cell of two paragraphs is no name."""
    import docx

    source = tmp_path / "src" / "suivi.docx"
    source.parent.mkdir()
    doc = docx.Document()
    doc.add_paragraph("Suivi des situations, équipe du service.")
    table = doc.add_table(rows=len(TEAM_TABLE) + 1, cols=4)
    for i, row in enumerate(TEAM_TABLE):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(4, 3).add_paragraph("à revoir")
    merged = table.cell(5, 0).merge(table.cell(5, 1))
    merged.text = "Total"
    table.cell(5, 2).text = "3307"
    doc.save(source)
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    cells = [[cell.text for cell in row.cells] for row in docx.Document(tmp_path / "out" / "suivi.docx").tables[0].rows]
    assert cells[0] == ["N°", "Intervenant", "FASE", "Statut"] and cells[2][3] == "clos" and cells[4][3] == "clos\nà revoir"
    assert not (TEAM_CODES | {"3307"}) & {value for row in cells for value in row}
    assert cells[5][0] == "Total"


def test_a_word_table_s_title_row_padded_cells_and_a_form_of_two_columns(tmp_path):
    """A merged title row over the columns is no header; a cell's spaces do not hide its value; a form's two columns
    (label, value) are no list: "Langue", a listed surname, stays."""
    import docx

    source = tmp_path / "src" / "suivi.docx"
    source.parent.mkdir()
    doc = docx.Document()
    table = doc.add_table(rows=len(TEAM_TABLE) + 1, cols=4)
    title = table.cell(0, 0).merge(table.cell(0, 3))
    title.text = "Tableau de suivi"
    for i, row in enumerate(TEAM_TABLE, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = f" {value} " if value in ("VDB", "HB") else value
    form = doc.add_table(rows=4, cols=2)
    for i, (label, value) in enumerate([("Nom", "DUPONT"), ("Prénom", "Marie"), ("Langue", "lingala"),
                                        ("Classe", "3e")]):
        form.cell(i, 0).text, form.cell(i, 1).text = label, value
    doc.save(source)
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    after = docx.Document(tmp_path / "out" / "suivi.docx")
    cells = {cell.text.strip() for row in after.tables[0].rows for cell in row.cells}
    assert not TEAM_CODES & cells and "Tableau de suivi" in cells
    assert "Langue" in {cell.text for row in after.tables[1].rows for cell in row.cells}


def test_a_word_table_of_two_columns_and_a_header_of_one_filled_cell(tmp_path):
    """Two columns are a list when their header names them ("Intervenant | Statut"); a header of one filled cell over
    empty ones is still the header."""
    import docx

    source = tmp_path / "src" / "suivi.docx"
    source.parent.mkdir()
    doc = docx.Document()
    for header in (("Intervenant", "Statut"), ("Intervenant", "", "")):
        table = doc.add_table(rows=5, cols=len(header))
        for j, value in enumerate(header):
            table.cell(0, j).text = value
        for i, code in enumerate(("VDB", "HB", "VDB", "HB"), start=1):
            table.cell(i, 0).text = code
            table.cell(i, 1).text = "ouvert"
    doc.save(source)
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    after = docx.Document(tmp_path / "out" / "suivi.docx")
    assert not {"VDB", "HB"} & {cell.text for table in after.tables for row in table.rows for cell in row.cells}


def test_a_planning_s_dated_header_two_title_rows_and_a_form_under_a_people_header(tmp_path):
    """A header that holds dates is still a header; two title rows above it too; a form of two columns whose labels
    are words under a people's header ("Intervenant | En attente", "Langue | Lingala") is no list of people."""
    import docx

    source = tmp_path / "src" / "planning.docx"
    source.parent.mkdir()
    doc = docx.Document()
    rows = [("VDB", "ouvert", "fermé"), ("HB", "clos", "ouvert"), ("VDB", "ouvert", "clos"), ("HB", "clos", "clos")]
    for titles, header in (((), ("Intervenant", "Lundi 4/11/2024", "Mardi 5/11/2024")),
                           (("Planning semaine 45", "Service d'accueil"), ("Intervenant", "Statut", "Jour"))):
        table = doc.add_table(rows=len(titles) + 1 + len(rows), cols=3)
        for i, title in enumerate(titles):
            table.cell(i, 0).merge(table.cell(i, 2)).text = title
        for j, value in enumerate(header):
            table.cell(len(titles), j).text = value
        for i, row in enumerate(rows, start=len(titles) + 1):
            for j, value in enumerate(row):
                table.cell(i, j).text = value
    form = doc.add_table(rows=5, cols=2)
    for i, (label, value) in enumerate([("Intervenant", "En attente"), ("Commune", "Jauche"), ("Langue", "Lingala"),
                                        ("Statut", "Réfugié"), ("Éducateur", "Magomedov")]):
        form.cell(i, 0).text, form.cell(i, 1).text = label, value
    doc.save(source)
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    after = docx.Document(tmp_path / "out" / "planning.docx")
    cells = [{cell.text for row in table.rows for cell in row.cells} for table in after.tables]
    assert not {"VDB", "HB"} & (cells[0] | cells[1]) and "Langue" in cells[2]


def test_a_libreoffice_table_s_columns_are_read_by_its_grid(tmp_path):
    """The same in a LibreOffice table: a repeated empty cell counts its columns."""
    from odf import table
    from odf.opendocument import OpenDocumentText

    odt = OpenDocumentText()
    grid = table.Table()
    for values in TEAM_TABLE:
        row = table.TableRow()
        for value in values:
            row.addElement(_odt_cell(value))
        grid.addElement(row)
    row = table.TableRow()
    row.addElement(table.TableCell(numbercolumnsrepeated=2))
    row.addElement(_odt_cell("3307"))
    grid.addElement(row)
    odt.text.addElement(grid)
    xml = _through_anonymize(odt, tmp_path / "src" / "suivi.odt")
    assert not [code for code in TEAM_CODES | {"3307"} if f">{code}<" in xml]
    assert ">Intervenant<" in xml and ">ouvert<" in xml


def test_an_html_mail_s_table_columns_are_read_by_its_grid(tmp_path):
    """The same in an e-mail's HTML table, a cell spanning two rows taking its column in the second."""
    head = "<tr>" + "".join(f"<th>{value}</th>" for value in TEAM_TABLE[0]) + "</tr>"
    rows = "".join("<tr>" + ("<td rowspan='2'>1-2</td>" if i == 1 else "" if i == 2 else f"<td>{row[0]}</td>")
                   + "".join(f"<td><b>{value}</b></td>" for value in row[1:]) + "</tr>"
                   for i, row in enumerate(TEAM_TABLE) if i)
    message = EmailMessage()
    message["Subject"] = "Suivi"
    message.set_content("Voir le tableau.")
    message.add_alternative(f"<html><body><p>Voir le tableau.</p><table>{head}{rows}</table></body></html>",
                            subtype="html")
    source = tmp_path / "src" / "suivi.eml"
    source.parent.mkdir()
    source.write_bytes(message.as_bytes())
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    parsed = email.message_from_bytes((tmp_path / "out" / "suivi.eml").read_bytes())
    page = next(p for p in parsed.walk() if p.get_content_subtype() == "html").get_payload(decode=True).decode()
    assert not [code for code in TEAM_CODES if f">{code}<" in page]
    assert ">Intervenant<" in page and ">ouvert<" in page


def test_corrupt_docx_and_binary_are_reported_and_others_done(tmp_path):
    folder = tmp_path / "src"
    (folder / "sous-dossier").mkdir(parents=True)
    (folder / "abime.docx").write_bytes(b"PK\x03\x04 ceci n'est pas un zip complet")
    (folder / "image.pdf").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "sous-dossier" / "note.txt").write_text("Kevin Dumoulin est absent.\n", encoding="utf-8")
    make_docx(folder / "situation.docx")
    result = run("anonymize", folder, "--out", tmp_path / "out", "--yes", "--report", tmp_path / "rapport.csv")
    assert result.exit_code == 4, result.output  # two damaged files
    assert "abime.docx : document Word illisible" in result.stderr and "image.pdf : PDF illisible" in result.stderr
    assert (tmp_path / "out" / "sous-dossier" / "note.txt").exists()     # the tree is kept
    assert (tmp_path / "out" / "situation.docx").exists()
    report = (tmp_path / "rapport.csv").read_text(encoding="utf-8")
    assert "erreur" in report and ";Personne" in report
    assert_no_secret(report)


def test_a_package_that_expands_too_far_is_refused_before_parsing(tmp_path):
    """A small .docx whose XML expands to 30 MB (60 MB took half an hour and a gigabyte): one line, the others
    done."""
    folder = tmp_path / "src"
    folder.mkdir()
    make_docx(folder / "situation.docx")
    with zipfile.ZipFile(folder / "situation.docx") as good, \
            zipfile.ZipFile(folder / "bombe.docx", "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in good.infolist():
            data = good.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (30 * 1024 * 1024), 1)
            bomb.writestr(item, data)
    assert (folder / "bombe.docx").stat().st_size < 1024 * 1024
    result = run("anonymize", folder, "--out", tmp_path / "out")
    assert result.exit_code == 4, result.output
    assert "bombe.docx : document trop volumineux une fois décompressé (30 Mo" in result.stderr
    assert (tmp_path / "out" / "situation.docx").exists() and not (tmp_path / "out" / "bombe.docx").exists()


def test_a_text_too_long_to_analyse_is_one_line(tmp_path, monkeypatch):
    from anonymizer.formats import limits

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 2_000_000)
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "long.txt").write_text("Mme Wauthier vient. " * 150_000, encoding="utf-8")
    (folder / "court.txt").write_text("Mme Wauthier vient.", encoding="utf-8")
    result = run("anonymize", folder, "--out", tmp_path / "out")
    assert result.exit_code == 4, result.output
    assert "long.txt : texte trop long à analyser (3,0 millions de caractères" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["court.txt"]


# -- .odt ------------------------------------------------------------------------------------------------
def _odt_cell(value: str):
    """A LibreOffice table's cell holding one paragraph."""
    from odf import table, text

    cell = table.TableCell()
    cell.addElement(text.P(text=value))
    return cell


def _through_anonymize(odt, source) -> str:
    """An odfpy document saved as ``source``, anonymised into tmp/out: the written file's XML."""
    source.parent.mkdir()
    odt.save(str(source))
    result = run("anonymize", source, "--out", source.parent.parent / "out", "--yes")
    assert result.exit_code == 0, result.output
    return all_xml(source.parent.parent / "out" / source.name)


def test_odt(tmp_path):
    from odf import meta, table, text
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties

    odt = OpenDocumentText()
    odt.meta.addElement(meta.InitialCreator(text="Julie Verhaegen"))
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    odt.automaticstyles.addElement(bold)
    p = text.P(text="Rencontre avec ")
    p.addElement(text.Span(stylename=bold, text="Kevin"))
    p.addText(" Dumoulin à Jodoigne. Le SAJ est informé.")
    odt.text.addElement(p)
    grid = table.Table()
    row = table.TableRow()
    row.addElement(_odt_cell("Mère : Aïcha Benali, 0496 12 34 56"))
    grid.addElement(row)
    odt.text.addElement(grid)
    xml = _through_anonymize(odt, tmp_path / "src" / "note.odt")
    assert_no_secret(xml)
    assert "Le SAJ est informé." in xml and 'text:style-name="Gras"' in xml


# -- .eml ------------------------------------------------------------------------------------------------
def test_eml(tmp_path):
    message = EmailMessage()
    message["From"] = "Julie Verhaegen <julie.verhaegen@amo-exemple.be>"
    message["To"] = "Aïcha Benali <kevin.d@gmail.com>"
    message["Subject"] = "Situation de Kevin Dumoulin"
    message.set_content("Bonjour,\n\nKevin Dumoulin ne vient plus au CPMS. Sa mère : 0496 12 34 56.\n\n"
                        "Julie Verhaegen\nAMO, Jodoigne\n")
    message.add_attachment(b"Kevin Dumoulin", maintype="application", subtype="octet-stream", filename="x.bin")
    source = tmp_path / "src" / "mail.eml"
    source.parent.mkdir()
    source.write_bytes(message.as_bytes())
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    assert "pièce(s) jointe(s) retirée(s)" in result.stderr
    raw = (tmp_path / "out" / "mail.eml").read_bytes()
    parsed = email.message_from_bytes(raw)
    body = "".join(p.get_payload(decode=True).decode() for p in parsed.walk() if not p.is_multipart())
    headers = " ".join(str(email.header.make_header(email.header.decode_header(parsed[h])))
                       for h in ("From", "To", "Subject"))
    assert_no_secret(body + headers + raw.decode("ascii", "replace"))
    assert "CPMS" in body


# -- .pdf ------------------------------------------------------------------------------------------------
def minimal_pdf(lines):
    """A one-page PDF with the given lines in Helvetica (a tiny hand-made file: no PDF library writes text)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = "%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_to_text_and_scanned_pdf(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "rapport.pdf").write_bytes(minimal_pdf(["Kevin Dumoulin habite a Jodoigne.", "Tel. 0496 12 34 56."]))
    (folder / "scan.pdf").write_bytes(minimal_pdf([]))
    result = run("anonymize", folder, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 4, result.output  # the scan could not be processed
    assert "mise en page n'est pas conservée" in result.stderr
    assert "scan.pdf : PDF sans texte" in result.stderr
    written = (tmp_path / "out" / "rapport.txt").read_text(encoding="utf-8")
    assert_no_secret(written)
    assert re.search(r"\[PERSONNE_1\]", written)


def test_same_detection_in_every_format(tmp_path, anonymizer):
    from anonymizer.case import read as read_document

    make_docx(tmp_path / "a.docx")
    text = read_document(tmp_path / "a.docx").text
    found = {s.text for s in anonymizer.analyze(text)}
    assert {"Kevin Dumoulin", "Aïcha Benali", "0496 12 34 56"} <= found


@pytest.mark.parametrize("mode", [(), ("--independent",)])
def test_parallel_jobs_give_the_same_output(tmp_path, mode):
    """--jobs 2 writes exactly what --jobs 1 writes, in case mode too, where a name form found in one
    file is looked for in all: files of different sizes (handed to the workers largest first) and a
    form found with two types in two files ("Mons" a place, and what "CEFA de Mons" leaves once the
    kept "CEFA" is taken out: a SCHOOL)."""
    folder = tmp_path / "src"
    folder.mkdir()
    texts = ["Note : Kevin Dumoulin a vu Mme Benali à Mons.\n",
             "Kevin souhaite suivre une formation au CEFA de Mons. Il en parle souvent au service. " * 4 + "\n",
             "Réunion au SAJ avec Mme Benali, M. Dumoulin et la directrice.\n" * 3,
             "Tribunal de première instance du Hainaut, division Mons\nLe jeune DUMOULIN ne vient plus.\n"]
    for i, text in enumerate(texts):
        (folder / f"n{i}.txt").write_text(text, encoding="utf-8")
    outputs = {}
    for jobs in (1, 2):
        result = run("anonymize", folder, "--out", tmp_path / f"out{jobs}", "--jobs", jobs, "--yes", *mode)
        assert result.exit_code == 0, result.output
        outputs[jobs] = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / f"out{jobs}").iterdir()}
        assert_no_secret("".join(outputs[jobs].values()))
    assert outputs[1] == outputs[2]


@pytest.mark.parametrize("declared", ["; charset=x-mac-klingon", "; charset=unknown-8bit", "", "; charset=utf-8"])
def test_an_email_in_windows_1252_under_a_wrong_or_no_charset_is_read_with_its_accents(tmp_path, declared):
    from anonymizer.case import read

    path = tmp_path / "m.eml"
    path.write_bytes(b"From: a@b.be\nSubject: suivi\nContent-Type: text/plain" + declared.encode() +
                     b"\nContent-Transfer-Encoding: 8bit\n\nTh\xe9r\xe8se Lambotte viendra avec H\xe9l\xe8ne.\n")
    document = read(path)
    assert "Thérèse Lambotte viendra avec Hélène" in document.text and "\ufffd" not in document.text
    assert any("encodage" in note for note in document.notes)


def test_utf8_with_a_stray_byte_stays_utf8():
    from anonymizer.formats.eml_format import decoded

    text, guessed = decoded("Madame Thérèse vit à Liège".encode() + b" fin\xe9", "utf-8")
    assert text.startswith("Madame Thérèse vit à Liège") and guessed


def _with_member(source, target, extra, patch=lambda name, data: data):
    """A copy of the package ``source`` with ``extra`` members added and each member's bytes passed to ``patch``."""
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in good.infolist():
            out.writestr(item, patch(item.filename, good.read(item)))
        for name, data in extra.items():
            out.writestr(name, data)


def test_an_object_embedded_in_a_word_file_is_held_to_the_same_limits(tmp_path):
    """A small Word package embedded in a .docx that expands to 30 MB of XML: the guard of the written file, which
    opens embedded objects, refuses it at once from its zip directory (it inflated and parsed it: minutes,
    gigabytes) and holds the file back with one French line."""
    from documents import make

    folder = tmp_path / "src"
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>")
    plain = make(tmp_path / "plain.docx", ["Note sur la situation de Kevin Dumoulin, objet ci-dessous."])
    rel = (b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           b'package" Target="embeddings/Document1.docx"/></Relationships>')
    kind = (b'<Default Extension="docx" ContentType="application/vnd.openxmlformats-officedocument.'
            b'wordprocessingml.document"/></Types>')

    def patch(name, data):
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", rel)
        return data.replace(b"</Types>", kind) if name == "[Content_Types].xml" else data

    folder.mkdir()
    _with_member(plain, folder / "objet.docx", {"word/embeddings/Document1.docx": inner.getvalue()}, patch)
    result = run("anonymize", folder, "--out", tmp_path / "out")
    assert result.exit_code == 3, result.output
    assert "objet intégré word/embeddings/Document1.docx : document trop volumineux" in result.stderr
    assert not (tmp_path / "out" / "objet.docx").exists()


def _flag_members(data: bytes, *, method: int | None = None, encrypted: bool = False) -> bytes:
    """A zip's members marked encrypted (ZipCrypto's flag) or compressed with another method (9: deflate64), in
    the local headers and the central directory, as other zip programs write them."""
    out = bytearray(data)
    for signature, flags_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = out.find(signature)
        while at >= 0:
            if encrypted:
                out[at + flags_at] |= 0x1
            if method is not None:
                out[at + method_at:at + method_at + 2] = method.to_bytes(2, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def test_password_protected_and_deflate64_documents_are_one_line_each(tmp_path):
    """A .docx saved with a password by Word (an OLE compound file), a zip with ZipCrypto's flag, a package
    compressed with deflate64: one French line each, that says why, and the good file is done."""
    from documents import make

    folder = tmp_path / "src"
    make(folder / "bon.docx", ["Note sur Kevin Dumoulin."])
    (folder / "chiffre.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    good = (folder / "bon.docx").read_bytes()
    (folder / "zipcrypto.docx").write_bytes(_flag_members(good, encrypted=True))
    (folder / "deflate64.docx").write_bytes(_flag_members(good, method=9))
    result = run("anonymize", folder, "--out", tmp_path / "out")
    assert result.exit_code == 4, result.output
    assert "chiffre.docx : document protégé par un mot de passe (chiffré)" in result.stderr
    assert "zipcrypto.docx : document protégé par un mot de passe" in result.stderr
    assert re.search(r"deflate64\.docx : .*non prise en charge", result.stderr)
    assert "Traceback" not in result.output and (tmp_path / "out" / "bon.docx").exists()


def test_the_readme_states_the_limits_the_code_applies():
    from pathlib import Path

    from anonymizer.formats import limits

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{limits.MAX_XML_BYTES // limits.MB} MB of XML, {limits.MAX_PACKAGE_BYTES // limits.MB} MB in all, " \
           f"{limits.MAX_MEMBERS:,} parts" in readme


def test_sources_of_one_stem_get_distinct_outputs_and_a_failed_rename_leaves_nothing(tmp_path):
    """"rapport.pdf", "rapport.rtf" and "rapport.txt" all come out as text: three outputs, none lost, and the next run
    finds them done; an output whose place is taken (a folder of that name; on Windows, the file open in Word) is
    one line and leaves no temporary copy in the folder that is shared."""
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "rapport.pdf").write_bytes(minimal_pdf(["Rapport sur Kevin Dumoulin."]))
    (folder / "rapport.rtf").write_text(r"{\rtf1\ansi Note sur Kevin Dumoulin.\par}", encoding="ascii")
    (folder / "rapport.txt").write_text("Suivi de Kevin Dumoulin.\n", encoding="utf-8")
    (folder / "autre.txt").write_text("Appel de Kevin Dumoulin.\n", encoding="utf-8")
    (tmp_path / "out" / "autre.txt").mkdir(parents=True)  # its place is taken
    result = run("anonymize", folder, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 4, result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_file())
    assert written == ["rapport (2).txt", "rapport (3).txt", "rapport.txt"]
    assert "autre.txt" in result.stderr and "Traceback" not in result.output
    assert "un dossier porte ce nom" in result.stderr and "directory" not in result.stderr  # French, not the OS's
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.endswith(".partiel")]
    again = run("anonymize", folder, "--out", tmp_path / "out")
    assert again.stderr.count("déjà fait") == 3


def test_a_text_in_utf8_with_one_stray_byte_keeps_its_accents(tmp_path):
    """A note in UTF-8 with a "€" pasted from a Windows program (one Windows-1252 byte): read as UTF-8, the byte as
    Windows-1252; read whole as Windows-1252 it was "HÃ©lÃ¨ne", and detection left it."""
    source = tmp_path / "note.txt"
    source.write_bytes("Mme Hélène Dupuis et Jérôme vivent à Érezée. Coût : 30 ".encode() + b"\x80.\n")
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "note.txt").read_text(encoding="utf-8")
    assert "Coût : 30 €." in written and not re.search(r"Hélène|Jérôme|Érezée|Ã", written)


def test_a_libreoffice_password_a_renamed_doc_and_strict_open_xml_say_what_they_are(tmp_path):
    """Each bad input says what it is and what to do: an .odt saved with a password (its manifest lists how the
    parts are encrypted), a Word 97-2003 .doc renamed .docx (not "protected by a password"), a Strict Open XML
    .docx (not "damaged")."""
    from documents import make

    folder = tmp_path / "src"
    plain = make(tmp_path / "plain.odt", ["Note sur Maëlle Wauthier."])

    def encrypted(name, data):
        if name == "META-INF/manifest.xml":
            return data.replace(b'manifest:full-path="content.xml"', b'manifest:full-path="content.xml" '
                                b'manifest:size="99"><manifest:encryption-data manifest:checksum="AAAA"/>'
                                b'</manifest:file-entry><manifest:file-entry manifest:full-path="x"', 1)
        return os.urandom(len(data)) if name == "content.xml" else data

    folder.mkdir()
    _with_member(plain, folder / "chiffre.odt", {}, encrypted)
    (folder / "ancien.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
                                         + "WordDocument".encode("utf-16-le") + bytes(200))
    word = make(tmp_path / "plain.docx", ["Note sur Maëlle Wauthier."])
    _with_member(word, folder / "strict.docx", {}, lambda name, data: data.replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main") if name == "word/document.xml" else data)
    result = run("anonymize", folder, "--out", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert "chiffre.odt : document protégé par un mot de passe" in result.stderr
    assert "ancien.docx : document Word 97-2003 (.doc) nommé .docx" in result.stderr
    assert "strict.docx : document Word au format « Strict Open XML »" in result.stderr


def test_allow_and_deny_lists_saved_by_notepad_are_read(tmp_path):
    """A list saved by Notepad in "Unicode" (UTF-16) or "ANSI" (Windows-1252): read, not an English error."""
    source = tmp_path / "note.txt"
    source.write_text("La mère Thérèse et M. Dupont sont venus.\n", encoding="utf-8")
    (tmp_path / "masquer.txt").write_bytes("Dupont\r\n".encode("utf-16"))
    (tmp_path / "garder.txt").write_bytes("Thérèse\r\n".encode("cp1252"))
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes", "--deny", tmp_path / "masquer.txt",
                 "--allow", tmp_path / "garder.txt")
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "note.txt").read_text(encoding="utf-8")
    assert "Thérèse" in written and "Dupont" not in written


def test_an_empty_allow_list_is_no_terms_and_word_s_default_placeholder_is_left_alone(tmp_path):
    """An empty --allow file is a list without terms (it stopped the run: "fichier vide"); a content control's
    placeholder keeps Word's own building-block name ("DefaultPlaceholder_-1854013440": read as text it became a
    handle, and the guard held the file back)."""
    from documents import make

    (tmp_path / "vide.txt").write_bytes(b"")
    source = make(tmp_path / "src" / "form.docx", ["Formulaire : Kevin Dumoulin."])
    control = (b'<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
               b'</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Cliquez ici.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    _with_member(source, tmp_path / "src" / "form2.docx", {}, lambda name, data: data.replace(
        b"<w:sectPr", control + b"<w:sectPr", 1) if name == "word/document.xml" else data)
    source.unlink()
    result = run("anonymize", tmp_path / "src", "--out", tmp_path / "out", "--yes", "--allow", tmp_path / "vide.txt")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "out" / "form2.docx") as written:
        assert b"DefaultPlaceholder_-1854013440" in written.read("word/document.xml")
