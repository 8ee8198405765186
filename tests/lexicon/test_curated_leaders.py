"""Every curated head of state or government, named in full, acts for the state they led on a
date inside their term ("Nicolas Maduro criticised Japan." in 2020: VEN CRITICIZES JPN), over
every curated leader row of people.jsonl, which covers most UN members."""

from __future__ import annotations

from made_up import facts

HEADS = frozenset({"President", "Prime Minister"})


def _middle(start: str, end: str) -> str:
    """A date inside ``[start, end]`` (an open end: the start's next month)."""
    year, month = int(start[:4]), int(start[5:7])
    if end:
        ey, em = int(end[:4]), int(end[5:7])
        total = (year * 12 + month - 1 + ey * 12 + em - 1) // 2
        year, month = divmod(total, 12)
        month += 1
    elif month < 12:
        month += 1
    else:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}-15"


def test_a_curated_leader_acts_for_their_state():
    from geopolgraph.loaders.lexicons import load_lexicon

    lex = load_lexicon()
    cases = []
    for person in lex.people.values():
        for actor, role, start, end in person.roles:
            if role in HEADS and len(actor) == 3 and actor != "JPN" and start >= "2015":
                cases.append((person.name, actor, _middle(start, end)))
                break
    states = {actor for _, actor, _ in cases}
    assert len(states) >= 120, len(states)
    found = sum((actor, "CRITICIZES", "JPN") in facts(lex, "en", f"{name} criticised Japan.",
                                                      date)
                for name, actor, date in cases)
    assert found >= 0.95 * len(cases), (found, len(cases))
