"""The app around the views: start-up, the main window and its menus, crashes, reminders."""
