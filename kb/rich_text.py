"""Guards for the ids inside rich text: page and document links, image embeds.

Wagtail's editor stores whatever id a form post sends (`<a linktype="page" id="²">`), and its
link and embed handlers pass stored ids straight to the database: an id that is not a number
("²", which str.isdigit() accepts) or one too large for an integer column (20 digits) made
every view of the page fail. Ids are checked on the way in (the editor's converter rules)
and on the way out (the handlers that turn ids into pages, documents and images), so content
stored before, or by other means, renders too.
"""

from callpath.request_input import is_object_id


def checked_link_ids(entity_decorator, url_fallback):
    """Wrap Wagtail's LINK/DOCUMENT entity decorator (editor data to stored HTML) so that a
    link whose id is not an object id, or that has nothing to point at, is dropped. Such a
    link keeps its text; a page link falls back to its (checked) URL when it has one."""

    def decorator(props):
        link_id = props.get("id")
        if link_id is not None and is_object_id(link_id):
            return entity_decorator(props)
        if url_fallback and props.get("url"):
            return entity_decorator({**props, "id": None})
        return props["children"]

    return decorator


def checked_image_ids(entity_decorator):
    """Wrap the IMAGE entity decorator: an image whose id is not an object id is dropped."""

    def decorator(props):
        if is_object_id(props.get("id")):
            return entity_decorator(props)
        return props.get("children")

    return decorator


def tolerating_bad_ids(handler):
    """A subclass of a Wagtail link or embed handler that treats a stored id which is not an
    object id as a link to nothing (`<a>`, or an empty image), as it treats a deleted page."""

    class CheckedIdHandler(handler):
        @classmethod
        def get_many(cls, attrs_list):
            usable = [is_object_id(attrs.get("id")) for attrs in attrs_list]
            checked = [attrs for attrs, ok in zip(attrs_list, usable, strict=True) if ok]
            found = iter(super().get_many(checked))
            return [next(found) if ok else None for ok in usable]

        @classmethod
        def get_instance(cls, attrs):
            if not is_object_id(attrs.get("id")):
                raise cls.get_model().DoesNotExist
            return super().get_instance(attrs)

        @classmethod
        def extract_references(cls, attrs):
            if is_object_id(attrs.get("id")):
                yield from super().extract_references(attrs)

    CheckedIdHandler.__name__ = CheckedIdHandler.__qualname__ = f"Checked{handler.__name__}"
    return CheckedIdHandler
