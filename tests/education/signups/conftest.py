import pytest


@pytest.fixture
def signup_event(make_event):
    """An event two days ahead taking sign-ups, 2 places."""

    def make(capacity=2, **fields):
        return make_event(signup_enabled=True, signup_capacity=capacity, **fields)

    return make
