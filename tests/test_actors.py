"""Names everywhere: an actor parameter takes an id, a name or alias in Indonesian or English, or a
person (their state, with a note); ambiguous names list candidates and exit 2; `actors` lists.
"""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import geopolgraph.actors as actors_module
from geopolgraph.actors import AmbiguousActor, UnknownActor, actor_table, resolve_actor
from geopolgraph.cli import main
from geopolgraph.errors import QueryError
from geopolgraph.pipeline import build_graph
from geopolgraph.queries.runner import run_query

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
ARTICLE = (
    "Kamboja Tuduh Thailand\n\n"
    "PHNOM PENH, KOMPAS.com — Kamboja menuduh Thailand melanggar gencatan senjata pada Senin "
    "(28/7/2025).\n\nPerdana Menteri Kamboja Hun Manet mengecam Thailand.\n"
)


@pytest.fixture(autouse=True)
def _fresh_notes() -> None:
    """A note is printed once per process; each test here is its own "process"."""
    actors_module._announce_once.cache_clear()


@pytest.fixture(scope="module")
def khm_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("khm")
    (folder / "kompas-2025-07-29-kamboja.txt").write_text(ARTICLE, encoding="utf-8")
    return str(folder)


@pytest.fixture(scope="module")
def seeds_graph() -> nx.MultiDiGraph:
    return build_graph([SEEDS])


def test_doctests() -> None:
    result = doctest.testmod(actors_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "actor", "via"),
    [
        ("KHM", "KHM", "id"),
        ("khm", "KHM", "id"),
        ("Cambodia", "KHM", "alias"),
        ("Kamboja", "KHM", "alias"),
        ("cambodian", "KHM", "alias"),
        ("Korea Utara", "PRK", "alias"),
        ("Tiongkok", "CHN", "alias"),
        ("Amerika Serikat", "USA", "alias"),
        ("AS", "USA", "alias"),
        ("PBB", "UN", "alias"),
        ("Uni Eropa", "EU", "alias"),
        ("Kremlin", "RUS", "alias"),
        ("Palestinians", "PSE", "alias"),
        ("Putin", "RUS", "person"),
        ("Vladimir Putin", "RUS", "person"),
        ("Prabowo", "IDN", "person"),
        ("PM Wong", "SGP", "person"),
        ("Presiden Xi", "CHN", "person"),
        ("Menlu Wang", "CHN", "person"),
    ],
)
def test_names_aliases_indonesian_names_and_people_resolve(text: str, actor: str, via: str) -> None:
    found = resolve_actor(text)
    assert (found.id, found.via) == (actor, via)
    assert bool(found.note) == (via == "person")


def test_a_person_resolves_to_their_latest_role_with_a_note() -> None:
    found = resolve_actor("Joko Widodo")
    assert found.person == "person:joko-widodo"
    assert found.id == "IDN" and "2024-10-20" in found.note and "latest" in found.note


def test_ambiguous_names_list_their_candidates() -> None:
    with pytest.raises(AmbiguousActor) as info:
        resolve_actor("Wong")
    ids = [ident for ident, _label in info.value.candidates]
    assert {"person:lawrence-wong", "person:penny-wong"} <= set(ids)
    assert "Penny Wong, AUS" in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hong Kong", "is a place"),
        ("Kambodja", r"closest: Kamboja \(KHM\)"),
        ("as", "unknown actor"),
    ],
)
def test_places_and_unknown_names_are_errors(text: str, message: str) -> None:
    with pytest.raises(UnknownActor, match=message):
        resolve_actor(text)


def test_a_graph_node_name_resolves_when_the_lexicon_does_not_know_it(
    seeds_graph: nx.MultiDiGraph,
) -> None:
    G = seeds_graph.copy()
    G.add_node("XYZGOV", name="Republic of Xyz government", kind="state")
    assert resolve_actor("republic of xyz government", G).id == "XYZGOV"
    assert resolve_actor("XYZGOV", G).via == "id"


def test_the_python_api_takes_names(seeds_graph: nx.MultiDiGraph) -> None:
    by_id = run_query("timeline", {"actor": "RUS"}, backend="mirror", graph=seeds_graph)
    by_name = run_query("timeline", {"actor": "Rusia"}, backend="mirror", graph=seeds_graph)
    by_person = run_query("timeline", {"actor": "Putin"}, backend="mirror", graph=seeds_graph)
    assert len(by_id) > 0
    assert by_id.equals(by_name) and by_id.equals(by_person)


def test_query_cli_takes_an_indonesian_name(khm_dir: str, capsys: pytest.CaptureFixture) -> None:
    code = main(
        ["query", "timeline", "-p", "actor=Kamboja", "--articles", khm_dir, "--format", "json"]
    )
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and rows and all("KHM" in (r["source"], r["target"]) for r in rows)
    code = main(
        ["query", "timeline", "-p", "actor=Cambodia", "--articles", khm_dir, "--format", "json"]
    )
    assert code == 0 and [json.loads(x) for x in capsys.readouterr().out.splitlines()] == rows


def test_query_cli_takes_a_person_with_a_note(capsys: pytest.CaptureFixture) -> None:
    assert main(["query", "timeline", "-p", "actor=RUS", "--articles", SEEDS]) == 0
    expected = capsys.readouterr().out
    assert main(["query", "timeline", "-p", "actor=Putin", "--articles", SEEDS]) == 0
    out, err = capsys.readouterr()
    assert out == expected
    assert "Putin is a person: Vladimir Putin, resolved to RUS" in err


def test_query_cli_ambiguous_name_lists_candidates_exit_2(capsys: pytest.CaptureFixture) -> None:
    assert main(["query", "timeline", "-p", "actor=Wong", "--articles", SEEDS]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could be 4 actors" in err and "person:penny-wong" in err


def test_draw_takes_a_name(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "page.html"
    assert main(["draw", SEEDS, "--actor", "Korea Utara", "--out", str(out)]) == 0
    by_name = capsys.readouterr().out.split("(", 1)[1]
    assert main(["draw", SEEDS, "--actor", "PRK", "--out", str(out)]) == 0
    assert capsys.readouterr().out.split("(", 1)[1] == by_name
    assert main(["draw", SEEDS, "--actor", "Kim", "--out", str(out)]) == 2
    assert "could be" in capsys.readouterr().err


def test_actors_lists_every_actor_with_counts(
    seeds_graph: nx.MultiDiGraph, capsys: pytest.CaptureFixture
) -> None:
    assert main(["actors", SEEDS, "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} == set(seeds_graph)
    assert sum(r["as_source"] for r in rows) == seeds_graph.number_of_edges()
    rus = next(r for r in rows if r["id"] == "RUS")
    assert rus["name"] == "Russia" and rus["kind"] == "state" and "Rusia" in rus["aliases"]
    assert [r["triples"] for r in rows] == sorted((r["triples"] for r in rows), reverse=True)


@pytest.mark.parametrize(
    ("search", "ids"),
    [("korea", {"PRK", "KOR"}), ("Korea Utara", {"PRK"}), ("Putin", {"RUS"}), ("zzz", set())],
)
def test_actors_search(seeds_graph: nx.MultiDiGraph, search: str, ids: set[str]) -> None:
    assert set(actor_table(seeds_graph, search=search)["id"]) == ids


def test_actors_cli_search_csv(capsys: pytest.CaptureFixture) -> None:
    assert main(["actors", SEEDS, "--search", "Rusia", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,name,kind,country,triples")
    assert [line.split(",")[0] for line in lines[1:]] == ["RUS"]


def test_query_unknown_name_names_close_names_and_unknown_id_close_ids(
    seeds_graph: nx.MultiDiGraph,
) -> None:
    with pytest.raises(QueryError, match=r"actor: unknown actor 'Rusiaa': closest: Rusia \(RUS\)"):
        run_query("timeline", {"actor": "Rusiaa"}, backend="mirror", graph=seeds_graph)
    with pytest.raises(QueryError, match=r"unknown actor id 'RUSS'; closest: RUS"):
        run_query("timeline", {"actor": "RUSS"}, backend="mirror", graph=seeds_graph)


def test_actors_and_names_on_a_reopened_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["--quiet", "build", SEEDS, "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["actors", SEEDS, "--format", "csv"]) == 0
    from_articles = capsys.readouterr().out
    assert main(["actors", "--graph", str(tmp_path / "graph.graphml"), "--format", "csv"]) == 0
    assert capsys.readouterr().out == from_articles
    graph = str(tmp_path / "triples.csv")
    assert main(["query", "timeline", "-p", "actor=RUS", "--graph", graph]) == 0
    by_id = capsys.readouterr().out
    assert main(["query", "timeline", "-p", "actor=Rusia", "--graph", graph]) == 0
    assert capsys.readouterr().out == by_id
    assert main(["actors", SEEDS, "--graph", graph]) == 2


@pytest.mark.neo4j
def test_names_reach_neo4j_as_ids(neo4j_store: Any) -> None:
    from geopolgraph.queries.params import parse_assignments
    from geopolgraph.queries.runner import run_cypher

    params = parse_assignments(["a=actor:Kamboja", "b=list[actor]:Putin,Korea Utara"])
    frame = run_cypher("RETURN $a AS id, $b AS ids", params, store=neo4j_store)
    assert frame.to_dict("records") == [{"id": "KHM", "ids": ["RUS", "PRK"]}]
    # A named query on Neo4j gets the id: either rows about KHM or "unknown actor id 'KHM'".
    try:
        rows = run_query("timeline", {"actor": "Kamboja"}, store=neo4j_store)
    except QueryError as exc:
        assert "unknown actor id 'KHM'" in str(exc)
    else:
        assert all("KHM" in (s, t) for s, t in rows[["source", "target"]].itertuples(index=False))


@pytest.mark.neo4j
def test_cypher_cli_takes_typed_actor_names(
    neo4j_conn: tuple[Any, str], capsys: pytest.CaptureFixture
) -> None:
    assert main(["cypher", "RETURN $a AS id", "-p", "a=actor:Korea Utara", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["id", "PRK"]
    assert main(["cypher", "RETURN $a AS id", "-p", "a=actor:Wong"]) == 2
    assert "could be 4 actors" in capsys.readouterr().err


def test_analysis_takes_names(seeds_graph: nx.MultiDiGraph) -> None:
    from geopolgraph.analysis import actor_year, triples_frame

    frame = triples_frame(seeds_graph)
    by_id = actor_year(frame, "PRK")
    assert len(by_id) > 0
    assert actor_year(frame, "Korea Utara").equals(by_id)
    assert actor_year(frame, "North Korea").attrs == by_id.attrs == {"actor": "PRK", "year": 2024}


def test_a_title_and_the_last_word_of_a_known_name_is_that_person():
    """ "Mr Widodo": the lexicon's curated surname of Joko Widodo is "Jokowi"; after a title the
    last word of his name names him too (one person in office with it on the date)."""
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.model import Article

    art = Article(id="t", text="Mr Widodo met Vietnam's President Vo Van Thuong in Hanoi.",
                  lang="en", published="2024-01-12")
    found = [(t.source, t.relation, t.target, t.source_mention) for t in extract_triples(art)]
    assert found == [("IDN", "MEETS", "VNM", "Mr Widodo")]


def test_a_titled_surname_before_di_and_a_place_is_that_person_not_a_longer_name():
    """ "Presiden Xi di Beijing": the Indonesian locative "di" is no name particle (as in "Luigi
    di Maio"), so the name is "Xi" and the title finds him."""
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.loaders.mentions import Memory, find_mentions
    from geopolgraph.loaders.text import tokenize

    found = find_mentions(tokenize("PM Wong bertemu Presiden Xi di Beijing."), load_lexicon(),
                          "id", Memory(date="2025-06-01"))
    assert [(m.actor, m.text) for m in found][:2] == [("SGP", "PM Wong"), ("CHN", "Presiden Xi")]


def test_the_epithets_indonesian_news_gives_states_name_them():
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.model import Article

    text = "Negeri Jiran menolak klaim Negeri Tirai Bambu atas perairan Sabah."
    facts = {(t.source, t.relation, t.target)
             for t in extract_triples(Article(id="t", text=text, lang="id"))}
    assert facts == {("MYS", "REJECTS", "CHN")}


@pytest.mark.parametrize(("text", "actor"), [
    ("Juru bicara Kemlu China mengecam Brasil.", "CHN"),
    ("Jubir Kementerian Luar Negeri China Mao Ning mengecam Brasil.", "CHN"),
    ("Juru bicara militer Israel mengecam Brasil.", "ISR"),
])
def test_a_title_before_the_title_of_a_body_takes_the_bodys_state(text, actor):
    """ "Juru bicara Kemlu China": the spokesperson of a body that names its state acts for
    it (the second title was read as an unknown person's name, who is nobody's)."""
    from geopolgraph.loaders.lexicons import load_lexicon
    from geopolgraph.loaders.mentions import Memory, find_mentions
    from geopolgraph.loaders.text import tokenize

    found = find_mentions(tokenize(text), load_lexicon(), "id", Memory(date="2025-06-01"))
    assert found[0].actor == actor and found[0].text == text.split(" mengecam")[0]


def test_an_english_name_before_a_noun_of_things_or_people_is_no_agent():
    """ "Chinese companies", "American citizens": the noun comes after the name in English
    (grammar_en.json modified_nouns); what is done to them is done to the state."""
    from geopolgraph.loaders.extract import extract_triples
    from geopolgraph.model import Article

    text = "The US Treasury sanctioned three Chinese companies for helping Iran's drone programme."
    facts = {(t.source, t.relation, t.target)
             for t in extract_triples(Article(id="t", text=text, lang="en"))}
    assert facts == {("USA", "SANCTIONS", "CHN")}
