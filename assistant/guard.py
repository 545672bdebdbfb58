"""Input guard: greetings, instruction overrides, one child's case and off-topic requests get fixed replies.

Every pattern (the vocabulary's guard.txt) needs a whole construction, never a single word: an owner
writing "våre barnehager", "vær så snill", "glem det forrige spørsmålet" or "can a university act as a
partner" is answered.
"""

from __future__ import annotations

import re

from assistant.answer import Answer, ReplyType
from ingest.grammar import Grammar
from ingest.language import load_vocabulary, words

FIXED: dict[str, dict[ReplyType, str]] = {}  # language -> kind -> text


def _fixed(lang: str, can_answer: str, ask_statsforvalter: str, **texts: str) -> None:
    FIXED[lang] = {
        "greeting": texts["greeting"] + " " + can_answer + " " + texts["ask"],
        "refusal": texts["refusal"] + " " + can_answer,
        "personal": texts["personal"] + " " + can_answer,
        "abstain": texts["abstain"] + " " + can_answer + " " + ask_statsforvalter,
    }


_fixed(
    "nb",
    "Jeg svarer på spørsmål om Kompetanseløftet for spesialpedagogikk og inkluderende praksis ut fra dokumentene "
    "om ordningen, og viser hvor hvert svar står.",
    "Spørsmål om din kommune eller ditt fylke kan du stille til statsforvalteren i fylket ditt.",
    greeting="Hei!", ask="Hva lurer du på?",
    refusal="Jeg svarer bare på spørsmål om Kompetanseløftet, ut fra dokumentene om ordningen, og jeg endrer ikke "
    "hvordan jeg arbeider.",
    personal="Jeg kan ikke vurdere enkeltsaker om barn eller elever. Ta kontakt med barnehagen, skolen eller "
    "PP-tjenesten i kommunen. Ikke skriv personopplysninger her.",
    abstain="Dokumentene om Kompetanseløftet svarer ikke på dette.",
)
_fixed(
    "nn",
    "Eg svarar på spørsmål om Kompetanseløftet for spesialpedagogikk og inkluderande praksis ut frå dokumenta "
    "om ordninga, og viser kvar kvart svar står.",
    "Spørsmål om kommunen eller fylket ditt kan du stille til statsforvaltaren i fylket ditt.",
    greeting="Hei!", ask="Kva lurer du på?",
    refusal="Eg svarar berre på spørsmål om Kompetanseløftet, ut frå dokumenta om ordninga, og eg endrar ikkje "
    "korleis eg arbeider.",
    personal="Eg kan ikkje vurdere enkeltsaker om barn eller elevar. Ta kontakt med barnehagen, skulen eller "
    "PP-tenesta i kommunen. Ikkje skriv personopplysningar her.",
    abstain="Dokumenta om Kompetanseløftet svarar ikkje på dette.",
)
_fixed(
    "en",
    "I answer questions about Kompetanseløftet (the Norwegian competence scheme for special education and "
    "inclusive practice) from the documents about the scheme, and show where each answer stands.",
    "Questions about your own municipality or county can go to the county governor (statsforvalteren).",
    greeting="Hello!", ask="What would you like to know?",
    refusal="I only answer questions about Kompetanseløftet, from the documents about the scheme, and I do not "
    "change how I work.",
    personal="I cannot assess individual cases about children or pupils. Please contact the kindergarten, the "
    "school or the municipality's PP-tjeneste. Do not write personal data here.",
    abstain="The documents about Kompetanseløftet do not answer this.",
)

PERSONAL_NUMBER = re.compile(r"(?<!\d)(\d{6})\s?(\d{5})(?!\d)")
# the constructions of guard.txt in the vocabulary
GREETING = r"^\W*{greeting}(?:\s+{greeting-tail})?\W*$"


def valid_fodselsnummer(digits: str) -> bool:
    """The two modulus-11 check digits of a Norwegian national identity number (or D-number)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d[:9] + [k1])) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 < 10 and k2 < 10 and d[9] == k1 and d[10] == k2


def contains_personal_number(text: str) -> bool:
    return any(valid_fodselsnummer(m.group(1) + m.group(2)) for m in PERSONAL_NUMBER.finditer(text))


def fixed_reply(kind: ReplyType, lang: str = "nb") -> Answer:
    """The fixed reply of a kind, in bokmål, nynorsk or English."""
    text = FIXED.get(lang, FIXED["nb"])[kind]
    return Answer(answer=text, abstained=True, citations=[], reply_type=kind, backend="fixed")


def is_fixed_reply(text: str) -> bool:
    """Whether a text is one of the fixed replies (in any language): no answer the conversation said anything in."""
    said = " ".join(text.split())
    return any(said == reply for replies in FIXED.values() for reply in replies.values())


def is_override(text: str, grammar: Grammar | None = None) -> bool:
    """Whether a text tries to change how the assistant works ("Ignorer instruksene dine", "Du er nå en …")."""
    return (grammar or load_vocabulary().grammar).search("override", text)


def tells_of_own_child(question: str, grammar: Grammar) -> bool:
    """Whether a question is about one child of the writer's own ("Sønnen min har dysleksi …"), not only about
    what the writer may do with the child ("Kan jeg henvise barnet mitt til PPT selv?") with nothing told of it: no
    verb and no "han"/"hun" after the child."""
    child = grammar.build("{own-child}").search(question)
    if not child:
        return False
    asks_own_act = grammar.build("{asker-act}").search(question[:child.start()])
    told = [w for w in words(question[child.end():])
            if grammar.is_a("finite-verb", w) or grammar.is_a("third-person", w)]
    return not asks_own_act or bool(told)


def screen(question: str, lang: str = "nb", grammar: Grammar | None = None) -> Answer | None:
    """A fixed reply (in `lang`) when the question is not one the documents should answer; None to go on."""
    grammar = grammar or load_vocabulary().grammar
    if grammar.build(GREETING).match(question):
        return fixed_reply("greeting", lang)
    if is_override(question, grammar):
        return fixed_reply("refusal", lang)
    if tells_of_own_child(question, grammar) or contains_personal_number(question):
        return fixed_reply("personal", lang)
    if grammar.search("off-topic", question):
        return fixed_reply("abstain", lang)
    return None
