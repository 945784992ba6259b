"""URLs of the call-quality reviews (`/reviews/`)."""

urlpatterns = []
