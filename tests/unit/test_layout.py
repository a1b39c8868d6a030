"""The tree reads as the pipeline: imports point down it, never round in a cycle.

Every ``import`` counts, at module level, in functions and under ``TYPE_CHECKING``:
a lazy import hides a cycle from the interpreter, not from a reader.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from warlog.pipeline import STAGES

SRC = Path(__file__).resolve().parents[2] / "src"
DOCS = [*sorted((SRC.parent / "docs").glob("*.md")), SRC.parent / "README.md"]
CORE = (*STAGES, "geo", "models", "config", "errors", "pipeline", "runner", "export")
OUTER = ("store", "serve", "evaluate", "cli", "scale", "bench")


def _modules() -> dict[str, Path]:
    out = {}
    for p in SRC.rglob("*.py"):
        parts = p.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


MODULES = _modules()


def _imports(path: Path, name: str) -> set[str]:
    """The warlog modules ``name`` imports (``from pkg import mod`` names the module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in MODULES and m != name}


def _top(module: str) -> str:
    """The package or module right under warlog ("places" for warlog.places.detect)."""
    return ([*module.split("."), ""])[1]


GRAPH = {name: _imports(path, name) for name, path in MODULES.items()}


def _cycle_from(start: str) -> list[str] | None:
    stack, seen = [(start, [start])], set()
    while stack:
        node, trail = stack.pop()
        for nxt in GRAPH[node]:
            if nxt == start:
                return [*trail, nxt]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*trail, nxt]))
    return None


def test_layout_has_no_import_cycle() -> None:
    cycles = [c for m in sorted(GRAPH) if (c := _cycle_from(m))]
    assert not cycles, "import cycle: " + " -> ".join(cycles[0])


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _top(m) in CORE))
def test_layout_reading_core_does_not_import_outer_layers(module: str) -> None:
    outer = {m for m in GRAPH[module] if _top(m) in OUTER}
    assert not outer, f"{module} imports {sorted(outer)}"


def test_layout_one_package_per_stage_with_its_verb() -> None:
    verbs = {"text": "read_inputs", "nlp": "parse", "places": "find_places",
             "times": "find_times", "actors": "find_actors", "numbers": "find_quantities",
             "events": "extract_events", "merge": "merge_events"}
    import importlib

    for stage, verb in verbs.items():
        package = importlib.import_module(f"warlog.{stage}")
        assert callable(getattr(package, verb, None)), f"warlog.{stage}.{verb}"
    assert not (SRC / "warlog" / "stages").exists()


@pytest.mark.parametrize("path", sorted(MODULES.values()), ids=lambda p: str(p.relative_to(SRC)))
def test_layout_module_and_function_sizes(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 400, f"{len(lines)} lines"
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            assert size <= 80, f"{node.name} has {size} lines"


_NAMED = re.compile(
    r"(?<![\w/.:-])([\w][\w/.-]*\.py\b|src/warlog/[\w/]*/|warlog(?:\.\w+)+)")
_FILES = frozenset({"db", "toml", "sqlite", "jsonl", "json", "csv", "log"})  # warlog.db
_ROOTS = (SRC.parent, SRC, SRC / "warlog")  # a path may be told from any of these


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_layout_every_module_named_in_the_docs_exists(doc: Path) -> None:
    missing = []
    for ref in _NAMED.findall(doc.read_text(encoding="utf-8")):
        if ref.endswith((".py", "/")):
            if not any((root / ref).exists() for root in _ROOTS):
                missing.append(ref)
            continue
        parts = ref.split(".")
        if parts[-1] in _FILES:
            continue
        # a dotted name may end in an attribute: some prefix of it must be a module
        if not any(".".join(parts[:n]) in MODULES for n in range(len(parts), 1, -1)):
            missing.append(ref)
    assert not missing, f"{doc.name} names modules that do not exist: {missing}"
