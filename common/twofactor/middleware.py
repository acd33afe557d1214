"""django-otp's middleware, plus a gate that keeps a user who still owes a second factor out of the admin.

Installed right after AuthenticationMiddleware, in place of django-otp's OTPMiddleware: like it, it gives
``request.user`` the ``is_verified()`` method and the ``otp_device`` used this session. Until the user
has entered a code (or enrolled, where two-factor login is required), every admin URL except the
sign-in, sign-out and two-factor pages redirects to the step they owe; on the public site such a
session counts as signed out, so private documents and the user bar stay closed too.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.functional import LazyObject, empty
from django_otp.middleware import OTPMiddleware

from common.twofactor.policy import ENROL, VERIFY, pending_step

# Admin URL names a user may reach before verifying: signing in and out, and what those pages load.
_ALWAYS_ALLOWED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
STEP_URL_NAMES = {VERIFY: "twofactor_verify", ENROL: "twofactor_enrol"}


class AdminTwoFactorMiddleware(OTPMiddleware):
    def _verify_user_sync(self, request, user):
        # django-otp wraps request.user, already a lazy object, in a second one. Wagtail's audit log unwraps
        # one level to find the model and silently records nothing for ``log(instance=request.user)``
        # (exports, account settings): hand django-otp the real user, so request.user is one level deep.
        if isinstance(user, LazyObject):
            if user._wrapped is empty:
                user._setup()
            user = user._wrapped
        return super()._verify_user_sync(request, user)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        step = pending_step(user)
        if step is None:
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            request.user = AnonymousUser()
            return None
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if url_name in _ALWAYS_ALLOWED or url_name == STEP_URL_NAMES[step]:
            return None
        return redirect_to_login(request.get_full_path(), reverse(STEP_URL_NAMES[step]))
