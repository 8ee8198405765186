"""Text to triples: relation cues from the lexicon, their source and target from each cue's frame.

The package, by concern: :mod:`.cues` (lexicon patterns matched on tokens), :mod:`.reader` (a
sentence's actor mentions and coordinated groups), :mod:`.frames` (one registered handler per
frame name: who acts on whom), :mod:`.references` (pronouns, "-nya", "kedua negara", "they"
resolved from the article), :mod:`.modifiers` (negation, modality, attribution), :mod:`.lang`
(per-language function words and morphology; :mod:`.clitics`: Indonesian "-nya" split for the
parser), :mod:`.rules` (named switches for the ablation
report), :mod:`.article` (the loop that makes the triple records with their evidence) and
:mod:`.batches` (articles in, triples out, the parser's work batched).

>>> from geopolgraph.model import Article
>>> art = Article(id="a", text="AS dan Korsel telah memperingatkan Putin.", published="2024-06-16")
>>> [(t.source, t.relation, t.target) for t in extract_triples(art)]
[('USA', 'WARNS', 'RUS'), ('KOR', 'WARNS', 'RUS')]
"""

from __future__ import annotations

from geopolgraph.loaders.extract.batches import (
    extract_article_triples,
    extract_articles,
    extract_triples,
)
from geopolgraph.loaders.extract.cues import Cue, find_cues
from geopolgraph.loaders.extract.lang import en, id  # noqa: F401  (their rules register)

__all__ = ["Cue", "extract_article_triples", "extract_articles", "extract_triples", "find_cues"]
