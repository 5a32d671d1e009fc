"""The use cases the UI and the command line share."""
