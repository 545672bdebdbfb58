"""python -m ingest [PATH ...] [--index-dir DIR] [--json] [--rebuild]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ingest.settings import get_settings, offline_environment


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Ingest documents into the index.")
    parser.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: {settings.corpus_dir})")
    parser.add_argument("--index-dir", type=Path, help=f"index location (env INDEX_DIR, default {settings.index_dir})")
    parser.add_argument("--json", action="store_true", help="print a JSON summary as the last line of stdout")
    parser.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    args = parser.parse_args(argv)
    if args.index_dir:
        settings = settings.model_copy(update={"index_dir": args.index_dir})
    paths = args.paths or [settings.corpus_dir]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"No such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2

    from ingest.pipeline import Ingestion
    from ingest.store import ModelMismatch

    try:
        report = Ingestion(settings).run(paths, rebuild=args.rebuild)
    except (ModelMismatch, RuntimeError) as error:
        print(f"ingest: {error}", file=sys.stderr)
        return 1
    print(report.summary(), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(report.to_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
