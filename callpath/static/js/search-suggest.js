/* Autocomplete for the header search box: the ARIA combobox pattern with a listbox popup.
   Progressive enhancement: without this script the box is a plain search form. */
(function () {
  "use strict";

  var form = document.querySelector(".header-search[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector("[role=listbox]");
  if (!input || !list) return;

  var active = -1;
  var timer = null;
  var lastQuery = "";
  var controller = null;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function options() {
    return list.querySelectorAll("[role=option]");
  }

  function close() {
    list.hidden = true;
    list.textContent = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    var items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute("aria-selected", i === active ? "true" : "false");
    }
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function choose(title) {
    input.value = title;
    close();
    form.submit();
  }

  function show(titles) {
    list.textContent = "";
    active = -1;
    if (!titles.length) {
      close();
      return;
    }
    titles.forEach(function (title, index) {
      var item = document.createElement("li");
      item.id = list.id + "-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.textContent = title;
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();  // keep focus in the box
        choose(title);
      });
      list.appendChild(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function fetchSuggestions(query) {
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    var url = form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
    fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (titles) {
        if (input.value.trim() === query) show(titles);
      })
      .catch(function () {
        /* Aborted or offline: the form still works without suggestions. */
      });
  }

  input.addEventListener("input", function () {
    var query = input.value.trim();
    window.clearTimeout(timer);
    if (query.length < 2) {
      lastQuery = "";
      close();
      return;
    }
    if (query === lastQuery) return;
    lastQuery = query;
    timer = window.setTimeout(function () {
      fetchSuggestions(query);
    }, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      highlight(active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(options()[active].textContent);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 100);
  });
})();
