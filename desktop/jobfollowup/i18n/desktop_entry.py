"""How application menus and software centres present the app: its launcher's name,
generic name, comment and search keywords, and its store summary and description.

They are marked here so that they sit in our catalogs like every other text; the Linux
build writes the `.desktop` entry and the AppStream metainfo from them in every language.
"""

from jobfollowup.i18n import N_

# Translators: the app's name in menus. Keep it as it is unless the app is known by
# another name in your language.
NAME = N_("Job Follow-up")
# Translators: the kind of app, shown under or beside its name in application menus.
GENERIC_NAME = N_("Job Search Follow-up Planner")
# Translators: the tooltip of the app in application menus.
COMMENT = N_("Plan, write and track the follow-ups of your job search")
# Translators: search words of the app in application menus, separated by semicolons and
# ending with one. Give words people type in your language (no need to translate each).
KEYWORDS = N_("job;interview;thank-you;follow-up;check-in;reference;application;recruiter;")
# Translators: one line summing up the app in software centres.
SUMMARY = N_("Plan, write and track every follow-up of a job search")
DESCRIPTION = (
    N_("Job Follow-up tells you what to send today, to whom, how, and why that day: the "
       "thank-you after an interview, the check-ins while you wait to hear back, and the "
       "news you owe the references who vouch for you."),
    N_("It knows the rules recruiters and career coaches teach, such as thanking by email "
       "within 24 hours, at most three check-ins in two weeks, and never next to a public "
       "holiday in the recipient's country, and it explains every date it proposes."),
    N_("Notes are drafted in English, French, Italian or Norwegian and proofread for the "
       "person's exact name. Everything stays on your computer."),
)
# Translators: caption of the screenshot of the main window in software centres.
SCREENSHOT_CAPTION = N_("Today: the follow-ups due, each with the reason for its day")
