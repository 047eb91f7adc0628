// Calls the REST mapping of ASA's gRPC API with the key kept in this tab's session storage.

const keyStorageName = "asa.apiKey";

export class ApiError extends Error {
  constructor(status, message, fieldViolations) {
    super(message);
    this.status = status;
    this.fieldViolations = fieldViolations;
  }

  get isUnauthenticated() {
    return this.status === 401;
  }
}

export function storedKey() {
  return sessionStorage.getItem(keyStorageName);
}

export function storeKey(key) {
  sessionStorage.setItem(keyStorageName, key);
}

export function forgetKey() {
  sessionStorage.removeItem(keyStorageName);
}

function headers(extra) {
  const result = { accept: "application/json", ...extra };
  const key = storedKey();
  // An empty key is how a user of an API in local mode signs in: that API asks for no header.
  if (key) {
    result.authorization = `Bearer ${key}`;
  }
  return result;
}

// A failed call's body is a google.rpc.Status as JSON; BadRequest details name the wrong fields.
async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy's page or an empty body; the status line says enough.
  }
  const violations = (body?.details ?? [])
    .filter((detail) => String(detail["@type"] ?? "").endsWith("google.rpc.BadRequest"))
    .flatMap((detail) => detail.fieldViolations ?? []);
  const message = body?.message || `The API answered ${response.status} ${response.statusText}.`;
  return new ApiError(response.status, message, violations);
}

export async function call(method, path, body, signal) {
  const init = { method, headers: headers(body === undefined ? {} : { "content-type": "application/json" }), signal };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    throw await errorFrom(response);
  }
  return response.json();
}

// Opens a server stream; returns the body's reader once the API has accepted the call.
export async function openStream(path, signal) {
  const response = await fetch(path, { headers: headers({}), signal });
  if (!response.ok) {
    throw await errorFrom(response);
  }
  return response.body.getReader();
}
