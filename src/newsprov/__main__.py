import sys

from newsprov.cli import main

sys.exit(main())
