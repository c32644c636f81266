"""The house's rules that a linter does not check: modules small by job, each saying what it
offers, no import circles, no private names across modules, no long functions without a reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tracker

ROOT = Path(tracker.__file__).parent
MAX_LINES = 400
MAX_FUNCTION_LINES = 80
# A function may run longer when its body says why, in a comment holding this marker.
LONG_REASON = "long because"


def modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, names: set[str]) -> list[tuple[str, str]]:
    """Every (module, name) this module imports from tracker, at any depth (lazy imports inside
    functions count: they only hide a circle). Imports under `if TYPE_CHECKING:` are left out:
    they name a type for the checker and run nothing (the store's parts annotate the Journal
    that owns them). `from X import y` is module X.y when that is a module, else (X, "y");
    `import X` is (X, "")."""
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names if alias.name in names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}".rstrip(".")
            for alias in node.names:
                if f"{base}.{alias.name}" in names:
                    found.append((f"{base}.{alias.name}", ""))
                elif base in names:
                    found.append((base, alias.name))
    return found


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in modules()}
    names = set(paths)
    return {
        name: {target for target, _ in imports(path, names) if target != name}
        for name, path in paths.items()
    }


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def test_circles_finds_the_modules_of_a_circle_and_no_others():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]


def test_no_import_circle():
    """Two modules that import each other are one job cut in two, or two jobs sharing a piece
    that belongs in a third module: a lazy import inside a function only hides the circle."""
    assert circles(import_graph()) == []


def test_no_module_imports_a_private_name_from_another():
    """A leading underscore says "only this module uses it": a name others need is public, and
    lives in the module whose job it is."""
    names = {module_name(p) for p in modules()}
    private = sorted(
        f"{module_name(path)} imports {source}.{name}"
        for path in modules()
        for source, name in imports(path, names)
        if name.startswith("_") and not name.startswith("__")
    )
    assert private == []


def long_functions(text: str, where: str) -> list[str]:
    """Functions and methods over MAX_FUNCTION_LINES whose body gives no reason."""
    lines = text.splitlines()
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        assert node.end_lineno is not None
        if node.end_lineno - node.lineno + 1 <= MAX_FUNCTION_LINES:
            continue
        body = lines[node.lineno - 1 : node.end_lineno]
        if not any("#" in line and LONG_REASON in line.partition("#")[2] for line in body):
            length = node.end_lineno - node.lineno + 1
            found.append(f"{where}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_long_functions_lists_a_long_one_unless_a_comment_says_why():
    def body(indent: str, lines: int) -> str:
        return "".join(f"{indent}x{n} = {n}\n" for n in range(lines))

    method = f"class A:\n    async def also(self):\n{body(' ' * 8, 80)}"
    text = f"def long():\n{body('    ', 80)}{method}"
    assert long_functions(text, "m.py") == ["m.py:1 long (81 lines)", "m.py:83 also (81 lines)"]
    assert long_functions(f"def short():\n{body('    ', 79)}", "m.py") == []
    reason = "    # long because: one table, row by row\n"
    assert long_functions(f"def long():\n{reason}{body('    ', 79)}", "m.py") == []


def test_no_function_is_long_without_a_reason():
    """A function over ~80 lines does several jobs, each worth a name; when it really is one
    thing (a window laying out its widgets), a comment in it says so: "# long because ..."."""
    found = [
        line
        for path in modules()
        for line in long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []


def test_a_module_over_400_lines_says_why():
    """Modules are cut by job, not by length: a split made only to get under a line count gave
    import circles and private names across modules (issue 19). So the count stays as a prompt,
    not a wall: a module over 400 lines is fine when its docstring says why its job is one,
    after "one job:" (as in "one job: the quick-entry grammar, every rule beside the others")."""
    long = []
    for path in modules():
        text = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if len(text.splitlines()) > MAX_LINES and not re.search(r"one job:\s*\w+", docstring):
            long.append(str(path.relative_to(ROOT)))
    assert long == []


def test_every_module_with_code_declares_all():
    missing = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defines = any(isinstance(n, ast.FunctionDef | ast.ClassDef) for n in tree.body)
        declares = any(
            isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in n.targets)
            for n in tree.body
        )
        if defines and not declares:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
