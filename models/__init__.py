"""NLP model configuration: which spaCy model runs and how its labels map to ours."""
