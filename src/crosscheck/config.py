"""Run settings, typed, with their defaults in one place."""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crosscheck.errors import NOT_REGULAR, ConfigError, shown

DEFAULT_MAX_BYTES = 10 * 1000 * 1000
DEFAULT_TIME_BUDGET = 60.0  # seconds a document may take to segment and extract
MAX_TIME_BUDGET = 1_000_000.0  # and at most (11 days; the system's timer fails past 9.2e9)

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "": 1, "b": 1,
    "k": 1000, "kb": 1000, "kib": 1024, "ki": 1024,
    "m": 1000**2, "mb": 1000**2, "mib": 1024**2, "mi": 1024**2,
    "g": 1000**3, "gb": 1000**3, "gib": 1024**3, "gi": 1024**3,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is told; the CLI builds it from options, tests build it directly."""

    max_bytes: int = DEFAULT_MAX_BYTES
    published_default: date | None = None
    alias_paths: tuple[Path, ...] = field(default_factory=tuple)  # besides the shipped ones
    shipped_aliases: bool = True
    rule_paths: tuple[Path, ...] = field(default_factory=tuple)  # besides the shipped ones
    shipped_rules: bool = True
    store: Path | None = None  # SQLite memory of earlier runs
    jobs: int = 1  # processes (and threads) for extraction, the story graph and judging
    new_only: bool = False  # with a store: only findings that involve new or changed articles
    time_budget: float = DEFAULT_TIME_BUDGET  # seconds per document (per 100,000 chars)
    fail_on: str = "error"  # the exit policy: findings at or above this fail the run
    strict: bool = False  # unreadable inputs fail the run (exit 3)
    allow_empty: bool = False  # inputs holding nothing to check are no failure (0, not 5)
    by_folder: bool = False  # each folder's articles their own stories: never one with another's
    baseline: Path | None = None  # accepted findings: suppressed, still shown
    exclude: tuple[Path, ...] = ()  # never read as input: the report folder, baseline, store
    engine: str = "local"  # where the stages run: this machine's processes, or Dask
    scheduler: str | None = None  # with engine dask: an existing cluster's scheduler address


def shipped_rules_dir() -> Path:
    """The rule and alias files that come with crosscheck: crosscheck/shipped_rules next to
    this module (in the source tree a symlink to rules/ at the top of the repository; in a
    wheel a folder). Not importlib.resources: the folder holds no Python, so it is a
    namespace package whose resources root is not a plain path."""
    return Path(__file__).parent / "shipped_rules"


def parse_size(text: str) -> int:
    """'10MB', '500k', '2MiB', '1048576' -> bytes."""
    m = _SIZE_RE.match(text)
    if not m:
        raise ConfigError(f"not a size: {shown(text)} (expected e.g. 10MB, 500kB, 2MiB or bytes)")
    number, unit = m.groups()
    exact = float(number) * _SIZE_UNITS[(unit or "").lower()]
    if not math.isfinite(exact):  # 1 and 400 zeros: no int of an infinity
        raise ConfigError(f"not a size (too large): {shown(text)}")
    size = int(exact)
    if size <= 0:
        raise ConfigError(f"size must be positive: {shown(text)}")
    return size


def parse_date_option(text: str) -> date:
    """An ISO date given on the command line (or in the configuration file); an empty one
    is an error, not no date (the articles were left undated without a word)."""
    from crosscheck.ingest.dates import YEARS, no_such_day  # (ingest reads this module)

    if not text.strip():
        raise ConfigError("an empty date; leave it out for none")
    if (wrong := no_such_day(text.strip())) is not None:
        # written as asked (YYYY-MM-DD), so "not an ISO date" told its writer nothing
        raise ConfigError(f"no such date: {shown(text)} ({wrong})")
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"not an ISO date (YYYY-MM-DD): {shown(text)}") from None
    if value.year not in YEARS:
        raise ConfigError(f"a date from {YEARS[0]} to {YEARS[-1]}, not {shown(text)}")
    return value


# --- configuration files ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a run, defined once: its key in the configuration file (and field of
    Settings, unless it only concerns the outputs), its command-line flag, the TOML types
    the file may give it, and what it does."""

    key: str
    flag: str
    types: tuple[type, ...]
    help: str
    setting: bool = True  # a field of Settings; else an output option of the CLI


OPTIONS: tuple[Option, ...] = (
    Option("rules", "--rules", (list,), "rule and concept files or folders, besides the shipped"),
    Option("aliases", "--aliases", (list,), "entity alias files or folders, besides the shipped"),
    Option("default_rules", "--no-default-rules", (bool,), "use the shipped rules"),
    Option("max_size", "--max-size", (str, int), "skip input files larger than this"),
    Option("published_default", "--published-default", (str, date), "date for undated articles"),
    Option("time_budget", "--time-budget", (int, float), "seconds a document may take"),
    Option("jobs", "--jobs", (int,), "processes for extracting, finding and judging stories"),
    Option("engine", "--engine", (str,), "where the stages run: local or dask"),
    Option("scheduler", "--scheduler", (str,), "address of a Dask scheduler (engine dask)"),
    Option("store", "--store", (str,), "SQLite store of earlier runs"),
    Option("new_only", "--new-only", (bool,), "with a store: only new or changed articles"),
    Option("baseline", "--baseline", (str,), "suppress the findings recorded in this file"),
    Option("fail_on", "--fail-on", (str,), "exit 1 on findings at or above this severity"),
    Option("strict", "--strict", (bool,), "exit 3 when some input could not be read"),
    Option(
        "allow_empty",
        "--allow-empty",
        (bool,),
        "no exit 5 when the inputs held nothing to check (empty, no article text)",
    ),
    Option("by_folder", "--by-folder", (bool,), "stories never join articles of two folders"),
    Option("out", "--out", (str,), "folder for the report files", setting=False),
    Option("formats", "--format", (list, str), "outputs to write", setting=False),
    Option("timestamp", "--timestamp", (bool,), "generation time in the report", setting=False),
)
CONFIG_KEYS: dict[str, tuple[type, ...]] = {o.key: o.types for o in OPTIONS}
# A TOML value's type as the file writes it: "'formats' has the wrong type (a string; it
# takes a list)" says what to write, where Python's "(str)" left the user to guess.
_TOML_KINDS: dict[type, str] = {
    list: "a list", str: "a string", int: "a whole number", float: "a number",
    bool: "true or false", date: "a date", dict: "a table", datetime: "a date and time",
}  # fmt: skip


def _toml_kind(value: object) -> str:
    return _TOML_KINDS.get(type(value), "a value")


FLAGS: dict[str, str] = {o.key: o.flag for o in OPTIONS}


def parse_flag(key: str, text: str) -> Any:
    """A size or a date given on the command line, read as the configuration file's are;
    an error names the flag ('--published-default: an empty date; ...')."""
    read = {"max_size": parse_size, "published_default": parse_date_option}[key]
    try:
        return read(text)
    except ConfigError as exc:
        raise ConfigError(f"{FLAGS[key]}: {exc}") from None


FAIL_ON = ("info", "warning", "error", "never")
ENGINES = ("local", "dask")
FORMATS = ("html", "json", "sarif", "junit", "text")


def split_formats(items: Iterable[str]) -> list[str]:
    """The formats asked for, as --format and the `formats` key read them: each item
    comma-separated or one format, blanks dropped ('html, json' -> ['html', 'json'])."""
    return [f.strip() for item in items for f in item.split(",") if f.strip()]


def load_config(cwd: Path | None = None, baseline_read: bool = True) -> tuple[Config, str | None]:
    """`crosscheck.toml` in the working directory, else `[tool.crosscheck]` in
    `pyproject.toml`; ({}, None) when neither. Unknown keys, wrong types and values no
    option takes are errors naming the file and the key's line. ``baseline_read`` False
    (a command that reads no baseline: `baseline create` makes the file the key names) lets
    the baseline be a file that does not exist yet."""
    import difflib

    from crosscheck import safetoml

    cwd = cwd or Path.cwd()
    data: dict[str, Any] = {}
    source = None
    own = cwd / "crosscheck.toml"
    project = cwd / "pyproject.toml"
    text = ""
    table: tuple[str, ...] = ()
    if own.exists() and not own.is_file():  # a folder of that name: not silently no config
        raise ConfigError(f"{own}: not a file; the configuration file must be one")
    given = own if own.is_file() else project
    # a crosscheck.toml that is a link to a file that moved (or a loop of links): the run
    # went on with the defaults, its baseline, rules and fail_on silently gone. A
    # pyproject.toml is other tools' too, and may never have held [tool.crosscheck]: said,
    # and read as none
    if own.is_symlink() and not own.exists():
        raise ConfigError(f"{own}: a link that leads to no file; restore it or remove it")
    if given is project and project.is_symlink() and not project.exists():
        logging.getLogger("crosscheck").warning(
            "%s: a link that leads to no file; read as no configuration", project
        )
    try:
        if given is own:
            text = own.read_text(encoding="utf-8-sig")  # (a BOM, as Windows editors write)
            data, source = safetoml.loads(text), str(own)
        elif project.is_file():
            text = project.read_text(encoding="utf-8-sig")
            tool = safetoml.loads(text).get("tool", {})
            if isinstance(tool, dict) and "crosscheck" in tool:
                data, source = tool["crosscheck"], str(project)
                table = ("tool", "crosscheck")
    except safetoml.TomlProblem as exc:
        raise ConfigError(f"{given}{f':{exc.line}' if exc.line else ''}: {exc.said}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{given}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{given}: cannot read ({exc.strerror})") from None

    def where(key: str | None = None) -> str:
        return _place(str(source), text, table, key)

    if not isinstance(data, dict):  # ('crosscheck = 5' under [tool]: the line it is set on)
        raise ConfigError(f"{_table_place(str(source), text, table)} the configuration must be "
                          "a table")  # fmt: skip
    for key, value in data.items():
        norm = key.replace("-", "_")
        if norm not in CONFIG_KEYS:
            close = difflib.get_close_matches(norm, sorted(CONFIG_KEYS), n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            known = ", ".join(sorted(CONFIG_KEYS))
            raise ConfigError(f"{where(key)} unknown key {shown(key)}{hint}; known: {known}")
        expected = CONFIG_KEYS[norm]
        if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
            takes = " or ".join(_TOML_KINDS[t] for t in expected)
            raise ConfigError(
                f"{where(key)} '{key}' has the wrong type ({_toml_kind(value)}; it takes {takes})"
            )
    spelt: dict[str, str] = {}
    for key in data:  # 'fail_on' and 'fail-on' are one key: the second must not win silently
        other = spelt.setdefault(key.replace("-", "_"), key)
        if other != key:
            raise ConfigError(f"{where(key)} '{key}' sets '{other}' again (one key, written "
                              "with '-' and with '_'): keep one")  # fmt: skip
    out = Config(
        {k.replace("-", "_"): v for k, v in data.items()},
        source=source or "", text=text, table=table,
        written={k.replace("-", "_"): k for k in data},  # the key as the file spells it
    )  # fmt: skip
    at = out.place

    for key in ("fail_on", "jobs", "engine"):
        problem = value_problem(key, out[key]) if key in out else None
        if problem:
            raise ConfigError(f"{at(key)} {problem}")
    if "formats" in out:  # a list, or one string as --format takes it ("html,json")
        written = out["formats"]
        items = [written] if isinstance(written, str) else written
        unknown = next((f for f in items if not isinstance(f, str)), None)
        formats = split_formats(items) if unknown is None else []
        unknown = (
            unknown if unknown is not None else next((f for f in formats if f not in FORMATS), None)
        )
        if unknown is not None:
            raise ConfigError(
                f"{at('formats')} unknown format {shown(unknown)}; known: {', '.join(FORMATS)}"
            )
        if not formats:  # written to ask for no report: the defaults were written
            what = "an empty list" if written == [] else "no format given"
            raise ConfigError(f"{at('formats')} formats: {what}; leave the key out for "
                              f"the default (html, json)")  # fmt: skip
        out["formats"] = formats
    for key in ("store", "baseline", "out", "scheduler"):
        if isinstance(value := out.get(key), str) and not value.strip():  # as checked() reads
            raise ConfigError(f"{at(key)} {key}: an empty path; leave the key out for none")
        if key != "scheduler" and isinstance(value, str):
            # (a TOML "\u0000"): no file has such a name, and the run's first look at it
            # was a ValueError, an internal error (exit 4), even in `baseline create`
            refuse_nul(f"{at(key)} {key}", value)
    for key in ("rules", "aliases"):  # a missing path is an error, as on the command line
        for item in out.get(key, []):
            if not isinstance(item, str):
                raise ConfigError(f"{at(key)} '{key}' must list paths (strings)")
            if not item.strip():  # Path("") is the working directory
                raise ConfigError(f"{at(key)} {key}: an empty path; leave it out")
            if (problem := unreachable(Path(item))) or not Path(item).exists():
                why = problem or "no such file or folder"
                raise ConfigError(f"{at(key)} {key}: {item}: {why}")
    named = "baseline" in out and baseline_read  # `baseline create` may be making the file
    if named and (
        (problem := unreachable(Path(out["baseline"]))) or not Path(out["baseline"]).is_file()
    ):
        given = Path(out["baseline"])
        what = problem or (
            "a folder, not a file" if given.is_dir()
            else NOT_REGULAR if given.exists() else "no such file"
        )  # fmt: skip
        raise ConfigError(f"{at('baseline')} baseline: {out['baseline']}: {what}")
    if "time_budget" in out:
        check_time_budget(out["time_budget"], f"{at('time_budget')} time_budget")
    # read as the command line's values are, so that both say the same
    for key, read in (("max_size", parse_size), ("published_default", parse_date_option)):
        if key in out:
            try:
                read(str(out[key]))
            except ConfigError as exc:
                raise ConfigError(f"{at(key)} {key}: {exc}") from None
    return out, source


def working_folder() -> str | None:
    """The working folder, None when it was removed (os.getcwd raises then): one reading
    for the command line, check() (RunResult.workdir) and the report writers."""
    try:
        return os.getcwd()
    except OSError:
        return None


def first_relative(paths: Iterable[object]) -> str | None:
    """The first of ``paths`` that is a relative path, as text (others left out)."""
    return next((os.fspath(p) for p in paths
                 if isinstance(p, str | os.PathLike) and not os.path.isabs(p)), None)  # fmt: skip


def unreachable(path: Path) -> str | None:
    """Why ``path`` cannot even be looked at (a name too long for the file system, which
    Path.exists() raises rather than answers), or None."""
    try:
        path.exists()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None


def _place(source: str, text: str, table: tuple[str, ...], key: str | None) -> str:
    """'pyproject.toml:3: [tool.crosscheck]:', the start of a message on a key's value."""
    line = _key_line(text, table, key) if key is not None else None
    return f"{source}{f':{line}' if line else ''}:{' [tool.crosscheck]:' if table else ''}"


def _table_place(source: str, text: str, table: tuple[str, ...]) -> str:
    """_place of the configuration's own table: in pyproject.toml the line its key is set
    on under [tool] ('crosscheck = 5'), when it is set so."""
    line = _key_line(text, table[:-1], table[-1]) if table else None
    return f"{source}:{line}: [tool.crosscheck]:" if line else _place(source, text, table, None)


class Config(dict[str, Any]):
    """The configuration file's values by key (as OPTIONS names them), knowing where each
    is written: for a message on a value found wrong only with the command line's."""

    def __init__(
        self,
        values: Any = (),
        *,
        source: str = "",
        text: str = "",
        table: tuple[str, ...] = (),
        written: dict[str, str] | None = None,
    ) -> None:
        super().__init__(values)
        self.source, self.text, self.table = source, text, table
        self.written = dict(written or {})  # key -> as the file spells it ('fail-on')

    def place(self, key: str) -> str:
        """_place of ``key``: 'crosscheck.toml:2:'."""
        return _place(self.source, self.text, self.table, self.written.get(key, key))


def _key_line(text: str, table: tuple[str, ...], key: str) -> int | None:
    """The line (from 1) where ``key`` is set in ``table`` of a TOML text (safetoml's
    reading), or None when it is not found there (an inline table's)."""
    from crosscheck import safetoml

    return safetoml.key_lines(text, table).get(key)


# The most processes (or Dask workers of a local cluster) a run starts: every one is
# started at once, so a mistyped --jobs 100000 would start a hundred thousand.
MAX_JOBS = 1024


def workers_to_start(jobs: int, files_each: int = 4) -> int:
    """The processes a run starts for ``jobs``: no more than the open-file limit lets it
    hold (each worker keeps about ``files_each`` descriptors: its pipes and queues), so
    --jobs 1024 under `ulimit -n 1024` runs with fewer workers rather than failing to start
    one and leaving the started ones waiting. ``jobs`` itself where no limit is known."""
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return jobs
    if soft == resource.RLIM_INFINITY or soft <= 0:
        return jobs
    return max(1, min(jobs, (soft - 64) // files_each))


def value_problem(key: str, value: Any) -> str | None:
    """What is wrong with ``value`` for ``fail_on``, ``jobs`` or ``engine``, or None: the
    one check of each, whether the value came from the configuration file (whose reader
    puts the file and line before it) or a library caller; the command line offers the
    same choices (FAIL_ON, ENGINES)."""
    if key == "fail_on" and value not in FAIL_ON:
        return f"fail_on must be one of {', '.join(FAIL_ON)}; got {shown(value)}"
    if key == "engine" and value not in ENGINES:
        return f"engine must be one of {', '.join(ENGINES)}; got {shown(value)}"
    if key == "jobs" and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_JOBS
    ):
        return f"jobs must be a whole number from 1 to {MAX_JOBS:,}; got {shown(value)}"
    return None


def checked(settings: Settings) -> Settings:
    """``settings`` as a run needs them, for a library caller who builds Settings directly
    (the CLI's are already so): a path given as a str is a Path, a date as text is read as
    the command line reads it (a datetime as its day), a size as text ("10MB") as the
    configuration file's max_size, and a value no option takes is a ConfigError, before
    anything is read, not a KeyError or AttributeError at the end of the run. ``jobs``
    of any whole number up to 1 (0, -1) is one process, as it always was for a library
    caller; a float or a yes/no is refused. An empty string (or white space) for a path
    is refused, as the configuration file refuses ``store = ""``; ``Path("")`` cannot be
    told from ``Path(".")``, so it is the working directory."""
    if not isinstance(settings, Settings):  # a dict of them: AttributeError 'time_budget'
        raise ConfigError(
            f"settings must be a crosscheck Settings (or None); got {type(settings).__name__}"
        )
    check_time_budget(settings.time_budget, "time_budget")  # (a library caller's name)
    fixed: dict[str, Any] = {}
    jobs: Any = settings.jobs  # (what a caller gave, whatever its type)
    if isinstance(jobs, int) and not isinstance(jobs, bool) and jobs < 1:
        fixed["jobs"] = 1
    for key in ("fail_on", "jobs"):
        problem = value_problem(key, fixed.get(key, getattr(settings, key)))
        if problem:
            raise ConfigError(problem)
    scheduler: Any = settings.scheduler  # (what a caller gave, whatever its type)
    if scheduler is not None and not isinstance(scheduler, str):  # a TypeError of Dask's
        raise ConfigError(
            f"scheduler must be a Dask scheduler's address (a str), or None; got {shown(scheduler)}"
        )
    # its value, a scheduler without Dask, Dask not installed: named as Settings name them
    check_engine(settings, library=True)
    size: Any = settings.max_bytes
    if isinstance(size, str):  # "10MB", as the configuration file's max_size takes it
        try:
            size = fixed["max_bytes"] = parse_size(size)
        except ConfigError as exc:
            raise ConfigError(f"max_bytes: {exc}") from None
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ConfigError(f"max_bytes must be a whole number of at least 1; got {shown(size)}")
    for name in ("store", "baseline"):
        value = getattr(settings, name)
        if value is None:
            continue
        text = path_text(value)
        if text is None or not text.strip():  # as the configuration file says of `store = ""`
            raise ConfigError(f"{name} must be a path (None for none); got {shown(value)}")
        refuse_nul(name, text)
        if not isinstance(value, Path):
            fixed[name] = Path(text)
    for name in ("alias_paths", "rule_paths", "exclude"):
        given = value = getattr(settings, name)
        if isinstance(value, str | os.PathLike):  # one path, not its letters
            value = (value,)
        texts = path_texts(value) if isinstance(value, tuple | list) else None
        if texts is None:
            raise ConfigError(f"{name} must be a path or a list of paths; got {shown(value)}")
        if any(not t.strip() for t in texts):  # Path("") is the working directory
            raise ConfigError(f"{name}: an empty path; leave it out")
        for text in texts:
            refuse_nul(name, text)
        if not isinstance(given, tuple) or not all(isinstance(p, Path) for p in value):
            fixed[name] = tuple(Path(t) for t in texts)  # one Path given alone too
    for name in ("shipped_aliases", "shipped_rules", "new_only", "strict", "allow_empty",
                 "by_folder"):  # fmt: skip
        if not isinstance(getattr(settings, name), bool):  # 'no' is no False
            raise ConfigError(f"{name} must be True or False; got {shown(getattr(settings, name))}")
    published: Any = settings.published_default  # (what a caller gave, whatever its type)
    if isinstance(published, str):
        try:
            fixed["published_default"] = parse_date_option(published)
        except ConfigError as exc:  # ("an empty date" alone named no field)
            raise ConfigError(f"published_default: {exc}") from None
    elif isinstance(published, datetime):  # (a pandas Timestamp too): its day, not its
        # hour, which the report showed as the articles' date ("2009-01-02T03:04:00")
        fixed["published_default"] = published.date()
    elif published is not None and not isinstance(published, date):
        raise ConfigError(f"published_default must be a date; got {shown(published)}")
    return replace(settings, **fixed) if fixed else settings


def path_text(value: object) -> str | None:
    """``value`` as the text of a path: a str, bytes or a path object (bytes, as
    os.listdir(b".") gives or a path object may, decoded as the file system names them);
    None for anything else. The one reading of a path a caller hands over (check()'s
    paths, the settings' paths, write_reports' folder)."""
    if not isinstance(value, str | bytes | os.PathLike):
        return None
    try:
        text = os.fspath(value)
    except TypeError:  # a __fspath__ that gives neither
        return None
    return text if isinstance(text, str) else os.fsdecode(text)


def refuse_nul(name: str, text: str) -> None:
    """A ConfigError for a path with a NUL character in it (``name`` says whose: a library
    caller's argument, a configuration file's key and line): no file has such a name, and
    the first system call on it is a ValueError (an internal error, exit 4; a baseline's
    was told as a number of too many digits)."""
    if "\0" in text:
        raise ConfigError(f"{name}: {shown(text)}: no path holds a NUL character")


def path_texts(values: Iterable[object]) -> list[str] | None:
    """Each of ``values`` as path_text reads it, or None when one is no path."""
    texts = [path_text(v) for v in values]
    kept = [t for t in texts if t is not None]
    return kept if len(kept) == len(texts) else None


def check_time_budget(seconds: object, what: str = "--time-budget") -> None:
    """A usage error for a time budget no timer can hold: below 0, not a number, infinite
    or above MAX_TIME_BUDGET (every document would be skipped, the run ending as a clean
    one)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ConfigError(f"{what} must be a number of seconds; got {shown(seconds)}")
    if not 0 <= seconds <= MAX_TIME_BUDGET:  # (false for NaN too)
        raise ConfigError(
            f"{what} must be a number of seconds from 0 (no limit) to {MAX_TIME_BUDGET:,.0f}; "
            f"got {shown(seconds)}"
        )


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or under it (both as written: give real paths to
    compare where files really are)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def in_its_folder(path: str) -> str:
    """``path`` with its folder's links resolved, not its own name's: where a folder's walk
    finds a file that is a link to one elsewhere."""
    whole = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(whole)), os.path.basename(whole))


def _read_through(path: str, named: Sequence[str], key: str) -> bool:
    """Whether the paths ``named`` on the command line (each a realpath) read the configured
    ``path`` of ``key`` (rules or aliases): the same path; a YAML file at the top of a
    --rules folder (read one level deep); anything under an --aliases folder (searched
    recursively). `--rules desk --aliases desk` with rules = ["desk/rules.yml"] was said to
    leave the file's rules unused, though it read them."""
    real = os.path.realpath(path)
    # where it is as the folder's walk finds it: a link to a file elsewhere, by its name
    where = in_its_folder(path)
    for base in named:
        if real == base:
            return True
        if not os.path.isdir(base):
            continue
        if key == "aliases":
            if any(inside(p, base) for p in (real, where)):
                return True
        elif (os.path.isfile(real) and where.endswith((".yml", ".yaml"))
              and (os.path.dirname(where) == base or real in _top_files(base))):  # fmt: skip
            return True
    return False


def _top_files(folder: str) -> set[str]:
    """Where the YAML files at the top of ``folder`` really are (a link to a file
    elsewhere: that file); none when it cannot be listed."""
    try:
        names = os.listdir(folder)
    except OSError:
        return set()
    return {os.path.realpath(os.path.join(folder, n)) for n in names
            if n.endswith((".yml", ".yaml"))}  # fmt: skip


def resolve(given: dict[str, Any], config: dict[str, Any]) -> tuple[Settings, dict[str, Any]]:
    """The settings of a run, and its output options (out, formats, timestamp: those of
    OPTIONS that are no setting), from the command line
    (``given``: None where an option was not given), else the configuration file (a Config
    from load_config, which says where a value found wrong is), else the defaults. Keys
    are those of OPTIONS."""
    unknown = set(given) - set(CONFIG_KEYS)
    assert not unknown, unknown
    value = {k: given[k] if given.get(k) not in (None, (), []) else config.get(k) for k in given}
    for key, flag in (("rules", "--rules"), ("aliases", "--aliases")):
        # the command line's replace the file's, as every key's do; said, for --rules
        # reads as adding ("besides the shipped ones") and the file's rules went unsaid.
        # Only of the file's paths the command line's do not read, by where they really
        # are: `--rules desk/` with rules = ["desk/"] (or "./desk", or "desk/rules.yml")
        # uses the file's all
        if given.get(key) in (None, (), []) or not config.get(key):
            continue
        named = [os.path.realpath(t) for p in given[key] if (t := path_text(p)) is not None]
        left = [p for p in config[key] if not _read_through(path_text(p) or "", named, key)]
        if left:
            at = config.place(key) if isinstance(config, Config) else "configuration:"
            logging.getLogger("crosscheck").warning(
                "%s %s: %s not used: %s on the command line replaces the configuration "
                "file's (list them all in one place to use both)",
                at, key, ", ".join(shown(str(p)) for p in left), flag,
            )  # fmt: skip
    if (
        given.get("engine") == "local"
        and given.get("scheduler") is None
        and (config.get("engine") == "dask")
    ):  # --engine local sets aside the file's cluster: its scheduler goes with its engine
        value["scheduler"] = None
    # a size and a date read from the command line (an error names the flag), else from
    # the file (load_config checked them, naming its line)
    read = {key: parse_flag(key, str(given[key])) for key in ("max_size", "published_default")
            if given.get(key) is not None}  # fmt: skip
    size = value.get("max_size")
    published = value.get("published_default")
    store = value.get("store")
    baseline = value.get("baseline")
    budget = value.get("time_budget")
    settings = Settings(
        max_bytes=read["max_size"] if "max_size" in read
        else parse_size(str(size)) if size is not None else DEFAULT_MAX_BYTES,
        published_default=read["published_default"] if "published_default" in read
        else parse_date_option(str(published)) if published is not None else None,
        alias_paths=tuple(Path(str(p)) for p in value.get("aliases") or ()),
        rule_paths=tuple(Path(str(p)) for p in value.get("rules") or ()),
        shipped_rules=bool(value["default_rules"]) if value.get("default_rules") is not None
        else True,
        store=Path(str(store)) if store else None,
        new_only=bool(value.get("new_only")),
        jobs=int(value.get("jobs") or 0) or usable_cores(),
        time_budget=float(budget) if budget is not None else DEFAULT_TIME_BUDGET,
        fail_on=str(value.get("fail_on") or "error"),
        strict=bool(value.get("strict")),
        allow_empty=bool(value.get("allow_empty")),
        by_folder=bool(value.get("by_folder")),
        baseline=Path(str(baseline)) if baseline else None,
        engine=str(value.get("engine") or "local"),
        scheduler=str(value["scheduler"]) if value.get("scheduler") else None,
    )  # fmt: skip
    if settings.new_only and settings.store is None:
        if not given.get("new_only") and isinstance(config, Config) and config.source:
            # set by the file: named with its line, as the file's other errors are
            key = config.written.get("new_only", "new_only")
            raise ConfigError(
                f"{config.place('new_only')} {key} needs a store (`store` in the file, or --store)"
            )
        raise ConfigError("--new-only needs --store (or `store` in the configuration)")
    filed = given.get("scheduler") is None and "scheduler" in config  # its value the file's
    where = (
        config.place("scheduler")
        if filed and isinstance(config, Config) and config.source
        else None
    )
    check_engine(settings, where)
    outputs = {o.key: value.get(o.key) for o in OPTIONS if not o.setting}
    return settings, outputs


def check_engine(
    settings: Settings, scheduler_at: str | None = None, *, library: bool = False
) -> None:
    """A usage error, before anything is read, for an engine that cannot run: an unknown
    one (value_problem), a scheduler without Dask (``scheduler_at``: where the
    configuration file sets it, when it does), or Dask not installed. Each names what its
    reader gave: the file's key and line, else the flag, or with ``library`` (checked:
    a caller who built Settings and gave no flag) the field of Settings."""
    problem = value_problem("engine", settings.engine)
    if problem:
        raise ConfigError(problem)
    if settings.scheduler is not None and settings.engine != "dask":
        if scheduler_at is not None:
            raise ConfigError(f'{scheduler_at} scheduler needs engine = "dask" (or --engine dask)')
        if library:
            raise ConfigError(f'scheduler needs engine="dask"; got engine={shown(settings.engine)}')
        raise ConfigError('--scheduler needs --engine dask (or `engine = "dask"`)')
    if settings.engine == "dask":
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            engine = 'engine="dask"' if library else "--engine dask"
            raise ConfigError(
                f"{engine} needs Dask, which is not installed: pip install 'crosscheck[dask]'"
            )
        if settings.scheduler is not None:
            problem = scheduler_problem(settings.scheduler)
            if problem:
                where = (f"{scheduler_at} scheduler" if scheduler_at
                         else "scheduler" if library else "--scheduler")  # fmt: skip
                raise ConfigError(f"{where} {shown(settings.scheduler)} {problem}")


def scheduler_problem(address: str) -> str | None:
    """Why ``address`` is no address of a Dask scheduler (as Dask reads it), or None: it
    was the ValueError of an internal error (exit 4) once the run had started."""
    from distributed.comm.addressing import parse_address
    from distributed.comm.registry import get_backend

    try:
        scheme, where = parse_address(address)
        port = get_backend(scheme).get_address_host_port(where)[1]  # type: ignore[no-untyped-call]
    except NotImplementedError:  # a scheme of no host and port (inproc://, in-process)
        return None
    except ValueError as exc:
        reason = " ".join(str(exc).split())
    else:
        if 0 < port < 65536:
            return None
        reason = f"port {port} is not a port number"
    return f"is not a Dask scheduler's address ({reason}); one looks like tcp://10.0.0.5:8786"


def usable_cores() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_JOBS, cores))  # the default --jobs: never past what jobs allows
