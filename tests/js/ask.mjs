// Usage: node ask.mjs BASE_URL QUESTION  -> prints the /ask endpoint's result as JSON
import { Client } from "@gradio/client";

const [base, question] = process.argv.slice(2);
const app = await Client.connect(base);
const result = await app.predict("/ask", { message: question });
console.log(JSON.stringify(result.data));
process.exit(0);
