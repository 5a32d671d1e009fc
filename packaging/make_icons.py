"""Render the app icon from its SVG source: PNGs 16…512, a Windows .ico, a macOS .icns.

    python packaging/make_icons.py [OUTPUT_DIR]      (default: build/icons)
    python packaging/make_icons.py --navigation      (the navigation icons' PNGs, in git)

Only the app icon's SVG is kept in git; every build renders the rest from it with Qt's own
SVG renderer (PySide6's QtSvg), so the sizes never drift from the drawing. The navigation
icons are the exception: their PNGs (20 px and @2x) are kept beside their SVGs, because the
window shows them in its first frame, before QtSvg could load; a test checks that they
match their drawings. The .ico and .icns
containers are written here (PNG entries, as Windows Vista+ and macOS 10.7+ read them)
rather than with another imaging library.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.jobfollowup.JobFollowup"
SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
# Redrawn on the pixel grid for menus and title bars, where the full drawing blurs.
SMALL_SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}-16.svg"
SMALL_UP_TO = 24
NAVIGATION = ROOT / "resources" / "icons" / "navigation"
NAVIGATION_SIZE = 20  # the navigation list's icon size; @2x beside it for HiDPI screens
NAVIGATION_COLOUR = "#3f83cc"  # white ("-selected") on the selected row's highlight
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, each with the pixel size it holds.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int) -> bytes:
    """The icon drawn at `size`×`size` pixels, as PNG bytes."""
    return render_svg(SMALL_SOURCE if size <= SMALL_UP_TO else SOURCE, size)


def render_svg(source: Path, size: int, recolour: tuple[str, str] | None = None) -> bytes:
    """The drawing `source` at `size`×`size` pixels, as PNG bytes; `recolour` (old, new)
    swaps one colour of the drawing for another."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _gui_application()
    text = source.read_text(encoding="utf-8")
    if recolour is not None:
        text = text.replace(*recolour)
    renderer = QSvgRenderer(QByteArray(text.encode()))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _gui_application():
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_application.app = QGuiApplication(sys.argv[:1])
    return QGuiApplication.instance()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size (256 is written as 0, as the format says)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family: 'icns', its length, then (type, length, PNG) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(output: Path) -> dict[str, Path]:
    """Write every icon file into `output`; returns them by role ("png-16", "ico", "icns")."""
    output.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = output / f"{size}x{size}" / f"{APP_ID}.png"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(pngs[size])
        written[f"png-{size}"] = path
    written["ico"] = output / "jobfollowup.ico"
    written["ico"].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written["icns"] = output / "jobfollowup.icns"
    written["icns"].write_bytes(icns_bytes(pngs))
    written["svg"] = output / f"{APP_ID}.svg"
    written["svg"].write_bytes(SOURCE.read_bytes())
    return written


def navigation_pngs() -> dict[Path, bytes]:
    """The navigation icons' PNG files rendered from their SVGs: name.png and name@2x.png,
    and the same in white for the selected row, name-selected.png and name-selected@2x.png."""
    return {NAVIGATION / f"{source.stem}{variant}{scale}.png":
            render_svg(source, size, recolour)
            for source in sorted(NAVIGATION.glob("*.svg"))
            for variant, recolour in (("", None), ("-selected", (NAVIGATION_COLOUR, "#ffffff")))
            for scale, size in (("", NAVIGATION_SIZE), ("@2x", 2 * NAVIGATION_SIZE))}


if __name__ == "__main__" and sys.argv[1:] == ["--navigation"]:
    for path, data in navigation_pngs().items():
        path.write_bytes(data)
        print(path)
elif __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in generate(target).values():
        print(path)
