"""Our Presidio recognisers for Belgian French: one recogniser per file, wired by :mod:`recognizers.registry`."""
