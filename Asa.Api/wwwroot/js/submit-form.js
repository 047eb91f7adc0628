// The form that submits a bug: POST /api/v1/task/submit, with the API's field messages shown in place.

import { call } from "./api.js";
import { clearErrors, showErrors } from "./field-errors.js";

export class SubmitForm {
  constructor(onSubmitted, onError) {
    this.onSubmitted = onSubmitted;
    this.onError = onError;
    this.form = document.getElementById("submit-form");
    this.status = document.getElementById("submit-status");
    this.formError = document.getElementById("submit-form-error");
    this.button = this.form.querySelector("button[type=submit]");
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
  }

  async send() {
    clearErrors(this.form);
    this.status.textContent = "";
    const data = new FormData(this.form);
    const request = {
      repoUrl: String(data.get("repo_url") ?? "").trim(),
      bugDescription: String(data.get("bug_description") ?? ""),
    };
    // Optional fields left empty are left out, so the API detects the test command and the default branch.
    for (const [name, json] of [["test_command", "testCommand"], ["setup_command", "setupCommand"], ["base_branch", "baseBranch"]]) {
      const value = String(data.get(name) ?? "").trim();
      if (value) {
        request[json] = value;
      }
    }
    this.button.disabled = true;
    try {
      const task = await call("POST", "/api/v1/task/submit", request);
      this.form.reset();
      this.status.textContent = `Task ${task.taskId} is queued.`;
      this.onSubmitted(task);
    } catch (error) {
      if (!this.onError(error, this.formError)) {
        showErrors(this.form, error, this.formError);
      }
    } finally {
      this.button.disabled = false;
    }
  }
}
