import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_user


@pytest.fixture
def admin_only_user():
    """Can open the admin, but holds none of the report permissions."""
    user = make_user("plain")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user
