/* Progressive enhancement for the tip-off form. Without this file the form works fully:
   extra contact rows come from a server round trip, and the upload simply takes its time. */
(function () {
    "use strict";
    var form = document.querySelector("[data-tipoff-form]");
    if (!form) { return; }

    var rows = form.querySelector("[data-contact-rows]");
    var total = form.querySelector("input[name='contacts-TOTAL_FORMS']");
    var maxRows = parseInt(form.querySelector("input[name='contacts-MAX_NUM_FORMS']").value, 10);
    var minRows = parseInt(form.querySelector("input[name='contacts-MIN_NUM_FORMS']").value, 10);
    var addButton = form.querySelector("button[name='add_contact']");

    function renumber() {
        var all = rows.querySelectorAll("[data-contact-row]");
        all.forEach(function (row, index) {
            row.querySelector("legend").textContent = "联系方式 " + (index + 1);
            row.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function (el) {
                ["id", "for", "name", "aria-describedby"].forEach(function (attr) {
                    var value = el.getAttribute(attr);
                    if (value) { el.setAttribute(attr, value.replace(/contacts-\d+-/g, "contacts-" + index + "-")); }
                });
            });
        });
        total.value = all.length;
        if (addButton) { addButton.hidden = all.length >= maxRows; }
        all.forEach(function (row) {
            var remove = row.querySelector("[data-remove-row]");
            if (remove) { remove.hidden = all.length <= minRows; }
        });
    }

    function addRemoveButton(row) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button--secondary button--small";
        button.textContent = "删除这一项";
        button.setAttribute("data-remove-row", "");
        button.addEventListener("click", function () {
            row.remove();
            renumber();
            var first = rows.querySelector("select, input");
            if (first) { first.focus(); }
        });
        row.appendChild(button);
    }

    rows.querySelectorAll("[data-contact-row]").forEach(addRemoveButton);

    if (addButton) {
        addButton.addEventListener("click", function (event) {
            event.preventDefault();
            var all = rows.querySelectorAll("[data-contact-row]");
            if (all.length >= maxRows) { return; }
            var clone = all[all.length - 1].cloneNode(true);
            clone.querySelectorAll("input, select").forEach(function (el) { el.value = ""; el.removeAttribute("aria-invalid"); });
            clone.querySelectorAll(".field__error").forEach(function (el) { el.remove(); });
            clone.querySelectorAll(".field--error").forEach(function (el) { el.classList.remove("field--error"); });
            clone.querySelectorAll("[data-remove-row]").forEach(function (el) { el.remove(); });
            rows.appendChild(clone);
            addRemoveButton(clone);
            renumber();
            clone.querySelector("select").focus();
        });
    }
    renumber();

    // Upload progress: only worth it when files are attached.
    var progress = form.querySelector("[data-upload-progress]");
    var fileInput = form.querySelector("input[type='file']");
    form.addEventListener("submit", function (event) {
        if (event.submitter && event.submitter.name === "add_contact") { return; }
        if (!window.FormData || !fileInput || !fileInput.files.length) { return; }
        event.preventDefault();
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action || window.location.href);
        progress.hidden = false;
        progress.setAttribute("aria-label", "上传进度");
        xhr.upload.addEventListener("progress", function (e) {
            if (e.lengthComputable) { progress.value = Math.round((e.loaded / e.total) * 100); }
        });
        xhr.addEventListener("load", function () {
            if (xhr.responseURL && xhr.responseURL.indexOf("/thanks/") !== -1) {
                window.location.assign(xhr.responseURL);
                return;
            }
            document.open();
            document.write(xhr.responseText);
            document.close();
        });
        xhr.addEventListener("error", function () {
            progress.hidden = true;
            form.submit();
        });
        xhr.send(new FormData(form));
    });
})();
