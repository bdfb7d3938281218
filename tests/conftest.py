"""A relative PYTHONPATH (``PYTHONPATH=src``) is made absolute for the whole run: the commands the
tests start in other folders would otherwise import another installed copy of skilllint."""

from __future__ import annotations

import os

if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        os.path.abspath(entry) for entry in os.environ["PYTHONPATH"].split(os.pathsep) if entry)
