"""Cross-cutting helpers used by both apps: rate limits, honeypots, private responses, retrying tasks,
audit action names. Depends on Django and Wagtail only, never on ``education`` or ``tipoffs``."""
