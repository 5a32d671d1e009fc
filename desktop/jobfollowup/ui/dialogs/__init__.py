"""The dialogs, each for one task; they call operations, never storage."""
