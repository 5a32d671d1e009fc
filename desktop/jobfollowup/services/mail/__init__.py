"""The user's own mailbox, over IMAP (optional: without an account nothing changes).

The app reads the Inbox and the Sent folder without touching them (EXAMINE, BODY.PEEK:
nothing is marked read, moved or deleted), remembers where it stopped in each, and turns
what concerns the search into suggestions: a reply from a contact restarts the clock, a
note sent from the user's mail app marks its follow-up sent. The one thing it writes is a
draft the user asks it to place in their Drafts folder. The password lives in the
system's keyring, never in the data file.

account.py   the account (in the settings) and its password (in the keyring)
connection.py  connecting, and every failure said in words the user can act on
folders.py   which folder is the Inbox, the Sent folder, the Drafts folder
reading.py   one check: what is new in each folder since the last one (network only)
matching.py  which new messages concern which contact, application and follow-up
suggestions.py  storing a check, and accepting or dismissing what it suggests
drafts.py    a draft placed in the Drafts folder
"""
