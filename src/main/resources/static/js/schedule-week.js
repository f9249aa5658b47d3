// The week of slots on the scheduling page: choosing a free slot fills in the date and start time; typing either
// by hand lets go of the slot. Without this script the inputs work as before and a slot chosen wins on saving.
// On a phone the week shows one day at a time, with a button per day (without the script: a list per day).
(function () {
    "use strict";

    document.addEventListener("DOMContentLoaded", function () {
        var week = document.getElementById("week");
        if (!week) {
            return;
        }
        var form = week.closest("form");
        var date = form.querySelector("#date");
        var start = form.querySelector("#startTime");
        if (date && start) {
            fillOnChoice(week, date, start);
        }
        oneDayOnAPhone(week, date);
    });

    function fillOnChoice(week, date, start) {
        week.addEventListener("change", function (event) {
            var slot = event.target;
            if (slot.name !== "slot" || !slot.checked) {
                return;
            }
            var parts = slot.value.split("T");
            date.value = parts[0];
            start.value = parts[1];
        });
        [date, start].forEach(function (input) {
            input.addEventListener("input", function () {
                var chosen = week.querySelector("input[name='slot']:checked");
                if (chosen && chosen.value !== date.value + "T" + start.value) {
                    chosen.checked = false;
                }
            });
        });
    }

    function oneDayOnAPhone(week, date) {
        var days = Array.prototype.slice.call(week.querySelectorAll(".week-day"));
        if (days.length < 2 || !window.matchMedia) {
            return;
        }
        var phone = window.matchMedia("(max-width: 767.98px)");
        var bar = document.createElement("div");
        bar.className = "week-tabs";
        bar.setAttribute("role", "group");
        bar.setAttribute("aria-label", week.getAttribute("data-days-label"));
        var buttons = days.map(function (day, i) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "btn btn-outline-secondary";
            button.textContent = day.getAttribute("data-short");
            button.addEventListener("click", function () {
                current = i;
                show();
            });
            bar.appendChild(button);
            return button;
        });
        week.querySelector(".week-days").before(bar);
        var current = days.findIndex(function (day) {
            return day.querySelector("input[name='slot']:checked") !== null;
        });
        if (current < 0 && date) {
            current = days.findIndex(function (day) {
                return day.getAttribute("data-date") === date.value;
            });
        }
        if (current < 0) {
            current = Math.max(0, days.findIndex(function (day) {
                return day.querySelector("input[name='slot']") !== null;
            }));
        }

        function show() {
            bar.hidden = !phone.matches;
            days.forEach(function (day, i) {
                day.hidden = phone.matches && i !== current;
                buttons[i].setAttribute("aria-pressed", String(i === current));
            });
        }

        phone.addEventListener("change", show);
        show();
    }
})();
