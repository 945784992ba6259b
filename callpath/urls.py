from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from careers.api import api
from home import accounts, routing
from home import views as home_views
from kb.feeds import NewsFeed

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", login_not_required(auth_views.LogoutView.as_view()), name="logout"),
    # Passwords (home/accounts.py): forgot, reset by the emailed link, change your own, and
    # a lead sending a member of their team a reset link.
    path("password-reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        accounts.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("account/password/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path(
        "progress/<str:username>/password-reset/",
        accounts.send_password_reset,
        name="send_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("kb/", include("kb.urls")),
    path("reviews/", include("careers.review_urls")),
    path("api/v1/", api.urls),
    path("", include("careers.urls")),
]

# A locked SQLite database answers 503 "busy, try again", every other failure the 500 page.
handler500 = home_views.server_error

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree last: it answers every URL not matched above. Its pages are served
# through the cached route (`home/routing.py`), under the same pattern and name.
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]
