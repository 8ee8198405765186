"""One exception hierarchy. The CLI turns any of these into a one-line message and exit 2.

>>> str(InputError("line 12 of seeds/x.jsonl: expected a JSON object, got a list"))
'line 12 of seeds/x.jsonl: expected a JSON object, got a list'
>>> issubclass(ServerUnreachable, ServerError), issubclass(QueryRefused, QueryError)
(True, True)
"""

__all__ = [
    "AuthFailed",
    "ConstraintViolated",
    "DatabaseMissing",
    "GeopolgraphError",
    "GeopolgraphWarning",
    "InputError",
    "LexiconError",
    "QueryError",
    "QueryRefused",
    "ServerError",
    "ServerUnreachable",
]


class GeopolgraphError(Exception):
    """Base class: the message is shown to the user as is, on one line."""


class InputError(GeopolgraphError):
    """A file, path or value given by the user cannot be read or is malformed."""


class LexiconError(GeopolgraphError):
    """A lexicon data file is malformed (a packaging bug, not a user error)."""


class QueryError(GeopolgraphError):
    """An unknown query, parameter or actor, or a Cypher statement the server rejected."""


class QueryRefused(QueryError):
    """A statement given to the read-only ``cypher`` is more than a read (it never ran)."""


class ServerError(GeopolgraphError):
    """The Neo4j server cannot be built, started, reached or stopped, or failed."""


class ServerUnreachable(ServerError):
    """Nothing answers at the configured URI (or the URI is not a Neo4j URI)."""


class AuthFailed(ServerError):
    """The server refused the user name or password."""


class DatabaseMissing(ServerError):
    """The server has no database of the configured name (``NEO4J_DATABASE``)."""


class ConstraintViolated(ServerError):
    """A write broke one of the store's uniqueness constraints."""


class GeopolgraphWarning(UserWarning):
    """Something the user should know about an answer (rows cut at a limit, a notification
    from Neo4j); the CLI shows it as one line on stderr."""
