/* Progressive enhancement for the tip-off form. Without this file the form works fully:
   extra contact rows come from a server round trip, and the upload simply takes its time. */
(function () {
    "use strict";
    var form = document.querySelector("[data-tipoff-form]");
    if (!form) { return; }

    // After a failed submit: the mistakes first, at the top of the screen, announced.
    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.scrollIntoView();
        summary.focus({ preventScroll: true });
    }

    var rows = form.querySelector("[data-contact-rows]");
    var total = form.querySelector("input[name='contacts-TOTAL_FORMS']");
    var maxRows = parseInt(form.querySelector("input[name='contacts-MAX_NUM_FORMS']").value, 10) || 10;
    // Never fewer rows than a fresh form has, and never none: the form asks for a contact.
    var minRows = Math.max(parseInt(form.querySelector("input[name='contacts-MIN_NUM_FORMS']").value, 10) || 1, 1);
    var addButton = form.querySelector("button[name='add_contact']");
    var formAction = (form.getAttribute("action") || window.location.pathname).split("#")[0];

    function allRows() { return rows.querySelectorAll("[data-contact-row]"); }

    function blank(row) {
        row.querySelectorAll("input, select").forEach(function (el) { el.value = ""; el.removeAttribute("aria-invalid"); });
        row.querySelectorAll(".field__error").forEach(function (el) { el.remove(); });
        row.querySelectorAll(".field--error").forEach(function (el) { el.classList.remove("field--error"); });
        row.querySelectorAll("[data-remove-row]").forEach(function (el) { el.remove(); });
        return row;
    }

    // A blank row to copy, taken before anyone types: adding works even if every row is gone.
    var firstRow = allRows()[0];
    var template = firstRow ? blank(firstRow.cloneNode(true)) : null;

    function renumber() {
        var all = allRows();
        all.forEach(function (row, index) {
            row.id = "contact-" + (index + 1);
            row.querySelector("legend").textContent = "联系方式 " + (index + 1);
            row.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function (el) {
                ["id", "for", "name", "aria-describedby"].forEach(function (attr) {
                    var value = el.getAttribute(attr);
                    if (value) { el.setAttribute(attr, value.replace(/contacts-\d+-/g, "contacts-" + index + "-")); }
                });
            });
            var remove = row.querySelector("[data-remove-row]");
            if (remove) { remove.hidden = all.length <= minRows; }
        });
        total.value = all.length;
        if (addButton) {
            addButton.hidden = all.length >= maxRows;
            addButton.setAttribute("formaction", formAction + "#contact-" + (all.length + 1));
        }
    }

    function addRemoveButton(row) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button--secondary button--small";
        button.textContent = "删除这一项";
        button.setAttribute("data-remove-row", "");
        button.addEventListener("click", function () {
            if (allRows().length <= minRows) { return; }
            var next = row.nextElementSibling || row.previousElementSibling;
            row.remove();
            renumber();
            var focusTarget = next && next.querySelector("select, input");
            (focusTarget || addButton).focus();
        });
        row.appendChild(button);
    }

    allRows().forEach(addRemoveButton);

    if (addButton) {
        addButton.addEventListener("click", function (event) {
            // Without a row to copy, let the server add one (the button's ordinary submit).
            if (!template) { return; }
            event.preventDefault();
            if (allRows().length >= maxRows) { return; }
            var row = template.cloneNode(true);
            rows.appendChild(row);
            addRemoveButton(row);
            renumber();
            row.querySelector("select").focus();
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
        xhr.open("POST", formAction || window.location.href);
        // Tells the server to answer a saved report with {"next": url} rather than a redirect that
        // this request would follow, using up the one-time status key out of sight.
        xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
        progress.hidden = false;
        progress.setAttribute("aria-label", "上传进度");
        xhr.upload.addEventListener("progress", function (e) {
            if (e.lengthComputable) { progress.value = Math.round((e.loaded / e.total) * 100); }
        });
        xhr.addEventListener("load", function () {
            var next = null;
            if ((xhr.getResponseHeader("Content-Type") || "").indexOf("application/json") === 0) {
                try { next = JSON.parse(xhr.responseText).next; } catch (e) { next = null; }
            }
            if (next) {
                window.location.assign(next);
                return;
            }
            // Mistakes (or a limit): the server's page, with its error summary, replaces this one.
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
