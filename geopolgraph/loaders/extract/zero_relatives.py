"""Zero relatives: "…, a charge Manila rejected", "…, a claim Moscow denies".

English leaves out the relative pronoun of an object relative clause, and the parser (trained
on EWT, where such clauses are rare after a name) reads the clause's subject as a compound of
its verb or of the noun before it, and the verb as an adjective, a conjunct or a clausal
complement of the main verb. An appositive noun phrase after a comma, opened by an indefinite
article (grammar ``appositive_articles``), whose noun is followed by a capitalised name and a
verb that ends the clause, is such a clause: the name is the verb's subject and the clause is
on the noun (``acl:relcl``), which takes the verb's place in the sentence (rule
``parse.zero_relative``).

>>> words = ["x", "accused", "y", ",", "a", "charge", "manila", "rejected", "."]
>>> texts = ["X", "accused", "Y", ",", "a", "charge", "Manila", "rejected", "."]
>>> p = Parse.of((1, 1, 1, 1, 5, 7, 7, 1, 1),
...              ("nsubj", "ROOT", "obj", "punct", "det", "amod", "compound", "conj", "punct"))
>>> fixed = zero_relatives(p, words, texts, frozenset({"a", "an"}))
>>> fixed.heads[6:8], fixed.deps[5:8]
((7, 5), ('appos', 'nsubj', 'acl:relcl'))
"""

from __future__ import annotations

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.extract.parse import Parse

__all__ = ["zero_relatives"]

ZERO_RELATIVE = rules.register(
    "parse.zero_relative", "'…, a charge Manila rejected', '…, a claim Moscow denies': after a "
    "comma and an indefinite article, a noun followed by a capitalised name and a verb ending "
    "the clause is a relative clause without its pronoun on the noun; the name is its subject")
_MAX_NAME = 4  # words of the clause's subject
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?"})


def zero_relatives(p: Parse | None, words: list[str], texts: list[str],
                   articles: frozenset[str]) -> Parse | None:
    """The parse with every zero relative clause after an appositive noun repaired."""
    if p is None or not articles or not rules.on(ZERO_RELATIVE):
        return p
    heads, deps = list(p.heads), list(p.deps)
    n = len(words)
    for k in range(2, n - 2):
        if words[k - 2] != "," or words[k - 1] not in articles or not words[k].isalpha():
            continue
        verb = k + 1
        while verb < n and verb - k <= _MAX_NAME and texts[verb][:1].isupper():
            verb += 1
        if (verb == k + 1 or verb >= n or not words[verb].isalpha()
                or not texts[verb].islower() or (verb + 1 < n and words[verb + 1] not in
                                                 _CLAUSE_END)):
            continue
        name = verb - 1  # the name's head: its last word
        if p.under(k, verb) or k < heads[k] <= verb:
            # the noun takes the verb's place ("a charge … rejected/conj"), as its apposition
            root = heads[verb] == verb
            heads[k], deps[k] = (k, deps[verb]) if root else (heads[verb], "appos")
        heads[verb], deps[verb] = k, "acl:relcl"
        heads[k - 1], deps[k - 1] = k, "det"  # "a/det-of-denies claim": the noun's article
        heads[name], deps[name] = verb, "nsubj"
        for w in range(k + 1, name):
            if not k < heads[w] <= name:
                heads[w], deps[w] = name, "compound"
    if heads == list(p.heads):
        return p
    return Parse.of(tuple(heads), tuple(deps), p.clitics)
