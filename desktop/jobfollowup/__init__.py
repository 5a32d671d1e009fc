"""Job Follow-up: plans, drafts and tracks every follow-up of a job search."""

from pathlib import Path

__version__ = "0.1.0"

APP_ID = "org.jobfollowup.JobFollowup"
APP_NAME = "Job Follow-up"
# Links back from a calendar event to its follow-up (services/links.py); the desktop entry
# and the Windows installer register the app for it.
LINK_SCHEME = "jobfollowup"


def resource_dir(name: str) -> Path:
    """A folder of files shipped with the code ("translations", "resources"), found the same
    way in a checkout (editable install), an installed wheel and a frozen bundle: beside
    the package (a wheel's package data, PyInstaller's copy of it), else in the checkout.
    Only an unusual install asks the import system (importlib.resources: 4 ms of a start)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / name, here.parents[1] / name):
        if candidate.is_dir():
            return candidate
    from importlib.resources import files

    return Path(str(files(f"jobfollowup.{name}")))
