"""Two-way sync of the planned follow-ups with the user's own CalDAV calendar.

`account` keeps the server, the user name and the choices (the password in the system's
keyring); `client` talks CalDAV through the `caldav` library and names every failure in
the user's language; `events` writes each follow-up's event (the .ics writer's) and reads
a day back; `engine` runs one sync (pull what changed elsewhere, push what changed here,
ETags on every write); `incoming` applies what came back, with the rules' verdict, and
settles the questions it raised. No Qt here: the window runs the engine on a thread and
turns the moves into steps of Undo.
"""
