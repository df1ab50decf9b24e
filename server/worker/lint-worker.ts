/** The worker threads' entry (dist/lint-worker.js): tinypool calls the default export per job. */
import { jobHandler } from "./handler";

export default jobHandler();
