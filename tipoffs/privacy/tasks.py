"""The retention purge as a background task, for schedulers that enqueue tasks rather than run commands."""

from django_tasks import task

from tipoffs.privacy.purge import purge_expired


@task()
def purge_expired_data():
    """Run the daily retention purge; returns its counts per rule."""
    return purge_expired().counts
