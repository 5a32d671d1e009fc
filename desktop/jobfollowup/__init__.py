"""Job Follow-up: plans, drafts and tracks every follow-up of a job search."""

from pathlib import Path

__version__ = "0.1.0"

APP_ID = "org.jobfollowup.JobFollowup"
APP_NAME = "Job Follow-up"


def resource_dir(name: str) -> Path:
    """A folder of files shipped with the code ("translations", "resources"), found the same
    way in a checkout (editable install), an installed wheel and a frozen bundle."""
    from importlib.resources import files

    try:
        path = Path(str(files(f"jobfollowup.{name}")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    here = Path(__file__).resolve().parent
    beside = here / name  # a wheel's package data, or PyInstaller's copy of it
    return beside if beside.is_dir() else here.parents[1] / name
