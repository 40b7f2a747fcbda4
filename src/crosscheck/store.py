"""A memory of what was seen: documents, sentences and claims in SQLite (stdlib sqlite3).

Extraction results are keyed by a hash of the extraction version, the alias files, the
published date and the text, so an unchanged article is never extracted twice and a new
crosscheck whose extraction differs ignores (and prunes) the old entries. Groups and
findings are kept too, keyed by a hash of the claims, rule files and code they came from:
for each story (a re-run matches and judges again only the stories whose articles changed)
and, as the list of its stories' keys, for the whole run (a re-run over unchanged articles
skips the story graph, matching and the rules).
Every write of a run is one transaction: a killed run leaves the store as it was. WAL mode
and a busy timeout let concurrent runs share one store; with synchronous NORMAL, a power
cut may lose the last runs' writes (they are made again), never damage the store. A store
written by a newer schema is refused.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from crosscheck import __version__
from crosscheck.collector import lasting
from crosscheck.config import Settings, path_text, refuse_nul
from crosscheck.errors import NOT_REGULAR, ConfigError, cut, shown
from crosscheck.ingest import Candidate
from crosscheck.ingest.base import ReadResult
from crosscheck.model import (
    Claim,
    ClaimGroup,
    CopyCluster,
    Diagnostic,
    Document,
    Finding,
    OffsetMap,
    Sentence,
    Skipped,
    claim_from_dict,
    copy_cluster_from_dict,
    document_from_dict,
    finding_from_dict,
    group_from_dict,
    offset_map_from_dict,
    offset_map_to_dict,
    sentence_from_dict,
)
from crosscheck.stories import StoryResult, document_meta, judged_meta

# 2: sentences stored without their text (schema 1 rows, with it, still read); a crosscheck
# that reads schema 1 only would take schema 2 rows for damaged ones, so it refuses the store.
# 3: findings stored without their evidence's claims (made again when read, see
# _findings_json); a crosscheck that reads schema 2 would report findings without them.
# 4: each name of an article keeps the file it was read from (documents.file: path, encoding
# and offset map), which its row, shared by every name of its text, cannot tell; a
# crosscheck that reads schema 3 would fail writing a documents row without that column.
# 5: which run last used a row of reads, stories, copy_parts and subject_parts is in
# ``marks`` (a narrow table), not in the row: marking 10,000 articles' rows as used rewrote
# each with its text (tens of megabytes through the log at every re-run); those tables'
# ``used_at`` is now when the row was written. A crosscheck that reads schema 4 would prune
# rows every re-run uses.
SCHEMA_VERSION = 5
log = logging.getLogger("crosscheck")


def _code_fingerprint(*parts: str, root: Path | None = None) -> str:
    """A hash of the code of some stages (package-relative files, or every file of a
    folder; ``root``: the package's folder, this one unless a copy is named): any change to
    it invalidates what older code stored, release or not."""
    root = root or Path(__file__).resolve().parent
    files: list[Path] = []
    for part in parts:
        path = root / part
        files.extend(sorted(f for f in path.iterdir() if f.is_file()) if path.is_dir() else [path])
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


# What turns text into claims (with every module of the package whose tables or judgements
# it reads: quantity.AGE_UNITS decides which figures are ages, safeyaml reads the front
# matter and alias files) ...
_EXTRACTION_CODE = (
    "extract", "ingest", "segment.py", "model.py", "unicode_marks.py", "quantity.py", "safeyaml.py",
    "safetoml.py",
)  # fmt: skip
EXTRACTION_VERSION = f"{__version__}+{_code_fingerprint(*_EXTRACTION_CODE)}"
# ... and what turns claims into groups and findings (safeyaml reads the rule files,
# unionfind groups the copies sources.py finds; what they import from the extraction is in
# each document's extraction key, part of the results key).
_RESULTS_CODE = (
    "match", "rules", "stories.py", "model.py", "quantity.py", "sources.py", "safeyaml.py",
    "unionfind.py", "safetoml.py",
)  # fmt: skip
RESULTS_VERSION = f"{__version__}+{_code_fingerprint(*_RESULTS_CODE)}"
# ... of which what the matcher reads of each article alone (its claims' subjects and
# windows: match.pairs.profiles, the claims match.cluster.aligned lines up, the concept
# table that labels them; model.py, quantity.py and safeyaml.py as in the results code):
# the rows kept under this (subjects_key) outlive an edit of a rule or wire file.
_SUBJECTS_CODE = ("match", "model.py", "quantity.py", "safeyaml.py")
SUBJECTS_VERSION = f"{__version__}+{_code_fingerprint(*_SUBJECTS_CODE)}"
# ... and what writes the report files, with the pipeline, which shapes records after
# the store gives them (a stored extraction named for its document, a baseline's marks):
# report.json's lines and the story pages are kept under this.
_REPORT_CODE = ("report", "report/templates", "pipeline.py")
REPORT_VERSION = f"{RESULTS_VERSION}+{_code_fingerprint(*_REPORT_CODE)}"
KEEP_RESULTS = 16  # results of the latest runs kept (older ones are pruned)
# A stamp at or above this (the year 5138), or not a number, is no clock's: a row edited or
# damaged by hand. Such stamps are left out of the store's clock (Store._tick).
_NO_CLOCK = 1e11
# Every column that holds a run's stamp: the store's clock starts after the latest of them
# (a store written before the clock was kept in meta); the extractions first, whose latest
# is read at every tick (an older crosscheck may have written after).
_STAMPED = (("extractions", "stored_at"), ("outputs", "stored_at"), ("copies", "stored_at"),
            ("copy_parts", "used_at"), ("subject_parts", "used_at"), ("pages", "stored_at"),
            ("report_lines", "stored_at"), ("run_stories", "stored_at"), ("results", "stored_at"),
            ("reads", "used_at"), ("stories", "used_at"), ("documents", "last_seen"),
            ("marks", "used_at"))  # fmt: skip
# The tables whose rows are kept while one of the latest KEEP_RESULTS runs used them (a
# run marks what it used in ``marks``, a narrow table: see Store._touch).
_MARKED = ("reads", "stories", "copy_parts", "subject_parts")


@cache
def _columns() -> dict[str, list[str]]:
    """Each table of _SCHEMA with its columns, in order."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        db.close()


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
    last_seen REAL NOT NULL,
    file TEXT
);
CREATE TABLE IF NOT EXISTS outputs (
    key TEXT PRIMARY KEY,
    files TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS copies (
    key TEXT PRIMARY KEY,
    clusters TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS copy_parts (
    key TEXT PRIMARY KEY,
    parts TEXT NOT NULL,
    used_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS subject_parts (
    key TEXT PRIMARY KEY,
    parts TEXT NOT NULL,
    used_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    folder TEXT PRIMARY KEY,
    pages TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS report_lines (
    folder TEXT PRIMARY KEY,
    lines TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS run_stories (
    key TEXT PRIMARY KEY,
    stories TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    groups TEXT NOT NULL,
    findings TEXT NOT NULL,
    stored_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS reads (
    key TEXT PRIMARY KEY,
    result TEXT NOT NULL,
    used_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    key TEXT PRIMARY KEY,
    groups TEXT NOT NULL,
    findings TEXT NOT NULL,
    used_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS marks (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    used_at REAL NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS extractions_by_time ON extractions(stored_at);
CREATE INDEX IF NOT EXISTS documents_by_extraction ON documents(extraction_key);
"""


@dataclass(frozen=True, slots=True)
class Extracted:
    document: Document
    sentences: list[Sentence]
    claims: list[Claim]


@dataclass(slots=True)
class Repairs:
    """What one run's reading of the store found damaged, for that run's save() to mend.
    Made afresh for each run, not kept on the Store: a run that ends before it saves
    leaves nothing for the next run on the same open store to act on."""

    # extraction keys of the run's articles whose rows cannot be read back: written again
    rewrite: set[str] = field(default_factory=set)
    # articles only the store holds that cannot be read back (doc id -> extraction key and
    # the stamp of what was read, see _stamp): left out of the run, and removed from the
    # store unless written since
    drop: dict[str, tuple[str, str]] = field(default_factory=dict)
    # articles only the store holds whose file, as stored (doc id -> it), cannot be read
    # back but whose row serves an article of the run: forgotten (as a name stored before
    # names kept their file), unless written since
    forget: dict[str, Any] = field(default_factory=dict)
    # an article's row whose name is no text (NULL, a blob): left out, and removed
    nameless: bool = False
    # old names of articles renamed or moved (doc id -> extraction key: its file gone, its
    # text read now under a name the store had not seen): forgotten, or the next run, the
    # new name stored, served the old one beside it again
    moved: dict[str, str] = field(default_factory=dict)


def results_key(
    documents: list[Document],
    extraction_keys: list[str],
    config: str,
    by_folder: bool = False,
    elsewhere: Mapping[str, str] | None = None,
) -> str:
    """A hash of everything matching and the rules read: each document's metadata and
    extraction key (which hashes its text, the extraction code and the alias files, so
    it stands for its sentences and claims), ``config`` (stories.config_digest of the
    code and the rule and concept files) and whether each folder is a story apart
    (--by-folder; a story's own key needs it not: it hashes the articles it holds), with
    the folders of the articles only the store holds that are placed by where their
    files are (``elsewhere``, pipeline._still_elsewhere: a file removed since places its
    article by its name, with the same documents)."""
    h = hashlib.sha256(config.encode())
    meta = [document_meta(d) for d in documents]
    h.update(json.dumps([meta, extraction_keys], ensure_ascii=False, default=str).encode())
    if by_folder:  # (keys of runs without it as they were)
        h.update(b"by-folder")
    if elsewhere:  # (and of runs that place none so)
        h.update(json.dumps(sorted(elsewhere.items()), ensure_ascii=False).encode())
    return h.hexdigest()


def _part_key(*material: Any) -> str:
    """The SHA-256 (hex) of ``material`` as one JSON list (non-ASCII kept as it is, what
    JSON cannot write as str()): the hash of the keys of what is stored for one document
    alone. Keys kept in stores already written depend on every byte of it."""
    text = json.dumps(list(material), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def copies_key(config: str, doc: Document, extraction_key: str) -> str:
    """A hash of what finding copies reads of one document alone (crosscheck.sources
    DocCopies): its metadata but its path (judged_meta) and its paragraphs, its
    extraction key (its text and sentences) and ``config`` (the code and the wire tables
    among the other files)."""
    return _part_key(config, judged_meta(doc), doc.paragraphs, extraction_key)


def subjects_key(matcher: str, doc: Document, extraction_key: str) -> str:
    """A hash of what the matcher reads of one article alone for each of its claims (its
    subject record and window of words, crosscheck.match.pairs.profiles): its metadata
    but its path (judged_meta), its extraction key (its text, date, sentences and claims,
    the extraction code and the alias files) and ``matcher`` (stories.config_digest of
    SUBJECTS_VERSION and the concept files alone: not the rule files nor the wire tables,
    which it does not read)."""
    return _part_key(matcher, "subjects", judged_meta(doc), extraction_key)


def extraction_key(doc: Document, context: str) -> str:
    """What an extraction is made of: the text and everything else the stored document
    carries but its name and its file (title, outlet, author, address, dating), so that
    one row serves only articles that differ in their name and file alone (the path,
    encoding and line ends each name keeps, documents.file), and an article brought back
    from the store under its own name (Store.stored_documents) is the one that was read."""
    published = doc.published.isoformat() if doc.published else ""
    meta = json.dumps([doc.title, doc.source, doc.author, doc.url, doc.title_span,
                       doc.dating.to_dict() if doc.dating else None], default=str)  # fmt: skip
    material = f"{EXTRACTION_VERSION}|{context}|{published}|{doc.format}|{meta}|{doc.text}"
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _outputs_row(files: Any) -> dict[str, tuple[str, list[int] | None]]:
    """An ``outputs`` row's files: path -> its SHA-256 and its stamp once written (None in a
    row written before stamps were kept); a row that is not so raises (_DAMAGE)."""
    out: dict[str, tuple[str, list[int] | None]] = {}
    for path, held in dict(_loads(files)).items():
        if isinstance(held, str):
            out[str(path)] = (held, None)
        else:  # [digest, stamp]
            digest, stamp = held
            if not isinstance(digest, str) or not isinstance(stamp, list):
                raise ValueError("not a stamped output")
            out[str(path)] = (digest, [int(x) for x in stamp])
    return out


# The connections to damaged store files that had journal files beside them before the
# run (Store._give_up), one per file: never closed, as closing the last would fold the
# -wal into the damaged file and delete it (a later refusal of the same file closes its
# own: the one kept still guards it).
_KEPT_OPEN: dict[str, sqlite3.Connection] = {}


class Store:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        # a str too, as Settings.store takes it (a library caller's Store("s.db") was an
        # AttributeError: 'str' object has no attribute 'parent'); None, or a name with a
        # NUL, a raw TypeError or ValueError: refused as Settings.store's are
        text = path_text(path)
        if text is None or not text.strip():
            raise ConfigError(f"Store needs the path of its file; got {shown(path)}")
        refuse_nul("Store", text)
        path = Path(text)
        self.path = path
        # the absolute path of each article's file as stored, by name, for those that
        # stored_documents read back (a row written before the store kept it has none)
        self.places: dict[str, str] = {}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):  # ("File exists" said less)
            above = _file_above(path)
            what = "a link to nothing" if above.is_symlink() and not above.exists() else "a file"
            raise ConfigError(
                f"{path}: cannot create the store's folder: {above} is {what}, not a folder"
            ) from None
        except OSError as exc:
            raise ConfigError(
                f"{path}: cannot create the store's folder ({exc.strerror})"
            ) from None
        try:  # (a name too long for the system is an OSError here, not a missing file)
            exists = path.exists()
            regular = path.is_file()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot open the store ({exc.strerror or exc})") from None
        if exists and not regular:  # SQLite would open /dev/null, and leave a
            # /dev/null-journal beside it; a folder is 'unable to open database file'
            what = "a folder, not a file" if path.is_dir() else NOT_REGULAR
            raise ConfigError(f"{path}: the store is {what}")
        if exists and not os.access(path, os.W_OK):
            raise ConfigError(f"{path}: the store is read-only (crosscheck writes to it)")
        real = Path(os.path.realpath(path))  # (SQLite's journals: by the file, not a link)
        beside = real.parent
        if not beside.is_dir():  # (made above for the path itself: a link leads elsewhere)
            raise ConfigError(f"{path}: the store's folder {beside} does not exist")
        if not os.access(beside, os.W_OK | os.X_OK):  # "attempt to write a readonly
            # database", SQLite's word for a folder its journal cannot be made in, read as
            # a store not usable, invited deleting a good one
            raise ConfigError(
                f"{path}: the store's folder is read-only ({beside}: crosscheck writes the "
                "store and its journal files, -wal and -shm, there)"
            )
        # (-wal, -shm, -journal: beside the file itself, where SQLite keeps them, when the
        # path is a link)
        journals = store_files(real)[1:]
        had = {j for j in journals if j.exists() or j.is_symlink()}
        if had and exists and (damage := _damage_read_only(path)) is not None:
            # journals of the user's beside a damaged file: refused by a connection that
            # cannot write, so none folds the user's -wal into the file and deletes it
            # (not even when Python closes a kept one at its exit); the -shm it made goes
            self._give_up([j for j in journals if j not in had])
            raise ConfigError(f"{path}: not a usable crosscheck store ({damage})")
        try:
            self.db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 60000")
            self._need_json()
            self._refuse_foreign()
            self._set_up()
        except sqlite3.DatabaseError as exc:
            # a file cut short or garbage left the -wal and -shm SQLite made beside it
            # (the connection was never closed): those this open made are removed
            if _damaged(exc):
                self._give_up([j for j in journals if j not in had], close=not had)
            else:
                self._give_up([])
            raise ConfigError(f"{path}: not a usable crosscheck store ({_damage(exc)})") from None
        except BaseException:  # (a newer schema's store: closed, SQLite tidies its own)
            self._give_up([])
            raise

    def _give_up(self, made: list[Path], close: bool = True) -> None:
        """The connection of a store that cannot be used closed, and of ``made`` (journal
        files its open made beside a damaged file) those still there removed: nothing the
        user had before the run. A damaged file that had journals beside it before is not
        closed (closing checkpoints its -wal into it and deletes it): the connection is
        kept, unused, until the program ends."""
        if hasattr(self, "db"):  # (connect itself may have failed)
            if not close and (key := os.path.realpath(self.path)) not in _KEPT_OPEN:
                _KEPT_OPEN[key] = self.db
            else:
                with suppress(sqlite3.Error):
                    self.db.close()
        for journal in made:
            with suppress(OSError):
                journal.unlink()

    def _set_up(self, tries: int = 50) -> None:
        """WAL mode, the connection's settings and the schema. Two runs that open a new
        store at once race to turn it to WAL, and SQLite may answer the loser "database is
        locked" without waiting (seen once in a few hundred test runs): the steps are
        idempotent, so they are tried again, a tenth of a second apart."""
        for attempt in range(tries):
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                # no fsync at each commit, only at checkpoints: a killed run still leaves
                # the store as it was; a power cut may lose the last runs' rows, never
                # corrupt it
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.db.execute("PRAGMA foreign_keys = ON")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == tries - 1:
                    raise
                time.sleep(0.1)

    def _need_json(self) -> None:
        """SQLite's JSON functions (json_valid: Store.extractions) are built in since
        SQLite 3.38 and in most earlier builds (JSON1); a Python linked with one without
        them is told so when the store opens, rather than failing at its first re-run."""
        try:
            self.db.execute("SELECT json_valid('{}')").fetchone()
        except sqlite3.OperationalError:
            self.db.close()
            raise ConfigError(
                f"{self.path}: this Python's SQLite ({sqlite3.sqlite_version}) has no JSON "
                "functions, which the store needs (SQLite 3.38 or later, or one built with "
                "JSON1); run without a store"
            ) from None

    def _refuse_foreign(self) -> None:
        """Another program's SQLite file is left alone: no crosscheck tables created in it."""
        tables = {
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return  # a new store
        marked = (
            "meta" in tables
            and self.db.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone()
        )
        if not marked:
            self.db.close()
            shown = ", ".join(sorted(tables)[:5])
            raise ConfigError(
                f"{self.path}: an SQLite file that is not a crosscheck store (tables: {shown}); "
                "give the store a new file"
            )

    def _migrate(self) -> None:
        with self.transaction():
            for stmt in _SCHEMA.strip().split(";"):
                if stmt.strip():
                    self.db.execute(stmt)
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            # ASCII digits only: '²' is a digit to isdigit() and no int(); past int()'s
            # 4,300 digits a version is read as one later than any (it is not converted)
            written = str(row[0]) if row is not None else ""
            if row is not None and not (written.isascii() and written.isdigit()):
                raise ConfigError(
                    f"{self.path}: store schema version {shown(written)} is not a number; "
                    "the store is damaged (delete it to start a new one)"
                )
            digits = written.lstrip("0") or "0"
            version = int(digits) if len(digits) <= 18 else SCHEMA_VERSION + 1
            if row is None:
                self.db.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif version > SCHEMA_VERSION:
                raise ConfigError(
                    f"{self.path}: store schema {cut(written, 20)} was written by a newer "
                    f"crosscheck (this one reads {SCHEMA_VERSION}); use that version or "
                    "another store"
                )
            elif version < SCHEMA_VERSION:  # its rows read as they are
                self.db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
                )
                if version < 5:  # its rows' last use was in the rows
                    for table in _MARKED:  # (a mark already there: the later stamp)
                        self.db.execute(
                            f"INSERT INTO marks SELECT ?, key, used_at FROM {table} WHERE true "
                            "ON CONFLICT (tbl, key) DO UPDATE SET used_at = "
                            "MAX(used_at, excluded.used_at)",
                            (table,),
                        )
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(documents)")}
            if "file" not in columns:  # a store of schema 3 or before: its names' files
                self.db.execute("ALTER TABLE documents ADD COLUMN file TEXT")  # unknown yet
            # whole runs' groups and findings, as crosscheck kept them before a run's results
            # were its stories' rows (run_stories): read by no one, pruned by no one
            self.db.execute("DELETE FROM results")
            self._check_columns()

    def _check_columns(self) -> None:
        """Every table has the columns the schema gives it (a table another tool or a hand
        made again with others would fail only when a run reads it, after all its work,
        as an internal error); sqlite3.DatabaseError naming the first one missing."""
        for table, wanted in _columns().items():
            if table == "results":  # read by no one (_migrate empties it)
                continue
            # in order: rows are inserted by position
            have = [str(r[1]).lower() for r in self.db.execute(f"PRAGMA table_info({table})")]
            if have != wanted:
                raise sqlite3.DatabaseError(
                    f"table {table} has columns ({', '.join(have)}), not ({', '.join(wanted)})"
                )

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Reads that see one state of the store: another run's save between them (an
        article's row pointed at its new text, the old one pruned) cannot make a row the
        first read named vanish before the next one fetches it."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")  # deferred: a read (in WAL mode writers go on meanwhile)
        try:
            yield
        finally:  # nothing was written; none to end when SQLite rolled it back on an error
            with suppress(sqlite3.OperationalError):
                self.db.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise ConfigError(f"{self.path}: cannot write to the store ({exc})") from None
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise ConfigError(f"{self.path}: cannot write to the store ({exc})") from None

    def close(self) -> None:
        self.db.close()

    # --- reads ------------------------------------------------------------------------------

    def known(self) -> dict[str, str]:
        """doc_id -> sha256 of every document stored before."""
        return dict(self.db.execute("SELECT doc_id, sha256 FROM documents").fetchall())

    def forget(self, ids: Sequence[str]) -> list[str]:
        """Remove the stored articles ``ids`` (names as report.json gives them), and each
        extraction no other stored article shares, in one transaction: later runs no longer
        compare them (a file renamed and edited is a new article; its old name stays
        stored until forgotten). All or none: the names the store does not hold (as text:
        not a damaged row's) are returned and nothing is removed. What was made of the
        stories they were in is kept under its own keys and ages out as usual: a story
        without them is another story."""
        with self.transaction():
            keys: dict[str, str | None] = {}
            for doc_id in dict.fromkeys(ids):
                row = self.db.execute(
                    "SELECT extraction_key FROM documents WHERE doc_id = ? AND typeof(doc_id) "
                    "= 'text'",
                    (doc_id,),
                ).fetchone()
                keys[doc_id] = row[0] if row is not None else None
            missing = [doc_id for doc_id, key in keys.items() if key is None]
            if missing:
                return missing
            for doc_id, key in keys.items():
                self._delete_document(doc_id, str(key))
        return []

    def _delete_document(self, doc_id: str, key: str) -> None:
        """One stored article's row, and its extraction when no other article holds it
        (in a transaction)."""
        self.db.execute("DELETE FROM documents WHERE doc_id = ? AND extraction_key = ?",
                        (doc_id, key))  # fmt: skip
        self.db.execute("DELETE FROM extractions WHERE key = ? AND key NOT IN "
                        "(SELECT extraction_key FROM documents)", (key,))  # fmt: skip

    def stored_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The text the store holds under each of ``ids`` (those it has, whose row reads
        back): what an article changed since was before."""
        out: dict[str, str] = {}
        for chunk, marks in _in_chunks(ids):
            for doc_id, document in self.db.execute(
                "SELECT d.doc_id, e.document FROM documents d JOIN extractions e "
                f"ON e.key = d.extraction_key WHERE d.doc_id IN ({marks})",
                chunk,
            ):
                try:
                    text = _loads(document).get("text")
                except _DAMAGE:
                    continue
                if isinstance(text, str):
                    out[doc_id] = text
        return out

    def extraction_keys(self) -> frozenset[str]:
        """The keys of every extraction stored by this version of crosscheck."""
        rows = self.db.execute(
            "SELECT key FROM extractions WHERE extraction_version = ?", (EXTRACTION_VERSION,)
        )
        return frozenset(r[0] for r in rows)

    def _row(self, key: str) -> tuple[Any, ...] | None:
        return self.db.execute(  # type: ignore[no-any-return]
            "SELECT document, offset_map, sentences, claims FROM extractions "
            "WHERE key = ? AND extraction_version = ?",
            (key, EXTRACTION_VERSION),
        ).fetchone()

    def extractions(
        self,
        keys: Sequence[str],
        texts: Sequence[str],
        names: Sequence[str],
        repairs: Repairs | None = None,
    ) -> list[tuple[list[Sentence], list[Claim]] | None]:
        """For each key, the sentences and claims stored under it, without the document
        (the caller has read it: its ``text``, which the sentences are cut from, is not
        decoded twice); None where not stored or damaged (a warning naming the article,
        ``names``: extracted again, and its row replaced by the save() given ``repairs``).
        Fetched 500 keys a query: one query an article was a tenth of an unchanged re-run.
        A row whose stored document is not even JSON (what a damaged disk or write leaves)
        is written again from the article read now, its sentences and claims kept: found
        here, where the article is at hand, rather than once it has left the run
        (stored_documents), when the article could no longer be read again."""
        out: list[tuple[list[Sentence], list[Claim]] | None] = []
        text_of, name_of = iter(texts), iter(names)
        # records that live to the run's end; each chunk decoded before the next is fetched
        with lasting():
            for chunk, marks in _in_chunks(keys):
                found = self.db.execute(
                    "SELECT key, sentences, claims, "
                    "json_valid(document) AND json_valid(offset_map) FROM extractions "
                    f"WHERE extraction_version = ? AND key IN ({marks})",
                    (EXTRACTION_VERSION, *chunk),
                )
                rows = {k: (s, c, ok) for k, s, c, ok in found}
                for key in chunk:
                    row, text, name = rows.get(key), next(text_of), next(name_of)
                    if row is None:
                        out.append(None)
                        continue
                    try:
                        out.append(_records(row[0], row[1], text))
                    except _DAMAGE:
                        log.warning("%s: its row in the store %s is damaged; the article is "
                                    "extracted again", name, self.path)  # fmt: skip
                        if repairs is not None:
                            repairs.rewrite.add(key)
                        out.append(None)
                        continue
                    if not row[2]:
                        log.warning("%s: the article's text in its row of the store %s is "
                                    "damaged; written again from the article read now",
                                    name, self.path)  # fmt: skip
                        if repairs is not None:
                            repairs.rewrite.add(key)
        return out

    def stored_documents(
        self,
        exclude: set[str],
        repairs: Repairs,
        skip: Callable[[str, str], bool] | None = None,
        made: Mapping[str, tuple[str, Extracted]] | None = None,
    ) -> list[tuple[str, Extracted]]:
        """Every stored document not among ``exclude`` (ids) nor wanted by ``skip`` (given
        its id and extraction key; not decoded): its extraction key and extraction, whose
        document is under its own id, with the path, encoding and offset map of the
        file the store recorded for it (one row serves one text under two names, which
        may have been read from two files in two encodings; a name stored before names
        kept their file has its row's, as before).
        ``made``: the run's own extractions by key, each with its article's name as
        warnings give it. The sentences and claims of a key among them are that one's,
        the row's not decoded (a row serves only articles that differ in their name and
        file alone, see extraction_key); its document is, and a row whose document
        cannot be read back is written again from the run's article by the save() given
        ``repairs``, with a warning naming it. A name's file as stored that cannot be
        read back, or is not a file that name was read from (_file_and_place), is damage too:
        for a key in ``made``, the name has its row's document (or the run's article's,
        that one damaged too) with a warning naming it, and that save() forgets the file
        (as if stored before names kept theirs), so a later run is silent. A document that
        cannot be read back otherwise (its row; its file, for a key not in ``made``; for
        a key in ``made``, its row's document while its file is unknown) cannot be read
        again, not being among the run's inputs: it is left out with a warning naming it,
        and that save() removes it from the store, so later runs are the runs without
        it, unwarned."""
        with self._snapshot():  # a row named now is still there when fetched
            ids = self.db.execute(
                "SELECT d.doc_id, e.key, d.file FROM documents d "
                "JOIN extractions e ON e.key = d.extraction_key WHERE e.extraction_version = ? "
                "ORDER BY d.doc_id",
                (EXTRACTION_VERSION,),
            ).fetchall()
            out = []
            for doc_id, key, file in ids:  # only the rows wanted are fetched and decoded
                if not isinstance(doc_id, str):  # NULL or a blob (SQLite lets a TEXT key)
                    log.warning("the store %s has an article whose name is no text (%s): "
                                "its row is damaged; left out", self.path,
                                cut(repr(doc_id), 60))  # fmt: skip
                    repairs.nameless = True
                    continue
                if doc_id in exclude or (skip is not None and skip(doc_id, key)):
                    continue
                row = self._row(key)
                if row is None:  # named by the JOIN in this very snapshot: a damaged index
                    log.warning("%s: its row in the store %s cannot be read; left out",
                                doc_id, self.path)  # fmt: skip
                    continue
                mine = made.get(key) if made is not None else None
                if mine is None:
                    ex, damaged = _decode(row)
                    stored = ex.document if ex is not None else None
                else:
                    name, ex = mine
                    stored, damaged = _decode_document(row), "text"
                    if stored is None and key not in repairs.rewrite:
                        log.warning("%s: the article's text in its row of the store %s is "
                                    "damaged; written again from the article read now",
                                    name, self.path)  # fmt: skip
                        repairs.rewrite.add(key)
                try:
                    found, lost = _file_and_place(file), False
                    own = found[0] if found is not None else None
                    if found is not None and found[1] is not None:
                        self.places[doc_id] = found[1]
                except _DAMAGE:
                    own, lost = None, True
                if ex is not None and own is not None:
                    path, encoding, offsets = own
                    doc = replace(ex.document, id=doc_id, path=path, encoding=encoding,
                                  offset_map=offsets)  # fmt: skip
                elif ex is not None and stored is not None and not lost:
                    doc = _guessed(stored, doc_id)
                elif ex is not None and lost and (mine is not None or stored is not None):
                    # its file lost, its text whole (the run's, or the row's): placed as a name
                    # stored before names kept their file is, and the damaged file forgotten
                    base = stored or ex.document  # the row's names are the store's, as doc_id is
                    log.warning("%s: its file in the store %s is damaged; its path, encoding and "
                                "lines are taken to be those of %s, the same text",
                                doc_id, self.path, base.path)  # fmt: skip
                    repairs.forget[doc_id] = file
                    doc = _guessed(base, doc_id)
                else:
                    what = "file" if lost and stored is not None else damaged
                    log.warning("%s: dropped from the store %s: its stored %s is damaged and it is "
                                "not among this run's inputs, so it cannot be read again",
                                doc_id, self.path, what)  # fmt: skip
                    repairs.drop[doc_id] = (key, _stamp(file, row))
                    continue
                out.append((key, Extracted(doc, ex.sentences, ex.claims)))
        return out

    def run_stories(self, key: str) -> list[str] | None:
        """The keys of the stories of an earlier run over the very same claims, rules and
        concepts (``key``, see results_key), in the run's story order, or None: its groups
        and findings are those stories' (Store.stories), assembled
        (crosscheck.stories.assemble)."""
        row = self.db.execute("SELECT stories FROM run_stories WHERE key = ?", (key,)).fetchone()
        try:
            keys = _loads(row[0]) if row else None
        except _DAMAGE:
            keys = None
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            return None
        return keys

    def copies(self, key: str) -> list[CopyCluster] | None:
        """The copy clusters of an earlier run over the very same documents and wire
        tables (``key``: the run's results key, see results_key), or None."""
        row = self.db.execute("SELECT clusters FROM copies WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return [copy_cluster_from_dict(c) for c in _loads(row[0])]
        except _DAMAGE:
            log.warning("%s: stored copy clusters are damaged; finding them again", self.path)
            return None

    def _parts(self, table: str, keys: Sequence[str]) -> dict[str, str]:
        """The rows of a table of what was made of each article alone (copy_parts,
        subject_parts) that the store holds for these keys, as stored."""
        found: dict[str, str] = {}
        for chunk, marks in _in_chunks(keys):
            found.update(
                self.db.execute(f"SELECT key, parts FROM {table} WHERE key IN ({marks})", chunk)
            )
        return found

    def copy_parts(self, keys: Sequence[str]) -> dict[str, str]:
        """The parts of copy finding stored for each of these documents' keys (copies_key),
        as stored (crosscheck.sources.DocCopies.to_json)."""
        return self._parts("copy_parts", keys)

    def subject_parts(self, keys: Sequence[str]) -> dict[str, Any]:
        """What the matcher read of each of these articles alone (subjects_key), decoded: a
        list of its aligned claims' rows (crosscheck.match.pairs.own_row). Their shape is
        the caller's to check, and a row that does not decode is given as None, so that
        the caller, which knows the article, warns of it once and makes it again."""
        found: dict[str, Any] = {}
        for key, text in self._parts("subject_parts", keys).items():
            try:
                found[key] = _loads(text)
            except _DAMAGE:
                found[key] = None
        return found

    def stories(self, keys: list[str]) -> dict[str, StoryResult]:
        """The groups and findings stored for each of these story keys (see
        crosscheck.stories.story_key) that the store holds; findings without their
        evidence's claims (_findings_json): rules.engine.ClaimEvidence gives them back."""
        found: dict[str, StoryResult] = {}
        with lasting():  # records that live to the run's end
            for chunk, marks in _in_chunks(keys):
                rows = self.db.execute(
                    f"SELECT key, groups, findings FROM stories WHERE key IN ({marks})", chunk
                ).fetchall()
                for key, groups, findings in rows:
                    try:
                        found[key] = StoryResult(
                            [group_from_dict(g) for g in _loads(groups)],
                            [finding_from_dict(f) for f in _loads(findings)],
                        )
                    except _DAMAGE:
                        log.warning("%s: a stored story is damaged; matching it again", self.path)
        return found

    def read(self, key: str) -> ReadResult | None:
        """A file's reading stored under ``key`` (see ReadCache), or None."""
        row = self.db.execute("SELECT result FROM reads WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            d = _loads(row[0])
            return ReadResult(
                documents=[document_from_dict(x, om) for x, om in d["documents"]],
                diagnostics=[Diagnostic(x["path"], x["message"], x["line"], x["level"])
                             for x in d["diagnostics"]],
                skipped=[Skipped(x["path"], x["reason"], bool(x.get("empty")))
                         for x in d["skipped"]],
                unread_ids=set(d["unread_ids"]), numbered=bool(d["numbered"]),
                unnamed_unread=bool(d["unnamed_unread"]),  # a row without it: read again
            )  # fmt: skip
        except _DAMAGE:
            return None  # read again

    def outputs(self, key: str) -> dict[str, tuple[str, list[int] | None]] | None:
        """The report files written for ``key``: path -> its SHA-256 and the stamp it had
        once written (crosscheck.atomic.file_stamp; None where none was taken, and in a
        row written before stamps were kept), or None."""
        row = self.db.execute("SELECT files FROM outputs WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        try:
            return _outputs_row(row[0])
        except _DAMAGE:
            return None

    def stamps(self, digests: Mapping[str, str]) -> dict[str, list[int]]:
        """The stamp each report file of ``digests`` (resolved path -> SHA-256) had once
        written, as the latest record of it written with that SHA-256 holds it (outputs);
        none for a file no record holds so (crosscheck.report.outputs.own_outputs). A row
        is decoded only where its text names a wanted path (save_outputs writes paths
        as json.dumps does: ASCII, escaped)."""
        found: dict[str, list[int]] = {}
        for (files,) in self.db.execute("SELECT files FROM outputs ORDER BY stored_at DESC"):
            if len(found) == len(digests):
                break
            text = files if isinstance(files, str) else ""
            wanted = [p for p in digests if p not in found and json.dumps(p) in text]
            if not wanted:
                continue
            try:
                held = _outputs_row(files)
            except _DAMAGE:
                continue
            for path in wanted:
                digest, stamp = held.get(path, ("", None))
                if digest == digests[path] and stamp is not None:
                    found[path] = stamp
        return found

    def pages(self, folder: str) -> dict[str, list[Any]]:
        """The story pages last written into the report folder ``folder`` (resolved): file
        name -> [page key, SHA-256, the ids of the articles of other pages it showed, the
        file's stamp] (crosscheck.report.pages.PageMemory, which renders again a page with
        no such list, and reads a page whose stamp is not the file's)."""
        row = self.db.execute("SELECT pages FROM pages WHERE folder = ?", (folder,)).fetchone()
        try:
            found = _loads(row[0]) if row else {}
            return {str(k): [str(v[0]), str(v[1]), *v[2:4]] for k, v in found.items()}
        except _DAMAGE:
            return {}  # every page is written again

    def report_lines(self, folder: str) -> dict[str, Any]:
        """Where the report.json last written into the report folder ``folder`` (resolved)
        holds the lines of its records (crosscheck.report.json.LineMemory), or {}."""
        row = self.db.execute(
            "SELECT lines FROM report_lines WHERE folder = ?", (folder,)
        ).fetchone()
        try:
            found = _loads(row[0]) if row else {}
        except _DAMAGE:
            return {}  # every line is encoded again
        return found if isinstance(found, dict) else {}

    def save_outputs(
        self,
        entries: dict[str, dict[str, str | None]],
        pages: dict[str, dict[str, list[Any]]] | None = None,
        lines: dict[str, dict[str, Any]] | None = None,
        stamps: Mapping[str, Mapping[str, Sequence[int]]] | None = None,
    ) -> None:
        """Record report files written: key -> {path: SHA-256}, with the stamp each file
        had once written where ``stamps`` (key -> {path: stamp}) gives one; the story
        pages each report folder now holds (``pages``: folder -> what Store.pages
        returns), and where its report.json holds its records' lines (``lines``: folder ->
        what Store.report_lines returns)."""
        with self.transaction():
            now = self._tick()
            for table, by_folder in (("report_lines", lines), ("pages", pages)):
                for folder, held in (by_folder or {}).items():
                    self.db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)",
                                    (folder, json.dumps(held), now))  # fmt: skip
                self.db.execute(
                    f"DELETE FROM {table} WHERE folder NOT IN "
                    f"(SELECT folder FROM {table} ORDER BY stored_at DESC LIMIT ?)",
                    (KEEP_RESULTS * 4,),
                )
            for key, files in entries.items():
                taken = (stamps or {}).get(key, {})
                self.db.execute(
                    "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)",
                    (key, json.dumps({p: [d, list(taken[p])] if d and p in taken else d
                                      for p, d in files.items()}), now),
                )  # fmt: skip
            self.db.execute(
                "DELETE FROM outputs WHERE key NOT IN "
                "(SELECT key FROM outputs ORDER BY stored_at DESC LIMIT ?)",
                (KEEP_RESULTS * 4,),
            )

    # --- writes (one transaction per run) -----------------------------------------------

    def save(
        self,
        items: list[tuple[str, Extracted]],
        results: tuple[str, list[str]] | None = None,
        stories: Sequence[tuple[str, StoryResult]] = (),
        used: Sequence[str] = (),
        reads: ReadCache | None = None,
        seen: bool = True,
        copies: tuple[str, list[CopyCluster]] | None = None,
        copy_parts: Sequence[tuple[str, str]] = (),
        copy_parts_used: Sequence[str] = (),
        repairs: Repairs | None = None,
        subject_parts: Sequence[tuple[str, str]] = (),
        subject_parts_used: Sequence[str] = (),
    ) -> None:
        """One run's writes: its extractions, its results (``results``: its results key and
        its stories' keys, in order), the results of the stories it judged (``stories``)
        and the keys of all the stories it used (``used``, whose rows are kept: stories no
        run among the latest KEEP_RESULTS used are pruned).
        ``seen`` False for a run that ended before its report: its extractions are kept
        for the next run, but its documents are not recorded as seen (so ``--new-only``
        still counts them as new, and they join no later run's records). ``copies``: the
        run's copy clusters under its results key, when they were found now;
        ``copy_parts``: the documents' parts of copy finding made now (key, encoded), and
        ``copy_parts_used`` the keys of all the run's documents (kept like stories);
        ``subject_parts`` and ``subject_parts_used`` the same for what the matcher read of
        each article alone (subjects_key), for the articles of the stories matched now.
        ``repairs``: what this run's reading found damaged (rows written again, articles
        removed)."""
        with self.transaction():
            now = self._tick()
            self._put_parts("copy_parts", copy_parts, copy_parts_used, now)
            self._put_parts("subject_parts", subject_parts, subject_parts_used, now)
            if copies is not None:
                key, clusters = copies
                self.db.execute(
                    "INSERT OR REPLACE INTO copies VALUES (?, ?, ?)",
                    (key, json.dumps([c.to_dict() for c in clusters]), now),
                )
                self.db.execute(
                    "DELETE FROM copies WHERE key NOT IN "
                    "(SELECT key FROM copies ORDER BY stored_at DESC LIMIT ?)",
                    (KEEP_RESULTS,),
                )
            if reads is not None:
                for key, text in reads.fresh.items():
                    self.db.execute("INSERT OR REPLACE INTO reads VALUES (?, ?, ?)",
                                    (key, text, now))  # fmt: skip
                self._touch("reads", reads.used, now)  # (the fresh ones among them)
            for key, story in stories:
                self.db.execute(
                    "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?)",
                    (key, _groups_json(story.groups),
                     _findings_json(story.findings), now),
                )  # fmt: skip
            if stories or used:
                self._touch("stories", [*(k for k, _ in stories), *used], now)
            if results is not None:  # the run's stories, whose rows hold its results
                key, story_keys = results
                self.db.execute("INSERT OR REPLACE INTO run_stories VALUES (?, ?, ?)",
                                (key, json.dumps(story_keys), now))  # fmt: skip
                self.db.execute(
                    "DELETE FROM run_stories WHERE key NOT IN "
                    "(SELECT key FROM run_stories ORDER BY stored_at DESC LIMIT ?)",
                    (KEEP_RESULTS,),
                )
            self.db.execute(
                "DELETE FROM documents WHERE extraction_key IN "
                "(SELECT key FROM extractions WHERE extraction_version != ?)",
                (EXTRACTION_VERSION,),
            )
            self.db.execute(
                "DELETE FROM extractions WHERE extraction_version != ?", (EXTRACTION_VERSION,)
            )
            repairs = repairs or Repairs()
            ours = {ex.document.id for _, ex in items}
            # before the run's rows are written: what decides is the store as it was read
            self._drop(repairs.drop, ours)
            if repairs.nameless:  # (its extraction goes as any no name holds: _prune_unnamed)
                self.db.execute("DELETE FROM documents WHERE typeof(doc_id) != 'text'")
            for doc_id, key in repairs.moved.items():
                if doc_id not in ours:
                    self.db.execute("DELETE FROM documents WHERE doc_id = ? AND "
                                    "extraction_key = ?", (doc_id, key))  # fmt: skip
            for doc_id, file in repairs.forget.items():
                if doc_id not in ours:
                    self.db.execute("UPDATE documents SET file = NULL WHERE doc_id = ? AND "
                                    "file = ?", (doc_id, file))  # fmt: skip
            stored = {r[0] for r in self.db.execute("SELECT key FROM extractions")}
            recorded: set[tuple[str, str, str, str | None]] = set()  # the run's, as stored
            for chunk, marks in _in_chunks([ex.document.id for _, ex in items]):
                recorded.update(self.db.execute(
                    "SELECT doc_id, extraction_key, sha256, file FROM documents "
                    f"WHERE doc_id IN ({marks})", chunk))  # fmt: skip
            seen_again: list[tuple[float, str]] = []
            unrecorded: list[str] = []  # rows a run that records nothing used again
            for key, ex in items:
                damaged = key in repairs.rewrite  # extracted again: its row is replaced
                file = _file_json(ex.document)
                if key in stored and not damaged:
                    if not seen:
                        unrecorded.append(key)
                        continue
                    if (ex.document.id, key, ex.document.sha256, file) in recorded:
                        seen_again.append((now, ex.document.id))
                        continue  # the same document with the same extraction: nothing to write
                self.db.execute(
                    f"INSERT OR {'REPLACE' if damaged else 'IGNORE'} INTO extractions "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        EXTRACTION_VERSION,
                        json.dumps(ex.document.to_dict()),
                        json.dumps(offset_map_to_dict(ex.document.offset_map)),
                        json.dumps([_untexted(s) for s in ex.sentences]),
                        json.dumps([c.to_dict() for c in ex.claims]),
                        now,  # the latest runs that extracted: the latest stamps (_prune_unnamed)
                    ),
                )
                if not seen:
                    continue
                self.db.execute(
                    "INSERT INTO documents (doc_id, sha256, extraction_key, first_seen, "
                    "last_seen, file) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE "
                    "SET sha256 = excluded.sha256, extraction_key = excluded.extraction_key, "
                    "last_seen = excluded.last_seen, file = excluded.file",
                    (ex.document.id, ex.document.sha256, key, now, now, file),
                )
            self.db.executemany("UPDATE documents SET last_seen = ? WHERE doc_id = ?", seen_again)
            for chunk, marks in _in_chunks(unrecorded):  # left for the next run, whichever
                self.db.execute(
                    f"UPDATE extractions SET stored_at = ? WHERE key IN ({marks}) "
                    "AND key NOT IN (SELECT extraction_key FROM documents)",
                    [now, *chunk],
                )
            if any(key not in stored for key, _ in items):
                self._prune_unnamed()

    def _tick(self) -> float:
        """The time of this run's writes (in its write transaction): the system's, but
        never at or before a stamp the store has given, so a system clock that steps back
        does not make this run's rows the oldest, to be pruned first (the latest
        KEEP_RESULTS runs are the latest stamps). Kept in ``meta``; a store written before
        starts after the latest stamp its tables hold, and the latest extraction (an
        index gives it) is read each time, in case an older crosscheck wrote after.

        A clock far ahead of the system's (a run on a machine whose date was wrong by
        years) is trusted as any below _NO_CLOCK is, and the runs after it go on from it:
        the stamps are an order, never a date (nothing compares them with the system's
        time, shows them, or prunes by age; pruning keeps the latest KEEP_RESULTS by rank).
        Going back to the system's time would make the runs after it the oldest, pruned
        first: the fault this clock is for."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
        try:
            last: float | None = float(row[0]) if row else None
        except (TypeError, ValueError):
            last = None
        trusted = last is not None and 0 <= last < _NO_CLOCK
        stamps = [self._latest(table, column)
                  for table, column in (_STAMPED[:1] if trusted else _STAMPED)]  # fmt: skip
        if trusted:
            stamps.append(last)
        last = max((t for t in stamps if t is not None), default=None)
        now = time.time()
        stamp = now if last is None else max(now, last + 0.001)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('clock', ?)", (repr(stamp),))
        return stamp

    def _latest(self, table: str, column: str) -> float | None:
        """The latest stamp a clock gave in ``table``'s ``column`` (text, blobs and values at
        or past _NO_CLOCK left out), or None."""
        (latest,) = self.db.execute(
            f"SELECT MAX({column}) FROM {table} WHERE typeof({column}) IN ('real', 'integer') "
            f"AND {column} < ?",
            (_NO_CLOCK,),
        ).fetchone()
        return float(latest) if latest is not None else None

    def _prune_unnamed(self) -> None:
        """Remove the extractions no article's row names (the earlier texts of changed
        articles) that were made before the latest KEEP_RESULTS runs that extracted
        anything: an archive checked again every day, its articles edited, keeps a store
        of its articles, not of every text they ever had. Those runs' own are kept: a run
        that ended before its report left them for the next (the rows it used again are
        stamped as its own), and an article edited back finds its text's claims.
        Only a run that extracted can add such rows, so only it prunes (an unchanged
        re-run writes nothing here). The window is the store's, not a folder's: runs over
        other folders count too."""
        row = self.db.execute(
            "SELECT DISTINCT stored_at FROM extractions WHERE typeof(stored_at) IN "
            "('real', 'integer') AND stored_at < ? ORDER BY stored_at DESC LIMIT 1 OFFSET ?",
            (_NO_CLOCK, KEEP_RESULTS - 1),
        ).fetchone()
        if row is None:
            return  # fewer runs than that
        self.db.execute(  # (text and blobs sort above numbers: a stamp no clock gives)
            "DELETE FROM extractions WHERE (stored_at < ? OR stored_at >= ?) "
            "AND key NOT IN (SELECT extraction_key FROM documents)",
            (row[0], _NO_CLOCK),
        )

    def _drop(self, dropped: Mapping[str, tuple[str, str]], ours: set[str]) -> None:
        """Remove the articles ``dropped`` (doc id -> extraction key and the stamp of what
        was read of it; in save()'s transaction, before the run's rows are written) whose
        stored name and row are still what was read, under the write lock: another run may
        have written them since this run read them (it had the article among its inputs),
        and the article is then kept (a later run reads it again). Nothing is decoded: the
        same stored text is as damaged as it was. Never one of ``ours`` (the run's
        articles). Each row goes with its last article: another may still hold it (one a
        run that ended before its report did not record; its row goes when that one
        leaves the run)."""
        for doc_id, (key, stamp) in dropped.items():
            if doc_id in ours:
                continue
            now = self.db.execute(
                "SELECT d.file, e.document, e.offset_map, e.sentences, e.claims FROM documents d "
                "JOIN extractions e ON e.key = d.extraction_key "
                "WHERE d.doc_id = ? AND e.key = ? AND e.extraction_version = ?",
                (doc_id, key, EXTRACTION_VERSION),
            ).fetchone()
            if now is None or _stamp(now[0], now[1:]) != stamp:
                continue  # gone, or written since
            self._delete_document(doc_id, key)

    def _put_parts(
        self, table: str, rows: Sequence[tuple[str, str]], used: Sequence[str], now: float
    ) -> None:
        """Write the rows made now of a table of what was made of each article alone
        (copy_parts, subject_parts: key, encoded) and mark ``used`` (the keys of every
        article the run used) as this run's, pruning the rows no recent run used."""
        for key, parts in rows:
            self.db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (key, parts, now))
        if rows or used:
            self._touch(table, [*(k for k, _ in rows), *used], now)

    def _touch(self, table: str, keys: Sequence[str], now: float) -> None:
        """Mark rows of ``table`` (one of _MARKED) used by this run; prune the rows that none
        of the latest KEEP_RESULTS runs used, and the rows no run marked (a mark is written
        with every row: none is a store edited by hand). The marks are a narrow table of
        their own: updating a stamp in the rows rewrote each row whole, its text with it."""
        for chunk, places in _in_chunks(keys):  # rows only: a key whose row another run
            self.db.execute(  # pruned meanwhile, or that has none, is no run's use of one
                f"INSERT OR REPLACE INTO marks SELECT ?, key, ? FROM {table} "
                f"WHERE key IN ({places})",
                [table, now, *chunk],
            )
        (oldest,) = self.db.execute(
            "SELECT MIN(t) FROM (SELECT DISTINCT used_at AS t FROM marks WHERE tbl = ? "
            "ORDER BY t DESC LIMIT ?)",
            (table, KEEP_RESULTS),
        ).fetchone()
        if oldest is not None:
            self.db.execute("DELETE FROM marks WHERE tbl = ? AND used_at < ?", (table, oldest))
        self.db.execute(
            f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM marks WHERE tbl = ?)",
            (table,),
        )


def _in_chunks(keys: Sequence[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``keys`` a few hundred at a time (SQLite binds a bounded number of parameters), each
    chunk with the placeholders of its ``IN (...)``."""
    for lo in range(0, len(keys), size):
        chunk = list(keys[lo : lo + size])
        yield chunk, ",".join("?" * len(chunk))


def _groups_json(groups: list[ClaimGroup]) -> str:
    return json.dumps([{**g.to_dict(), "raw_score": g.score} for g in groups])


def _findings_json(findings: Sequence[Finding]) -> str:
    """Findings as stored: without their evidence's claims (each claim's quote, article and
    figures, the same for every finding that holds the claim), which the reader makes again
    from the run's records (rules.engine.ClaimEvidence). They were half of the stored
    findings, and decoding them two thirds of what an unchanged re-run spent on its results.
    Each claim's interval is kept (``intervals``, as the evidence shows it): making it again
    parses the claim's words, a fifth of an unchanged re-run's time under a profiler. (No
    crosscheck that reads stories without them finds these rows: a story's key holds the
    rules' code, rules.engine's with it; rows stored without them are read as before.)"""
    out = []
    for f in findings:
        d = f.to_dict()
        d["evidence"] = {k: v for k, v in f.evidence.items() if k != "claims"}
        if "claims" in f.evidence:
            d["evidence"]["intervals"] = [e["interval"] for e in f.evidence["claims"]]
        out.append(d)
    return json.dumps(out)


def store_files(path: str | os.PathLike[str]) -> list[Path]:
    """A store's SQLite file and the journals SQLite keeps beside it: the files a run
    opens for its store, never read as articles."""
    return [Path(f"{os.fspath(path)}{end}") for end in ("", "-wal", "-shm", "-journal")]


def _file_above(path: Path) -> Path:
    """The nearest folder ``path`` is to be in that exists as something else (a file, a
    link to nothing), or its parent when none does (a race: the message names that)."""
    for above in path.parents:
        if above.exists() or above.is_symlink():
            return above if not above.is_dir() else path.parent
    return path.parent


# What Python's sqlite3 raises (an OperationalError, no SQLite error) for a text column
# whose bytes are not UTF-8: crosscheck writes none, so a damaged row's
_NOT_UTF8 = re.compile(r"Could not decode to UTF-8 column '([^']*)'")


def _damage_read_only(path: Path) -> str | None:
    """What makes the store file at ``path`` damaged, read through a read-only connection
    (which never checkpoints a -wal into the file nor deletes it on closing); None when it
    reads, or cannot be read that way (a -wal without its -shm: the read-write open
    decides, as before)."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
    except sqlite3.Error:
        return None
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return _damage(exc) if _damaged(exc) else None
    finally:
        con.close()
    return None


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """An error that says the file's pages are damaged (SQLITE_CORRUPT and its kinds,
    SQLITE_NOTADB) or a row's text is (bytes that are not UTF-8), not that the store is
    busy or the disk full."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return True
    return _NOT_UTF8.match(str(exc)) is not None


def _damage(exc: sqlite3.DatabaseError) -> str:
    """What a damaged store's error says, in a line: SQLite's words, or for text that is
    not UTF-8 its column (Python's message quotes the whole damaged text)."""
    m = _NOT_UTF8.match(str(exc))
    return f"text in column {m.group(1)!r} is not UTF-8" if m else str(exc)


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method`` of a Store, a damaged file made the one-line error (exit 2) that names it,
    as opening one does, not an internal error: nothing in crosscheck can mend it."""

    @functools.wraps(method)
    def run(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
            raise ConfigError(
                f"{self.path}: the store is damaged ({_damage(exc)}); remove it, with its -wal "
                "and -shm files, to start afresh"
            ) from None

    return run


# every read and write of a Store (its transaction's own errors are worded already)
for _name, _method in list(vars(Store).items()):
    if not _name.startswith("_") and _name not in ("transaction", "close") and callable(_method):
        setattr(Store, _name, _guarded(_method))


class ReadCache:
    """The store as a memory of readings (crosscheck.ingest.ReadMemory): an unchanged
    input file (same bytes, path, id, extraction code and reading settings) is not parsed
    again. What it learns is written with the run's other writes (Store.save)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.fresh: dict[str, str] = {}  # key -> the reading, encoded
        self.used: list[str] = []
        self.missed: dict[str, str] = {}  # file as shown -> its key, recalled in vain

    @staticmethod
    def key(cand: Candidate, settings: Settings, data: bytes) -> str:
        h = hashlib.sha256(EXTRACTION_VERSION.encode())
        published = settings.published_default.isoformat() if settings.published_default else ""
        h.update(json.dumps([cand.shown, cand.doc_id, published, settings.max_bytes]).encode())
        h.update(data)
        return h.hexdigest()

    def recall(self, cand: Candidate, settings: Settings, data: bytes) -> ReadResult | None:
        key = self.key(cand, settings, data)
        found = self.store.read(key)
        if found is not None:
            self.used.append(key)
        else:
            self.missed[cand.shown] = key  # remember() needs it: the file is hashed once
        return found

    def remember(self, cand: Candidate, settings: Settings, data: bytes, read: ReadResult) -> None:
        key = self.missed.pop(cand.shown, None) or self.key(cand, settings, data)
        self.fresh[key] = json.dumps(
            {
                "documents": [[d.to_dict(), offset_map_to_dict(d.offset_map)]
                              for d in read.documents],
                "diagnostics": [x.to_dict() for x in read.diagnostics],
                "skipped": [{**x.to_dict(), "empty": x.empty} for x in read.skipped],
                "unread_ids": sorted(read.unread_ids), "numbered": read.numbered,
                "unnamed_unread": read.unnamed_unread,
            }
        )  # fmt: skip
        self.used.append(key)


# What a damaged or hand-edited row raises when it is decoded.
_DAMAGE = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


def _loads(text: str | bytes) -> Any:
    """A stored row decoded: by orjson, which reads the rows an unchanged re-run decodes
    (a megabyte per hundred articles) 2.5-3x as fast as json, and by json where orjson
    refuses what json.dumps wrote (NaN and Infinity, a lone surrogate's escape); what
    neither reads raises ValueError (one of _DAMAGE). orjson reads an integer past 64 bits
    as a float where json keeps it whole: the rows hold none (figures are floats, counts
    and offsets are small, a rule's numbers are refused past 1e9)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _untexted(sentence: Sentence) -> dict[str, Any]:
    """A sentence as stored: without its text, which is its document's text between the
    ends of its span (Sentence's invariant). Half of what an extraction weighed, and of
    what an unchanged re-run decodes."""
    d = sentence.to_dict()
    del d["text"]
    return d


def _records(sentences: str, claims: str, text: str) -> tuple[list[Sentence], list[Claim]]:
    """An extraction's stored sentences and claims, decoded, each sentence's text cut
    from its document's ``text`` (rows stored with the text keep theirs); raises on a
    damaged row."""
    rows = _loads(sentences)
    for d in rows:
        if "text" not in d:
            start, end = d["span"]
            if not 0 <= start <= end <= len(text):
                raise ValueError("a sentence outside its document")
            d["text"] = text[start:end]
    length = len(text)
    return ([sentence_from_dict(s, i) for i, s in enumerate(rows)],
            [claim_from_dict(c, len(rows), length) for c in _loads(claims)])  # fmt: skip


def _decode(row: tuple[Any, ...]) -> tuple[Extracted | None, str]:
    """A stored extraction, or None and what of it is damaged ("text": its document, or
    "extraction": its sentences or claims)."""
    doc = _decode_document(row)
    if doc is None:
        return None, "text"
    try:
        sentences, claims = _records(row[2], row[3], doc.text)
    except _DAMAGE:
        return None, "extraction"
    return Extracted(document=doc, sentences=sentences, claims=claims), ""


def _decode_document(row: tuple[Any, ...]) -> Document | None:
    """A stored extraction's document alone, or None where it cannot be read back."""
    try:
        return document_from_dict(_loads(row[0]), _loads(row[1]))
    except _DAMAGE:
        return None


def _file_json(doc: Document) -> str:
    """What a name of an article keeps of its own (documents.file): the file it was read
    from, whose path, encoding and line ends its text, hashed in the extraction key, does
    not tell."""
    return json.dumps({"path": doc.path, "encoding": doc.encoding,
                       "offset_map": offset_map_to_dict(doc.offset_map),
                       "real": _real(doc.path)})  # fmt: skip


def _real(path: str) -> str | None:
    """A path made absolute (the working directory it was given from is not stored):
    where a later run, from anywhere, looks whether the file is still there."""
    try:
        return os.path.abspath(path)
    except (OSError, ValueError):
        return None


def _file_and_place(file: Any) -> tuple[tuple[str, str, OffsetMap], str | None] | None:
    """The file of a name as stored (see _file_json): its path, encoding and offset map,
    and its absolute path (None in a row written before the store kept it, or one that
    is no text); None when the store has none (the name stored before schema 4). Raises
    ValueError (or another of _DAMAGE) when it cannot be read back: not JSON, no path, an
    encoding Python does not know, an offset map of a wrong shape. (Whether the path is
    that name's file is not asked: a name is relative to the common folder of a run's
    inputs, a path as the user gave it, "articles" beside "../other", so the two need not
    end alike.)"""
    if file is None:
        return None
    d = _loads(file)
    real = d.get("real")
    path, encoding = d["path"], d["encoding"]
    if not isinstance(path, str) or not path or not isinstance(encoding, str):
        raise ValueError("not a file")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValueError("an unknown encoding") from None
    placed = (path, encoding, offset_map_from_dict(d["offset_map"]))
    return placed, real if isinstance(real, str) and real else None


def _guessed(doc: Document, doc_id: str) -> Document:
    """A stored document under the name ``doc_id`` whose own file the store does not hold:
    its row's, with its path's end swapped for that name when the row was stored under
    another (right when both names were read from one root)."""
    if doc.id == doc_id:
        return doc
    name = doc_id.partition("#")[0]  # a JSONL record's path is its file's
    old_name = doc.id.partition("#")[0]
    path = doc.path[: -len(old_name)] + name if doc.path.endswith(old_name) else name
    return replace(doc, id=doc_id, path=path)


def _stamp(file: Any, row: Sequence[Any]) -> str:
    """A hash of what a dropped article was read from (its name's file and its row, as
    stored): what save() compares to decide it is still damaged."""
    return hashlib.sha256(repr([file, *row]).encode()).hexdigest()
