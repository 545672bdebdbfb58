"""python -m assistant "spørsmål" [--json] [--kind KIND] [--document ID]"""

from __future__ import annotations

import argparse
import sys

from ingest.settings import get_settings, offline_environment


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Ask the Kompetanseløftet assistant.")
    parser.add_argument("question")
    parser.add_argument("--json", action="store_true", help="print the answer object as the last line of stdout")
    parser.add_argument("--kind", action="append", default=[], help="only documents of this kind (repeatable)")
    parser.add_argument("--document", action="append", default=[], help="only this document id (repeatable)")
    args = parser.parse_args(argv)

    from assistant.pipeline import Assistant
    from assistant.retrieve import Filters
    from ingest.store import IndexMissing, ModelMismatch

    try:
        assistant = Assistant(get_settings())
    except (IndexMissing, ModelMismatch) as error:
        print(f"assistant: {error}", file=sys.stderr)
        return 1
    filters = Filters(kinds=args.kind, documents=args.document)
    answer = assistant.answer(args.question, [], filters or None)
    if args.json:
        print(answer.model_dump_json())
        return 0
    print(answer.answer)
    if answer.citations:
        print("\nKilder:")
    for c in answer.citations:
        where = ", ".join(x for x in (c.section, f"side {c.page}" if c.page else "", c.url) if x)
        dated = f", {c.date}" if c.date else ""
        print(f"[{c.n}] {c.title} ({c.publisher}{dated}){' — ' + where if where else ''}")
        print(f"    «{c.quote}» (tegn {c.start}–{c.end} i {c.document_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
