from django.utils import translation

from integrity_platform.middleware import chosen_language


class PreferredLanguageMiddleware:
    """Use a signed-in member's preferred language where the URL does not name one.

    URLs with a language prefix (/fr/...) always win: following a link in another
    language must show that language. Only unprefixed URLs (/, /accounts/...) fall back
    to the member's preference instead of the browser's Accept-Language header, unless
    they ask for another with ?lang= (see integrity_platform.middleware).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and translation.get_language_from_path(request.path_info) is None
            and chosen_language(request) is None
        ):
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)
