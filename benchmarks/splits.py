"""Development / held-out split of corpus_samples/ (see corpus_samples/README.md)."""

HELDOUT = ("003", "006", "009", "012", "015", "018", "021", "024", "027", "030", "033", "036", "039",
           "042", "045", "056", "057", "058", "059", "060", "061", "062", "063",
           "064", "065", "079", "080", "081", "082", "083", "084", "085", "086", "087", "088",
           "089", "090", "091", "092", "093", "094", "095", "096", "097", "098",
           "099", "100", "101", "102", "103", "104", "105", "106", "107", "108",
           "109", "110", "111", "112", "113", "114", "115", "116", "117", "118")


def select(names: list[str], split: str) -> list[str]:
    if split == "all":
        return names
    held = [n for n in names if n[:3] in HELDOUT]
    return held if split == "heldout" else [n for n in names if n[:3] not in HELDOUT]
