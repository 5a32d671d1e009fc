"""The small round badges (a kind's, a timeline step's, an exchange's direction) are drawn
for each scale a screen may have (100 %, 150 %, 200 %, 300 %), not stretched from 16 px:
at 200 % the timeline's step badges were blurred."""

from __future__ import annotations

from PySide6.QtCore import QSize

from jobfollowup.rules.kinds import Kind
from jobfollowup.ui.widgets import colours
from jobfollowup.ui.widgets.kind_style import badge_icon, kind_icon

DRAWN = {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)}


def test_every_badge_is_drawn_for_every_scale(qapp):
    icons = [kind_icon(kind) for kind in Kind]
    icons += [badge_icon(colours.STEP_REPLY, "↩"), badge_icon(colours.SENT_BY_YOU, "→")]
    for icon in icons:
        assert set(icon.availableSizes()) == DRAWN
        sharp = icon.pixmap(QSize(16, 16), 2.0)
        assert (sharp.width(), sharp.devicePixelRatio()) == (32, 2.0)
