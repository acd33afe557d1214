"""Event sign-ups: capacity, waitlist, confirmation with the .ics attached, reminders, cancel links, the
organisers' export and erasure after the event.

``models`` holds the sign-up; ``services`` signs up, cancels and promotes the waitlist under a lock on the
event; ``emails`` builds the messages, ``tasks`` sends them; ``retention`` erases sign-ups after the event.
"""
