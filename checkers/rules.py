"""What the concepts of a message mean together: the rules that turn them into findings.

The rules are data (``checkers/lexicon/rules.toml``, its header explains the syntax): a finding
code and the combinations of concepts that give it. Single red flags ("an OTP request": an OTP
and a request in one sentence, not negated) come first; scam families ("a job scam": a job
offer, easy pay and a stranger to contact on a chat app) are combinations of concepts and red
flags found anywhere in the message. Adding a synonym to a concept's lexicon serves every rule
that names the concept, in every language.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from checkers.concepts import CLAUSE_BREAK, Hit

NEGATION: Final = "negation"
CONTRAST: Final = "contrast"
"""A negation that sets its clause against the one before ("from the App Store only, not from
any link", "bukan melalui pautan"): it governs both."""
WARNING: Final = "warning"
"""Words that warn ("beware", "be careful", 小心, waspada, ஜாக்கிரதை, "is a scam"): a negation of
their sentence, whatever clause they stand in ("...叫买礼品卡，你公司啲人都要小心啲呀")."""
CLAUSE_FINAL: Final = frozenset({"ta"})
"""Languages whose contrast closes its clause rather than opening it ("கோயில் அலுவலகத்தில்
மட்டும் செலுத்தவும், யாருடைய account-க்கும் அல்ல": "pay at the temple office only, into
no one's account"): set against the clause before wherever it stands in its own."""
CONDITION: Final = "condition"
"""Words that open a condition ("if anyone asks", "kalau", 如果): a negation in the clause after
it governs it too ("if anyone asks for your OTP, don't give it")."""
TURN: Final = "own_turn"
"""Words that open the speaker's own turn in a clause of its own ("..., can you", "，你先",
"..., awak kena", "..., நீங்க"): after a clause break, they end the clause a retelling reports."""
JOINED_TURN: Final = "own_turn_so"
"""The same joined to the report by a connective ("so you", 所以你, jadi awak, அதனால நீங்க): they
end the reported clause without a clause break before them."""
CANCEL_PREFIX: Final = "not_"
"""A concept ``not_X`` found over a hit of ``X`` cancels it ("don't worry" is no negation)."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """One of the names must be found (or, when ``absent``, none of them)."""

    names: frozenset[str]
    absent: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A finding code and the combinations of concepts that give it."""

    code: str
    alternatives: tuple[tuple[Requirement, ...], ...]
    within_sentence: bool = False
    anywhere: frozenset[int] = frozenset()
    """Alternatives (by index) judged over the whole message even in a sentence rule."""

    @property
    def anchor(self) -> frozenset[str]:
        """Names one of which any message that satisfies the rule holds (a quick test)."""
        return frozenset(
            name
            for alternative in self.alternatives
            for name in next(r.names for r in alternative if not r.absent)
        )

    @property
    def names(self) -> frozenset[str]:
        """Every concept or code the rule mentions."""
        return frozenset(n for alt in self.alternatives for req in alt for n in req.names)


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that holds for a message, and the part of the message it quotes."""

    code: str
    start: int
    end: int


class RuleError(ValueError):
    """A rules file that cannot be read (the message names the rule)."""


def parse_requirement(text: str) -> Requirement:
    """``a|b`` (one of them found) or ``!a`` (not found)."""
    text = text.strip()
    absent = text.startswith("!")
    names = frozenset(n.strip() for n in text.lstrip("!").split("|") if n.strip())
    if not names:
        raise RuleError(f"empty requirement in {text!r}")
    return Requirement(names, absent)


@dataclass(frozen=True, slots=True)
class Rulebook:
    """The rules in their order, and the concepts a negation cancels."""

    rules: tuple[Rule, ...]
    negatable: frozenset[str] = frozenset()
    quoting: frozenset[str] = frozenset()
    excuses: frozenset[str] = frozenset()
    doubting: frozenset[str] = frozenset()
    retelling: frozenset[str] = frozenset()
    anchors: tuple[frozenset[str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchors", tuple(rule.anchor for rule in self.rules))

    def asks(self, hit: Hit, hits: Sequence[Hit]) -> bool:
        """Whether a retelling hit ("got this sms") is the reader's question, not a warning.

        A reader who asks whether the message is real ("got this sms, legit anot?") retells it
        to have it judged: his retelling describes nothing.
        """
        return hit.concept in self.retelling and any(h.concept in self.doubting for h in hits)


_MESSAGE_SCOPE: Final = "message:"


def parse_rules(text: str) -> Rulebook:
    """The rules of a TOML rules file, in its order.

    Raises:
        RuleError: a rule without alternatives, with an unknown key, or an unknown ``within``;
            a concept listed twice in one of the lists.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(str(exc)) from None
    negatable = data.pop("negatable", [])
    quoting = data.pop("quoting", [])
    excuses = data.pop("excuses", [])
    doubting = data.pop("doubting", [])
    retelling = data.pop("retelling", [])
    lists = (negatable, quoting, excuses, doubting, retelling)
    if not all(isinstance(names, list) for names in lists):
        raise RuleError(
            "'negatable', 'quoting', 'excuses', 'doubting' and 'retelling' must list concepts"
        )
    # rules.toml is merged line by line (union), which can keep two versions of one line.
    keys = ("negatable", "quoting", "excuses", "doubting", "retelling")
    for key, names in zip(keys, lists, strict=True):
        twice = sorted({str(n) for n in names if names.count(n) > 1})
        if twice:
            raise RuleError(f"'{key}' lists {', '.join(twice)} twice")
    rules: list[Rule] = []
    for code, table in data.items():
        if not isinstance(table, dict):
            raise RuleError(f"{code}: a rule is a table")
        unknown = set(table) - {"when", "within"}
        if unknown:
            raise RuleError(f"{code}: unknown keys {sorted(unknown)}")
        when = table.get("when")
        if not when or not isinstance(when, list):
            raise RuleError(f"{code}: 'when' must list at least one alternative")
        within = table.get("within", "message")
        if within not in ("message", "sentence"):
            raise RuleError(f"{code}: 'within' must be 'message' or 'sentence'")
        # "message: a & b" in a sentence rule: that alternative may span sentences.
        texts = [str(alt).lstrip() for alt in when]
        anywhere = frozenset(i for i, alt in enumerate(texts) if alt.startswith(_MESSAGE_SCOPE))
        alternatives = tuple(
            tuple(parse_requirement(part) for part in alt.removeprefix(_MESSAGE_SCOPE).split("&"))
            for alt in texts
        )
        if any(all(req.absent for req in alt) for alt in alternatives):
            raise RuleError(f"{code}: an alternative needs something present")
        rules.append(Rule(code, alternatives, within == "sentence", anywhere))
    return Rulebook(
        tuple(rules),
        frozenset(str(n) for n in negatable),
        frozenset(str(n) for n in quoting),
        frozenset(str(n) for n in excuses),
        frozenset(str(n) for n in doubting),
        frozenset(str(n) for n in retelling),
    )


@lru_cache(maxsize=1)
def shipped_rules() -> Rulebook:
    """The rules shipped in ``checkers/lexicon/rules.toml``."""
    path = resources.files("checkers") / "lexicon" / "rules.toml"
    return parse_rules(path.read_text("utf-8"))


def standing(hits: Iterable[Hit]) -> list[Hit]:
    """The hits that stand: without repeats, and without those a ``not_X`` hit cancels."""
    unique = list(dict.fromkeys(hits))
    cancels = [h for h in unique if h.concept.startswith(CANCEL_PREFIX)]
    if not cancels:
        return unique
    return [
        h
        for h in unique
        if not h.concept.startswith(CANCEL_PREFIX)
        and not any(
            c.concept == CANCEL_PREFIX + h.concept and c.start <= h.start and h.end <= c.end
            for c in cancels
        )
    ]


def judge(book: Rulebook, hits: Sequence[Hit]) -> list[Match]:
    """Every rule that holds for a message's concept hits, in the rules' order.

    Negatable concepts in a negated sentence count as not found, and nothing counts in a
    sentence that talks about scams as scams. A rule that holds adds its code as a concept,
    which later rules may require.
    """
    hits = standing(hits)
    excuses = [h for h in hits if h.concept in book.excuses]
    negations = [
        h
        for h in hits
        if h.concept in (NEGATION, CONTRAST, WARNING)
        and not any(e.start <= h.start and h.end <= e.end for e in excuses)
    ]
    scopes = _scopes(negations, hits, book.negatable) if negations else {}
    quoted = _quoted(book, hits, scopes)
    by_name: dict[str, list[Hit]] = {}
    for hit in hits:
        if hit.sentence >= 0 and hit.start < quoted.get(hit.sentence, -1):
            continue
        if hit.concept in book.negatable and any(
            hit.start < end and start < hit.end for start, end in scopes.get(hit.sentence, ())
        ):
            continue
        by_name.setdefault(hit.concept, []).append(hit)
    matches: list[Match] = []
    for rule, anchor in zip(book.rules, book.anchors, strict=True):
        if anchor.isdisjoint(by_name):
            continue
        chosen = _holds(rule, by_name)
        if chosen is None:
            continue
        start, end = _quote(chosen)
        sentence = chosen[0].sentence
        matches.append(Match(rule.code, start, end))
        by_name[rule.code] = [Hit(rule.code, start, end, sentence, "")]
    return matches


def _quoted(
    book: Rulebook, hits: Sequence[Hit], scopes: Mapping[int, list[tuple[int, int]]]
) -> dict[int, int]:
    """Where each sentence stops quoting: nothing counts before it (``sys.maxsize``: at all).

    A sentence that talks about scams as scams ("scammers pretend to be police", "I just hung
    up") asks nothing. A retelling ("got a message from the bank saying ...", 收到短信说, dapat
    mesej, னு மெசேஜ் வந்துச்சு) governs the clause it reports, not the speaker's own turn after
    it in the same sentence: "I got an sms saying my line will be cut, can you transfer $1,800
    to my friend's account" asks, as "收到银行通知说账户异常，你赶快点这个链接" does. When that
    turn asks (a request, :attr:`Rulebook.negatable`), the report is its pretext and counts
    too; a turn that asks nothing ("..., can you help me check with the bank") leaves it told.
    """
    quoting = [h for h in hits if h.concept in book.quoting and not book.asks(h, hits)]
    # A message that also talks about the scam as a scam ("I hung up", "is this a scam", "beware")
    # is the reader's story: what follows its retelling is still the call he retells ("got a call
    # saying my card was compromised, you need to give the OTP. I hung up").
    story = any(h.concept not in book.retelling for h in quoting)
    ends: dict[int, int] = {}
    for sentence in range(_judged_turns(book, quoting, hits, scopes) + 1):
        ends[sentence] = sys.maxsize
    for hit in quoting:
        end = sys.maxsize if story or hit.concept not in book.retelling else _turn(hit, hits)
        if end < sys.maxsize and any(
            h.sentence == hit.sentence and h.start >= end and h.concept in book.negatable
            for h in hits
        ):
            # A turn that asks something of the reader makes the report its pretext: "I got an
            # sms from the bank saying your account is frozen, please verify at <link>".
            end = -1
        ends[hit.sentence] = max(ends.get(hit.sentence, -1), end)
    return ends


CHAT_TURN: Final = "chat_turn"
"""A line opened by its speaker's name and a colon ("客服：", "A:"), from checkers.case."""
QUESTION: Final = "question"
"""A question mark; the sentence that holds one asks (from checkers.case)."""
CHAT_TURNS: Final = 2
"""How many speakers' lines make a text a written-out chat."""


_CLOSING: Final = frozenset(
    {CHAT_TURN, QUESTION, CLAUSE_BREAK, "relative", "friend", "own_turn", "scam_talk", "retold"}
)
"""What a turn that takes a verdict in may hold: who speaks, a question, more talk of scams."""


def _judged_turns(
    book: Rulebook,
    quoting: Sequence[Hit],
    hits: Sequence[Hit],
    scopes: Mapping[int, list[tuple[int, int]]],
) -> int:
    """The last sentence of a written-out chat that a later turn calls a scam, else ``-1``.

    In a chat written out by turns ("爸：有人打电话要我报验证码。我：那是骗子，直接挂。"), the turn
    that calls what came before a scam (a quoting concept that is no retelling: 是骗子, 挂了)
    judges every turn before it: they retell the call, not make it. A verdict asked as a
    question ("你们不会是骗子吧？") is a worry and judges nothing; a verdict answered by a
    request after it ("你是骗子吧" - "真的是我，你先转5千") settled nothing either.
    """
    if sum(h.concept == CHAT_TURN for h in hits) < CHAT_TURNS:
        return -1
    asked = {h.sentence for h in hits if h.concept == QUESTION}
    last = max(
        (
            h.sentence
            for h in quoting
            if h.concept not in book.retelling and h.sentence not in asked
        ),
        default=-1,
    )
    if last < 0:
        return -1
    # A request after the verdict that no negation governs ("真的是我，你先转5千到我朋友的账户",
    # "不用担心，你先充500") answers it: the verdict settled nothing, the turns before it count.
    if any(
        h.sentence > last
        and h.concept in book.negatable
        and not any(h.start < end and start < h.end for start, end in scopes.get(h.sentence, ()))
        for h in hits
    ):
        return -1
    # Nor did it when what follows it raises a red flag of its own (the scammer's reassurance:
    # "放心，我们有牌照，每天稳赚3%"): only a chat that the verdict closes is a retelling.
    if judge(book, [h for h in hits if h.sentence > last]):
        return -1
    # A verdict closes the chat when the turns after it only take it in ("好的，我知道了", "哦，
    # 那我丢掉") or warn: anything else said after it, outside a negated or warning sentence, is
    # the other side carrying on ("放心，我们是正规平台").
    warned = {h.sentence for h in hits if h.concept in (NEGATION, CONTRAST, WARNING)}
    if any(
        h.sentence > last and h.sentence not in warned and h.concept not in _CLOSING for h in hits
    ):
        return -1
    return last


def _turn(retelling: Hit, hits: Sequence[Hit]) -> int:
    """Where the speaker's own turn opens after a retelling in its sentence, else ``sys.maxsize``.

    A turn word ("can you", 你先, awak kena, நீங்க) opens it when a clause break stands between
    the retelling and it (the report itself may say "you must pay": "got a call saying you must
    pay a fine"); a turn joined by a connective ("so you", 所以你, jadi awak) opens it anyway.
    """
    sentence, after = retelling.sentence, retelling.end
    breaks = [h.start for h in hits if h.concept == CLAUSE_BREAK and h.sentence == sentence]
    return min(
        (
            h.start
            for h in hits
            if h.sentence == sentence
            and h.start >= after
            and (
                h.concept == JOINED_TURN
                or (h.concept == TURN and any(after <= at < h.start for at in breaks))
            )
        ),
        default=sys.maxsize,
    )


ADJACENT: Final = 2
"""A clause-opening word this close after a negation is the negated words' own ("don't just
click any link", "不要直接转账", "jangan hanya"), not the start of a clause of its own."""


def _scopes(
    negations: Sequence[Hit], hits: Sequence[Hit], negatable: frozenset[str]
) -> dict[int, list[tuple[int, int]]]:
    """Where each negation governs, by sentence: spans (``start``, ``end``) of the message.

    A negation that governs a request in its own clause is a warning ("never share your OTP,
    PIN, or send money", "OTP-ஐ யாரிடமும் பகிர வேண்டாம்"): it governs its sentence, up to a
    word that opens a clause of its own (:data:`~checkers.concepts.CLAUSE_BREAK`: "but",
    "just", 但是, tapi, ஆனால்). One that governs none ("no experience needed", "don't miss
    out", 不用面试, tak perlu risau) governs its clause only, which a comma, a colon or a dash
    ends too: "No experience needed, just pay $50" and "不用面试，交200元培训费" ask. It also
    governs a condition before it ("if anyone asks for your OTP, don't give it"), and a
    contrast the clause it is set against ("from the App Store only, not from any link"; in
    Tamil the contrast closes its clause: "App Store-ல மட்டும், link மூலம் அல்ல").
    """
    breaks = sorted(
        (h.start, bool(h.language)) for h in hits if h.concept == CLAUSE_BREAK and h.start >= 0
    )
    requests = [(h.sentence, h.start, h.end) for h in hits if h.concept in negatable]
    conditions = [(h.sentence, h.start) for h in hits if h.concept == CONDITION]
    scopes: dict[int, list[tuple[int, int]]] = {}
    for negation in negations:
        # The marks before the negation since the last clause-opening word, and after it.
        before, after, opening = [-1], [], sys.maxsize
        for at, word in breaks:
            if at < negation.start:
                if word:
                    before = [at]
                else:
                    before.append(at)
            elif at >= negation.end:
                if not word:
                    after.append(at)
                elif at - negation.end > ADJACENT:
                    opening = at
                    break
        start, end = before[-1], after[0] if after else opening
        sentence = negation.sentence
        if negation.concept == WARNING:
            start, end = -1, sys.maxsize
        elif negation.concept == NEGATION and any(
            s == sentence and start < at < negation.start for s, at in conditions
        ):
            # A negation inside a condition states the condition and forbids nothing: "if you
            # don't send the code, your account will be deleted" still asks for the code, and
            # "if you did not make this transaction, call us" still asks to call.
            continue
        elif any(s == sentence and a < end and start < b for s, a, b in requests):
            start, end = before[0], opening
        elif any(s == sentence and before[0] < at < start for s, at in conditions):
            first = min(at for s, at in conditions if s == sentence and before[0] < at)
            start = max(b for b in before if b < first)
        elif (
            negation.concept == CONTRAST
            and len(before) > 1
            and (negation.start - start <= ADJACENT + 1 or negation.language in CLAUSE_FINAL)
        ):
            start = before[-2]
        scopes.setdefault(sentence, []).append((start, end))
    return scopes


def _holds(rule: Rule, by_name: Mapping[str, list[Hit]]) -> list[Hit] | None:
    """The hits that satisfy the rule's first alternative that holds, or ``None``."""
    present = by_name.keys()
    for index, alternative in enumerate(rule.alternatives):
        # Set operations first (most rules fail here, at C speed).
        if any(r.names.isdisjoint(present) != r.absent for r in alternative):
            continue
        if rule.within_sentence and index not in rule.anywhere:
            found = _in_one_sentence(alternative, by_name)
        else:
            found = _anywhere(alternative, by_name)
        if found is not None:
            return found
    return None


def _earliest(hit: Hit) -> tuple[int, int, str]:
    """The order a requirement's hit is chosen in: the earliest, then the longest there.

    A requirement names a set of concepts, whose order varies with Python's hash seed: two hits
    at one place ("放款前先交" and "放款前先交解冻费") are told apart by length, then by name, so
    that the quote never depends on it.
    """
    return hit.start, -hit.end, hit.concept


def _anywhere(
    alternative: Sequence[Requirement], by_name: Mapping[str, list[Hit]]
) -> list[Hit] | None:
    chosen: list[Hit] = []
    for requirement in alternative:
        if requirement.absent:
            continue
        hits = [h for name in requirement.names for h in by_name.get(name, ())]
        if not hits:
            return None
        chosen.append(min(hits, key=_earliest))
    return chosen


def _in_one_sentence(
    alternative: Sequence[Requirement], by_name: Mapping[str, list[Hit]]
) -> list[Hit] | None:
    present = [r for r in alternative if not r.absent]
    first = sorted(
        {h.sentence for name in present[0].names for h in by_name.get(name, ()) if h.sentence >= 0}
    )
    for sentence in first:
        chosen: list[Hit] = []
        for requirement in present:
            hits = [
                h
                for name in requirement.names
                for h in by_name.get(name, ())
                if h.sentence == sentence
            ]
            if not hits:
                break
            chosen.append(min(hits, key=_earliest))
        else:
            return chosen
    return None


MAX_QUOTE: Final = 80


def _quote(hits: Sequence[Hit]) -> tuple[int, int]:
    """The span to quote: all the hits when they stand close together, else the first."""
    placed = [h for h in hits if h.start >= 0]
    if not placed:
        return -1, -1
    start = min(h.start for h in placed)
    end = max(h.end for h in placed)
    if end - start <= MAX_QUOTE and len({h.sentence for h in placed}) == 1:
        return start, end
    return placed[0].start, placed[0].end
