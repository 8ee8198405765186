"""``geopolgraph eval --gold DIR --articles DIR…``, ``eval --plv FILE`` or ``eval --ud FILE``."""

from __future__ import annotations

import argparse
from functools import reduce

from geopolgraph.errors import InputError
from geopolgraph.evaluate import Score, evaluate_gold, evaluate_plv


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "eval", help="score the extractor on gold files or a PLV file",
        description="Score against gold triple files (per article and overall; the last line is "
                    "'overall precision=P recall=R f1=F') or, with --plv, a PLV-style TSV "
                    "(accuracy, macro-F1 over PLOVER roots, coverage).",
    )
    p.add_argument("--gold", metavar="DIR", help="folder of gold JSON files")
    p.add_argument("--articles", metavar="DIR", action="append", default=[],
                   help="folder holding the articles (repeatable)")
    p.add_argument("--plv", metavar="FILE", help="a PLV TSV file (sentence, gold_root, …)")
    p.add_argument("--ablate", action="store_true",
                   help="with --gold: score again with each extractor rule and lexicon group "
                        "switched off in turn (largest loss first)")
    p.add_argument("--ud", metavar="FILE", help="score the dependency parser on a CoNLL-U file's "
                   "gold words (last line: 'UAS=… LAS=…')")
    p.add_argument("--lang", choices=["id", "en"],
                   help="the --ud file's language (default: its name's prefix, id_/en_)")
    p.add_argument("--sentences", metavar="FILE", help="score the extractor on a sentence gold "
                   "file (eval/sentences/*.jsonl; texts read from the UD treebanks)")
    p.add_argument("--ud-root", metavar="DIR", default="../shared/data/ud",
                   help="the UD treebanks folder for --sentences (default: %(default)s)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.ud:
        from geopolgraph.models.ud import score_conllu

        r = score_conllu(args.ud, args.lang)
        print(f"{r['file']}: lang={r['lang']} sentences={r['sentences']} words={r['words']} "
              f"head_ok={r['head_ok']} label_ok={r['label_ok']}")
        print(f"UAS={r['uas']:.3f} LAS={r['las']:.3f}")
        return 0
    if args.sentences:
        from geopolgraph.sentence_gold import evaluate_sentences

        for label, total in evaluate_sentences(args.sentences, args.ud_root).items():
            print(total.line(label))
        return 0
    if args.plv:
        for line in evaluate_plv(args.plv).lines():
            print(line)
        return 0
    if not args.gold or not args.articles:
        raise InputError("eval needs --gold DIR and --articles DIR (or --plv FILE)")
    if getattr(args, "ablate", False):
        from geopolgraph.ablation import ablate

        baseline, rows = ablate(args.gold, args.articles)
        for row in rows:
            print(row.line())
        print(baseline.line("overall"))
        return 0
    scores = []
    for name, score in evaluate_gold(args.gold, args.articles):
        scores.append(score)
        print(score.line(name))
    if not scores:
        raise InputError(f"{args.gold}: no gold file matches an article in "
                         + ", ".join(args.articles))
    print(reduce(Score.__add__, scores).line("overall"))
    return 0
