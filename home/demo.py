"""Demo people for `manage.py load_demo`: teams, one user per role and a floor of operators."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from home import roles
from home.models import Profile, Team

DEMO_PASSWORD = "demo"

TEAMS = [
    ("inbound-support", "Inbound Support", "Billing, faults and account questions from customers."),
    ("outbound-sales", "Outbound Sales", "Broadband and mobile upgrade campaigns."),
    ("customer-surveys", "Customer Surveys", "Satisfaction and market-research surveys."),
]

# username, first name, last name, group, team slug, job title
KEY_PEOPLE = [
    ("operator", "Amira", "Haddad", roles.OPERATORS, "inbound-support", "Operator"),
    ("mentor", "Daniel", "Okafor", roles.MENTORS, "inbound-support", "Trainer"),
    ("lead", "Sofia", "Marquez", roles.LEADS, "inbound-support", "Team lead"),
    ("rhughes", "Rachel", "Hughes", roles.LEADS, "outbound-sales", "Team lead"),
    ("tnguyen", "Thanh", "Nguyen", roles.LEADS, "customer-surveys", "Team lead"),
    ("pkowalski", "Piotr", "Kowalski", roles.MENTORS, "outbound-sales", "Trainer"),
    ("abrennan", "Aoife", "Brennan", roles.MENTORS, "customer-surveys", "Trainer"),
]

OPERATORS_BY_TEAM = {
    "inbound-support": [
        ("Liam", "Carter", "Senior operator"),
        ("Priya", "Sharma", "Operator"),
        ("Mateo", "Rossi", "Operator"),
        ("Chloe", "Dubois", "Trainee operator"),
        ("Kwame", "Mensah", "Operator"),
        ("Hannah", "Fischer", "Senior operator"),
        ("Yusuf", "Demir", "Trainee operator"),
        ("Emily", "Walsh", "Operator"),
        ("Jonas", "Lindqvist", "Operator"),
        ("Grace", "Adeyemi", "Operator"),
    ],
    "outbound-sales": [
        ("Marcus", "Bell", "Senior operator"),
        ("Leila", "Karimi", "Operator"),
        ("Tom", "Jennings", "Operator"),
        ("Ana", "Ferreira", "Trainee operator"),
        ("Dmitri", "Volkov", "Operator"),
        ("Zara", "Ahmed", "Operator"),
        ("Oscar", "Nilsson", "Senior operator"),
        ("Megan", "Price", "Trainee operator"),
        ("Kofi", "Boateng", "Operator"),
        ("Isabel", "Navarro", "Operator"),
    ],
    "customer-surveys": [
        ("Ruth", "Abernathy", "Operator"),
        ("Sanjay", "Patel", "Senior operator"),
        ("Elena", "Popescu", "Operator"),
        ("Callum", "Reid", "Trainee operator"),
        ("Mei", "Chen", "Operator"),
        ("Patrick", "O'Neill", "Operator"),
        ("Fatima", "Zahra", "Trainee operator"),
        ("Lucas", "Moreau", "Operator"),
        ("Nadia", "Kowalczyk", "Senior operator"),
        ("Ben", "Thompson", "Operator"),
    ],
}


def operator_username(first_name, last_name):
    """`pcarter` style: first initial and surname, letters only."""
    return (first_name[0] + "".join(ch for ch in last_name if ch.isalpha())).lower()


def demo_people():
    """Every demo person as (username, first, last, group or None, team slug, job title)."""
    people = list(KEY_PEOPLE)
    for team_slug, members in OPERATORS_BY_TEAM.items():
        for first, last, title in members:
            people.append(
                (operator_username(first, last), first, last, roles.OPERATORS, team_slug, title)
            )
    return people


def load_people(stdout=None):
    """Create the demo teams and people that are missing; return how many objects were created."""
    User = get_user_model()
    created = 0
    teams = {}
    for slug, name, description in TEAMS:
        teams[slug], was_created = Team.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        created += was_created

    groups = {group.name: group for group in Group.objects.all()}
    existing = set(User.objects.values_list("username", flat=True))
    # One hash for everyone: hashing the same password 40 times would only cost time.
    password_hash = make_password(DEMO_PASSWORD)

    if "admin" not in existing:
        User.objects.create(
            username="admin",
            first_name="Alex",
            last_name="Morgan",
            email="admin@callpath.example",
            password=password_hash,
            is_staff=True,
            is_superuser=True,
        )
        created += 1

    for username, first, last, group_name, team_slug, title in demo_people():
        if username in existing:
            continue
        user = User.objects.create(
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@callpath.example",
            password=password_hash,
        )
        user.groups.add(groups[group_name])
        Profile.objects.create(user=user, team=teams[team_slug], job_title=title)
        if group_name == roles.LEADS:
            teams[team_slug].leads.add(user)
        created += 1
    return created
