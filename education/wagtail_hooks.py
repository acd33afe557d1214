from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from education.models import ScamCategory


class ScamCategoryViewSet(SnippetViewSet):
    model = ScamCategory
    icon = "tag"
    menu_label = _("骗局分类")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sells_free_services", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


register_snippet(ScamCategoryViewSet)
