from django.urls import path

from search import views

urlpatterns = [
    path("", views.search, name="search"),
    path("api/", views.search_api, name="search_api"),
    path("suggest/", views.suggest, name="search_suggest"),
]
