import pytest


@pytest.fixture(autouse=True)
def _isolated_media_and_fast_hashing(settings, tmp_path):
    """Uploads land in a temporary folder; passwords hash fast; each test gets a clean cache
    (the shared one, and the PDFs this process keeps of its own)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from django.core.cache import cache

    from pressroom.middleware import local_pdfs

    cache.clear()
    local_pdfs.clear()
    yield
    cache.clear()
    local_pdfs.clear()


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="editor", password="a-long-test-password", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    client.user = user
    return client
