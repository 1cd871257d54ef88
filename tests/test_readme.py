"""The README's "Layout" section is the tree a newcomer finds: every top-level folder in its
table and no other, and the layer diagram in the order import-linter enforces."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Made by tools or by running the site, and git-ignored: not part of the layout.
GENERATED = {"var", "staticfiles", "media", "build", "__pycache__"}


def layout_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Layout", 1)[1].split("\n## ", 1)[0]


def test_the_layout_table_names_every_top_level_folder_and_no_other():
    named = set(re.findall(r"^\| `([a-z_]+)/` \|", layout_section(), flags=re.MULTILINE))
    folders = {
        path.name
        for path in ROOT.iterdir()
        if path.is_dir()
        and not path.name.startswith(".")
        and path.name not in GENERATED
        and not path.name.endswith(".egg-info")
    }
    assert named == folders


def test_the_layer_diagram_is_the_contract_order():
    diagram = layout_section().split("```", 2)[1]
    first_line = next(line for line in diagram.splitlines() if "->" in line)
    drawn = [name.strip().rstrip("/") for name in first_line.split("->")]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    assert drawn == list(reversed(contract["layers"]))
