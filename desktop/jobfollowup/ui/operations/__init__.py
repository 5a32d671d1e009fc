"""Every user action as one named function: the service call, undo text and changes."""
