"""Measuring a composed YAML document before it is constructed: aliases can make it huge or endless."""

from __future__ import annotations

import yaml

MAX_EXPANDED_NODES = 100_000


def expanded_size(node: yaml.Node) -> int:
    """The number of nodes the document would have with every alias expanded (capped just above the limit)."""
    sizes: dict[int, int] = {}
    visiting: set[int] = set()

    def size(n: yaml.Node) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in visiting:  # a recursive alias: count it once
            return 1
        visiting.add(key)
        total = 1
        if isinstance(n, yaml.SequenceNode):
            for child in n.value:
                total += size(child)
        elif isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                total += size(k) + size(v)
        visiting.discard(key)
        sizes[key] = min(total, MAX_EXPANDED_NODES + 1)
        return sizes[key]

    return size(node)


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
