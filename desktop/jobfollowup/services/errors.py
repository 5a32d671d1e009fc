"""The error every use case raises for input it cannot take."""


class ValidationError(ValueError):
    """Bad input, with a message in the user's language and the field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
