from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from careers.models import OperatorProfile


@hooks.register("register_log_actions")
def register_career_log_actions(actions):
    actions.register_action("callpath.assessment", "Record assessment", "Recorded an assessment")
    actions.register_action("callpath.signoff", "Give sign-off", "Gave a sign-off")
    actions.register_action("callpath.practice", "Log practice", "Logged supervised practice")
    actions.register_action(
        "callpath.practice.cosign", "Co-sign practice", "Co-signed supervised practice"
    )


class OperatorProfileViewSet(SnippetViewSet):
    """Admins place people on the ladder: level, mentor and target."""

    model = OperatorProfile
    icon = "user"
    menu_label = "Operator profiles"
    list_display = ["user", "level", "target_level", "mentor", "supervised"]
    list_filter = ["level", "supervised"]
    search_fields = ["user__first_name", "user__last_name", "user__username"]
    search_backend_name = None  # plain database filtering over the related user's names

    def get_queryset(self, request):
        return OperatorProfile.objects.select_related("user", "level", "target_level", "mentor")


register_snippet(OperatorProfileViewSet)
