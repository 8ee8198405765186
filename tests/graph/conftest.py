"""Fixtures for the Neo4j layer: a live store (or a skip/fail that says why) and seed-like data.

Tests never wipe the database: every id they write starts with a prefix unique to the test run
(actors too, so nothing a user loaded is overwritten), and ``neo4j_scope`` deletes exactly those
ids afterwards. That keeps the tests safe on a user's own server (``NEO4J_URI``) as well.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from geopolgraph.graph.store import Store
from geopolgraph.model import Actor, Article, Triple


@dataclass
class Scope:
    """The test's unique prefix and the store; ``cleanup`` removes every id with the prefix."""

    prefix: str
    store: Store

    def counts(self) -> dict[str, int]:
        """Nodes, relationships and properties of this test's data only (others may write)."""
        return self.store.counts(self.prefix)

    def cleanup(self) -> None:
        self.store.delete_prefix(self.prefix)


@pytest.fixture
def neo4j_scope(neo4j_store: Store) -> Iterator[Scope]:
    scope = Scope(prefix=f"gpgtest-{uuid.uuid4().hex[:10]}:", store=neo4j_store)
    try:
        yield scope
    finally:
        scope.cleanup()


def make_seed_like(prefix: str = "") -> tuple[list[Article], list[Triple], dict[str, Actor]]:
    """The seed article's facts (Putin in Pyongyang, June 2024), ids prefixed by ``prefix``."""

    def a(i: str) -> str:
        return prefix + i

    actors = {
        a(x.id): Actor(a(x.id), x.name, x.kind, x.country)
        for x in (
            Actor("RUS", "Russia"),
            Actor("PRK", "North Korea"),
            Actor("KOR", "South Korea"),
            Actor("USA", "United States"),
            Actor("VNM", "Vietnam"),
            Actor("UN", "United Nations", "igo"),
        )
    }
    art = a("tribunnews-2024-06-putin-korea-utara")
    articles = [
        Article(
            id=art, text="(not stored)", source="Tribunnews.com", published="2024-06-16",
            lang="id", url="https://www.tribunnews.com/x", title="Putin ke Korea Utara",
            path="seeds/tribunnews-2024-06-putin-korea-utara.txt",
        ),
        Article(id=a("undated"), text="", source="test"),
    ]
    rows = [
        ("RUS", "VISITS", "PRK", "042", "2024-06-18", 1, "asserted", False),
        ("PRK", "VISITS", "RUS", "042", "", 2, "planned", False),
        ("RUS", "SUPPLIES", "PRK", "070", "2024-06-19", 3, "reported", False),
        ("PRK", "RECEIVES", "RUS", "070", "", 3, "reported", False),
        ("RUS", "VISITS", "VNM", "042", "2024-06-20", 5, "planned", False),
        ("RUS", "PRAISES", "PRK", "051", "", 9, "asserted", False),
        ("USA", "WARNS", "RUS", "130", "2024-06-10", 15, "asserted", False),
        ("KOR", "WARNS", "RUS", "130", "2024-06-10", 15, "asserted", False),
        ("USA", "ACCUSES", "PRK", "112", "", 22, "asserted", False),
        ("RUS", "DENIES", "USA", "016", "", 23, "denied", True),
        ("UN", "MONITORS", "PRK", "090", "2023-09-01", 25, "reported", False),
    ]
    triples = [
        Triple(
            source=a(s), relation=r, target=a(t), source_mention=f"{s} mention",
            target_mention=f'{t} "quoted" \\ mention', cameo=cameo, plover="CONSULT",
            quad_class=1, goldstein=-4.0 if r == "WARNS" else 1.9, date=date, modality=mod,
            negated=neg, article_id=art, sentence=sent, line=sent, char_start=10 * sent,
            char_end=10 * sent + 9, evidence=f"Kalimat {sent}: Rusia–Korea Utara.",
            attributed_to="kata Peskov" if sent == 3 else "", confidence=0.75,
        )
        for s, r, t, cameo, date, sent, mod, neg in rows
    ]
    return articles, triples, actors


@pytest.fixture
def seed_like():
    """``seed_like(prefix)`` -> ``(articles, triples, actors)`` of the seed article's facts."""
    return make_seed_like
