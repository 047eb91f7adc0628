// The user's verdict on an ended task: POST /api/v1/task/{id}/feedback (FeedbackService).

import { call } from "./api.js";
import { clearErrors, showErrors } from "./field-errors.js";
import { hasEnded } from "./format.js";

export class FeedbackForm {
  constructor(onError) {
    this.onError = onError;
    this.form = document.getElementById("feedback-form");
    this.hint = document.getElementById("feedback-hint");
    this.status = document.getElementById("feedback-status");
    this.formError = document.getElementById("feedback-form-error");
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
  }

  showFor(task) {
    if (this.taskId !== task.taskId) {
      this.form.reset();
      clearErrors(this.form);
      this.status.textContent = "";
      this.taskId = task.taskId;
    }
    const ended = hasEnded(task.status);
    this.form.hidden = !ended;
    this.hint.textContent = ended ? "Tell us how well ASA did; it helps the next fix." : "Open once the task has ended.";
  }

  async send() {
    clearErrors(this.form);
    this.status.textContent = "";
    const data = new FormData(this.form);
    const request = {
      rating: Number(data.get("rating") ?? 0),
      approved: data.get("approved") === "on",
      comment: String(data.get("comment") ?? ""),
      issues: String(data.get("issues") ?? "").split("\n").map((issue) => issue.trim()).filter(Boolean),
    };
    try {
      await call("POST", `/api/v1/task/${encodeURIComponent(this.taskId)}/feedback`, request);
      this.status.textContent = "Thank you: your feedback is recorded.";
    } catch (error) {
      if (!this.onError(error, this.formError)) {
        showErrors(this.form, error, this.formError);
      }
    }
  }
}
