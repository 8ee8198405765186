"""A mutual act a cue aimed at a doer takes as its object was done by its parties: a noun cue
right after the verb that the parse made its clausal complement is its object ("Amerika Serikat
mengecam kerja/xcomp sama militer X dan China", also after a cue of several words, "menyambut
baik kerja sama X dan Australia"; rule syntax.noun_cue_xcomp), and a dual
reference owning it names the two sides ("… mengecam kerja sama militer kedua negara"; rule
syntax.dual_doers), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, count_states, one_word_states


@pytest.mark.parametrize(("template", "fact", "rule", "off_at_most"), [
    ("Amerika Serikat mengecam kerja sama militer {state} dan China.",
     ("USA", "CRITICIZES", STATE), "syntax.noun_cue_xcomp", 0.05),
    ("{state} mengkritik kerja sama Rusia dan China.", (STATE, "CRITICIZES", "RUS"),
     "syntax.noun_cue_xcomp", 0.5),
    ("Jepang menyambut baik kerja sama {state} dan Australia.", ("JPN", "PRAISES", STATE),
     "syntax.noun_cue_xcomp", 0.1),
    ("Rusia dan {state} menandatangani perjanjian. Jepang mengecam kerja sama militer kedua "
     "negara.", ("JPN", "CRITICIZES", STATE), "syntax.dual_doers", 0.05),
])
def test_the_parties_of_a_criticised_mutual_act(template, fact, rule, off_at_most):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    n = len(one_word_states(lex, "USA", "RUS", "JPN"))
    assert count_states(lex, "id", template, fact) >= 0.95 * n
    with rules.disabled(rule):
        assert count_states(lex, "id", template, fact) <= off_at_most * n
