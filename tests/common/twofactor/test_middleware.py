"""The middleware gives request.user django-otp's attributes without a second lazy wrapper."""

import pytest
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from common.twofactor.middleware import AdminTwoFactorMiddleware

pytestmark = pytest.mark.django_db


def through_middleware(user):
    request = RequestFactory().get("/")
    SessionMiddleware(lambda r: HttpResponse()).process_request(request)
    AuthenticationMiddleware(lambda r: HttpResponse()).process_request(request)
    request.session["_auth_user_id"] = str(user.pk)
    request.session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    request.session["_auth_user_hash"] = user.get_session_auth_hash()
    AdminTwoFactorMiddleware(lambda r: HttpResponse())._install_lazy_accessors(request)
    return request


def test_audit_entries_about_the_signed_in_user_are_still_written(editor):
    """Wagtail's log() unwraps one lazy level; a second one made it log nothing (the tip-off exports)."""
    request = through_middleware(editor)
    assert request.user.is_verified() is False
    log(instance=request.user, action="wagtail.edit", user=request.user)
    assert ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(editor.pk)).exists()
