"""Derive geopolgraph/loaders/lexicon/relations_id.tsv, the Indonesian relation lexicon.

Sources (each output row names its own in the ``source`` column):
- tools/cue_roots_id.tsv: roots with the affixed forms Indonesian builds from them, expanded here
  by regular morphology (meN- with nasal assimilation, di-, ber-, -an, peN-an, per-an, ke-an,
  -kan, -i, memper-kan);
- tools/cue_phrases_id.tsv: multi-word cues, irregular forms and special frames (``pemantau``
  is an agent, ``pelanggaran`` a charge, ``menerima`` a receiving), copied as they are; a phrase
  wins over a derived form with the same tokens.
- tools/transfer_verbs.tsv x tools/transfer_goods.tsv: every form of a transfer verb with every
  goods word it takes, "mengirim … rudal" (active, a gap of 0-5 tokens) and "pengiriman senjata"
  (noun): SUPPLIES with the goods' CAMEO code (072 weapons, 073 humanitarian aid), or MOBILIZES
  154 for forces ("kirim … pasukan"); an approval verb with a transfer noun is the planned
  transfer ("menyetujui … penjualan jet tempur": SUPPLIES 072).
- Headline forms (news headlines drop meN-: "Rusia Kirim Senjata ke Korut", "RI-Malaysia
  Sepakati Batas Laut"): every root with a meN- form also yields its bare root, every meN-kan /
  meN-i form its root+kan / root+i, and every phrase whose first word is a meN- verb its bare-verb
  variant ("mengirim bantuan" -> "kirim bantuan"), each after the explicit forms (never over them).
- tools/ud_pos_id.tsv: the part-of-speech check of those bare forms, counted in the Universal
  Dependencies Indonesian treebanks (``--ud DIR`` recounts it). A bare word that the treebanks tag
  mostly NOUN (at least 2 tokens) becomes a noun cue ("telepon", "protes"), mostly VERB an active
  cue, mostly anything else no cue; a word seen fewer than 2 times is judged by its root's
  category in GSD's ``Morf`` analyses (``<v>`` verb, ``<n>`` noun, ``<a>`` adjective: no cue), and
  active when the treebanks know nothing of it (the root is in the table as a verb root); a
  root marked "!root" in the table gives no bare form (its bare word is a thing: "rudal"). A
  -kan/-i form is verbal by its suffix, so only a treebank majority against VERB drops it. A
  phrase's single-word bare variant must come out active ("terima", "hukum" are nouns there: the
  phrase meant the verb), and its root is resolved by undoing the nasal prefix against the
  treebanks' lemmas ("mengirim" -> "kirim", not "irim"; "mengadakan" -> "adakan").

Run: .venv/bin/python tools/derive_relations_id.py [--check] [--ud ../shared/data/ud/id]
  (--check: fail if the file differs; --ud: recount tools/ud_pos_id.tsv from the treebanks first)
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from geopolgraph.loaders.extract.lang.id.morphology import nasal

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geopolgraph/loaders/lexicon/relations_id.tsv"
ROOTS = ROOT / "tools/cue_roots_id.tsv"
PHRASES = ROOT / "tools/cue_phrases_id.tsv"
UD_POS = ROOT / "tools/ud_pos_id.tsv"
GOODS = ROOT / "tools/transfer_goods.tsv"
TRANSFERS = ROOT / "tools/transfer_verbs.tsv"
NO_HEADLINE = "!root"  # a root whose bare word names something else: no headline form
MIN_TOKENS = 2  # a bare word's own treebank tags decide from this many tokens on
GAP = "…"
HEADER = """\
# Indonesian relation patterns: surface forms with their morphology (meN- active, di- passive,
# ber- intransitive, -an/ke-an/peN-an/per-an nominalisations), each with a relation label, CAMEO
# code, frame and the source of the entry. Goldstein, PLOVER and quad class follow from the code
# through cameo.tsv.
# Source: tools/cue_roots_id.tsv expanded by tools/derive_relations_id.py (regular Indonesian
#   morphology) and tools/cue_phrases_id.tsv; the roots and phrases come from gold/GUIDE.md's cue
#   table and CAMEO 2.0 verb classes (openeventdata/petrarch2, MIT); MIT licence. Transfer verb x
#   goods cues ("mengirim … rudal") from tools/transfer_verbs.tsv and tools/transfer_goods.tsv;
#   headline forms checked against tools/ud_pos_id.tsv (UD Indonesian, CC BY-SA 4.0).
# Regenerate: .venv/bin/python tools/derive_relations_id.py   (do not edit by hand)
# Format: pattern tokens are lowercase and contiguous; "…" is a gap of 0-5 tokens in one clause.
# frame: active | passive | noun | receive | agent | charge | modal (see lexicon/README.md)
"""


def ber(root: str) -> str:
    """ber- + root ("be-" before r: "berunding")."""
    return ("be" if root.startswith("r") else "ber") + root


def per(root: str) -> str:
    return ("pe" if root.startswith("r") else "per") + root


def forms(root: str, spec: str) -> tuple[str, str]:
    """(surface, frame) of one form code of ``root`` (see tools/cue_roots_id.tsv).

    >>> [forms("temu", f)[0] for f in ("ber>dengan", "meN-i", "per-an")]
    ['bertemu dengan', 'menemui', 'pertemuan']
    >>> forms("ingat", "memper-kan"), forms("sepakat", "ke-an")
    (('memperingatkan', 'active'), ('kesepakatan', 'noun'))
    """
    code, _, prep = spec.partition(">")
    table = {
        "meN": (nasal("me", root), "active"),
        "di": ("di" + root, "passive"),
        "root": (root, "active"),
        "noun": (root, "noun"),
        "ber": (ber(root), "active"),
        "an": (root + "an", "noun"),
        "peN-an": (nasal("pe", root) + "an", "noun"),
        "per-an": (per(root) + "an", "noun"),
        "ke-an": ("ke" + root + "an", "noun"),
        "meN-kan": (nasal("me", root) + "kan", "active"),
        "di-kan": ("di" + root + "kan", "passive"),
        "meN-i": (nasal("me", root) + "i", "active"),
        "di-i": ("di" + root + "i", "passive"),
        "kan": (root + "kan", "active"),
        "memper-kan": ("mem" + per(root) + "kan", "active"),
        "diper-kan": ("di" + per(root) + "kan", "passive"),
    }
    surface, frame = table.get(code, (code, "active"))  # a literal headline form
    return (f"{surface} {prep}" if prep else surface), frame


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        lines = [ln for ln in stream if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def unnasal(word: str) -> list[str]:
    """Roots (with any suffix) whose meN- form is ``word``, most likely first.

    >>> unnasal("mengirim")[:2], unnasal("menerima")[0], unnasal("memperkuat"), unnasal("mengebom")
    (['kirim', 'irim'], 'terima', ['perkuat'], ['bom'])
    >>> unnasal("melarang"), unnasal("menuduh"), unnasal("menyerang")
    (['larang'], ['tuduh', 'nuduh'], ['serang', 'nyerang'])
    >>> unnasal("meminta"), unnasal("menyatakan")
    (['pinta', 'minta'], ['satakan', 'nyatakan'])
    """
    if word.startswith("memper"):
        return [word[3:]]
    rest = word[2:]
    if rest.startswith("nge") and nasal("me", rest[3:]) == word:
        return [rest[3:]]  # a one-syllable root: "mengebom"
    cands = []
    for nas, first in (("ny", "s"), ("ng", "k"), ("m", "p"), ("n", "t")):
        if rest.startswith(nas):
            cands += [first + rest[len(nas):], rest[len(nas):]]
    # "meminta", "menyatakan", "menilai": me- before a root that starts with its own nasal
    # ("minta", "nyatakan", "nilai"); the treebank lemma chooses (bare_of)
    cands.append(rest)
    return [c for c in dict.fromkeys(cands) if c and nasal("me", c) == word]


def _split_suffix(word: str) -> list[tuple[str, str]]:
    """(stem, suffix) readings of ``word``: with -kan, -i or no suffix."""
    return [(word[: -len(suf)], suf) for suf in ("kan", "i") if word.endswith(suf)] + [(word, "")]


def bare_of(word: str, lemmas: set[str], own: str = "") -> str:
    """The headline (bare) form of a meN- verb: the candidate whose stem is the word's own
    treebank lemma (``own``), else the first whose stem is any treebank lemma.

    >>> bare_of("mengadakan", {"ada"}), bare_of("mengakui", {"aku", "kaku"}, "aku")
    ('adakan', 'akui')
    >>> bare_of("menarik", set())
    'tarik'
    """
    cands = unnasal(word)
    for wanted in ({own} - {""}, lemmas):
        for cand in cands:
            if any(stem in wanted for stem, _ in _split_suffix(cand)):
                return cand
    return cands[0] if cands else ""


def count_ud(ud_dir: Path) -> tuple[dict[str, Counter], ...]:
    """UPOS counts by lower-cased form, GSD ``Morf`` root categories by root, lemmas by form."""
    upos: dict[str, Counter] = defaultdict(Counter)
    morf: dict[str, Counter] = defaultdict(Counter)
    lemmas: dict[str, Counter] = defaultdict(Counter)
    paths = sorted(ud_dir.glob("*.conllu"))
    if not paths:  # counting nothing would silently turn every bare form into "unseen"
        raise SystemExit(f"derive_relations_id: no .conllu file in {ud_dir} (give the Indonesian "
                         "folder, e.g. ../shared/data/ud/id)")
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            upos[cols[1].lower()][cols[3]] += 1
            lemmas[cols[1].lower()][cols[2].lower()] += 1
            found = re.search(r"Morf=\^([^$|]*)\$", cols[9])
            for root, cat in re.findall(r"([a-z-]+)<([a-z]+)>", found.group(1) if found else ""):
                morf[root][cat] += 1
    return upos, morf, lemmas


def _counts(counter: Counter) -> str:
    return ",".join(f"{k}:{n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _parse_counts(text: str) -> Counter:
    return Counter({k: int(n) for k, n in (kv.split(":") for kv in text.split(",") if kv)})


def _candidates() -> tuple[list[tuple[str, str, str]], list[str]]:
    """Headline forms to check, as (word, root, code), and the phrases' meN- first words."""
    words = []
    for row in _rows(ROOTS):
        codes = {spec.strip().partition(">")[0] for spec in row["forms"].split(",")}
        for code, suffix in (("meN", ""), ("meN-kan", "kan"), ("meN-i", "i")):
            if code in codes and not (suffix == "" and NO_HEADLINE in codes):
                words.append((row["root"] + suffix, row["root"], code))
    verbs = [row["pattern"].split()[0] for row in _rows(PHRASES)
             if _men_verb(row["pattern"].split()[0]) and row["relation"] != "NONE"]
    return words, verbs


def _men_verb(word: str) -> bool:
    return word.startswith("me") and not word.endswith("nya") and bool(unnasal(word))


UD_HEADER = """\
# Part-of-speech evidence for the bare (headline) forms of tools/derive_relations_id.py: for each
# word, the UPOS tags of its tokens, its root's category in the GSD morphological analyses (Morf
# feature: v verb, n noun, a adjective), and for a phrase's meN- verb the bare form resolved
# against the treebanks' lemmas.
# Source: Universal Dependencies Indonesian treebanks (UD_Indonesian-GSD dev, CSUI train and test,
#   PUD test; CC BY-SA 4.0 / CC BY-SA 3.0, see ../shared/data/ud/id), counted by
#   tools/derive_relations_id.py --ud DIR; these counts are a derived work under CC BY-SA 4.0.
"""


def write_ud_evidence(ud_dir: Path) -> None:
    """Recount tools/ud_pos_id.tsv for the current roots and phrases."""
    upos, morf, by_form = count_ud(ud_dir)
    # the treebanks' lemmas, and the words of the cue phrases themselves: a loanword root the
    # treebanks lack ("normalisasi" of "menormalisasi hubungan") is named by its own noun phrase
    lemmas = {lemma for found in by_form.values() for lemma in found} | {
        w for row in _rows(PHRASES) for w in row["pattern"].split() if not _men_verb(w)}
    words, verbs = _candidates()
    rows = {word: (word, _counts(upos.get(word, Counter())), _counts(morf.get(root, Counter())), "")
            for word, root, _ in words}
    for verb in verbs:
        own = by_form[verb].most_common(1)[0][0] if verb in by_form else ""
        bare = bare_of(verb, lemmas, own)
        rows[verb] = (verb, _counts(upos.get(verb, Counter())), "", bare)
        if bare not in rows:
            rows[bare] = (bare, _counts(upos.get(bare, Counter())), "", "")
    lines = ["\t".join(r) for r in sorted(rows.values())]
    UD_POS.write_text(UD_HEADER + "word\tupos\tmorf\tbare\n" + "\n".join(lines) + "\n",
                      encoding="utf-8")


def read_ud_evidence() -> dict[str, tuple[Counter, Counter, str]]:
    return {row["word"]: (_parse_counts(row["upos"]), _parse_counts(row["morf"]), row["bare"])
            for row in _rows(UD_POS)}


def bare_frame(upos: Counter, morf: Counter, suffixed: bool) -> str | None:
    """The frame of a bare headline word by its treebank tags (None: no cue).

    >>> from collections import Counter as C
    >>> bare_frame(C(NOUN=3, VERB=1), C(n=1), False), bare_frame(C(ADJ=1), C(v=12), False)
    ('noun', 'active')
    >>> bare_frame(C(), C(a=3), False), bare_frame(C(), C(), False)
    (None, 'active')
    >>> bare_frame(C(NOUN=2), C(), True) is None
    True
    """
    if sum(upos.values()) >= MIN_TOKENS:
        top = max(sorted(upos), key=lambda t: upos[t])
        if suffixed:
            return "active" if top == "VERB" else None
        return {"VERB": "active", "NOUN": "noun"}.get(top)
    if not suffixed and sum(morf.values()) >= MIN_TOKENS:
        return {"v": "active", "n": "noun"}.get(max(sorted(morf), key=lambda c: morf[c]))
    return "active"


Evidence = dict[str, tuple[Counter, Counter, str]]


def _evidence(ev: Evidence, word: str) -> tuple[Counter, Counter, str]:
    if word not in ev:
        raise SystemExit(f"{UD_POS}: no entry for {word!r}; run with --ud ../shared/data/ud/id/")
    return ev[word]


def derive() -> list[tuple[str, str, str, str, str]]:
    """(pattern, relation, cameo, frame, source) rows: phrases first, then derived forms."""
    out: dict[str, tuple[str, str, str, str, str]] = {}
    for row in _rows(PHRASES):
        out[row["pattern"]] = (row["pattern"], row["relation"], row["cameo"], row["frame"],
                               row["source"])
    for row in _rows(ROOTS):
        for spec in row["forms"].split(","):
            if spec.strip() == NO_HEADLINE:
                continue
            surface, frame = forms(row["root"], spec.strip())
            if surface not in out:
                source = f"{row['source']}; derived from root '{row['root']}' ({spec.strip()})"
                out[surface] = (surface, row["relation"], row["cameo"], frame, source)
    _transfers(out)
    _headline_forms(out, read_ud_evidence())
    return list(out.values())


def _transfers(out: dict[str, tuple[str, str, str, str, str]]) -> None:
    """Transfer verb forms x goods: "mengirim … rudal" (active), "pengiriman senjata" (noun)."""
    goods = [row for row in _rows(GOODS) if row["lang"] == "id"]
    verbs = [row for row in _rows(TRANSFERS) if row["lang"] == "id"]
    nouns: list[tuple[str, str, str, str]] = []  # (pattern, relation, cameo, source)
    for verb in (v for v in verbs if not v["forms"].startswith("approve:")):
        wanted, _, mode = verb["goods"].partition("/")  # "072/receive": a buyer's verb
        # arms that are one's own forces when sent (traded: "kapal selam") go to weapons' verbs
        taken = [g for g in goods if wanted in ("all", g["cameo"])
                 and not (wanted == "all" and g.get("traded") == "yes")]
        for spec in verb["forms"].split(","):
            surface, frame = forms(verb["verb"], spec.strip())
            if mode == "receive" and frame != "active":
                continue  # "membeli … rudal" only: the buyer receives from the seller
            for good in taken:
                joint = f" {GAP} " if frame == "active" else " "
                pattern = surface + joint + good["goods"]
                source = (f"{verb['source']}; {good['source']}; transfer verb "
                          f"'{verb['verb']}' ({spec.strip()}) with goods '{good['goods']}'")
                if frame == "noun" and good["relation"] == "SUPPLIES":
                    nouns.append((pattern, good["relation"], good["cameo"], source))
                relation = "RECEIVES" if mode == "receive" else good["relation"]
                shape = "receive" if mode == "receive" else frame
                if pattern not in out:
                    out[pattern] = (pattern, relation, good["cameo"], shape, source)
    for verb in (v for v in verbs if v["forms"].startswith("approve:")):
        for spec in verb["forms"].removeprefix("approve:").split(","):
            surface, _ = forms(verb["verb"], spec.strip())
            for noun, relation, cameo, noun_source in nouns:
                pattern = f"{surface} {GAP} {noun}"
                if pattern not in out:
                    source = f"{verb['source']} ({spec.strip()}); {noun_source}"
                    out[pattern] = (pattern, relation, cameo, "active", source)


def _pos_note(upos: Counter, morf: Counter) -> str:
    tags = _counts(upos) or "unseen"
    return f"UD id UPOS {tags}" + (f", root Morf {_counts(morf)}" if morf else "")


def _headline_forms(out: dict[str, tuple[str, str, str, str, str]],
                    ev: dict[str, tuple[Counter, Counter, str]]) -> None:
    """Add the bare headline forms of roots and meN- phrases (explicit entries win)."""
    for row in _rows(ROOTS):
        codes = [spec.strip() for spec in row["forms"].split(",")]
        for spec in codes:
            code, _, prep = spec.partition(">")
            suffix = {"meN": "", "meN-kan": "kan", "meN-i": "i"}.get(code)
            if suffix is None or (suffix == "" and NO_HEADLINE in codes):
                continue
            word = row["root"] + suffix
            upos, morf, _ = _evidence(ev, word)
            frame = bare_frame(upos, morf, suffixed=bool(suffix))
            surface = f"{word} {prep}" if prep else word
            if frame and surface not in out:
                source = (f"{row['source']}; headline form of root '{row['root']}' ({spec}; "
                          f"{_pos_note(upos, morf)})")
                out[surface] = (surface, row["relation"], row["cameo"], frame, source)
    for row in _rows(PHRASES):
        first, *rest = row["pattern"].split()
        if row["frame"] not in ("active", "receive") or row["relation"] == "NONE" or not _men_verb(
            first
        ):
            continue
        bare = _evidence(ev, first)[2]
        upos, morf, _ = _evidence(ev, bare)
        if not rest and bare_frame(upos, Counter(), suffixed=True) != "active":
            continue  # a one-word phrase names the verb sense; its bare word is something else
        surface = " ".join([bare, *rest])
        if surface not in out:
            note = _pos_note(upos, morf)
            source = f"{row['source']}; headline form of '{row['pattern']}' ({note})"
            out[surface] = (surface, row["relation"], row["cameo"], row["frame"], source)


def render() -> str:
    lines = [HEADER + "lang\tpattern\trelation\tcameo\tframe\tsource"]
    lines += ["id\t" + "\t".join(row) for row in derive()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if "--ud" in argv:
        write_ud_evidence(Path(argv[argv.index("--ud") + 1]))
        print(f"wrote {UD_POS}")
    text = render()
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("relations_id.tsv is " + ("up to date" if same else "out of date"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10)) - 1} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
