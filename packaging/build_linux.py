"""Build the Linux artifacts: the one-folder bundle, a tarball for a per-user install, and
a .deb. `packaging/build-linux` runs this; see README, "Install".

    dist/jobfollowup/                        the bundle (run dist/jobfollowup/jobfollowup)
    dist/jobfollowup-VERSION-linux-ARCH.tar.gz   the bundle + install-user.sh, for no root
    dist/jobfollowup_VERSION_ARCH.deb        /opt/jobfollowup, menu entry, icons, /usr/bin

The launcher's Name, GenericName, Comment and Keywords and the AppStream texts are taken
from our gettext catalogs (jobfollowup.i18n.desktop_entry), in every language we speak.
"""

from __future__ import annotations

import argparse
import gzip
import html
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from bundle_layout import APP_ID, BUNDLE_NAME, LANGUAGES, ROOT, __version__

from jobfollowup.i18n import desktop_entry, gettext_in

PACKAGING = ROOT / "packaging"
TEMPLATES = PACKAGING / "linux"
INSTALL_DIR = f"/opt/{BUNDLE_NAME}"
PACKAGE = "jobfollowup"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
# The libraries the bundle leaves to the system (see BUNDLED_LIBRARIES in the spec), each
# with the Debian package that provides it: the .deb depends on these packages, and
# tests/test_packaging.py checks that every library the bundle links to is in the bundle
# or here.
SYSTEM_LIBRARIES = {
    "ld-linux-x86-64.so.2": "libc6", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libbrotlicommon.so.1": "libbrotli1", "libbrotlidec.so.1": "libbrotli1",
    "libbz2.so.1.0": "libbz2-1.0", "libc.so.6": "libc6", "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3", "libdl.so.2": "libc6", "libdrm.so.2": "libdrm2",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1", "libglib-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2", "libgthread-2.0.so.0": "libglib2.0-0",
    "libm.so.6": "libc6", "libpthread.so.0": "libc6", "libresolv.so.2": "libc6",
    "librt.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libz.so.1": "zlib1g", "libzstd.so.1": "libzstd1",
}
DEPENDS = ", ".join(["libc6 (>= 2.34)", *sorted(set(SYSTEM_LIBRARIES.values()) - {"libc6"})])
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


# The launcher ------------------------------------------------------------------------

def _desktop_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def exec_value(program: str) -> str:
    """`program` as the Exec key wants it: quoted when it holds a reserved character
    (a home folder with a space), with % doubled (the entry adds its one field code, %u:
    the jobfollowup:// link a calendar event holds, clicked)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    quoted = program.replace("%", "%%")
    if reserved & set(program):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in quoted)
        quoted = f'"{inner}"'
    return _desktop_escape(quoted)


def desktop_entry_text(program: str) -> str:
    """The .desktop entry launching `program`, with its texts in every language."""
    fields = {"@NAME@": desktop_entry.NAME, "@GENERIC_NAME@": desktop_entry.GENERIC_NAME,
              "@COMMENT@": desktop_entry.COMMENT, "@KEYWORDS@": desktop_entry.KEYWORDS}
    lines = []
    for line in (TEMPLATES / f"{DESKTOP_FILE}.in").read_text(encoding="utf-8").splitlines():
        key, _sep, value = line.partition("=")
        if value in fields:
            message = fields[value]
            lines.append(f"{key}={_desktop_escape(message)}")
            lines += [f"{key}[{lang}]={_desktop_escape(gettext_in(lang, message))}"
                      for lang in TRANSLATED]
        elif value.startswith("@EXEC@"):
            lines.append(f"Exec={exec_value(program)}{value.removeprefix('@EXEC@')}")
        elif value == "@TRYEXEC@":
            lines.append(f"TryExec={_desktop_escape(program)}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def exec_argv(entry: str) -> list[str]:
    """The command a launcher runs for a .desktop entry's Exec line (field codes dropped),
    unquoted as the specification says; for the tests that start the installed app as a
    menu click would."""
    line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    value = line[len("Exec="):].replace("\\\\", "\\")
    words, word, quoted, index = [], "", False, 0
    while index < len(value):
        char = value[index]
        if quoted and char == "\\" and value[index + 1:index + 2] in ('"', "`", "$", "\\"):
            word += value[index + 1]
            index += 1
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            if word:
                words.append(word)
            word = ""
        else:
            word += char
        index += 1
    if word:
        words.append(word)
    return [w.replace("%%", "%") for w in words if not (len(w) == 2 and w[0] == "%")]


# The software-centre entry -------------------------------------------------------------

def _translated_elements(tag: str, message: str, indent: str) -> str:
    elements = [f"<{tag}>{html.escape(message, quote=False)}</{tag}>"]
    elements += [f'<{tag} xml:lang="{lang}">'
                 f"{html.escape(gettext_in(lang, message), quote=False)}</{tag}>"
                 for lang in TRANSLATED]
    return f"\n{indent}".join(elements)


def metainfo_text() -> str:
    text = (TEMPLATES / f"{METAINFO_FILE}.in").read_text(encoding="utf-8")
    description = "\n    ".join(_translated_elements("p", paragraph, "    ")
                                for paragraph in desktop_entry.DESCRIPTION)
    replacements = {
        "@NAME@": _translated_elements("name", desktop_entry.NAME, "  "),
        "@SUMMARY@": _translated_elements("summary", desktop_entry.SUMMARY, "  "),
        "@DESCRIPTION@": description,
        "@CAPTION@": _translated_elements("caption", desktop_entry.SCREENSHOT_CAPTION,
                                          "      "),
        "@VERSION@": __version__,
    }
    for marker, value in replacements.items():
        text = text.replace(marker, value)
    return text


# Building ------------------------------------------------------------------------------

def _run(*command: str) -> None:
    subprocess.run(command, check=True)


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _install_icons(icons: dict[str, Path], share: Path) -> None:
    hicolor = share / "icons" / "hicolor"
    for role, path in icons.items():
        if role.startswith("png-"):
            size = role[len("png-"):]
            _copy(path, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    _copy(icons["svg"], hicolor / "scalable" / "apps" / f"{APP_ID}.svg")


def _copy(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def build_bundle(dist: Path, work: Path) -> Path:
    """PyInstaller's one-folder bundle: dist/jobfollowup/."""
    _run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
         str(PACKAGING / "jobfollowup.spec"))
    bundle = dist / BUNDLE_NAME
    _tidy_libraries(bundle)
    return bundle


def _tidy_libraries(bundle: Path) -> None:
    """Shared libraries as a distribution ships them: not executable, and without the
    build machine's library folders (a Python built in /root/.pyenv) in their RUNPATH."""
    for path in bundle.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        path.chmod(0o644)
        runpath = subprocess.run(["patchelf", "--print-rpath", str(path)],
                                 capture_output=True, text=True).stdout.strip()
        if runpath and not all(p.startswith("$ORIGIN") for p in runpath.split(":")):
            _run("patchelf", "--remove-rpath", str(path))


def add_user_install(bundle: Path, work: Path) -> None:
    """Put beside the bundle what `install-user.sh` installs into the user's home."""
    from make_icons import generate

    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    _install_icons(generate(work / "icons"), share)
    (share / "applications").mkdir(parents=True)
    # install-user.sh replaces the program with where it copied the bundle.
    (share / "applications" / DESKTOP_FILE).write_text(
        desktop_entry_text("@PROGRAM@"), encoding="utf-8")
    (share / "metainfo").mkdir()
    (share / "metainfo" / METAINFO_FILE).write_text(metainfo_text(), encoding="utf-8")
    _copy(TEMPLATES / "install-user.sh", bundle / "install-user.sh", 0o755)


def build_tarball(bundle: Path, dist: Path) -> Path:
    target = dist / f"{PACKAGE}-{__version__}-linux-{_architecture()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"{PACKAGE}-{__version__}")
    return target


def _deb_root(bundle: Path, work: Path) -> Path:
    root = work / "deb" / PACKAGE
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR.lstrip("/"), symlinks=True,
                    ignore=shutil.ignore_patterns("share", "install-user.sh"))
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / PACKAGE).symlink_to(f"{INSTALL_DIR}/{BUNDLE_NAME}")
    share = root / "usr" / "share"
    shutil.copytree(bundle / "share" / "icons", share / "icons")  # add_user_install's
    (share / "applications").mkdir()
    (share / "applications" / DESKTOP_FILE).write_text(
        desktop_entry_text(f"{INSTALL_DIR}/{BUNDLE_NAME}"), encoding="utf-8")
    (share / "metainfo").mkdir()
    (share / "metainfo" / METAINFO_FILE).write_text(metainfo_text(), encoding="utf-8")
    doc = share / "doc" / PACKAGE
    _copy(TEMPLATES / "copyright", doc / "copyright")
    _gzip(TEMPLATES / "changelog", doc / "changelog.gz")
    _gzip(TEMPLATES / "jobfollowup.1", share / "man" / "man1" / "jobfollowup.1.gz")
    _copy(TEMPLATES / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    for path in root.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    return root


def _gzip(source: Path, target: Path) -> None:
    """Compressed as Debian wants (-9, no timestamp), readable by all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(target, "wb", mtime=0, compresslevel=9) as handle:
        handle.write(source.read_bytes())
    target.chmod(0o644)


def build_deb(bundle: Path, dist: Path, work: Path, compression: str = "xz") -> Path:
    root = _deb_root(bundle, work)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    control = (TEMPLATES / "control.in").read_text(encoding="utf-8")
    control = (control.replace("@VERSION@", __version__)
               .replace("@ARCH@", _architecture()).replace("@SIZE@", str(size_kib))
               .replace("@DEPENDS@", DEPENDS))
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    target = dist / f"{PACKAGE}_{__version__}_{_architecture()}.deb"
    level = "-z1" if compression == "gzip" else "-z6"  # gzip is for quick test builds
    _run("dpkg-deb", "--root-owner-group", f"-Z{compression}", level, "--build", str(root),
         str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build-linux", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--compression", choices=("xz", "gzip"), default="xz",
                        help="compression of the .deb (xz: smallest; gzip: much faster)")
    parser.add_argument("--no-tarball", action="store_true",
                        help="skip the per-user tarball")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build_bundle(args.dist, args.work)
    add_user_install(bundle, args.work)
    outputs = [bundle]
    if not args.no_tarball:
        outputs.append(build_tarball(bundle, args.dist))
    outputs.append(build_deb(bundle, args.dist, args.work, args.compression))
    for path in outputs:
        print(path)
    print(f"built in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
