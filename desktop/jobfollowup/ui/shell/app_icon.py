"""The app's icon for its windows (title bar, task switcher), drawn from the SVG sources in
`resources/icons/`: the pixel-grid drawing for small sizes, the full one above."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from jobfollowup import APP_ID, resource_dir

SMALL_SIZES = (16, 22, 24)
LARGE_SIZES = (32, 48, 64, 128, 256)


def icon_files() -> tuple[str, str]:
    """The full drawing and the one for 16–24 px."""
    folder = resource_dir("resources") / "icons"
    return str(folder / f"{APP_ID}.svg"), str(folder / f"{APP_ID}-16.svg")


def _pixmap(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)


def app_icon() -> QIcon:
    """The icon at every size a desktop asks for (empty if the files are missing)."""
    full, small = (QSvgRenderer(path) for path in icon_files())
    icon = QIcon()
    for renderer, sizes in ((small, SMALL_SIZES), (full, LARGE_SIZES)):
        if renderer.isValid():
            for size in sizes:
                icon.addPixmap(_pixmap(renderer, size))
    return icon
