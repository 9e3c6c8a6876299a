"""Review: the server's guards, saved decisions, resume, batch application (no browser needed)."""

import json
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from anonymizer.cli import main
from anonymizer.review import ReviewSession, record_path
from anonymizer.review_server import ReviewServer, serve_in_background

TEXT = "Kevin Dumoulin vit à Jodoigne avec ptit loup, son chien. Kevin va à l'école de Jodoigne.\n"


@pytest.fixture
def session(anonymizer, tmp_path):
    source = tmp_path / "src" / "situation.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    return ReviewSession.open(anonymizer, source, tmp_path / "out")


@pytest.fixture
def server(session):
    srv = ReviewServer(session)
    serve_in_background(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


def get(url, headers=None):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=10)


def test_binds_loopback_and_refuses_without_token_or_with_a_foreign_host(server):
    assert server.server_address[0] == "127.0.0.1"
    port = server.server_address[1]
    assert get(server.url).status == 200
    for url, headers in ((f"http://127.0.0.1:{port}/api/state", {}),
                         (f"http://127.0.0.1:{port}/api/state?token=wrong", {}),
                         (server.url.replace("/?", "/api/state?"), {"Host": f"evil.example:{port}"})):
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(url, headers)
        assert refused.value.code == 403


def test_decisions_change_spans_and_are_saved_without_original_text(session):
    session.decide("Jodoigne", "keep")
    session.decide("ptit loup", "mask", "PERSON")
    texts = {session.text[s.start:s.end] for s in session.spans}
    assert "Jodoigne" not in texts and "ptit loup" in texts
    record = record_path(session.out, session.source).read_text(encoding="utf-8")
    for original in ("Jodoigne", "ptit loup", "Kevin", "Dumoulin"):
        assert original.lower() not in record.lower()
    state = session.state()
    assert state["unreviewed"] == len([e for e in state["entities"] if e["decision"] is None])


def test_undo(session):
    session.decide("Jodoigne", "keep")
    session.undo()
    assert "Jodoigne" in {session.text[s.start:s.end] for s in session.spans}


def test_resume_and_edited_draft(anonymizer, session):
    session.decide("Jodoigne", "keep")
    edited = TEXT + "Nouvelle note : Jodoigne, le 3 mars.\n"
    session.source.write_text(edited, encoding="utf-8")
    again = ReviewSession.open(anonymizer, session.source, session.out)
    assert all(edited[s.start:s.end] != "Jodoigne" for s in again.spans)


def test_export_writes_output_and_record(session):
    session.decide("ptit loup", "mask", "PERSON")
    target = session.export()
    written = target.read_text(encoding="utf-8")
    assert "ptit loup" not in written and "Kevin" not in written
    assert json.loads(record_path(session.out, session.source).read_text())["exported_to"] == "situation.txt"


def test_decisions_apply_in_batch(session, tmp_path):
    session.decide("Jodoigne", "keep")
    other = tmp_path / "autres" / "suivi.txt"
    other.parent.mkdir()
    other.write_text("Suivi : retour à Jodoigne prévu, Kevin Dumoulin d'accord.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["anonymize", str(other), "--out", str(tmp_path / "o"), "--yes",
                                       "--decisions", str(record_path(session.out, session.source))])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "o" / "suivi.txt").read_text(encoding="utf-8")
    assert "Jodoigne" in written and "Kevin" not in written


def test_rows_keep_their_place_and_counts_and_undo_survives_a_resume(anonymizer, session):
    before = [row["form"] for row in session.entities()]
    session.decide("Jodoigne", "keep")
    rows = session.entities()
    assert [row["form"] for row in rows] == before  # a decided row stays where it was
    kept = next(row for row in rows if row["form"] == "Jodoigne")
    assert kept["count"] >= 1 and not kept["masked"]  # kept, its occurrences still counted (not 0)
    again = ReviewSession.open(anonymizer, session.source, session.out)
    assert again.decisions.history and again.state()["can_undo"]
    again.undo()
    assert next(row for row in again.entities() if row["form"] == "Jodoigne")["masked"]


def test_one_row_per_entity_with_its_variants_decided_at_once_and_undone_at_once(anonymizer, tmp_path):
    source = tmp_path / "src" / "note.txt"
    source.parent.mkdir()
    source.write_text("Kevin Dumoulin vit à Wavre. Kevin a 13 ans. M. Dumoulin, son père, est venu le 3 mars 2024.\n",
                      encoding="utf-8")
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    row = next(row for row in session.entities() if row["form"] == "Kevin Dumoulin")
    assert set(row["forms"]) == {"Kevin Dumoulin", "Kevin", "Dumoulin"} and row["count"] == 3
    assert row["contexts"][0]["form"] == "Kevin Dumoulin" and len(row["occurrences"]) == 3
    session.decide(row["forms"], "keep")
    assert not any(span.text in row["forms"] for span in session.spans)
    assert next(r for r in session.entities() if r["form"] == "Kevin Dumoulin")["decision"] == "keep"
    session.undo()  # the whole row comes back in one step
    assert {span.text for span in session.spans} >= {"Kevin Dumoulin", "Kevin", "Dumoulin"}
    assert next(r for r in session.entities() if r["form"] == "Kevin Dumoulin")["decision"] is None


def test_a_form_masked_by_selection_is_found_after_an_elided_article(session):
    session.decide("ptit", "keep")
    session.decide("ATR", "mask", "SCHOOL")
    spans = session.decisions.apply("Il va à l'ATR, puis d’ATR à pied.", [])
    assert [span.text for span in spans] == ["ATR", "ATR"]


def test_a_review_record_saved_before_grouped_decisions_still_undoes(session):
    from anonymizer.decisions import Decisions
    session.decide("Jodoigne", "keep")
    data = session.decisions.to_dict()
    data["history"] = [step[0] for step in data["history"]]  # one [digest, previous] pair per step, as before
    again = Decisions.from_dict(data)
    assert again.undo() and again.of("Jodoigne") is None


def test_the_server_decides_several_forms_at_once_and_refuses_a_malformed_list(server):
    url = server.url.replace("/?", "/api/decide?")

    def post(body):
        request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
        return urllib.request.urlopen(request, timeout=10)

    state = json.loads(post({"forms": ["Kevin Dumoulin", "Kevin"], "action": "keep"}).read())
    assert next(row for row in state["entities"] if row["form"] == "Kevin Dumoulin")["decision"] == "keep"
    for bad in ({"forms": "Kevin", "action": "keep"}, {"forms": [], "action": "keep"}, {"forms": [3], "action": "keep"}):
        with pytest.raises(urllib.error.HTTPError) as refused:
            post(bad)
        assert refused.value.code == 400


def test_a_request_the_browser_cut_short_prints_no_traceback(server, capsys):
    try:
        raise ConnectionResetError(104, "Connection reset by peer")
    except ConnectionResetError:
        server.handle_error(None, ("127.0.0.1", 1))
    try:
        raise KeyError("x")
    except KeyError:
        server.handle_error(None, ("127.0.0.1", 1))
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1 and "Relecture" in err


def test_a_variant_is_decided_alone_and_the_row_shows_a_mixed_decision(anonymizer, tmp_path):
    source = tmp_path / "src" / "note.txt"
    source.parent.mkdir()
    source.write_text("Réunion avec le Dr Martin. Lucas Martin, 9 ans, est le frère de Zoé.\n", encoding="utf-8")
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    row = next(row for row in session.entities() if row["form"] == "Lucas Martin")
    assert "Martin" in row["forms"]
    session.decide(["Martin"], "keep")  # the doctor stays; the child does not
    assert "Lucas Martin" in {span.text for span in session.spans}
    row = next(row for row in session.entities() if row["form"] == "Lucas Martin")
    assert row["decision"] is None and row["kept_forms"] == ["Martin"]  # "Lucas Martin" still to check
    session.decide(["Lucas Martin"], "mask")
    assert next(row for row in session.entities() if row["form"] == "Lucas Martin")["decision"] == "mixed"


def test_a_masked_form_is_found_before_a_closing_quote_and_a_body_that_is_no_object_is_refused(session, server):
    session.decide("Pistache", "mask", "PERSON")
    spans = session.decisions.apply("On l'appelle ‘Pistache’ ou 'Pistache'. Pistache est là.", [])
    assert [span.text for span in spans] == ["Pistache"] * 3
    request = urllib.request.Request(server.url.replace("/?", "/api/decide?"), data=b"[]", method="POST",
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 400
