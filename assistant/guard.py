"""Input guard: greetings, instruction overrides, one child's case and off-topic requests get fixed replies.

Every pattern needs a whole construction, never a single word: an owner writing "våre barnehager",
"vær så snill", "glem det forrige spørsmålet" or "can a university act as a partner" is answered.
"""

from __future__ import annotations

import re

from assistant.answer import Answer, ReplyType

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

GREETING = re.compile(
    r"^\W*(hei|hallo|heisann|hoi|god (morgen|dag|kveld)|takk|tusen takk|hi|hello|hey|thanks|thank you|ok|okei)"
    r"( (på deg|du|der|så mye|for hjelpen|skal du ha|there|a lot))?\W*$",
    re.IGNORECASE,
)
# What an override talks about: the assistant's own instructions, not a question's subject.
INSTRUCTIONS = (
    r"(instruks\w*|instruksjon\w*|instruction\w*|system ?prompt\w*|systemmelding\w*|prompt(en)?\b|"
    r"regl(ene|ane)? (du|dine|som gjelder for deg)|your (rules|guidelines)|(alt|alt det|det) du har fått (beskjed|beskjed om|vite)"
    r"|beskjed(ene)? du har fått|everything (you were|you've been) told)"
)
OVERRIDE = re.compile(
    rf"\b(ignor\w*|glem|gløym|overse|se bort fra|sjå bort frå|disregard|forget|override|bypass)\b.{{0,40}}{INSTRUCTIONS}"
    rf"|\b(vis|avslør|reveal|print|show|skriv ut|gjenta|repeat|hva er|what (is|are))\b.{{0,30}}\b(din|dine|your)\b.{{0,20}}{INSTRUCTIONS}"
    rf"|\b(vis|avslør|reveal|print|show|skriv ut|gjenta|repeat)\b.{{0,30}}{INSTRUCTIONS}"
    r"|\b(du er nå|du er no|fra nå av er du|frå no av er du|you are now|from now on,? you are)\s+(en|ei|et|ein|eit|a|an)\b"
    r"|\b(late som|lat som|pretend)\b.{0,20}\b(du|you)\b.{0,10}\b(er|is|are)\b"
    r"|\b(jailbreak|developer mode|dan mode|utviklermodus)\b"
    r"|\b(uten|utan|without)\s+(regler|reglar|begrensninger|avgrensingar|filter|restrictions|rules)\b",
    re.IGNORECASE,
)
# One child or pupil of the writer's own, in the singular ("sønnen min", "eleven min Ola", "my daughter").
OWN_CHILD = re.compile(
    r"\b(min|mi|vår)\s+(sønn|datter|dotter|gutt|jente|unge|elev|pode)\b"
    r"|\b(mitt|vårt)\s+(barn|bonusbarn|fosterbarn)\b"
    r"|\b(sønnen|sonen|dattera|datteren|dottera|ungen|gutten|jenta|eleven)\s+(min|mi|vår)\b"
    r"|\b(barnet|fosterbarnet)\s+(mitt|vårt)\b"
    r"|\bmy\s+(son|daughter|child|kid|boy|girl|pupil|student|foster child)\b",
    re.IGNORECASE,
)
PERSONAL_NUMBER = re.compile(r"(?<!\d)(\d{6})\s?(\d{5})(?!\d)")
OFF_TOPIC = re.compile(
    r"\b(hva|hvordan|korleis|kva)\s+(blir|er|var)\s+været\b|\bværmelding\w*|\bweather\s+(forecast|today|tomorrow|in)\b"
    r"|\b(skriv|skrive|lag|lage|write|compose)\s+(et|eit|en|ein|a|an|meg et|meg eit|me a)?\s*(dikt|sang|song|poem|haiku|eventyr|story)\b"
    r"|\b(fortell|tell)\s+(meg\s+|me\s+)?(en|ein|a)\s+(vits|joke)\b"
    r"|\b(oppskrift|recipe)\s+(på|for)\b|\baksjekurs\w*|\bstock price\b|\bbitcoin\b"
    r"|\b(skriv|skrive|lag|lage|write)\s+(litt\s+|noe\s+|some\s+)?(python|javascript|kode|code|sql)\b"
    r"|\b(oversett|translate)\s+(dette|denne|teksten|this|the following)\b"
    r"|\b(hvem|who)\s+(vant|won)\b",
    re.IGNORECASE,
)


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


def screen(question: str, lang: str = "nb") -> Answer | None:
    """A fixed reply (in `lang`) when the question is not one the documents should answer; None to go on."""
    if GREETING.match(question):
        return fixed_reply("greeting", lang)
    if OVERRIDE.search(question):
        return fixed_reply("refusal", lang)
    if OWN_CHILD.search(question) or contains_personal_number(question):
        return fixed_reply("personal", lang)
    if OFF_TOPIC.search(question):
        return fixed_reply("abstain", lang)
    return None
