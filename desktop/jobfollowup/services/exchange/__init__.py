"""What goes in and out of the app: files, the calendar feed, printouts."""
