"""Score the extractor on the Indonesian dev articles' first lines (their headlines) read alone.

Each gold article of ``../shared/gold/dev`` in Indonesian gives one one-line article, its first
line; the required triples are the gold's required items whose ``lines`` include 1, and every
other item of the article counts as allowed (a headline may state what the body states). Scored
with the ``eval --gold`` rules, with the headline path (``headline.parse``, ``headline.verb``)
on and off. The texts are read in
place from ``../shared/articles/id``, never copied.

Run: .venv/bin/python tools/eval_dev_headlines.py [GOLD_DIR] [ARTICLE_DIR]
"""

from __future__ import annotations

import contextlib
import sys
from functools import reduce
from pathlib import Path

from geopolgraph.evaluate import Score, _read_json, score_article
from geopolgraph.loaders.extract import extract_triples, rules
from geopolgraph.loaders.lexicons import load_lexicon
from geopolgraph.model import Article

HEADLINE_RULES = ("headline.parse", "headline.verb")
MODES = {
    "as shipped": (),
    "no headline path": HEADLINE_RULES,
}


def headline_gold(gold: dict) -> dict:
    """The gold of the first line: items stated there required, the article's others allowed."""
    items = gold["required"] + gold["allowed"]
    required = [i for i in gold["required"] if 1 in i.get("lines", [])]
    return {"required": required, "allowed": [i for i in items if i not in required]}


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[0] if argv else "../shared/gold/dev")
    article_dir = Path(argv[1] if len(argv) > 1 else "../shared/articles/id")
    lex = load_lexicon()
    cases = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = _read_json(path)
        article = article_dir / gold["article_file"]
        if gold.get("language", "id") == "id" and article.is_file():
            line = article.read_text(encoding="utf-8").splitlines()[0].strip()
            cases.append((line, gold.get("published", ""), headline_gold(gold)))
    for label, off in MODES.items():
        scores = []
        with rules.disabled(*off) if off else contextlib.nullcontext():
            for line, published, gold in cases:
                art = Article(id="headline", text=line, lang="id", published=published)
                facts = [(t.source, t.relation, t.target)
                         for t in extract_triples(art, lex) if not t.negated]
                scores.append(score_article(gold, facts))
        total = reduce(Score.__add__, scores)
        print(total.line(f"{label} ({len(cases)} headlines)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
