"""What each rule and lexicon group is worth: the gold score with each one switched off in turn.

Every named rule of the extractor (:data:`geopolgraph.loaders.extract.rules.RULES`: frame
handlers, reference handlers, general rules) is switched off alone, then every lexicon group
(the cue patterns of one relation label in one language, one word list of ``grammar_<lang>.json``)
is emptied alone; each time the gold set is scored again. A rule whose removal costs nothing, or
moves one sentence, is a candidate for removal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import reduce
from pathlib import Path

from geopolgraph.evaluate import Score, evaluate_gold
from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.lexicons import Lexicon, load_lexicon

__all__ = ["AblationRow", "ablate", "lexicon_groups"]


@dataclass(frozen=True)
class AblationRow:
    """The gold score with ``name`` switched off, beside the full extractor's."""

    name: str
    kind: str  # rule | lexicon
    description: str
    score: Score
    baseline: Score

    @property
    def delta(self) -> float:
        return self.score.f1 - self.baseline.f1

    def line(self) -> str:
        s = self.score
        return (f"{self.name:<34} f1={s.f1:.3f} delta={self.delta:+.3f} "
                f"correct={s.correct - self.baseline.correct:+d} "
                f"found={s.required_found - self.baseline.required_found:+d}  {self.description}")


def _total(gold: Path, articles: list[Path], lex: Lexicon) -> Score:
    return reduce(Score.__add__, (s for _, s in evaluate_gold(gold, articles, lex)))


def lexicon_groups(lex: Lexicon) -> Iterator[tuple[str, str, Lexicon]]:
    """(name, description, the lexicon without that group) for every lexicon group.

    >>> names = [n for n, _, _ in lexicon_groups(load_lexicon())]
    >>> "cues.id.ATTACKS" in names and "grammar.en.clause_breaks" in names
    True
    """
    for lang, patterns in sorted(lex.relations.items()):
        for label in sorted({p.relation for p in patterns}):
            kept = {k: [p for p in v if not (k == lang and p.relation == label)]
                    for k, v in lex.relations.items()}
            n = len(patterns) - len(kept[lang])
            yield (f"cues.{lang}.{label}", f"{n} {lang} cue patterns of {label}",
                   replace(lex, relations=kept, derived={}))
    for lang, table in sorted(lex.grammar.items()):
        for key, value in table.items():
            if key == "_meta" or not isinstance(value, list) or not value:
                continue
            emptied = {**lex.grammar, lang: {**table, key: []}}
            yield (f"grammar.{lang}.{key}", f"{len(value)} {lang} words",
                   replace(lex, grammar=emptied, derived={}))


def ablate(gold_dir: str | Path, article_dirs: Iterable[str | Path],
           lexicon: Lexicon | None = None) -> tuple[Score, list[AblationRow]]:
    """The full score and one row per rule and lexicon group, largest loss first."""
    lex = lexicon or load_lexicon()
    gold = Path(gold_dir)
    articles = [Path(d) for d in article_dirs]
    baseline = _total(gold, articles, lex)
    rows = []
    for name, description in list(rules.RULES.items()):
        with rules.disabled(name):
            rows.append(AblationRow(name, "rule", description, _total(gold, articles, lex),
                                    baseline))
    for name, description, reduced in lexicon_groups(lex):
        rows.append(AblationRow(name, "lexicon", description, _total(gold, articles, reduced),
                                baseline))
    rows.sort(key=lambda r: (r.delta, r.name))
    return baseline, rows
