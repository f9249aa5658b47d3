// The week of slots on the scheduling page: choosing a free slot fills in the date and start time; typing either
// by hand lets go of the slot. Without this script the inputs work as before and a slot chosen wins on saving.
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
        if (!date || !start) {
            return;
        }
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
    });
})();
