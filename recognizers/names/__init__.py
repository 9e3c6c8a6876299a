"""Names, places, schools and organisations: gazetteer- and context-based recognisers."""
