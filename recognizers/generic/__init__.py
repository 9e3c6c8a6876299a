"""Recognisers that are not specific to Belgium (e-mail, URL, handles, French dates)."""
