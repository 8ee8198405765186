"""The project's one vocabulary: Article, Actor and Triple as frozen dataclasses.

Every module speaks in these records: loaders produce them, the graph stores them,
queries and pages read them.

>>> t = Triple(source="USA", relation="WARNS", target="RUS", article_id="a", sentence=3)
>>> t.id == Triple(source="USA", relation="WARNS", target="RUS", article_id="a", sentence=3).id
True
>>> t.quad_class
0
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = [
    "ACTOR_KINDS",
    "MODALITIES",
    "RELATIONS",
    "Actor",
    "Article",
    "Triple",
    "canonical_relation",
    "triple_id",
]

#: The relation vocabulary (gold/GUIDE.md). Neo4j relationship types come only from here.
RELATIONS: tuple[str, ...] = (
    "APPEALS",
    "AGREES",
    "CONSULTS",
    "VISITS",
    "MEETS",
    "MEDIATES",
    "COOPERATES",
    "SUPPORTS",
    "PRAISES",
    "SUPPLIES",
    "RECEIVES",
    "YIELDS",
    "MONITORS",
    "INVESTIGATES",
    "DEMANDS",
    "CRITICIZES",
    "ACCUSES",
    "REJECTS",
    "DENIES",
    "WARNS",
    "THREATENS",
    "PROVOKES",
    "PROTESTS",
    "MOBILIZES",
    "SANCTIONS",
    "COERCES",
    "ATTACKS",
)
ACTOR_KINDS: tuple[str, ...] = ("state", "igo", "person", "org", "media", "group")
MODALITIES: tuple[str, ...] = ("asserted", "planned", "reported", "denied")


def canonical_relation(source: str, relation: str, target: str) -> tuple[str, str, str]:
    """Turn RECEIVES(a, b) into SUPPLIES(b, a); other relations pass unchanged.

    >>> canonical_relation("PRK", "RECEIVES", "RUS")
    ('RUS', 'SUPPLIES', 'PRK')
    """
    if relation == "RECEIVES":
        return target, "SUPPLIES", source
    return source, relation, target


def triple_id(article_id: str, sentence: int, source: str, relation: str, target: str) -> str:
    """A stable id: the same fact from the same sentence always hashes the same.

    >>> triple_id("seed", 1, "RUS", "VISITS", "PRK")
    't:...'
    """
    key = "\x1f".join((article_id, str(sentence), source, relation, target))
    return "t:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``published`` is an ISO date (``YYYY-MM-DD``) or ``""``."""

    id: str
    text: str
    source: str = ""
    published: str = ""
    lang: str = ""
    url: str = ""
    title: str = ""
    path: str = ""

    def metadata(self) -> dict[str, str]:
        """Every field but the text (what the graph stores on an Article node)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "text"}


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, organisation, group or person; ``country`` is set for persons and bodies."""

    id: str
    name: str
    kind: str = "state"
    country: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Triple:
    """One sentence-level fact: ``source`` does ``relation`` to ``target``.

    Actor ids are rolled up to the state or organisation they speak for; the mentions keep
    the surface text. ``date`` is ISO (``YYYY-MM-DD``) or ``""``; ``line`` is the 1-based line
    of the article file and ``char_start``/``char_end`` are offsets into the article text.
    The event measures (``tone`` … ``geo_long``) come from coded event data such as GDELT
    (AvgTone, NumMentions, NumSources, NumArticles, ActionGeo); they stay 0/"" for articles,
    and ``geo_country == ""`` means no location (0.0, 0.0 is then not a place).
    """

    source: str
    relation: str
    target: str
    source_mention: str = ""
    target_mention: str = ""
    cameo: str = ""
    plover: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    date: str = ""
    modality: str = "asserted"
    negated: bool = False
    article_id: str = ""
    sentence: int = 0
    line: int = 0
    char_start: int = 0
    char_end: int = 0
    evidence: str = ""
    attributed_to: str = ""
    confidence: float = 0.0
    tone: float = 0.0
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0
    geo_country: str = ""
    geo_lat: float = 0.0
    geo_long: float = 0.0
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self,
                "id",
                triple_id(self.article_id, self.sentence, self.source, self.relation, self.target),
            )

    @classmethod
    def field_names(cls) -> list[str]:
        """Column order for CSV and JSONL output."""
        return [f.name for f in fields(cls)]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
