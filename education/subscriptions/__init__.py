"""Alert subscriptions by e-mail: double opt-in, immediate or weekly, one-click unsubscribe.

``models`` holds the subscription and the delivery record; ``services`` what the views, the signal and the
tasks share (matching subscriptions to an alert, confirming, unsubscribing); ``emails`` builds every
message; ``tasks`` sends them in batches from the task worker.
"""
