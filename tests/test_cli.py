"""The command line as a user meets it: outputs, refusals, bad input, the source never touched."""

import json
import re

import pytest
from click.testing import CliRunner

from anonymizer.cli import main

TEXT = "Kevin Dumoulin (tél. 0496 12 34 56) est suivi par le SAJ de Nivelles.\n"


@pytest.fixture
def case(tmp_path):
    source = tmp_path / "drafts"
    source.mkdir()
    (source / "a.txt").write_text(TEXT, encoding="utf-8")
    (source / "b.txt").write_text("Le jeune DUMOULIN ne vient plus.\n", encoding="utf-8")
    return source


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_detect_jsonl_is_one_object_per_file_and_offsets_are_exact(case):
    result = run("detect", case, "--jsonl")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in lines] == ["a.txt", "b.txt"]
    for record in lines:
        text = open(record["file"], encoding="utf-8").read()
        for entity in record["entities"]:
            assert set(entity) == {"start", "end", "entity_type", "score", "text"}
            assert text[entity["start"]:entity["end"]] == entity["text"]
    assert {"PERSON", "PHONE", "LOCATION"} <= {e["entity_type"] for e in lines[0]["entities"]}
    assert any(e["text"] == "DUMOULIN" for e in lines[1]["entities"])   # found through a.txt


def test_anonymize_writes_same_names_and_leaves_sources_untouched(case, tmp_path):
    before = {p.name: p.read_bytes() for p in case.iterdir()}
    out = tmp_path / "out"
    result = run("anonymize", case, "--out", out, "--style", "tag", "--yes")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    written = (out / "a.txt").read_text(encoding="utf-8")
    assert "Kevin" not in written and "0496" not in written and "[PERSONNE_1]" in written and "SAJ" in written
    assert {p.name: p.read_bytes() for p in case.iterdir()} == before


@pytest.mark.parametrize("inside", ["", "sub"])
def test_refuses_output_in_the_source_folder(case, inside):
    result = run("anonymize", case, "--out", case / inside if inside else case, "--yes")
    assert result.exit_code != 0
    assert "dossier de sortie" in result.output.lower()


def test_done_files_are_skipped_unless_forced(case, tmp_path):
    out = tmp_path / "out"
    assert run("anonymize", case, "--out", out, "--yes").exit_code == 0
    again = run("anonymize", case, "--out", out)
    assert again.exit_code == 0 and again.stderr.count("déjà fait") == 2
    refused = CliRunner().invoke(main, ["anonymize", str(case), "--out", str(out), "--force"], input="")
    assert refused.exit_code != 0                                  # overwriting asks, and nobody answered
    forced = run("anonymize", case, "--out", out, "--force", "--yes")
    assert forced.exit_code == 0 and "déjà fait" not in forced.stderr


@pytest.mark.parametrize("mode", [(), ("--independent",), ("--independent", "--jobs", "2")])
def test_bad_files_are_reported_and_the_others_processed(case, tmp_path, mode):
    """In case mode (two passes) and with independent files (analysed and written in one step, here or
    in the workers)."""
    (case / "binaire.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (case / "vide.txt").write_text("", encoding="utf-8")
    (case / "windows.txt").write_bytes("Réunion avec Aïcha Benali à Wavre.".encode("cp1252"))
    out = tmp_path / "out"
    result = run("anonymize", case, "--out", out, "--yes", *mode)
    assert result.exit_code == 4  # some files could not be processed
    assert "binaire.txt : fichier binaire" in result.stderr
    assert "vide.txt : fichier vide" in result.stderr
    assert "windows.txt : encodage Windows-1252" in result.stderr
    converted = (out / "windows.txt").read_text(encoding="utf-8")
    assert "Réunion" in converted and "Benali" not in converted
    assert not (out / "binaire.txt").exists()


def test_nothing_done_is_a_failure(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run("anonymize", empty, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 1 and "fichier vide" in result.stderr


def test_missing_path(tmp_path):
    result = run("detect", tmp_path / "absent.txt")
    assert result.exit_code != 0 and "introuvable" in result.output


def test_process_entry_point_keeps_exit_codes_and_skips_the_last_collection(case, tmp_path, monkeypatch):
    """``run()`` (console script, ``python -m anonymizer``) exits with the command's code, the
    loaded objects frozen so the interpreter's last collections do not walk them."""
    import gc

    from anonymizer.launch import run as entry

    monkeypatch.setattr("anonymizer.models.startup._OWNED", False)  # put back after the entry point took it
    monkeypatch.setattr("sys.argv", ["anonymizer", "anonymize", str(tmp_path / "absent.txt"),
                                     "--out", str(tmp_path / "out"), "--yes"])
    try:
        with pytest.raises(SystemExit) as ended:
            entry()
        assert ended.value.code not in (0, None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_python_dash_m_runs_the_command(case, tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "anonymizer", "anonymize", str(case / "a.txt"),
                           "--out", str(tmp_path / "out"), "--style", "tag", "--yes"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Dumoulin" not in (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")


def test_the_report_never_replaces_a_draft_nor_an_existing_file_without_yes(case, tmp_path):
    draft = sorted(case.iterdir())[0]
    before = draft.read_bytes()
    result = run("anonymize", case, "--out", tmp_path / "out", "--report", draft, "--yes")
    assert result.exit_code != 0 and "documents à anonymiser" in result.output
    assert draft.read_bytes() == before
    old = tmp_path / "ancien.csv"
    old.write_text("à garder", encoding="utf-8")
    result = run("anonymize", case, "--out", tmp_path / "out", "--report", old)
    assert result.exit_code != 0 and "--yes" in result.output and old.read_text(encoding="utf-8") == "à garder"
    assert not (tmp_path / "out").exists()  # refused before any work


def test_a_new_key_in_a_folder_that_does_not_exist_is_saved(case, tmp_path, monkeypatch):
    monkeypatch.setenv("ANONYMIZER_PASSPHRASE", "correct horse")
    key = tmp_path / "cles" / "famille" / "cas.key"
    result = run("anonymize", case, "--out", tmp_path / "out", "--style", "pseudo", "--key", key, "--yes")
    assert result.exit_code == 0, result.output
    assert key.exists()


def test_lock_files_are_skipped_silently_and_unsupported_formats_are_listed(case, tmp_path):
    (case / "~$note.docx").write_bytes(b"\x00lock")
    (case / "ancien.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (case / "tableau.xlsx").write_bytes(b"PK\x03\x04")
    result = run("anonymize", case, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    assert "~$note.docx" not in result.stderr
    assert "ancien.doc : laissé de côté" in result.stderr and "enregistrez-le en .docx" in result.stderr
    assert "tableau.xlsx : laissé de côté" in result.stderr


@pytest.mark.parametrize("encoding,bom", [("utf-16", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_office_text_comes_back_in_its_encoding_and_line_ends(tmp_path, encoding, bom):
    folder = tmp_path / "src"
    folder.mkdir()
    text = "Réunion avec Aïcha Benali à Wavre.\r\nLe CPMS suit la situation.\r\n"
    (folder / "note.txt").write_bytes(bom + text.encode(encoding))
    result = run("anonymize", folder, "--out", tmp_path / "out", "--yes")
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "out" / "note.txt").read_bytes()
    assert raw.startswith(bom or b"\xff\xfe")
    written = raw.decode("utf-16" if encoding == "utf-16" else "utf-8-sig")
    assert "Benali" not in written and "\r\nLe CPMS suit la situation.\r\n" in written and "\r\r" not in written


def test_the_report_opens_in_excel_and_as_a_page(case, tmp_path):
    (case / "abîmé.docx").write_bytes(b"pas un document Word")
    csv_report, html_report = tmp_path / "rapport.csv", tmp_path / "rapport.html"
    for report in (csv_report, html_report):
        run("anonymize", case, "--out", tmp_path / f"out-{report.suffix[1:]}", "--report", report, "--yes")
    raw = csv_report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads the accents
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("fichier;statut;éléments retirés") and "Personne" in lines[0]
    assert lines[1].split(";")[1] == "erreur"  # problems first
    assert any(re.search(r";\d+,\d{3};", line) for line in lines)  # seconds with a decimal comma
    page = html_report.read_text(encoding="utf-8")
    assert "<title>Rapport d'anonymisation" in page and "Éléments retirés, par type" in page
    assert page.index("erreur") < page.index(">ok<")


def test_detect_jsonl_on_a_cp1252_console_stays_valid_json(tmp_path):
    import os
    import subprocess
    import sys

    source = tmp_path / "note.txt"
    source.write_text("Ayşe Yılmaz et Łukasz Nowak habitent à Wavre.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "anonymizer", "detect", str(source), "--jsonl"],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    record = json.loads(done.stdout.decode("cp1252").splitlines()[0])
    assert record["entities"][0]["text"] == "Ayşe Yılmaz"
    listing = subprocess.run([sys.executable, "-m", "anonymizer", "detect", str(source)], capture_output=True,
                             env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=120)
    assert listing.returncode == 0 and b"Traceback" not in listing.stderr


def test_a_report_is_checked_before_any_work(case, tmp_path):
    """In a .csv/.html name only (never an output's name), never in the source folder, never where it cannot
    be written: refused at once, nothing analysed."""
    out = tmp_path / "out"
    for report, said in [(out / "a.txt", ".csv"), (case / "rapport.csv", "dossier source"),
                         (tmp_path / "fichier" / "rapport.csv", "impossible à écrire")]:
        (tmp_path / "fichier").write_text("pas un dossier", encoding="utf-8")
        result = run("anonymize", case, "--out", out, "--report", report)
        assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output
        assert not out.exists()


def test_a_report_in_a_folder_still_to_be_made_is_written(case, tmp_path):
    report = tmp_path / "rapports" / "mars" / "rapport.csv"
    result = run("anonymize", case, "--out", tmp_path / "out", "--report", report)
    assert result.exit_code == 0, result.output
    assert report.exists()


@pytest.mark.parametrize("command", ["anonymize", "detect"])
def test_hidden_drafts_and_unread_formats_are_said_not_skipped_silently(case, tmp_path, command):
    (case / ".brouillon.txt").write_text("Mme Wauthier.\n", encoding="utf-8")
    (case / ".archives").mkdir()
    (case / ".archives" / "ancien.txt").write_text("Mme Wauthier.\n", encoding="utf-8")
    (case / ".git").mkdir()
    (case / "tableau.xlsx").write_bytes(b"PK\x03\x04")
    extra = ["--out", tmp_path / "out"] if command == "anonymize" else []
    result = run(command, case, *extra)
    assert result.exit_code == 0, result.output
    assert ".brouillon.txt : fichier caché" in result.stderr and ".archives : dossier caché" in result.stderr
    assert ".git" not in result.stderr and "tableau.xlsx : laissé de côté" in result.stderr


def test_the_output_folder_and_a_macs_shadow_files_are_no_hidden_drafts(case):
    from anonymizer.batch import walk

    (case / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    (case / ".sortie").mkdir()
    assert walk(case, case / ".sortie").hidden == []
