"""Score the extractor: gold article files (precision/recall/F1) and PLV sentences (PLOVER roots).

Gold files follow ``gold/GUIDE.md``: an extracted triple (negated ones aside) is correct when
some required or allowed item has its source, relation and target; recall counts the required
items matched. Duplicates count once and RECEIVES(a, b) is scored as SUPPLIES(b, a).

>>> gold = {"required": [{"source": "USA", "relation": ["WARNS"], "target": "RUS"}],
...         "allowed": [{"source": "RUS", "relation": ["ATTACKS"], "target": "UKR"}]}
>>> score_article(gold, {("USA", "WARNS", "RUS"), ("RUS", "ATTACKS", "UKR"), ("A", "B", "C")})
Score(correct=2, predicted=3, required_found=1, required=1)
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from geopolgraph.errors import InputError
from geopolgraph.loaders.articles import read_articles
from geopolgraph.loaders.extract import extract_triples
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon
from geopolgraph.model import Article, Triple, canonical_relation

__all__ = [
    "PLV_ROOTS",
    "PlvResult",
    "Score",
    "evaluate_gold",
    "evaluate_plv",
    "score_article",
]

PLV_ROOTS = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "YIELD",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
)
_PLOVER_TO_PLV = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


@dataclass(frozen=True)
class Score:
    correct: int
    predicted: int
    required_found: int
    required: int

    def __add__(self, other: Score) -> Score:
        return Score(
            self.correct + other.correct,
            self.predicted + other.predicted,
            self.required_found + other.required_found,
            self.required + other.required,
        )

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return f"{label} precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f}"


def _as_set(value: Any) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _item_matches(item: dict[str, Any], fact: tuple[str, str, str]) -> bool:
    """Whether a canonical fact is one of the item's readings (a RECEIVES label in the gold
    turns into SUPPLIES with its sides swapped, like the prediction did)."""
    source, relation, target = fact
    sources, targets = _as_set(item["source"]), _as_set(item["target"])
    for label in _as_set(item["relation"]):
        forward = label != "RECEIVES"
        if canonical_relation("a", label, "b")[1] != relation:
            continue
        givers, takers = (sources, targets) if forward else (targets, sources)
        if source in givers and target in takers:
            return True
        if item.get("symmetric") and source in takers and target in givers:
            return True
    return False


def score_article(gold: dict[str, Any], predicted: Iterable[tuple[str, str, str]]) -> Score:
    """Score one article's predicted (source, relation, target) facts against its gold."""
    facts = {canonical_relation(*fact) for fact in predicted}
    items = list(gold.get("required", [])) + list(gold.get("allowed", []))
    correct = sum(1 for fact in facts if any(_item_matches(i, fact) for i in items))
    required = gold.get("required", [])
    found = sum(1 for item in required if any(_item_matches(item, f) for f in facts))
    return Score(correct, len(facts), found, len(required))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"line {exc.lineno} of {path}: not valid JSON ({exc.msg})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not isinstance(data, dict) or "article_file" not in data:
        raise InputError(f"{path}: not a gold file (no 'article_file')")
    return data


def evaluate_gold(
    gold_dir: str | Path, article_dirs: Iterable[str | Path], lexicon: Lexicon | None = None
) -> Iterator[tuple[str, Score]]:
    """(article file, score) for every gold file whose article is found; the caller sums."""
    gold_path = Path(gold_dir)
    if not gold_path.is_dir():
        raise InputError(f"{gold_path}: no such folder of gold files")
    dirs = [Path(d) for d in article_dirs]
    for d in dirs:
        if not d.is_dir():
            raise InputError(f"{d}: no such folder of articles")
    lex = lexicon or load_lexicon()
    for path in sorted(gold_path.glob("*.json")):
        gold = _read_json(path)
        candidates = [
            d / gold["article_file"] for d in dirs if (d / gold["article_file"]).is_file()
        ]
        if not candidates:
            continue
        article = next(read_articles([candidates[0]]))
        if not article.published and gold.get("published"):
            article = replace(article, published=gold["published"])
        triples = [t for t in extract_triples(article, lex) if not t.negated]
        yield (
            gold["article_file"],
            score_article(gold, ((t.source, t.relation, t.target) for t in triples)),
        )


# ---------------------------------------------------------------------------------------- PLV


@dataclass(frozen=True)
class PlvResult:
    sentences: int
    accuracy: float
    macro_f1: float
    coverage: float
    strict_accuracy: float
    per_root: dict[str, tuple[float, float, float, int]]  # precision, recall, f1, support

    def lines(self) -> list[str]:
        out = [
            f"{root:<10} precision={p:.3f} recall={r:.3f} f1={f:.3f} n={n}"
            for root, (p, r, f, n) in self.per_root.items()
        ]
        out.append(
            f"sentences={self.sentences} coverage={self.coverage:.3f} "
            f"strict_accuracy={self.strict_accuracy:.3f}"
        )
        out.append(f"overall accuracy={self.accuracy:.3f} macro_f1={self.macro_f1:.3f}")
        return out


_MARK = re.compile(r"</?[st]>")


def _overlaps(mention: str, span: str) -> bool:
    a, b = mention.lower(), span.lower()
    return bool(a) and bool(b) and (a in b or b in a)


def plv_prediction(triples: list[Triple]) -> Triple | None:
    """The most confident asserted triple with a PLOVER category, or None.

    With no asserted triple, a refused cooperation ("will not lift", "refused to meet") is
    CAMEO's REJECT (12x), as PETRARCH codes it.
    """
    best = [t for t in triples if not t.negated and t.plover]
    if best:
        return max(best, key=lambda t: t.confidence)
    refused = [t for t in triples if t.negated and t.quad_class in (1, 2)]
    if refused:
        return replace(
            max(refused, key=lambda t: t.confidence),
            relation="REJECTS",
            cameo="120",
            plover="REJECT",
            quad_class=3,
            negated=False,
        )
    return None


def evaluate_plv(
    path: str | Path, lexicon: Lexicon | None = None, open_actors: bool = True
) -> PlvResult:
    """Accuracy, macro-F1 over PLV roots and coverage on a PLV-style TSV file.

    PLV's actors are anybody (courts, police, companies), so actors outside the lexicon are
    accepted by default; the markers ``<s>``/``<t>`` are removed before extraction and used
    only for the strict score.
    """
    lex = lexicon or load_lexicon()
    file = Path(path)
    try:
        stream = file.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror})") from None
    gold: list[str] = []
    pred: list[str] = []
    strict = 0
    with stream:
        reader = csv.DictReader(stream, delimiter="\t")
        needed = {"sentence", "gold_root"}
        if not reader.fieldnames or not needed <= set(reader.fieldnames):
            raise InputError(f"{file}: a PLV file needs 'sentence' and 'gold_root' columns")
        for row in reader:
            text = _MARK.sub("", row["sentence"])
            article = Article(id=f"plv-{reader.line_num}", text=text, lang="en")
            best = plv_prediction(extract_triples(article, lex, open_actors))
            root = _PLOVER_TO_PLV.get(best.plover, best.plover) if best else ""
            gold_root = _PLOVER_TO_PLV.get(row["gold_root"], row["gold_root"])
            gold.append(gold_root)
            pred.append(root)
            if (
                best
                and root == gold_root
                and _overlaps(best.source_mention, row.get("source", ""))
                and _overlaps(best.target_mention, row.get("target", ""))
            ):
                strict += 1
    n = len(gold)
    if not n:
        raise InputError(f"{file}: no sentences")
    per_root: dict[str, tuple[float, float, float, int]] = {}
    support = Counter(gold)
    for root in PLV_ROOTS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == root)
        predicted = sum(1 for p in pred if p == root)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support[root] if support[root] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_root[root] = (precision, recall, f1, support[root])
    present = [r for r in PLV_ROOTS if support[r]]
    macro = sum(per_root[r][2] for r in present) / len(present)
    accuracy = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / n
    coverage = sum(1 for p in pred if p) / n
    return PlvResult(n, accuracy, macro, coverage, strict / n, per_root)
