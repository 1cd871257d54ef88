"""The interface catalogues are complete: every string the code and templates mark for
translation has a Russian and a Kazakh translation, none fuzzy.

The check runs Django's makemessages (gettext's xgettext, installed by
scripts/install-system-deps.sh) on a copy of the code, so that the repository's catalogues
are never rewritten by a test, and reads what it extracted with Babel.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CODE = [
    "config",
    "core",
    "partners",
    "events",
    "pressroom",
    "opendata",
    "website",
    "templates",
    "locale",
]
LANGUAGES = ["ru", "kk"]


def _extract(tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    copy.mkdir()
    for name in CODE:
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "catalogue-check",
        "DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "PYTHONPATH": str(copy),
    }
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v0"]
    for language in LANGUAGES:
        command += ["-l", language]
    subprocess.run(command, cwd=copy, env=env, check=True)
    return copy / "locale"


def _catalogue(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_every_interface_string_is_translated_in_russian_and_kazakh(tmp_path):
    extracted = _extract(tmp_path)
    problems = []
    for language in LANGUAGES:
        fresh = _catalogue(extracted / language / "LC_MESSAGES" / "django.po")
        committed = _catalogue(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
        assert len(fresh) > 100, "makemessages found almost nothing: is this the site?"
        for message in fresh:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            label = message.id if isinstance(message.id, str) else message.id[0]
            if not all(strings):
                problems.append(f"{language}: untranslated: {label!r}")
            elif message.fuzzy:
                problems.append(f"{language}: fuzzy: {label!r}")
        # What the code marks is what the repository's catalogue holds: a string added
        # since the last `makemessages` fails here until it is extracted and translated.
        new = {m.id for m in fresh if m.id} - {m.id for m in committed if m.id}
        problems += [f"{language}: not in locale/: {message_id!r}" for message_id in new]
    assert not problems, "\n".join(problems[:50]) + f"\n({len(problems)} in all)"
