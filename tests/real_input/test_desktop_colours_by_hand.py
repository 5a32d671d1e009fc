"""The desktop's own colours, as the real app meets them: started on a GTK desktop (Qt's
GTK 3 platform theme, in a real X server) whose theme names a colour for what is selected.
A colour that reads (white text on it at 4.5:1, itself at 3:1 on the app's grounds) is
the one a selected row is painted in; one that does not gives way to the app's own; and a
dark GTK theme makes the app dark. GTK 3 comes from packaging/install-system-packages
test."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest
from driver import App
from PySide6.QtGui import QColor, QImage

APPS_OWN = {"light": "#1f63ad", "dark": "#2d69b0"}


def gtk_desktop(folder: Path, selected: str) -> dict[str, str]:
    """The environment of a GTK desktop whose theme selects in `selected`, white text on
    it (a theme of its own, in its own data folder)."""
    if ctypes.util.find_library("gtk-3") is None:
        raise RuntimeError("GTK 3 is missing: install Debian's libgtk-3-0, as "
                           "packaging/install-system-packages test does")
    css = folder / "themes" / "Chosen" / "gtk-3.0" / "gtk.css"
    css.parent.mkdir(parents=True)
    css.write_text(
        f"@define-color theme_selected_bg_color {selected};\n"
        "@define-color theme_selected_fg_color #ffffff;\n"
        "* { background-color: #eeeeee; color: #222222; }\n"
        "entry, textview text, treeview { background-color: #ffffff; }\n"
        "*:selected, selection, treeview:selected, row:selected {"
        " background-color: @theme_selected_bg_color; color: @theme_selected_fg_color; }\n")
    return {"QT_QPA_PLATFORMTHEME": "gtk3", "XDG_DATA_HOME": str(folder),
            "GTK_THEME": "Chosen"}


def painted(app: App, colour: str, path: Path) -> int:
    """How many pixels of the screen are `colour` exactly."""
    image = QImage(str(app.screenshot(path)))
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) == wanted)


@pytest.mark.parametrize(("selected", "kept"), [("#7b1fa2", True), ("#3daee9", False)])
def test_a_desktops_selection_colour_is_kept_when_it_reads(xserver, search, tmp_path,
                                                            selected, kept):
    work = tmp_path / "app"
    work.mkdir()
    app = App(xserver, search.folder, work, env=gtk_desktop(tmp_path / "desktop", selected))
    try:
        shown = APPS_OWN["light"] if not kept else selected
        assert app.ask("palette_colour('Base')") == "#ffffff"  # the app's light scheme
        assert app.ask("palette_colour('Highlight')") == shown
        app.wait_for("today_ids() != []")
        assert painted(app, shown, work / "screen.png") > 200  # Today's first row, selected
        assert painted(app, selected, work / "screen.png") == 0 or kept
    finally:
        app.quit()


def test_a_dark_gtk_theme_makes_the_app_dark(xserver, search, tmp_path):
    work = tmp_path / "app"
    work.mkdir()
    env = {**gtk_desktop(tmp_path / "desktop", "#15539e"), "GTK_THEME": "Adwaita:dark"}
    app = App(xserver, search.folder, work, env=env)
    try:
        assert QColor(app.ask("palette_colour('Base')")).lightness() < 60
        # Adwaita's dark selection (#15539e) is 2.3:1 on the app's dark base: its own
        assert app.ask("palette_colour('Highlight')") == APPS_OWN["dark"]
    finally:
        app.quit()
