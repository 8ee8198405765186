"""The connection under ``graph.store.Store``: where and as whom to connect, the driver opened
once, its sessions, and every driver error turned into the project's own.

- ``Settings`` (``Settings.resolve()``: ``NEO4J_URI``/``USERNAME``/``PASSWORD``/``DATABASE``,
  each winning over the local server's record; without either, the local server at
  ``GEOPOLGRAPH_NEO4J_PORT`` (7687) with this folder's generated password, see
  ``graph.datadir.connection_settings``).
- ``Connection(settings=None, timeout=5.0)``, the base of ``Store``: opens the driver lazily, on
  first use, and checks once (connectivity, credentials, database) with a short timeout.
  ``.connect()`` does that now; ``.close()`` (or ``with``) closes it.
- ``_translate``: the one place a driver error becomes one of ``geopolgraph.errors``, with a
  message naming the URI and what to do: ``ServerUnreachable``, ``AuthFailed``,
  ``DatabaseMissing``, ``ConstraintViolated``, ``QueryError`` (the server refused a statement),
  ``ServerError`` (anything else).

Everything here is re-exported by ``graph.store``; callers import it from there (its
docstring shows them in use).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

from geopolgraph.errors import (
    AuthFailed,
    ConstraintViolated,
    DatabaseMissing,
    GeopolgraphError,
    QueryError,
    ServerError,
    ServerUnreachable,
)
from geopolgraph.graph import statements as cy

if TYPE_CHECKING:  # pragma: no cover
    import neo4j

__all__ = ["RETRY_SECONDS", "Connection", "Settings"]

#: Seconds a managed transaction is retried on transient errors (deadlocks between concurrent
#: loads, a leader switch); the driver's own default of 30 s made an unreachable server hang.
RETRY_SECONDS = 15.0


@dataclass(frozen=True)
class Settings:
    """Where and as whom to connect; ``origin`` says where the URI came from (for messages)."""

    uri: str
    user: str
    password: str
    database: str
    origin: str = "local"  # "NEO4J_URI" or "local" (the local server of this folder)

    @classmethod
    def resolve(cls) -> Settings:
        """The settings every command uses (see ``graph.datadir.connection_settings``)."""
        from geopolgraph.graph.datadir import connection_settings

        uri, user, password, database = connection_settings()
        return cls(uri, user, password, database,
                   "NEO4J_URI" if os.environ.get("NEO4J_URI") else "local")

    def hint(self) -> str:
        """What the user can do when this server does not answer."""
        if self.origin == "NEO4J_URI":
            return ("is that server running? check NEO4J_URI, or unset it and run "
                    "`geopolgraph neo4j start` for the local one")
        return "start it with `geopolgraph neo4j start` (or set NEO4J_URI to a server of yours)"


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def _translate(exc: Exception, settings: Settings) -> GeopolgraphError:
    """The project's error for a driver error: one line naming the URI and what to do."""
    from neo4j import exceptions as ne

    uri = settings.uri
    if isinstance(exc, ne.AuthError) or getattr(exc, "code", "").startswith(
        "Neo.ClientError.Security.Unauthorized"
    ):
        if settings.origin == "NEO4J_URI":
            what = "set NEO4J_USERNAME/NEO4J_PASSWORD to that server's credentials"
        elif os.environ.get("NEO4J_PASSWORD"):
            what = ("unset NEO4J_PASSWORD to use the local server's own password (or restart "
                    "it with `geopolgraph neo4j stop` and `geopolgraph neo4j start`)")
        else:
            what = ("its password file does not match: restart it with `geopolgraph neo4j "
                    "stop` and `geopolgraph neo4j start`")
        return AuthFailed(f"Neo4j at {uri} refused user {settings.user!r} and its password: {what}")
    if isinstance(exc, ne.ConfigurationError | ValueError):
        return ServerUnreachable(
            f"NEO4J_URI {uri!r} is not a Neo4j URI: use bolt://HOST:PORT or neo4j://HOST:PORT"
        )
    if isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired | OSError):
        return ServerUnreachable(f"cannot reach Neo4j at {uri}: {settings.hint()}")
    code = str(getattr(exc, "code", "") or "")
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return DatabaseMissing(
            f"Neo4j at {uri} has no database {settings.database!r}: set NEO4J_DATABASE to one "
            "it has (SHOW DATABASES lists them)"
        )
    if code == "Neo.ClientError.Schema.ConstraintValidationFailed":
        return ConstraintViolated(f"Neo4j at {uri} refused the data: {_message(exc)}")
    if code.startswith(("Neo.ClientError.Statement", "Neo.ClientError.Procedure")):
        return QueryError(f"the server refused the statement: {_message(exc)}")
    if isinstance(exc, ne.TransientError):
        return ServerError(f"Neo4j at {uri} is busy ({_message(exc)}); try again")
    return ServerError(f"Neo4j at {uri} failed: {_message(exc)}")


class Connection:
    """The driver to the database ``settings`` name (default ``Settings.resolve()``), opened on
    first use, and its sessions; ``graph.store.Store`` adds the reads and writes."""

    def __init__(self, settings: Settings | None = None, *, timeout: float = 5.0) -> None:
        self.settings = settings or Settings.resolve()
        self.timeout = timeout
        self._driver: neo4j.Driver | None = None

    @property
    def uri(self) -> str:
        return self.settings.uri

    @property
    def database(self) -> str:
        return self.settings.database

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn any driver error raised inside into the project's own (the one place)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            yield
        except GeopolgraphError:
            raise
        except (Neo4jError, DriverError, OSError, ValueError) as exc:
            raise _translate(exc, self.settings) from exc

    def connect(self) -> Self:
        """Open the driver and check, once, that the server answers with these credentials and
        has the database; raise the project's error otherwise (within about ``timeout`` s)."""
        if self._driver is not None:
            return self
        import neo4j

        with self._errors():
            driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=(self.settings.user, self.settings.password),
                connection_timeout=self.timeout,
                connection_acquisition_timeout=2 * self.timeout,
                max_transaction_retry_time=RETRY_SECONDS,
            )
            try:
                driver.verify_connectivity()  # no retries: an unreachable server fails now
                with driver.session(database=self.database) as session:
                    session.run(cy.PING).consume()
            except BaseException:
                driver.close()
                raise
        self._driver = driver
        return self

    @property
    def driver(self) -> neo4j.Driver:
        """The open driver (connecting first). Prefer ``Store``'s methods: they translate errors."""
        self.connect()
        assert self._driver is not None
        return self._driver

    def close(self) -> None:
        if self._driver is not None:
            with contextlib.suppress(Exception):
                self._driver.close()
            self._driver = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _session(self, read: bool = False, quiet: bool = False) -> Any:
        import neo4j

        options: dict[str, Any] = {"database": self.database}
        if read:
            options["default_access_mode"] = neo4j.READ_ACCESS
        if quiet:  # e.g. "property key does not exist" on an empty store is not an error
            options["notifications_min_severity"] = "OFF"
        else:  # warnings only: INFORMATION notices (e.g. on EXPLAIN) are noise to the user
            options["notifications_min_severity"] = "WARNING"
        return self.driver.session(**options)
