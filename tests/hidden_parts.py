"""Documents as Word, LibreOffice and Outlook write them, with a name in every place they put text: the
body, and the parts a reader does not see (properties, alternative text, field codes, variables, the
attached template's path, the thumbnail, content controls, bookmarks, comments, pictures' metadata,
HTML parts, e-mail headers, attachments' names). Built on the fly; no binary fixture."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path

# what must be gone from every byte of the output (case-insensitive)
SECRETS = ("Vandersmissen", "Sandrine", "Noah", "Peeters", "1187", "jpeeters")
BODY = [
    "Noah Vandersmissen, 9 ans, vit avec sa mère Sandrine Vandersmissen à Wavre.",
    "Le SAJ suit la situation (dossier SAJ/BW/2023/1187). Contact : Julie Peeters, AMO.",
    "La mère souhaite que le Service de l'aide à la jeunesse reste informé.",
]
KEPT = ("SAJ", "AMO", "Service de l'aide à la jeunesse", "9 ans")


def png(text: str) -> bytes:
    """A 1x1 PNG with a tEXt chunk (what a phone or an editor writes: author, comment)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Author\x00" + text.encode("latin-1")) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def jpeg(text: str) -> bytes:
    """A JPEG's head with an EXIF-like APP1 and a comment carrying ``text`` (enough for the test)."""
    def segment(marker: int, data: bytes) -> bytes:
        return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data
    return (b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + segment(0xE1, b"Exif\x00\x00" + text.encode()) + segment(0xFE, text.encode()) + b"\xff\xd9")


def emf(text: str) -> bytes:
    """A minimal EMF drawing ``text`` (a header, one EMR_EXTTEXTOUTW record, the end record), as Word draws the
    label under an embedded file's icon."""
    string = text.encode("utf-16-le")
    string += b"\x00" * (-len(string) % 4)
    # type, size, bounds, graphics mode, x/y scale, then the text's reference point, length, offset, options,
    # rectangle and offset of the spacing array
    head = struct.pack("<4i", 0, 0, 80, 20) + struct.pack("<Iff", 1, 1.0, 1.0)
    text_record = struct.pack("<iiIII4iI", 0, 0, len(text), 76, 0, 0, 0, 0, 0, 0)
    record = struct.pack("<II", 84, 8 + len(head) + len(text_record) + len(string)) + head + text_record + string
    end = struct.pack("<5I", 14, 20, 0, 16, 20)
    header = (struct.pack("<II", 1, 88) + struct.pack("<8i", 0, 0, 80, 20, 0, 0, 2000, 500)
              + struct.pack("<IIIIHH", 0x464D4520, 0x10000, 88 + len(record) + len(end), 3, 0, 0))
    return header.ljust(88, b"\x00") + record + end


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_everywhere(path: Path) -> Path:
    import docx

    doc = docx.Document()
    core = doc.core_properties
    core.author, core.title, core.subject = "Julie Peeters", "Situation Noah Vandersmissen", "Famille Vandersmissen"
    core.keywords, core.comments, core.last_modified_by = "Vandersmissen", "Noah", "jpeeters"
    paragraphs = [doc.add_paragraph(text) for text in BODY]
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Mère", "Sandrine Vandersmissen"
    table.cell(1, 0).text, table.cell(1, 1).text = "Référente", "Julie Peeters"
    doc.sections[0].header.paragraphs[0].text = "Note de Julie Peeters – famille Vandersmissen"
    doc.sections[0].footer.paragraphs[0].text = "Dossier SAJ/BW/2023/1187"
    doc.add_picture(io.BytesIO(png("Sandrine Vandersmissen")))
    doc.add_comment(paragraphs[0].runs, text="Vérifier avec Sandrine Vandersmissen", author="Julie Peeters",
                    initials="JP")
    buffer = io.BytesIO()
    doc.save(buffer)
    members = _members(buffer.getvalue())
    document = members["word/document.xml"].decode()
    document = re.sub(r'(<wp:docPr [^>]*?)name="[^"]*"',
                      r'\1name="Noah_Vandersmissen.png" descr="Dessin de Noah Vandersmissen, 9 ans" '
                      r'title="Noah Vandersmissen"', document, count=1)
    document = re.sub(r'(<pic:cNvPr [^>]*?)name="[^"]*"', r'\1name="Noah_Vandersmissen.png"', document, count=1)
    extra = (
        '<w:p><w:bookmarkStart w:id="90" w:name="Noah_Vandersmissen"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:julie.peeters@amo-exemple.be" '
        '\\o "Écrire à Julie Peeters" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>écrire à la référente</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:bookmarkEnd w:id="90"/></w:p>'
        '<w:p><w:fldSimple w:instr=" DOCPROPERTY Usager "><w:r><w:t>Usager : voir dossier</w:t></w:r>'
        '</w:fldSimple></w:p>'
        '<w:sdt><w:sdtPr><w:alias w:val="Usager Sandrine Vandersmissen"/><w:tag w:val="Vandersmissen"/>'
        '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>La mère est présente.</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        '<w:p><w:r><w:pict><v:shape id="s1" alt="Photo de Noah Vandersmissen" style="width:9pt;height:9pt"/>'
        '</w:pict></w:r></w:p>'
        '<w:p><w:hyperlink w:anchor="Noah_Vandersmissen" w:tooltip="Aller à Noah Vandersmissen">'
        '<w:r><w:t>haut de page</w:t></w:r></w:hyperlink></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Les N</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>oa</w:t></w:r>'
        '<w:r><w:t>h du quartier jouent ensemble.</w:t></w:r></w:p>'
    )
    members["word/document.xml"] = document.replace("<w:sectPr", extra + "<w:sectPr", 1).encode()
    settings = members["word/settings.xml"].decode()
    settings = re.sub(r"(<w:settings [^>]*>)", r'\1<w:attachedTemplate r:id="rIdTemplate"/>', settings, count=1)
    settings = settings.replace("</w:settings>", '<w:docVars><w:docVar w:name="Usager" '
                                'w:val="Sandrine Vandersmissen"/></w:docVars></w:settings>')
    if "xmlns:r=" not in settings.split(">", 2)[1]:
        settings = settings.replace("<w:settings ", '<w:settings xmlns:r="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships" ', 1)
    members["word/settings.xml"] = settings.encode()
    members["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
        b'.org/package/2006/relationships"><Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Users\\jpeeters\\Documents\\'
        b'Famille%20Vandersmissen.dotm" TargetMode="External"/></Relationships>')
    members["docProps/custom.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Usager">'
        b'<vt:lpwstr>Vandersmissen Sandrine</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-'
        b'08002B2CF9AE}" pid="3" name="Dossier"><vt:lpwstr>SAJ/BW/2023/1187</vt:lpwstr></property></Properties>'
    )
    rels = members["_rels/.rels"].decode()
    members["_rels/.rels"] = rels.replace("</Relationships>", '<Relationship Id="rIdCustom" Type="http://schemas.'
                                          'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                          'Target="docProps/custom.xml"/></Relationships>').encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace("</Types>", '<Override PartName="/docProps/custom.xml" '
                                                   'ContentType="application/vnd.openxmlformats-officedocument.'
                                                   'custom-properties+xml"/></Types>').encode()
    members["docProps/thumbnail.jpeg"] = jpeg("Noah Vandersmissen")
    app = members["docProps/app.xml"].decode()
    members["docProps/app.xml"] = re.sub(r"<Company>[^<]*</Company>|(?=</Properties>)",
                                         "<Company>Famille Vandersmissen</Company>", app, count=1).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_zipped(members))
    return path


def odt_everywhere(path: Path) -> Path:
    from odf import dc, draw, meta, office, text
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout

    odt = OpenDocumentText()
    odt.meta.addElement(dc.Title(text="Situation Noah Vandersmissen"))
    odt.meta.addElement(dc.Creator(text="Julie Peeters"))
    odt.meta.addElement(meta.InitialCreator(text="Julie Peeters"))
    odt.meta.addElement(meta.Keyword(text="Vandersmissen"))
    user = meta.UserDefined(name="Usager", valuetype="string")
    user.addText("Vandersmissen Sandrine")
    odt.meta.addElement(user)
    layout = PageLayout(name="pl")
    odt.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header, footer = Header(), Footer()
    header.addElement(text.P(text="Note de Julie Peeters – famille Vandersmissen"))
    footer.addElement(text.P(text="Dossier SAJ/BW/2023/1187"))
    master.addElement(header)
    master.addElement(footer)
    odt.masterstyles.addElement(master)
    for line in BODY:
        odt.text.addElement(text.P(text=line))
    paragraph = text.P(text="Écrire à ")
    link = text.A(href="mailto:julie.peeters@amo-exemple.be", text="la référente", title="Julie Peeters")
    paragraph.addElement(link)
    paragraph.addElement(text.Bookmark(name="Noah_Vandersmissen"))
    odt.text.addElement(paragraph)
    picture = odt.addPicture("Pictures/dessin.png", "image/png", png("Sandrine Vandersmissen"))
    frame = draw.Frame(name="Dessin Noah Vandersmissen", width="1cm", height="1cm", anchortype="paragraph")
    frame.addElement(draw.Image(href=picture))
    from odf.svg import Desc, Title
    frame.addElement(Title(text="Noah Vandersmissen"))
    frame.addElement(Desc(text="Dessin de Noah Vandersmissen, 9 ans"))
    holder = text.P(text="Le dessin ci-contre.")
    holder.addElement(frame)
    odt.text.addElement(holder)
    note = office.Annotation()
    note.addElement(dc.Creator(text="Julie Peeters"))
    note.addElement(text.P(text="Vérifier avec Sandrine Vandersmissen"))
    commented = text.P(text="La mère est présente.")
    commented.addElement(note)
    odt.text.addElement(commented)
    from odf import style, table
    bold = style.Style(name="Gras", family="text")
    bold.addElement(style.TextProperties(fontweight="bold"))
    odt.automaticstyles.addElement(bold)
    grid = table.Table(name="Contacts")  # a table, and a name over two spans (one bold)
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for label, person in (("Mère", "Sandrine Vandersmissen"), ("Référente", "Julie Peeters")):
        row = table.TableRow()
        for value in (label, person):
            cell = table.TableCell()
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    odt.text.addElement(grid)
    split = text.P(text="Vu avec ")
    split.addElement(text.Span(stylename=bold, text="Noah"))
    split.addElement(text.Span(text=" Vandersmissen hier."))
    odt.text.addElement(split)
    items = text.List()
    item = text.ListItem()
    item.addElement(text.P(text="Appel de Sandrine Vandersmissen"))
    items.addElement(item)
    odt.text.addElement(items)
    odt.addThumbnail(png("Noah Vandersmissen"))
    path.parent.mkdir(parents=True, exist_ok=True)
    odt.save(str(path))
    return path


def eml_everywhere(path: Path) -> Path:
    message = EmailMessage()
    message["From"] = "Julie Peeters <julie.peeters@amo-exemple.be>"
    message["To"] = "=?utf-8?q?Sandrine_Vandersmissen?= <s.vandersmissen@gmail.com>"
    message["Cc"] = "Service de l'aide à la jeunesse <saj@exemple.be>"
    message["Subject"] = "Situation de Noah Vandersmissen (SAJ/BW/2023/1187)"
    message["Message-ID"] = "<noah.vandersmissen.1187@amo-exemple.be>"
    message["References"] = "<sandrine.vandersmissen@gmail.com>"
    message["In-Reply-To"] = "<sandrine.vandersmissen@gmail.com>"
    message["Thread-Topic"] = "Situation de Noah Vandersmissen"
    message["X-Sender"] = "jpeeters@amo-exemple.be"
    message.set_content("\n".join(BODY) + "\n\nJulie Peeters\nAMO\n")
    html = ("<html><head><title>Noah Vandersmissen</title><meta name='author' content='Julie Peeters'>"
            "<style>/* modèle de Julie Peeters */ p { margin: 0 }</style></head>"
            "<body><p>" + BODY[0].replace("Noah Vandersmissen", "<b>Noah</b> Vandersmissen") + "</p>"
            "<blockquote cite='mid:sandrine.vandersmissen.0803@gmail.com'>Merci.</blockquote>"
            + "".join(f"<p>{line}</p>" for line in BODY[1:])
            + "<table><tr><td>Mère</td><td>Sandrine Vandersmissen</td></tr></table>"
            "<p><a href='mailto:julie.peeters@amo-exemple.be' title='Écrire à Julie Peeters'>Julie Peeters</a>"
            "<br>AMO</p><!-- brouillon de Julie Peeters --></body></html>")
    message.add_alternative(html, subtype="html")
    message.add_attachment(b"Noah Vandersmissen", maintype="text", subtype="plain",
                           filename="Famille Vandersmissen.txt")
    message.set_boundary("=_Famille_Vandersmissen_1187")  # a boundary some mailers make of the subject
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(message.as_bytes())
    return path


def every_byte(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every part of a written file, decoded the simplest way (independent of the
    product's own reader): zip members as UTF-8 and Latin-1, MIME parts decoded, headers decoded."""
    data = path.read_bytes()
    out = [("nom", path.name)]
    if data.startswith(b"PK"):
        for name, member in _members(data).items():
            out.append((name, member.decode("utf-8", "ignore") + "\n" + member.decode("latin-1")))
            out.append((name + " (nom)", name))
        return out
    message = message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        for name, value in part.items():
            out.append((f"en-tête {name}", f"{value} {make_header(decode_header(value))}"))
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            out.append((part.get_content_type(), payload.decode("utf-8", "ignore")))
    out.append(("brut", data.decode("utf-8", "ignore")))
    return out


def secrets_in(path: Path) -> list[str]:
    return sorted({f"{secret} dans {where}" for where, text in every_byte(path) for secret in SECRETS
                   if secret.lower() in text.lower()})


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_only_there(path: Path) -> Path:
    """A Word file whose body names nobody, the names being only where Word keeps what a person typed beside the
    text: a list's label (shown before each item), a custom style's name and id, the theme's name, a building
    block's description, a web frame's name, a custom XML namespace and attached schema, an imported RTF piece,
    a linked picture's path under the writer's Windows account."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Première visite, tout se passe bien.")
    doc.add_paragraph("La situation est suivie par le SAJ.")
    buffer = io.BytesIO()
    doc.save(buffer)
    members = _members(buffer.getvalue())
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    document = members["word/document.xml"].decode()
    extra = (
        '<w:p><w:pPr><w:pStyle w:val="TitreVandersmissen"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/>'
        '</w:numPr></w:pPr><w:r><w:t>Deuxième visite.</w:t></w:r></w:p>'
        '<w:customXml w:uri="urn:famille-vandersmissen" w:element="accueil"><w:p><w:r><w:t>Accueil.</w:t></w:r>'
        '</w:p></w:customXml>'
        '<w:altChunk r:id="rIdChunk"/>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE '
        '"C:\\\\Users\\\\jpeeters\\\\Documents\\\\photo.jpg" \\d </w:instrText></w:r><w:r><w:fldChar '
        'w:fldCharType="end"/></w:r></w:p>'
        # an equation's text
        '<w:p><m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:oMath><m:r>'
        '<m:t>Sandrine Vandersmissen</m:t></m:r></m:oMath></m:oMathPara></w:p>')
    members["word/document.xml"] = document.replace("<w:sectPr", extra + "<w:sectPr", 1).encode()
    styles = members["word/styles.xml"].decode()
    members["word/styles.xml"] = styles.replace("</w:styles>", (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitreVandersmissen"><w:name w:val="Titre famille '
        'Vandersmissen"/><w:basedOn w:val="Normal"/></w:style></w:styles>')).encode()
    members["word/numbering.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {w}><w:abstractNum '
        'w:abstractNumId="3"><w:name w:val="Liste Sandrine Vandersmissen"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="Visite chez Sandrine Vandersmissen n°%1 :"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>').encode()
    members["word/webSettings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:webSettings {w}><w:frameset><w:frame><w:name '
        'w:val="Cadre Sandrine Vandersmissen"/></w:frame></w:frameset></w:webSettings>').encode()
    members["word/glossary/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument {w}><w:docParts><w:docPart>'
        '<w:docPartPr><w:name w:val="Signature"/><w:description w:val="Signature de Julie Peeters"/></w:docPartPr>'
        '<w:docPartBody><w:p><w:r><w:t>Signature</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>'
        '</w:glossaryDocument>').encode()
    members["word/afchunk.rtf"] = (b"{\\rtf1\\ansi{\\info{\\author Julie Peeters}}Famille d'accueil : Sandrine "
                                   b"Vandersmissen, 0471 55 62 19.\\par}")
    theme = [name for name in members if name.startswith("word/theme/")][0]
    members[theme] = re.sub(rb'(<a:theme [^>]*?)name="[^"]*"', rb'\1name="AMO Peeters"', members[theme], count=1)
    settings = members["word/settings.xml"].decode()
    members["word/settings.xml"] = settings.replace(
        "</w:settings>", '<w:attachedSchema w:val="urn:famille-vandersmissen"/></w:settings>').encode()
    rels = members["word/_rels/document.xml.rels"].decode()
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", "".join(
        f'<Relationship Id="{rid}" Type="{base}/{kind}" Target="{target}"/>' for rid, kind, target in (
            ("rIdNum", "numbering", "numbering.xml"), ("rIdWeb", "webSettings", "webSettings.xml"),
            ("rIdGloss", "glossaryDocument", "glossary/document.xml"), ("rIdChunk", "aFChunk", "afchunk.rtf")))
        + "</Relationships>").encode()
    if r not in members["word/document.xml"].decode()[:2000]:
        members["word/document.xml"] = members["word/document.xml"].replace(b"<w:document ", f"<w:document {r} "
                                                                           .encode(), 1)
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    types = members["[Content_Types].xml"].decode()
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{main}{kind}+xml"/>' for name, kind in (
        ("word/numbering.xml", "numbering"), ("word/webSettings.xml", "webSettings"),
        ("word/glossary/document.xml", "document.glossary"))) + '<Default Extension="rtf" ContentType="application/rtf"/>'
    members["[Content_Types].xml"] = types.replace("</Types>", overrides + "</Types>").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_zipped(members))
    return path


def odt_only_there(path: Path) -> Path:
    """A LibreOffice file whose body names nobody, the names being only in a placeholder's tooltip, a bibliography
    entry, a page style's name, a paragraph style's name, a picture fill's name, a data source's name, a Basic macro
    and an RDF file."""
    from odf import draw, text
    from odf.opendocument import OpenDocumentText
    from odf.style import GraphicProperties, MasterPage, PageLayout, Style

    odt = OpenDocumentText()
    layout = PageLayout(name="pm1")
    odt.automaticstyles.addElement(layout)
    odt.masterstyles.addElement(MasterPage(name="Courrier_Vandersmissen", displayname="Courrier Vandersmissen",
                                           pagelayoutname=layout))
    odt.styles.addElement(draw.FillImage(name="Photo_Vandersmissen", href="Pictures/1.png"))
    background = Style(name="Fond", family="graphic")
    background.addElement(GraphicProperties(fill="bitmap", fillimagename="Photo_Vandersmissen"))
    odt.styles.addElement(background)
    odt.styles.addElement(Style(name="Lettre", family="paragraph", masterpagename="Courrier_Vandersmissen"))
    # styles a person named, shown in the styles list, and a built-in one
    odt.styles.addElement(Style(name="Note_20_Vandersmissen", displayname="Note Vandersmissen", family="paragraph",
                                parentstylename="Lettre"))
    odt.styles.addElement(Style(name="Heading_20_1", displayname="Heading 1", family="paragraph"))
    odt.automaticstyles.addElement(Style(name="P1", family="paragraph", parentstylename="Note_20_Vandersmissen"))
    odt.text.addElement(text.P(stylename="Lettre", text="Première visite, tout se passe bien."))
    odt.text.addElement(text.P(stylename="P1", text="Deuxième visite."))
    buffer = io.BytesIO()
    odt.save(buffer)
    members = _members(buffer.getvalue())
    content = members["content.xml"].decode()
    extra = ('<text:p><text:placeholder text:placeholder-type="text" text:description="Famille d\'accueil : Sandrine '
             'Vandersmissen">&lt;accueil&gt;</text:placeholder><text:bibliography-mark text:identifier="Pee24" '
             'text:bibliography-type="report" text:author="Peeters, Julie" text:title="Suivi de Noah" '
             'text:year="2024">[Pee24]</text:bibliography-mark><text:database-display text:table-name="Contacts" '
             'text:table-type="table" text:column-name="Nom" text:database-name="Accueil_Vandersmissen">x'
             '</text:database-display></text:p>'
             # a drop-down field's items, a footnote's own mark, a script in the text, a linked section's name
             '<text:p><text:drop-down text:name="mere"><text:label text:value="Sandrine Vandersmissen"/>'
             '<text:label text:value="Autre"/>Autre</text:drop-down><text:note text:id="n1" text:note-class="footnote">'
             '<text:note-citation text:label="Noah">Noah</text:note-citation><text:note-body><text:p>Renvoi.</text:p>'
             '</text:note-body></text:note><text:script script:language="JavaScript" '
             'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0">// Julie Peeters</text:script></text:p>'
             '<text:section text:name="Sect1"><text:section-source xlink:href="autre.odt" '
             'text:section-name="Vandersmissen" xmlns:xlink="http://www.w3.org/1999/xlink"/></text:section>')
    members["content.xml"] = content.replace("</office:text>", extra + "</office:text>", 1).encode()
    members["Basic/Standard/Module1.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?><script:module xmlns:script='
                                             b'"http://openoffice.org/2000/script" script:name="Module1" script:'
                                             b'language="StarBasic">REM Julie Peeters\nSub Main\nEnd Sub\n'
                                             b'</script:module>')
    members["meta/contacts.rdf"] = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax'
                                    b'-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/"><foaf:Person rdf:about="#a">'
                                    b'<foaf:name>Sandrine Vandersmissen</foaf:name></foaf:Person></rdf:RDF>')
    manifest = members["META-INF/manifest.xml"].decode()
    members["META-INF/manifest.xml"] = manifest.replace("</manifest:manifest>", "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{kind}"/>' for name, kind in (
            ("Basic/Standard/Module1.xml", "text/xml"), ("meta/contacts.rdf", "application/rdf+xml")))
        + "</manifest:manifest>").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_zipped(members))
    return path
