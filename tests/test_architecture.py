"""The layout's rules, checked: models load no request layer, imports point down, education never imports
tipoffs (see docs/architecture.md)."""

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_setting_django_up_loads_no_tipoffs_request_layer_and_hashes_no_password():
    script = (
        "import sys, json, django;"
        "django.setup();"
        "from tipoffs.models import tipoff;"
        "print(json.dumps({'modules': sorted(m for m in sys.modules if m.startswith('tipoffs')),"
        " 'hashed': tipoff._dummy_legacy_hash.cache_info().currsize}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PYTHONPATH": f"{ROOT / 'site'}:{ROOT}", "DJANGO_SETTINGS_MODULE": "settings", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    request_layer = [
        m for m in loaded["modules"] if m.rsplit(".", 1)[-1] in {"views", "forms", "admin", "services"}
    ]
    assert request_layer == []
    assert "tipoffs.intake.evidence" not in loaded["modules"]  # Pillow's verification of uploads
    assert loaded["hashed"] == 0


def test_models_import_no_views_forms_or_pillow():
    for path in (ROOT / "tipoffs" / "models").glob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(("PIL", "django.forms", "django.views")), (path.name, module)
            assert not module.endswith((".views", ".forms", ".admin")), (path.name, module)


def test_education_never_imports_tipoffs():
    for path in (ROOT / "education").rglob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith("tipoffs"), (path, module)


def test_common_depends_on_neither_app():
    for path in (ROOT / "common").rglob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(("tipoffs", "education")), (path, module)


def test_features_call_services_not_each_others_admin():
    for path in (ROOT / "tipoffs").rglob("*.py"):
        if path.name == "wagtail_hooks.py" or "migrations" in path.parts:
            continue
        feature = path.relative_to(ROOT / "tipoffs").parts[0]
        for module in imported_modules(path):
            parts = module.split(".")
            if module.endswith(".admin") and len(parts) == 3 and parts[0] == "tipoffs":
                assert parts[1] == feature, f"{path.relative_to(ROOT)} imports {module}"
