// Shows the API's own validation messages beside the fields they name, so the page and the API never
// disagree about what is wrong.

function snakeCase(name) {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function clearErrors(form) {
  for (const message of form.querySelectorAll(".field-error, .form-error")) {
    message.textContent = "";
  }
  for (const field of form.querySelectorAll("[aria-invalid]")) {
    field.removeAttribute("aria-invalid");
  }
}

// Puts each violation under its field; what names no field here goes to the form's own message.
export function showErrors(form, error, formMessage) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const violation of error.fieldViolations ?? []) {
    const name = snakeCase(String(violation.field ?? "").split(/[.[]/)[0]);
    const message = form.querySelector(`#${CSS.escape(name)}-error`);
    if (!message) {
      unplaced.push(violation.description);
      continue;
    }
    message.textContent = message.textContent ? `${message.textContent} ${violation.description}` : violation.description;
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    input?.setAttribute("aria-invalid", "true");
    const optional = input?.closest("details");
    if (optional) {
      optional.open = true;
    }
    first ??= input;
  }
  if (unplaced.length > 0 || first === null) {
    formMessage.textContent = [error.message, ...unplaced].filter(Boolean).join(" ");
  } else {
    formMessage.textContent = "The API did not accept this; see the messages beside the fields.";
  }
  first?.focus();
}
