// Parses each Adaptive Card given on stdin (a JSON array) with the adaptivecards package,
// targeting schema 1.4 as Teams Workflows render it, and prints the events it raised.
// The UMD bundle: the package's lib/ entry uses ES module syntax without saying so.
const AC = require("adaptivecards/dist/adaptivecards.js");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(check)));
});

function check(payload) {
  const context = new AC.SerializationContext(new AC.Version(1, 4));
  const card = new AC.AdaptiveCard();
  card.parse(payload, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: e.phase, event: e.event, message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push({ phase: "validation", event: e.event, message: e.message });
  }
  return { version: card.version.toString(), elements: card.getItemCount(), events };
}
