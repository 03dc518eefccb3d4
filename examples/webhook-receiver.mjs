// A clinic-side receiver for Frontdesk's webhooks (escalations and event subscriptions), verified
// with the Standard Webhooks library (npm `standardwebhooks`), not with code of our own.
//   FRONTDESK_WEBHOOK_SECRET=whsec_... node examples/webhook-receiver.mjs 8799
import http from "node:http";
import { Webhook } from "standardwebhooks";

const hook = new Webhook(process.env.FRONTDESK_WEBHOOK_SECRET);
const seen = new Set(); // delivery is at least once: a retry repeats its webhook-id

http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    let event;
    try {
      event = hook.verify(body, request.headers); // signature and a 5-minute timestamp window
    } catch {
      return response.writeHead(401).end();
    }
    const id = request.headers["webhook-id"];
    if (!seen.has(id)) {
      seen.add(id);
      console.log(id, event.type ?? event.event ?? event.channel, event.data?.conversation_id ?? event.conversation_id);
    }
    response.writeHead(204).end();
  });
}).listen(Number(process.argv[2] ?? 8799), "127.0.0.1");
