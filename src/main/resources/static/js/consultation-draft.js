// The consultation record: what the officer types is kept in this browser (localStorage) until the server
// has it, so that nothing is lost when the session expires: after signing in again the page comes back and
// the text is put back into the form. A form sent while the automatic save is under way waits for it, so
// that it carries the record's new version. Without JavaScript the form works the same, without the copy.
(function () {
    "use strict";

    var PREFIX = "konsultasi-draft:";
    var MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

    var form = document.querySelector("form[data-draft-key]");
    if (!form) {
        return;
    }
    var storage;
    try {
        storage = window.localStorage;
    } catch (e) {
        storage = null;
    }
    var key = PREFIX + form.getAttribute("data-draft-key");
    var edits = 0;
    var editsAtRequest = 0;

    function version() {
        var input = form.querySelector("input[name='version']");
        var value = input ? parseInt(input.value, 10) : NaN;
        return isNaN(value) ? -1 : value;
    }

    function kept(element) {
        return element.name && element.name.charAt(0) !== "_" && element.name !== "version"
            && ["file", "submit", "button", "hidden", "reset"].indexOf(element.type) < 0;
    }

    function values() {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!kept(element)) {
                return;
            }
            if (element.type === "checkbox") {
                data[element.name] = data[element.name] || [];
                if (element.checked) {
                    data[element.name].push(element.value);
                }
            } else if (element.type === "radio") {
                if (!(element.name in data)) {
                    data[element.name] = "";
                }
                if (element.checked) {
                    data[element.name] = element.value;
                }
            } else {
                data[element.name] = element.value;
            }
        });
        return data;
    }

    function apply(data) {
        var changed = false;
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!kept(element) || !(element.name in data)) {
                return;
            }
            var value = data[element.name];
            if (element.type === "checkbox" || element.type === "radio") {
                var on = element.type === "checkbox" ? value.indexOf(element.value) >= 0 : value === element.value;
                if (element.checked !== on) {
                    element.checked = on;
                    changed = true;
                }
            } else if (element.value !== value) {
                element.value = value;
                changed = true;
            }
        });
        return changed;
    }

    function keep() {
        if (!storage) {
            return;
        }
        try {
            storage.setItem(key, JSON.stringify({base: version(), at: Date.now(), fields: values()}));
        } catch (e) {
            // storage full or forbidden: the server's drafts still work
        }
    }

    function forget() {
        if (storage) {
            storage.removeItem(key);
        }
    }

    function keptCopy() {
        if (!storage) {
            return null;
        }
        try {
            return JSON.parse(storage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function say(message) {
        var status = document.getElementById("draft-status");
        if (status && message) {
            status.textContent = message;
        }
    }

    // every keystroke is kept; the automatic save (htmx) sends the form on every change
    form.addEventListener("input", function () {
        edits++;
        keep();
    });
    form.addEventListener("change", function () {
        edits++;
        keep();
    });

    // a form sent while the automatic save is under way waits for it (and its new version)
    form.addEventListener("submit", function (event) {
        if (!form.classList.contains("htmx-request")) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        var submitter = event.submitter;
        form.addEventListener("htmx:afterRequest", function () {
            window.setTimeout(function () {
                if (form.requestSubmit) {
                    form.requestSubmit(submitter || undefined);
                } else {
                    form.submit();
                }
            }, 0);
        }, {once: true});
    });

    form.addEventListener("htmx:beforeRequest", function () {
        editsAtRequest = edits;
    });
    form.addEventListener("htmx:afterRequest", function (event) {
        if (event.detail.successful) {
            if (edits === editsAtRequest) {
                forget();
            } else {
                keep();
            }
            return;
        }
        var status = document.getElementById("draft-status");
        var code = event.detail.xhr ? event.detail.xhr.status : 0;
        if (status) {
            say(code === 401 || code === 403 ? status.getAttribute("data-msg-session")
                : code === 409 ? status.getAttribute("data-msg-conflict") : status.getAttribute("data-msg-failed"));
        }
    });

    // the copy kept in this browser comes back if the server has nothing newer (e.g. after signing in again)
    document.addEventListener("DOMContentLoaded", function () {
        var copy = keptCopy();
        if (!copy || !copy.fields) {
            return;
        }
        if (copy.base < version() || Date.now() - copy.at > MAX_AGE_MS) {
            forget();
            return;
        }
        if (apply(copy.fields)) {
            var note = document.getElementById("draft-restored");
            if (note) {
                note.hidden = false;
            }
            // and the server gets it at once
            form.dispatchEvent(new Event("change", {bubbles: true}));
        }
    });
})();
