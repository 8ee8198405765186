"""Property tests: readers and the extractor never crash, and what they return stays traceable."""

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from geopolgraph.errors import InputError
from geopolgraph.loaders.articles import parse_jsonl, parse_txt
from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.text import iter_sentences, tokenize
from geopolgraph.model import RELATIONS, Article

WORDS = st.sampled_from(
    [
        "AS",
        "dan",
        "Korsel",
        "memperingatkan",
        "Rusia",
        "Putin",
        "mengunjungi",
        "Korea",
        "Utara",
        "tidak",
        "akan",
        "menyerang",
        "Ukraina",
        "oleh",
        "dibantah",
        "kata",
        "Peskov",
        "the",
        "US",
        "warned",
        "Russia",
        "China",
        "was",
        "criticized",
        "by",
        "Japan",
        "hal",
        "tersebut",
        "mereka",
        "keduanya",
        ",",
        ".",
        "“",
        "”",
        '"',
        "(",
        ")",
        "-",
        "Baca",
        "juga:",
        "\n",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_sentences_and_tokens_point_into_the_text(text):
    for sentence in iter_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        for token in tokenize(sentence.text, sentence.start):
            assert text[token.start : token.end] == token.text


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(["id", "en", ""]))
def test_extraction_never_crashes_and_every_triple_is_traceable(text, lang):
    article = Article(id="fuzz", text=text, lang=lang, published="2024-06-16")
    for t in extract_triples(article):
        assert t.relation in RELATIONS
        assert t.source and t.target and t.source != t.target
        assert 0 < t.confidence <= 1
        assert t.evidence in text
        assert 0 <= t.char_start < t.char_end <= len(text)
        assert 1 <= t.line <= text.count("\n") + 1


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.dictionaries(st.text(max_size=5), st.text(max_size=20)),
            st.integers(),
            st.text(max_size=10),
        ),
        max_size=5,
    )
)
def test_jsonl_reader_accepts_or_names_the_line(records):
    stream = io.StringIO("\n".join(json.dumps(r) for r in records))
    try:
        articles = list(parse_jsonl(stream, "f.jsonl"))
    except InputError as exc:
        assert str(exc).startswith("line ") and "of f.jsonl" in str(exc)
    else:
        assert all(a.id and a.text.strip() for a in articles)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_txt_reader_keeps_the_text(text):
    article = parse_txt(io.StringIO(text), "x")
    assert article.text == text and article.lang in ("id", "en")
