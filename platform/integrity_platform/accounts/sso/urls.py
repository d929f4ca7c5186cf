# allauth adds every provider's urls.py under /<language>/accounts/. An identity provider
# redirects back only to the one address registered with it, so ours have no language
# prefix and live in urls_unprefixed.py, which the host includes at /sso/.
urlpatterns = []
