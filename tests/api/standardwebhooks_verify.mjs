// Verifies one received webhook with the npm `standardwebhooks` package, as a clinic's
// receiver would (examples/webhook-receiver.mjs). Reads {secret, headers, body} as JSON
// on stdin; prints the verified payload, or exits 1 with the library's error.
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { secret, headers, body } = JSON.parse(input);
  try {
    process.stdout.write(JSON.stringify(new Webhook(secret).verify(body, headers)));
  } catch (error) {
    process.stderr.write(String(error));
    process.exit(1);
  }
});
