"""Valid Markdown guide files for import tests and the import-lock benchmark."""

GUIDE = """---
title: Callback promise number {number}
slug: callback-promise-{number}
kind: guide
summary: How to promise a callback and keep the promise, case {number}.
owner: mentor
---
When a call cannot be finished today, agree a callback the customer can rely on.

## Before you promise

1. Check the callback calendar for a free slot.
2. Agree the time and the number to ring.
3. Put the callback in the CRM before the call ends.

```tip Keep it honest
Only promise what the calendar allows.
```
"""


def write_guides(folder, count):
    """`count` valid guide files in `folder`, one slug each."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        (folder / f"callback-{number:03}.md").write_text(GUIDE.format(number=number))
    return folder
