"""``{% feedback_form page %}``: “对您有帮助吗？” at the end of a guide or an alert (education.feedback)."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/feedback.html")
def feedback_form(page, form=None):
    from education.feedback.forms import FeedbackForm

    if form is None:
        form = FeedbackForm(initial={"page": page.pk}, auto_id="feedback-%s")
    return {"form": form, "page": page}
