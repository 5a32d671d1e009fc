"""Pieces the views and dialogs share: forms, panels, painting, labels, charts."""
