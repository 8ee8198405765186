"""What a pair discussed is no party to the talk where the parse reads the verb as a modifier
of its object ("…, where the two discussed/amod Taiwan/acl:relcl"): the pair talked with each
other (rule frame.topic_object, also on the misparsed participle's object), over every one-word
state name of the lexicon in made-up sentences."""

from __future__ import annotations

import pytest
from made_up import facts, one_word_states


@pytest.mark.parametrize("template", [
    "Blinken met Wang Yi in Beijing, where the two discussed {name}.",
    "The US met China in Beijing, where the two discussed {name}.",
    "Blinken and Wang Yi discussed {name}.",
])
def test_the_topic_is_no_party(template):
    from geopolgraph.loaders.extract import rules
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    states = one_word_states(lex, "USA", "CHN")
    assert len(states) > 150

    def tally() -> tuple[int, int]:
        """(talks with the topic, talks between the pair)."""
        found = [(facts(lex, "en", template.format(name=name), "2025-06-16"), ident)
                 for ident, name in states]
        return (sum(any(r == "CONSULTS" and t == ident for _, r, t in f) for f, ident in found),
                sum(("USA", "CONSULTS", "CHN") in f for f, _ in found))

    topic, pair = tally()
    assert topic <= 0.02 * len(states) and pair >= 0.95 * len(states)
    with rules.disabled("frame.topic_object"):
        assert tally()[0] >= 0.7 * len(states)
