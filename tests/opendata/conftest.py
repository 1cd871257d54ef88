import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demo content built from the seed documents (load_demo), as `make run` shows it."""
    call_command("load_demo", "--no-user", verbosity=0)


@pytest.fixture
def generous_rate(settings):
    """Tests that walk many addresses from one client raise the open-data rate limit; the
    limit itself is tested in test_http.py."""
    settings.OPEN_DATA_RATE = "100000/min"
