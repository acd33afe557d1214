"""Admin form for every public page type."""

from wagtail.admin.forms import WagtailAdminPageForm

from education.slugs import available_pinyin_slug


class AsciiSlugPageForm(WagtailAdminPageForm):
    """Lets editors leave the slug empty: it is filled with pinyin from the title.

    Wagtail's own slug sync strips Chinese characters (unicode slugs are off), which would leave a
    Chinese-titled page with an empty, required slug and an error the editor cannot make sense of.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "留空将根据标题自动生成拼音网址，例如 fang-pian-zhi-nan。"

    def clean(self):
        title = self.cleaned_data.get("title")
        if "slug" in self.fields and not self.cleaned_data.get("slug") and title:
            self.cleaned_data["slug"] = available_pinyin_slug(title, self.parent_page, self.instance)
        return super().clean()
