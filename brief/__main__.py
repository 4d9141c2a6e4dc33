"""python -m brief."""

from .cli import main

main()
