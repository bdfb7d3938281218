from __future__ import annotations

import pytest
from integrations.support import copy_sample_repo


@pytest.fixture
def sample_repo(tmp_path):
    return copy_sample_repo(tmp_path)
