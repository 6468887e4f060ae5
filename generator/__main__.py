"""The command: ``python -m generator`` and ``flex-generator`` (``cli.run``)."""

import sys

from .interrupts import held


def main() -> None:
    try:
        # Held, then raised here: some modules' loading would swallow it.
        with held():
            from .cli import run
    except KeyboardInterrupt:  # Ctrl-C while the generator itself loads
        print("interrupted", file=sys.stderr)
        sys.exit(130)  # cli.INTERRUPTED, which is not loaded
    run()


if __name__ == "__main__":
    main()
