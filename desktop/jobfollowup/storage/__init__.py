"""Storage: the Peewee models and the one SQLite file they live in (`database`), and what
the start reads before they load (`early`)."""
