from django.urls import path

from careers import views

urlpatterns = [
    path("team/", views.TeamBoardView.as_view(), name="team"),
    path("team/fit/", views.campaign_fit, name="campaign_fit"),
    path("team/mentors/", views.mentor_load, name="mentor_load"),
    path("progress/", views.my_progress, name="my_progress"),
    path("progress/mentees/", views.mentees, name="mentees"),
    path("progress/practice/", views.log_practice, name="log_practice"),
    path("progress/practice/<int:entry_id>/cosign/", views.cosign_practice, name="cosign_practice"),
    path("progress/<str:username>/", views.operator_progress, name="operator_progress"),
    path("progress/<str:username>/assess/", views.record_assessment, name="record_assessment"),
    path("progress/<str:username>/sign-off/", views.record_signoff, name="record_signoff"),
    path("progress/<str:username>/decide/", views.decide_promotion, name="decide_promotion"),
]
