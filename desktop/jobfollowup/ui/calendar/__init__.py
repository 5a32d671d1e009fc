"""The month grid of the Calendar view: its model, the chips' painting, and the table."""
