"""The import contract in pyproject.toml ([tool.importlinter]) holds, and it would catch a
module that imports a layer above its own."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["config", "core", "partners", "events", "pressroom", "opendata", "website"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    if not LINT_IMPORTS.exists():
        pytest.fail(f"import-linter is not installed next to {sys.executable}")
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(folder / "pyproject.toml"), "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_layers_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "imports"),
    [
        ("core/upward.py", "import events.models\n"),  # plumbing reaching into an app
        ("partners/upward.py", "from pressroom import models\n"),  # an app reaching up
        ("pressroom/upward.py", "from website import views\n"),  # an app into the site layer
        ("pressroom/opendata_up.py", "from opendata import iati\n"),  # into open data above
        ("opendata/upward.py", "from website import views\n"),  # open data into the site
    ],
)
def test_an_upward_import_breaks_the_contract(tmp_path, module, imports):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / module).write_text(imports)

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    assert "1 broken" in result.stdout
    assert module.replace("/", ".").removesuffix(".py") in result.stdout
