"""The four places of the main window: Today, Calendar, Contacts, Applications."""
