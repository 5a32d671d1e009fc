"""The Qt Widgets interface: views, item models and the one path for every change."""
