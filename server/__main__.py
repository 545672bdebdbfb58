"""python -m server [--host H] [--port P] [--workers N]"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from ingest.settings import get_settings, offline_environment


def build_app():
    """The app factory uvicorn calls in each worker process."""
    import logging

    from server.app import create_app
    from server.privacy import AccessLogPrivacy

    offline_environment()
    logging.getLogger("uvicorn.access").addFilter(AccessLogPrivacy())
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger = logging.getLogger("kompetanseloftet")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return create_app(get_settings().for_server())


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m server")
    parser.add_argument("--host", default=settings.host)
    parser.add_argument("--port", type=int, default=settings.port)
    parser.add_argument("--workers", type=int, default=settings.workers)
    args = parser.parse_args(argv)
    os.environ["WORKERS"] = str(args.workers)  # each worker's settings see how many there are (answer_threads)

    import uvicorn

    from ingest import chroma_service

    # uvicorn re-raises the SIGTERM it caught once it has shut down; as SystemExit it lets `finally` stop the
    # Chroma server this process started, where the default action would kill it and orphan that server
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    chroma = None
    if settings.serve_chroma and not settings.chroma_server and not chroma_service.running(settings.index_dir):
        chroma = chroma_service.start(settings.index_dir)  # its workers and any ingest find it in the index
    try:
        print(f"Kompetanseløftet-assistenten: http://{args.host}:{args.port}/", flush=True)
        # behind a load balancer, its X-Forwarded-For names the client the rate limit is for; trusted only from
        # the addresses FORWARDED_ALLOW_IPS lists
        uvicorn.run("server.__main__:build_app", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="info", proxy_headers=True,
                    forwarded_allow_ips=settings.forwarded_allow_ips)
    finally:
        if chroma:
            chroma_service.stop(chroma, settings.index_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
