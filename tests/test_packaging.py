"""The installed app: `packaging/build-linux` builds the bundle and the .deb once for the
session; the .deb is unpacked into a temporary root, its menu entry and metainfo are
validated, and the program its Exec= line names is started as a launcher would start it.
The Windows and macOS recipes cannot be built here: their declared files are checked
against the Linux bundle, which has the same layout.
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import shlex
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from jobfollowup import APP_ID, LINK_SCHEME, __version__
from jobfollowup.i18n import LANGUAGES, desktop_entry, gettext_in

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import build_linux  # noqa: E402
from bundle_layout import info_plist  # noqa: E402

DESKTOP = f"usr/share/applications/{APP_ID}.desktop"
METAINFO = f"usr/share/metainfo/{APP_ID}.metainfo.xml"


@dataclass
class Build:
    bundle: Path
    deb: Path
    root: Path  # the .deb unpacked, as dpkg would install it under /
    seconds: float
    lintian: subprocess.Popen


@pytest.fixture(scope="session")
def linux_build(tmp_path_factory) -> Build:
    """One build for every test here (about 45 s: PyInstaller, then dpkg-deb)."""
    out = tmp_path_factory.mktemp("packaging")
    started = time.monotonic()
    result = subprocess.run(
        [str(ROOT / "packaging" / "build-linux"), "--dist", str(out / "dist"),
         "--work", str(out / "build"), "--no-tarball", "--compression", "gzip"],
        env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True,
        timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    seconds = time.monotonic() - started
    deb = out / "dist" / f"jobfollowup_{__version__}_{build_linux._architecture()}.deb"
    root = out / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    # lintian takes half a minute: it runs while the other tests launch the app.
    lintian = subprocess.Popen(["lintian", "--fail-on", "error", str(deb)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(f"\nbuild-linux took {seconds:.0f} s")
    return Build(out / "dist" / "jobfollowup", deb, root, seconds, lintian)


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def launch(program: list[str], tmp_path: Path, language: str = "en_GB.UTF-8"):
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "JOBFOLLOWUP_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=language,
               JOBFOLLOWUP_DATA_DIR=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path))
    return subprocess.run([*program, "--smoke-test"], capture_output=True, text=True,
                          env=env, timeout=120)


def installed_program(build: Build) -> list[str]:
    """The Exec= command of the installed menu entry, inside the unpacked root."""
    argv = build_linux.exec_argv((build.root / DESKTOP).read_text(encoding="utf-8"))
    assert argv[0].startswith("/"), "the menu entry names the program by its full path"
    return [str(build.root / argv[0].lstrip("/")), *argv[1:]]


def test_the_deb_installs_the_app_its_menu_entry_icons_and_command(linux_build):
    root = linux_build.root
    program = root / "opt" / "jobfollowup" / "jobfollowup"
    assert program.is_file() and os.access(program, os.X_OK)
    assert os.readlink(root / "usr" / "bin" / "jobfollowup") == "/opt/jobfollowup/jobfollowup"
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (root / "usr" / "share" / "doc" / "jobfollowup" / "copyright").is_file()
    fields = subprocess.run(["dpkg-deb", "-f", str(linux_build.deb), "Package", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: jobfollowup" in fields
    for library in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1"):
        assert library in fields


def test_every_library_the_bundle_links_to_is_bundled_or_a_dependency(linux_build):
    """What the bundle leaves to the system is declared in the .deb's Depends, so apt
    installs it: a Qt module or plugin added later cannot fail on a fresh machine."""
    files = [path for path in linux_build.bundle.rglob("*")
             if path.is_file() and (".so" in path.name or path.name == "jobfollowup")]
    bundled = {path.name for path in linux_build.bundle.rglob("*.so*")}
    needed = set()
    for path in files:
        headers = subprocess.run(["objdump", "-p", str(path)], capture_output=True,
                                 text=True).stdout
        needed |= set(re.findall(r"^\s+NEEDED\s+(\S+)$", headers, re.MULTILINE))
    assert "libQt6Gui.so.6" in needed and "libxcb-cursor.so.0" in needed
    assert needed - bundled - set(build_linux.SYSTEM_LIBRARIES) == set()
    depends = subprocess.run(["dpkg-deb", "-f", str(linux_build.deb), "Depends"],
                             capture_output=True, text=True, check=True).stdout
    for package in set(build_linux.SYSTEM_LIBRARIES.values()):
        assert re.search(rf"(^|, ){re.escape(package)}( |,|$)", depends.strip()), package


def test_menu_entry_and_metainfo_pass_the_freedesktop_validators(linux_build):
    for command in (["desktop-file-validate", str(linux_build.root / DESKTOP)],
                    ["appstreamcli", "validate", "--no-net",
                     str(linux_build.root / METAINFO)]):
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_menu_entry_speaks_our_languages_and_matches_the_window(linux_build):
    keys = desktop_keys(linux_build.root / DESKTOP)
    assert keys["Categories"] == "Office;"
    assert keys["StartupWMClass"] == "jobfollowup"  # Qt's WM_CLASS: the application name
    assert keys["Icon"] == APP_ID
    assert keys["GenericName[fr]"] == "Suivi de recherche d'emploi"
    for language in ("fr", "it", "nb"):
        for key, message in (("Name", desktop_entry.NAME),
                             ("GenericName", desktop_entry.GENERIC_NAME),
                             ("Comment", desktop_entry.COMMENT),
                             ("Keywords", desktop_entry.KEYWORDS)):
            assert keys[f"{key}[{language}]"] == gettext_in(language, message)
        assert keys[f"Comment[{language}]"] != keys["Comment"]
        assert keys[f"Keywords[{language}]"].endswith(";")
    metainfo = (linux_build.root / METAINFO).read_text(encoding="utf-8")
    assert '<summary xml:lang="nb">' in metainfo
    assert "main-window.png</image>" in metainfo


def test_the_menu_entry_starts_the_app_on_an_empty_data_folder(linux_build, tmp_path):
    result = launch(installed_program(linux_build), tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "data" / "jobfollowup.sqlite3") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert "icon=16,22,24,32,48,64,128,256" in result.stdout  # found its SVGs and drew them
    log = (tmp_path / "state" / "jobfollowup" / "log" / "jobfollowup.log").read_text()
    assert re.search(r"INFO jobfollowup: Job Follow-up [\d.]+ GUI started .*frozen bundle", log)
    assert f"Data in {tmp_path / 'data' / 'jobfollowup.sqlite3'}" in log


@pytest.mark.parametrize(("locale", "expected"), [
    ("fr_FR.UTF-8", "language=fr; title=Job Follow-up; views=Aujourd'hui, Calendrier, "
                    "Contacts, Candidatures, Bilan de la semaine; qt=Annuler"),
    ("it_IT.UTF-8", "language=it; title=Job Follow-up; views=Oggi, Calendario, Contatti, "
                    "Candidature, Riepilogo settimanale; qt=Annulla"),
    ("nb_NO.UTF-8", "language=nb; title=Job Follow-up; views=I dag, Kalender, Kontakter, "
                    "Søknader, Ukesoversikt"),
])
def test_the_bundle_starts_in_the_system_language(linux_build, tmp_path, locale, expected):
    catalogs = linux_build.bundle / "_internal" / "jobfollowup" / "translations"
    for language in LANGUAGES:
        assert (catalogs / language / "LC_MESSAGES" / "messages.po").is_file()
    result = launch([str(linux_build.bundle / "jobfollowup")], tmp_path, locale)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


def test_lintian_finds_no_errors(linux_build):
    output, _ = linux_build.lintian.communicate(timeout=600)
    assert linux_build.lintian.returncode == 0, output
    assert not re.search(r"^E: ", output, re.MULTILINE), output


def test_a_user_without_root_installs_into_their_home(linux_build, tmp_path):
    home = tmp_path / 'Ada "Ada" Lovelace $HOME 100%'  # quoting as the Exec key wants
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    installer = linux_build.bundle / "install-user.sh"
    subprocess.run([str(installer)], env=env, check=True, capture_output=True)
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    validation = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                text=True)
    assert validation.returncode == 0, validation.stdout
    program = build_linux.exec_argv(entry.read_text(encoding="utf-8"))
    assert program == [str(home / ".local" / "opt" / "jobfollowup" / "jobfollowup")]
    assert desktop_keys(entry)["Exec"].endswith(" %u")  # the link clicked, as an argument
    handlers = (entry.parent / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"x-scheme-handler/{LINK_SCHEME}={APP_ID}.desktop;" in handlers
    assert (home / ".local" / "bin" / "jobfollowup").resolve() == Path(program[0])
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps"
            / f"{APP_ID}.png").is_file()
    assert launch(program, tmp_path).returncode == 0

    subprocess.run([str(installer), "--uninstall"], env=env, check=True, capture_output=True)
    assert not entry.exists() and not Path(program[0]).exists()


def test_the_windows_installer_ships_files_the_bundle_has(linux_build):
    script = (ROOT / "packaging" / "windows" / "jobfollowup.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', script, re.MULTILINE))
    assert defines["AppId"] == APP_ID and defines["AppVersion"] == __version__

    def on_linux(path: str) -> Path:
        for name, value in defines.items():
            path = path.replace(f"{{#{name}}}", value)
        path = path.replace(defines["Bundle"], str(linux_build.bundle))
        path = path.replace("{app}", str(linux_build.bundle)).replace("\\", "/")
        return Path(path.removesuffix(".exe"))

    sources = re.findall(r'^Source: "([^"]+)"', script, re.MULTILINE)
    assert sources
    for source in sources:
        path = on_linux(source)
        assert (path.parent.is_dir() and any(path.parent.iterdir())
                if path.name == "*" else path.is_file()), source
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.MULTILINE).group(1)
    assert on_linux(icon).is_file()
    shortcuts = re.findall(r'^Name: "(\{auto\w+\})[^"]*"; Filename: "([^"]+)"', script,
                           re.MULTILINE)
    assert {place for place, _target in shortcuts} == {"{autoprograms}", "{autodesktop}"}
    for _place, target in shortcuts:
        assert on_linux(target).is_file()
    assert "Uninstallable=no" not in script
    assert defines["LinkScheme"] == LINK_SCHEME  # links of calendar events open the app
    registry = "\n".join(re.findall(r"^Root: HKA; .+$", script, re.MULTILINE))
    assert r'Subkey: "Software\Classes\{#LinkScheme}"; ValueType: string; ' \
           'ValueName: "URL Protocol"' in registry
    assert r'shell\open\command"; ValueType: string; ValueName: ""; ' \
           r'ValueData: """{app}\{#Exe}"" ""%1"""' in registry


def test_the_macos_app_bundle_declares_what_the_bundle_has(linux_build, tmp_path, qapp):
    info = info_plist()
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleLocalizations"] == ["en", "fr", "it", "nb"]
    assert (linux_build.bundle / info["CFBundleExecutable"]).is_file()
    catalogs = linux_build.bundle / "_internal" / "jobfollowup" / "translations"
    for language in info["CFBundleLocalizations"]:
        assert (catalogs / language / "LC_MESSAGES" / "messages.po").is_file()
    from make_icons import generate

    assert generate(tmp_path)["icns"].name == info["CFBundleIconFile"]
    assert plistlib.loads(plistlib.dumps(info)) == info
    spec = (ROOT / "packaging" / "jobfollowup.spec").read_text(encoding="utf-8")
    assert re.search(r"BUNDLE\(\s*coll,.*icon=str\(icons\[\"icns\"\]\).*"
                     r"bundle_identifier=APP_ID.*info_plist=info_plist\(\)", spec, re.DOTALL)


def test_the_menu_entry_opens_the_links_of_calendar_events(tmp_path):
    """The entry takes a clicked jobfollowup:// link as its one argument (%u), and says it
    handles the scheme; the validator accepts it."""
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(build_linux.desktop_entry_text("/opt/jobfollowup/jobfollowup"),
                     encoding="utf-8")
    keys = desktop_keys(entry)
    assert keys["Exec"] == "/opt/jobfollowup/jobfollowup %u"
    assert keys["MimeType"] == f"x-scheme-handler/{LINK_SCHEME};"
    validation = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                text=True)
    assert validation.returncode == 0, validation.stdout
    subprocess.run(["update-desktop-database", str(tmp_path)], check=True)
    assert f"x-scheme-handler/{LINK_SCHEME}={APP_ID}.desktop;" in (
        tmp_path / "mimeinfo.cache").read_text(encoding="utf-8")


def test_exec_lines_are_quoted_as_the_specification_says():
    for program in ("/opt/jobfollowup/jobfollowup", "/home/Ada Lovelace/.local/bin/app",
                    '/home/o"neil/100% $real\\app'):
        entry = f"Exec={build_linux.exec_value(program)}\n"
        assert build_linux.exec_argv(entry) == [program]


def test_the_bundle_keeps_passwords_in_the_desktops_keyring_and_reaches_both_servers(
        linux_build, tmp_path, radicale, dovecot):
    """What the bundle loads only when an account is set up — the keyring's Secret Service
    backend (with cryptography's and cffi's compiled modules), the CalDAV and IMAP
    clients — is in it: under a session bus with GNOME Keyring unlocked, as on a desktop,
    the installed program stores both passwords there, syncs with a real Radicale and
    reads a real Dovecot, and neither password reaches the data folder."""
    from calendar_server import PASSWORD as CALENDAR_PASSWORD
    from calendar_server import USER as CALENDAR_USER
    from calendar_server import phone_events
    from mailserver import PASSWORD as MAIL_PASSWORD
    from mailserver import USER as MAIL_USER

    program = shlex.join(installed_program(linux_build))
    script = f"""set -e
eval "$(printf 'unlock\\n' | gnome-keyring-daemon --unlock --components=secrets)"
{program} demo
printf '%s\\n' {shlex.quote(CALENDAR_PASSWORD)} | {program} calendar-sync set \\
    {radicale.url} --user {shlex.quote(CALENDAR_USER)}
{program} sync-calendar --format json > {tmp_path / "synced.json"}
printf '%s\\n' {shlex.quote(MAIL_PASSWORD)} | {program} mail-account set --server 127.0.0.1 \\
    --port {dovecot.port} --security plain --user {shlex.quote(MAIL_USER)}
{program} check-mail
"""
    home, runtime = tmp_path / "home", tmp_path / "runtime"
    (home / ".cache").mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
           "LANG": "en_GB.UTF-8", "JOBFOLLOWUP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    created = json.loads((tmp_path / "synced.json").read_text())["pushed"]["created"]
    assert len(phone_events(radicale)) == len(created) > 0
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert CALENDAR_PASSWORD.encode() not in content
            assert MAIL_PASSWORD.encode() not in content
    keyrings = list((home / ".local" / "share" / "keyrings").glob("*.keyring"))
    assert keyrings, "the passwords went to GNOME Keyring's own file"
