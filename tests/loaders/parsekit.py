"""A given dependency parse for the extractor in tests: a rule over the parse is tested on the
parse it is for, whichever parser the package ships (a better parser may not make the error a
rule guards against, and then switching the rule off changes nothing)."""

from geopolgraph.loaders.extract import article as article_module
from geopolgraph.loaders.extract import extract_triples, rules
from geopolgraph.loaders.extract.parse import Parse
from geopolgraph.model import Article


def facts_with_parse(monkeypatch, text: str, parse: list[tuple[int, str]], off: str = "",
                     lang: str = "en") -> set[tuple[str, str, str]]:
    """The asserted facts of ``text`` when the parser gives ``parse`` ((head, relation) per
    token; the root heads itself), with the rules ``off`` (comma-separated) switched off."""

    def given(sentences, _lang):
        assert [len(s) for s in sentences] == [len(parse)], [t.text for t in sentences[0]]
        heads = tuple(h for h, _ in parse)
        kids = tuple(tuple(c for c, h in enumerate(heads) if h == i != c)
                     for i in range(len(heads)))
        return [Parse(heads, tuple(d for _, d in parse), kids)]

    monkeypatch.setattr(article_module, "parse_many", given)
    art = Article(id="t", text=text, lang=lang, published="2024-01-10")
    with rules.disabled(*(off.split(",") if off else [])):
        return {(t.source, t.relation, t.target) for t in extract_triples(art) if not t.negated}
