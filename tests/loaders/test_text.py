"""Sentence splitting and tokenising keep offsets into the article text."""

from geopolgraph.loaders.text import iter_sentences, split_sentences, tokenize


def test_quotes_keep_their_attribution():
    text = "“Kami akan melakukan itu lebih lanjut. Potensi sangat besar,\" tegasnya."
    assert [s.text for s in split_sentences(text)] == [text]


def test_abbreviations_and_initials_do_not_split():
    text = "Mr. Biden met Gen. Li in the U.S. capital. He left."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Biden met Gen. Li in the U.S. capital.", "He left."]


def test_offsets_point_into_the_article():
    text = "Judul\n\nAS tiba.  Rusia pergi.\n"
    for s in iter_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.index for s in iter_sentences(text)] == [0, 1, 2]


def test_wrapped_lines_join_and_furniture_is_dropped():
    text = ("Putin met Xi at a summit overshadowed by\nthe Israel-Hamas war.\n"
            "More on this Topic\nPutin says things\nXi says other things")

    def furniture(line: str) -> str:
        return "block:1" if line.startswith("More on this") else ""

    sentences = [s.text for s in iter_sentences(text, furniture)]
    assert sentences == ["Putin met Xi at a summit overshadowed by\nthe Israel-Hamas war.",
                         "Xi says other things"]


def test_tokens_keep_hyphenated_names():
    assert [t.text for t in tokenize("Kim Hong-kyun")] == ["Kim", "Hong-kyun"]
    tok = tokenize("ab cd", offset=10)[1]
    assert (tok.start, tok.end) == (13, 15)


def test_contractions_split_as_universal_dependencies_with_exact_offsets():
    text = "Russia doesn't and can’t; I'm sure they'll go. Sa'd cannot."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Russia", "does", "n't", "and", "ca", "n’t", ";", "I", "'m",
                                      "sure", "they", "'ll", "go", ".", "Sa'd", "can", "not",
                                      "."]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.lower for t in toks if t.text.startswith("n")] == ["n't", "n't", "not"]


def test_numbers_and_mark_runs_are_one_token_as_in_universal_dependencies():
    text = "Rp724,5 triliun, 1,000 troops at 17.00 on 10/6/2024... the 20th -- 1990-an."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Rp", "724,5", "triliun", ",", "1,000", "troops", "at",
                                      "17.00", "on", "10/6/2024", "...", "the", "20th", "--",
                                      "1990-an", "."]
    assert all(text[t.start:t.end] == t.text for t in toks)
