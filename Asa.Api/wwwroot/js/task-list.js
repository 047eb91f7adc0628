// The caller's tasks, newest first, each unfinished one kept current by its event stream.

import { call } from "./api.js";
import { element, hasEnded, stateLabel, time } from "./format.js";

const pageSize = 50;

export class TaskList {
  constructor(watches, onOpen, onError) {
    this.watches = watches;
    this.onOpen = onOpen;
    this.onError = onError;
    this.table = document.getElementById("task-table");
    this.rows = document.getElementById("task-rows");
    this.empty = document.getElementById("no-tasks");
    this.message = document.getElementById("tasks-error");
  }

  async load() {
    this.message.textContent = "";
    try {
      const page = await call("GET", `/api/v1/task?pageSize=${pageSize}`);
      this.rows.replaceChildren();
      for (const task of page.tasks ?? []) {
        this.rows.append(this.row(task));
      }
      this.showEmpty(this.rows.children.length === 0);
    } catch (error) {
      this.onError(error, this.message);
    }
  }

  // A task just submitted goes on top.
  add(task) {
    this.rows.prepend(this.row(task));
    this.showEmpty(false);
  }

  showEmpty(empty) {
    this.empty.hidden = !empty;
    this.table.hidden = empty;
  }

  row(task) {
    const status = element("span", { class: "status", "data-state": task.status }, stateLabel(task.status));
    const open = element("button", { type: "button", class: "link", "aria-label": `Open task ${task.taskId}` }, shortId(task.taskId));
    open.addEventListener("click", () => this.onOpen(task.taskId));
    const row = element("tr", { "data-task-id": task.taskId },
      element("td", {}, open),
      element("td", { class: "repo" }, task.repoUrl),
      element("td", {}, status),
      element("td", {}, time(task.createdAt)));
    if (!hasEnded(task.status)) {
      this.follow(task.taskId, status);
    }
    return row;
  }

  follow(taskId, status) {
    this.watches.watch(taskId).subscribe({
      event: (event) => {
        const to = event.statusChange?.to;
        if (to && to !== status.dataset.state) {
          status.dataset.state = to;
          status.textContent = stateLabel(to);
        }
      },
    });
  }
}

function shortId(taskId) {
  return String(taskId).slice(0, 8);
}
