"""URLs of the call-quality reviews (`/reviews/`)."""

from django.urls import path

from careers import review_views as views

urlpatterns = [
    path("", views.review_list, name="review_list"),
    path("new/", views.choose_operator, name="review_choose_operator"),
    path("new/<str:username>/", views.create_review, name="review_create"),
    path("<int:review_id>/", views.review_detail, name="review_detail"),
    path("<int:review_id>/acknowledge/", views.acknowledge_review, name="review_acknowledge"),
    path("<int:review_id>/dispute/", views.dispute_review, name="review_dispute"),
    path("disputes/<int:response_id>/resolve/", views.resolve_dispute, name="dispute_resolve"),
    path("calibration/", views.calibration_list, name="calibration_list"),
    path("calibration/new/", views.create_calibration, name="calibration_create"),
    path("calibration/<int:session_id>/", views.calibration_detail, name="calibration_detail"),
    path(
        "calibration/<int:session_id>/score/",
        views.score_calibration,
        name="calibration_score",
    ),
]
