"""Input guard: greetings, instruction overrides, individual cases and off-topic requests get fixed replies."""

from __future__ import annotations

import re

from assistant.answer import Answer, ReplyType

CAN_ANSWER = (
    "Jeg kan svare på spørsmål om Kompetanseløftet for spesialpedagogikk og inkluderende praksis: hvem som kan "
    "delta, hva tilskuddet kan brukes til, rollene til statsforvalteren, samarbeidsforum, Statped, PP-tjenesten "
    "og universiteter og høgskoler, behovsmelding og partnerskap, finansiering og hva evalueringen fant."
)
ASK_STATSFORVALTER = "Spørsmål om din kommune eller ditt fylke kan du stille til statsforvalteren i fylket ditt."

FIXED: dict[ReplyType, str] = {
    "greeting": "Hei! " + CAN_ANSWER + " Hva lurer du på?",
    "refusal": "Jeg svarer bare på spørsmål om Kompetanseløftet, ut fra dokumentene om ordningen, og jeg "
    "endrer ikke hvordan jeg arbeider. " + CAN_ANSWER,
    "personal": "Jeg kan ikke vurdere enkeltsaker om barn eller elever. Ta kontakt med barnehagen, skolen eller "
    "PP-tjenesten i kommunen. Ikke skriv personopplysninger her. " + CAN_ANSWER,
    "abstain": "Dokumentene om Kompetanseløftet svarer ikke på dette. " + CAN_ANSWER + " " + ASK_STATSFORVALTER,
}

GREETING = re.compile(
    r"^\W*(hei|hallo|heisann|hoi|god (morgen|dag|kveld)|takk|tusen takk|hi|hello|hey|thanks|thank you|ok|okei)"
    r"( (på deg|du|der|så mye|for hjelpen|skal du ha|there|a lot))?\W*$",
    re.IGNORECASE,
)
OVERRIDE = re.compile(
    r"(ignor\w*|glem|gløym|overse|se bort fra|disregard|forget|override)\b.{0,40}"
    r"(instruks\w*|instruction\w*|regl\w*|rules|prompt|tidligere|previous|above|ovenfor)"
    r"|system ?prompt|systemmelding|du er nå|you are now|act as|late som|pretend|jailbreak|developer mode"
    r"|(vis|reveal|print|skriv ut|gjenta|repeat)\b.{0,30}(instruks\w*|instructions|prompt)",
    re.IGNORECASE,
)
INDIVIDUAL_CASE = re.compile(
    r"\b(min|mi|mitt|mine|vår|vårt|våre) (sønn|datter|dotter|gutt|jente|barn|elev|unge)"
    r"|\b(sønnen|dattera|datteren|dottera|barnet|ungen|gutten|jenta) (min|mi|mitt|vår|vårt)"
    r"|\bmy (son|daughter|child|kid|pupil|student)\b|\bfødselsnummer\b|\b\d{6} ?\d{5}\b",
    re.IGNORECASE,
)
OFF_TOPIC = re.compile(
    r"\b(vær|været|weather|oppskrift|recipe|dikt|poem|vits|joke|aksje\w*|stock|fotball|football|bitcoin"
    r"|kode|python|javascript|oversett|translate)\b",
    re.IGNORECASE,
)


def fixed_reply(kind: ReplyType) -> Answer:
    return Answer(answer=FIXED[kind], abstained=True, citations=[], reply_type=kind, backend="fixed")


def screen(question: str) -> Answer | None:
    """A fixed reply when the question is not one the documents should answer; None to go on."""
    if GREETING.match(question):
        return fixed_reply("greeting")
    if OVERRIDE.search(question):
        return fixed_reply("refusal")
    if INDIVIDUAL_CASE.search(question):
        return fixed_reply("personal")
    if OFF_TOPIC.search(question):
        return fixed_reply("abstain")
    return None
