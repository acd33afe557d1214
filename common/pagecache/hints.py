"""What a view or template tells the page cache about the page it is rendering."""

from django.utils import timezone

EXPIRES_ATTRIBUTE = "_page_cache_expires_at"
REPLAY_ATTRIBUTE = "_page_cache_replay"


def expire_at(request, when):
    """This page shows something that changes by itself at ``when`` (an aware datetime), such as an
    event's state: a cached copy must not outlive that moment. Moments in the past are ignored."""
    if request is None or when is None or when <= timezone.now():
        return
    current = getattr(request, EXPIRES_ATTRIBUTE, None)
    if current is None or when < current:
        setattr(request, EXPIRES_ATTRIBUTE, when)


def replay_on_hit(response, function_path, *args):
    """Call ``function_path(*args)`` (a dotted path) each time this page is served from the cache too:
    work a view does for every reader besides rendering, like counting a search query."""
    replays = getattr(response, REPLAY_ATTRIBUTE, [])
    replays.append((function_path, args))
    setattr(response, REPLAY_ATTRIBUTE, replays)
    return response
