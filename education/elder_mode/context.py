"""Context processor: ``elder_mode`` is True when the reader turned 长辈模式 on."""

from . import is_on


def elder_mode(request):
    return {"elder_mode": is_on(request)}
