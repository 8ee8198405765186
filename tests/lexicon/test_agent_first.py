"""A noun cue's oleh/by phrase names its doer before any bare name the parse hangs on it:
"… sebagai balasan atas pengusiran diplomat Jepang oleh X" is X SANCTIONS JPN, not Japan's own
act (rule syntax.agent_first), over every one-word state name, in made-up sentences."""

from __future__ import annotations

from made_up import STATE, rule_gives


def test_the_agent_phrase_names_the_nouns_doer():
    rule_gives("id", "Jepang mengusir diplomat China sebagai balasan atas pengusiran diplomat "
               "Jepang oleh {state}.", (STATE, "SANCTIONS", "JPN"), "syntax.agent_first")
