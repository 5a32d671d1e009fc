"""Writes a stream of changes to the data folder given as argv[1], printing each one only
once its transaction has committed; the kill test SIGKILLs it at random moments."""

from __future__ import annotations

import datetime as dt
import sys

from jobfollowup.services.data import open_data
from jobfollowup.services.records.core import add_application, add_contact, log_interview


def main() -> None:
    open_data(sys.argv[1])
    run = sys.argv[2]
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        name = f"Person {run}-{number} «Åse» 😀"
        contact = add_contact(name, email=f"p{run}x{number}@example.no", country="NO")
        print(f"contact {contact} {name}", flush=True)
        if number % 3 == 0:
            application = add_application(f"Company {run}-{number}", "Engineer")
            planned = log_interview(application, dt.datetime(2026, 12, 17, 14), [contact])
            print(f"interview {application} {len(planned)}", flush=True)


if __name__ == "__main__":
    main()
