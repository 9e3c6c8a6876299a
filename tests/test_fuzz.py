"""Fuzz: bit flips, truncations and zeroed blocks of a valid .docx, .odt, .eml, .pdf and .txt (45 damaged
files per format, 225 in all), mixed with one good file per format in one folder (a fifth of them in a
sub-folder) and anonymised in ONE run of the command line (the model loads once; a few seconds).

Checked on that run: no traceback and a normal exit code; every good file is written; every file is either
written or named on exactly one "ERREUR" line (unreadable, or held back by the leak guard); every line on
stderr is one of the command's own; no output keeps the surname; nothing is written or changed beside the
sources. A damaged file that still parses may be written: it must then be anonymised like any other.

The damaged files come from a fixed seed (``FUZZ_SEED=n`` in the environment tries another) and from
templates that are the same bytes on every run, so a failure names a file the same code rebuilds. Variants
that other seeds found to break a promise are pinned below (``FOUND``), each run with the good files."""

from __future__ import annotations

import email
import email.header
import email.policy
import io
import logging
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from documents import make
from test_formats import minimal_pdf

from anonymizer.cli import main

SEED = int(os.environ.get("FUZZ_SEED", "20250611"))
SURNAME = "Dumoulin"
TEXT = ["Kevin Dumoulin vit à Jodoigne.", "Le CPMS suit la situation de Kevin Dumoulin depuis septembre."]
FORMATS = (".docx", ".odt", ".eml", ".pdf", ".txt")
KINDS = ("flip1", "flipN", "tailflip", "cut", "zero")
PER_KIND = 9  # 5 kinds x 9 = 45 damaged files per format
SUBFOLDER = "sous-dossier"
TESTS = Path(__file__).parent


# -- the files ---------------------------------------------------------------------------------------------
def fixed_dates(data: bytes) -> bytes:
    """A zip package rewritten member by member with a fixed date (python-docx and odfpy stamp the time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as copy:
            for item in source.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = item.compress_type
                copy.writestr(info, source.read(item))
    return buffer.getvalue()


def template(path: Path) -> bytes:
    """The valid small document of ``path``'s format, written at ``path``; its bytes, the same on every run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".pdf":
        path.write_bytes(minimal_pdf([line.replace("à", "a") for line in TEXT]))  # Helvetica: no accents
    elif path.suffix == ".odt":  # odfpy's namespace declarations depend on what it built before in the process
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from pathlib import "
                        "Path; from documents import make; make(Path(sys.argv[2]), sys.argv[3:])",
                        str(TESTS), str(path), *TEXT], check=True)
    else:
        make(path, TEXT)
    if path.suffix in (".docx", ".odt"):
        path.write_bytes(fixed_dates(path.read_bytes()))
    return path.read_bytes()


def damaged(data: bytes, kind: str, rng: random.Random) -> bytes:
    """``data`` damaged one way: one bit flipped, 2-8 bits flipped, 1-8 bits flipped in the last 200 bytes (a
    zip's central directory, a PDF's cross-reference table and trailer), cut at a random length, or a block
    of 1-64 bytes zeroed."""
    out = bytearray(data)
    if kind in ("flip1", "flipN", "tailflip"):
        low = max(0, len(out) - 200) if kind == "tailflip" else 0
        flips = {"flip1": 1, "flipN": rng.randint(2, 8), "tailflip": rng.randint(1, 8)}[kind]
        for _ in range(flips):
            out[rng.randrange(low, len(out))] ^= 1 << rng.randrange(8)
    elif kind == "cut":
        del out[rng.randrange(1, len(out)):]
    else:
        start = rng.randrange(len(out))
        end = min(len(out), start + rng.randint(1, 64))
        out[start:end] = bytes(end - start)
    return bytes(out)


def good_files(src: Path, templates: Path) -> list[Path]:
    """One good file per format, each with a stem of its own (a .pdf is written as .txt: outputs never
    collide); the .odt in the sub-folder."""
    goods = []
    for suffix in FORMATS:
        good = (src / SUBFOLDER if suffix == ".odt" else src) / f"bon-{suffix[1:]}{suffix}"
        good.parent.mkdir(parents=True, exist_ok=True)
        good.write_bytes(template(templates / f"modele{suffix}"))
        goods.append(good)
    return goods


def fuzzed_files(src: Path, templates: Path) -> list[Path]:
    """45 damaged copies of each template (one random draw per format: a format's variants do not move when
    another's template changes); one in five in the sub-folder."""
    bads = []
    for suffix in FORMATS:
        data, rng = (templates / f"modele{suffix}").read_bytes(), random.Random(f"{SEED}{suffix}")
        for kind in KINDS:
            for i in range(PER_KIND):
                bads.append((src / SUBFOLDER if i % 5 == 4 else src) / f"{suffix[1:]}-{kind}-{i:02d}{suffix}")
                bads[-1].parent.mkdir(parents=True, exist_ok=True)
                bads[-1].write_bytes(damaged(data, kind, rng))
    return bads


def listing(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every entry under ``folder``: size, modification time, contents."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns,
                                         p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*"))}


def readable_text(path: Path) -> str:
    """All the text a reader of an output could find: every member of a package, an e-mail's decoded headers
    and parts, the bytes of anything else."""
    raw = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    texts = [raw.decode("utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8", "replace")]
    if path.suffix == ".eml":
        for part in email.message_from_bytes(raw, policy=email.policy.compat32).walk():
            texts += [str(email.header.make_header(email.header.decode_header(v))) for v in part.values()]
            payload = part.get_payload(decode=True)
            if payload:
                texts.append(payload.decode("utf-8", "replace"))
    return "\n".join(texts)


# -- one run over a folder, and what is checked on it ---------------------------------------------------------
class Run:
    """``anonymize src --out out --yes`` in-process, from an empty working folder, over files already built."""

    def __init__(self, root: Path, goods: list[Path], bads: list[Path]):
        self.root, self.src, self.out, self.cwd = root, root / "src", root / "out", root / "cwd"
        self.goods, self.bads = goods, bads
        self.cwd.mkdir()
        self.before = listing(self.src)
        pypdf_log = logging.getLogger("pypdf")
        level = pypdf_log.level
        pypdf_log.setLevel(logging.ERROR)  # as the command sets it (its basicConfig does nothing under pytest)
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.chdir(self.cwd)  # anything written in the working folder shows too
                self.result = CliRunner().invoke(main, ["anonymize", str(self.src), "--out", str(self.out),
                                                        "--yes"])
        finally:
            pypdf_log.setLevel(level)
        self.lines = [line for line in re.split(r"[\r\n]+", self.result.stderr) if line.strip()]
        self.written: dict[str, list[Path]] = {}  # source -> the outputs its "->" lines name
        for line in self.lines:
            match = re.fullmatch(r"(.+) -> (.+) \(\d+ élément\(s\) remplacé\(s\)\)", line)
            if match:
                self.written.setdefault(match.group(1), []).append(Path(match.group(2)))

    def errors(self, path: Path) -> list[str]:
        return [line for line in self.lines if line.startswith(f"ERREUR {path} : ")]

    def tail(self) -> str:
        return self.result.stderr[-3000:]


def check_no_traceback_and_a_normal_exit_code(run: Run) -> None:
    result = run.result
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{result.exception!r}\n{run.tail()}"
    assert "Traceback" not in result.stderr + result.stdout
    # 4: some damaged files could not be read; 3: the leak guard held one back (3 wins over 4); 0 would mean
    # that every damaged file was still readable. Never 1 (the good files are written) nor 2 (usage).
    assert result.exit_code in (0, 3, 4), run.tail()
    total = len(run.goods + run.bads)
    assert re.search(rf"^\d+/{total} fichier\(s\) traité\(s\)\.", result.stderr, re.M), run.tail()


def check_every_good_file_is_written(run: Run) -> None:
    for good in run.goods:
        assert len(run.written.get(str(good), [])) == 1, f"{good.name} not written:\n{run.tail()}"
        target = run.written[str(good)][0]
        assert target.is_file() and run.out in target.parents
        assert target.relative_to(run.out).parent == good.relative_to(run.src).parent  # the tree is kept


def check_every_file_is_written_or_named_on_one_line(run: Run) -> None:
    unaccounted, twice = [], []
    for path in run.goods + run.bads:
        outputs, errors = run.written.get(str(path), []), run.errors(path)
        if len(outputs) + len(errors) == 0:
            unaccounted.append(path.name)
        elif len(outputs) + len(errors) > 1:
            twice.append((path.name, outputs, errors))
        elif outputs:
            assert outputs[0].is_file() and run.out in outputs[0].parents, (path, outputs)
    assert not unaccounted, f"neither written nor reported: {unaccounted}\n{run.tail()}"
    assert not twice, twice
    written = sorted(p for p in run.out.rglob("*") if p.is_file())
    assert written == sorted(t for targets in run.written.values() for t in targets)


def check_every_line_is_one_of_the_command_s_own(run: Run) -> None:
    own = re.compile(r"ERREUR .+ : |ATTENTION .+ : |.+ -> .+ \(\d+ élément\(s\) remplacé\(s\)\)$"
                     r"|\d+/\d+ fichier\(s\) traité\(s\)\.|Analyse: ")
    strays = [line for line in run.lines if not own.match(line)]
    assert not strays, strays
    assert run.result.stdout == ""  # stdout carries results only (--jsonl), none here


def check_no_output_keeps_the_surname(run: Run) -> None:
    leaking = {}
    for output in (p for p in run.out.rglob("*") if p.is_file()):
        lines = [line for line in readable_text(output).splitlines() if SURNAME.casefold() in line.casefold()]
        if lines:
            leaking[str(output.relative_to(run.out))] = lines
    assert not leaking, leaking


def check_nothing_is_written_beside_the_sources(run: Run) -> None:
    assert listing(run.src) == run.before  # same names, sizes, times and contents
    assert sorted(p.name for p in run.root.iterdir()) == ["cwd", "modeles", "out", "src"]
    assert list(run.cwd.iterdir()) == []


CHECKS = (check_no_traceback_and_a_normal_exit_code, check_every_good_file_is_written,
          check_every_file_is_written_or_named_on_one_line, check_every_line_is_one_of_the_command_s_own,
          check_no_output_keeps_the_surname, check_nothing_is_written_beside_the_sources)


# -- the fuzz run ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fuzz(tmp_path_factory) -> Run:
    root = tmp_path_factory.mktemp("fuzz")
    goods = good_files(root / "src", root / "modeles")
    return Run(root, goods, fuzzed_files(root / "src", root / "modeles"))


def test_the_cases(fuzz, tmp_path):
    assert len(fuzz.bads) == len(FORMATS) * len(KINDS) * PER_KIND == 225
    assert len({p.stem for p in fuzz.goods + fuzz.bads}) == len(fuzz.goods + fuzz.bads) == 230
    assert {p.parent.name for p in fuzz.bads} == {"src", SUBFOLDER}
    assert len({fuzz.before[str(p.relative_to(fuzz.src))][2] for p in fuzz.bads}) > 200  # they differ
    for suffix in FORMATS:  # the templates do not depend on the time or the process: a variant can be rebuilt
        assert template(tmp_path / f"modele{suffix}") == (fuzz.root / "modeles" / f"modele{suffix}").read_bytes()


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__.removeprefix("check_"))
def test_fuzz(fuzz, check):
    check(fuzz)


# -- variants other seeds found, pinned ----------------------------------------------------------------------------
def zip_version_flipped(data: bytes) -> bytes:
    """One bit flipped in the central directory: the first entry's "version needed to extract" (20 -> 148);
    Python's zipfile raises NotImplementedError("zip file version 14.8") on opening the package.
    Found as odt-flipN-05.odt (FUZZ_SEED=1) and odt-flipN-02.odt (FUZZ_SEED=4)."""
    out = bytearray(data)
    out[out.index(b"PK\x01\x02") + 6] ^= 0x80
    return bytes(out)


def odt_content_emptied(data: bytes) -> bytes:
    """A zeroed block over the CRC and compressed size of content.xml in the central directory: the member
    reads as empty, without a CRC error (the CRC of nothing is 0), and odfpy fails to parse it.
    Found as odt-zero-08.odt (FUZZ_SEED=11)."""
    out, start = bytearray(data), 0
    while True:
        start = out.index(b"PK\x01\x02", start + 1)
        name_length = int.from_bytes(out[start + 28:start + 30], "little")
        if out[start + 46:start + 46 + name_length] == b"content.xml":
            out[start + 16:start + 24] = bytes(8)
            return bytes(out)


def eml_body_in_a_header(data: bytes) -> bytes:
    """A zeroed block over the blank line that ends the headers and the first line of the body: the second
    line of the body is the end of the MIME-Version header. Found as eml-zero-03.eml and eml-zero-05.eml
    (FUZZ_SEED=2), eml-zero-02.eml (FUZZ_SEED=5)."""
    start = data.index(b"\n\n")
    end = data.index(b"\nLe CPMS") + 1
    return data[:start] + bytes(end - start) + data[end:]


def txt_name_glued(data: bytes) -> bytes:
    """The space before the surname flipped to "0" (one bit each time): "Kevin0Dumoulin", the surname of the
    case (written in the good files of the folder). Found by a first version of this test as a .txt with
    "Kevy\xee0Dumoulin ... Kevin Dumou\xecin", written with "Dumoulin" in it."""
    return data.replace(b" " + SURNAME.encode(), b"0" + SURNAME.encode())


FOUND = {"docx-version": (".docx", zip_version_flipped), "odt-version": (".odt", zip_version_flipped),
         "odt-content-emptied": (".odt", odt_content_emptied),
         "eml-body-in-a-header": (".eml", eml_body_in_a_header), "txt-name-glued": (".txt", txt_name_glued)}


@pytest.mark.parametrize("name", FOUND)
def test_found_variant_with_the_good_files(tmp_path, name):
    suffix, damage = FOUND[name]
    goods = good_files(tmp_path / "src", tmp_path / "modeles")
    bad = tmp_path / "src" / f"{name}{suffix}"
    bad.write_bytes(damage((tmp_path / "modeles" / f"modele{suffix}").read_bytes()))
    run = Run(tmp_path, goods, [bad])
    for check in CHECKS:
        check(run)
