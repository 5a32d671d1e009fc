"""A plain `pip install .` installs a wheel, not the checkout: the wheel must carry the
catalogs and the icons, or the installed app speaks only English and has no icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

from jobfollowup.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built offline from a copy of the sources (the build writes build/ and
    *.egg-info beside them), with the venv's own setuptools. About a second."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.mo")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("desktop", "translations", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "--wheel-dir", str(tmp / "out"), str(source)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = (tmp / "out").glob("jobfollowup-*.whl")
    return built


def test_the_wheel_carries_the_catalogs_of_every_language_and_the_icons(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in LANGUAGES:
        assert f"jobfollowup/translations/{language}/LC_MESSAGES/messages.po" in names
    icons = {name for name in names if name.startswith("jobfollowup/resources/icons/")}
    shipped = [*(ROOT / "resources" / "icons").glob("*.svg"),
               *(ROOT / "resources" / "icons" / "navigation").glob("*.png")]
    assert icons == {"jobfollowup/" + path.relative_to(ROOT).as_posix() for path in shipped}
    assert "jobfollowup/resources/icons/navigation/today@2x.png" in icons
    assert "jobfollowup/ui/views/__init__.py" in names
    assert not any("screenshots" in name for name in names), "README pictures stay out"


def test_the_installed_wheel_finds_its_own_catalogs_and_icons(wheel, tmp_path):
    """Unpacked as pip installs it, the package speaks French from its own copy."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import jobfollowup; from jobfollowup.i18n import catalog_dir, gettext_in;"
        "print(jobfollowup.__file__); print(catalog_dir());"
        "print(jobfollowup.resource_dir('resources')); print(gettext_in('fr', 'Today'))")
    env = {**os.environ, "PYTHONPATH": str(site)}
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True, cwd=tmp_path).stdout.splitlines()
    package, catalogs, resources, today = output
    assert Path(package).is_relative_to(site)
    assert Path(catalogs) == site / "jobfollowup" / "translations"
    assert (Path(resources) / "icons").is_dir() and Path(resources).is_relative_to(site)
    assert today == "Aujourd'hui"


def test_the_package_list_names_every_subpackage_and_the_mapped_data_packages():
    """The list in pyproject.toml is written out (find would miss the mapped data
    packages): a new subpackage under desktop/ must be added to it."""
    mapped = {name for name in SETUPTOOLS["package-dir"] if name}
    assert mapped == {"jobfollowup.translations", "jobfollowup.resources"}
    found = set(find_packages(str(ROOT / "desktop")))
    assert "jobfollowup.ui.calendar" in found
    listed = SETUPTOOLS["packages"]
    assert len(listed) == len(set(listed))
    assert set(listed) == found | mapped
