// Splits a server stream's body into its messages as they arrive: JSON transcoding writes each message of a
// server-streaming call as one line of JSON (newlines inside strings are escaped).

export async function* jsonLines(reader) {
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) {
        yield JSON.parse(line);
      }
    }
    if (done) {
      if (buffer.trim()) {
        yield JSON.parse(buffer);
      }
      return;
    }
  }
}
