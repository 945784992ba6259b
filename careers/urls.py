from django.urls import path

from careers import views

urlpatterns = [
    path("team/", views.team, name="team"),
]
