from django import template

from search.engine import TYPE_LABELS

register = template.Library()


@register.filter
def type_label(value):
    """ "script" → "Call script": how a result's type reads on the page."""
    return TYPE_LABELS.get(value, value)
