"""Derive geopolgraph/loaders/lexicon/relations_en.tsv, the English relation lexicon.

Sources:
- petrarch2/CAMEO.2.0.txt (openeventdata/petrarch2, MIT, Open Event Data Alliance): verb
  synonym blocks with their CAMEO codes and phrase patterns.
- tools/curated_relations_en.tsv (geopolgraph authors): verbs and phrases CAMEO.2.0 leaves
  uncoded or codes differently from the GUIDE (deny, reject, sue, deploy, ...), noun frames,
  relabels and drops. Curated entries win over derived ones for the same token sequence.
- geopolgraph/loaders/lexicon/cameo.tsv: CAMEO code -> default relation label.
- tools/transfer_verbs.tsv x tools/transfer_goods.tsv (English rows): every inflection of a
  transfer verb with every goods word it takes ("sent … missiles", SUPPLIES 072; "sent … troops",
  MOBILIZES 154), transfer nouns ("delivery of arms", "arms sales", noun frame) and approval
  verbs with a transfer noun ("approved … sale of fighter jets": the planned transfer). CAMEO.2.0
  patterns with the same tokens win; curated entries win over both.
- ud/en/en_ewt-ud-{train,dev}.conllu (UD_English-EWT, CC BY-SA 4.0): which nominalisations of
  the verbs above are English nouns (``tools/nominalize_en.py``: "condemnation", "cooperation",
  "deployment"), noun frame; every other source wins over them.

What is derived from CAMEO.2.0.txt:
- every verb of a block whose own code or block code has a relation label (01x statements are
  skipped except 016 REFUTE), in all its forms (base, -s, past/participle, -ing; irregular
  forms from the `{...}` list), frame `active`;
- simple phrase patterns `- * [PARTICLE] OBJ [code]` where OBJ is a word, a `{noun phrase}`,
  a `(PREP words)` phrase or a synset: `verbform [particle] … obj-words`, only for the
  verb named in the pattern's comment (PETRARCH applies a block's patterns to every synonym,
  which is too loose without its parser). Patterns with words before the verb, nested
  phrases or several phrases are skipped (they need a parser).

Run: .venv/bin/python tools/derive_relations_en.py [../shared/data]
"""

from __future__ import annotations

import csv
import itertools
import re
import sys
from pathlib import Path

from nominalize_en import nominalizations

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geopolgraph/loaders/lexicon/relations_en.tsv"
CAMEO_TSV = ROOT / "geopolgraph/loaders/lexicon/cameo.tsv"
CURATED = ROOT / "tools/curated_relations_en.tsv"
GOODS = ROOT / "tools/transfer_goods.tsv"
TRANSFERS = ROOT / "tools/transfer_verbs.tsv"

TOKEN_RE = re.compile(r"[\w][\w'’-]*|[^\w\s]")
GAP = "…"
FRAMES = {"active", "noun", "receive", "agent", "modal", "charge"}
LABELS = {
    "APPEALS", "AGREES", "CONSULTS", "VISITS", "MEETS", "MEDIATES", "COOPERATES", "SUPPORTS",
    "PRAISES", "SUPPLIES", "RECEIVES", "YIELDS", "MONITORS", "INVESTIGATES", "DEMANDS",
    "CRITICIZES", "ACCUSES", "REJECTS", "DENIES", "WARNS", "THREATENS", "PROVOKES",
    "PROTESTS", "MOBILIZES", "SANCTIONS", "COERCES", "ATTACKS",
    "NONE",  # an idiom that only looks like a cue; the extractor matches and ignores it
}
# CAMEO 043 "Host a visit": the subject is the host, the visitor its object; GUIDE.md's VISITS
# goes from the visitor to the host, so these cues take the receive frame (the object acts on the
# subject), as the Indonesian 'menyambut', 'menerima kunjungan' do
HOSTING = {"043"}
# Headwords too generic to code on their own; only their phrase patterns are kept.
GENERIC = {
    "say", "make", "take", "have", "get", "go", "be", "do", "give", "set", "put", "hold",
    "come", "keep", "bring", "see", "look", "show", "use", "turn", "run", "leave", "let",
    "call", "move", "send", "carry", "open", "close", "pass", "break", "end", "meet_with",
    "place", "post", "stage", "base", "position", "arrange", "add", "face", "want", "need",
    "seek", "try", "begin", "start", "continue", "plan", "expect", "return", "head", "lead",
    "raise", "express", "issue", "present", "deliver", "offer_up", "find", "reach", "cut",
    "drop", "fire", "point", "press", "push", "pull", "draw", "hit_out", "form", "work",
}
# Synsets larger than this are not expanded into phrase patterns.
MAX_EXPANSION = 12
# Consonant doubling that the one-syllable rule misses (stress on the last syllable).
DOUBLE = {
    "commit", "admit", "submit", "permit", "omit", "transmit", "emit", "acquit", "expel",
    "compel", "repel", "propel", "dispel", "control", "patrol", "refer", "confer", "defer",
    "deter", "infer", "prefer", "transfer", "occur", "incur", "recur", "equip", "regret",
    "embed", "abet", "rebel", "outfit", "kidnap", "worship", "handicap", "format", "combat",
    "extol", "enrol", "instil", "fulfil", "forbid", "upset", "beset", "outstrip", "unwrap",
}
# British and American forms both in use: cancelled/canceled.
DOUBLE_BOTH = {"cancel", "label", "signal", "travel", "model", "fuel", "quarrel", "level",
               "total", "channel", "counsel", "dial", "equal", "marshal", "shovel"}


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower().replace("...", GAP))


def norm(text: str) -> str:
    return " ".join(tokens(text))


def _double(base: str) -> bool:
    if base in DOUBLE:
        return True
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base)) and len(base) <= 5


def inflect(base: str, irregular: list[str] | None = None) -> list[str]:
    """All forms of a verb: base, 3sg, past/participle, -ing (irregular list replaces past)."""
    b = base.lower()
    if b.endswith(("s", "x", "z", "ch", "sh")):
        s3 = b + "es"
    elif re.search(r"[^aeiou]y$", b):
        s3 = b[:-1] + "ies"
    else:
        s3 = b + "s"
    if b.endswith("ie"):
        ing = b[:-2] + "ying"
    elif b.endswith("e") and not b.endswith(("ee", "ye", "oe")) and len(b) > 2:
        ing = b[:-1] + "ing"
    elif _double(b):
        ing = b + b[-1] + "ing"
    else:
        ing = b + "ing"
    if b.endswith("e"):
        past = [b + "d"]
    elif re.search(r"[^aeiou]y$", b):
        past = [b[:-1] + "ied"]
    elif _double(b):
        past = [b + b[-1] + "ed"]
    else:
        past = [b + "ed"]
    if b in DOUBLE_BOTH:
        past.append(b + "led")
        ing2 = b + "ling"
    else:
        ing2 = None
    forms = [b]
    if irregular is not None:
        irr = [f.lower() for f in irregular]
        forms += irr
        if not any(f.endswith("s") and f != b for f in irr):
            forms.append(s3)
        if not any(f.endswith("ing") for f in irr):
            forms.append(ing)
    else:
        forms += [s3, *past, ing]
        if ing2:
            forms.append(ing2)
    out: list[str] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def load_cameo() -> dict[str, str]:
    codes: dict[str, str] = {}
    with CAMEO_TSV.open(encoding="utf-8") as f:
        rows = (line for line in f if not line.startswith("#"))
        for rec in csv.DictReader(rows, delimiter="\t"):
            codes[rec["cameo"]] = rec["relation"]
    return codes


def known_code(code: str, cameo: dict[str, str]) -> str | None:
    """The code itself if cameo.tsv has it, else its nearest listed ancestor (0256 -> 025)."""
    for end in range(len(code), 1, -1):
        if code[:end] in cameo:
            return code[:end]
    return None


# ---------------------------------------------------------------- CAMEO.2.0.txt reading

def _strip_comment(line: str) -> tuple[str, str]:
    line = re.sub(r"<!--.*?-->", "", line)
    if "#" in line:
        body, comment = line.split("#", 1)
        return body.rstrip(), comment.strip()
    return line.rstrip(), ""


def read_petrarch(path: Path):
    """Yield synsets and blocks: ({name: [phrases]}, [block])."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    cur_syn: str | None = None
    block: dict | None = None
    in_verbs = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        if "VERB PATTERNS" in raw:
            in_verbs = True
            cur_syn = None
            continue
        body, comment = _strip_comment(raw)
        if not body.strip():
            cur_syn = None if not in_verbs else cur_syn
            continue
        if not in_verbs or (body.startswith("&") and block is None):
            if body.startswith("&"):
                cur_syn = body.strip()
                synsets[cur_syn] = []
            elif body.startswith("+") and cur_syn:
                synsets[cur_syn].append(body[1:].strip())
            continue
        if body.startswith("&"):  # synset defined among the verb blocks
            cur_syn = body.strip()
            synsets[cur_syn] = []
            continue
        if body.startswith("+") and cur_syn and block is None:
            synsets[cur_syn].append(body[1:].strip())
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", body)
        if m:
            block = {"name": m.group(1), "code": m.group(2).strip(), "verbs": [],
                     "patterns": []}
            blocks.append(block)
            cur_syn = None
            continue
        if block is None or body.startswith("~"):
            continue
        if body.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", body)
            if pm:
                verb = comment.split()[0] if comment else ""
                block["patterns"].append((pm.group(1), pm.group(2).strip(), verb.upper()))
            continue
        vm = re.match(r"^(\+?)([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", body.strip())
        if vm:
            multi, word, forms, code = vm.groups()
            irregular = None
            if forms is not None:
                irregular = [f.lstrip("+") for f in forms.strip("{}").replace(",", " ").split()]
            block["verbs"].append({
                "word": word, "multi": bool(multi), "irregular": irregular,
                "code": code.strip("[]").strip() if code else None,
            })
    return synsets, blocks


def verb_forms(verb: dict) -> list[str]:
    """Surface forms of a CAMEO verb entry, lowercase with spaces."""
    word = verb["word"].lower()
    if "_" in word:  # multiword verb: inflect the first word, or use the given list
        head, rest = word.split("_", 1)
        rest = rest.replace("_", " ")
        if verb["irregular"] is not None:
            if not verb["irregular"]:  # `{}`: the phrase only as written
                return [word.replace("_", " ")]
            listed = [f.lower().replace("_", " ") for f in verb["irregular"]]
            forms = [f"{head} {rest}", *listed]
            have_ing = any(f.split()[0].endswith("ing") for f in listed)
            have_past = any(f.split()[0].endswith(("ed", "en")) for f in listed)
            extra = [f for f in inflect(head) if (f.endswith("ing") and not have_ing)
                     or (f.endswith("ed") and not have_past) or f.endswith("s")]
            forms += [f"{f} {rest}" for f in extra if f"{f} {rest}" not in forms]
            return list(dict.fromkeys(forms))
        return [f"{f} {rest}" for f in inflect(head)]
    return inflect(word, verb["irregular"])


def expand_element(el: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Surface strings of one pattern element (word, {NP}, synset), None if unusable."""
    words = el.replace("{", " ").replace("}", " ").split()
    options: list[list[str]] = []
    for w in words:
        if w in ("+", "$", "^", "%", "*") or w.startswith("@"):
            continue
        if w.startswith("&"):
            name = w.rstrip("_")
            syn = synsets.get(name) or synsets.get(name + "_")
            if not syn:
                return None
            no_plural = (name + "_") in synsets
            alts = []
            for p in syn:
                p2 = p.replace("_", " ").strip().lower()
                if p.endswith("_") or no_plural:
                    alts.append(p2)
                else:
                    alts += [p2, _plural(p2)]
            options.append(list(dict.fromkeys(alts)))
        elif re.fullmatch(r"[A-Z][A-Z'\-_]*", w):
            options.append([w.replace("_", " ").lower()])
        else:
            return None
    if not options:
        return []
    total = 1
    for o in options:
        total *= len(o)
    if total > MAX_EXPANSION:
        return None
    return [" ".join(c) for c in itertools.product(*options)]


def _plural(phrase: str) -> str:
    w = phrase.split()
    last = w[-1]
    if last.endswith("ss"):
        w[-1] = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        w[-1] = last[:-1] + "ies"
    elif not last.endswith("s"):
        w[-1] = last + "s"
    return " ".join(w)


def pattern_tails(spec: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """The tokens after the verb for a simple `* ...` pattern, None if it needs a parser."""
    spec = spec.strip()
    if not spec.startswith("*") or spec.startswith("**"):
        return None  # words before the verb: subject constraints
    rest = spec[1:].strip()
    rest = re.sub(r"(^|\s)[+$^%](?=\s|$)", " ", rest).strip()
    if not rest:
        return None
    # Split into top-level elements: (...) phrases, {...} noun phrases, words.
    elems = re.findall(r"\([^()]*\)|\{[^{}]*\}|[^\s(){}]+", rest)
    if "".join(elems).replace(" ", "") != rest.replace(" ", ""):
        return None
    if len(elems) > 3 or sum(e.startswith("(") for e in elems) > 1:
        return None
    parts: list[list[str]] = []
    for e in elems:
        inner = e[1:-1] if e.startswith("(") else e
        alts = expand_element(inner, synsets)
        if alts is None:
            return None
        if alts:
            parts.append(alts)
    if not parts:
        return None
    total = 1
    for p in parts:
        total *= len(p)
    if total > MAX_EXPANSION:
        return None
    return [f" {GAP} ".join(c) for c in itertools.product(*parts)]


# ---------------------------------------------------------------- curated file

def read_curated(cameo: dict[str, str]):
    """Curated rows: kind, item, relation, cameo, frame (see the file's header)."""
    entries: list[tuple[str, str, str, str]] = []  # (pattern, relation, code, frame)
    verbs: dict[str, tuple[str, str]] = {}  # one-word active verbs: base -> (relation, code)
    relabel: dict[str, tuple[str, str | None, str | None]] = {}
    drops: set[str] = set()
    dropverbs: set[str] = set()
    with CURATED.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            kind = cols[0]
            if kind == "drop":
                drops.add(norm(cols[1]))
                continue
            if kind == "dropverb":
                dropverbs.add(cols[1].strip().lower())
                continue
            if kind == "relabel":  # relabel HEADWORD RELATION [CODE] [FRAME]
                code = cols[3].strip() if len(cols) > 3 and cols[3].strip() else None
                frame = cols[4].strip() if len(cols) > 4 and cols[4].strip() else None
                relabel[cols[1].strip().lower()] = (cols[2].strip(), code, frame)
                continue
            if len(cols) != 5:
                raise SystemExit(f"{CURATED}:{n}: expected 5 tab-separated columns")
            _, item, rel, code, frame = (c.strip() for c in cols)
            if rel not in LABELS or frame not in FRAMES or code not in cameo:
                raise SystemExit(f"{CURATED}:{n}: bad label, frame or code: {line!r}")
            if kind == "pattern":
                entries.append((norm(item), rel, code, frame))
            elif kind in ("verb", "vphrase"):
                # `verb base {irregular forms} rest of phrase`: inflect the first word.
                m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(.*)$", item)
                assert m, item
                base, irr, tail = m.groups()
                irregular = irr.strip("{}").split() if irr else None
                if kind == "verb" and not tail and frame == "active":
                    verbs[base.lower()] = (rel, code)
                for form in inflect(base, irregular):
                    entries.append((norm(f"{form} {tail}"), rel, code, frame))
            else:
                raise SystemExit(f"{CURATED}:{n}: unknown kind {kind!r}")
    return entries, relabel, drops, dropverbs, verbs


# ---------------------------------------------------------------- transfer verbs x goods

def _tsv(path: Path, lang: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return [r for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["lang"] == lang]


def transfers() -> list[tuple[str, str, str, str, str]]:
    """(pattern, relation, code, frame, source) of English transfer verbs and nouns x goods.

    >>> rows = {r[0]: r for r in transfers()}
    >>> rows["sent … missiles"][1:4], rows["arms sales"][1:4], rows["sent … troops"][1:3]
    (('SUPPLIES', '072', 'active'), ('SUPPLIES', '072', 'noun'), ('MOBILIZES', '154'))
    >>> "sold … food" in rows, rows["approved … sale of fighter jets"][1:4]
    (False, ('SUPPLIES', '072', 'active'))
    >>> rows["bought … missiles"][1:4], "purchase of missiles" in rows
    (('RECEIVES', '072', 'receive'), False)
    """
    goods = _tsv(GOODS, "en")
    out = []
    verbs = _tsv(TRANSFERS, "en")
    for verb in (v for v in verbs if v["forms"] != "approve"):
        m = re.match(r"^(\S+)\s*(\{[^}]*\})?$", verb["verb"].strip())
        assert m, verb
        base, irr = m.groups()
        wanted, _, mode = verb["goods"].partition("/")  # "072/receive": a buyer's verb
        # arms that are one's own forces when sent (traded: "kapal selam") go to weapons' verbs
        taken = [g for g in goods if wanted in ("all", g["cameo"])
                 and not (wanted == "all" and g.get("traded") == "yes")]
        for kind in verb["forms"].split(","):
            words = (inflect(base, irr.strip("{}").split() if irr else None)
                     if kind == "verb" else [base])
            for word in words:
                for good in taken:
                    if kind != "verb" and good["relation"] != "SUPPLIES":
                        continue  # "delivery of troops" is no noun of a deployment
                    pattern, frame = {
                        "verb": (f"{word} {GAP} {good['goods']}", "active"),
                        "noun-of": (f"{word} of {good['goods']}", "noun"),
                        "noun-after": (f"{good['goods']} {word}", "noun"),
                    }[kind]
                    source = (f"transfers ({verb['source']}; {good['source']}): "
                              f"'{base}' ({kind}) with goods '{good['goods']}'")
                    if mode == "receive":  # "bought … missiles from X": X's transfer
                        if kind == "verb":
                            out.append((pattern, "RECEIVES", good["cameo"], "receive", source))
                        continue
                    out.append((pattern, good["relation"], good["cameo"], frame, source))
                    if kind == "noun-of":
                        # "the sale of US weapons", "the shipment of 100 drones": the goods'
                        # owner or number between (the owner sends them: noun.goods_owner)
                        out.append((f"{word} of {GAP} {good['goods']}", good["relation"],
                                    good["cameo"], frame, source + "; a word or few before "
                                    "the goods"))
    nouns = [row for row in out if row[3] == "noun" and GAP not in row[0].split()]
    for verb in (v for v in verbs if v["forms"] == "approve"):
        for word in inflect(verb["verb"]):
            for noun, relation, code, _, noun_source in nouns:
                out.append((f"{word} {GAP} {noun}", relation, code, "active",
                            f"transfers ({verb['source']}): '{verb['verb']}' (approve) with "
                            f"{noun_source.removeprefix('transfers (')}"))
    return out


# ---------------------------------------------------------------- main

def usable(code: str | None, cameo: dict[str, str]) -> str | None:
    if not code or code.startswith("-"):
        return None
    code = code.split(":")[0].strip()
    if not code or not code.isdigit():
        return None
    if code.startswith("01") and code != "016":
        return None
    k = known_code(code, cameo)
    if k is None or not cameo.get(k):
        return None
    return k


def derive(shared_data: Path) -> list[tuple[str, str, str, str, str, str]]:
    cameo = load_cameo()
    synsets, blocks = read_petrarch(shared_data / "petrarch2/CAMEO.2.0.txt")
    curated, relabel, drops, dropverbs, curated_verbs = read_curated(cameo)
    generic = GENERIC | dropverbs
    table: dict[str, tuple[str, str, str, str]] = {}

    def add(pattern: str, rel: str, code: str, frame: str, source: str, force=False):
        pattern = norm(pattern)
        if not pattern or pattern in drops or rel not in LABELS:
            return
        if pattern.split()[0] == GAP or pattern.split()[-1] == GAP:
            return
        if force or pattern not in table:
            table[pattern] = (rel, code, frame, source)

    bare_codes: dict[str, str] = {}
    bases: dict[str, tuple[str, str]] = {}  # one-word active verbs: base -> (relation, code)
    # Bare verbs first, so a block's code is the one kept for the bare form.
    for block in blocks:
        for verb in block["verbs"]:
            head = verb["word"].lower()
            code = usable(verb["code"] or block["code"], cameo)
            label = cameo.get(code or "", "")
            rel_override = relabel.get(head)
            if rel_override:
                label = rel_override[0]
                code = rel_override[1] or code
            if not code or head in generic or (head.split("_")[0] in generic and not verb["multi"]):
                continue
            frame = (rel_override[2] if rel_override and rel_override[2] else
                     "receive" if label == "RECEIVES" or code in HOSTING else "active")
            bare_codes[head] = code
            if frame == "active" and "_" not in head and label in LABELS - {"NONE"}:
                bases.setdefault(head, (label, code))
            for form in verb_forms(verb):
                add(form, label, code, frame, f"CAMEO.2.0 verb {head.upper()} ({code})")
    # Phrase patterns, only for the verb named in the pattern's comment.
    for block in blocks:
        by_word = {v["word"]: v for v in block["verbs"]}
        for spec, pcode, verbname in block["patterns"]:
            code = usable(pcode, cameo)
            if not code:
                continue
            verbs = [by_word[verbname]] if verbname in by_word else []
            tails = pattern_tails(spec, synsets)
            if not verbs or not tails:
                continue
            verb = verbs[0]
            head = verb["word"].lower()
            label = cameo[code]
            if head in relabel and code == bare_codes.get(head):
                label = relabel[head][0]
            if bare_codes.get(head) == code and cameo.get(code) == label:
                continue  # the bare verb already says it
            for form in verb_forms(verb):
                for tail in tails:
                    add(f"{form} {GAP} {tail}" if not re.fullmatch(
                        r"(up|down|out|off|back|in|on|to|over|away|forward|against|for|with)"
                        r"( .*)?", tail) else f"{form} {tail}",
                        label, code, "receive" if code in HOSTING else "active",
                        f"CAMEO.2.0 pattern of {head.upper()} ({code})")
    for pattern, rel, code, frame, source in transfers():
        add(pattern, rel, code, frame, source)
    for pattern, rel, code, source in nominalizations(bases | curated_verbs,
                                                      shared_data / "ud/en"):
        add(pattern, rel, code, "noun", source)
    for pattern, rel, code, frame in curated:
        add(pattern, rel, code, frame, "curated (tools/curated_relations_en.tsv)", force=True)
    rows = [("en", p, rel, code, frame, source)
            for p, (rel, code, frame, source) in table.items()]
    rows.sort(key=lambda r: (r[3], r[1]))
    return rows


HEADER = """\
# English relation lexicon: token patterns -> relation label, CAMEO code, frame, source.
# pattern: lowercase tokens (regex [\\w][\\w'’-]*|[^\\w\\s]) separated by single spaces,
#   matched as a contiguous sequence; `…` is a gap of 0-5 tokens inside one clause.
# frame: active (source before, target after; the extractor handles English passives),
#   noun (nominal: source before/possessor, target after), receive (source receives from
#   target), agent.
# Sources: verb blocks and phrase patterns of PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2,
#   MIT, Copyright (c) 2015 Open Event Data Alliance); relation labels from cameo.tsv;
#   curated additions and corrections: geopolgraph authors (tools/curated_relations_en.tsv);
#   transfer verbs x goods ("sent … missiles", "arms sales"): tools/transfer_verbs.tsv and
#   tools/transfer_goods.tsv (CAMEO 2.0 07x patterns and synsets, MIT); event nouns of those
#   verbs ("condemnation", "cooperation"), noun frame, kept where UD_English-EWT train/dev
#   (CC BY-SA 4.0) has them as nouns (tools/nominalize_en.py).
# Regenerate: .venv/bin/python tools/derive_relations_en.py ../shared/data
# Do not edit by hand.
"""


def main(shared_data: Path) -> None:
    rows = derive(shared_data)
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       escapechar=None)
        w.writerow(["lang", "pattern", "relation", "cameo", "frame", "source"])
        w.writerows(rows)
    print(f"{len(rows)} patterns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/data"))
