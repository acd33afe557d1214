"""Two-factor login for the Wagtail admin: TOTP (an authenticator app) plus one-time recovery codes.

Built on django-otp. Required for superusers and the groups in ``ADMIN_2FA_GROUPS`` (the tip-off team)
while ``ADMIN_2FA_REQUIRED`` is on; any other admin user may enrol from their account settings.

- ``policy``: who must use it and what a signed-in but unverified user still has to do;
- ``devices``: enrolment, recovery codes, turning it off and resetting it, with audit-log entries;
- ``middleware``: keeps unverified users away from every admin page;
- ``views`` and ``urls``: the pages, registered in the admin by ``common.wagtail_hooks``.
"""
