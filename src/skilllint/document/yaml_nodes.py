"""Measuring a YAML document before it is constructed: aliases can make it huge or endless, nesting too deep."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import yaml

MAX_EXPANDED_NODES = 100_000
MAX_NESTING_DEPTH = 1000


def expanded_size(node: yaml.Node) -> int:
    """The number of nodes the document would have with every alias expanded (capped just above the limit)."""
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, leaving = stack.pop()
        key = id(current)
        if leaving:
            visiting.discard(key)
            total = 1 + sum(sizes.get(id(child), 1) for child in _children(current))  # a recursive alias counts once
            sizes[key] = min(total, MAX_EXPANDED_NODES + 1)
        elif key not in sizes and key not in visiting:
            visiting.add(key)
            stack.append((current, True))
            stack.extend((child, False) for child in reversed(_children(current)))
    return sizes[id(node)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return []


def too_deep(text: str, loader_class: type) -> yaml.Mark | None:
    """Where the YAML's collections first nest deeper than MAX_NESTING_DEPTH, or None.

    Read from the parser's events, before anything is composed: composing recurses once per level
    (in C for libyaml, where a deep enough document crashes the interpreter).
    """
    if _nesting_bound(text) <= MAX_NESTING_DEPTH:
        return None
    loader = loader_class(text)
    depth = 0
    try:
        while not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING_DEPTH:
                    return event.start_mark
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        # newer libyaml builds stop at their own nesting limit, about as deep as this one
        if "nesting depth" in (error.problem or "") and error.problem_mark is not None:
            return error.problem_mark
        return None  # a syntax error, which parsing the document reports
    finally:
        loader.dispose()
    return None


def _nesting_bound(text: str) -> int:
    """More than the nesting depth: every collection opens with an indicator of its own ([ { - ? :)."""
    return sum(map(text.count, "[{-?:"))


def bracket_too_deep(text: str, tokens: re.Pattern[str]) -> int | None:
    """The line where JSON or TOML arrays and tables first nest deeper than MAX_NESTING_DEPTH, or None.

    ``tokens`` matches the brackets and whatever may hide one (strings, comments); only bare
    brackets count.
    """
    if text.count("[") + text.count("{") <= MAX_NESTING_DEPTH:
        return None
    depth = 0
    for match in tokens.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_NESTING_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif token in ("]", "}"):
            depth -= 1
    return None


@contextmanager
def room_to_compose() -> Iterator[None]:
    """Enough recursion for PyYAML's pure-Python composer, which takes two frames per level of nesting."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, 3 * MAX_NESTING_DEPTH + 500))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def first_duplicate_key(root: yaml.Node) -> tuple[yaml.ScalarNode, yaml.ScalarNode] | None:
    """The first key that repeats an earlier key of its mapping, with that earlier key.

    YAML requires unique keys; PyYAML keeps the last value silently, so a second `name:` would
    quietly replace the first. Merge keys (`<<`) are left alone: overriding a merged key is allowed.
    """
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            keys: dict[tuple[str, str], yaml.ScalarNode] = {}
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    first = keys.setdefault((key.tag, key.value), key)
                    if first is not key:
                        return key, first
            stack.extend(value for _, value in reversed(node.value))
    return None


def recursive_alias(root: yaml.Node) -> yaml.Node | None:
    """A collection that contains itself through an alias (`a: &a [*a]`), or None."""
    done: set[int] = set()
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            done.add(id(node))
            continue
        if id(node) in on_path:
            return node
        if id(node) in done or isinstance(node, yaml.ScalarNode):
            continue
        on_path.add(id(node))
        stack.append((node, True))
        children = node.value if isinstance(node, yaml.SequenceNode) else [c for pair in node.value for c in pair]
        stack.extend((child, False) for child in reversed(children))
    return None
