"""A noun cue's oleh/by phrase names its doer before any bare name the parse hangs on it:
"… sebagai balasan atas pengusiran diplomat Jepang oleh X" is X SANCTIONS JPN, not Japan's own
act; condemning that act condemns X, and the bare name is whom the act hit (rule
syntax.agent_first), over every one-word state name, in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import STATE, rule_gives


def test_the_agent_phrase_names_the_nouns_doer():
    rule_gives("id", "Jepang mengusir diplomat China sebagai balasan atas pengusiran diplomat "
               "Jepang oleh {state}.", (STATE, "SANCTIONS", "JPN"), "syntax.agent_first")


@pytest.mark.parametrize("fact", [("JPN", "CRITICIZES", STATE), (STATE, "COERCES", "JPN")])
def test_a_condemned_act_is_its_agents(fact):
    # the bare "pejabat Jepang" is whom the arrest hit, not whom the condemnation is aimed at
    # (the parse hangs "oleh X" on "pejabat" or on "penangkapan")
    rule_gives("id", "Jepang mengecam penangkapan pejabat Jepang oleh {state}.", fact,
               "syntax.agent_first")
