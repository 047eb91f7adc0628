// Wires the page: the key, the submit form, the live task list and the task view.

import { forgetKey, storedKey, storeKey, call } from "./api.js";
import { FeedbackForm } from "./feedback-form.js";
import { SubmitForm } from "./submit-form.js";
import { TaskList } from "./task-list.js";
import { TaskView } from "./task-view.js";
import { TaskWatches } from "./task-watches.js";

const keyForm = document.getElementById("key-form");
const keyInput = document.getElementById("api-key");
const keyStatus = document.getElementById("key-status");
const workspace = document.getElementById("workspace");

// A rejected key ends the session on the page; other errors are shown where they happened.
// Returns true when the error was about the key.
function handleError(error, where) {
  if (error?.isUnauthenticated) {
    signOut(`This API key is not valid. The API said: ${error.message}`, true);
    return true;
  }
  if (where) {
    where.textContent = error?.message ?? String(error);
  }
  return false;
}

const watches = new TaskWatches((error) => handleError(error));
const feedback = new FeedbackForm(handleError);
const view = new TaskView(watches, feedback, handleError);
const list = new TaskList(watches, (taskId) => view.open(taskId), handleError);
new SubmitForm((task) => list.add(task), handleError);

function signOut(message, problem) {
  forgetKey();
  watches.stopAll();
  view.close();
  workspace.hidden = true;
  keyStatus.textContent = message;
  keyStatus.className = problem ? "problem" : "";
  keyInput.focus();
}

async function signIn(key) {
  storeKey(key);
  keyStatus.className = "";
  keyStatus.textContent = "Checking the key…";
  try {
    // Listing one task is the cheapest call that tells whether the API accepts the key.
    await call("GET", "/api/v1/task?pageSize=1");
  } catch (error) {
    if (!handleError(error, keyStatus)) {
      keyStatus.className = "problem";
    }
    return;
  }
  keyStatus.textContent = key ? "Key accepted." : "Signed in without a key (the API runs in local mode).";
  workspace.hidden = false;
  await list.load();
}

keyForm.addEventListener("submit", (event) => {
  event.preventDefault();
  watches.stopAll();
  signIn(keyInput.value.trim());
  keyInput.value = "";
});
document.getElementById("forget-key").addEventListener("click", () => signOut("The key is forgotten.", false));
document.getElementById("refresh-tasks").addEventListener("click", () => list.load());
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !view.section.hidden) {
    view.close();
  }
});

const remembered = storedKey();
if (remembered !== null) {
  signIn(remembered);
}
