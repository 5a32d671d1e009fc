"""Job Follow-up: plans, drafts and tracks every follow-up of a job search."""

__version__ = "0.1.0"

APP_ID = "org.jobfollowup.JobFollowup"
APP_NAME = "Job Follow-up"
