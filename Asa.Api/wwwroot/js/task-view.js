// One task in detail: what was asked, the stages it went through and how long each took, its log, its error,
// and what it produced.

import { call } from "./api.js";
import { bytes, clock, duration, element, hasEnded, seconds, stateLabel, time } from "./format.js";

// AsaTask fields this view shows in their own place; any other field the API adds later (diff, pull request,
// cost) still appears under Result.
const placedFields = new Set([
  "taskId", "status", "repoUrl", "bugDescription", "testCommand", "setupCommand", "baseBranch", "userId",
  "createdAt", "updatedAt", "startedAt", "endedAt", "error", "commitSha", "inventory", "cost", "tests", "fix", "pullRequest",
]);

export class TaskView {
  constructor(watches, feedback, onError) {
    this.watches = watches;
    this.feedback = feedback;
    this.onError = onError;
    this.section = document.getElementById("task-view");
    this.title = document.getElementById("task-view-title");
    this.facts = document.getElementById("task-facts");
    this.errorBox = document.getElementById("task-error");
    this.timeline = document.getElementById("timeline");
    this.result = document.getElementById("task-result");
    this.testRuns = document.querySelector("#test-runs tbody");
    this.noTestRuns = document.getElementById("no-test-runs");
    this.log = document.getElementById("log");
    this.unsubscribe = () => {};
    document.getElementById("close-task").addEventListener("click", () => this.close());
  }

  async open(taskId) {
    this.unsubscribe();
    this.taskId = taskId;
    let task;
    try {
      task = await call("GET", `/api/v1/task/${encodeURIComponent(taskId)}`);
    } catch (error) {
      this.onError(error, document.getElementById("tasks-error"));
      return;
    }
    this.title.textContent = `Task ${taskId}`;
    this.section.dataset.taskId = taskId;
    this.timeline.replaceChildren();
    this.log.replaceChildren();
    this.current = null;
    this.show(task);
    this.section.hidden = false;
    this.section.focus();
    const watch = this.watches.watch(taskId, true);
    this.unsubscribe = watch.subscribe({
      event: (event) => this.apply(event),
      end: () => this.refresh(taskId),
    });
  }

  close() {
    this.unsubscribe();
    this.unsubscribe = () => {};
    const wasOpen = !this.section.hidden;
    this.section.hidden = true;
    this.taskId = null;
    if (wasOpen) {
      document.getElementById("tasks-title").focus();
    }
  }

  // When the stream ends the task has ended: read it once more for the fields set at the end.
  async refresh(taskId) {
    if (this.taskId !== taskId) {
      return;
    }
    try {
      this.show(await call("GET", `/api/v1/task/${encodeURIComponent(taskId)}`));
    } catch (error) {
      this.onError(error, document.getElementById("tasks-error"));
    }
  }

  show(task) {
    this.section.dataset.status = task.status;
    this.facts.replaceChildren(...facts([
      ["Status", element("span", { class: "status", "data-state": task.status }, stateLabel(task.status))],
      ["Repository", task.repoUrl],
      ["Bug", task.bugDescription],
      ["Base branch", task.baseBranch],
      ["Commit", task.commitSha],
      ["Test command", task.testCommand],
      ["Setup command", task.setupCommand],
      ["Submitted", time(task.createdAt)],
      ["Started", time(task.startedAt)],
      ["Ended", time(task.endedAt)],
      ["Took", task.startedAt && task.endedAt ? duration((Date.parse(task.endedAt) - Date.parse(task.startedAt)) / 1000) : ""],
    ]));
    this.showError(task.error);
    this.showTests(task.tests ?? []);
    this.showResult(task);
    this.feedback.showFor(task);
  }

  showError(error) {
    this.errorBox.hidden = !error?.message;
    if (error?.message) {
      this.errorBox.replaceChildren(
        element("strong", {}, `Failed while ${stateLabel(error.stage).toLowerCase()}`),
        element("span", { class: "error-class" }, ` (${String(error.errorClass ?? "").toLowerCase()} error)`),
        element("p", {}, error.message));
    }
  }

  // Each command the task ran in the sandbox; the end of its output opens on demand.
  showTests(runs) {
    this.noTestRuns.hidden = runs.length > 0;
    this.testRuns.replaceChildren(...runs.map((run) => {
      const limits = run.limitsHit ?? [];
      const result = limits.length > 0 ? `stopped by the ${limits.join(" and ")} limit`
        : run.passed ? "passed" : `failed (exit code ${run.exitCode ?? 0})`;
      const output = element("details", {}, element("summary", {}, result), element("pre", {}, run.outputTail ?? ""));
      return element("tr", { "data-phase": run.phase, "data-passed": String(Boolean(run.passed)) },
        element("td", {}, (run.attempt ?? 1) > 1 ? `${run.phase} #${run.attempt}` : run.phase),
        element("td", {}, element("code", {}, run.command ?? "")),
        element("td", {}, output),
        element("td", {}, Number.isFinite(seconds(run.duration)) ? duration(seconds(run.duration)) : ""));
    }));
  }

  showResult(task) {
    const inventory = task.inventory;
    const known = [];
    if (inventory) {
      const languages = (inventory.languages ?? []).map((l) => `${l.language} (${l.fileCount})`).join(", ");
      known.push(["Files", `${inventory.fileCount ?? 0} files, ${bytes(inventory.totalBytes)}`]);
      known.push(["Languages", languages]);
      known.push(["Detected test command", inventory.detectedTestCommand]);
    }
    if (task.cost) {
      const cost = task.cost;
      known.push(["Cost", `$${Number(cost.costUsd ?? 0).toFixed(4)} for ${cost.modelCalls ?? 0} model calls `
        + `(${Number(cost.promptTokens ?? 0).toLocaleString()} prompt + ${Number(cost.completionTokens ?? 0).toLocaleString()} completion tokens)`]);
    }
    if (task.pullRequest?.url) {
      const pr = task.pullRequest;
      const label = `#${pr.number ?? ""} ${pr.url}`;
      known.push(["Pull request", /^https:\/\//.test(pr.url) ? element("a", { href: pr.url, rel: "noopener", class: "pull-request" }, label) : label]);
    } else if (task.pullRequest) {
      const pr = task.pullRequest;
      known.push(["Delivery", pr.note ?? ""]);
      if (pr.title) {
        known.push(["Proposed pull request", element("div", { class: "proposed-pull-request" },
          element("strong", {}, pr.title), element("pre", {}, pr.body ?? ""))]);
      }
    }
    if (task.pullRequest?.branch) {
      const pr = task.pullRequest;
      known.push(["Branch", `${pr.branch}${pr.pushedTo ? ` in ${pr.pushedTo}` : " (not pushed)"}${pr.commitSha ? ` at ${pr.commitSha.slice(0, 12)}` : ""}`]);
    }
    if (task.fix) {
      const fix = task.fix;
      known.push(["Fix", `${(fix.changedFiles ?? []).length} file(s), confidence ${Number(fix.confidence ?? 0).toFixed(2)}, attempt ${fix.attempts ?? 1}`]);
      known.push(["Why", fix.rationale]);
      if (fix.verification) {
        known.push(["Verified", fix.verification]);
      }
      if ((fix.preexistingFailures ?? []).length > 0) {
        known.push(["Pre-existing failures", `${fix.preexistingFailures.join(", ")} (failing the same way before the fix, not caused by it)`]);
      }
      known.push(["Diff", element("pre", { class: "diff" }, ...String(fix.diff ?? "").split("\n").map((line) =>
        element("span", { class: line.startsWith("+") && !line.startsWith("+++") ? "added" : line.startsWith("-") && !line.startsWith("---") ? "removed" : "" }, `${line}\n`)))]);
    }
    const produced = Object.entries(task)
      .filter(([name, value]) => !placedFields.has(name) && value !== null && value !== "" && typeof value !== "object")
      .map(([name, value]) => [name, /^https:\/\//.test(String(value)) ? element("a", { href: String(value), rel: "noopener" }, String(value)) : value]);
    if (produced.length === 0 && !task.fix) {
      produced.push(["Fix", "None yet: the diff and the pull request appear here once ASA has verified a fix."]);
    }
    this.result.replaceChildren(...facts([...known, ...produced]));
  }

  apply(event) {
    if (event.statusChange) {
      this.stage(event);
    } else if (event.log) {
      this.line(event);
    }
  }

  // Each status change closes the stage it leaves (with the API's duration) and opens the next.
  stage(event) {
    const change = event.statusChange;
    if (this.current) {
      const spent = seconds(change.previousStageDuration);
      this.current.querySelector(".duration").textContent = Number.isFinite(spent) ? duration(spent) : "";
    }
    const item = element("li", { "data-state": change.to, class: hasEnded(change.to) ? "end" : "" },
      element("span", { class: "stage" }, stateLabel(change.to)),
      element("time", { datetime: event.time ?? "" }, time(event.time)),
      element("span", { class: "duration" }, hasEnded(change.to) ? "" : "running"));
    this.timeline.append(item);
    this.current = item;
    if (change.error?.message) {
      this.showError(change.error);
    }
  }

  line(event) {
    const log = event.log;
    const level = String(log.level ?? "INFO");
    this.log.append(element("li", { class: `level-${level.toLowerCase()}` },
      element("time", { datetime: event.time ?? "", title: time(event.time) }, clock(event.time)),
      element("span", { class: "level" }, level),
      element("span", { class: "message" }, log.message)));
  }
}

function facts(pairs) {
  return pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .flatMap(([name, value]) => [element("dt", {}, name), element("dd", {}, value)]);
}
