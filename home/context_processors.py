    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
j    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
q    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
T    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
-    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
'    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
b    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
q    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
N    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
N    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
c    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
{    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
}    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
[    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
H    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
N    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
w    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
w    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
G    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
C    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
c    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
M    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
y    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
y    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
]    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
M    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
T    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
w    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
c    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
c    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
E    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
w    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
g    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
q    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
[    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
{    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
b    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
b    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
c    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
!    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
=    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
/    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
d    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
p    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
w    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
h    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
(    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
)    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
}    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
f    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
b    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
]    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
u    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
{    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
b    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
.    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
R    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
O    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
L    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
E    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
L    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
A    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
B    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
E    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
L    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
S    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
[    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
r    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
o    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
l    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
]    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
,    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
_    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
i    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
t    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
e    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
m    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
s    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
"    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
:    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
     # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
n    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
a    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
v    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
}    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]

    # The longest matching prefix marks the current section (/progress/mentees/ is Mentees).
    path = request.path
    matches = [url for _, url in items if path == url or (url != "/" and path.startswith(url))]
    current = max(matches, key=len, default=None)
    nav = [{"label": label, "url": url, "current": url == current} for label, url in items]
