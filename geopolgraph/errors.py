"""One exception hierarchy. The CLI turns any of these into a one-line message and exit 2.

>>> str(InputError("line 12 of seeds/x.jsonl: expected a JSON object, got a list"))
'line 12 of seeds/x.jsonl: expected a JSON object, got a list'
"""

__all__ = [
    "GeopolgraphError",
    "GeopolgraphWarning",
    "InputError",
    "LexiconError",
    "QueryError",
    "ServerError",
]


class GeopolgraphError(Exception):
    """Base class: the message is shown to the user as is, on one line."""


class InputError(GeopolgraphError):
    """A file, path or value given by the user cannot be read or is malformed."""


class LexiconError(GeopolgraphError):
    """A lexicon data file is malformed (a packaging bug, not a user error)."""


class QueryError(GeopolgraphError):
    """An unknown query, parameter or actor, or a Cypher statement that would write."""


class ServerError(GeopolgraphError):
    """The Neo4j server cannot be built, started, reached or stopped."""


class GeopolgraphWarning(UserWarning):
    """Something the user should know about an answer (rows cut at a limit, a notification
    from Neo4j); the CLI shows it as one line on stderr."""
