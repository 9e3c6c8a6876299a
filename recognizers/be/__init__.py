"""Belgian identifiers (country_specific/be in Presidio's terms)."""
