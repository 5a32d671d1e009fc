"""`python -m jobfollowup`: the GUI without arguments, the sub-commands with them."""

import sys

from jobfollowup.cli import main

sys.exit(main())
