"""The one error the rules raise: facts they cannot reason about."""


class RuleInputError(ValueError):
    """A fact the rules cannot use (an unknown country, an impossible timeline).

    `str(error)` is already in the interface language, ready to show the user.
    """
