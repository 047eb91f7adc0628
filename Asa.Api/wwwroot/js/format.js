// How the API's values read on the page.

const stateLabels = {
  TASK_STATE_UNSPECIFIED: "Unknown",
  QUEUED: "Queued",
  CLONING_REPO: "Cloning the repository",
  INDEXING_CODE: "Indexing the code",
  GENERATING_TEST: "Writing a test for the bug",
  TESTING_BEFORE_FIX: "Testing before the fix",
  GENERATING_FIX: "Generating a fix",
  VALIDATING_SECURITY: "Checking the fix's security",
  APPLYING_FIX: "Applying the fix",
  TESTING_AFTER_FIX: "Testing after the fix",
  CREATING_PR: "Opening the pull request",
  COMPLETED: "Completed",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

const endStates = new Set(["COMPLETED", "FAILED", "CANCELLED"]);

export function stateLabel(state) {
  return stateLabels[state] ?? String(state);
}

export function hasEnded(state) {
  return endStates.has(state);
}

export function time(timestamp) {
  if (!timestamp) {
    return "";
  }
  return new Date(timestamp).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
}

export function clock(timestamp) {
  return timestamp ? new Date(timestamp).toLocaleTimeString() : "";
}

// A protobuf Duration in JSON is a string of seconds such as "12.345s".
export function seconds(duration) {
  if (typeof duration === "string" && duration.endsWith("s")) {
    return Number.parseFloat(duration);
  }
  return Number.NaN;
}

export function duration(totalSeconds) {
  if (!Number.isFinite(totalSeconds)) {
    return "";
  }
  if (totalSeconds < 10) {
    return `${totalSeconds.toFixed(1)} s`;
  }
  const rounded = Math.round(totalSeconds);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${rest} s`;
}

export function bytes(count) {
  const value = Number(count ?? 0);
  if (value < 1024) {
    return `${value} B`;
  }
  if (value < 1024 * 1024) {
    return `${(value / 1024).toFixed(1)} KiB`;
  }
  return `${(value / (1024 * 1024)).toFixed(1)} MiB`;
}

// Builds an element with text children only: nothing from the API is ever parsed as HTML.
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : String(child ?? ""));
  }
  return node;
}
