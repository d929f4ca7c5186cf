from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def platform_admin_css():
    """The platform's styles for its own admin pages (the admin refuses style="")."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
