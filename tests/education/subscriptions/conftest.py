import pytest


@pytest.fixture
def publish_alert(make_alert, django_capture_on_commit_callbacks):
    """``publish_alert(**fields)``: make and publish an alert, running what publishing queues on commit."""

    def publish(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return make_alert(**fields)

    return publish
