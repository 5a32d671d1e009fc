"""Plans as stored and shown: follow-ups, drafts, re-planning, reminders, the review."""
