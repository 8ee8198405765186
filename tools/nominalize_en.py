"""English event nouns from the relation lexicon's verbs, kept only where UD EWT attests them.

The Indonesian lexicon gets its event nouns by morphology (pe-an/per-an, ``lang/id``); English
nominalisations are less regular, so each verb cue's candidates come from a few suffix rules
("condemn" -> "condemnation", "cooperate" -> "cooperation", "deploy" -> "deployment",
"withdraw" -> "withdrawal") and a candidate is kept only when the English Web Treebank's train
and dev splits (UD_English-EWT, CC BY-SA 4.0; the held-out test split is not read) have it as
the lemma of a NOUN. The noun gets the verb's relation and CAMEO code and the ``noun`` frame
(its possessor acts on the phrase its preposition opens), in the singular and the plural forms
EWT has. Rows the CAMEO dictionary or the curated table already give win.

>>> "cooperation" in candidates("cooperate"), "deployment" in candidates("deploy")
(True, True)
>>> len(candidates("condemn")), "condemnation" in candidates("condemn")
(5, True)
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

#: (ending to drop, ending to add): "condemn" + "ation", "cooperate" - "e" + "ion"
_RULES = (
    ("", "ation"), ("", "ion"), ("e", "ion"), ("e", "ation"), ("ate", "ation"),
    ("", "ment"), ("e", "ment"), ("", "al"), ("e", "al"), ("y", "ial"), ("y", "ication"),
    ("", "ance"), ("e", "ance"), ("e", "ure"), ("ade", "asion"), ("ize", "ization"),
    ("ise", "isation"),
)
#: nouns the rules find whose usual sense is a thing or state, not the verb's act (read by the
#: authors in the generated list): "equipment" is goods, "canal" no act of caning
NOT_THE_ACT = frozenset({
    "allowance", "application", "canal", "communication", "complication", "conviction",
    "equipment", "examination", "implication", "investment", "probation", "protection",
    "relaxation", "violation",
})


def candidates(verb: str) -> set[str]:
    """Nominalisations a verb may have, by the suffix rules (most are no words at all)."""
    out = set()
    for drop, add in _RULES:
        if verb.endswith(drop) and len(verb) - len(drop) >= 3:
            out.add(verb[: len(verb) - len(drop)] + add)
    return out - {verb}


def ewt_nouns(ud_en: Path) -> dict[str, set[str]]:
    """NOUN lemma -> its forms in EWT train and dev that are the lemma or its plural in -s
    (a misspelt form, "ocnversation", is left out)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for name in ("en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"):
        with (ud_en / name).open(encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 10 and cols[0].isdigit() and cols[3] == "NOUN":
                    lemma, form = cols[2].lower(), cols[1].lower()
                    if form in (lemma, lemma + "s"):
                        forms[lemma].add(form)
    return forms


def nominalizations(verbs: dict[str, tuple[str, str]], ud_en: Path):
    """(noun form, relation, CAMEO code, source) for each verb (base form -> relation, code)
    whose nominalisation EWT has as a noun."""
    nouns = ewt_nouns(ud_en)
    for verb, (relation, code) in sorted(verbs.items()):
        for noun in sorted(candidates(verb)):
            if noun not in nouns or noun in NOT_THE_ACT:
                continue
            source = (f"nominalisation of {verb.upper()} ({code}), attested as a NOUN in "
                      "UD_English-EWT train/dev (CC BY-SA 4.0)")
            for form in sorted(nouns[noun]):
                if form.isalpha():
                    yield form, relation, code, source
