from django.urls import path

from kb import views

urlpatterns = [
    path("news/<int:page_id>/acknowledge/", views.acknowledge, name="kb_acknowledge"),
    path("guides/<int:page_id>/quiz/", views.submit_quiz, name="kb_quiz"),
    path("guides/<int:page_id>/complete/", views.complete_guide, name="kb_complete"),
]
