"""Nothing left anywhere in the written file (issue 17): every part of Word, OpenDocument and e-mail files,
the file and folder names, the report, the review record; and the guard that reads the written file back."""

from __future__ import annotations

import csv
import email
import json
import re
import zipfile
from email import policy
from hashlib import sha256
from pathlib import Path

import pytest
from click.testing import CliRunner
from hidden_parts import BODY, KEPT, docx_everywhere, eml_everywhere, jpeg, odt_everywhere, png, secrets_in

from anonymizer.cli import main
from anonymizer.formats import images


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def anonymise_one(source: Path, out: Path) -> Path:
    result = run("anonymize", source, "--out", out, "--yes")
    assert result.exit_code == 0, result.output
    [written] = [p for p in out.rglob("*") if p.is_file()]
    return written


def docx_layout(path: Path) -> dict[str, int]:
    import docx

    word = docx.Document(str(path))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return {"paragraphs": len(word.paragraphs), "tables": len(word.tables), "runs": xml.count("<w:r>") +
            xml.count("<w:r "), "styles": len(word.styles), "pictures": xml.count("<pic:pic")}


def test_word_file_has_no_name_in_any_part_and_keeps_its_layout(tmp_path):
    source = docx_everywhere(tmp_path / "src" / "note.docx")
    assert len(secrets_in(source)) > 20  # the names are planted everywhere
    written = anonymise_one(source, tmp_path / "out")
    assert secrets_in(written) == []
    assert docx_layout(written) == docx_layout(source)
    text = "\n".join(p.text for p in __import__("docx").Document(str(written)).paragraphs)
    assert all(term in text for term in KEPT)
    members = zipfile.ZipFile(written).namelist()
    assert "docProps/custom.xml" not in members and "docProps/thumbnail.jpeg" not in members
    assert not any(name.startswith("customXml/") for name in members)


def test_opendocument_file_has_no_name_in_any_part_and_keeps_its_layout(tmp_path):
    from odf import draw, text
    from odf.opendocument import load

    source = odt_everywhere(tmp_path / "src" / "note.odt")
    assert len(secrets_in(source)) > 10
    written = anonymise_one(source, tmp_path / "out")
    assert secrets_in(written) == []

    def layout(path):
        odt = load(str(path))
        return [len(odt.getElementsByType(kind)) for kind in (text.P, text.A, draw.Frame, draw.Image)]

    assert layout(written) == layout(source)
    content = zipfile.ZipFile(written).read("content.xml").decode()
    assert "Le dessin ci-contre." in content  # the picture's title is no longer glued to its paragraph


def test_email_has_no_name_in_any_header_or_part_and_its_html_keeps_its_structure(tmp_path):
    import lxml.html

    source = eml_everywhere(tmp_path / "src" / "mail.eml")
    written = anonymise_one(source, tmp_path / "out")
    assert secrets_in(written) == []
    message = email.message_from_bytes(written.read_bytes(), policy=policy.compat32)
    assert {"Message-ID", "References", "In-Reply-To", "Thread-Topic", "X-Sender"}.isdisjoint(message.keys())
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in message.walk()
             if not p.is_multipart()}
    assert set(parts) == {"text/plain", "text/html"}  # the attachment is gone

    def structure(html):
        return [element.tag for element in lxml.html.document_fromstring(html).iter() if isinstance(element.tag, str)]

    original = email.message_from_bytes(source.read_bytes(), policy=policy.compat32)
    html_before = next(p for p in original.walk() if p.get_content_type() == "text/html").get_payload(decode=True)
    assert structure(parts["text/html"]) == structure(html_before.decode())
    # the plain and the HTML part say the same: same tags for the same people
    tags = sorted(set(re.findall(r"\[[A-Z_]+_\d+\]", parts["text/plain"])))
    assert tags and all(tag in parts["text/html"] for tag in tags)
    assert "<b>[PERSONNE_" in parts["text/html"]  # "<b>Noah</b> Vandersmissen": one name over two elements


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_and_file_names_come_out_without_names_and_so_does_the_report(tmp_path, jobs):
    family = tmp_path / "src" / "Famille Vandersmissen"
    family.mkdir(parents=True)
    (family / "Note de Julie Peeters.txt").write_text("\n".join(BODY) + "\n", encoding="utf-8")
    (family / "noah_vandersmissen-bilan.txt").write_text("Bilan de Noah Vandersmissen, 9 ans.\n", encoding="utf-8")
    report = tmp_path / "rapport.csv"
    result = run("anonymize", tmp_path / "src", "--out", tmp_path / "out", "--yes", "--report", report,
                 "--jobs", jobs)
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*"))
    assert len(written) == 3  # the folder and its two files
    assert not any(secret.lower() in " ".join(written).lower() for secret in ("vandersmissen", "peeters", "noah"))
    assert any(p.startswith("Famille [PERSONNE_") for p in written)
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert not re.search(r"(?i)vandersmissen|peeters|noah", report.read_text(encoding="utf-8"))
    assert sorted(row["fichier"] for row in rows) == sorted(p for p in written if p.endswith(".txt"))
    again = run("anonymize", tmp_path / "src", "--out", tmp_path / "out", "--report", tmp_path / "r2.csv")
    assert again.exit_code == 0 and again.stderr.count("déjà fait") == 2  # found again, not redone


def test_the_guard_reads_the_written_file_and_holds_it_back(tmp_path, monkeypatch):
    from anonymizer.formats import docx_format

    monkeypatch.setattr(docx_format, "_drop_hidden_parts", lambda word, roots: [])  # a writer that forgets
    source = docx_everywhere(tmp_path / "src" / "note.docx")
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 3, result.output
    assert not any(p.is_file() for p in (tmp_path / "out").rglob("*"))  # nothing written, no partial file
    assert "docProps/custom.xml" in result.stderr and "word/settings.xml" in result.stderr
    assert not re.search(r"(?i)vandersmissen|sandrine", result.stderr.split("encore lisible")[1])


def test_review_record_is_outside_the_output_and_cannot_be_matched_against_name_lists(tmp_path, anonymizer):
    from anonymizer.recognizers.lookup import first_names, surnames

    from anonymizer.review import ReviewSession, record_path
    from anonymizer.text import fold

    source = tmp_path / "src" / "Note Vandersmissen.txt"
    source.parent.mkdir()
    source.write_text("\n".join(BODY) + "\n", encoding="utf-8")
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    session.decide("Vandersmissen", "mask", "PERSON")
    session.decide("Wavre", "keep")
    session.decide("Peeters", "mask", "PERSON")
    record = record_path(session.out, session.source)
    assert record.exists() and not record.is_relative_to(tmp_path / "out")
    assert "vandersmissen" not in record.name.lower()
    data = json.loads(record.read_text(encoding="utf-8"))
    digests = {d["digest"] for d in data["decisions"]}
    guesses = {sha256(f"{data['salt']}|{fold(name)}".encode()).hexdigest()
               for name in first_names() | surnames() | {"Vandersmissen", "Wavre", "Peeters"}}
    assert digests and not digests & guesses


def test_pictures_lose_their_text_metadata_and_nothing_else():
    for picture in (png("Sandrine Vandersmissen"), jpeg("Noah Vandersmissen")):
        clean = images.without_metadata(picture)
        assert b"Vandersmissen" not in clean and images.metadata(clean) == []
        assert len(picture) - len(clean) == sum(end - start for start, end in images.metadata(picture))
    assert images.without_metadata(b"GIF89a...") == b"GIF89a..."


def test_rtf_is_read_and_written_as_text(tmp_path):
    source = tmp_path / "src" / "note.rtf"
    source.parent.mkdir()
    source.write_bytes(b"{\\rtf1\\ansi {\\fonttbl {\\f0 Arial;}}\\f0 Noah Vandersmissen vit \\'e0 Wavre.\\par "
                       b"Le SAJ suit la situation.}")
    written = anonymise_one(source, tmp_path / "out")
    assert written.suffix == ".txt"
    assert secrets_in(written) == [] and "Le SAJ suit la situation." in written.read_text(encoding="utf-8")


def test_outlook_message_is_read_and_written_as_eml(tmp_path, monkeypatch):
    import extract_msg

    class FakeMsg:  # what extract-msg gives for a message (no library writes .msg files to build one)
        sender = "Julie Peeters <julie.peeters@amo-exemple.be>"
        to, cc = "Sandrine Vandersmissen <s.vandersmissen@gmail.com>", None
        subject = "Situation de Noah Vandersmissen"
        body = "\n".join(BODY)
        htmlBody = ("<p>" + "</p><p>".join(BODY) + "</p>").encode()
        attachments = ["x"]

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(extract_msg, "openMsg", lambda path: FakeMsg())
    source = tmp_path / "src" / "mail.msg"
    source.parent.mkdir()
    source.write_bytes(b"\xd0\xcf\x11\xe0 fake")
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "mail.eml"
    assert secrets_in(written) == [] and "pièce(s) jointe(s) non reprise(s)" in result.stderr


def test_broken_outlook_message_gets_one_french_line(tmp_path):
    source = tmp_path / "src" / "abîmé.msg"
    source.parent.mkdir()
    source.write_bytes(b"pas un message Outlook")
    result = run("anonymize", source, "--out", tmp_path / "out", "--yes")
    assert result.exit_code != 0 and "message Outlook (.msg) illisible" in result.stderr
    assert "Traceback" not in result.output
