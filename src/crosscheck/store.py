"""A memory of what was seen: documents, sentences and claims in SQLite (stdlib sqlite3).

Extraction results are keyed by a hash of the extraction version, the alias files, the
published date and the text, so an unchanged article is never extracted twice and a new
crosscheck whose extraction differs ignores (and prunes) the old entries. Every write of a
run is one transaction: a killed run leaves the store as it was. WAL mode and a busy
timeout let concurrent runs share one store. A store written by a newer schema is refused.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosscheck import __version__
from crosscheck.errors import ConfigError
from crosscheck.model import (
    Claim,
    Document,
    Sentence,
    claim_from_dict,
    document_from_dict,
    offset_map_to_dict,
    sentence_from_dict,
)

SCHEMA_VERSION = 1


def _code_fingerprint() -> str:
    """A hash of the code that turns text into claims: any change to it invalidates the
    stored extractions of older code, release or not."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(
        [
            *root.joinpath("extract").glob("*.py"),
            *root.joinpath("ingest").glob("*.py"),
            root / "segment.py",
            root / "model.py",
        ]
    ):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


EXTRACTION_VERSION = f"{__version__}+{_code_fingerprint()}"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    key TEXT PRIMARY KEY,
    extraction_version TEXT NOT NULL,
    document TEXT NOT NULL,
    offset_map TEXT NOT NULL,
    sentences TEXT NOT NULL,
    claims TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    extraction_key TEXT NOT NULL REFERENCES extractions(key),
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Extracted:
    document: Document
    sentences: list[Sentence]
    claims: list[Claim]


def extraction_key(doc: Document, context: str) -> str:
    published = doc.published.isoformat() if doc.published else ""
    material = f"{EXTRACTION_VERSION}|{context}|{published}|{doc.format}|{doc.text}"
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 60000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"{path}: not a usable crosscheck store ({exc})") from None

    def _migrate(self) -> None:
        with self.transaction():
            for stmt in _SCHEMA.strip().split(";"):
                if stmt.strip():
                    self.db.execute(stmt)
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise ConfigError(
                    f"{self.path}: store schema {row[0]} was written by a newer crosscheck "
                    f"(this one reads {SCHEMA_VERSION}); use that version or another store"
                )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # --- reads ------------------------------------------------------------------------------

    def known(self) -> dict[str, str]:
        """doc_id -> sha256 of every document stored before."""
        return dict(self.db.execute("SELECT doc_id, sha256 FROM documents").fetchall())

    def get(self, key: str) -> Extracted | None:
        row = self.db.execute(
            "SELECT document, offset_map, sentences, claims FROM extractions "
            "WHERE key = ? AND extraction_version = ?",
            (key, EXTRACTION_VERSION),
        ).fetchone()
        return _decode(row) if row else None

    def stored_documents(self, exclude: set[str]) -> list[Extracted]:
        """Every stored document not among ``exclude`` (ids), with its extraction."""
        rows = self.db.execute(
            "SELECT d.doc_id, e.document, e.offset_map, e.sentences, e.claims FROM documents d "
            "JOIN extractions e ON e.key = d.extraction_key WHERE e.extraction_version = ? "
            "ORDER BY d.doc_id",
            (EXTRACTION_VERSION,),
        ).fetchall()
        return [_decode(r[1:]) for r in rows if r[0] not in exclude]

    # --- writes (one transaction per run) -----------------------------------------------

    def save(self, items: list[tuple[str, Extracted]]) -> None:
        now = time.time()
        with self.transaction():
            self.db.execute(
                "DELETE FROM documents WHERE extraction_key IN "
                "(SELECT key FROM extractions WHERE extraction_version != ?)",
                (EXTRACTION_VERSION,),
            )
            self.db.execute(
                "DELETE FROM extractions WHERE extraction_version != ?", (EXTRACTION_VERSION,)
            )
            for key, ex in items:
                self.db.execute(
                    "INSERT OR IGNORE INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        EXTRACTION_VERSION,
                        json.dumps(ex.document.to_dict()),
                        json.dumps(offset_map_to_dict(ex.document.offset_map)),
                        json.dumps([s.to_dict() for s in ex.sentences]),
                        json.dumps([c.to_dict() for c in ex.claims]),
                        now,
                    ),
                )
                self.db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE "
                    "SET sha256 = excluded.sha256, extraction_key = excluded.extraction_key, "
                    "last_seen = excluded.last_seen",
                    (ex.document.id, ex.document.sha256, key, now, now),
                )


def _decode(row: tuple[Any, ...]) -> Extracted:
    doc = document_from_dict(json.loads(row[0]), json.loads(row[1]))
    return Extracted(
        document=doc,
        sentences=[sentence_from_dict(s) for s in json.loads(row[2])],
        claims=[claim_from_dict(c) for c in json.loads(row[3])],
    )
