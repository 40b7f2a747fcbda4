"""YAML with bounds: every YAML crosscheck reads (front matter, rule, alias and concept
files) goes through ``load``, and every YAML file through ``read_file``, whose one message
shape names the file (and the line, where YAML gives it) whichever kind of file it is.

PyYAML's safe loader builds an anchor once and shares it at every alias, so a kilobyte of
"billion laughs" is a tiny graph that explodes as soon as anything walks it (``str()`` of a
title grew past 8 GB). Before loading, ``load`` walks the parser's events (libyaml's C parser
when available: fast, and it never constructs anything) and counts the values the aliases
add once expanded, and those written but in a user's own file (``own``); past
``max_nodes``, or nested deeper than ``max_depth`` (an alias at the depth it reaches), the
text is refused with a YAMLError (a user's plain rule file, however large, adds none;
front matter of 600,000 tags is refused). A timestamp that is no
real date ("2025-13-45") stays a string instead of failing the whole document (and its
reader says so), as is one whose offset no clock shows ("+05:99", which YAML reads as
+06:39).
"""

from __future__ import annotations

import codecs
import math
import re
from pathlib import Path
from typing import Any

import yaml

from crosscheck.atomic import open_regular, read_regular
from crosscheck.errors import NOT_REGULAR, ConfigError, cut, shown

MAX_NODES = 20_000  # values YAML aliases add once expanded: far above any real file's use
MAX_DEPTH = 50

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BoundsError(yaml.YAMLError):
    """YAML refused for its size after expanding aliases, or its depth."""


class SafeLoader(_BASE):  # type: ignore[misc]
    """The safe loader, with dates that do not exist kept as strings, and a value it cannot
    build (``!!float abc``) a YAMLError at that value's line (ValueProblem)."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            raise ValueProblem(str(exc).split(";")[0], node.start_mark) from None
        except (KeyError, IndexError, AttributeError, TypeError):
            if not isinstance(node, yaml.ScalarNode):
                raise  # (a mapping's unhashable key is PyYAML's own ConstructorError)
            # "!!bool maybe", "!!int ''", "!!timestamp soon": PyYAML's constructors fail
            # on a tagged value they cannot read with these
            raise ValueProblem(
                f"cannot read {node.value!r} as {node.tag}", node.start_mark
            ) from None


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    # an offset of +05:99 is no +06:39 (YAML reads it so): kept as written, and the date
    # reader says so; the one offset check is the date reader's (imported here, not at the
    # top, as the ingest package reads front matter with this module)
    from crosscheck.ingest.dates import unclocked_offset

    if unclocked_offset(node.value):
        return loader.construct_scalar(node)
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _int(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:  # more digits than Python converts (4,300): kept as written
        if node.value.lstrip("+-").replace("_", "").isdigit():
            return loader.construct_scalar(node)
        raise  # "!!int abc": no number, a ValueProblem at its line (construct_object)


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
SafeLoader.add_constructor("tag:yaml.org,2002:int", _int)


class LineDict(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows its line and each key's (from 1), for messages."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list):  # type: ignore[type-arg]
    """A YAML sequence that knows its line and each item's (from 1), for messages."""

    line: int = 0
    item_lines: list[int]


class LineLoader(SafeLoader):
    """The safe loader above (libyaml's C loader when there is one; dates that do not exist
    kept as strings), with mappings and sequences that know their lines: the loader of
    every file a user writes for crosscheck (rules, concepts, aliases, test cases), whose
    every problem is reported with its line."""


def _line_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    """A mapping with its lines. A key written twice in it is refused at the second, with
    the line of the first (PyYAML keeps the last without a word: a rule's `severity: error`
    then `severity: info` was silently info); a key a merge (`<<: *base`) brings and the
    mapping then sets is an override, as YAML means it."""
    seen: dict[Any, int] = {}
    for key_node, _value in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = _key(loader, node, key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found the key {shown(_written(key_node, key), 40)} twice (first at line "
                f"{seen[key]})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line + 1
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = _key(loader, node, key_node)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


def _written(key_node: yaml.Node, key: Any) -> str:
    """A key as the file writes it ('yes', not Python's True)."""
    return str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else str(key)


def _key(loader: LineLoader, node: yaml.MappingNode, key_node: yaml.Node) -> Any:
    """A mapping's key, refused when it cannot be one (`? [x]: 1`), at the key, as PyYAML's
    safe loader does."""
    key = loader.construct_object(key_node, deep=True)
    try:
        hash(key)
    except TypeError:
        raise yaml.constructor.ConstructorError(
            "while constructing a mapping",
            node.start_mark,
            "found unhashable key",
            key_node.start_mark,
        ) from None
    return key


def _line_sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _line_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _line_sequence)


def line_of(node: Any, key: str | None = None, index: int | None = None, default: int = 1) -> int:
    """The line of ``node`` (a LineDict or LineList), of its ``key`` or of its item
    ``index``; ``default`` for a value that knows none (a scalar)."""
    if key is not None and isinstance(node, LineDict):
        return node.key_lines.get(key, node.line) or default
    if index is not None and isinstance(node, LineList) and index < len(node.item_lines):
        return node.item_lines[index]
    return getattr(node, "line", default) or default


def finite(value: Any) -> float | None:
    """A number a user wrote, as a finite float, else None: what YAML read as a number,
    or text float() reads as one (``1e6`` is text to YAML 1.1, which wants a dot;
    ``"10"`` was quoted). A yes/no, ``.inf``, ``nan`` and an integer past a float's range
    (``1`` and 400 zeros, which float() refuses with an OverflowError) are none. The one
    reading of a number a user wrote where any number will do (a gold claim's value, a
    rule test case's values)."""
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
    elif isinstance(value, bool) or not isinstance(value, int | float):
        return None
    else:
        try:
            number = float(value)
        except OverflowError:
            return None
    return number if math.isfinite(number) else None


def not_text(value: Any) -> str | None:
    """Why ``value`` is no name (an id, alias, term, verb...), or None: the one rule of
    every file a user writes. A name is YAML text, not empty; what YAML reads as a number,
    a yes/no, a date or null (``id: 5``, ``id: yes``, ``- null``) is refused with the hint to
    quote it, rather than read as '5' or 'True' (``007`` would be '7')."""
    if isinstance(value, str):
        return None if value.strip() else "is empty"
    if value is None:
        return "is empty (null)"
    kind = (
        "yes/no" if isinstance(value, bool)
        else "number" if isinstance(value, int | float)
        else "list" if isinstance(value, list)  # (a LineList, as LineLoader reads it)
        else "mapping" if isinstance(value, dict)
        else type(value).__name__  # a date
    )  # fmt: skip
    said = value.isoformat() if hasattr(value, "isoformat") else value  # a date as written
    return f"must be text, not a {kind} ({shown(said)} as YAML reads it): put it in quotes"


def name_list(path: Path | str, node: Any, key: str, what: str) -> list[str]:
    """The list of names under ``key`` of a mapping ``node`` (null or left out: none),
    each checked (``check_names``); a ConfigError naming the file and the key's line when
    it is no list: "{what} '{key}' must be a list of names"."""
    items = node.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise ConfigError(f"{path}:{line_of(node, key)}: {what} '{key}' must be a list of names")
    check_names(path, items, f"{what} '{key}'")
    return [str(v) for v in items]


def check_names(path: Path | str, items: list[Any], what: str) -> None:
    """Every item of a list of names is one (``not_text``), or a ConfigError names the file,
    the line of the first that is not and which item it is: "{what} item N ..."."""
    for i, item in enumerate(items):
        wrong = not_text(item)
        if wrong:
            raise ConfigError(f"{path}:{line_of(items, index=i)}: {what} item {i + 1} {wrong}")


HEAD_CHARS = 4000  # how far into a file its top-level key is looked for


def opens_with(path: Path, keys: tuple[str, ...]) -> bool:
    """Whether the YAML file at ``path`` sets one of ``keys`` at its top level within its
    first HEAD_CHARS characters: how a folder's rule, concept, alias, case and wire files
    are told apart. Anything that is not a regular file (a named pipe would block the run)
    or cannot be read is none of them; line ends may be LF, CRLF or CR alone. A .yml that
    is not UTF-8 text (UTF-16, or a binary file given the name) is a ConfigError naming it:
    read as far as it decoded, a UTF-16 rule file was silently no rule file at all."""
    return head_opens_with(head(path), keys)


def head(path: Path) -> str | None:
    """The first HEAD_CHARS characters of the YAML file at ``path``, line ends as LF (for
    ``head_opens_with``); None for what is no regular file or cannot be read. A FileError
    when it is not UTF-8 text (see opens_with). One read serves every kind asked of it."""
    try:
        opened = open_regular(path)
        if opened is None:
            return None
        with opened:
            data = opened.read(HEAD_CHARS * 4)
    except OSError:
        return None
    try:
        if b"\0" in data:  # UTF-16 (its BOM fails the decoder too) or binary
            raise UnicodeError
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        text = decoder.decode(data, final=False)[:HEAD_CHARS]  # a cut last character waits
    except UnicodeError:
        # read_file's shape; its kind untold, since its keys could not be read
        raise FileError(f"{path}: YAML file is not UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def head_opens_with(text: str | None, keys: tuple[str, ...]) -> bool:
    """Whether a file's ``head`` sets one of ``keys`` at its top level."""
    if text is None:
        return False
    pattern = rf"^(?:{'|'.join(re.escape(k) for k in keys)})\s*:"
    return re.search(pattern, text, re.MULTILINE) is not None


def item_lines(text: str, key: str) -> list[int]:
    """The line of each item of the list under the top-level ``key`` of the YAML ``text``
    (a file's, as ``read_text`` read it), an alias (``- *r``) at its own line; [] when it
    cannot be parsed. A node an alias repeats is one node to the loader, whose lines are
    its anchor's: a rule repeated by ``- *r`` at line 13 was 'a duplicate id' at line 2,
    the line of the rule it repeats."""
    try:
        events = list(yaml.parse(text, Loader=_BASE))
    except yaml.YAMLError:
        return []
    depth, nodes, found, inside = 0, 0, False, False
    lines: list[int] = []
    for event in events:
        starts = isinstance(event, yaml.ScalarEvent | yaml.AliasEvent | yaml.CollectionStartEvent)
        if starts and depth == 1:  # the top mapping's keys and values, one after another
            if nodes % 2 == 0:
                found = isinstance(event, yaml.ScalarEvent) and event.value == key
            inside = found and nodes % 2 == 1 and isinstance(event, yaml.SequenceStartEvent)
        elif starts and depth == 2 and inside and event.start_mark is not None:
            lines.append(event.start_mark.line + 1)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            if depth == 1:
                if inside:
                    return lines
                nodes += 1
        elif starts and depth == 1:
            nodes += 1
    return lines


def check_bounds(
    text: str, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH, *, own: bool = False
) -> None:
    """Raise BoundsError when the YAML aliases of ``text`` (``*name``) would add more than
    ``max_nodes`` values once expanded, or it nests deeper than ``max_depth``, aliases
    counted at the depth they reach; YAML syntax errors surface as the parser's YAMLError.

    The values written count too, but for ``own`` (a user's own rule, alias, concept, wire
    or rule test file): such a file is as large as its writer makes it (an alias file of
    1,100 agencies with 15 names each was refused as "an alias bomb"), while what comes
    with an article (its front matter: 600,000 tags, 7 MB, were built whole, 315 MB) or
    from elsewhere (a gold file) is bounded as written as well as expanded."""
    sizes: dict[str, int] = {}  # anchor -> expanded size of its node
    heights: dict[str, int] = {}  # anchor -> the levels of collections it holds, its own too
    # [expanded size so far, anchor, height of its highest child] per open collection
    stack: list[list[Any]] = [[0, None, 0]]
    added = 0  # values the aliases add, each counted as often as an alias reaches it
    written = 0  # values written, for a file that is not the user's own
    for event in yaml.parse(text, Loader=_BASE):
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
                heights[event.anchor] = 0
            stack[-1][0] += 1
            written += 1
        elif isinstance(event, yaml.AliasEvent):
            size = sizes.get(event.anchor or "", 1)
            stack[-1][0] += size
            added += size
            if added > max_nodes:
                raise BoundsError(
                    f"too large once its aliases are expanded (they add over {max_nodes:,} "
                    "values; an alias bomb?)"
                )
            # an alias stands for its anchor's levels where it is: 30 anchors of 45 levels,
            # each holding the one before, were 1,350 levels to the loader (a RecursionError)
            height = heights.get(event.anchor or "", 0)
            if len(stack) - 1 + height > max_depth:
                raise BoundsError(f"nested deeper than {max_depth} levels (through its aliases)")
            stack[-1][2] = max(stack[-1][2], height)
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            stack.append([1, event.anchor, 0])
            written += 1
            if len(stack) - 1 > max_depth:
                raise BoundsError(f"nested deeper than {max_depth} levels")
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            size, anchor, highest = stack.pop()
            if anchor:
                sizes[anchor] = size
                heights[anchor] = highest + 1
            stack[-1][0] += size
            stack[-1][2] = max(stack[-1][2], highest + 1)
        if not own and written + added > max_nodes:
            how = " once its aliases are expanded (an alias bomb?)" if added > written else ""
            raise BoundsError(f"too large: over {max_nodes:,} values{how}")


def load(
    text: str, loader: Any = SafeLoader, max_nodes: int = MAX_NODES, *, own: bool = False
) -> Any:
    """``yaml.load`` with a safe loader, after ``check_bounds`` (``own``: a user's own file,
    whose values written are not bounded). A value the loader cannot build (a number
    Python refuses to convert) is a YAMLError like any syntax error."""
    check_bounds(text, max_nodes, own=own)
    return yaml.load(text, Loader=loader)  # (SafeLoader.construct_object: ValueProblem)


def load_with_keys(text: str, max_nodes: int = MAX_NODES) -> tuple[Any, list[tuple[str, int]]]:
    """``load`` with the safe loader, and the keys of the document's top mapping as written,
    each with its line (from 1), in order, a key written twice listed twice (the value
    read is the last: a file whose keys are not crosscheck's own, such as front matter, is
    read rather than refused; its reader says which key is written twice)."""
    check_bounds(text, max_nodes)
    loader = _KeysLoader(text)
    try:
        return loader.get_single_data(), loader.keys
    finally:
        loader.dispose()


class _KeysLoader(SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.keys: list[tuple[str, int]] = []

    def construct_document(self, node: Any) -> Any:
        if isinstance(node, yaml.MappingNode):
            self.keys = [
                (str(key.value), key.start_mark.line + 1)
                for key, _value in node.value
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge"
            ]
        return super().construct_document(node)


class ValueProblem(yaml.YAMLError):
    """A value in the YAML that cannot be read, at its mark when the loader knows it; the
    problem cut short, as it quotes the value ("could not convert string to float: ...")."""

    def __init__(self, problem: str, mark: Any = None) -> None:
        problem = cut(problem, PROBLEM_CHARS + 3)
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


PROBLEM_CHARS = 100  # of a ValueProblem's text, which may quote a value of any length


class FileError(ConfigError):
    """A YAML file that cannot be read, decoded, bounded or parsed (``read_file``): a
    ConfigError (exit 2) whose one-line message names the file, and the line where YAML
    gives one. A caller that lists its problems rather than stopping at the first takes
    ``str()`` of it."""


def read_file(
    path: Path, what: str, loader: Any = SafeLoader, max_nodes: int = MAX_NODES, *,
    own: bool = False,
) -> Any:  # fmt: skip
    """The YAML file at ``path`` read as UTF-8 text, bounded (``check_bounds``; ``own`` for
    a file the user writes for crosscheck: rules, concepts, aliases, wires, rule test cases)
    and parsed with ``loader``: the one reader of every YAML file (those, and gold files).
    ``what`` names its kind in the messages of a FileError:

    - "PATH:LINE: <what> is not valid YAML (problem) (in what begins at line N)"
    - "PATH: <what> is not UTF-8 text"
    - "PATH: cannot read <what> (reason)"
    - "PATH: <what> refused: <why: its size once aliases are expanded, or its depth>"
    - "PATH: <what> is not a regular file (...)": a named pipe, which would block the run
    """
    return parse_text(path, read_text(path, what), what, loader, max_nodes, own=own)


def read_text(path: Path, what: str) -> str:
    """The file at ``path`` as ``read_file`` reads it: UTF-8 text, its line ends made
    newlines (as Path.read_text makes them), for a reader that needs the text too
    (``item_lines``), parsed with ``parse_text``; a FileError as ``read_file`` raises it."""
    try:
        data = read_regular(path)
        if data is None:
            raise FileError(f"{path}: {what} is {NOT_REGULAR}")
        # line ends as Path.read_text reads them
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise FileError(f"{path}: {what} is not UTF-8 text") from None
    except OSError as exc:
        raise FileError(f"{path}: cannot read {what} ({exc.strerror or exc})") from None


def parse_text(
    path: Path, text: str, what: str, loader: Any = SafeLoader, max_nodes: int = MAX_NODES,
    *, own: bool = False,
) -> Any:  # fmt: skip
    """``read_file``'s parsing of ``text``, the file at ``path`` as ``read_text`` read it."""
    try:
        return load(text, loader, max_nodes, own=own)
    except BoundsError as exc:
        raise FileError(f"{path}: {what} refused: {exc}") from None
    except yaml.YAMLError as exc:
        at, problem, began = where_and_why(exc, text)
        line = f":{at}" if at is not None else ""
        detail = f" ({problem})" if problem else ""
        context = f" (in what begins at line {began})" if began is not None else ""
        raise FileError(f"{path}{line}: {what} is not valid YAML{detail}{context}") from None


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks


def where_and_why(exc: yaml.YAMLError, text: str) -> tuple[int | None, str, int | None]:
    """Where and why ``text`` is no YAML, from the error ``load`` raised on it: the line of
    the problem (from 1; None where YAML gives none), the problem on one line ("" where it
    says none), and the line where what it was reading began when that is another line
    (else None). A character YAML refuses (NUL, a bell, a C1 control such as U+0092 from a
    Windows quote) is a ReaderError, which has no mark, only a position: the pure-Python
    reader's counts characters (its encoding says "unicode"), libyaml's UTF-8 bytes; lines
    are counted as YAML's marks count them (CRLF, CR alone, LF, NEL, LS and PS)."""
    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        if exc.encoding != "unicode":
            data = text.encode("utf-8", "surrogatepass")
            before = data[: exc.position].decode("utf-8", errors="ignore")
        line = len(_LINE_BREAK.findall(before)) + 1
        return line, f"unacceptable character #x{exc.character:04x}: {exc.reason}", None
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [""])[0]
    context = getattr(exc, "context_mark", None)
    began = None
    if context is not None and context.line != getattr(mark, "line", None):
        began = context.line + 1
    return (mark.line + 1 if mark is not None else None), " ".join(problem.split()), began
