"""Choice labels in exports: the label of the language the export is made in, as get_FOO_display gives it."""

from django.utils import translation

from common.exports import choice_label
from tipoffs.models import TipOff


def test_choice_labels_follow_the_active_language():
    tipoff = TipOff(status="acknowledged", outcome="")
    assert choice_label(tipoff, "status") == "已受理" == tipoff.get_status_display()
    with translation.override("en"):
        assert choice_label(tipoff, "status") == "Taken up" == tipoff.get_status_display()
    assert choice_label(tipoff, "status") == "已受理"


def test_a_value_outside_the_choices_is_shown_as_it_is():
    assert choice_label(TipOff(status="archived"), "status") == "archived"
    assert choice_label(TipOff(outcome=None), "outcome") is None
