"""Language specifics of the extractor: function words (``grammar_<lang>.json``) and morphology.

:class:`Language` holds the word lists every rule reads, as sets and token-tuple phrases; each
supported language subclasses it in ``lang/<xx>/`` with what only that language does (Indonesian
``di-`` passives and ``-nya`` clitics, English participles and possessive ``'s``).
:func:`language` builds one per lexicon and language, once.

>>> from geopolgraph.loaders.lexicons import load_lexicon
>>> lang = language(load_lexicon(), "id")
>>> type(lang).__name__, "oleh" in lang.passive_agent, lang.is_passive_verb("diserang")
('Indonesian', True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from babel import Locale

from geopolgraph.loaders.extract import rules
from geopolgraph.loaders.lexicons import Lexicon
from geopolgraph.loaders.text import Token

if TYPE_CHECKING:
    from geopolgraph.loaders.extract.cues import Cue
    from geopolgraph.loaders.extract.parse import Parse
    from geopolgraph.loaders.mentions import Mention

__all__ = ["Language", "language", "phrases"]


def phrases(words: Iterable[str]) -> list[tuple[str, ...]]:
    """Word lists as token tuples, longest first.

    >>> phrases(["refused to", "not"])
    [('refused', 'to'), ('not',)]
    """
    return sorted((tuple(w.lower().split()) for w in words), key=len, reverse=True)


TITLE_AFTER_OWNER = rules.register(
    "lang.title_after_owner", "'a Chinese foreign ministry spokesman': where a compound's head "
    "comes last, a person's title right after the body or state it acts for names one person")

#: the title kinds (titles.jsonl) that name one person
_PERSON_TITLES = frozenset({"head_of_state", "head_of_government", "deputy_head", "minister",
                            "spokesperson", "diplomat", "official", "leader", "igo_official"})

class Language:
    """The grammar_<lang>.json word lists as sets and phrase lists, plus morphology hooks."""

    code = "en"
    #: an agent may follow a passive verb without a marker ("diserang Israel")
    bare_passive_agent = False
    #: a finite passive has a passive auxiliary ("was attacked"): a verb with an object and no
    #: such auxiliary is active whatever the parse labels its subject (Indonesian di- verbs have
    #: none)
    passive_needs_auxiliary = True
    #: "US sanctions on Russia", "China's support": an actor right before a noun is its agent
    prenominal_agent = False
    #: "warplanes supported by Russia": a participle right after a noun may be a relative
    #: clause without a relative pronoun (Indonesian needs "yang": "Rusia dituduh AS …" is a
    #: main clause whatever the parse says)
    reduced_relatives = True
    #: "kesepakatan tarif": a noun cue right after another noun cue only modifies it
    head_first_compounds = False
    #: "support", "attack", "visit": a verb cue's word is also a noun, so the parse decides
    verbs_double_as_nouns = False
    #: prepositions that mark a noun's owner, not its object ("the prime ministers of Ethiopia")
    genitive_preps: frozenset[str] = frozenset()
    #: a noun may carry its owner as a clitic ("pasukannya": its troops; :meth:`owned_form`)
    owner_clitics = False

    def __init__(self, lex: Lexicon, lang: str) -> None:
        g = lex.grammar.get(lang) or lex.grammar.get("en", {})
        self.lang = lang
        self.speech_after = frozenset(g.get("speech_after", ()))
        self.speech_verbs = frozenset(g.get("speech_verbs", ()))
        self.attribution = phrases(g.get("attribution", ()))
        self.attribution_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.attribution:
            self.attribution_by_first.setdefault(phrase[0], []).append(phrase)
        self.negators = frozenset(g.get("negators", ()))
        self.negator_phrases = phrases(g.get("negators", ()))
        # by last word, longest first: the negation scan looks words up, not phrases
        self.negators_ending: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.negator_phrases:
            self.negators_ending.setdefault(phrase[-1], []).append(phrase)
        self.adjacent_negators = frozenset(phrases(g.get("adjacent_negators", ())))
        self.copulas = frozenset(g.get("copulas", ()))
        self.source_preps = frozenset(g.get("source_preps", ()))
        self.neg_breakers = frozenset(g.get("negation_breakers", ()))
        #: coordinators of alternatives, over which a negation distributes ("not X or Y")
        self.disjunctions = frozenset(g.get("disjunctions", ()))
        self.planned = frozenset(g.get("planned", ()))
        self.planned_phrases = phrases(g.get("planned", ()))
        #: the words of those phrases, and the words that end one ("plans to", "will"): what may
        #: stand between a subject and the verb it plans
        self.planned_words = frozenset(w for ph in self.planned_phrases for w in ph)
        self.planned_ends = frozenset(ph[-1] for ph in self.planned_phrases)
        # auxiliaries and adverbs between a negator and its verb ("tidak akan", "not yet")
        self.skip_before_cue = frozenset(g.get("skip_before_cue", ()))
        #: words of a time phrase between a subject and its verb ("Japan on Friday lifted")
        self.time_words = frozenset(g.get("time_words", ()))
        #: phrases opening a comma-enclosed phrase of who acts with the subject ("along with")
        self.comitatives = phrases(g.get("comitatives", ()))
        #: verbs whose source phrase names the doer of their subject ("datang dari")
        self.origin_verbs = frozenset(g.get("origin_verbs", ()))
        #: intransitive verbs of arriving, whose place is where their subject went
        self.arrival_verbs = frozenset(g.get("arrival_verbs", ()))
        #: words opening a clause whose verb has no subject of its own ("usai bertemu Xi")
        self.subordinators = frozenset(g.get("subordinators", ()))
        #: nouns of asking or offering, whose clause names the act asked for ("calls to withdraw")
        self.request_nouns = frozenset(g.get("request_nouns", ()))
        #: those of asking, whose act is asked of somebody else ("demand", not "offer")
        self.asking_nouns = frozenset(g.get("asking_nouns", ()))
        #: prepositions naming whom a request asks ("an appeal to Israel to stop …")
        self.addressee_preps = frozenset(g.get("addressee_preps", ()))
        #: passive verbs of expelling whose from-phrase names who expels ("diusir dari Jerman")
        self.removal_verbs = frozenset(g.get("removal_verbs", ()))
        #: prepositions of where someone is sent ("dideportasi … ke Rusia")
        self.destination_preps = frozenset(g.get("destination_preps", ()))
        #: prepositions that alone make a clause's predicate, a destination ("Prabowo ke China")
        self.goal_preps = frozenset(g.get("goal_preps", ()))
        #: the verb such a clause leaves out, as the lexicon has it ("mengunjungi")
        self.goal_verb = str(g.get("goal_verb", ""))
        #: the kinds of actor such a clause's subject may be ("Blinken in Beijing": persons)
        self.goal_travellers = frozenset(g.get("goal_travellers", ()))
        #: verbs of retaliating, whose cue is aimed at the doer of the act it answers
        self.retaliation_verbs = frozenset(g.get("retaliation_verbs", ()))
        #: "welcomed", "menyambut": an object naming an act back is aimed at its doer
        self.welcoming_verbs = frozenset(g.get("welcoming_verbs", ()))
        #: "targeting", "menyasar": in a clause on an act's noun, whom the act is aimed at
        self.aiming_verbs = frozenset(g.get("aiming_verbs", ()))
        #: indefinite articles opening an apposition that may hold a relative clause without
        #: its pronoun ("…, a charge Manila rejected"; English only)
        self.appositive_articles = frozenset(g.get("appositive_articles", ()))
        #: the relations whose cue answers what was said to its subject (relations.tsv answers)
        self.answering = frozenset(r for r, pr in lex.relation_props.items() if pr.answers)
        #: the relations of an act of saying (relations.tsv said: "kritik", "the request")
        self.said_relations = frozenset(r for r, pr in lex.relation_props.items() if pr.said)
        #: the dual references that name two sides, not two persons ("kedua negara")
        self.dual_sides = phrases(g.get("dual_sides", ()))
        #: nouns of a pact both sides make ("a deal brokered by China")
        self.pact_nouns = frozenset(g.get("pact_nouns", ()))
        #: the relations done by both sides alike (relations.tsv reciprocal)
        self.reciprocal = frozenset(r for r, pr in lex.relation_props.items() if pr.reciprocal)
        #: the words that head a time phrase ("on Monday", "pada Senin", "21-23 Agustus"): the
        #: CLDR wide month and day names of the language (Babel) and grammar time_words
        self.time_nouns = time_nouns(lang) | frozenset(g.get("time_words", ()))
        #: adverbs of manner right after a verb ("mengecam keras"), which a parse may read as
        #: the head of the object's phrase
        self.manner_adverbs = frozenset(g.get("manner_adverbs", ()))
        #: two-word nouns whose second word is also a preposition ("kerja sama")
        self.preposition_compounds = frozenset(
            tuple(w.split()) for w in g.get("preposition_compounds", ()) if len(w.split()) == 2)
        self.peacekeeping = tuple(g.get("peacekeeping", ()))
        # prefixes a hyphen keeps joined for the parser ("non-state"), as its treebank has them
        self.hyphen_prefixes = frozenset(g.get("hyphen_prefixes", ()))
        self.reported = frozenset(g.get("reported", ()))
        self.passive_agent = frozenset(g.get("passive_agent", ()))
        self.be_verbs = frozenset(g.get("be_verbs", ()))
        self.target_preps = frozenset(g.get("target_preps", ()))
        self.coordinators = frozenset(g.get("coordinators", ()))
        self.purpose = frozenset(g.get("purpose", ()))
        # "accused X of deporting …": a gerund clause these open is done by the verb's object
        self.object_control_marks = frozenset(g.get("object_control_marks", ()))
        # "Russia accused of …": participles whose active use puts the object before the mark
        self.object_first_participles = frozenset(g.get("object_first_participles", ()))
        # "sanctioned X over its support for Y": prepositions giving the reason for an act
        self.cause_preps = frozenset(g.get("cause_preps", ()))
        # "memprotes China terkait serangan": prepositions the parse may read as verbs
        self.verbal_preps = frozenset(g.get("verbal_preps", ()))
        self.addition_preps = frozenset(g.get("addition_preps", ()))
        self.approving_verbs = frozenset(g.get("approving_verbs", ()))
        #: "sought a ceasefire": verbs of seeking or wishing for an act not yet done
        self.seeking_verbs = frozenset(g.get("seeking_verbs", ()))
        #: "vowed", "berjanji": words of promising, made to somebody, not with each other
        self.promise_words = frozenset(g.get("promise_words", ()))
        self.relative_owners = frozenset(g.get("relative_owners", ()))
        self.group_pronouns = phrases(g.get("group_pronouns", ()))
        self.speaker_pronouns = frozenset(g.get("speaker_pronouns", ()))
        self.person_pronouns = frozenset(g.get("person_pronouns", ()))
        #: "him", "her": a person as a verb's object (references.object_person)
        self.object_pronouns = frozenset(g.get("object_pronouns", ()))
        #: "it" for a state, body or group named before, as a verb's subject
        self.state_pronouns = frozenset(g.get("state_pronouns", ()))
        #: words after such a pronoun that make it no reference ("it is", "when it comes to")
        self.state_pronoun_breakers = frozenset(g.get("state_pronoun_breakers", ()))
        self.anaphors = phrases(g.get("anaphors", ()))
        self.clause_breaks = frozenset(g.get("clause_breaks", ()))
        # nouns naming an act both sides do whatever its relation ("perang dagang", "trade war")
        self.mutual_patterns = frozenset(g.get("mutual_patterns", ()))
        # "together", "sama": a cue with one is done with each other
        self.mutual_adverbs = frozenset(g.get("mutual_adverbs", ()))
        # people aid goes to, standing for the place they are in ("korban banjir di Pakistan")
        self.recipient_nouns = frozenset(g.get("recipient_nouns", ()))
        # goods a measure falls on, standing for where they come from ("goods from the EU")
        self.origin_nouns = frozenset(g.get("origin_nouns", ()))
        #: prepositions by which a goods word names the kind of goods ("imports of rice")
        self.goods_kind_preps = frozenset(g.get("goods_kind_preps", ()))
        #: words by which a show of force is drills ("latihan", "drills")
        self.drill_words = frozenset(g.get("drill_words", ()))
        self.locative = frozenset(g.get("locative", ()))
        # "welcomed Anthony Albanese": greeting a person is hosting their visit
        self.hosting_verbs = frozenset(g.get("hosting_verbs", ()))
        self.dual_pronouns = phrases(g.get("dual_pronouns", ()))
        # "saling", "each other": the coordinated subject acts on each other
        self.reciprocal_markers = phrases(g.get("reciprocal_markers", ()))
        # "its government": a possessive whose title noun acts for whom it refers to
        self.owner_pronouns = frozenset(g.get("owner_pronouns", ()))
        # "negaranya": a noun whose clitic owner it stands for ("his/its country")
        self.owner_nouns = frozenset(g.get("owner_nouns", ()))
        # "X said it would …": a subject pronoun of a reported clause standing for the reporter
        self.clause_pronouns = frozenset(g.get("clause_pronouns", ()))
        # "suppliers, including the US", "such as": what opens members of a plural noun (the
        # parse labels a phrase's first word its case: "such" of "such as")
        self.inclusive_preps = frozenset(w.split()[0] for w in g.get("inclusive_preps", ()))
        # "a coalition led by X": a body acts as whoever leads it
        self.leading_participles = frozenset(g.get("leading_participles", ()))
        #: "a US-owned ship": the participles by which a thing is a state's (syntax.owned_thing)
        self.owner_participles = frozenset(g.get("owner_participles", ()))
        #: "responded to", "menanggapi": what they govern is another's act (noun.reaction_verb)
        self.reaction_verbs = frozenset(g.get("reaction_verbs", ()))
        #: "near Taiwan", "di sekitar Taiwan": words placing an act near what it is aimed at,
        #: and the frontiers that stand for their state ("the border with Ukraine")
        self.near_preps = frozenset(g.get("near_preps", ()))
        self.frontier_nouns = frozenset(g.get("frontier_nouns", ()))
        self.area_nouns = frozenset(g.get("area_nouns", ()))
        self.call_verbs = frozenset(g.get("call_verbs", ()))
        self.taking_verbs = frozenset(g.get("taking_verbs", ()))
        #: "if", "jika": conjunctions opening a hypothetical clause (cue.conditional)
        self.conditionals = frozenset(g.get("conditionals", ()))
        #: articles that may open an item of a list of actors ("Israel, the US and Britain")
        self.item_articles = frozenset(g.get("item_articles", ()))
        #: verbs by which a clause on a noun cue names its doer ("the sanctions the EU imposed")
        self.doing_verbs = frozenset(g.get("doing_verbs", ()))
        #: "joined", "bergabung": verbs of joining, a partnership only with a body joined
        self.joining_verbs = frozenset(g.get("joining_verbs", ()))
        # "withdrew from X": a verb of leaving whose "from" phrase is its target
        self.departure_verbs = frozenset(g.get("departure_verbs", ()))
        # "peluncuran tersebut", "this move", "the launch": an act named before
        self.demonstratives = frozenset(g.get("demonstratives", ()))
        self.event_articles = frozenset(g.get("event_articles", ()))
        self.event_nouns = frozenset(g.get("event_nouns", ()))
        #: "…, a move condemned by Norway": nouns naming the act of the clause they are beside,
        #: and the prepositions of "in a move that …" (syntax.clause_act)
        self.clause_nouns = frozenset(g.get("clause_nouns", ()))
        self.clause_noun_preps = frozenset(g.get("clause_noun_preps", ()))
        #: "Iran, a key backer of Hamas": nouns naming their act's doer, and the prepositions of
        #: whom they are of ("pemasok utama bagi Israel"; noun.role)
        self.role_preps = frozenset(g.get("role_preps", ()))
        self.role_nouns = frozenset(g.get("role_nouns", ()))
        #: "keprihatinan mendalam atas …": intensifiers right after a noun (parse.intensifier)
        self.intensifiers = frozenset(g.get("intensifiers", ()))
        #: "with the help of the US": prepositions of a means phrase (noun.means_helper)
        self.means_preps = frozenset(g.get("means_preps", ()))
        #: "pelanggaran kedaulatan Yaman": nouns of what an actor has, whose bare name after
        #: them is their owner, not the act noun's (syntax.possession_owner)
        self.possession_nouns = frozenset(g.get("possession_nouns", ()))
        #: "while", "sementara": conjunctions of a contrasting clause (frame.break_clause)
        self.contrast_marks = frozenset(g.get("contrast_marks", ()))
        # "negara tersebut", "the country", "the group": the last actor of a kind named
        self.kind_anaphors = {
            phrase: kind
            for kind, words in g.get("kind_anaphors", {}).items()
            for phrase in phrases(words)
        }
        self.kind_phrases = sorted(self.kind_anaphors, key=len, reverse=True)
        #: titles of officials and bodies that act for an actor ("pemerintah", "menteri luar
        #: negeri", "foreign ministry"), as lower-case word tuples
        self.titles = frozenset(lex.titles.get(lang, {}))
        #: the titles that name one person ("PM", "Duta Besar"), not a body ("Kemlu")
        self.person_titles = frozenset(
            words for words, kind in lex.titles.get(lang, {}).items() if kind in _PERSON_TITLES)
        self.reflexives = frozenset(g.get("reflexives", ()))
        self.relative = frozenset(g.get("relative", ()))
        self.narrow_preps = frozenset(g.get("narrow_preps", ()))
        #: what a talk is about ("talks on X"), not whom it is with
        self.topic_preps = frozenset(g.get("topic_preps", ()))
        #: what was said ("tuduhan bahwa …", "accusations that …"), wherever the parse hangs it
        self.content_marks = frozenset(g.get("content_marks", ()))
        self.subject_pronouns = frozenset(g.get("subject_pronouns", ()))
        #: the field an act is in ("kerja sama di bidang pertahanan antara …")
        self.field_nouns = frozenset(g.get("field_nouns", ()))
        #: a light verb whose subject gets the noun's act ("received support from X")
        self.receiving_verbs = frozenset(g.get("receiving_verbs", ()))
        #: their passive forms where they differ ("diterima"): the agent is who receives
        self.receiving_passives = frozenset(g.get("receiving_passives", ())) | self.receiving_verbs
        self.between = frozenset(g.get("between", ()))
        self.victim_markers = frozenset(g.get("victim_markers", ()))
        #: "tewas", "died": an act in the verb's oblique hit its subject (rule noun.casualties)
        self.casualty_verbs = frozenset(g.get("casualty_verbs", ()))
        #: "during", "dalam": a fronted phrase's owner pronoun refers ahead (rule ref.cataphor)
        self.fronting_openers = frozenset(g.get("fronting_openers", ()))
        #: "discussed", "membahas": the object is the topic; "with": a partner (frame.topic_object)
        self.topic_verbs = frozenset(g.get("topic_verbs", ()))
        self.partner_preps = frozenset(g.get("partner_preps", ()))
        #: "decision", "rencana": its owner does the verb after it (rule active.plan_owner)
        self.plan_nouns = frozenset(g.get("plan_nouns", ()))
        #: a place inside one state -> that state, which it stands for as a destination
        #: ("bantuan ke Gaza": PSE; places.jsonl's "state")
        self.place_states = {a.id: a.country for a in lex.actors.values()
                             if a.kind == "place" and a.country}
        # the function words a title-case headline keeps in lower case ("ke", "di", "of")
        self.title_lowercase = frozenset(g.get("title_case_lowercase", ()))

    def is_person(self, mention: Mention, words: list[str]) -> bool:
        """Whether ``mention`` names one person: a person, or a person's title with the state
        it acts for ("PM Malaysia", "the Vietnamese president"; ``words``: the sentence's
        lower-case words)."""
        if mention.kind == "person" or any(
                tuple(words[k:k + n]) in self.person_titles
                for k in range(mention.start, mention.end) for n in range(1, 4)
                if k + n <= mention.end):
            return True
        # "a Chinese foreign ministry spokesman": the compound's head is the title
        return not self.head_first_compounds and rules.on(TITLE_AFTER_OWNER) and any(
            tuple(words[mention.end:mention.end + n]) in self.person_titles for n in range(1, 4))

    def persons_only(self, mentions: tuple[Mention, ...] | list[Mention],
                     words: list[str]) -> bool:
        """Whether ``mentions`` name persons, and only persons (:meth:`is_person`): a guest
        received or hosted, not a state or a thing of theirs."""
        return bool(mentions) and all(self.is_person(m, words) for m in mentions)

    def is_mutual(self, pattern: str) -> bool:
        """Whether a cue pattern names an act both sides do: a mutual noun, alone or ending
        the pattern ("perang dagang", "agreed to … ceasefire").

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = language(load_lexicon(), "en")
        >>> lang.is_mutual("agreed to … ceasefire"), lang.is_mutual("attacked")
        (True, False)
        """
        return pattern in self.mutual_patterns or any(
            pattern.endswith(" " + m) for m in self.mutual_patterns
        )

    def is_passive_verb(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a passive verb form."""
        return False

    def is_bare_root(self, word: str) -> bool:
        """Whether ``word`` is a lower-case word without verbal affixes ("coba" in "uji
        coba"; Indonesian only)."""
        return False

    def clitic_stem(self, word: str) -> str:
        """The word a clitic is attached to ("mengkritiknya": "mengkritik"), else ""."""
        return ""

    def owned_form(self, word: str, stem: str) -> bool:
        """Whether ``word`` is ``stem`` with an owner clitic ("pasukannya": "pasukan")."""
        return False

    def has_clitic(self, words: set[str]) -> bool:
        """Whether a word carries a clitic that is a reference ("menyambutnya")."""
        return False

    def owner_clitic(self, word: str) -> bool:
        """Whether the noun ``word`` may carry its owner as a clitic ("kapalnya": its ship),
        the treebanks not keeping it whole ("sebelumnya")."""
        return False

    def parser_tokens(self, tokens: list[Token]) -> tuple[list[Token], list[int]]:
        """The words the parser reads and the token each comes from (Indonesian splits
        "-nya" clitics, see :mod:`..clitics`)."""
        return tokens, list(range(len(tokens)))

    def headline_verb(self, word: str) -> str:
        """The verb form the parser knows for a headline's bare verb (lower case), else ""
        (Indonesian headlines drop meN-: "kirim" for "mengirim")."""
        return ""

    def cancels(self, words: list[str]) -> bool:
        """Whether ``words`` (lower case) open with a negator that is a verb of its subject
        when passive ("postponed", "called off"): grammar ``negators``.

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> lang = language(load_lexicon(), "en")
        >>> lang.cancels(["called", "off", "."]), lang.cancels(["held", "."])
        (True, False)
        """
        return any(tuple(words[: len(ph)]) == ph for ph in self.negator_phrases)

    def headline_subject_verb(self, word: str) -> str:
        """A verb the parser knows, to read in place of a headline's bare word that stands
        between its subject and a noun cue and that the lexicon knows no verb form of, else ""
        (Indonesian only: "AS Perketat Sanksi terhadap Iran")."""
        return ""

    def headline_kan_verb(self, word: str) -> str:
        """The verb form the parser knows for a headline's bare verb that is no cue (lower
        case), else "" (Indonesian only)."""
        return ""

    def reads_as_verb(self, parsed: Parse, i: int, first: Parse | None = None,
                      word: str = "") -> bool:
        """Whether word ``i`` of ``parsed`` reads as a verb (a re-parse with a proxy verb is
        kept only where every proxy does; see ``proxied_words``); ``first`` is the parse
        before the proxy, ``word`` the word the proxy stands for."""
        return True

    def proxied_words(self, words: list[Token], origin: list[int], first: Parse,
                      cues: list[Cue]) -> list[Token] | None:
        """The parser's words with each cue verb it read as no verb in ``first`` replaced by
        a verb it knows, else None (the cue keeps its relation; only the parse changes)."""
        return None

    def is_participle(self, word: str) -> bool:
        """Whether ``word`` looks like a past participle ("shot", "attacked")."""
        return False

    def is_gerund(self, word: str) -> bool:
        """Whether ``word`` is an -ing form heading a participial clause."""
        return False

    def is_manner_adverb(self, word: str) -> bool:
        """Whether the word (as written) is an adverb of manner that may stand between a verb
        and its preposition ("work closely with"): grammar ``manner_adverbs``.

        >>> from geopolgraph.loaders.lexicons import load_lexicon
        >>> language(load_lexicon(), "id").is_manner_adverb("keras")
        True
        """
        return word.lower() in self.manner_adverbs

    def is_derived_noun(self, word: str) -> bool:
        """Whether ``word`` (lower case) has the form of a noun derived from a verb, which no
        verb has ("tuduhan", "kecaman"; Indonesian only)."""
        return False


def language(lex: Lexicon, lang: str) -> Language:
    """The :class:`Language` of ``lang`` for ``lex`` (built once per lexicon)."""
    key = ("language", lang)
    if key not in lex.derived:
        from geopolgraph.loaders.extract.lang.en import English
        from geopolgraph.loaders.extract.lang.id import Indonesian

        cls = {"id": Indonesian, "en": English}.get(lang, English)
        lex.derived[key] = cls(lex, lang)
    found: Language = lex.derived[key]
    return found


def time_nouns(lang: str) -> frozenset[str]:
    """The CLDR wide month and day names of ``lang``, lower case (Babel ships CLDR).

    >>> sorted(time_nouns("id"))[:3], "senin" in time_nouns("id"), "monday" in time_nouns("en")
    (['agustus', 'april', 'desember'], True, True)
    """
    locale = Locale.parse(lang)
    return frozenset(
        name.lower() for table in (locale.months, locale.days)
        for context in ("format", "stand-alone") for name in table[context]["wide"].values())
