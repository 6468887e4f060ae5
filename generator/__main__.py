"""The command: ``python -m generator`` and ``flex-generator`` (``cli.run``)."""

import sys


def main() -> None:
    try:
        from .cli import run
    except KeyboardInterrupt:  # Ctrl-C while the generator itself loads
        print("interrupted", file=sys.stderr)
        sys.exit(130)  # cli.INTERRUPTED, which is not loaded
    run()


if __name__ == "__main__":
    main()
